import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkerTimeoutError } from '../../../platform/workers/run-worker.js';
import { WorkerPool } from '../../../platform/workers/worker-pool.js';
import { DocumentRejectedError, isRejectionCode, isRejectionKey, type RejectionPayload } from './document-rejected.error.js';
import type { ExtractedDocument } from './extracted-document.js';
import type { DocumentKind } from './file-type-detector.js';
import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import type { ResumeParseOptions } from './resume-parser.js';
import type { DocumentReading, ReadingOptions } from './document-reading.js';

/**
 * What a worker is asked to read: an uploaded file (its kind decided in the worker from the bytes
 * unless given; the file name only tells Markdown from plain text), or text already read from one
 * (a re-parse).
 */
export type ExtractionSource = { bytes: Uint8Array; kind?: DocumentKind; filename?: string } | { text: string };

export type ExtractionWorkerInput = ExtractionSource & {
  /** Also parse the text into JSON Resume, inside the same worker and under the same limits. */
  parseResume?: ResumeParseOptions;
  /** Also find sensitive data and personal-detail notes in the text (what the document page shows). */
  read?: ReadingOptions;
  /** Test hook: the worker spins forever so the timeout path can be exercised. */
  simulateHangForTests?: boolean;
};

export interface ExtractionWorkerResult {
  /** Present when the source was a file. */
  document?: ExtractedDocument;
  /** Present when `parseResume` was asked for. */
  resume?: JsonResume;
  /** Present when `read` was asked for. */
  reading?: DocumentReading;
}

export type ExtractionWorkerOutput = ({ ok: true } & ExtractionWorkerResult) | { ok: false; rejection: RejectionPayload };

export interface WorkerLimits {
  /** Wall-clock budget from handing the task to a worker; the worker is terminated when it runs out. */
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  stackSizeMb: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = {
  timeoutMs: 15_000,
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
};

const WORKER_FILE = 'extraction.worker.js';
const COMPILED_DIRECTORY = ['dist', 'src', 'modules', 'documents', 'extraction'];

/**
 * Where the worker script lives. Workers must load JavaScript, so:
 *  - from the build (`dist/src/.../run-in-worker.js`) the compiled worker sits right next to this
 *    module and `new URL('./extraction.worker.js', import.meta.url)` finds it;
 *  - from the TypeScript sources (vitest runs `src/.../run-in-worker.ts`) there is no sibling `.js`,
 *    and a worker cannot load the `.ts` file (its `.js` import specifiers would not resolve), so we
 *    walk up to the repository root (the nearest package.json) and use the compiled copy under
 *    `dist/`. `npm test` builds first (pretest); a missing build fails loudly rather than silently
 *    extracting in-process without limits.
 */
export function resolveWorkerScript(moduleUrl: string = import.meta.url): URL {
  const sibling = new URL(`./${WORKER_FILE}`, moduleUrl);
  if (existsSync(fileURLToPath(sibling))) return sibling;

  let directory = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(join(directory, 'package.json'))) {
      const compiled = join(directory, ...COMPILED_DIRECTORY, WORKER_FILE);
      if (existsSync(compiled)) return pathToFileURL(compiled);
      throw new Error(`Extraction worker not built: expected ${compiled}. Run \`npm run build\` (tsc -p tsconfig.build.json) first.`);
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`Extraction worker not found next to ${moduleUrl} and no package.json above it.`);
    directory = parent;
  }
}

/** Bounds how many extraction workers (each with its own heap) run at once; the rest wait their turn. */
class ConcurrencyGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

const gate = new ConcurrencyGate(Math.max(1, Math.min(4, availableParallelism())));

/** Warm workers kept between uploads; a burst beyond them starts fresh ones that end after their task. */
const MAX_IDLE_WORKERS = 2;
/** A worker reads at most this many documents before it is replaced by a fresh one. */
const MAX_DOCUMENTS_PER_WORKER = 50;
/** Warm workers left unused this long are ended: a quiet instance gives their memory back (issue #18). */
const IDLE_WORKER_TIMEOUT_MS = 60_000;

/** One pool per set of memory limits (they are fixed when a worker starts); the defaults are the one in use. */
const pools = new Map<string, WorkerPool<ExtractionWorkerInput, ExtractionWorkerOutput>>();

function poolFor(limits: WorkerLimits): WorkerPool<ExtractionWorkerInput, ExtractionWorkerOutput> {
  const resourceLimits = {
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
    stackSizeMb: limits.stackSizeMb,
  };
  const key = `${resourceLimits.maxOldGenerationSizeMb}/${resourceLimits.maxYoungGenerationSizeMb}/${resourceLimits.stackSizeMb}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = new WorkerPool({ script: resolveWorkerScript(), resourceLimits, maxIdle: MAX_IDLE_WORKERS, maxTasksPerWorker: MAX_DOCUMENTS_PER_WORKER, idleTimeoutMs: IDLE_WORKER_TIMEOUT_MS });
    pools.set(key, pool);
  }
  return pool;
}

async function extractInPool(input: ExtractionWorkerInput, limits: WorkerLimits): Promise<ExtractionWorkerResult> {
  let output: ExtractionWorkerOutput;
  try {
    // A file the worker refused (broken, hostile, encrypted) ends that worker: the next person's
    // document starts in a fresh one, whatever the refused file left behind.
    output = await poolFor(limits).run(input, limits.timeoutMs, (answer) => answer.ok);
  } catch (error) {
    if (error instanceof WorkerTimeoutError) throw new DocumentRejectedError('EXTRACTION_TIMEOUT', undefined, { cause: error });
    const outOfMemory = (error as Error).cause instanceof Error && ((error as Error).cause as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    throw new DocumentRejectedError(outOfMemory ? 'RESOURCE_LIMIT' : 'EXTRACTION_FAILED', undefined, { cause: error });
  }
  if (!output.ok) {
    const { code, reason } = output.rejection;
    // The worker is our own code, but its answer is still checked before it becomes a message.
    const known = isRejectionCode(code) ? code : 'EXTRACTION_FAILED';
    throw new DocumentRejectedError(known, isRejectionKey(reason?.key) ? reason : { key: known });
  }
  return {
    ...(output.document ? { document: output.document } : {}),
    ...(output.resume ? { resume: output.resume } : {}),
    ...(output.reading ? { reading: output.reading } : {}),
  };
}

/**
 * Runs one extraction (and, if asked, the résumé parse) in a pooled worker with memory limits and a
 * wall-clock timeout. Nothing of the user's text is parsed on the main thread, so a hostile
 * document can cost at most one worker's budget, never the event loop.
 */
export function runInExtractionWorker(input: ExtractionWorkerInput, limits: Partial<WorkerLimits> = {}): Promise<ExtractionWorkerResult> {
  const effective = { ...DEFAULT_WORKER_LIMITS, ...limits };
  return gate.run(() => extractInPool(input, effective));
}

/** Extracts the text of a file in the worker. */
export async function runExtractionInWorker(
  input: { bytes: Uint8Array; kind?: DocumentKind; filename?: string; simulateHangForTests?: boolean },
  limits: Partial<WorkerLimits> = {},
): Promise<ExtractedDocument> {
  const { document } = await runInExtractionWorker(input, limits);
  if (!document) throw new DocumentRejectedError('EXTRACTION_FAILED', undefined, { cause: new Error('the worker returned no document') });
  return document;
}

/** Extracts the text of a file and parses it into JSON Resume (and, if asked, reads it for sensitive data), all in the worker. */
export async function runResumeExtractionInWorker(
  input: { bytes: Uint8Array; kind?: DocumentKind; filename?: string },
  parseOptions: ResumeParseOptions,
  limits: Partial<WorkerLimits> = {},
  read?: ReadingOptions,
): Promise<{ document: ExtractedDocument; resume: JsonResume; reading?: DocumentReading }> {
  const { document, resume, reading } = await runInExtractionWorker({ ...input, parseResume: parseOptions, ...(read ? { read } : {}) }, limits);
  if (!document || !resume) throw new DocumentRejectedError('EXTRACTION_FAILED', undefined, { cause: new Error('the worker returned no résumé') });
  return { document, resume, ...(reading ? { reading } : {}) };
}

/** Reads a text for sensitive data and personal-detail notes in the worker (after the text changed). */
export async function readTextInWorker(text: string, read: ReadingOptions, limits: Partial<WorkerLimits> = {}): Promise<DocumentReading> {
  const { reading } = await runInExtractionWorker({ text, read }, limits);
  if (!reading) throw new DocumentRejectedError('EXTRACTION_FAILED', undefined, { cause: new Error('the worker returned no reading') });
  return reading;
}

/** Parses text already read from a document (a re-parse) into JSON Resume in the worker. */
export async function parseResumeInWorker(text: string, parseOptions: ResumeParseOptions = {}, limits: Partial<WorkerLimits> = {}): Promise<JsonResume> {
  const { resume } = await runInExtractionWorker({ text, parseResume: parseOptions }, limits);
  if (!resume) throw new DocumentRejectedError('EXTRACTION_FAILED', undefined, { cause: new Error('the worker returned no résumé') });
  return resume;
}
