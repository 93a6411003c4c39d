import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { rowsWithLocalSettings } from '../../platform/database/prepared-query.js';
import { EMPLOYMENT_TYPES, POSTING_SENIORITIES, WORKPLACE_TYPES, type EmploymentType, type PostingSeniority, type WorkplaceType } from './job-posting.entity.js';
import { jobFit, type JobFit, type SeekerProfile } from './matching/job-fit.js';
import { PostingPoolCache } from './posting-pool.cache.js';

export const POSTED_WITHIN_DAYS = [1, 7, 30] as const;
export const PAGE_SIZE = 20;
/**
 * How many matching postings are ranked by fit: the freshest this many text matches (or, without a
 * query, the freshest postings). Pages go through this pool; a narrower query or a filter reaches
 * further back. Bounded so a search costs the same at 100k and 1M postings (see bench/jobs.bench.ts).
 */
export const CANDIDATE_POOL = 200;
/** The newest days a word search reads first: a common word fills the pool from them. */
export const FIRST_WINDOW_DAYS = 3;
/** How much wider than the density found so far predicts the next slice reaches (matches come unevenly). */
const SLICE_MARGIN = 1.5;
/** Past this many days a search reads all time in one slice. */
const WIDEST_WINDOW_DAYS = 365;
/** Memory for a word search's bitmaps: an exact bitmap of a common word's postings at 1M postings (~220k heap pages) needs ~16 MB. */
export const SEARCH_WORK_MEM = '32MB';
/** The planner's cost of a random page read during a word search (see candidates()). */
export const SEARCH_RANDOM_PAGE_COST = 1.1;
/** The settings of a word search's transaction (see candidates()). */
export const SEARCH_SETTINGS = `set local work_mem = '${SEARCH_WORK_MEM}'; set local random_page_cost = ${SEARCH_RANDOM_PAGE_COST}`;

/**
 * A slice of the publication dates a search reads in one statement: postings published within
 * `withinDays` (null: ever) but not within `notWithinDays` (null: no lower bound), the part of a wider
 * window that the narrower one before it has read already.
 */
export interface RecencySlice {
  withinDays: number | null;
  notWithinDays: number | null;
}

/**
 * The next slice a word search reads, or null when the pool is full or every allowed date was read.
 * First the newest FIRST_WINDOW_DAYS; then a window as wide as the matches found so far predict for a
 * full pool (with a margin, at least twice as wide), minus what was read; past a year, all time. The
 * window is capped by "posted within". A window holding a full pool holds exactly the freshest matches,
 * so the result never depends on the prediction, only the work does: a miss costs one more slice.
 * `oldestDaysAgo` is the age of the oldest published posting when known (the first slice's statement
 * reads it): once the slices reach it, nothing older is left to read, and the search stops instead of
 * reading an empty all-time slice (a board younger than the prediction, such as the demo board, issue #18).
 */
export function nextRecencySlice(postedWithinDays: number | null, read: RecencySlice | null, found: number, oldestDaysAgo: number | null = null): RecencySlice | null {
  if (found >= CANDIDATE_POOL) return null;
  const cap = (days: number | null): number | null => (postedWithinDays !== null && (days === null || days >= postedWithinDays) ? postedWithinDays : days);
  if (!read) return { withinDays: cap(FIRST_WINDOW_DAYS), notWithinDays: null };
  if (read.withinDays === null || read.withinDays === postedWithinDays) return null;
  if (oldestDaysAgo !== null && read.withinDays >= oldestDaysAgo) return null;
  const predicted = found > 0 ? Math.max(2 * read.withinDays, Math.ceil(((read.withinDays * CANDIDATE_POOL) / found) * SLICE_MARGIN)) : null;
  return { withinDays: cap(predicted !== null && predicted <= WIDEST_WINDOW_DAYS ? predicted : null), notWithinDays: read.withinDays };
}

export interface JobSearchQuery {
  text: string;
  location: string;
  workplace: WorkplaceType | '';
  seniority: PostingSeniority | '';
  employmentType: EmploymentType | '';
  /** Only postings whose salary range reaches at least this. */
  salaryAtLeast: number | null;
  postedWithinDays: (typeof POSTED_WITHIN_DAYS)[number] | null;
  page: number;
  /** Only postings published strictly after this (saved-search alerts: their high-water mark; compared at
   *  millisecond precision, the precision of a JavaScript Date, so a mark taken from a posting excludes it). */
  publishedAfter?: Date;
}

export interface JobSearchHit {
  id: string;
  title: string;
  companyId: string;
  companyName: string;
  locations: string[];
  workplace: WorkplaceType;
  seniority: PostingSeniority;
  employmentType: EmploymentType;
  salary: { min: number | null; max: number | null; currency: string } | null;
  language: 'en' | 'ko';
  publishedAt: Date;
  /** Present when the search knew the person's profile. */
  fit: JobFit | null;
}

export interface JobSearchResult {
  hits: JobSearchHit[];
  page: number;
  hasNext: boolean;
  hasPrevious: boolean;
}

interface Row {
  id: string;
  title: string;
  company_id: string;
  company_name: string;
  locations: string[];
  workplace: WorkplaceType;
  seniority: PostingSeniority;
  employment_type: EmploymentType;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  language: 'en' | 'ko';
  required_skills: string[];
  preferred_skills: string[];
  published_at: Date;
  rank: number;
  /** Only in the first slice's rows (candidatePoolSql's `withOldest`). */
  oldest_published_at?: Date | null;
}

const HANGUL = /\p{Script=Hangul}/u;

/**
 * Words of the query as a tsquery in the 'simple' configuration. Words with Hangul match as prefixes:
 * Korean particles follow the word, so "백엔드 개발자" must find "개발자를". Other words match exactly
 * ("engineer" finds "engineer", not "engineering"): a prefix of a common Latin word expands to every
 * lexeme it starts, and Postgres then builds a bitmap of all their postings before it can intersect
 * them, which measured 2-10x slower (README). Only letters and digits reach the query text, so nothing
 * a person types can break its syntax.
 */
export function searchTsQuery(text: string): string | null {
  const terms = [...new Set(text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 8);
  return terms.length ? terms.map((term) => (HANGUL.test(term) ? `'${term}':*` : `'${term}'`)).join(' & ') : null;
}

/** Days since 2000-01-01 (UTC) of a moment: a posting's `day:` tag in job_search_facets() (migration JobsSearchFacets). */
export function facetDay(at: Date): number {
  return Math.floor(at.getTime() / 86_400_000) - Date.UTC(2000, 0, 1) / 86_400_000;
}

/**
 * A word search names the days of a slice at most this wide in the facets index (one tag a day), which
 * is every bounded slice (past a year a search reads all time). 31 was tried first: at 100k postings the
 * second slice is often 35-80 days wide, and without its days the index returned every match of the
 * words and filters over all time for the table to drop by date (3-5k buffers a slice; wave 7, README).
 */
export const DAY_TAGS_MAX = 365;

/**
 * The statement reading one recency slice's matches, at most `limit`, freshest first (exported for the
 * bench, which prints its plan). The words go in as a bound tsquery string, built only from letters and
 * digits by searchTsQuery(). `now` is the search's instant (the slices' bounds count their days back from
 * it, so the slices of one search meet exactly whichever statement reads them; null: the statement's
 * now()): from it a word search also names the slice's days in the facets index. With `withOldest`, each
 * row also carries the oldest published posting's publication time (`oldest_published_at`, one probe
 * of the end of the published postings' date index), which tells the search when its slices have reached
 * the end of the board (nextRecencySlice).
 */
export function candidatePoolSql(
  query: JobSearchQuery,
  tsQuery: string | null,
  slice: RecencySlice,
  limit: number = CANDIDATE_POOL,
  now: Date | null = null,
  withOldest = false,
): { sql: string; params: unknown[] } {
  const where = [`p.status = 'published'`];
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return '?';
  };
  // The rank comes first in the text, so its placeholder is pushed first. The slice's postings are read
  // once, with what ranking needs, in the one pass that finds them; only the at most `limit` kept then
  // have their tsvector unpacked for ts_rank (the sort carries it still toasted). The query is written
  // into each condition (not read from a CTE) so the planner can estimate how many postings match it.
  const rank = tsQuery ? `ts_rank(p.search_vector, to_tsquery('simple', ${param(tsQuery)}))` : '0';
  if (tsQuery) where.push(`p.search_vector @@ to_tsquery('simple', ${param(tsQuery)})`);
  const location = query.location.trim();
  const workplace = query.workplace && WORKPLACE_TYPES.includes(query.workplace) ? query.workplace : '';
  const seniority = query.seniority && POSTING_SENIORITIES.includes(query.seniority) ? query.seniority : '';
  const employmentType = query.employmentType && EMPLOYMENT_TYPES.includes(query.employmentType) ? query.employmentType : '';
  let dayTagged = false;
  if (tsQuery) {
    // A word search asks for its filters and the slice's days as tags of job_search_facets() (migration
    // JobsSearchFacets), which only the GIN index over (tsvector, tags) serves: Postgres intersects the
    // words, the filters and the days inside that index, skipping through long posting lists, and visits
    // only postings that match everything. Written as plain column tests, the planner read one filter's
    // btree (or the date index) and checked each posting's words on the table instead, unpacking a toasted
    // tsvector (~6 buffers) a posting, a cost it does not count: 7-130k buffers a search at 1M postings
    // when words and filters seldom meet (README). The location's keys are computed by the same SQL
    // function as the posting's, folded to a constant at planning.
    const facets = 'job_search_facets(p.workplace, p.seniority, p.employment_type, p.location_keys, p.published_at)';
    const tags = [workplace && `workplace:${workplace}`, seniority && `seniority:${seniority}`, employmentType && `type:${employmentType}`].filter(Boolean);
    const wanted = [...(tags.length ? [`array[${tags.map((tag) => param(tag)).join(', ')}]::text[]`] : []), ...(location ? [`job_location_keys(array[${param(location)}::text])`] : [])];
    if (wanted.length) where.push(`${facets} @> (${wanted.join(' || ')})`);
    // The slice's days (a superset: the exact bounds below still apply). The newest slice also names
    // tomorrow, for a posting stamped by an app server whose clock runs a little ahead of the database's.
    const days = now && slice.withinDays !== null && slice.withinDays - (slice.notWithinDays ?? 0) <= DAY_TAGS_MAX ? sliceDays(slice, now) : null;
    if (days) where.push(`${facets} && array[${days.map((day) => `'day:${day}'`).join(', ')}]::text[]`);
    dayTagged = days !== null;
  } else {
    // Without words the freshest postings of a filter are read from its (filter, published_at) btree.
    // The posting's normalised location keys (a generated column with a GIN index, see the JobsLocationKeys
    // migration) must hold every key of what was typed: "Seoul" finds "Seoul, KR" and "서울 강남구".
    if (location) where.push(`p.location_keys @> job_location_keys(array[${param(location)}::text])`);
    if (workplace) where.push(`p.workplace = ${param(workplace)}`);
    if (seniority) where.push(`p.seniority = ${param(seniority)}`);
    if (employmentType) where.push(`p.employment_type = ${param(employmentType)}`);
  }
  if (query.salaryAtLeast !== null) where.push(`coalesce(p.salary_max, p.salary_min) >= ${param(query.salaryAtLeast)}`);
  const instant = (): string => (now ? `${param(now.toISOString())}::timestamptz` : 'now()');
  const bounds = [
    ...(slice.withinDays !== null ? [`p.published_at >= ${instant()} - make_interval(days => ${param(slice.withinDays)})`] : []),
    ...(slice.notWithinDays !== null ? [`p.published_at < ${instant()} - make_interval(days => ${param(slice.notWithinDays)})`] : []),
  ];
  // With the days named, the planner would count the slice's narrowness twice (the day tags, then the
  // bounds: independent to it), expect a few dozen postings where thousands are, and read the date
  // index's range checking every posting's words (`software`, 3 days at 1M: 5.3k postings, 37k buffers,
  // where 130 were expected). Inside coalesce() the exact bounds are only checked on the postings the
  // index found, and estimated as a coin toss instead of a second time.
  if (bounds.length) where.push(dayTagged ? `coalesce(${bounds.join(' and ')}, false)` : bounds.join(' and '));
  // Saved-search alerts: only postings published after the search's high-water mark.
  if (query.publishedAfter) where.push(`date_trunc('milliseconds', p.published_at) > ${param(query.publishedAfter)}`);
  // A word search's pool is sorted by an expression no index provides, so Postgres reads the slice
  // through the facets index's bitmap and visits only postings that match everything. Sorted by the bare
  // column it may instead walk the date index and check each posting until enough match (unpacking a
  // ~2 KB tsvector each): a gamble on its estimate of how many match, lost whenever words (and filters)
  // go together less often than it assumes (`개발자`: 20k buffers for 3 days; `python` 7.4k; `engineer`
  // + London + hybrid + entry 44k; the all-time slice of two words that never meet, 4.6M). Before the
  // facets index a common word's bitmap covered the whole table, so the walk was kept where no filter
  // was given; with the slice's days in the index, the bitmap holds only the slice (README, wave 7).
  const freshestFirst = tsQuery ? `p.published_at + interval '0 seconds' desc` : 'p.published_at desc';
  const sql = `select p.id, p.title, p.company_id, c.name as company_name, p.locations, p.workplace, p.seniority, p.employment_type,
           p.salary_min, p.salary_max, p.salary_currency, p.language, p.required_skills, p.preferred_skills, p.published_at,
           ${rank}::float8 as rank${withOldest ? `, (select min(o.published_at) from job_postings o where o.status = 'published') as oldest_published_at` : ''}
      from (select p.id, p.title, p.company_id, p.locations, p.workplace, p.seniority, p.employment_type, p.salary_min, p.salary_max,
                   p.salary_currency, p.language, p.required_skills, p.preferred_skills, p.published_at${tsQuery ? ', p.search_vector' : ''}
              from job_postings p
             where ${where.join(' and ')}
             order by ${freshestFirst}
             limit ${Math.max(0, Math.floor(limit))}) p
      join companies c on c.id = p.company_id`;
  return { sql, params };
}

/** The `day:` tags a slice's postings can carry, oldest first (see candidatePoolSql). */
function sliceDays(slice: RecencySlice, now: Date): number[] {
  const daysAgo = (days: number): Date => new Date(now.getTime() - days * 86_400_000);
  const first = facetDay(daysAgo(slice.withinDays ?? 0));
  // `now` came through a JavaScript Date, cut to the millisecond: the database's is up to 1 ms later.
  const last = slice.notWithinDays === null ? facetDay(now) + 1 : facetDay(new Date(daysAgo(slice.notWithinDays).getTime() + 1));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * How many days before `now` a posting was published, counted a second older than it was: the driver
 * gives the time to the millisecond (PostgreSQL keeps microseconds), and erring older only costs a slice.
 */
function daysBefore(now: Date, publishedAt: Date): number {
  return (now.getTime() - publishedAt.getTime() + 1000) / 86_400_000;
}

/** Best text match first, then the freshest: the order fit ranking breaks its ties by. */
const byRankThenFreshness = (a: Row, b: Row): number => b.rank - a.rank || new Date(b.published_at).getTime() - new Date(a.published_at).getTime();

interface Scored {
  row: Row;
  fit: JobFit | null;
  score: number;
  order: number;
}

/** Stands for "no profile" in a pool's rankings (a WeakMap takes only objects as keys). */
const NO_SEEKER: SeekerProfile = Object.freeze({ skills: [], targetRoles: [], locations: [], workMode: 'any', seniority: 'unspecified' });

/**
 * A cached pool's rankings, per profile: the same pool ranked for the same profile object (cached per
 * data version by SeekerProfileService) is the same list, so the next page or the same search again
 * ranks nothing. Weak on both sides: a ranking goes when its pool or its profile does.
 */
const rankings = new WeakMap<readonly Row[], WeakMap<SeekerProfile, Scored[]>>();

/**
 * The pages of a ranked pool made so far: the same page of the same ranking is the same result, so a
 * view again builds no hits, and the page draws each hit's card once per language (the template's
 * `remembered`: the cards were half of what the page allocated, issue #18). Nobody changes a result
 * once made: the controller hands it to the template, which only reads it. Weak on the ranking.
 */
const resultPages = new WeakMap<readonly Scored[], Map<number, JobSearchResult>>();

/** A page of a ranked pool, made once (see resultPages). Only pages with hits are kept: the pool bounds them. */
function rememberedResultPage(scored: readonly Scored[], requested: number): JobSearchResult {
  const page = Math.max(1, requested);
  let pages = resultPages.get(scored);
  if (!pages) resultPages.set(scored, (pages = new Map()));
  let result = pages.get(page);
  if (!result) {
    result = resultPage(scored, page);
    if (result.hits.length) pages.set(page, result);
  }
  return result;
}

/** The pool ranked by fit (with a profile) and text relevance (with words), best first. */
function rank(rows: readonly Row[], withWords: boolean, seeker: SeekerProfile | null): Scored[] {
  const maxRank = Math.max(...rows.map((r) => r.rank), 0);
  const scored = rows.map((row, order) => {
    const fit = seeker
      ? jobFit({ title: row.title, requiredSkills: row.required_skills, preferredSkills: row.preferred_skills, locations: row.locations, workplace: row.workplace, seniority: row.seniority }, seeker)
      : null;
    const relevance = maxRank > 0 ? row.rank / maxRank : 0;
    // Without a profile or a query the freshest come first (rows arrive newest first).
    const score = fit ? (withWords ? 0.6 * fit.score + 0.4 * relevance : fit.score) : withWords ? relevance : -order;
    return { row, fit, score, order };
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order);
}

/** One page of a ranked pool. */
function resultPage(scored: readonly Scored[], requested: number): JobSearchResult {
  const page = Math.max(1, requested);
  const slice = scored.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    hits: slice.map(({ row, fit }) => ({
      id: row.id,
      title: row.title,
      companyId: row.company_id,
      companyName: row.company_name,
      locations: row.locations,
      workplace: row.workplace,
      seniority: row.seniority,
      employmentType: row.employment_type,
      salary: row.salary_min !== null || row.salary_max !== null ? { min: row.salary_min, max: row.salary_max, currency: row.salary_currency ?? '' } : null,
      language: row.language,
      publishedAt: new Date(row.published_at),
      fit,
    })),
    page,
    hasNext: scored.length > page * PAGE_SIZE,
    hasPrevious: page > 1,
  };
}

/** What decides a search's candidate pool (not the page, not the person): its key in PostingPoolCache. */
function poolKey(query: JobSearchQuery): string {
  return JSON.stringify([
    searchTsQuery(query.text),
    Boolean(query.text),
    query.location.trim(),
    query.workplace,
    query.seniority,
    query.employmentType,
    query.salaryAtLeast,
    query.postedWithinDays,
  ]);
}

/** Published postings by text and filters, ranked by text relevance and by fit to the person. */
@Injectable()
export class JobSearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly pools: PostingPoolCache,
  ) {}

  /** Exact: reads the board now (saved-search alerts, which must not miss a posting or send one twice). */
  async search(query: JobSearchQuery, seeker: SeekerProfile | null, em: EntityManager = this.em): Promise<JobSearchResult> {
    return resultPage(rank(await this.candidates(query, em), Boolean(query.text), seeker), query.page);
  }

  /**
   * The job search page: the same ranking as `search`, from a candidate pool of public posting data
   * that may be up to POSTING_POOL_TTL_MS old (changes made through this instance show at once).
   */
  async searchBoard(query: JobSearchQuery, seeker: SeekerProfile | null): Promise<JobSearchResult> {
    if (query.publishedAfter) return this.search(query, seeker);
    const rows = (await this.pools.pool(poolKey(query), () => this.candidates(query, this.em))) as readonly Row[];
    let byProfile = rankings.get(rows);
    if (!byProfile) rankings.set(rows, (byProfile = new WeakMap()));
    const profile = seeker ?? NO_SEEKER;
    let scored = byProfile.get(profile);
    if (!scored) byProfile.set(profile, (scored = rank(rows, Boolean(query.text), seeker)));
    return rememberedResultPage(scored, query.page);
  }

  /**
   * The freshest CANDIDATE_POOL matches, best text match first. With words, they are looked for in
   * recency windows of growing width (nextRecencySlice): a window holding a full pool holds exactly the
   * freshest matches (every match outside it is older than all inside), so the result is the same as
   * searching everything, but Postgres intersects the word index with a small date range instead of
   * reading every match of a common word. Each wider window reads only the dates the narrower ones have
   * not (a slice) and only as many postings as the pool still lacks, so no posting is read twice.
   */
  private async candidates(query: JobSearchQuery, em: EntityManager): Promise<Row[]> {
    const tsQuery = searchTsQuery(query.text);
    if (!tsQuery) return this.pool(query, null, { withinDays: query.postedWithinDays, notWithinDays: null }, CANDIDATE_POOL, em);
    // The word index's bitmap covers the whole table; past a few hundred thousand postings it no
    // longer fits the default 4 MB and turns lossy, and then every posting of the window is checked
    // against the words again (unpacking each tsvector). The search's pages are nearly always cached,
    // so a random page read costs about what a sequential one does (random_page_cost 1.1, the usual
    // setting for cached or SSD data, instead of the default 4 that models a spinning disk); the
    // default made a common word's slice build the word index's bitmap of every match (CPU heavy:
    // 62k postings for `software engineer` at 100k) where walking the date index stops after 200.
    // SET LOCAL, sent with each slice's statement in one message: that statement only, one round trip
    // (a transaction around the slices cost three more: begin, the settings, commit). The slices count
    // their days back from one instant, which also names their days in the facets index.
    const now = new Date();
    const found: Row[] = [];
    let oldestDaysAgo: number | null = null;
    for (let slice = nextRecencySlice(query.postedWithinDays, null, 0); slice; slice = nextRecencySlice(query.postedWithinDays, slice, found.length, oldestDaysAgo)) {
      const first = slice.notWithinDays === null;
      const { sql, params } = candidatePoolSql(query, tsQuery, slice, CANDIDATE_POOL - found.length, now, first);
      const rows = await rowsWithLocalSettings<Row>(em, SEARCH_SETTINGS, sql, params);
      if (first && rows[0]?.oldest_published_at) oldestDaysAgo = daysBefore(now, new Date(rows[0].oldest_published_at));
      found.push(...rows);
    }
    return found.sort(byRankThenFreshness);
  }

  private async pool(query: JobSearchQuery, tsQuery: string | null, slice: RecencySlice, limit: number, em: EntityManager, now: Date | null = null): Promise<Row[]> {
    const { sql, params } = candidatePoolSql(query, tsQuery, slice, limit, now);
    const rows = await em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());
    return rows.sort(byRankThenFreshness);
  }
}
