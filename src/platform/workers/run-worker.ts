import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Time and memory a worker may use; it is terminated when it runs out of either. */
export interface WorkerLimits {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  stackSizeMb: number;
}

export class WorkerTimeoutError extends Error {
  override readonly name = 'WorkerTimeoutError';
}

/**
 * The compiled `.js` of a worker script that sits next to `moduleUrl`. From the build it is the
 * sibling file; from the TypeScript sources (vitest) the worker cannot load `.ts`, so the compiled
 * copy under `dist/` (found via the nearest package.json) is used. A missing build fails loudly
 * rather than running the work on the main thread.
 */
export function resolveCompiledWorker(moduleUrl: string, workerFile: string): URL {
  const sibling = new URL(`./${workerFile}`, moduleUrl);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  const here = dirname(fileURLToPath(moduleUrl));
  for (let directory = here; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'package.json'))) {
      const compiled = join(directory, 'dist', relative(directory, here), workerFile);
      if (existsSync(compiled)) return pathToFileURL(compiled);
      throw new Error(`Worker not built: expected ${compiled}. Run \`npm run build\` first.`);
    }
    if (dirname(directory) === directory) throw new Error(`Worker ${workerFile} not found next to ${moduleUrl} and no package.json above it.`);
  }
}

/**
 * Runs one task in a fresh worker thread with memory limits and a wall-clock timeout, so CPU-heavy
 * work on people's text never holds the event loop. The worker posts exactly one message: the
 * result. Rejects with `WorkerTimeoutError` on timeout and with the worker's error otherwise.
 */
export function runInWorker<Input, Output>(script: URL, input: Input, limits: WorkerLimits): Promise<Output> {
  return new Promise<Output>((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: input,
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
        stackSizeMb: limits.stackSizeMb,
      },
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new WorkerTimeoutError(`worker took longer than ${limits.timeoutMs} ms`)));
      void worker.terminate();
    }, limits.timeoutMs);
    worker.once('message', (output: Output) => settle(() => resolve(output)));
    worker.once('error', (error: Error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`worker exited with ${code} before answering`))));
  });
}
