import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { THIS_PROCESS, writerIsGone, writerTag, type ScratchWriter } from './audio-scratch.js';
import { SpeechToTextError } from './speech-to-text.js';

/** One recognised word of a CTM line: times in seconds, the recogniser's posterior probability (0–1). */
export interface ScoredWord {
  word: string;
  start: number;
  end: number;
  probability: number;
}

export interface PocketSphinxProcessOptions {
  /** `pocketsphinx_batch`, on PATH or a path to it. */
  binary: string;
  /** Decoder arguments: model paths and search settings (see `decoderArguments`), without `-ctl`/`-ctm`. */
  args: readonly string[];
}

/** The FIFO directories: `candor-pocketsphinx-<writer tag>-<6 random characters>` in the temporary directory. */
const FIFO_DIRECTORY_PREFIX = 'candor-pocketsphinx-';
const FIFO_DIRECTORY = /^candor-pocketsphinx-([0-9a-f]{8})-(\d{1,10})-([0-9a-f]{8})-[A-Za-z0-9]{6}$/;
const FIFO_NAMES = ['control', 'results'];

/** A log line longer than this is not PocketSphinx talking: the recogniser is stopped. */
const MAX_LINE_BYTES = 64 * 1024;

/**
 * One warm PocketSphinx recogniser: `pocketsphinx_batch` reading its control file from a pipe, so the
 * model is loaded once and each utterance costs only its decoding. For each utterance we write one
 * control line (`<wav path> 0 -1 <utterance id>`); it opens the file, decodes it, closes it, and writes
 * the CTM lines (`<id> 1 <start> <duration> <word> <posterior>`) and then `<id> done ---` to its
 * stderr, unbuffered and in that order (the CTM goes to /dev/stderr on purpose: one pipe keeps the
 * order).
 *
 * The two pipes are named pipes (FIFOs) in a private directory (0700), not Node's stdio pipes: those
 * are socket pairs, which `pocketsphinx_batch` cannot `fopen` as /dev/stdin or /dev/stderr. A FIFO
 * holds data only in kernel memory, never on disk. We open both ends read-write and non-blocking, so
 * neither side waits for the other to open and an idle recogniser gives no spurious end of file.
 *
 * Audio lifecycle (V2): the process holds no audio between utterances (it reads the caller's scratch
 * file during the decode and closes it; the caller deletes it). Its stderr quotes the words heard, so
 * it is parsed line by line in memory and never logged or kept. One utterance at a time; a timeout,
 * an abort, an error line or an exit ends the process (its state is then unknown), and the next
 * utterance starts a fresh one.
 */
export class PocketSphinxProcess {
  private child: { process: ChildProcess; control: number; results: Socket; directory: string } | undefined;
  private pending: string = '';
  private current: { id: string; words: ScoredWord[]; resolve: (words: ScoredWord[]) => void; reject: (error: SpeechToTextError) => void } | undefined;
  private nextId = 1;
  private spawnFailure: SpeechToTextError | undefined;

  constructor(private readonly options: PocketSphinxProcessOptions) {}

  get busy(): boolean {
    return this.current !== undefined;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** The operating-system process id while running (tests look at its open files). */
  get pid(): number | undefined {
    return this.child?.process.pid;
  }

  /**
   * Decodes one 16 kHz mono 16-bit WAV file (44-byte header). The path must not contain whitespace:
   * the control file is split on it.
   */
  recognize(wavPath: string, timeoutMs: number, signal?: AbortSignal): Promise<ScoredWord[]> {
    if (this.current) return Promise.reject(new Error('PocketSphinxProcess is busy: one utterance at a time'));
    if (/\s/.test(wavPath)) return Promise.reject(new SpeechToTextError('failed'));
    if (signal?.aborted) return Promise.reject(new SpeechToTextError('timeout'));
    const child = this.child ?? this.start();
    const id = `u${this.nextId++}`;
    return new Promise<ScoredWord[]>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new SpeechToTextError('timeout')), timeoutMs);
      const onAbort = (): void => this.stop(new SpeechToTextError('timeout'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.current = undefined;
      };
      this.current = {
        id,
        words: [],
        resolve: (words) => {
          settle();
          resolve(words);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      try {
        // A few dozen bytes into an empty pipe: never blocks, never writes partially.
        writeSync(child.control, `${wavPath} 0 -1 ${id}\n`);
      } catch {
        this.stop(new SpeechToTextError('failed'));
      }
    });
  }

  /** Ends the process (idle shutdown, application shutdown); a pending utterance fails. */
  close(): void {
    this.stop(new SpeechToTextError('unavailable'));
  }

  private start(): NonNullable<PocketSphinxProcess['child']> {
    this.spawnFailure = undefined;
    this.pending = '';
    // Named after this process (as the audio scratch files are), so that a later start can tell the
    // directory a killed process left (`kill -9` runs no release) from one a live process uses.
    const directory = mkdtempSync(join(tmpdir(), `${FIFO_DIRECTORY_PREFIX}${writerTag(THIS_PROCESS)}-`));
    const controlPath = join(directory, 'control');
    const resultsPath = join(directory, 'results');
    let control: number | undefined;
    let resultsFd: number | undefined;
    try {
      execFileSync('mkfifo', ['-m', '600', controlPath, resultsPath], { stdio: 'ignore' });
      control = openSync(controlPath, constants.O_RDWR | constants.O_NONBLOCK);
      resultsFd = openSync(resultsPath, constants.O_RDWR | constants.O_NONBLOCK);
    } catch (error) {
      if (control !== undefined) closeSync(control);
      rmSync(directory, { recursive: true, force: true });
      throw error;
    }
    // No shell; its own process group, so a kill reaches anything it started. Its stderr is the
    // results FIFO; nothing else of it is read.
    const recogniser = spawn(this.options.binary, [...this.options.args, '-ctl', controlPath, '-ctm', '/dev/stderr'], {
      stdio: ['ignore', 'ignore', resultsFd],
      detached: true,
      shell: false,
    });
    const results = new Socket({ fd: resultsFd, readable: true, writable: false });
    const child = { process: recogniser, control, results, directory };
    this.child = child;
    // A warm recogniser must not keep the app (or a test run) alive on its own.
    recogniser.unref();
    results.unref();
    results.setEncoding('utf8');
    results.on('data', (chunk: string) => this.onOutput(chunk));
    results.on('error', () => this.stop(new SpeechToTextError('failed')));
    recogniser.on('error', (error: NodeJS.ErrnoException) => {
      // ENOENT/EACCES: the binary is missing or not executable.
      this.spawnFailure = new SpeechToTextError(error.code === 'ENOENT' || error.code === 'EACCES' ? 'unavailable' : 'failed');
    });
    recogniser.on('close', () => {
      if (this.child === child) this.child = undefined;
      release(child);
      this.current?.reject(this.spawnFailure ?? new SpeechToTextError('failed'));
    });
    return child;
  }

  private onOutput(chunk: string): void {
    this.pending += chunk;
    if (this.pending.length > MAX_LINE_BYTES && !this.pending.includes('\n')) {
      this.stop(new SpeechToTextError('failed'));
      return;
    }
    let newline: number;
    while ((newline = this.pending.indexOf('\n')) >= 0) {
      const line = this.pending.slice(0, newline);
      this.pending = this.pending.slice(newline + 1);
      this.onLine(line);
    }
  }

  private onLine(line: string): void {
    const current = this.current;
    if (!current) return;
    // The batch driver's own errors (the file could not be opened or read) mean no "done" line follows.
    // The search's errors ("Couldn't find </s> in last frame") are warnings: a result still comes.
    if (/^ERROR: "batch\.c"/.test(line)) {
      this.stop(new SpeechToTextError('failed'));
      return;
    }
    if (!line.startsWith(`${current.id} `)) return;
    if (/^\S+ done -+\s*$/.test(line)) {
      current.resolve(current.words);
      return;
    }
    const word = parseCtmLine(line);
    if (word) current.words.push(word);
  }

  private stop(reason: SpeechToTextError): void {
    const child = this.child;
    this.child = undefined;
    if (child) {
      const pid = child.process.pid;
      if (pid !== undefined) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch (error) {
          // ESRCH: it has already exited, which is what we wanted.
          if ((error as NodeJS.ErrnoException).code !== 'ESRCH') child.process.kill('SIGKILL');
        }
      }
      release(child);
    }
    this.current?.reject(reason);
  }
}

/**
 * Removes the FIFO directories that processes on this machine left when they were killed (their
 * recogniser ends by itself once nobody writes its control pipe, but nobody removes the directory),
 * and returns how many. A directory is removed only when its owner has certainly ended (see
 * `writerIsGone`) and it holds nothing but our two FIFOs; a directory of a live process, of another
 * machine, of an older version (unnamed owner) or with anything else in it is left alone. FIFOs keep
 * no data on disk: this is tidiness, not privacy.
 */
export async function removeAbandonedFifoDirectories(parent: string = tmpdir(), self: ScratchWriter = THIS_PROCESS): Promise<number> {
  let removed = 0;
  for (const entry of await readdir(parent, { withFileTypes: true })) {
    const [, host, pidText, start] = FIFO_DIRECTORY.exec(entry.name) ?? [];
    // A Dirent does not follow symlinks: a link named like ours is not a directory here.
    if (!host || !pidText || !start || !entry.isDirectory()) continue;
    if (!writerIsGone({ host, pid: Number(pidText), start }, self)) continue;
    if (await removeFifoDirectory(join(parent, entry.name))) removed++;
  }
  return removed;
}

/** Removes the directory if it holds only our FIFOs; false when it holds anything else or is gone already. */
async function removeFifoDirectory(directory: string): Promise<boolean> {
  try {
    const entries = await readdir(directory, { withFileTypes: true });
    if (entries.some((entry) => !entry.isFIFO() || !FIFO_NAMES.includes(entry.name))) return false;
    for (const entry of entries) await rm(join(directory, entry.name), { force: true });
    await rmdir(directory);
    return true;
  } catch (error) {
    // Another instance on this machine swept it at the same moment.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Closes our ends of the FIFOs and removes their directory; safe to call twice. */
function release(child: { control: number; results: Socket; directory: string }): void {
  if (child.control >= 0) {
    closeSync(child.control);
    child.control = -1;
  }
  child.results.destroy();
  rmSync(child.directory, { recursive: true, force: true });
}

/** `u3 1 0.21 0.11 he 0.999`: utterance, channel, start, duration, word (base form), posterior. */
const CTM_LINE = /^\S+ \S+ (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\S+) (\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/;

/** One word of a CTM line; fillers and sentence marks are never written there, but are dropped if they are. */
export function parseCtmLine(line: string): ScoredWord | undefined {
  const match = CTM_LINE.exec(line.trim());
  if (!match) return undefined;
  const token = match[3]!;
  if (/^<.*>$/.test(token) || /^\[.*\]$/.test(token) || /^\+\+.*\+\+$/.test(token)) return undefined;
  const word = token.replace(/\(\d+\)$/, '');
  const start = Number(match[1]);
  const probability = Math.min(1, Math.max(0, Number(match[4])));
  return { word, start, end: Math.round((start + Number(match[2])) * 1000) / 1000, probability };
}
