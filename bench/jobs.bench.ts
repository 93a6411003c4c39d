// Jobs bench (`npm run bench -- jobs`): synthetic postings made from the demo templates (real
// postings, see NOTICE) at 100k and 1M rows in a throwaway embedded Postgres; prints the ingest rate
// (rows/s, the stored tsvector and the rebuilt indexes included) and search + fit-ranking top-20 latency
// p50/p95 over a fixed set of queries, filters and profiles, through the app's own JobSearchService,
// then an EXPLAIN (ANALYZE, BUFFERS) summary of each text query's recency windows. Three query sets: the
// main one below (the tuning data: its plans and per-query figures were looked at while tuning, so its
// figures are in-sample), the probe set (bench/jobs-probe-set.ts, wave 6: many varied queries written
// before any of their plans was read, then tuned on, so in-sample too) and a held-back one
// (bench/jobs-held-back.ts, frozen before the wave-5 tuning; only its totals are printed). Work is printed beside the times, since milliseconds depend on the
// machine's load: buffers from EXPLAIN (which do not) and CPU per search (the Postgres backends' from
// /proc, and this process's), which moves far less with the load than wall-clock does. JOBS_BENCH_SIZES=100000 (comma list) picks the sizes.
import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/app-config.js';
import { ENTITIES } from '../src/app/entities.js';
import { migrateDatabase, openDatabase } from '../src/platform/database/database-runtime.js';
import { ormOptions } from '../src/platform/database/mikro-orm.config.js';
import { extractPostingSkills, JobSearchService, type JobSearchQuery, type SeekerProfile } from '../src/modules/jobs/index.js';
import { CANDIDATE_POOL, candidatePoolSql, nextRecencySlice, SEARCH_SETTINGS, searchTsQuery, type RecencySlice } from '../src/modules/jobs/job-search.service.js';
import { PostingPoolCache } from '../src/modules/jobs/posting-pool.cache.js';
import demo from '../src/modules/jobs/demo/demo-postings.json' with { type: 'json' };
import { HELD_BACK_PROFILES, HELD_BACK_QUERIES } from './jobs-held-back.js';
import { PROBE_PROFILES, PROBE_QUERIES } from './jobs-probe-set.js';

const SIZES = (process.env.JOBS_BENCH_SIZES ?? '100000,1000000').split(',').map(Number).filter((n) => n > 0);
const ROUNDS = 3;
const LOCATIONS = ['Seoul', 'Busan', 'Incheon', 'Daejeon', 'Redmond, WA', 'Berlin', 'London', 'Remote'];
const LEVELS = ['entry', 'junior', 'mid', 'senior', 'lead'];
const PLACES = ['remote', 'hybrid', 'on_site'];
const TYPES = ['full_time', 'full_time', 'full_time', 'contract', 'part_time', 'internship'];

const base: Omit<JobSearchQuery, 'text'> = { location: '', workplace: '', seniority: '', employmentType: '', salaryAtLeast: null, postedWithinDays: null, page: 1 };
const QUERIES: readonly JobSearchQuery[] = [
  { ...base, text: 'software engineer' },
  { ...base, text: 'data scientist machine learning' },
  { ...base, text: 'firmware' },
  { ...base, text: '백엔드 개발자' },
  { ...base, text: '' },
  { ...base, text: 'engineer', workplace: 'remote', seniority: 'senior' },
  { ...base, text: 'cloud', location: 'Seoul', postedWithinDays: 30 },
  { ...base, text: '', employmentType: 'contract', salaryAtLeast: 50_000_000 },
  { ...base, text: 'azure kubernetes' },
  { ...base, text: 'product manager', page: 3 },
];
const PROFILES: readonly (SeekerProfile | null)[] = [
  null,
  { skills: ['Python', 'Machine learning', 'SQL', 'Statistics'], targetRoles: ['Data scientist'], locations: ['Seoul'], workMode: 'hybrid', seniority: 'senior' },
  { skills: ['C++', 'C#', 'Azure', 'Java', 'TypeScript'], targetRoles: ['Software engineer'], locations: [], workMode: 'any', seniority: 'mid' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export default async function jobsBench(): Promise<void> {
  // JOBS_BENCH_DATA_DIR keeps the database between runs (a 1M ingest takes 10+ minutes): postings already
  // there are reused, and only the difference to each size is ingested.
  const keptDir = process.env.JOBS_BENCH_DATA_DIR;
  if (keptDir) mkdirSync(keptDir, { recursive: true });
  const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'candor-jobs-bench-'));
  chmodSync(dataDir, 0o755); // the embedded server runs as its own user when we are root
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    MASTER_KEY: randomBytes(32).toString('base64'),
    EMBEDDED_PG_PORT: String(55_000 + (process.pid % 1000)),
  });
  const db = await openDatabase(config);
  try {
    await migrateDatabase(db.url);
    const orm = await MikroORM.init(ormOptions({ url: db.url, ssl: 'off', entities: ENTITIES }));
    try {
      const conn = orm.em.getConnection();
      const [{ kept }] = await conn.execute<[{ kept: boolean }]>(`select to_regclass('bench_templates') is not null as kept`);
      if (!kept) await loadTemplates(orm);
      let [{ loaded }] = await conn.execute<[{ loaded: number }]>(`select count(*)::int as loaded from job_postings`);
      for (const size of SIZES) {
        if (size < loaded) throw new Error(`The kept database holds ${loaded} postings, more than ${size}: use another JOBS_BENCH_DATA_DIR`);
        if (size > loaded) {
          const started = performance.now();
          await ingest(orm, loaded, size - loaded);
          const seconds = (performance.now() - started) / 1000;
          await conn.execute('vacuum analyze job_postings');
          console.log(`\n${size.toLocaleString('en')} postings: ingested ${(size - loaded).toLocaleString('en')} in ${seconds.toFixed(1)} s = ${Math.round((size - loaded) / seconds).toLocaleString('en')} rows/s (tsvector + GIN included)`);
        } else {
          console.log(`\n${size.toLocaleString('en')} postings: reused from ${dataDir}`);
        }
        loaded = size;
        const load = loadavg()[0]!;
        const tuning = await measure(orm, QUERIES, PROFILES);
        const probe = await measure(orm, PROBE_QUERIES, PROBE_PROFILES);
        const heldBack = await measure(orm, HELD_BACK_QUERIES, HELD_BACK_PROFILES);
        const tuningWork = await explainWindows(orm, QUERIES, 'tuning set');
        const probeWork = await explainWindows(orm, PROBE_QUERIES, 'probe set');
        const heldBackWork = await explainWindows(orm, HELD_BACK_QUERIES, null);
        printSideBySide(
          [
            { name: 'tuning (in-sample)', timings: tuning, work: tuningWork, perQuery: true },
            { name: 'probe (in-sample)', timings: probe, work: probeWork, perQuery: true },
            { name: 'held back', timings: heldBack, work: heldBackWork, perQuery: false },
          ],
          [load, loadavg()[0]!],
        );
      }
    } finally {
      await orm.close(true);
    }
  } finally {
    await db.stop();
    if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The demo postings as templates, their skills read once by the job-skills engine. */
export async function loadTemplates(orm: MikroORM): Promise<void> {
  const conn = orm.em.getConnection();
  await conn.execute(`insert into companies (id, name, locations, description, created_at, updated_at) values (gen_random_uuid(), 'Bench Co', '{}', '', now(), now())`);
  await conn.execute('create unlogged table bench_templates (idx int primary key, title text, description text, language text, required text[], preferred text[])');
  const templates = demo.companies.flatMap((c) => c.postings);
  for (const [idx, t] of templates.entries()) {
    const skills = extractPostingSkills(t.description);
    // Shorter than the demo (first 1,200 characters): a realistic listing body, and a 1M table that fits this machine.
    await conn.execute('insert into bench_templates values (?, ?, ?, ?, array(select json_array_elements_text(?::json)), array(select json_array_elements_text(?::json)))', [idx, t.title, t.description.slice(0, 1200), t.language, JSON.stringify(skills.requiredSkills), JSON.stringify(skills.preferredSkills)]);
  }
}

/** A constant list of ours as an SQL array literal (the driver would spread a bound array into a list). */
const sqlArray = (values: readonly string[]): string => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;

/** The search indexes, as the Jobs migrations leave them (dropped for a bulk load, then rebuilt). */
const SEARCH_INDEXES = [
  `create index "job_postings_published_index" on "job_postings" ("published_at" desc) where "status" = 'published'`,
  `create index "job_postings_workplace_published_index" on "job_postings" ("workplace", "published_at" desc) where "status" = 'published'`,
  `create index "job_postings_seniority_published_index" on "job_postings" ("seniority", "published_at" desc) where "status" = 'published'`,
  `create index "job_postings_employment_type_published_index" on "job_postings" ("employment_type", "published_at" desc) where "status" = 'published'`,
  `create index "job_postings_location_keys_index" on "job_postings" using gin ("location_keys") where "status" = 'published'`,
  `create index "job_postings_search_facets_index" on "job_postings" using gin ("search_vector", job_search_facets("workplace", "seniority", "employment_type", "location_keys", "published_at")) where "status" = 'published'`,
];

/**
 * A bulk load as a restore would do it: the search indexes dropped, rows generated in Postgres from the
 * templates in batches of 50k (one multi-row statement each, the tsvector computed by the generated
 * column), then the indexes rebuilt in one pass. One transaction, without waiting on each commit's flush.
 */
export async function ingest(orm: MikroORM, from: number, count: number): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    const conn = em.getConnection();
    const tx = em.getTransactionContext();
    const run = (sql: string, params: unknown[] = []) => conn.execute(sql, params, 'all', tx);
    await run('set local synchronous_commit = off');
    await run(`set local maintenance_work_mem = '512MB'`);
    for (const sql of SEARCH_INDEXES) await run(`drop index ${/create index ("\w+")/.exec(sql)![1]!}`);
    const [{ n }] = (await run('select count(*)::int as n from bench_templates')) as [{ n: number }];
    for (let start = from; start < from + count; start += 50_000) {
      const end = Math.min(from + count, start + 50_000);
      await run(
      `insert into job_postings (id, company_id, title, locations, workplace, seniority, employment_type, salary_min, salary_max, salary_currency, description, description_format, language, required_skills, preferred_skills, keywords, skill_terms, status, published_at, created_at, updated_at)
       select gen_random_uuid(), (select id from companies limit 1),
              t.title || case when g % 4 = 0 then ' (' || (array['Platform','Payments','Cloud','Devices'])[1 + g % 4] || ')' else '' end,
              array[(${sqlArray(LOCATIONS)})[1 + g % ${LOCATIONS.length}]], (${sqlArray(PLACES)})[1 + g % 3], (${sqlArray(LEVELS)})[1 + (g / 3) % 5], (${sqlArray(TYPES)})[1 + g % 6],
              case when g % 3 = 0 then 40000000 + (g % 50) * 1000000 end, case when g % 3 = 0 then 60000000 + (g % 50) * 1000000 end, case when g % 3 = 0 then 'KRW' end,
              t.description, 'plain', t.language, t.required, t.preferred, '{}', array_to_string(t.required || t.preferred, ' '), 'published',
              now() - make_interval(mins => ((g::bigint * 7919) % 525600)::int), now(), now()
         from generate_series(?::int, ?::int) g join bench_templates t on t.idx = g % ?`,
        [start, end - 1, n],
      );
    }
    for (const sql of SEARCH_INDEXES) await run(sql);
  });
}

interface Timings {
  times: number[];
  perQuery: Map<string, number[]>;
  /** CPU per search, ms: this process (the service, driver and fit ranking) and the Postgres backends. */
  cpu: { node: number; postgres: number };
  perQueryPostgresCpu: Map<string, number>;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) the database's client backends have used so far, read from /proc (the embedded server
 * runs on this machine). Work, not wall-clock: it barely moves with the other load on the machine.
 * Ticks are 10 ms, so it is only meaningful summed over many searches.
 */
function backendCpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

async function clientBackends(orm: MikroORM): Promise<number[]> {
  const rows = await orm.em.getConnection().execute<{ pid: number }[]>(`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`);
  return rows.map((r) => r.pid);
}

/** Search + fit ranking of every query × profile, ROUNDS times, after one uncounted warm-up pass. */
export async function measure(orm: MikroORM, queries: readonly JobSearchQuery[], profiles: readonly (SeekerProfile | null)[]): Promise<Timings> {
  const search = new JobSearchService(orm.em, new PostingPoolCache());
  for (const q of queries) await search.search(q, profiles[0] ?? null, orm.em.fork());
  // The pool's connections, opened by the warm-up; read before and after each search (no query: that would cost backend CPU too).
  const pids = await clientBackends(orm);
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  const perQueryPostgresCpu = new Map<string, number>();
  const nodeBefore = process.cpuUsage();
  let postgresCpu = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      for (const profile of profiles) {
        const cpuBefore = backendCpuMs(pids);
        const started = performance.now();
        const result = await search.search(q, profile, orm.em.fork());
        const ms = performance.now() - started;
        const cpu = backendCpuMs(pids) - cpuBefore;
        postgresCpu += cpu;
        if (result.hits.length === 0 && q.text === '' && !q.location && !q.seniority) throw new Error('A search without words found nothing: the bench data is wrong');
        times.push(ms);
        const label = queryLabel(q);
        perQuery.set(label, [...(perQuery.get(label) ?? []), ms]);
        perQueryPostgresCpu.set(label, (perQueryPostgresCpu.get(label) ?? 0) + cpu);
      }
    }
  }
  const nodeCpu = process.cpuUsage(nodeBefore);
  times.sort((a, b) => a - b);
  const searches = times.length;
  for (const [label, total] of perQueryPostgresCpu) perQueryPostgresCpu.set(label, total / perQuery.get(label)!.length);
  return { times, perQuery, cpu: { node: (nodeCpu.user + nodeCpu.system) / 1000 / searches, postgres: postgresCpu / searches }, perQueryPostgresCpu };
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** A query's words and every filter it sets, e.g. `engineer @Seoul remote senior ≤30d p2`. */
export function queryLabel(q: JobSearchQuery): string {
  const filters = [
    q.location && `@${q.location}`,
    q.workplace,
    q.seniority,
    q.employmentType,
    q.salaryAtLeast !== null && `≥${q.salaryAtLeast / 1_000_000}M`,
    q.postedWithinDays !== null && `≤${q.postedWithinDays}d`,
    q.page > 1 && `p${q.page}`,
  ].filter(Boolean);
  return [q.text || '(no words)', ...filters].join(' ');
}

interface QuerySetFigures {
  name: string;
  timings: Timings;
  /** Buffers each query read over its slices (EXPLAIN). */
  work: number[];
  /** Print per-query lines (never for the held-back set). */
  perQuery: boolean;
}

/** The sets' figures side by side; per-query lines only for the sets that may be read per query. */
function printSideBySide(sets: QuerySetFigures[], load: [number, number]): void {
  const mean = (list: number[]): number => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
  const column = ({ timings: t, work }: QuerySetFigures) => [
    `${t.times.length}`,
    ms(percentile(t.times, 50)),
    ms(percentile(t.times, 95)),
    ms(t.times.at(-1)!),
    ms(t.cpu.postgres),
    ms(t.cpu.node),
    `${Math.round(mean(work)).toLocaleString('en')}`,
    `${Math.max(...work).toLocaleString('en')}`,
  ];
  const rows = ['searches', 'p50', 'p95', 'max', 'Postgres CPU per search', 'bench process CPU / search', 'buffers per query, mean', 'buffers per query, max'];
  const columns = sets.map(column);
  console.log(`search + fit ranking, top 20 (load average ${load[0].toFixed(1)} → ${load[1].toFixed(1)}; buffers: EXPLAIN (ANALYZE, BUFFERS) over the windows each query tries)`);
  console.log(`  ${''.padEnd(26)} ${sets.map((set) => set.name.padStart(20)).join(' ')}`);
  for (const [i, label] of rows.entries()) console.log(`  ${label.padEnd(26)} ${columns.map((c) => c[i]!.padStart(20)).join(' ')}`);
  for (const set of sets.filter((s) => s.perQuery)) {
    console.log(`${set.name}, per query:`);
    for (const [label, list] of set.timings.perQuery) {
      list.sort((x, y) => x - y);
      console.log(`  ${label.padEnd(40)} p50 ${percentile(list, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(list, 95).toFixed(1).padStart(7)} ms   Postgres CPU ${set.timings.perQueryPostgresCpu.get(label)!.toFixed(1).padStart(5)} ms`);
    }
  }
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Lossy Heap Blocks'?: number;
  Plans?: PlanNode[];
}

/** The scans of a plan, outermost first, e.g. "Index Scan job_postings_published_index". */
function scans(node: PlanNode, into: string[] = []): string[] {
  if (node['Index Name'] || node['Node Type'].includes('Heap Scan')) into.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim());
  for (const child of node.Plans ?? []) scans(child, into);
  return [...new Set(into)];
}

/** Heap blocks a bitmap held only as "somewhere on this page" (work_mem too small): every posting on them is rechecked. */
function lossyBlocks(node: PlanNode): number {
  return (node['Lossy Heap Blocks'] ?? 0) + (node.Plans ?? []).reduce((sum, child) => sum + lossyBlocks(child), 0);
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each recency slice a query reads, as the service reads them (one
 * statement without words). Returns the buffers each query read over its slices; prints one line per
 * slice under the heading `print` when given (never for the held-back set).
 */
export async function explainWindows(orm: MikroORM, queries: readonly JobSearchQuery[], print: string | null): Promise<number[]> {
  if (print) console.log(`${print}, plans (each recency slice until the pool is full):`);
  const work: number[] = [];
  for (const q of queries) {
    const tsQuery = searchTsQuery(q.text);
    let buffers = 0;
    let found = 0;
    const next = (read: RecencySlice | null): RecencySlice | null => (tsQuery ? nextRecencySlice(q.postedWithinDays, read, found) : read ? null : { withinDays: q.postedWithinDays, notWithinDays: null });
    for (let slice = next(null); slice; slice = next(slice)) {
      const [row] = await orm.em.fork().transactional(async (em) => {
        const conn = em.getConnection();
        // The settings the service makes for a word search, and the transaction's now() it names the slice's days from.
        if (tsQuery) await conn.execute(SEARCH_SETTINGS, [], 'run', em.getTransactionContext());
        const [{ now }] = await conn.execute<[{ now: Date }]>('select now() as now', [], 'all', em.getTransactionContext());
        const { sql, params } = candidatePoolSql(q, tsQuery, slice, CANDIDATE_POOL - found, tsQuery ? new Date(now) : null);
        return conn.execute<{ 'QUERY PLAN': [{ Plan: PlanNode & { 'Shared Hit Blocks': number; 'Shared Read Blocks': number }; 'Execution Time': number }] }[]>(`explain (analyze, buffers, format json) ${sql}`, params, 'all', em.getTransactionContext());
      });
      const [{ Plan: plan, 'Execution Time': time }] = row!['QUERY PLAN'];
      const rows = plan['Actual Rows'] ?? 0;
      found += rows;
      const read = plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
      buffers += read;
      const label = queryLabel(q);
      const days = `${slice.notWithinDays ?? 0}-${slice.withinDays ?? '∞'} d`;
      if (print) console.log(`  ${label.padEnd(48)} ${days.padEnd(9)} ${String(rows).padStart(4)} rows ${time.toFixed(1).padStart(7)} ms ${String(read).padStart(7)} buffers ${String(lossyBlocks(plan)).padStart(5)} lossy  ${scans(plan).join(' + ')}`);
    }
    work.push(buffers);
  }
  return work;
}
