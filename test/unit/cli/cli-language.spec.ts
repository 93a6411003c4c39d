import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cliLocale, cliTranslate, CliUsageError, commandList, type CliCommand, type CliIo } from '../../../src/cli/cli-command.js';
import { scoreAnswerCommand } from '../../../src/cli/score-answer.command.js';

function io(input: string, t?: CliIo['t']): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough().on('data', (c: Buffer) => out.push(c));
  const stderr = new PassThrough().on('data', (c: Buffer) => err.push(c));
  return {
    io: { stdin: Readable.from([Buffer.from(input, 'utf8')]), stdout, stderr, ...(t ? { t } : {}) },
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => Buffer.concat(err).toString('utf8'),
  };
}

describe('the CLI speaks the operator’s language', () => {
  it('takes --lang, then LC_ALL/LANG starting with ko, else English; --lang leaves the arguments', () => {
    expect(cliLocale(['grant-role', '--lang', 'ko', 'a@example.com', 'admin'], {})).toEqual({ locale: 'ko', args: ['grant-role', 'a@example.com', 'admin'] });
    expect(cliLocale(['--lang=en', 'migrate'], { LANG: 'ko_KR.UTF-8' })).toEqual({ locale: 'en', args: ['migrate'] });
    expect(cliLocale(['migrate'], { LANG: 'ko_KR.UTF-8' }).locale).toBe('ko');
    expect(cliLocale(['migrate'], { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }).locale).toBe('ko');
    expect(cliLocale(['migrate'], { LANG: 'C.UTF-8' }).locale).toBe('en');
    expect(cliLocale(['migrate'], {}).locale).toBe('en');
    expect(() => cliLocale(['--lang', 'fr', 'migrate'], {})).toThrow(CliUsageError);
  });

  it('prints a human message in Korean, and its JSON output unchanged', async () => {
    const korean = io('not json', cliTranslate('ko'));
    expect(await scoreAnswerCommand.run([], korean.io)).toBe(65);
    expect(korean.stderr()).toBe('score-answer: 표준 입력이 올바른 JSON이 아니에요. {"question": "...", "answer": "..."} 형식으로 보내 주세요.\n');

    const english = io('not json');
    await scoreAnswerCommand.run([], english.io);
    expect(english.stderr()).toBe('score-answer: stdin is not valid JSON. Expected {"question": "...", "answer": "..."}.\n');

    const answer = JSON.stringify({ question: 'Tell me about a time you led a team.', answer: 'I led a team of four to ship a data pipeline in six weeks.' });
    const [ko, en] = [io(answer, cliTranslate('ko')), io(answer)];
    await scoreAnswerCommand.run([], ko.io);
    await scoreAnswerCommand.run([], en.io);
    expect(JSON.parse(ko.stdout())).toEqual(JSON.parse(en.stdout()));
  });

  it('lists the commands in Korean', () => {
    const commands: CliCommand[] = [
      { name: 'migrate', usage: 'migrate', summary: 'Apply pending database migrations', run: () => Promise.resolve(0) },
      { name: 'future-thing', usage: 'future-thing', summary: 'A command the catalog does not know yet', run: () => Promise.resolve(0) },
    ];
    const list = commandList(commands, cliTranslate('ko'));
    expect(list).toContain('사용법: npm run -s cli -- <명령>');
    expect(list).toContain('아직 적용하지 않은 데이터베이스 마이그레이션을 적용해요');
    expect(list).toContain('A command the catalog does not know yet'); // its own English summary rather than a key
  });
});
