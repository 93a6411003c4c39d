import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { delimiter, join } from 'node:path';
import { Logger, type LoggerService, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PocketSphinxProcess, removeAbandonedFifoDirectories, type ScoredWord } from './pocketsphinx-process.js';
import { readWavFormat, SPEECH_SAMPLE_RATE } from './speech-wav.js';
import { logSpeechCall } from './speech-call-log.js';
import {
  SpeechToTextError,
  type RecognizedWord,
  type SpeechAvailability,
  type SpeechToText,
  type TranscribeOptions,
  type Transcript,
  type TranscriptConfidence,
} from './speech-to-text.js';

/**
 * Search settings of the decoder: PocketSphinx's own defaults. A search on the tuning set
 * (`SPEECH_BENCH_TUNE=1`: espeak-ng answers and the `cards`/`goforward` clips of pocketsphinx-testdata,
 * never the LibriVox clips, which are the test set) is ready but has not been run to the end (the
 * shared machine was too loaded); until it is, nothing here was tuned.
 */
export interface DecoderSettings {
  /** Language model weight (`-lw`, and the matching `-fwdflatlw`/`-bestpathlw`). */
  languageWeight: number;
  /** Word insertion penalty (`-wip`). */
  wordInsertionPenalty: number;
  /** Viterbi beam (`-beam`); narrower is faster. */
  beam: number;
  /** Word-exit beam (`-wbeam`). */
  wordBeam: number;
  /** Second (flat-lexicon) pass (`-fwdflat`): slower, usually more accurate. */
  secondPass: boolean;
}

export const DEFAULT_DECODER: DecoderSettings = { languageWeight: 6.5, wordInsertionPenalty: 0.65, beam: 1e-48, wordBeam: 7e-29, secondPass: true };

/**
 * A transcript whose mean word posterior is below this is marked low-confidence. Calibrated on the
 * tuning set only (bench/speech.bench.ts prints the table): the lowest threshold that marked every
 * unusable tuning transcript (word error rate above 0.5); the transcripts it kept had a WER of 0.08.
 */
export const POCKETSPHINX_LOW_CONFIDENCE_BELOW = 0.65;

export interface PocketSphinxOptions {
  /** `pocketsphinx_batch`, found on PATH, or a path to it. */
  binary: string;
  /**
   * The en-us model as Debian's pocketsphinx-en-us lays it out: `<modelDir>/en-us` (acoustic model),
   * `<modelDir>/en-us.lm.bin` (language model), `<modelDir>/cmudict-en-us.dict` (dictionary).
   */
  modelDir: string;
  timeoutMs: number;
  logger?: LoggerService;
  /** Warm recognisers kept at most (default: one per core); each holds the model (~60 MB). */
  processes?: number;
  /** A recogniser idle this long is ended, freeing its memory (default 10 minutes). */
  idleMs?: number;
  decoder?: Partial<DecoderSettings>;
  lowConfidenceBelow?: number;
}

const NOT_INSTALLED = 'PocketSphinx is not installed (Debian packages pocketsphinx and pocketsphinx-en-us).';
const NO_MODEL = 'The PocketSphinx English model is not installed (Debian package pocketsphinx-en-us).';
const DEFAULT_IDLE_MS = 10 * 60_000;

/**
 * CMU PocketSphinx, offline (5prealpha as Debian ships it), kept warm: `pocketsphinx_batch`
 * processes that load the model once and then decode one utterance after another (see
 * `PocketSphinxProcess`), instead of loading the model for every answer (about 1.2 s each). Silence
 * is trimmed by the decoder's voice-activity detection (`-remove_silence`, on by default). Each
 * transcript carries a confidence from the recogniser's word posteriors.
 *
 * The processes run without a shell, each in its own process group (a timeout kills the group);
 * their output, which quotes the words heard, is parsed in memory and never logged. English only.
 */
export class PocketSphinxSpeechToText implements SpeechToText, OnApplicationBootstrap, OnModuleDestroy {
  readonly engine = 'pocketsphinx';
  private readonly logger: LoggerService;
  private readonly pool: PocketSphinxProcess[] = [];
  private readonly waiting: ((process: PocketSphinxProcess) => void)[] = [];
  private readonly idle = new Map<PocketSphinxProcess, NodeJS.Timeout>();
  private readonly maxProcesses: number;
  private readonly args: string[];
  private readonly lowConfidenceBelow: number;

  constructor(private readonly options: PocketSphinxOptions) {
    this.logger = options.logger ?? new Logger('SpeechToText');
    this.maxProcesses = Math.max(1, options.processes ?? availableParallelism());
    this.args = decoderArguments(options.modelDir, { ...DEFAULT_DECODER, ...options.decoder });
    this.lowConfidenceBelow = options.lowConfidenceBelow ?? POCKETSPHINX_LOW_CONFIDENCE_BELOW;
  }

  async availability(): Promise<SpeechAvailability> {
    if (!(await findExecutable(this.options.binary))) return { available: false, reason: NOT_INSTALLED };
    // The directory, not each file: a damaged model shows as a failed transcription, and this check
    // stays a cheap answer to "is the package installed?".
    const modelDir = await stat(this.options.modelDir).then((s) => s.isDirectory(), () => false);
    if (!modelDir) return { available: false, reason: NO_MODEL };
    return { available: true };
  }

  /** The only model Debian ships is US English. */
  supports(language: string): boolean {
    return language === 'en';
  }

  async transcribe(wavPath: string, options: TranscribeOptions = {}): Promise<Transcript> {
    const started = performance.now();
    let seconds = Number.NaN;
    try {
      if (options.language !== undefined && !this.supports(options.language)) throw new SpeechToTextError('unavailable');
      seconds = await speechWavSeconds(wavPath);
      const scored = await this.withProcess((process) => process.recognize(wavPath, this.options.timeoutMs, options.signal));
      const words: RecognizedWord[] = scored.map(({ word, start, end }) => ({ word, start, end }));
      logSpeechCall(this.logger, { engine: 'pocketsphinx', outcome: 'ok', latencyMs: performance.now() - started, audioSeconds: seconds });
      return { text: words.map((w) => w.word).join(' '), words, seconds, engine: this.engine, confidence: transcriptConfidence(scored, this.lowConfidenceBelow) };
    } catch (error) {
      const safe = error instanceof SpeechToTextError ? error : new SpeechToTextError('failed');
      logSpeechCall(this.logger, { engine: 'pocketsphinx', outcome: safe.reason, latencyMs: performance.now() - started, audioSeconds: seconds });
      throw safe;
    }
  }

  /**
   * A process killed with its recognisers running (SIGKILL runs no cleanup) leaves their FIFO
   * directories behind: removed at start-up. They hold no audio, so a failure is logged, not fatal.
   */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const removed = await removeAbandonedFifoDirectories();
      if (removed > 0) this.logger.warn(`Removed ${removed} PocketSphinx pipe director${removed === 1 ? 'y' : 'ies'} left by an ended process`);
    } catch (error) {
      this.logger.error(`Could not remove PocketSphinx pipe directories left by ended processes: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    this.close();
  }

  /** Ends every warm recogniser (application shutdown); utterances in progress fail. */
  close(): void {
    for (const timer of this.idle.values()) clearTimeout(timer);
    this.idle.clear();
    for (const process of this.pool.splice(0)) process.close();
  }

  /** An idle warm recogniser, a new one while under the limit, or the next one to become free. */
  private async withProcess<T>(work: (process: PocketSphinxProcess) => Promise<T>): Promise<T> {
    let process = this.pool.find((p) => !p.busy);
    if (!process && this.pool.length < this.maxProcesses) {
      process = new PocketSphinxProcess({ binary: this.options.binary, args: this.args });
      this.pool.push(process);
    }
    process ??= await new Promise<PocketSphinxProcess>((resolve) => this.waiting.push(resolve));
    clearTimeout(this.idle.get(process));
    this.idle.delete(process);
    try {
      return await work(process);
    } finally {
      const next = this.waiting.shift();
      if (next) next(process);
      else this.idleFor(process);
    }
  }

  private idleFor(process: PocketSphinxProcess): void {
    const timer = setTimeout(() => {
      this.idle.delete(process);
      if (!process.busy) process.close();
    }, this.options.idleMs ?? DEFAULT_IDLE_MS);
    timer.unref();
    this.idle.set(process, timer);
  }
}

/** The decoder's command line: explicit model paths and sample rate (compiled-in defaults differ between builds). */
export function decoderArguments(modelDir: string, decoder: DecoderSettings): string[] {
  return [
    ['-hmm', join(modelDir, 'en-us')],
    ['-lm', join(modelDir, 'en-us.lm.bin')],
    ['-dict', join(modelDir, 'cmudict-en-us.dict')],
    ['-samprate', String(SPEECH_SAMPLE_RATE)],
    // WAV input: raw samples after the fixed 44-byte header (checked by speechWavSeconds).
    ['-adcin', 'yes'],
    ['-adchdr', '44'],
    ['-cepext', ''],
    ['-lw', String(decoder.languageWeight)],
    ['-fwdflatlw', String(decoder.languageWeight + 2)],
    ['-bestpathlw', String(decoder.languageWeight + 3)],
    ['-wip', String(decoder.wordInsertionPenalty)],
    ['-beam', String(decoder.beam)],
    ['-wbeam', String(decoder.wordBeam)],
    ['-fwdflat', decoder.secondPass ? 'yes' : 'no'],
  ].flat();
}

/** Mean word posterior; no words heard is no evidence at all (score 0, low). */
export function transcriptConfidence(words: readonly ScoredWord[], lowBelow: number): TranscriptConfidence {
  if (words.length === 0) return { score: 0, low: true };
  const score = words.reduce((sum, w) => sum + w.probability, 0) / words.length;
  return { score: Math.round(score * 1000) / 1000, low: score < lowBelow };
}

/**
 * Length of the audio, and a check that the file is what this adapter was promised: PocketSphinx
 * reads a fixed 44-byte header and takes every later byte as 16 kHz mono 16-bit samples.
 */
async function speechWavSeconds(path: string): Promise<number> {
  // Any failure to read it (missing, unreadable) leaves `transcribe` as SpeechToTextError('failed').
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const { size } = await file.stat();
    let format;
    try {
      format = readWavFormat(head.subarray(0, bytesRead), size);
    } catch {
      // The recording was checked when it was converted: a bad file here is our bug, not the user's.
      throw new SpeechToTextError('failed');
    }
    const expected = format.encoding === 'pcm' && format.bitsPerSample === 16 && format.channels === 1 && format.sampleRate === SPEECH_SAMPLE_RATE;
    if (!expected || format.dataOffset !== 44) throw new SpeechToTextError('failed');
    return format.seconds;
  } finally {
    await file.close();
  }
}

/** Whether `binary` can be run: a path is checked as given, a bare name on each PATH entry, as spawn would. */
export async function findExecutable(binary: string): Promise<string | undefined> {
  const executable = (path: string): Promise<boolean> => access(path, constants.X_OK).then(() => true, () => false);
  if (binary.includes('/')) return (await executable(binary)) ? binary : undefined;
  // PATH is read here, not through the app config: it is the process's own search path, the one
  // spawn() itself uses, not a setting of ours.
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, binary);
    if (await executable(candidate)) return candidate;
  }
  return undefined;
}
