// Speech: PocketSphinx accuracy (word error rate) and speed (real-time factor) on the LibriVox clips
// of pocketsphinx-testdata and on interview answers synthesised with espeak-ng, then the WAV
// conversion's throughput. Run with `npm run bench -- speech` (from dist/bench).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AudioScratch } from '../src/platform/ai/speech/audio-scratch.js';
import { toSpeechWav } from '../src/platform/ai/speech/speech-wav.js';
import { findExecutable, PocketSphinxSpeechToText } from '../src/platform/ai/speech/pocketsphinx-speech-to-text.js';
import { countWordErrors } from '../src/platform/ai/speech/word-error-rate.js';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const LIBRIVOX_DIR = '/usr/share/pocketsphinx/test/data/librivox';
const QUIET_LOGGER = { log: () => undefined, warn: () => undefined, error: () => undefined };
const CONVERSION_RUNS = 5;

/** Interview-style answers; each is its own reference transcript. */
const ANSWERS = [
  'I talked to the customer every week and the project finished on time.',
  'In my last job I led a team of four engineers and we shipped the new billing system two weeks early.',
  'I improved the test coverage and we reduced the number of bugs by half.',
  'When two people on my team disagreed, I met with each of them and we agreed on a plan together.',
  'I moved our servers to the cloud, which saved the company a lot of money every month.',
  'My biggest mistake was missing a deadline, so now I plan my work and ask for help early.',
];

/** espeak-ng voices: the Klatt voice the tests use, and the default one for comparison. */
const VOICES: readonly [string, string[]][] = [
  ['espeak-ng en-us+klatt, 150 wpm', ['-v', 'en-us+klatt', '-s', '150']],
  ['espeak-ng en-us (default voice)', ['-v', 'en-us']],
];

interface Row {
  label: string;
  errors: number;
  referenceWords: number;
  audioSeconds: number;
  processingSeconds: number;
}

function printRow(row: Row, hypothesis?: string): void {
  const wer = row.referenceWords ? row.errors / row.referenceWords : 0;
  const rtf = row.processingSeconds / row.audioSeconds;
  console.log(
    `  ${row.label.padEnd(44)} WER ${wer.toFixed(3)} (${String(row.errors).padStart(3)}/${String(row.referenceWords).padEnd(3)})  ` +
      `RTF ${rtf.toFixed(2)}  (${row.processingSeconds.toFixed(2)} s for ${row.audioSeconds.toFixed(1)} s)` +
      (hypothesis === undefined ? '' : `\n    heard: ${hypothesis}`),
  );
}

function total(label: string, rows: Row[]): Row {
  return rows.reduce(
    (sum, r) => ({
      label,
      errors: sum.errors + r.errors,
      referenceWords: sum.referenceWords + r.referenceWords,
      audioSeconds: sum.audioSeconds + r.audioSeconds,
      processingSeconds: sum.processingSeconds + r.processingSeconds,
    }),
    { label, errors: 0, referenceWords: 0, audioSeconds: 0, processingSeconds: 0 },
  );
}

/** The app's pipeline for one upload; processing time covers conversion and recognition. */
async function measure(stt: PocketSphinxSpeechToText, scratch: AudioScratch, label: string, upload: Buffer, reference: string): Promise<[Row, string]> {
  const started = performance.now();
  const { wav, seconds } = toSpeechWav(upload, 900);
  const transcript = await scratch.withAudioFile(wav, (path) => stt.transcribe(path));
  const processingSeconds = (performance.now() - started) / 1000;
  return [{ label, ...countWordErrors(reference, transcript.text), audioSeconds: seconds, processingSeconds }, transcript.text];
}

async function recognition(work: string): Promise<void> {
  const stt = new PocketSphinxSpeechToText({ binary: 'pocketsphinx_continuous', modelDir: MODEL_DIR, timeoutMs: 120_000, logger: QUIET_LOGGER });
  const scratch = new AudioScratch(join(work, 'scratch'));

  console.log('PocketSphinx on LibriVox clips (pocketsphinx-testdata, read speech):');
  const clips = readFileSync(join(LIBRIVOX_DIR, 'transcription'), 'utf8')
    .split('\n')
    .map((line) => /^\s*(?:<s>)?\s*(.*?)\s*(?:<\/s>)?\s*\(([^()]+)\)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);
  const libriRows: Row[] = [];
  for (const [, reference, id] of clips) {
    const [row] = await measure(stt, scratch, id!, readFileSync(join(LIBRIVOX_DIR, `${id}.wav`)), reference!);
    libriRows.push(row);
    printRow(row);
  }
  printRow(total(`OVERALL (${libriRows.length} clips)`, libriRows));

  for (const [voice, args] of VOICES) {
    console.log(`\nPocketSphinx on synthesised interview answers (${voice}, 22.05 kHz, converted):`);
    const rows: Row[] = [];
    for (const [i, text] of ANSWERS.entries()) {
      const path = join(work, `answer-${i}.wav`);
      await promisify(execFile)('espeak-ng', [...args, '-w', path, text]);
      const [row, heard] = await measure(stt, scratch, `answer ${i + 1}`, readFileSync(path), text);
      rows.push(row);
      printRow(row, heard);
    }
    printRow(total(`OVERALL (${rows.length} answers)`, rows));
  }
  const left = await scratch.list();
  console.log(`\nscratch files left behind: ${left.length}`);
}

/** A WAV file of `seconds` of noisy tone, as a recorder would write it. */
function syntheticWav(rate: number, channels: number, bits: 16 | 24, seconds: number): Buffer {
  const frames = rate * seconds;
  const bytes = bits / 8;
  const data = Buffer.alloc(frames * channels * bytes);
  let seed = 1;
  for (let i = 0, p = 0; i < frames; i++) {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    const x = 0.3 * Math.sin((2 * Math.PI * 220 * i) / rate) + 0.05 * (seed / 0x7fffffff - 0.5);
    for (let c = 0; c < channels; c++, p += bytes) data.writeIntLE(Math.round(x * 2 ** (bits - 1)), p, bytes);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * channels * bytes, 28);
  header.writeUInt16LE(channels * bytes, 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

function conversion(): void {
  console.log(`\nWAV conversion to 16 kHz mono (median of ${CONVERSION_RUNS} runs):`);
  const cases: [string, Buffer][] = [
    ['5 min, 48 kHz stereo 16-bit', syntheticWav(48_000, 2, 16, 300)],
    ['5 min, 44.1 kHz mono 16-bit', syntheticWav(44_100, 1, 16, 300)],
    ['5 min, 22.05 kHz mono 16-bit', syntheticWav(22_050, 1, 16, 300)],
    ['5 min, 96 kHz stereo 24-bit', syntheticWav(96_000, 2, 24, 300)],
    ['5 min, 16 kHz mono 16-bit (no resampling)', syntheticWav(16_000, 1, 16, 300)],
  ];
  toSpeechWav(syntheticWav(44_100, 2, 16, 5), 900); // warm up the JIT
  for (const [label, input] of cases) {
    const runs: number[] = [];
    for (let i = 0; i < CONVERSION_RUNS; i++) {
      const started = performance.now();
      toSpeechWav(input, 900);
      runs.push(performance.now() - started);
    }
    const median = runs.sort((a, b) => a - b)[CONVERSION_RUNS >> 1]!;
    console.log(`  ${label.padEnd(44)} ${median.toFixed(0).padStart(5)} ms  (${(300_000 / median).toFixed(0)}× real time, ${(input.length / 1024 / 1024 / (median / 1000)).toFixed(0)} MB/s)`);
  }
}

export default async function (): Promise<void> {
  const missing: string[] = [];
  if (!(await findExecutable('pocketsphinx_continuous'))) missing.push('pocketsphinx');
  if (!existsSync(join(MODEL_DIR, 'en-us.lm.bin'))) missing.push('pocketsphinx-en-us');
  if (!existsSync(join(LIBRIVOX_DIR, 'transcription'))) missing.push('pocketsphinx-testdata');
  if (!(await findExecutable('espeak-ng'))) missing.push('espeak-ng');
  if (missing.length > 0) console.log(`recognition skipped: ${missing.join(', ')} not installed`);
  else {
    const work = mkdtempSync(join(tmpdir(), 'candor-speech-bench-'));
    try {
      await recognition(work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  conversion();
}
