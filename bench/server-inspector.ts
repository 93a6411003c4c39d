// What the benches ask of the Candor process they measure, through its inspector (`--inspect`): a
// minimal DevTools Protocol client, and the tail probe (issue #18), which says where the slow requests
// at 10 connections come from: how long the event loop was held at a stretch, how often and how long
// the collector paused it, and how much each request allocated.
import autocannon from 'autocannon';

/** A minimal Chrome DevTools Protocol client over the inspector's WebSocket. */
export class Inspector {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  static async connect(port: number): Promise<Inspector> {
    for (let attempt = 0; ; attempt++) {
      try {
        const [target] = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
        const socket = new WebSocket(target!.webSocketDebuggerUrl);
        await new Promise((resolve, reject) => {
          socket.addEventListener('open', resolve, { once: true });
          socket.addEventListener('error', () => reject(new Error('The inspector refused the connection')), { once: true });
        });
        return new Inspector(socket);
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  /** Evaluates an expression in the server (the console's `require` included) and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
      expression,
      includeCommandLineAPI: true,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`In the server: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * Started in the server before a run: an event-loop delay histogram sampled every millisecond (while
 * requests run the loop is always busy, so a sample is how long one stretch of synchronous work held
 * it), V8's GC profiler (each collection's kind, main-thread pause and heap before and after) and the
 * process's CPU time.
 */
const START_TAIL_PROBE = `(() => {
  const { monitorEventLoopDelay } = require('node:perf_hooks');
  const v8 = require('node:v8');
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const gc = new v8.GCProfiler();
  globalThis.__tailProbe = { delay, gc, heapStart: v8.getHeapStatistics().used_heap_size, cpu: process.cpuUsage() };
  delay.enable();
  gc.start();
  return true;
})()`;

/**
 * Read after the run. Allocation is counted from the heap's growth between collections (what each
 * collection found in use, less what the previous one left), so it covers every space, the young
 * generation included.
 */
const STOP_TAIL_PROBE = `(() => {
  const v8 = require('node:v8');
  const { delay, gc, heapStart, cpu } = globalThis.__tailProbe;
  delay.disable();
  const { statistics } = gc.stop();
  const used = process.cpuUsage(cpu);
  let allocated = 0;
  let promoted = 0;
  let left = heapStart;
  const pauses = {};
  const oldSpace = (stats) => stats.heapSpaceStatistics.filter((space) => space.spaceName === 'old_space' || space.spaceName === 'large_object_space').reduce((sum, space) => sum + space.spaceUsedSize, 0);
  for (const s of statistics) {
    allocated += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - left);
    left = s.afterGC.heapStatistics.usedHeapSize;
    if (s.gcType === 'Scavenge') promoted += Math.max(0, oldSpace(s.afterGC) - oldSpace(s.beforeGC));
    const kind = (pauses[s.gcType] ??= { count: 0, ms: 0, maxMs: 0 });
    kind.count++;
    kind.ms += s.cost / 1000;
    kind.maxMs = Math.max(kind.maxMs, s.cost / 1000);
  }
  allocated += Math.max(0, v8.getHeapStatistics().used_heap_size - left);
  return {
    delayMs: { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
    pauses,
    allocatedBytes: allocated,
    promotedBytes: promoted,
    cpuMs: (used.user + used.system) / 1000,
  };
})()`;

export interface TailFigures {
  requests: number;
  /** The client's latency, ms. */
  p50: number;
  p99: number;
  /** How late the loop's 1 ms timer fired, ms. */
  delayMs: { p50: number; p99: number; max: number };
  /** Per collector kind (Scavenge, MarkSweepCompact, IncrementalMarking, …): count and main-thread pause. */
  pauses: Record<string, { count: number; ms: number; maxMs: number }>;
  allocatedBytes: number;
  /** What scavenges moved to the old generation (which only a mark-compact frees). */
  promotedBytes: number;
  cpuMs: number;
}

/**
 * Drives `url` with `requests` requests over `connections` connections (autocannon) while the tail probe
 * runs in the server. `onFinished` is called with the client's result (the HTTP bench prints its rps).
 */
export async function probeTail(inspector: Inspector, url: string, cookie: string, options: { connections: number; requests?: number; seconds?: number }): Promise<TailFigures & { rps: number; non2xx: number }> {
  await inspector.evaluate(START_TAIL_PROBE);
  const result = await autocannon({
    url,
    connections: options.connections,
    ...(options.requests ? { amount: options.requests } : { duration: options.seconds ?? 10 }),
    headers: { cookie, accept: 'text/html' },
  });
  const server = await inspector.evaluate<Omit<TailFigures, 'requests' | 'p50' | 'p99'>>(STOP_TAIL_PROBE);
  return { ...server, requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, non2xx: result.non2xx };
}

/** What the tail line's columns are. */
export const TAIL_HEADER =
  'loop delay p50/p99/max (ms) | scavenges and their pause per 1000 requests | mark-compacts (incl. incremental steps) per 1000 requests, pause | longest GC pause | heap allocated per request, of which promoted | CPU per request';

/** One page's tail figures on one line. */
export function tailLine(figures: TailFigures): string {
  const per1000 = 1000 / Math.max(1, figures.requests);
  const scavenge = figures.pauses.Scavenge ?? { count: 0, ms: 0, maxMs: 0 };
  const major = Object.entries(figures.pauses).filter(([kind]) => kind !== 'Scavenge' && kind !== 'ProcessWeakCallbacks').map(([, p]) => p);
  const majorCount = major.reduce((sum, p) => sum + p.count, 0);
  const majorMs = major.reduce((sum, p) => sum + p.ms, 0);
  const longest = Math.max(0, ...Object.values(figures.pauses).map((p) => p.maxMs));
  return [
    `loop ${figures.delayMs.p50.toFixed(1)}/${figures.delayMs.p99.toFixed(1)}/${figures.delayMs.max.toFixed(0)}`,
    `scavenge ${(scavenge.count * per1000).toFixed(1)} × → ${(scavenge.ms * per1000).toFixed(1)} ms`,
    `mark ${(majorCount * per1000).toFixed(1)} × → ${(majorMs * per1000).toFixed(1)} ms`,
    `longest ${longest.toFixed(1)} ms`,
    `${(figures.allocatedBytes / figures.requests / 1024).toFixed(0)} kB, ${(figures.promotedBytes / figures.requests / 1024).toFixed(1)} kB promoted`,
    `CPU ${(figures.cpuMs / figures.requests).toFixed(2)} ms`,
  ].join(' | ');
}

/** Installed once: keeps the last page nunjucks rendered (its name and the whole context express gave it). */
export const KEEP_LAST_RENDER = `(() => {
  if (globalThis.__lastRender !== undefined) return true;
  const { Environment } = require('nunjucks');
  const render = Environment.prototype.render;
  globalThis.__lastRender = null;
  Environment.prototype.render = function (name, ctx, cb) {
    globalThis.__lastRender = { env: this, name, ctx };
    return render.call(this, name, ctx, cb);
  };
  return true;
})()`;

/**
 * Renders the last page again `times` times in a row in the server (no request, no database): the CPU and
 * the heap one render of that page costs, on one thread, so load from other processes barely moves it.
 */
export function renderAgain(times: number): string {
  return `(() => {
    const last = globalThis.__lastRender;
    if (!last) return null;
    const v8 = require('node:v8');
    for (let i = 0; i < 20; i++) last.env.render(last.name, last.ctx);
    const gc = new v8.GCProfiler();
    const heapStart = v8.getHeapStatistics().used_heap_size;
    gc.start();
    const cpu = process.cpuUsage();
    for (let i = 0; i < ${times}; i++) last.env.render(last.name, last.ctx);
    const used = process.cpuUsage(cpu);
    const { statistics } = gc.stop();
    let allocated = 0;
    let left = heapStart;
    for (const s of statistics) {
      allocated += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - left);
      left = s.afterGC.heapStatistics.usedHeapSize;
    }
    allocated += Math.max(0, v8.getHeapStatistics().used_heap_size - left);
    return { cpuMs: (used.user + used.system) / 1000 / ${times}, allocatedBytes: allocated / ${times}, name: last.name };
  })()`;
}
