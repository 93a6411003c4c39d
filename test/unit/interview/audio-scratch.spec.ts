import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AudioScratch, ORPHAN_AUDIO_MAX_AGE_MS } from '../../../src/platform/ai/speech/audio-scratch.js';

const AUDIO = Buffer.from('RIFF....WAVEfmt pretend audio');

function scratchDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'candor-scratch-')), 'audio');
}

/** A file as a crash would leave it, last modified `ageMs` ago. */
function plant(dir: string, name: string, ageMs: number): string {
  const path = join(dir, name);
  writeFileSync(path, AUDIO);
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(path, at, at);
  return path;
}

describe('audio scratch directory (promises V2, V3)', () => {
  it('holds the recording in a private file only while the work runs', async () => {
    const dir = scratchDir();
    const scratch = new AudioScratch(dir);
    let seen: string | undefined;
    const result = await scratch.withAudioFile(AUDIO, async (path) => {
      seen = path;
      expect(readFileSync(path)).toEqual(AUDIO);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(path.startsWith(dir)).toBe(true);
      expect(path).toMatch(/[0-9a-f-]{36}\.wav$/);
      expect(await scratch.list()).toHaveLength(1);
      return 'transcript';
    });
    expect(result).toBe('transcript');
    expect(existsSync(seen!)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('deletes the recording when the work fails, and passes the failure on', async () => {
    const dir = scratchDir();
    const scratch = new AudioScratch(dir);
    let seen: string | undefined;
    await expect(
      scratch.withAudioFile(AUDIO, (path) => {
        seen = path;
        return Promise.reject(new Error('engine crashed'));
      }),
    ).rejects.toThrow('engine crashed');
    expect(existsSync(seen!)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not mind the work deleting the file itself', async () => {
    const dir = scratchDir();
    await new AudioScratch(dir).withAudioFile(AUDIO, async (path) => {
      const { rm } = await import('node:fs/promises');
      await rm(path);
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives concurrent transcriptions separate files', async () => {
    const scratch = new AudioScratch(scratchDir());
    const paths = await Promise.all(Array.from({ length: 5 }, () => scratch.withAudioFile(AUDIO, (path) => Promise.resolve(path))));
    expect(new Set(paths).size).toBe(5);
  });

  it('narrows an existing directory to its owner', async () => {
    const dir = scratchDir();
    mkdirSync(dir, { mode: 0o755 });
    await new AudioScratch(dir).withAudioFile(AUDIO, () => Promise.resolve());
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('sweeps orphans older than the bound and keeps fresh files', async () => {
    const dir = scratchDir();
    mkdirSync(dir, { mode: 0o700 });
    const orphan = plant(dir, `${randomUUID()}.wav`, ORPHAN_AUDIO_MAX_AGE_MS + 60_000);
    const orphanPart = plant(dir, `${randomUUID()}.part`, ORPHAN_AUDIO_MAX_AGE_MS * 3);
    const fresh = plant(dir, `${randomUUID()}.wav`, 1_000);
    const scratch = new AudioScratch(dir);
    expect(await scratch.sweep(ORPHAN_AUDIO_MAX_AGE_MS)).toBe(2);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(orphanPart)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    // The fresh one goes too once it is old enough.
    expect(await scratch.sweep(ORPHAN_AUDIO_MAX_AGE_MS, Date.now() + ORPHAN_AUDIO_MAX_AGE_MS + 5_000)).toBe(1);
    expect(await scratch.list()).toEqual([]);
  });

  it('sweeps only its own files: not other names, directories, or what a symlink points to', async () => {
    const dir = scratchDir();
    mkdirSync(dir, { mode: 0o700 });
    const old = ORPHAN_AUDIO_MAX_AGE_MS * 10;
    const notOurs = plant(dir, 'README.txt', old);
    const notOursWav = plant(dir, 'interview.wav', old);
    mkdirSync(join(dir, `${randomUUID()}.wav`));
    const outside = join(mkdtempSync(join(tmpdir(), 'candor-outside-')), 'precious.wav');
    writeFileSync(outside, AUDIO);
    symlinkSync(outside, join(dir, `${randomUUID()}.wav`));
    expect(await new AudioScratch(dir).sweep(0, Date.now() + old)).toBe(0);
    expect(existsSync(notOurs)).toBe(true);
    expect(existsSync(notOursWav)).toBe(true);
    expect(existsSync(outside)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it('sweeps nothing, without failing, when the directory does not exist yet', async () => {
    expect(await new AudioScratch(scratchDir()).sweep(0)).toBe(0);
  });
});
