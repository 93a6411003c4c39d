import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EMPLOYMENT_TYPES, POSTING_SENIORITIES, WORKPLACE_TYPES, type EmploymentType, type PostingSeniority, type WorkplaceType } from './job-posting.entity.js';
import { jobFit, type JobFit, type SeekerProfile } from './matching/job-fit.js';

export const POSTED_WITHIN_DAYS = [1, 7, 30] as const;
export const PAGE_SIZE = 20;
/**
 * How many matching postings are ranked by fit: the freshest this many text matches (or, without a
 * query, the freshest postings). Pages go through this pool; a narrower query or a filter reaches
 * further back. Bounded so a search costs the same at 100k and 1M postings (see bench/jobs.bench.ts).
 */
export const CANDIDATE_POOL = 200;
/**
 * Recency windows (days) a text search tries in turn before searching all postings, narrowest first:
 * common words fill the pool from the last few days, rare ones widen (see candidates()).
 */
export const RECENCY_WINDOWS_DAYS = [3, 14, 60, 365] as const;
/** Memory for a word search's bitmaps: an exact bitmap of a common word's postings at 1M postings (~220k heap pages) needs ~16 MB. */
const SEARCH_WORK_MEM = '32MB';

/** The windows a text search tries, in days: the narrower standard ones, then the widest (null: all time). */
export function recencyWindows(postedWithinDays: number | null): (number | null)[] {
  return [...RECENCY_WINDOWS_DAYS.filter((days) => postedWithinDays === null || days < postedWithinDays), postedWithinDays];
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

const likePattern = (value: string): string => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The statement reading one window's pool (exported for the bench, which prints its plan). The
 * words go in as a bound tsquery string, built only from letters and digits by searchTsQuery().
 */
export function candidatePoolSql(query: JobSearchQuery, tsQuery: string | null, withinDays: number | null): { sql: string; params: unknown[] } {
  const where = [`p.status = 'published'`];
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return '?';
  };
  // The rank comes first in the text, so its placeholder is pushed first. The query is written into
  // each condition (not read from a CTE) so the planner can estimate how many postings match it.
  const rank = tsQuery ? `ts_rank(p.search_vector, to_tsquery('simple', ${param(tsQuery)}))` : '0';
  if (tsQuery) where.push(`p.search_vector @@ to_tsquery('simple', ${param(tsQuery)})`);
  if (query.location.trim()) where.push(`exists (select 1 from unnest(p.locations) l where l ilike ${param(likePattern(query.location.trim()))})`);
  if (query.workplace && WORKPLACE_TYPES.includes(query.workplace)) where.push(`p.workplace = ${param(query.workplace)}`);
  if (query.seniority && POSTING_SENIORITIES.includes(query.seniority)) where.push(`p.seniority = ${param(query.seniority)}`);
  if (query.employmentType && EMPLOYMENT_TYPES.includes(query.employmentType)) where.push(`p.employment_type = ${param(query.employmentType)}`);
  if (query.salaryAtLeast !== null) where.push(`coalesce(p.salary_max, p.salary_min) >= ${param(query.salaryAtLeast)}`);
  if (withinDays !== null) where.push(`p.published_at >= now() - make_interval(days => ${param(withinDays)})`);
  // Saved-search alerts: only postings published after the search's high-water mark.
  if (query.publishedAfter) where.push(`date_trunc('milliseconds', p.published_at) > ${param(query.publishedAfter)}`);
  // The freshest matches first (only ids and dates go through that sort, so it stays narrow), then
  // the pool's rows are read and ranked: the cost does not grow with the table.
  // With words and a workplace, seniority or employment-type filter, the sort key is an expression no
  // index provides, so Postgres reads the window through bitmaps (the word index AND the window of each
  // filter's (filter, published_at) index) and visits only postings that match everything. Sorted by the
  // bare column, it may instead walk the date index and check each posting until 200 match (unpacking a
  // ~2 KB tsvector each): a gamble on its estimate of how many match, lost when words and filters go
  // together less often than it assumes (`engineer` + remote + senior: 25-29k buffers at 100k and 1M).
  // Without such a filter the planner keeps its choice: for a common word the walk finds 200 fresh
  // matches at once, where a bitmap visits every match in the window (`software engineer` at 1M:
  // 3.5k buffers walking, 32k through bitmaps; README).
  const filteredByIndex = [query.workplace, query.seniority, query.employmentType].some(Boolean);
  const freshestFirst = tsQuery && filteredByIndex ? `p.published_at + interval '0 seconds' desc` : 'p.published_at desc';
  const sql = `select p.id, p.title, p.company_id, c.name as company_name, p.locations, p.workplace, p.seniority, p.employment_type,
           p.salary_min, p.salary_max, p.salary_currency, p.language, p.required_skills, p.preferred_skills, p.published_at,
           ${rank}::float8 as rank
      from (select p.id from job_postings p
             where ${where.join(' and ')}
             order by ${freshestFirst}
             limit ${CANDIDATE_POOL}) pool
      join job_postings p on p.id = pool.id
      join companies c on c.id = p.company_id
     order by rank desc, p.published_at desc`;
  return { sql, params };
}

/** Published postings by text and filters, ranked by text relevance and by fit to the person. */
@Injectable()
export class JobSearchService {
  constructor(private readonly em: EntityManager) {}

  async search(query: JobSearchQuery, seeker: SeekerProfile | null, em: EntityManager = this.em): Promise<JobSearchResult> {
    const rows = await this.candidates(query, em);
    const maxRank = Math.max(...rows.map((r) => r.rank), 0);
    const scored = rows.map((row, order) => {
      const fit = seeker
        ? jobFit({ title: row.title, requiredSkills: row.required_skills, preferredSkills: row.preferred_skills, locations: row.locations, workplace: row.workplace, seniority: row.seniority }, seeker)
        : null;
      const relevance = maxRank > 0 ? row.rank / maxRank : 0;
      // Without a profile or a query the freshest come first (rows arrive newest first).
      const score = fit ? (query.text ? 0.6 * fit.score + 0.4 * relevance : fit.score) : query.text ? relevance : -order;
      return { row, fit, score, order };
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    const page = Math.max(1, query.page);
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

  /**
   * The freshest CANDIDATE_POOL matches. With words, they are looked for in recency windows of
   * growing width: a window holding a full pool holds exactly the freshest matches (every match outside
   * it is older than all inside), so the result is the same as searching everything, but Postgres
   * intersects the word index with a small date range instead of reading every match of a common word.
   */
  private async candidates(query: JobSearchQuery, em: EntityManager): Promise<Row[]> {
    const tsQuery = searchTsQuery(query.text);
    if (!tsQuery) return this.pool(query, null, query.postedWithinDays, em);
    const windows = recencyWindows(query.postedWithinDays);
    return em.transactional(async (tx) => {
      // The word index's bitmap covers the whole table; past a few hundred thousand postings it no
      // longer fits the default 4 MB and turns lossy, and then every posting of the window is checked
      // against the words again (unpacking each tsvector). SET LOCAL: this transaction only.
      await tx.getConnection().execute(`set local work_mem = '${SEARCH_WORK_MEM}'`, [], 'run', tx.getTransactionContext());
      for (const [i, days] of windows.entries()) {
        const rows = await this.pool(query, tsQuery, days, tx);
        if (rows.length >= CANDIDATE_POOL || i === windows.length - 1) return rows;
      }
      throw new Error('unreachable: the last window always returns');
    });
  }

  private pool(query: JobSearchQuery, tsQuery: string | null, withinDays: number | null, em: EntityManager): Promise<Row[]> {
    const { sql, params } = candidatePoolSql(query, tsQuery, withinDays);
    return em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());
  }
}
