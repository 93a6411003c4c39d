import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectSensitiveCommand } from '../../../src/cli/detect-sensitive.command.js';

async function run(input: string, args: string[] = []): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await detectSensitiveCommand.run(args, { stdin: Readable.from([Buffer.from(input, 'utf8')]), stdout, stderr: new PassThrough() });
  stdout.end();
  return { code, stdout: Buffer.concat(chunks).toString('utf8') };
}

describe('detect-sensitive command', () => {
  it('is named and documented', () => {
    expect(detectSensitiveCommand.name).toBe('detect-sensitive');
    expect(detectSensitiveCommand.needsApp).toBeUndefined();
    expect(detectSensitiveCommand.usage).toContain('detect-sensitive');
  });

  it('prints findings of stdin as JSON', async () => {
    const { code, stdout } = await run('연락처 😀 010-1234-5678, mail jane@example.com');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { type: 'PHONE', start: 7, end: 20, text: '010-1234-5678', confidence: expect.any(Number) },
      { type: 'EMAIL', start: 27, end: 43, text: 'jane@example.com', confidence: expect.any(Number) },
    ]);
  });

  it('prints personal-detail notes apart from the findings with --notes', async () => {
    const { stdout } = await run('Married. 종교: 불교. Tel 010-1234-5678', ['--notes']);
    const output = JSON.parse(stdout) as { findings: { type: string }[]; notes: { severity: string; topic: string; text: string }[] };
    expect(output.findings.map((f) => f.type)).toEqual(['PHONE']);
    expect(output.notes).toEqual([
      { severity: 'note', topic: 'MARITAL_STATUS', start: 0, end: 7, text: 'Married' },
      { severity: 'note', topic: 'RELIGION', start: 9, end: 11, text: '종교' },
      { severity: 'note', topic: 'RELIGION', start: 13, end: 15, text: '불교' },
    ]);
  });

  it('prints an empty array for clean text', async () => {
    expect(JSON.parse((await run('Shipped v2.10.3 in 2019–2023')).stdout)).toEqual([]);
  });
});
