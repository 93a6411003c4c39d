import { createHash } from 'node:crypto';
import { z } from 'zod';
import { scoreAnswer } from '../modules/interview/index.js';
import { inferQuestionKind, isKorean } from '../modules/interview/index.js';
import { readAll, textFor, type CliCommand } from './cli-command.js';

const count = z.number().finite().nonnegative();
const inputSchema = z.object({
  question: z.string().trim().min(1).max(2000),
  answer: z.string().max(50_000),
  kind: z.enum(['behavioral', 'technical']).optional(),
  /** The report's language; by default the question's (a Korean question gets a Korean report). */
  locale: z.enum(['en', 'ko']).optional(),
  jobText: z.string().max(100_000).optional(),
  delivery: z
    .object({
      seconds: count,
      words: count,
      wordsPerMinute: count,
      fillerWords: count,
      fillersPerMinute: count,
      longPauses: count,
      longestPauseSeconds: count,
    })
    .optional(),
});

/**
 * `score-answer [--repeat=N]`: reads {question, answer, kind?, locale?, jobText?, delivery?} as JSON on
 * stdin and prints the embedded rubric's AnswerReport as JSON. Pure: no app context, no AI provider.
 * `--repeat=N` scores the answer N times and says on stderr whether every report was identical
 * (exit 70 if not): the same answer always gets the same score.
 */
export const scoreAnswerCommand: CliCommand = {
  name: 'score-answer',
  usage: 'score-answer [--repeat=N] < answer.json',
  summary: 'Score an interview answer ({question, answer, kind?, jobText?, delivery?} on stdin) and print the report as JSON',
  async run(args, io) {
    const repeatArg = args.find((a) => a.startsWith('--repeat='));
    const repeat = repeatArg ? Math.min(1000, Math.max(1, Number.parseInt(repeatArg.slice('--repeat='.length), 10) || 1)) : 1;
    const text = await readAll(io.stdin);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const t = textFor(io);
      io.stderr.write(`${t('cli.scoreAnswer.notJson')}\n`);
      return 65;
    }
    const parsed = inputSchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
      const t = textFor(io);
      io.stderr.write(`${t('cli.scoreAnswer.invalid')}\n${problems}\n`);
      return 65;
    }
    const { question, answer, kind, jobText, delivery, locale } = parsed.data;
    const score = (): string =>
      JSON.stringify(
        scoreAnswer({
          question: { id: 'cli', text: question, kind: kind ?? inferQuestionKind(question), topic: '' },
          answer,
          locale: locale ?? (isKorean(question) ? 'ko' : 'en'),
          ...(jobText ? { jobText } : {}),
          ...(delivery ? { delivery } : {}),
        }),
        null,
        2,
      );
    const reports = Array.from({ length: repeat }, score);
    io.stdout.write(`${reports[0]}\n`);
    if (repeat > 1) {
      const t = textFor(io);
      const identical = reports.every((r) => r === reports[0]);
      const hash = createHash('sha256').update(reports[0]!).digest('hex').slice(0, 16);
      const message = identical ? t('cli.scoreAnswer.repeatSame', { count: repeat, hash }) : t('cli.scoreAnswer.repeatDiffers', { count: repeat });
      io.stderr.write(`${message}\n`);
      if (!identical) return 70;
    }
    return 0;
  },
};
