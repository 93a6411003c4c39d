import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * How old a scratch file must be before the sweeper treats it as orphaned by a crash (promise V3).
 * A live transcription deletes its own file when it ends; callers that allow transcriptions longer
 * than this must sweep with a larger bound (twice the speech timeout, say).
 */
export const ORPHAN_AUDIO_MAX_AGE_MS = 5 * 60_000;

/**
 * Our file names: the writer (see `ScratchWriter`; absent in files of older versions), a random
 * UUID, then `.wav` for a finished file or `.part` for one still being written.
 */
const SCRATCH_FILE = /^(?:([0-9a-f]{8})-(\d{1,10})-([0-9a-f]{8})\.)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:wav|part)$/;

/**
 * Which process wrote a scratch file: a hash of the machine's host name, the process id, and a
 * random tag for this start of the process (a restarted container is often pid 1 again). Nothing
 * in it says who recorded. It lets a start-up sweep remove at once what a killed process left
 * (`kill -9` runs no `finally`), instead of waiting for the file to age.
 */
export interface ScratchWriter {
  host: string;
  pid: number;
  start: string;
}

export const THIS_PROCESS: ScratchWriter = {
  host: createHash('sha256').update(hostname()).digest('hex').slice(0, 8),
  pid: process.pid,
  start: randomBytes(4).toString('hex'),
};

export const writerTag = (writer: ScratchWriter): string => `${writer.host}-${writer.pid}-${writer.start}`;

/**
 * Whether the process `writer` names has certainly ended, seen from `self`: it ran on this machine
 * and either had our pid in an earlier start, or its pid no longer exists. Another machine's (a
 * shared directory) is never certain.
 */
export function writerIsGone(writer: ScratchWriter, self: ScratchWriter = THIS_PROCESS): boolean {
  if (writer.host !== self.host) return false;
  if (writer.pid === self.pid) return writer.start !== self.start;
  try {
    process.kill(writer.pid, 0); // signal 0 only asks whether the process exists
    return false;
  } catch (error) {
    // EPERM: it exists under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The only place a recording touches the disk (promise V2): one private directory (0700) holding, for
 * the seconds of one transcription, one file (0600) with a random name. `withAudioFile` deletes it in
 * a `finally`, whatever `work` does; `sweep` removes what a crash left behind (promise V3).
 * Nothing here logs, and file names say nothing about who recorded them.
 */
export class AudioScratch {
  constructor(
    readonly directory: string,
    private readonly writer: ScratchWriter = THIS_PROCESS,
  ) {}

  async withAudioFile<T>(wav: Buffer, work: (path: string) => Promise<T>): Promise<T> {
    await this.ensureDirectory();
    const path = join(this.directory, `${writerTag(this.writer)}.${randomUUID()}.wav`);
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    let removal: { error: unknown } | undefined;
    try {
      // 'wx': never reuse or follow whatever might already sit at this name.
      await writeFile(path, wav, { mode: 0o600, flag: 'wx' });
      outcome = { ok: true, value: await work(path) };
    } catch (error) {
      outcome = { ok: false, error };
    } finally {
      // `force` ignores only a file that is already gone (or never written).
      removal = await rm(path, { force: true }).then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
    }
    // A file we could not delete is never passed over in silence; the sweep is the backstop.
    if (removal && !outcome.ok) throw new AggregateError([outcome.error, removal.error], 'The recording could not be deleted after a failed transcription.');
    if (removal) throw removal.error;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /**
   * Deletes our scratch files whose writing process is gone (see `writerIsGone`) or that were last
   * modified more than `olderThanMs` before `now`, and returns how many. Only regular files with our
   * own names are touched: never a symlink (its target is not ours), a directory, or anything
   * outside this directory.
   */
  async sweep(olderThanMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const name of await this.list()) {
      const path = join(this.directory, name);
      if (this.writerIsGone(name)) {
        if (await removeIfRegularFile(path)) removed++;
        continue;
      }
      let modifiedAt: number;
      try {
        const stats = await lstat(path);
        if (!stats.isFile()) continue;
        modifiedAt = stats.mtimeMs;
      } catch (error) {
        if (isMissing(error)) continue; // deleted meanwhile by its own transcription
        throw error;
      }
      if (now - modifiedAt <= olderThanMs) continue;
      try {
        await rm(path);
        removed++;
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    }
    return removed;
  }

  /** Names of our scratch files present now (regular files only); [] when the directory does not exist. */
  async list(): Promise<string[]> {
    try {
      const entries = await readdir(this.directory, { withFileTypes: true });
      return entries.filter((e) => e.isFile() && SCRATCH_FILE.test(e.name)).map((e) => e.name);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  /**
   * Whether the process that wrote `name` has certainly ended (see `writerIsGone`). A file from
   * another machine (a shared directory) or from an older version is left to the age bound.
   */
  private writerIsGone(name: string): boolean {
    const [, host, pidText, start] = SCRATCH_FILE.exec(name) ?? [];
    if (!host || !pidText || !start) return false;
    return writerIsGone({ host, pid: Number(pidText), start }, this.writer);
  }

  private async ensureDirectory(): Promise<void> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const stats = await lstat(this.directory);
    if (!stats.isDirectory()) throw new Error(`The audio scratch path ${this.directory} is not a directory`);
    // A directory made by someone else (an operator, an older version) is narrowed to ours alone.
    if ((stats.mode & 0o077) !== 0) await chmod(this.directory, 0o700);
  }
}

/** Deletes `path` if it is a regular file (never a symlink or directory); false if it was not there. */
async function removeIfRegularFile(path: string): Promise<boolean> {
  try {
    if (!(await lstat(path)).isFile()) return false;
    await rm(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
