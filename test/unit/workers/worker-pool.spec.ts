import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, expect, it } from 'vitest';
import { WorkerTimeoutError } from '../../../src/platform/workers/run-worker.js';
import { WorkerCrashedError, WorkerPool, type WorkerPoolOptions } from '../../../src/platform/workers/worker-pool.js';

// A worker in plain JavaScript (workers cannot load TypeScript): it answers with its thread id and
// what it remembers from earlier tasks, or misbehaves on request.
const directory = mkdtempSync(join(tmpdir(), 'candor-worker-pool-'));
const script = join(directory, 'echo.worker.mjs');
writeFileSync(
  script,
  `import { parentPort, threadId } from 'node:worker_threads';
const seen = [];
parentPort.on('message', (task) => {
  if (task === 'hang') for (;;) {}
  if (task === 'oom') { const hoard = []; for (;;) hoard.push(new Array(1e5).fill(hoard.length)); }
  if (task === 'throw') throw new Error('the worker broke');
  seen.push(task);
  parentPort.postMessage({ threadId, seen: [...seen] });
});
`,
);

interface Answer {
  threadId: number;
  seen: string[];
}

const pools: WorkerPool<string, Answer>[] = [];
function pool(options: Partial<WorkerPoolOptions> = {}): WorkerPool<string, Answer> {
  const created = new WorkerPool<string, Answer>({
    script: pathToFileURL(script),
    resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8, stackSizeMb: 4 },
    maxIdle: 1,
    maxTasksPerWorker: 10,
    ...options,
  });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Generous budgets: the machine running the tests may be busy; only the hang must run out.
const BUDGET_MS = 20_000;

it('runs the next task in the same warm worker', async () => {
  const workers = pool();
  const first = await workers.run('a', BUDGET_MS);
  const second = await workers.run('b', BUDGET_MS);
  expect(second.threadId).toBe(first.threadId);
  expect(workers.idleCount).toBe(1);
});

it('terminates a worker that runs out of time, and the next task starts in a fresh one', async () => {
  const workers = pool();
  const before = await workers.run('a', BUDGET_MS);
  await expect(workers.run('hang', 300)).rejects.toBeInstanceOf(WorkerTimeoutError);
  const after = await workers.run('b', BUDGET_MS);
  expect(after.threadId).not.toBe(before.threadId);
  expect(after.seen).toEqual(['b']);
});

it('replaces a worker that ran out of memory, and reports it as such', async () => {
  const workers = pool();
  const error = await workers.run('oom', BUDGET_MS).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkerCrashedError);
  expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ERR_WORKER_OUT_OF_MEMORY');
  expect((await workers.run('a', BUDGET_MS)).seen).toEqual(['a']);
});

it('replaces a worker that crashed', async () => {
  const workers = pool();
  await expect(workers.run('throw', BUDGET_MS)).rejects.toBeInstanceOf(WorkerCrashedError);
  expect((await workers.run('a', BUDGET_MS)).seen).toEqual(['a']);
});

it('ends a worker whose answer the caller does not trust: nothing of that task reaches the next', async () => {
  const workers = pool();
  const distrusted = await workers.run('hostile', BUDGET_MS, () => false);
  const next = await workers.run('next person', BUDGET_MS);
  expect(next.threadId).not.toBe(distrusted.threadId);
  expect(next.seen).toEqual(['next person']);
});

it('recycles a worker after its maximum number of tasks', async () => {
  const workers = pool({ maxTasksPerWorker: 2 });
  const first = await workers.run('a', BUDGET_MS);
  const second = await workers.run('b', BUDGET_MS);
  const third = await workers.run('c', BUDGET_MS);
  expect(second.threadId).toBe(first.threadId);
  expect(third.threadId).not.toBe(first.threadId);
  expect(third.seen).toEqual(['c']);
});

it('ends a warm worker left idle past the idle timeout; the next task starts a fresh one', async () => {
  const workers = pool({ idleTimeoutMs: 200 });
  const first = await workers.run('a', BUDGET_MS);
  expect(workers.idleCount).toBe(1);
  await expect.poll(() => workers.idleCount, { timeout: BUDGET_MS }).toBe(0);
  const second = await workers.run('b', BUDGET_MS);
  expect(second.threadId).not.toBe(first.threadId);
  expect(second.seen).toEqual(['b']);
});

it('keeps a warm worker that is used again within the idle timeout', async () => {
  const workers = pool({ idleTimeoutMs: 60_000 });
  const first = await workers.run('a', BUDGET_MS);
  const second = await workers.run('b', BUDGET_MS);
  expect(second.threadId).toBe(first.threadId);
});

it('keeps at most maxIdle warm workers; with none, every task gets a fresh worker', async () => {
  const bounded = pool({ maxIdle: 2 });
  await Promise.all(['a', 'b', 'c', 'd'].map((task) => bounded.run(task, BUDGET_MS)));
  expect(bounded.idleCount).toBe(2);

  const fresh = pool({ maxIdle: 0 });
  const first = await fresh.run('a', BUDGET_MS);
  const second = await fresh.run('b', BUDGET_MS);
  expect(second.threadId).not.toBe(first.threadId);
  expect(fresh.idleCount).toBe(0);
});
