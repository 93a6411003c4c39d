// Speech: PocketSphinx accuracy (word error rate), speed (real-time factor) and confidence, then the
// WAV conversion's throughput. Run with `npm run bench -- speech` (from dist/bench).
//
// Measured honestly: the LibriVox clips of pocketsphinx-testdata are the TEST set (the goal is stated
// on them) and are never used to choose settings. Settings and the low-confidence threshold are
// chosen on the TUNING set: interview answers synthesised with espeak-ng in two voices, and the
// human `cards` and `goforward` clips of pocketsphinx-testdata. `SPEECH_BENCH_TUNE=1` runs the
// settings search on the tuning set only and does not touch the test set.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AudioScratch } from '../src/platform/ai/speech/audio-scratch.js';
import { toSpeechWav } from '../src/platform/ai/speech/speech-wav.js';
import {
  DEFAULT_DECODER,
  findExecutable,
  POCKETSPHINX_LOW_CONFIDENCE_BELOW,
  PocketSphinxSpeechToText,
  type DecoderSettings,
} from '../src/platform/ai/speech/pocketsphinx-speech-to-text.js';
import { countWordErrors } from '../src/platform/ai/speech/word-error-rate.js';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const TEST_DATA = '/usr/share/pocketsphinx/test/data';
const LIBRIVOX_DIR = join(TEST_DATA, 'librivox');
const QUIET_LOGGER = { log: () => undefined, warn: () => undefined, error: () => undefined };
const CONVERSION_RUNS = 5;

/** Interview-style answers written for this bench; each is its own reference transcript. Tuning only. */
const ANSWERS = [
  'I talked to the customer every week and the project finished on time.',
  'In my last job I led a team of four engineers and we shipped the new billing system two weeks early.',
  'I improved the test coverage and we reduced the number of bugs by half.',
  'When two people on my team disagreed, I met with each of them and we agreed on a plan together.',
  'I moved our servers to the cloud, which saved the company a lot of money every month.',
  'My biggest mistake was missing a deadline, so now I plan my work and ask for help early.',
  'I want to work here because your product helps small businesses and I know that market well.',
  'The hardest problem I solved was a slow database query that made the checkout page time out.',
  'I trained three new nurses on the night shift and wrote a checklist that we still use today.',
  'We had a difficult client who changed the requirements often, so I set up a weekly review with them.',
  'My manager asked me to cut costs, and I found two suppliers that offered the same parts for less.',
  'I am a careful listener and I like to understand the problem before I write any code.',
];

/**
 * espeak-ng voices: two timbres and speeds, so the tuning set is not one voice's quirks (more voices
 * make the bench too slow on a shared machine; the default voice is recognised so badly that it
 * says little).
 */
const VOICES: readonly [string, string[]][] = [
  ['en-us+klatt 150 wpm', ['-v', 'en-us+klatt', '-s', '150']],
  ['en-us+klatt2 170 wpm', ['-v', 'en-us+klatt2', '-s', '170']],
];

interface Clip {
  label: string;
  upload: Buffer;
  reference: string;
}

interface Result {
  label: string;
  errors: number;
  referenceWords: number;
  audioSeconds: number;
  processingSeconds: number;
  confidence: number;
  low: boolean;
  heard: string;
}

function wer(results: readonly Result[]): number {
  const words = results.reduce((s, r) => s + r.referenceWords, 0);
  return words ? results.reduce((s, r) => s + r.errors, 0) / words : 0;
}

function rtf(results: readonly Result[]): number {
  return results.reduce((s, r) => s + r.processingSeconds, 0) / results.reduce((s, r) => s + r.audioSeconds, 0);
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

function printResult(r: Result, verbose: boolean): void {
  const rate = r.referenceWords ? r.errors / r.referenceWords : 0;
  console.log(
    `  ${r.label.padEnd(44)} WER ${rate.toFixed(3)} (${String(r.errors).padStart(3)}/${String(r.referenceWords).padEnd(3)})  ` +
      `RTF ${(r.processingSeconds / r.audioSeconds).toFixed(2)}  confidence ${r.confidence.toFixed(3)}${r.low ? ' LOW' : ''}` +
      (verbose ? `\n    heard: ${r.heard}` : ''),
  );
}

function printTotal(label: string, results: readonly Result[]): void {
  const audio = results.reduce((s, r) => s + r.audioSeconds, 0);
  console.log(`  ${label.padEnd(44)} WER ${wer(results).toFixed(3)}  RTF ${rtf(results).toFixed(2)} (${audio.toFixed(1)} s of audio)  load ${load()}`);
}

/** The app's pipeline for one upload; processing time covers conversion and recognition. */
async function measure(stt: PocketSphinxSpeechToText, scratch: AudioScratch, clip: Clip): Promise<Result> {
  const started = performance.now();
  const { wav, seconds } = toSpeechWav(clip.upload, 900);
  const transcript = await scratch.withAudioFile(wav, (path) => stt.transcribe(path));
  const processingSeconds = (performance.now() - started) / 1000;
  return {
    label: clip.label,
    ...countWordErrors(clip.reference, transcript.text),
    audioSeconds: seconds,
    processingSeconds,
    confidence: transcript.confidence?.score ?? Number.NaN,
    low: transcript.confidence?.low ?? false,
    heard: transcript.text,
  };
}

async function run(stt: PocketSphinxSpeechToText, scratch: AudioScratch, clips: readonly Clip[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const clip of clips) results.push(await measure(stt, scratch, clip));
  return results;
}

function wavOfRaw(raw: Buffer): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + raw.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(raw.length, 40);
  return Buffer.concat([header, raw]);
}

/** Lines like `<s> ten of clubs </s> (001)`: the transcription files of pocketsphinx-testdata. */
function transcriptionLines(path: string): { id: string; reference: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => /^\s*(?:<s>)?\s*(.*?)\s*(?:<\/s>)?\s*\(([^()]+)\)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[2]!, reference: m[1]! }));
}

async function tuningSet(work: string): Promise<Clip[]> {
  const clips: Clip[] = [];
  for (const [voice, args] of VOICES) {
    for (const [i, text] of ANSWERS.entries()) {
      const path = join(work, `answer-${clips.length}.wav`);
      await promisify(execFile)('espeak-ng', [...args, '-w', path, text]);
      clips.push({ label: `${voice} #${i + 1}`, upload: readFileSync(path), reference: text });
    }
  }
  for (const { id, reference } of transcriptionLines(join(TEST_DATA, 'cards', 'cards.transcription'))) {
    clips.push({ label: `cards ${id}`, upload: readFileSync(join(TEST_DATA, 'cards', `${id}.wav`)), reference });
  }
  clips.push({ label: 'goforward', upload: wavOfRaw(readFileSync(join(TEST_DATA, 'goforward.raw'))), reference: 'go forward ten meters' });
  return clips;
}

function testSet(): Clip[] {
  return transcriptionLines(join(LIBRIVOX_DIR, 'transcription')).map(({ id, reference }) => ({
    label: id,
    upload: readFileSync(join(LIBRIVOX_DIR, `${id}.wav`)),
    reference,
  }));
}

function engine(decoder: Partial<DecoderSettings> = {}): PocketSphinxSpeechToText {
  return new PocketSphinxSpeechToText({ binary: 'pocketsphinx_batch', modelDir: MODEL_DIR, timeoutMs: 300_000, logger: QUIET_LOGGER, processes: 1, decoder });
}

/** How the confidence separates usable from unusable transcripts on the tuning set, per threshold. */
function calibration(results: readonly Result[]): void {
  console.log('\nConfidence calibration on the TUNING set (unusable = WER > 0.5):');
  const unusable = results.filter((r) => r.errors / r.referenceWords > 0.5);
  for (const threshold of [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]) {
    const flagged = results.filter((r) => r.confidence < threshold);
    const caught = flagged.filter((r) => r.errors / r.referenceWords > 0.5).length;
    console.log(
      `  below ${threshold.toFixed(2)}: flags ${String(flagged.length).padStart(2)}/${results.length}, ` +
        `catches ${caught}/${unusable.length} unusable, WER flagged ${wer(flagged).toFixed(3)} vs kept ${wer(results.filter((r) => r.confidence >= threshold)).toFixed(3)}`,
    );
  }
}

async function tune(scratch: AudioScratch, clips: readonly Clip[]): Promise<void> {
  console.log('Settings search on the TUNING set only (the test set is not read):');
  // Small on purpose: the machine is shared; each row decodes the whole tuning set once.
  const grid: Partial<DecoderSettings>[] = [{}, { languageWeight: 8.5 }, { languageWeight: 10 }, { wordInsertionPenalty: 0.2 }, { wordInsertionPenalty: 2 }, { secondPass: false }];
  for (const settings of grid) {
    const stt = engine(settings);
    const results = await run(stt, scratch, clips);
    stt.close();
    console.log(`  ${JSON.stringify(settings).padEnd(50)} WER ${wer(results).toFixed(3)}  RTF ${rtf(results).toFixed(2)}  load ${load()}`);
  }
}

async function recognition(work: string): Promise<void> {
  const scratch = new AudioScratch(join(work, 'scratch'));
  const tuning = await tuningSet(work);
  if (process.env.SPEECH_BENCH_TUNE === '1') return tune(scratch, tuning);

  console.log(`Frozen settings: ${JSON.stringify(DEFAULT_DECODER)}, low confidence below ${POCKETSPHINX_LOW_CONFIDENCE_BELOW}`);
  const stt = engine();
  // The first call starts the recogniser and loads the model; later calls find it warm.
  const first = await measure(stt, scratch, tuning[0]!);
  const again = await measure(stt, scratch, tuning[0]!);
  console.log(`Warm recogniser: first call ${first.processingSeconds.toFixed(2)} s (loads the model), the same clip again ${again.processingSeconds.toFixed(2)} s`);

  console.log('\nTUNING set (espeak-ng answers in two voices; pocketsphinx-testdata cards and goforward):');
  const tuned = await run(stt, scratch, tuning);
  for (const r of tuned) printResult(r, false);
  for (const [voice] of VOICES) printTotal(`tuning: ${voice}`, tuned.filter((r) => r.label.startsWith(voice)));
  printTotal('tuning: human clips (cards, goforward)', tuned.filter((r) => r.label.startsWith('cards') || r.label === 'goforward'));
  printTotal(`TUNING OVERALL (${tuned.length} clips)`, tuned);
  calibration(tuned);

  console.log('\nTEST set (LibriVox clips of pocketsphinx-testdata; measured once with the frozen settings):');
  const tested = await run(stt, scratch, testSet());
  for (const r of tested) printResult(r, false);
  printTotal(`TEST OVERALL (${tested.length} clips)`, tested);
  stt.close();
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
  if (!(await findExecutable('pocketsphinx_batch'))) missing.push('pocketsphinx');
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
  if (process.env.SPEECH_BENCH_TUNE !== '1') conversion();
}
