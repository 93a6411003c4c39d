import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCommand } from '../../../src/cli/extract.command.js';
import { FIXTURE_DIR } from '../../helpers/document-fixtures.js';
import { buildPng } from '../../helpers/hostile-files.js';

function capture(): { io: { stdin: PassThrough; stdout: PassThrough; stderr: PassThrough }; stdout: () => string; stderr: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return { io: { stdin: new PassThrough(), stdout, stderr }, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}

describe('extract CLI command', () => {
  it('prints the JSON Resume and exits 0', async () => {
    const { io, stdout } = capture();
    const code = await extractCommand.run([join(FIXTURE_DIR, 'resumes', 'sofia-garcia.plain.txt')], io);
    expect(code).toBe(0);
    const resume = JSON.parse(stdout()) as { basics: { name: string }; work: unknown[] };
    expect(resume.basics.name).toBe('Sofia Garcia');
    expect(resume.work).toHaveLength(2);
  });

  it('prints the plain rejection message on stderr and exits 2', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'candor-extract-'));
    const file = join(directory, 'resume.pdf');
    writeFileSync(file, buildPng());
    const { io, stdout, stderr } = capture();
    expect(await extractCommand.run([file], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toMatch(/looks like an image/);
  });
});
