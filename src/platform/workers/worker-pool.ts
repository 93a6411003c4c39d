import { Worker, type ResourceLimits } from 'node:worker_threads';
import { WorkerTimeoutError } from './run-worker.js';

/** A pooled worker died (ran out of memory, threw outside its task, exited) before answering. */
export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError';
}

export interface WorkerPoolOptions {
  /** Compiled worker script. It answers each message it receives with exactly one message. */
  script: URL;
  /** Memory limits of every worker in the pool (fixed when a worker starts). */
  resourceLimits: Required<Pick<ResourceLimits, 'maxOldGenerationSizeMb' | 'maxYoungGenerationSizeMb' | 'stackSizeMb'>>;
  /** Warm workers kept waiting between tasks; more are started on demand and ended after their task. */
  maxIdle: number;
  /** A worker is ended after this many tasks, so nothing a long-lived heap might hold lingers. */
  maxTasksPerWorker: number;
  /**
   * A warm worker left waiting this long is ended (its heap is the process's memory: tens of MB each,
   * issue #18), and the next task starts a fresh one. Unset: warm workers wait as long as the pool lives.
   */
  idleTimeoutMs?: number;
}

interface Task {
  resolve(output: unknown): void;
  reject(error: Error): void;
}

/** One worker thread and the task it is running, if any. */
class PooledWorker {
  readonly thread: Worker;
  tasksRun = 0;
  alive = true;
  /** While the worker waits in the pool: ends it when it has waited too long. */
  idleTimer: NodeJS.Timeout | undefined;
  private task: Task | undefined;

  constructor(options: WorkerPoolOptions, onDeath: (worker: PooledWorker) => void) {
    this.thread = new Worker(options.script, {
      // Don't inherit the parent's flags (test runners and loaders add their own).
      execArgv: [],
      resourceLimits: options.resourceLimits,
    });
    // Listeners for the worker's whole life: an 'error' with no listener would throw in the parent.
    this.thread.on('message', (output: unknown) => this.finish((task) => task.resolve(output)));
    this.thread.on('error', (error: Error) => {
      this.alive = false;
      this.finish((task) => task.reject(new WorkerCrashedError(`worker failed: ${error.message}`, { cause: error })));
      onDeath(this);
    });
    this.thread.on('exit', (code: number) => {
      this.alive = false;
      this.finish((task) => task.reject(new WorkerCrashedError(`worker exited with ${code} before answering`)));
      onDeath(this);
    });
    // A waiting worker never keeps the process alive; a busy one does (see `run`).
    this.thread.unref();
  }

  run(input: unknown): Promise<unknown> {
    this.tasksRun++;
    this.thread.ref();
    return new Promise((resolve, reject) => {
      this.task = { resolve, reject };
      this.thread.postMessage(input);
    });
  }

  /** Ends the current task (the worker is then idle or gone), once. */
  finish(outcome: (task: Task) => void): void {
    const task = this.task;
    this.task = undefined;
    this.thread.unref();
    if (task) outcome(task);
  }

  terminate(): void {
    this.alive = false;
    void this.thread.terminate();
  }
}

/**
 * Reuses worker threads for CPU-bound tasks on people's data. Starting a worker means loading its
 * modules again (for document extraction that is most of an upload's cost), so up to `maxIdle`
 * workers wait warm between tasks. Every worker keeps its own memory limits; a task that runs out
 * of time has its worker terminated, and a worker that crashed, ran out of memory, answered with a
 * failure the caller does not trust (`keep`), or reached `maxTasksPerWorker` is ended and replaced
 * by a fresh one, so one person's document never runs in a worker a failed one left in a bad state.
 * The pool bounds reuse, not concurrency: callers gate how many tasks run at once.
 */
export class WorkerPool<Input, Output> {
  private readonly idle: PooledWorker[] = [];
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Workers waiting warm now (for tests and the bench). */
  get idleCount(): number {
    return this.idle.length;
  }

  /**
   * Runs one task. Rejects with `WorkerTimeoutError` after `timeoutMs` (the worker is terminated)
   * and with `WorkerCrashedError` when the worker dies first. `keep(output)` false ends the worker
   * after it answered (use it for answers that mean the input was hostile or broken).
   */
  async run(input: Input, timeoutMs: number, keep: (output: Output) => boolean = () => true): Promise<Output> {
    if (this.closed) throw new Error('The worker pool is closed');
    const worker = this.takeIdle() ?? this.start();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        worker.finish(() => undefined);
        worker.terminate();
        reject(new WorkerTimeoutError(`worker took longer than ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      const output = (await Promise.race([worker.run(input), timedOut])) as Output;
      this.giveBack(worker, keep(output));
      return output;
    } catch (error) {
      worker.terminate();
      this.replenish();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends every waiting worker; tasks still running finish, and their workers end after. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.idle.splice(0).map((worker) => {
        clearTimeout(worker.idleTimer);
        return worker.thread.terminate();
      }),
    );
  }

  private takeIdle(): PooledWorker | undefined {
    for (let worker = this.idle.pop(); worker; worker = this.idle.pop()) {
      clearTimeout(worker.idleTimer);
      if (worker.alive) return worker;
    }
    return undefined;
  }

  /** Puts a worker in the waiting list, to be ended if no task takes it within the idle timeout. */
  private wait(worker: PooledWorker): void {
    this.idle.push(worker);
    const timeout = this.options.idleTimeoutMs;
    if (timeout === undefined) return;
    worker.idleTimer = setTimeout(() => {
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      worker.terminate();
    }, timeout);
    // Waiting to end an idle worker must not keep the process alive either.
    worker.idleTimer.unref();
  }

  private start(): PooledWorker {
    return new PooledWorker(this.options, (dead) => {
      const index = this.idle.indexOf(dead);
      if (index >= 0) this.idle.splice(index, 1);
    });
  }

  private giveBack(worker: PooledWorker, trusted: boolean): void {
    const reusable = trusted && worker.alive && !this.closed && worker.tasksRun < this.options.maxTasksPerWorker && this.idle.length < this.options.maxIdle;
    if (reusable) {
      this.wait(worker);
      return;
    }
    worker.terminate();
    this.replenish();
  }

  /** After a worker was ended, one fresh worker loads its modules in the background for the next task. */
  private replenish(): void {
    if (this.closed || this.idle.length > 0 || this.options.maxIdle === 0) return;
    this.wait(this.start());
  }
}
