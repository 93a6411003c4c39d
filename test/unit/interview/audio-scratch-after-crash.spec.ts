import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AudioScratch, ORPHAN_AUDIO_MAX_AGE_MS, THIS_PROCESS, writerTag, type ScratchWriter } from '../../../src/platform/ai/speech/audio-scratch.js';

/** A process id that existed and has ended (a short child we waited for). */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

function plant(dir: string, writer: ScratchWriter | undefined): string {
  const path = join(dir, `${writer ? `${writerTag(writer)}.` : ''}${randomUUID()}.wav`);
  writeFileSync(path, 'RIFF....WAVE pretend audio');
  return path;
}

it('removes at once what a killed process left, and nothing a live process still uses (V3)', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'candor-scratch-')), 'audio');
  mkdirSync(dir, { mode: 0o700 });
  const scratch = new AudioScratch(dir);

  // Fresh files (seconds old): only who wrote them decides.
  const killedProcess = plant(dir, { ...THIS_PROCESS, pid: endedPid(), start: 'aaaaaaaa' });
  const earlierStartOfThisPid = plant(dir, { ...THIS_PROCESS, start: THIS_PROCESS.start === 'bbbbbbbb' ? 'cccccccc' : 'bbbbbbbb' });
  const ours = plant(dir, THIS_PROCESS);
  const liveOtherProcess = plant(dir, { ...THIS_PROCESS, pid: process.ppid, start: 'dddddddd' });
  const otherMachine = plant(dir, { host: THIS_PROCESS.host === '00000000' ? '11111111' : '00000000', pid: endedPid(), start: 'eeeeeeee' });
  const olderVersion = plant(dir, undefined);

  expect(await scratch.sweep(ORPHAN_AUDIO_MAX_AGE_MS)).toBe(2);
  expect(existsSync(killedProcess)).toBe(false);
  expect(existsSync(earlierStartOfThisPid)).toBe(false);
  // A live transcription's file stays; another machine's and an unlabelled one wait for the age bound.
  for (const kept of [ours, liveOtherProcess, otherMachine, olderVersion]) expect(existsSync(kept)).toBe(true);
  expect(await scratch.sweep(ORPHAN_AUDIO_MAX_AGE_MS, Date.now() + ORPHAN_AUDIO_MAX_AGE_MS + 1_000)).toBe(4);
});

it('names its files after the writing process, and nothing in the name says who recorded', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'candor-scratch-')), 'audio');
  await new AudioScratch(dir).withAudioFile(Buffer.from('RIFF'), async (path) => {
    expect(path.slice(dir.length + 1)).toMatch(new RegExp(`^${writerTag(THIS_PROCESS)}\\.[0-9a-f-]{36}\\.wav$`));
  });
});
