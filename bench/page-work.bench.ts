// Page work (issue #18): what each page costs the server for one request, in figures that do not
// depend on how loaded the machine is — unlike requests per second (http.bench.ts). Starts Candor as
// the HTTP bench does, with the inspector open, seeds the same realistic person, and for each page
// counts, per request: the SQL statements the server sends (pg's query calls, the job queue's own
// polling left out), the entities MikroORM builds from rows, and the CPU the server process spends
// (process.cpuUsage: user + system, all its threads, over a fixed number of requests), with where that CPU
// goes (shares of an inspector CPU profile's busy samples, taken in a second pass: on a loaded machine
// a sample's length is wall time, so the profile gives proportions, /proc the amount).
//
// PAGE_WORK_REQUESTS sets how many requests each profile covers (default 200). PAGE_WORK_PLACE keeps
// the seeded data folder there and reuses it on the next run (same person, same rows: a before/after
// comparison of two builds); PAGE_WORK_HTML writes each page's HTML there, with its per-request tokens
// blanked, so two runs' pages can be diffed; PAGE_WORK_PROFILES writes each page's inspector profile
// there (`<page>.cpuprofile`, which Chrome DevTools opens) to see which functions the shares are;
// PAGE_WORK_HEAP writes there a sampling heap profile of each page's profile pass (`<page>.heapprofile`,
// every allocation sampled, including what the collector freed since: where a request's garbage comes from).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppDataPlace, freePort, newAppDataPlace, rssMb, startAppProcess } from './app-process.js';
import { BrowserLikeClient, signInDev } from './http-client.js';
import { decryptEnvelope, encryptEnvelope, fieldAad } from '../src/platform/vault/document-cipher.js';
import { benchPages, seed } from './http.bench.js';
import { Inspector, KEEP_LAST_RENDER, probeTail, renderAgain, TAIL_HEADER, tailLine } from './server-inspector.js';

const REQUESTS = Number(process.env.PAGE_WORK_REQUESTS ?? 200);
/** Requests of each page's tail pass at 10 connections (PAGE_WORK_TAIL_REQUESTS). */
const TAIL_REQUESTS = Number(process.env.PAGE_WORK_TAIL_REQUESTS ?? 2000);
/** Requests in flight at once: enough to keep the server busy, few enough to stay quick. */
const IN_FLIGHT = 4;
/**
 * The CPU pass is cut into this many runs; the lowest and the median CPU per request are printed. On a
 * machine others load, a run that shared the cores with a burst of their work costs more CPU (caches,
 * hyper-threads): the lowest run is the closest to the page's own cost.
 */
const CPU_RUNS = 5;

/**
 * Counters in the server: every statement through pg's client (the queue's polling left out) and
 * every entity MikroORM's factory builds from a row. Installed once; read and reset per page.
 */
const INSTALL_COUNTERS = `(() => {
  if (globalThis.__pageWork) return true;
  const counts = (globalThis.__pageWork = { statements: 0, entities: 0 });
  // MikroORM's driver brings its own copy of pg (node_modules/@mikro-orm/postgresql/node_modules/pg):
  // the one to count is the one it resolves; the top-level copy (the job queue's) is counted too.
  const path = require('node:path');
  const ormPg = require.resolve('pg', { paths: [path.join(process.cwd(), 'node_modules/@mikro-orm/postgresql')] });
  for (const Client of new Set([require(ormPg).Client, require('pg').Client])) {
    const query = Client.prototype.query;
    Client.prototype.query = function (...args) {
      const config = args[0];
      const text = typeof config === 'string' ? config : (config && config.text) || '';
      if (!/pgboss/i.test(text)) counts.statements++;
      return query.apply(this, args);
    };
  }
  const { EntityFactory } = require('@mikro-orm/core');
  const create = EntityFactory.prototype.create;
  EntityFactory.prototype.create = function (...args) {
    counts.entities++;
    return create.apply(this, args);
  };
  return true;
})()`;

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Sampled milliseconds that were not idle, split by where the sampled code lives. */
function busyTime(profile: Profile): Map<string, number> {
  const area = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    area.set(
      node.id,
      functionName === '(idle)' ? 'idle' : functionName === '(garbage collector)' ? 'GC' : pkg ? pkg : url.includes('/dist/src/') ? 'candor' : url.startsWith('node:') ? 'node' : functionName === '(program)' ? 'program' : 'other',
    );
  }
  const byArea = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = area.get(id) ?? 'other';
    byArea.set(name, (byArea.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  byArea.delete('idle');
  return byArea;
}

/** The server's CPU time so far (user + system, every thread), in milliseconds, asked of the process itself. */
async function processCpuMs(inspector: Inspector): Promise<number> {
  return inspector.evaluate<number>('(() => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; })()');
}

async function requestMany(origin: string, path: string, cookie: string, count: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next++;
      const res = await fetch(`${origin}${path}`, { headers: { cookie, accept: 'text/html' } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

/** The page without what changes on every request (CSRF tokens, CSP nonces). */
function stablePage(html: string): string {
  return html
    .replace(/(name="_csrf" value=")[^"]+/g, '$1…')
    .replace(/(_csrf=)[^"&]+/g, '$1…')
    .replace(/(name="csrf-token" content=")[^"]+/g, '$1…')
    .replace(/(nonce=")[^"]+/g, '$1…')
    .replace(/("X-CSRF-Token": ?")[^"]+/g, '$1…');
}

interface Seeded {
  pgPort: number;
  analysisId: string;
}

/** What a cached key object saves per field decryption (the pages decrypt a few fields each). */
function cipherFigures(): void {
  const aad = fieldAad('user-1', 'document-file-name:d1');
  const key = randomBytes(32);
  const envelope = encryptEnvelope(key, Buffer.from('a file name.docx'), aad);
  const perCall = (fresh: boolean): number => {
    const rounds = 5_000;
    for (let i = 0; i < 500; i++) decryptEnvelope(fresh ? Buffer.from(key) : key, envelope, aad);
    const started = performance.now();
    for (let i = 0; i < rounds; i++) decryptEnvelope(fresh ? Buffer.from(key) : key, envelope, aad);
    return ((performance.now() - started) * 1000) / rounds;
  };
  console.log(`field decryption: ${perCall(false).toFixed(1)} µs with the key object cached, ${perCall(true).toFixed(1)} µs when each call makes one`);
}

export default async function (): Promise<void> {
  cipherFigures();
  const kept = process.env.PAGE_WORK_PLACE;
  const htmlDir = process.env.PAGE_WORK_HTML;
  const profileDir = process.env.PAGE_WORK_PROFILES;
  const heapDir = process.env.PAGE_WORK_HEAP;
  const seededFile = kept ? join(kept, 'page-work-seeded.json') : undefined;
  const reuse = seededFile && existsSync(seededFile) ? (JSON.parse(readFileSync(seededFile, 'utf8')) as Seeded) : undefined;
  let place: AppDataPlace;
  if (reuse) place = { dataDir: kept!, pgPort: reuse.pgPort };
  else if (kept) {
    mkdirSync(kept, { recursive: true, mode: 0o755 });
    place = { dataDir: kept, pgPort: await freePort() };
  } else place = await newAppDataPlace('candor-bench-page-work-');
  const inspectPort = await freePort();
  // Unbundled: the entity counter and the render hook patch MikroORM and nunjucks in node_modules, and the bundle
  // never loads those files (it carries its own copies; only pg stays external), so against it they would read zero.
  const server = await startAppProcess({ UPLOAD_RATE_LIMIT: '1000' }, place, { extraNodeFlags: [`--inspect=127.0.0.1:${inspectPort}`], unbundled: true });
  const inspector = await Inspector.connect(inspectPort);
  try {
    const client = new BrowserLikeClient(server.origin);
    let analysisId: string;
    if (reuse) {
      await signInDev(client, 'Bench Person', 'bench.person@example.com');
      analysisId = reuse.analysisId;
    } else {
      ({ analysisId } = await seed(client, `postgresql://candor:candor-local@127.0.0.1:${place.pgPort}/candor`));
      if (seededFile) writeFileSync(seededFile, JSON.stringify({ pgPort: place.pgPort, analysisId } satisfies Seeded));
    }
    const cookie = client.cookieHeader();
    await inspector.evaluate(INSTALL_COUNTERS);
    await inspector.evaluate(KEEP_LAST_RENDER);
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.setSamplingInterval', { interval: 500 });
    if (htmlDir) mkdirSync(htmlDir, { recursive: true });
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    if (heapDir) {
      mkdirSync(heapDir, { recursive: true });
      await inspector.send('HeapProfiler.enable');
    }
    const pages = benchPages(analysisId);
    console.log(
      `per request: server CPU (process.cpuUsage, lowest and median of ${CPU_RUNS} runs of ${Math.ceil(REQUESTS / CPU_RUNS)} requests, ${IN_FLIGHT} in flight), statements and entities (over 10), where the CPU goes (shares of a profile's busy samples)`,
    );
    for (const [name, path] of pages) {
      const page = await client.get(path);
      if (htmlDir) writeFileSync(join(htmlDir, `${name.replace(/[^a-z]+/g, '-')}.html`), stablePage(page.body));
      await requestMany(server.origin, path, cookie, 20);
      await inspector.evaluate('(globalThis.__pageWork.statements = 0, globalThis.__pageWork.entities = 0, true)');
      await requestMany(server.origin, path, cookie, 10);
      const counts = await inspector.evaluate<{ statements: number; entities: number }>('({ ...globalThis.__pageWork })');
      const perRun = Math.ceil(REQUESTS / CPU_RUNS);
      const runs: number[] = [];
      for (let run = 0; run < CPU_RUNS; run++) {
        const cpuBefore = await processCpuMs(inspector);
        await requestMany(server.origin, path, cookie, perRun);
        runs.push(((await processCpuMs(inspector)) - cpuBefore) / perRun);
      }
      runs.sort((a, b) => a - b);
      await inspector.send('Profiler.start');
      if (heapDir) {
        await inspector.send('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      }
      await requestMany(server.origin, path, cookie, Math.ceil(REQUESTS / 2));
      const { profile } = await inspector.send<{ profile: Profile }>('Profiler.stop');
      if (heapDir) {
        const { profile: heap } = await inspector.send<{ profile: unknown }>('HeapProfiler.stopSampling');
        writeFileSync(join(heapDir, `${name.replace(/[^a-z]+/g, '-')}.heapprofile`), JSON.stringify(heap));
      }
      if (profileDir) writeFileSync(join(profileDir, `${name.replace(/[^a-z]+/g, '-')}.cpuprofile`), JSON.stringify(profile));
      // The template alone: the page rendered again from the same context, 100 times in a row.
      await inspector.evaluate('(globalThis.__lastRender = null, true)');
      await requestMany(server.origin, path, cookie, 1);
      const render = await inspector.evaluate<{ cpuMs: number; allocatedBytes: number } | null>(renderAgain(100));
      const rendering = render ? `  render ${render.cpuMs.toFixed(2)} ms ${(render.allocatedBytes / 1024).toFixed(0).padStart(4)} kB` : '  (no template)';
      const byArea = busyTime(profile);
      const busy = [...byArea.values()].reduce((a, b) => a + b, 0);
      const areas = [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([area, ms]) => `${area} ${((100 * ms) / busy).toFixed(0)} %`).join(', ');
      console.log(
        `  ${name.padEnd(26)} CPU ${runs[0]!.toFixed(2).padStart(6)} ms (median ${runs[Math.floor(CPU_RUNS / 2)]!.toFixed(2).padStart(6)})  statements ${(counts.statements / 10).toFixed(1).padStart(4)}  entities ${(counts.entities / 10).toFixed(0).padStart(4)}${rendering}  | ${areas}`,
      );
    }
    // Where the slow requests come from at 10 connections (the p99 goal's load): a second pass per page.
    const tails: string[] = [];
    for (const [name, path] of pages) {
      const figures = await probeTail(inspector, `${server.origin}${path}`, cookie, { connections: 10, requests: TAIL_REQUESTS });
      if (figures.non2xx) throw new Error(`${path} answered ${figures.non2xx} times with an error in the tail pass`);
      tails.push(`  ${name.padEnd(26)} p50 ${String(figures.p50).padStart(3)} p99 ${String(figures.p99).padStart(4)} ms | ${tailLine(figures)}`);
    }
    console.log(`at 10 connections, ${TAIL_REQUESTS} requests a page (autocannon; server: ${TAIL_HEADER}):`);
    for (const line of tails) console.log(line);
    // Memory after the runs, then after a forced full GC: what is live, as against not yet collected.
    const memory = async (): Promise<string> =>
      `RSS ${rssMb(server.child.pid!).toFixed(0)} MB, ${await inspector.evaluate<string>('JSON.stringify(process.memoryUsage(), (k, v) => (typeof v === "number" ? Math.round(v / 1048576) : v))')} (MB)`;
    console.log(`after the runs: ${await memory()}`);
    await inspector.send('HeapProfiler.collectGarbage');
    console.log(`after a forced full GC: ${await memory()}`);
  } finally {
    inspector.close();
    await server.stop();
    if (!kept) rmSync(place.dataDir, { recursive: true, force: true });
  }
}
