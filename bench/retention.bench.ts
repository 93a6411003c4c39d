// Retention bench (`npm run bench -- retention`, issue #14, promise R4 at scale): a throwaway embedded
// PostgreSQL seeded in bulk (generate_series into the real tables) with the résumé data of many inactive
// accounts — each with a résumé (document + profile + analyses) and a cover letter, their encrypted
// originals as files in the local object store — and of active accounts that must survive. Candor
// serves pages from one process while a second instance (`cli run-job compliance.retention`, as an
// operator or another instance's scheduler would) purges; the bench prints rows/s and seconds (goal: 1M
// rows in ≤ 60 s) and the p99 of /healthz and a signed-in page during the purge against a baseline
// taken just before (goal: ≤ 2×), with the machine's load average.
// RETENTION_BENCH_PEOPLE (default 100000 expired accounts, 10 rows each) and RETENTION_BENCH_BASELINE_SECONDS (10).
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../src/config/app-config.js';
import { migrateDatabase, openDatabase } from '../src/platform/database/database-runtime.js';
import { APP_NODE_FLAGS, APP_PROCESS_ENV, freePort, SERVER_ENTRY } from './app-process.js';
import { BrowserLikeClient, signInDev } from './http-client.js';

const EXPIRED_PEOPLE = Number(process.env.RETENTION_BENCH_PEOPLE ?? 100_000);
/** Active accounts with the same shape, which the purge must leave alone. */
const ACTIVE_PEOPLE = Math.max(1, Math.round(EXPIRED_PEOPLE / 10));
const ANALYSES_PER_RESUME = 7;
const BASELINE_SECONDS = Number(process.env.RETENTION_BENCH_BASELINE_SECONDS ?? 10);
/** Connections per measured page: a steady, modest load a real instance sees, not a saturation test. */
const CONNECTIONS = 4;
const DAY_MS = 86_400_000;


const loadAverage = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export default async function retentionBench(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'candor-retention-bench-'));
  chmodSync(root, 0o755); // as root, embedded PostgreSQL runs as its own user and must reach it
  const appDataDir = join(root, 'app');
  mkdirSync(appDataDir, { mode: 0o700 });
  const secrets = { SESSION_SECRET: randomBytes(32).toString('base64url'), MASTER_KEY: randomBytes(32).toString('base64') };
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: root, EMBEDDED_PG_PORT: String(await freePort()), ...secrets });
  const database = await openDatabase(config);
  let server: ChildProcess | undefined;
  const db = new pg.Client({ connectionString: database.url });
  try {
    await migrateDatabase(database.url);
    await db.connect();
    const env = { ...process.env, ...APP_PROCESS_ENV, ...secrets, NODE_ENV: 'development', DATABASE_URL: database.url, DATA_DIR: appDataDir, LOG_LEVEL: 'warn' };
    const port = await freePort();
    server = spawn(process.execPath, [...APP_NODE_FLAGS, SERVER_ENTRY], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
    const origin = `http://127.0.0.1:${port}`;
    await waitUntilReady(origin, server);
    const client = new BrowserLikeClient(origin);
    await signInDev(client, 'Active Person', 'active.person@example.com');

    const seeding = performance.now();
    const shape = await seed(db, appDataDir);
    console.log(
      `seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s: ${EXPIRED_PEOPLE.toLocaleString('en')} expired accounts (90+ days inactive, both warnings sent) ` +
        `and ${ACTIVE_PEOPLE.toLocaleString('en')} active ones, each with a résumé (document + JSON Resume profile + ${ANALYSES_PER_RESUME} analyses) and a cover letter, ` +
        `i.e. ${shape.expiredRows.toLocaleString('en')} expired résumé-data rows (${shape.expiredDocuments.toLocaleString('en')} documents, ${shape.expiredProfiles.toLocaleString('en')} profiles, ${shape.expiredAnalyses.toLocaleString('en')} analyses) ` +
        `+ ${shape.activeRows.toLocaleString('en')} active rows; ${shape.objects.toLocaleString('en')} encrypted-original files (1 KiB each) in the local object store`,
    );

    const cookie = client.cookieHeader();
    const baseline = await measurePages(origin, cookie, async () => new Promise((resolve) => setTimeout(resolve, BASELINE_SECONDS * 1000)));
    const loadBefore = loadAverage();

    let purge: PurgeFigures | undefined;
    const during = await measurePages(origin, cookie, async () => {
      purge = await runPurge(db, database.url, env, join(root, 'purge-probe.json'));
    }, () => waitForRunStart(db));
    const loadAfter = loadAverage();

    const left = await countRows(db);
    if (left.expired !== 0) throw new Error(`The purge left ${left.expired} expired rows`);
    if (left.active !== shape.activeRows) throw new Error(`The purge touched active accounts: ${left.active} of ${shape.activeRows} rows left`);
    const files = Number((await db.query<{ n: string }>(`select count(*) as n from documents`)).rows[0]!.n);
    console.log(`purge (${purge!.outcome}): ${shape.expiredRows.toLocaleString('en')} rows and ${shape.expiredDocuments.toLocaleString('en')} objects of ${EXPIRED_PEOPLE.toLocaleString('en')} accounts in ${purge!.seconds.toFixed(1)} s = ${Math.round(shape.expiredRows / purge!.seconds).toLocaleString('en')} rows/s  (goal: 1M rows in ≤ 60 s; run record ${purge!.seconds.toFixed(1)} s, process incl. start-up ${purge!.wallSeconds.toFixed(1)} s); active rows untouched (${left.active.toLocaleString('en')}, ${files.toLocaleString('en')} documents)`);
    const work = purge!.process;
    console.log(
      `  work: purge process CPU ${work.userMs} ms user + ${work.systemMs} ms system, its event-loop delay p50 ${work.loopDelayP50Ms} ms p99 ${work.loopDelayP99Ms} ms max ${work.loopDelayMaxMs} ms; ` +
        `its PostgreSQL backend(s) ${purge!.backendCpuMs} ms CPU = ${Math.round(shape.expiredRows / Math.max(1, purge!.backendCpuMs / 1000)).toLocaleString('en')} rows per backend CPU second`,
    );
    for (const page of ['/healthz', '/dashboard'] as const) {
      const before = baseline[page];
      const while_ = during[page];
      console.log(
        `  ${page.padEnd(11)} baseline p50 ${before.p50} ms p99 ${before.p99} ms (${before.requests} req) | during purge p50 ${while_.p50} ms p99 ${while_.p99} ms (${while_.requests} req${while_.errors ? `, ${while_.errors} errors/non-2xx` : ''}) | p99 ratio ${(while_.p99 / Math.max(1, before.p99)).toFixed(2)}×  (goal ≤ 2×)`,
      );
    }
    console.log(`load average (1/5/15 min): ${loadBefore} before the purge, ${loadAfter} after; the machine is shared, so these figures are noisy`);
  } finally {
    await db.end().catch(() => undefined);
    if (server && server.exitCode === null) {
      await new Promise<void>((resolve) => {
        server!.once('exit', () => resolve());
        server!.kill('SIGTERM');
      });
    }
    await database.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

async function waitUntilReady(origin: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Candor exited with ${child.exitCode}`);
    if (await fetch(`${origin}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Shape {
  expiredRows: number;
  expiredDocuments: number;
  expiredProfiles: number;
  expiredAnalyses: number;
  activeRows: number;
  objects: number;
}

/**
 * Everything in the real tables, generated in PostgreSQL: accounts, their last warnings, documents,
 * profiles and analyses; then one file per document where the local object store keeps it.
 */
async function seed(db: pg.Client, appDataDir: string): Promise<Shape> {
  const now = Date.now();
  await db.query('begin');
  await db.query('set local synchronous_commit = off');
  await db.query(
    `insert into users (id, provider, provider_subject, email, display_name, created_at, updated_at, last_active_at)
     select gen_random_uuid(), 'dev', 'bench-' || g, 'bench-' || g || '@example.com', 'Bench ' || g, $2, $2,
            case when g <= $1::int then $2::timestamptz - make_interval(days => 91 + g % 200) else now() - make_interval(days => g % 60) end
       from generate_series(1, $1::int + $3::int) g`,
    [EXPIRED_PEOPLE, new Date(now - 400 * DAY_MS), ACTIVE_PEOPLE],
  );
  await db.query(
    `insert into retention_warnings (user_id, for_activity_at, warned14_at, warned3_at)
     select id, last_active_at, $1, $2 from users where provider_subject like 'bench-%' and last_active_at < $3`,
    [new Date(now - 15 * DAY_MS), new Date(now - 4 * DAY_MS), new Date(now - 90 * DAY_MS)],
  );
  // Ciphertext-sized filler (bytea); the purge never reads it.
  await db.query(
    `insert into documents (id, owner_id, category, kind, file_name_ciphertext, media_type, size_bytes, storage_key, text_ciphertext, page_count, created_at, updated_at)
     select d.id, d.owner_id, d.category, 'pdf', decode(md5(d.id::text), 'hex'), 'application/pdf', 48000, 'users/' || d.owner_id || '/documents/' || d.id,
            decode(repeat(md5(d.owner_id::text), 24), 'hex'), 2, d.at, d.at
       from (select gen_random_uuid() as id, u.id as owner_id, c.category, u.last_active_at as at
               from users u cross join (values ('resume'), ('cover_letter')) c(category) where u.provider_subject like 'bench-%') d`,
  );
  await db.query(
    `insert into resume_profiles (document_id, owner_id, resume_ciphertext, updated_at)
     select id, owner_id, decode(repeat(md5(id::text), 16), 'hex'), updated_at from documents where category = 'resume'`,
  );
  await db.query(
    `insert into analyses (id, owner_id, document_id, status, job_title, job_text_ciphertext, score, report_ciphertext, created_at, started_at, completed_at)
     select gen_random_uuid(), d.owner_id, d.id, 'done', 'Data analyst', decode(repeat(md5(d.id::text || a), 8), 'hex'), 60 + a, decode(repeat(md5(d.id::text), 32), 'hex'), d.created_at, d.created_at, d.created_at
       from documents d cross join generate_series(1, $1) a where d.category = 'resume'`,
    [ANALYSES_PER_RESUME],
  );
  await db.query('commit');
  await db.query('vacuum analyze users, retention_warnings, documents, resume_profiles, analyses');

  const keys = (await db.query<{ storage_key: string }>(`select storage_key from documents`)).rows.map((r) => r.storage_key);
  const body = randomBytes(1024);
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < keys.length) {
      const path = join(appDataDir, 'objects', ...keys[next++]!.split('/'));
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      await writeFile(path, body, { mode: 0o600 });
    }
  };
  await Promise.all(Array.from({ length: 32 }, writer));

  const counts = await countRows(db);
  const [split] = (
    await db.query<{ documents: string; profiles: string; analyses: string }>(
      `select (select count(*) from documents d join retention_warnings w on w.user_id = d.owner_id) as documents,
              (select count(*) from resume_profiles p join retention_warnings w on w.user_id = p.owner_id) as profiles,
              (select count(*) from analyses a join retention_warnings w on w.user_id = a.owner_id) as analyses`,
    )
  ).rows;
  return {
    expiredRows: counts.expired,
    expiredDocuments: Number(split!.documents),
    expiredProfiles: Number(split!.profiles),
    expiredAnalyses: Number(split!.analyses),
    activeRows: counts.active,
    objects: keys.length,
  };
}

/** Résumé-data rows (documents, profiles, analyses) of the expired accounts (those warned) and of the others. */
async function countRows(db: pg.Client): Promise<{ expired: number; active: number }> {
  const { rows } = await db.query<{ expired: string; total: string }>(
    `select (select count(*) from documents d where exists (select 1 from retention_warnings w where w.user_id = d.owner_id))
          + (select count(*) from resume_profiles p where exists (select 1 from retention_warnings w where w.user_id = p.owner_id))
          + (select count(*) from analyses a where exists (select 1 from retention_warnings w where w.user_id = a.owner_id)) as expired,
            (select count(*) from documents) + (select count(*) from resume_profiles) + (select count(*) from analyses) as total`,
  );
  return { expired: Number(rows[0]!.expired), active: Number(rows[0]!.total) - Number(rows[0]!.expired) };
}

interface PurgeFigures {
  seconds: number;
  wallSeconds: number;
  outcome: string;
  /** CPU of the purge process (all threads) and its event-loop delay, from bench/purge-probe.ts. */
  process: { userMs: number; systemMs: number; loopDelayP50Ms: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
  /** CPU of the PostgreSQL backends that ran the purge's statements, from their first statement (sampled from /proc every 100 ms). */
  backendCpuMs: number;
}

/** Runs the daily job once from a second instance (the CLI) and reads its run record. */
async function runPurge(db: pg.Client, databaseUrl: string, env: NodeJS.ProcessEnv, probeOut: string): Promise<PurgeFigures> {
  // A connection of its own: the page measurement polls for the run record on `db` meanwhile.
  const sampler = new pg.Client({ connectionString: databaseUrl });
  await sampler.connect();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', './dist/bench/purge-probe.js', 'dist/src/cli.js', 'run-job', 'compliance.retention'], { env: { ...env, PURGE_PROBE_OUT: probeOut }, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const backendCpu = new Map<number, number>();
  const backendCpuAtStart = new Map<number, number>();
  let signalled = false;
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    if (!signalled && (await sampler.query(`select 1 from scheduled_job_runs where job_name = 'compliance.retention'`)).rowCount) {
      signalled = child.kill('SIGUSR2');
    }
    // The purge's own statements name retention_warnings or return storage keys; the pages' never do.
    const { rows } = await sampler.query<{ pid: number }>(`select pid from pg_stat_activity where pid <> pg_backend_pid() and (query like '%retention_warnings%' or query like '%returning storage_key%')`);
    for (const { pid } of rows) {
      const ms = processCpuMs(pid);
      if (ms === null) continue;
      if (!backendCpuAtStart.has(pid)) backendCpuAtStart.set(pid, ms);
      backendCpu.set(pid, Math.max(backendCpu.get(pid) ?? 0, ms));
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await sampler.end();
  const code = await exited;
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`run-job compliance.retention exited with ${code}`);
  const { rows } = await db.query<{ seconds: number; outcome: string }>(
    `select extract(epoch from finished_at - started_at)::float8 as seconds, outcome from scheduled_job_runs where job_name = 'compliance.retention' order by started_at desc limit 1`,
  );
  const probe = JSON.parse(readFileSync(probeOut, 'utf8')) as PurgeFigures['process'];
  return { seconds: rows[0]!.seconds, wallSeconds, outcome: rows[0]!.outcome, process: probe, backendCpuMs: [...backendCpu].reduce((sum, [pid, ms]) => sum + ms - backendCpuAtStart.get(pid)!, 0) };
}

/** User + system CPU of a process so far (Linux /proc; clock ticks of 10 ms), or null once it is gone. */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Resolves when the run record appears, i.e. when the purge itself (not the CLI's start-up) begins. */
async function waitForRunStart(db: pg.Client): Promise<void> {
  for (;;) {
    const { rowCount } = await db.query(`select 1 from scheduled_job_runs where job_name = 'compliance.retention'`);
    if (rowCount) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface PageFigures {
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

/**
 * Drives /healthz and the signed-in dashboard at once, from when `startWhen` resolves until `work`
 * finishes, and reads p50/p99 from autocannon's histogram.
 */
async function measurePages(origin: string, cookie: string, work: () => Promise<void>, startWhen: () => Promise<void> = async () => undefined): Promise<Record<'/healthz' | '/dashboard', PageFigures>> {
  const finished = work();
  await startWhen();
  const pages = ['/healthz', '/dashboard'] as const;
  const runs = pages.map((page) => {
    let instance: autocannon.Instance | undefined;
    const result = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon({ url: `${origin}${page}`, connections: CONNECTIONS, duration: 3600, headers: { cookie, accept: 'text/html' } }, (error, outcome) => (error ? reject(error) : resolve(outcome)));
    });
    return { instance: instance!, result };
  });
  try {
    await finished;
  } finally {
    for (const run of runs) run.instance.stop();
  }
  const results = await Promise.all(runs.map((run) => run.result));
  return Object.fromEntries(
    pages.map((page, i) => {
      const r = results[i]!;
      return [page, { p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.non2xx }];
    }),
  ) as Record<'/healthz' | '/dashboard', PageFigures>;
}
