import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectSensitiveCommand } from '../../../src/cli/detect-sensitive.command.js';

async function run(input: string): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await detectSensitiveCommand.run([], { stdin: Readable.from([Buffer.from(input, 'utf8')]), stdout, stderr: new PassThrough() });
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

  it('prints an empty array for clean text', async () => {
    expect(JSON.parse((await run('Shipped v2.10.3 in 2019–2023')).stdout)).toEqual([]);
  });
});
