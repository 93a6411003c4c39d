// The WORK a page costs per request, which a loaded machine does not change much (issue #18), unlike
// requests per second: process CPU (from /proc, every thread), CPU by package from the inspector's
// sampling profile (idle excluded), and statements sent to PostgreSQL. Starts Candor as the HTTP
// bench does (bench/app-process.ts: the production flags) with the inspector on and a statement
// counter preloaded.
//
//   npm run -s build && node scripts/page-work.mjs new                # seeds like the HTTP bench, keeps the data
//   node scripts/page-work.mjs /tmp/candor-work-XXXX.json [paths…]    # reuses it (same person, same data)
//
// PAGE_WORK_REQUESTS (default 300) requests a page at 10 connections, twice: once counted, once profiled.
// Profiles land in .data/page-work/; SHOW_SQL=1 lists the statements per request. Prints RSS and the
// heap after the runs, and after a forced full GC (what is live, as against not yet collected).
import autocannon from 'autocannon';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort, newAppDataPlace, startAppProcess } from '../dist/bench/app-process.js';
import { BrowserLikeClient, signInDev } from '../dist/bench/http-client.js';
import { JOB_SEARCH_PATH, seed } from '../dist/bench/http.bench.js';

const REQUESTS = Number(process.env.PAGE_WORK_REQUESTS ?? 300);
const [placeArgument, ...chosenPaths] = process.argv.slice(2);
if (!placeArgument) throw new Error('Usage: node scripts/page-work.mjs new | <place.json> [paths…]');
const env = { UPLOAD_RATE_LIMIT: '1000' };

let place;
if (placeArgument === 'new') {
  place = await newAppDataPlace('candor-work-');
  await (await startAppProcess(env, place)).stop(); // the first start initialises the database
} else {
  place = JSON.parse(readFileSync(placeArgument, 'utf8'));
}
const inspectPort = await freePort();
const preload = fileURLToPath(new URL('./page-work-count-pg.mjs', import.meta.url));
const server = await startAppProcess({ ...env, NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort} --import=${preload}` }, place);
const status = () => readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(status())[1]) / 1024;
const cpuTicks = () => {
  const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime, in 10 ms ticks
};

const [{ webSocketDebuggerUrl }] = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
const socket = new WebSocket(webSocketDebuggerUrl);
await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
let nextId = 1;
const pending = new Map();
socket.addEventListener('message', (event) => {
  const message = JSON.parse(event.data);
  pending.get(message.id)?.(message);
  pending.delete(message.id);
});
const cdp = (method, params = {}) =>
  new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result)));
    socket.send(JSON.stringify({ id, method, params }));
  });
const evaluate = async (expression) => (await cdp('Runtime.evaluate', { expression, returnByValue: true })).result.value;
await cdp('Profiler.enable');
await cdp('Profiler.setSamplingInterval', { interval: 200 });

console.log(`warm start ${server.startMs.toFixed(0)} ms, idle RSS ${rssMb().toFixed(0)} MB, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
const client = new BrowserLikeClient(server.origin);
if (placeArgument === 'new') {
  const seeded = await seed(client, `postgresql://candor:candor-local@127.0.0.1:${place.pgPort}/candor`);
  place = { ...place, analysisId: seeded.analysisId };
  const file = `${place.dataDir}.json`;
  writeFileSync(file, JSON.stringify(place));
  console.log(`seeded; reuse with: node scripts/page-work.mjs ${file}`);
} else {
  await signInDev(client, 'Bench Person', 'bench.person@example.com');
}
const headers = { cookie: client.cookieHeader(), accept: 'text/html' };
const paths = chosenPaths.length > 0 ? chosenPaths : ['/healthz', '/settings/delete', '/dashboard', '/documents', `/analyses/${place.analysisId}`, '/analyses', '/interviews', JOB_SEARCH_PATH];

const packageOf = (url, functionName) => {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const ours = /dist\/(src\/[^/]+\/[^/]+)/.exec(url);
  if (ours) return ours[1];
  return url.startsWith('node:') ? `node:${url.slice(5).split('/')[0]}` : url;
};
mkdirSync('.data/page-work', { recursive: true });
for (const path of paths) {
  const url = `${server.origin}${path}`;
  await autocannon({ url, connections: 10, amount: 100, headers }); // warm-up
  await evaluate('globalThis.__pageWork.count = 0; globalThis.__pageWork.texts.clear(); globalThis.__pageWork.record = true');
  const ticks = cpuTicks();
  const counted = await autocannon({ url, connections: 10, amount: REQUESTS, headers });
  const processMs = ((cpuTicks() - ticks) * 10) / counted.requests.total;
  const statements = JSON.parse(await evaluate('globalThis.__pageWork.record = false; JSON.stringify({ count: globalThis.__pageWork.count, texts: [...globalThis.__pageWork.texts] })'));

  await cdp('Profiler.start');
  const profiled = await autocannon({ url, connections: 10, amount: REQUESTS, headers });
  const { profile } = await cdp('Profiler.stop');
  writeFileSync(`.data/page-work/${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 40)}.cpuprofile`, JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const { url: scriptUrl, functionName } = nodes.get(id).callFrame;
    const name = packageOf(scriptUrl, functionName);
    if (name === '(idle)') return;
    busy += profile.timeDeltas[i];
    byPackage.set(name, (byPackage.get(name) ?? 0) + profile.timeDeltas[i]);
  });
  const perRequest = (microseconds) => (microseconds / 1000 / profiled.requests.total).toFixed(2);
  console.log(`\n${path}: process CPU ${processMs.toFixed(2)} ms/req, profiled ${perRequest(busy)} ms/req, ${(statements.count / counted.requests.total).toFixed(2)} statements/req${counted.non2xx + profiled.non2xx ? `, ${counted.non2xx + profiled.non2xx} non-2xx` : ''}`);
  console.log(`  ${[...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, us]) => `${name} ${perRequest(us)}`).join(' | ')}`);
  if (process.env.SHOW_SQL) for (const [text, count] of statements.texts) console.log(`    ${(count / counted.requests.total).toFixed(2)}× ${text}`);
}
const memory = () => evaluate('JSON.stringify(process.memoryUsage(), (k, v) => (typeof v === "number" ? Math.round(v / 1048576) : v))');
console.log(`\nafter the runs: RSS ${rssMb().toFixed(0)} MB, ${await memory()} (MB)`);
await cdp('HeapProfiler.collectGarbage');
console.log(`after a forced full GC: RSS ${rssMb().toFixed(0)} MB, ${await memory()} (MB)`);
socket.close();
await server.stop();
