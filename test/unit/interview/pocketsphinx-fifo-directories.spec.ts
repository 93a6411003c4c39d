import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { THIS_PROCESS, writerTag, type ScratchWriter } from '../../../src/platform/ai/speech/audio-scratch.js';
import { PocketSphinxProcess, removeAbandonedFifoDirectories } from '../../../src/platform/ai/speech/pocketsphinx-process.js';
import { PocketSphinxSpeechToText } from '../../../src/platform/ai/speech/pocketsphinx-speech-to-text.js';

// A process killed with warm recognisers (SIGKILL runs no cleanup) leaves their FIFO directories in
// the temporary directory; the next start removes those whose owner has certainly ended.
const parents: string[] = [];
afterAll(() => {
  for (const parent of parents) rmSync(parent, { recursive: true, force: true });
});

/** A process id that existed and has ended (a short child we waited for). */
function endedPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

/** A directory as PocketSphinxProcess makes it: named after its owner, holding the two FIFOs. */
function plant(parent: string, owner: ScratchWriter | undefined, suffix: string): string {
  const directory = join(parent, `candor-pocketsphinx-${owner ? `${writerTag(owner)}-` : ''}${suffix}`);
  mkdirSync(directory, { mode: 0o700 });
  execFileSync('mkfifo', ['-m', '600', join(directory, 'control'), join(directory, 'results')]);
  return directory;
}

it('removes the FIFO directories of ended processes, and nothing a live process, another machine or anyone else owns', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'candor-fifo-sweep-'));
  parents.push(parent);
  const killed = plant(parent, { ...THIS_PROCESS, pid: endedPid(), start: 'aaaaaaaa' }, 'Ab12Cd');
  const earlierStartOfThisPid = plant(parent, { ...THIS_PROCESS, start: THIS_PROCESS.start === 'bbbbbbbb' ? 'cccccccc' : 'bbbbbbbb' }, 'Ef34Gh');
  const ours = plant(parent, THIS_PROCESS, 'Ij56Kl');
  const liveOtherProcess = plant(parent, { ...THIS_PROCESS, pid: process.ppid, start: 'dddddddd' }, 'Mn78Op');
  const otherMachine = plant(parent, { host: THIS_PROCESS.host === '00000000' ? '11111111' : '00000000', pid: endedPid(), start: 'eeeeeeee' }, 'Qr90St');
  const olderVersion = plant(parent, undefined, 'Uv12Wx');
  // An ended owner, but something besides our FIFOs inside: not ours to judge.
  const withSomethingElse = plant(parent, { ...THIS_PROCESS, pid: endedPid(), start: 'ffffffff' }, 'Yz34Ab');
  writeFileSync(join(withSomethingElse, 'notes.txt'), 'not a pipe');
  // A symlink named like a dead process's directory is never followed.
  const elsewhere = mkdtempSync(join(tmpdir(), 'candor-fifo-target-'));
  parents.push(elsewhere);
  execFileSync('mkfifo', [join(elsewhere, 'control'), join(elsewhere, 'results')]);
  symlinkSync(elsewhere, join(parent, `candor-pocketsphinx-${writerTag({ ...THIS_PROCESS, pid: endedPid(), start: '12345678' })}-Cd56Ef`));

  expect(await removeAbandonedFifoDirectories(parent)).toBe(2);
  expect(existsSync(killed)).toBe(false);
  expect(existsSync(earlierStartOfThisPid)).toBe(false);
  for (const kept of [ours, liveOtherProcess, otherMachine, olderVersion, withSomethingElse]) expect(existsSync(kept), kept).toBe(true);
  expect(readdirSync(elsewhere).sort()).toEqual(['control', 'results']);
  expect(await removeAbandonedFifoDirectories(parent)).toBe(0);
});

it('names each recogniser’s FIFO directory after this process, so a later start can tell', async () => {
  const before = new Set(readdirSync(tmpdir()));
  // Any long-running program stands in for pocketsphinx_batch here: only the directory is looked at.
  const recogniser = new PocketSphinxProcess({ binary: process.execPath, args: ['-e', 'setTimeout(() => {}, 60000)'] });
  const outcome = recogniser.recognize('/nonexistent.wav', 30_000).catch((error: unknown) => error);
  const made = readdirSync(tmpdir()).filter((name) => name.startsWith('candor-pocketsphinx-') && !before.has(name));
  expect(made).toEqual([expect.stringMatching(new RegExp(`^candor-pocketsphinx-${writerTag(THIS_PROCESS)}-[A-Za-z0-9]{6}$`))]);
  recogniser.close();
  await outcome;
  expect(existsSync(join(tmpdir(), made[0]!))).toBe(false);
});

it('sweeps at application start-up', async () => {
  const left = plant(tmpdir(), { ...THIS_PROCESS, pid: endedPid(), start: '87654321' }, 'Gh78Ij');
  parents.push(left);
  await new PocketSphinxSpeechToText({ binary: 'pocketsphinx_batch', modelDir: '/nonexistent', timeoutMs: 1_000 }).onApplicationBootstrap();
  expect(existsSync(left)).toBe(false);
});
