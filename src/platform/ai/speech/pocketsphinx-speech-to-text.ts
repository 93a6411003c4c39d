import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { Logger, type LoggerService } from '@nestjs/common';
import { readWavFormat, SPEECH_SAMPLE_RATE } from './speech-wav.js';
import { logSpeechCall } from './speech-call-log.js';
import { SpeechToTextError, type RecognizedWord, type SpeechAvailability, type SpeechToText, type Transcript } from './speech-to-text.js';

export interface PocketSphinxOptions {
  /** `pocketsphinx_continuous`, found on PATH, or a path to it. */
  binary: string;
  /**
   * The en-us model as Debian's pocketsphinx-en-us lays it out: `<modelDir>/en-us` (acoustic model),
   * `<modelDir>/en-us.lm.bin` (language model), `<modelDir>/cmudict-en-us.dict` (dictionary).
   */
  modelDir: string;
  timeoutMs: number;
  logger?: LoggerService;
}

/** More than any real transcript (~60 bytes a word): a runaway process is stopped, not buffered. */
const MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
const NOT_INSTALLED = 'PocketSphinx is not installed (Debian packages pocketsphinx and pocketsphinx-en-us).';
const NO_MODEL = 'The PocketSphinx English model is not installed (Debian package pocketsphinx-en-us).';

/**
 * CMU PocketSphinx, offline, as a child process (`pocketsphinx_continuous`, 5prealpha as Debian
 * ships it). It runs without a shell, in its own process group so a timeout kills it and anything
 * it started; its log goes to /dev/null and its stderr is ignored, since both can quote the audio's
 * words. Only the word lines of `-time yes` are read.
 */
export class PocketSphinxSpeechToText implements SpeechToText {
  readonly engine = 'pocketsphinx';
  private readonly logger: LoggerService;

  constructor(private readonly options: PocketSphinxOptions) {
    this.logger = options.logger ?? new Logger('SpeechToText');
  }

  private get model(): { acoustic: string; language: string; dictionary: string } {
    const dir = this.options.modelDir;
    return { acoustic: join(dir, 'en-us'), language: join(dir, 'en-us.lm.bin'), dictionary: join(dir, 'cmudict-en-us.dict') };
  }

  async availability(): Promise<SpeechAvailability> {
    if (!(await findExecutable(this.options.binary))) return { available: false, reason: NOT_INSTALLED };
    // The directory, not each file: a damaged model shows as a failed transcription, and this check
    // stays a cheap answer to "is the package installed?".
    const modelDir = await stat(this.options.modelDir).then((s) => s.isDirectory(), () => false);
    if (!modelDir) return { available: false, reason: NO_MODEL };
    return { available: true };
  }

  async transcribe(wavPath: string, options: { signal?: AbortSignal } = {}): Promise<Transcript> {
    const started = performance.now();
    let seconds = Number.NaN;
    try {
      seconds = await speechWavSeconds(wavPath);
      const words = await this.recognize(wavPath, options.signal);
      logSpeechCall(this.logger, { engine: 'pocketsphinx', outcome: 'ok', latencyMs: performance.now() - started, audioSeconds: seconds });
      return { text: words.map((w) => w.word).join(' '), words, seconds, engine: this.engine };
    } catch (error) {
      const safe = error instanceof SpeechToTextError ? error : new SpeechToTextError('failed');
      logSpeechCall(this.logger, { engine: 'pocketsphinx', outcome: safe.reason, latencyMs: performance.now() - started, audioSeconds: seconds });
      throw safe;
    }
  }

  private recognize(wavPath: string, signal: AbortSignal | undefined): Promise<RecognizedWord[]> {
    if (signal?.aborted) return Promise.reject(new SpeechToTextError('timeout'));
    const { acoustic, language, dictionary } = this.model;
    // Explicit model paths and sample rate: the binary's compiled-in defaults differ between builds.
    const args = ['-hmm', acoustic, '-lm', language, '-dict', dictionary, '-samprate', String(SPEECH_SAMPLE_RATE), '-infile', wavPath, '-time', 'yes', '-logfn', '/dev/null'];
    return new Promise<RecognizedWord[]>((resolve, reject) => {
      const child = spawn(this.options.binary, args, { stdio: ['ignore', 'pipe', 'ignore'], detached: true, shell: false });
      const chunks: Buffer[] = [];
      let outputBytes = 0;
      let stopped: SpeechToTextError | undefined;
      let spawnError: SpeechToTextError | undefined;

      const stop = (reason: SpeechToTextError): void => {
        if (stopped) return;
        stopped = reason;
        killGroup(child);
      };
      const timer = setTimeout(() => stop(new SpeechToTextError('timeout')), this.options.timeoutMs);
      const onAbort = (): void => stop(new SpeechToTextError('timeout'));
      signal?.addEventListener('abort', onAbort, { once: true });

      child.stdout.on('data', (chunk: Buffer) => {
        outputBytes += chunk.length;
        if (outputBytes > MAX_OUTPUT_BYTES) stop(new SpeechToTextError('failed'));
        else chunks.push(chunk);
      });
      child.on('error', (error: NodeJS.ErrnoException) => {
        // ENOENT/EACCES: the binary is missing or not executable; the cause is ours to know, not the user's.
        spawnError = new SpeechToTextError(error.code === 'ENOENT' || error.code === 'EACCES' ? 'unavailable' : 'failed');
      });
      // 'close', not 'exit': stdout is fully read by then. It also follows a failed spawn.
      child.on('close', (code) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (spawnError) reject(spawnError);
        else if (stopped) reject(stopped);
        else if (code !== 0) reject(new SpeechToTextError('failed'));
        else resolve(parsePocketSphinxWords(Buffer.concat(chunks).toString('utf8')));
      });
    });
  }
}

/** Word lines of `-time yes`: `word start end confidence`, e.g. `was(2) 0.330 0.540 0.999800`. */
const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/;

/**
 * The recognised words with their times, from `pocketsphinx_continuous -time yes` output. Each
 * utterance prints its hypothesis line, then one line per segment; segments that are not words are
 * dropped: sentence marks (`<s>`, `</s>`), silence (`<sil>`), noise classes (`[NOISE]`, `[SPEECH]`)
 * and filler phones (`++BREATH++`). Pronunciation variants (`was(2)`) become the plain word.
 */
export function parsePocketSphinxWords(output: string): RecognizedWord[] {
  const words: RecognizedWord[] = [];
  for (const line of output.split('\n')) {
    const match = WORD_LINE.exec(line.trim());
    if (!match) continue;
    const token = match[1]!;
    if (/^<.*>$/.test(token) || /^\[.*\]$/.test(token) || /^\+\+.*\+\+$/.test(token) || token === 'NULL') continue;
    const word = token.replace(/\(\d+\)$/, '');
    if (word === '') continue;
    words.push({ word, start: Number(match[2]), end: Number(match[3]) });
  }
  return words;
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

/**
 * Kills the child's whole process group (it was started detached, as its group's leader). Runs in a
 * timer or abort callback, so it must not throw: if the group cannot be signalled, the child itself is.
 */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch (error) {
    // ESRCH: it has already exited, which is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') child.kill('SIGKILL');
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
