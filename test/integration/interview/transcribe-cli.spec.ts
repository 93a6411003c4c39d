import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { speechToolsAvailable, synthesizeSpeech } from '../../helpers/speech.js';

const run = await speechToolsAvailable();
/** The build output, as `npm run -s cli` runs it (the test script's pretest builds it). */
const CLI = join(process.cwd(), 'dist', 'src', 'cli.js');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe.skipIf(!run)('transcribe CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-transcribe-cli-'));
  const scratchDir = join(dir, 'scratch');
  const answer = join(dir, 'answer.wav');

  function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        { env: { ...process.env, DATA_DIR: join(dir, 'data'), AUDIO_SCRATCH_DIR: scratchDir, SPEECH_PROVIDER: 'pocketsphinx', ...env }, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  function scratchFiles(): string[] {
    return existsSync(scratchDir) ? readdirSync(scratchDir) : [];
  }

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does it in pretest)`);
    await synthesizeSpeech('I talked to the customer every week and the project finished on time.', answer);
  });

  it('prints the transcript as JSON, leaves the input alone and no audio behind', async () => {
    const before = readFileSync(answer);
    const result = await cli(['transcribe', answer]);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(output).sort()).toEqual(['engine', 'seconds', 'text']);
    expect(output['engine']).toBe('pocketsphinx');
    expect(output['seconds']).toBeCloseTo(before.readUInt32LE(40) / (22_050 * 2), 3);
    expect(output['text']).toMatch(/customer every week/);
    expect(readFileSync(answer).equals(before)).toBe(true);
    expect(scratchFiles()).toEqual([]);
  });

  it('rejects a file that is not a WAV recording, with the message a user would see', async () => {
    const notWav = join(dir, 'notes.wav');
    writeFileSync(notWav, 'ID3 this is really an mp3');
    const result = await cli(['transcribe', notWav]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('The recording is not a WAV file.');
    expect(existsSync(notWav)).toBe(true);
    expect(scratchFiles()).toEqual([]);
  });

  it('rejects a recording longer than AUDIO_MAX_SECONDS', async () => {
    const result = await cli(['transcribe', answer], { AUDIO_MAX_SECONDS: '10' });
    expect(result.code, result.stderr).toBe(0); // ~4.8 s: within the limit
    const long = join(dir, 'long.wav');
    const header = readFileSync(answer).subarray(0, 44);
    const data = Buffer.alloc(22_050 * 2 * 11); // 11 s of silence
    header.writeUInt32LE(36 + data.length, 4);
    header.writeUInt32LE(data.length, 40);
    writeFileSync(long, Buffer.concat([header, data]));
    const rejected = await cli(['transcribe', long], { AUDIO_MAX_SECONDS: '10' });
    expect(rejected).toMatchObject({ code: 2, stdout: '' });
    expect(rejected.stderr).toContain('The recording is 11 seconds long; an answer can be at most 10 seconds.');
  });

  it('says so when voice answers are turned off', async () => {
    const result = await cli(['transcribe', answer], { SPEECH_PROVIDER: 'none' });
    expect(result).toMatchObject({ code: 3, stdout: '' });
    expect(result.stderr).toContain('Voice answers are turned off on this server (SPEECH_PROVIDER=none).');
  });

  it('explains its usage', async () => {
    const result = await cli(['transcribe']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('transcribe <audio.wav>');
  });
});
