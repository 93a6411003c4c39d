// HTTP benchmark (issue #18): starts Candor as `npm start` does (a child process, development mode,
// embedded PostgreSQL, the demo job board loaded on first start), seeds one realistic person through
// the real forms — 25 documents, 40 analyses, 10 practice interviews, applications to demo postings
// with messages on them — then drives each page with autocannon next to a bare endpoint, printing
// requests per second, p50/p99 latency and the server's RSS before and after.
// BENCH_HTTP_SECONDS sets each run's duration (default 10).
import autocannon from 'autocannon';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { type AppProcess, freePort, newAppDataPlace, rssMb, startAppProcess } from './app-process.js';
import { BrowserLikeClient, csrfFrom, signInDev } from './http-client.js';
import { Inspector, probeTail, TAIL_HEADER, tailLine } from './server-inspector.js';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const RESUMES = join(process.cwd(), 'test/fixtures/documents/resumes');
const JOBS = join(process.cwd(), 'test/fixtures/analysis');

async function waitUntilDone(client: BrowserLikeClient, path: string, marker: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { body } = await client.get(path);
    if (!body.includes(marker)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${path} did not finish`);
}

const APPLICATIONS = 5;
const MESSAGES_PER_APPLICATION = 3;
export const JOB_SEARCH_PATH = '/jobs?q=engineer';

/** The pages both benches drive for the seeded person, named as they print them. */
export function benchPages(analysisId: string): Array<[string, string]> {
  return [
    ['bare endpoint (/healthz)', '/healthz'],
    // The cheapest signed-in page (no reads of its own): what every signed-in page pays (issue #18).
    ['signed-in floor', '/settings/delete'],
    ['dashboard', '/dashboard'],
    ['documents list', '/documents'],
    ['analysis report', `/analyses/${analysisId}`],
    ['analyses list + chart', '/analyses'],
    ['interviews list + chart', '/interviews'],
    ['job search', JOB_SEARCH_PATH],
  ];
}

export interface SeededPerson {
  analysisId: string;
  applications: number;
  messages: number;
}

export async function seed(client: BrowserLikeClient, databaseUrl: string): Promise<SeededPerson> {
  await signInDev(client, 'Bench Person', 'bench.person@example.com');
  const files = readdirSync(RESUMES).filter((f) => /\.(pdf|docx|txt|md)$/.test(f));
  const jobs = readdirSync(JOBS).filter((f) => f.endsWith('.job.txt')).map((f) => readFileSync(join(JOBS, f), 'utf8'));
  const documentIds: string[] = [];
  for (let i = 0; i < 25; i++) {
    const file = files[i % files.length]!;
    const page = await client.get('/documents');
    const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.body)![1]!);
    const form = new FormData();
    form.set('category', 'resume');
    form.set('file', new Blob([readFileSync(join(RESUMES, file))]), `${i}-${file}`);
    const done = await client.post(`/documents?_csrf=${encodeURIComponent(token)}`, form);
    documentIds.push(/\/documents\/([0-9a-f-]{36})/.exec(done.location)![1]!);
  }
  const analysisIds: string[] = [];
  for (let i = 0; i < 40; i++) {
    // A person may request 30 analyses an hour: the history of a real account spans weeks, so the
    // first twenty are moved back in time before the next twenty are asked for.
    if (i === 20) await backdateAnalyses(databaseUrl);
    const documentId = documentIds[i % documentIds.length]!;
    const token = csrfFrom((await client.get(`/documents/${documentId}`)).body);
    const job = i < 25 ? (jobs[i % jobs.length] ?? '') : `${jobs[i % jobs.length] ?? ''}\nAlso: experience number ${i}.`;
    const done = await client.post(`/documents/${documentId}/analyses`, new URLSearchParams({ _csrf: token, job }));
    analysisIds.push(/\/analyses\/([0-9a-f-]{36})/.exec(done.location)![1]!);
  }
  for (const id of analysisIds) await waitUntilDone(client, `/analyses/${id}`, 'id="analysis-progress"');
  for (let i = 0; i < 10; i++) {
    const token = csrfFrom((await client.get('/interviews')).body);
    const started = await client.post('/interviews', new URLSearchParams({ _csrf: token, role: 'Backend engineer', kind: i % 2 ? 'technical' : 'behavioral', length: '3', documentId: documentIds[i]!, job: '' }));
    const interviewPath = new URL(started.location, client.origin).pathname;
    for (let turn = 0; turn < 6; turn++) {
      const { body } = await client.get(interviewPath);
      const turnId = /name="turnId" value="([0-9a-f-]{36})"/.exec(body)?.[1];
      if (!turnId) break;
      const answer =
        'In my last role I led the migration of our billing service to Go. I measured p99 latency, found the slow query, added an index and cut latency by 40 percent, and I wrote the runbook the team still uses.';
      await client.post(`${interviewPath}/answers`, new URLSearchParams({ _csrf: csrfFrom(body), turnId, answer, source: 'text' }));
    }
    await waitUntilDone(client, interviewPath, 'id="interview-progress"');
  }
  const { applications, messages } = await applyAndWrite(client, documentIds[0]!);
  return { analysisId: analysisIds[analysisIds.length - 1]!, applications, messages };
}

/** Applies to demo postings with the first résumé and writes to each company, as the jobs pages do. */
async function applyAndWrite(client: BrowserLikeClient, resumeId: string): Promise<{ applications: number; messages: number }> {
  const board = await client.get(JOB_SEARCH_PATH);
  const postingIds = [...new Set([...board.body.matchAll(/href="\/jobs\/([0-9a-f-]{36})"/g)].map((m) => m[1]!))].slice(0, APPLICATIONS);
  if (postingIds.length < APPLICATIONS) throw new Error(`The job board shows ${postingIds.length} postings for ${JOB_SEARCH_PATH}; the demo postings should be loaded`);
  for (const postingId of postingIds) {
    const token = csrfFrom((await client.get(`/jobs/${postingId}/apply`)).body);
    await client.post(`/jobs/${postingId}/apply`, new URLSearchParams({ _csrf: token, resumeId, note: 'I would love to talk about this role.' }));
  }
  const mine = await client.get('/jobs/applications');
  const applicationIds = [...new Set([...mine.body.matchAll(/href="\/jobs\/applications\/([0-9a-f-]{36})#messages"/g)].map((m) => m[1]!))];
  let messages = 0;
  for (const applicationId of applicationIds) {
    for (let i = 0; i < MESSAGES_PER_APPLICATION; i++) {
      const token = csrfFrom((await client.get(`/jobs/applications/${applicationId}`)).body);
      await client.post(`/jobs/applications/${applicationId}/messages`, new URLSearchParams({ _csrf: token, body: `Thank you for reading my application. Message ${i + 1}: I can start next month.` }));
      messages++;
    }
  }
  return { applications: applicationIds.length, messages };
}

async function backdateAnalyses(databaseUrl: string): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`update analyses set created_at = created_at - interval '2 days'`);
  } finally {
    await db.end();
  }
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function drive(url: string, cookie: string, connections: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: SECONDS, headers: { cookie, accept: 'text/html' } });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

export default async function (): Promise<void> {
  const place = await newAppDataPlace('candor-bench-http-');
  // The benchmark seeds many documents at once; the per-person limits would stop it.
  const env = { UPLOAD_RATE_LIMIT: '1000' };
  let server: AppProcess | undefined;
  let inspector: Inspector | undefined;
  try {
    const cold = await startAppProcess(env, place);
    console.log(`first start to /readyz (database initialised): ${cold.startMs.toFixed(0)} ms`);
    await cold.stop();
    // The warm start is timed as `npm start` runs, without the inspector (an attached one slows the start).
    const warm = await startAppProcess(env, place);
    console.log(`warm start to /readyz: ${warm.startMs.toFixed(0)} ms  (target ≤ 3000 ms)`);
    await warm.stop();
    // The inspector is open (idle until asked) for the tail probe of the 10-connection runs.
    const inspectPort = await freePort();
    server = await startAppProcess(env, place, { extraNodeFlags: [`--inspect=127.0.0.1:${inspectPort}`] });
    inspector = await Inspector.connect(inspectPort);
    console.log(`warm start with the inspector attached: ${server.startMs.toFixed(0)} ms`);
    await new Promise((r) => setTimeout(r, 1000));
    console.log(`idle RSS: ${rssMb(server!.child.pid!).toFixed(0)} MB  (target ≤ 250 MB)`);
    const client = new BrowserLikeClient(server.origin);
    const seeding = performance.now();
    const { analysisId, applications, messages } = await seed(client, `postgresql://candor:candor-local@127.0.0.1:${place.pgPort}/candor`);
    console.log(`seeded 25 documents, 40 analyses, 10 interviews, ${applications} applications, ${messages} messages in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    const cookie = client.cookieHeader();
    const rssBefore = rssMb(server!.child.pid!);
    const targets = benchPages(analysisId);
    const rows: string[] = [];
    const tails: string[] = [];
    let bareRps = 0;
    for (const [name, path] of targets) {
      const at50 = await drive(`${server.origin}${path}`, cookie, 50);
      const at10 = await probeTail(inspector, `${server.origin}${path}`, cookie, { connections: 10, seconds: SECONDS });
      tails.push(`${name.padEnd(26)} ${tailLine(at10)}`);
      if (path === '/healthz') bareRps = at50.rps;
      const share = bareRps ? `${((at50.rps / bareRps) * 100).toFixed(0)} %` : '—';
      rows.push(
        `${name.padEnd(26)} ${at50.rps.toFixed(0).padStart(6)} rps  p50 ${String(at50.p50).padStart(4)} ms  p99 ${String(at50.p99).padStart(5)} ms  (${share} of bare)  | 10 conn: p99 ${String(at10.p99).padStart(4)} ms${at50.non2xx + at10.non2xx ? `  non-2xx ${at50.non2xx + at10.non2xx}` : ''}`,
      );
    }
    console.log(`autocannon, ${SECONDS} s each; 50 connections, then 10 (targets: ≥ 25 % of bare rps at 50, p99 ≤ 50 ms at 10)`);
    for (const row of rows) console.log(`  ${row}`);
    console.log(`where the time went in the 10-connection runs (server: ${TAIL_HEADER}):`);
    for (const row of tails) console.log(`  ${row}`);
    console.log(`RSS before the runs ${rssBefore.toFixed(0)} MB, after ${rssMb(server!.child.pid!).toFixed(0)} MB  (target ≤ 400 MB)`);
  } finally {
    inspector?.close();
    await server?.stop();
    rmSync(place.dataDir, { recursive: true, force: true });
  }
}
