import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findExecutable } from '../../src/platform/ai/speech/pocketsphinx-speech-to-text.js';

/** Debian's pocketsphinx, pocketsphinx-en-us, pocketsphinx-testdata and espeak-ng, as CI installs them. */
export const POCKETSPHINX_BIN = 'pocketsphinx_batch';
export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
export const LIBRIVOX_DIR = '/usr/share/pocketsphinx/test/data/librivox';
const ESPEAK_BIN = 'espeak-ng';

/**
 * Whether the speech tests can run. Locally, missing tools skip them with a clear message; in CI
 * (CI=true) that is an error, since .ci/run installs the Debian packages itself.
 */
export async function speechToolsAvailable(): Promise<boolean> {
  const missing: string[] = [];
  if (!(await findExecutable(POCKETSPHINX_BIN))) missing.push('pocketsphinx');
  if (!existsSync(join(POCKETSPHINX_MODEL_DIR, 'en-us.lm.bin'))) missing.push('pocketsphinx-en-us');
  if (!existsSync(join(LIBRIVOX_DIR, 'transcription'))) missing.push('pocketsphinx-testdata');
  if (!(await findExecutable(ESPEAK_BIN))) missing.push('espeak-ng');
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`Speech tests need these Debian packages in CI: ${missing.join(', ')}`);
  console.warn(`Skipping speech tests: not installed: ${missing.join(', ')}. Install with: apt-get install ${missing.join(' ')}`);
  return false;
}

/**
 * Speaks `text` into a WAV file at `path` (22.05 kHz mono 16-bit, so it must be converted before
 * recognition, like a real upload). The Klatt formant voice at 150 words a minute: PocketSphinx's
 * acoustic model recognises it far better than espeak-ng's default voice (which it mostly misses).
 */
export async function synthesizeSpeech(text: string, path: string): Promise<void> {
  await promisify(execFile)(ESPEAK_BIN, ['-v', 'en-us+klatt', '-s', '150', '-w', path, text]);
}

export interface LibriVoxClip {
  id: string;
  path: string;
  reference: string;
}

/** The LibriVox clips of pocketsphinx-testdata with their reference transcripts. */
export function libriVoxClips(): LibriVoxClip[] {
  return parseLibriVoxTranscription(readFileSync(join(LIBRIVOX_DIR, 'transcription'), 'utf8')).map(({ id, reference }) => ({
    id,
    reference,
    path: join(LIBRIVOX_DIR, `${id}.wav`),
  }));
}

/** Lines like `<s> he was not an ill disposed young man </s> (sense_and_sensibility_01_austen_64kb-0880)`. */
export function parseLibriVoxTranscription(text: string): { id: string; reference: string }[] {
  return text
    .split('\n')
    .map((line) => /^\s*(?:<s>)?\s*(.*?)\s*(?:<\/s>)?\s*\(([^()]+)\)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[2]!, reference: m[1]! }));
}
