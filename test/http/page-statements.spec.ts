import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startAnalysis, uploadDocument, waitForAnalysis } from '../helpers/analysis.js';
import { startInterview } from '../helpers/interview.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { workDuring, type PageWork } from '../helpers/statements.js';
import { useTestApp } from '../helpers/test-app.js';
import { PageDataCache } from '../../src/platform/web/page-data-cache.js';
import { UserKeysService } from '../../src/platform/vault/user-keys.service.js';

// Issue #18, each page's own work: the pages a person opens most read what they show in a fixed
// number of statements, however many documents, analyses and interviews the person has, and build
// no ORM entity per listed row (lists read plain columns). A page that went back to a query per row
// (N+1) or to loading every row as an entity fails here. Counted on the real database through the pg
// client MikroORM uses (test/helpers/statements.ts), nothing stubbed.

const ctx = useTestApp();
const JOB = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');
const resume = (name: string) => Buffer.from(`${name}\n\nSkills\nTypeScript, PostgreSQL, Kubernetes\n\nExperience\nBackend engineer, 2019–2024\n- Cut p99 latency by 40 percent\n`);

/**
 * At most this many statements per page: what every signed-in page pays (1 today: the session lookup
 * also answers the consent and the page notices) plus the page's own reads — dashboard 3, documents 1,
 * report 2 with the access check, analyses 2, interviews 2 and the voice consent, job search 2 (the
 * account's goals, the newest résumé's profile; its restriction check comes with the notices) and one
 * per recency slice read, each carrying the search's settings — two on this empty board.
 */
const MOST_STATEMENTS = {
  // 1 of each page's is the shared session lookup (with the consent and notices). The dashboard, the
  // interviews page and job search read the account's goals (one statement) since the session lookup
  // stopped loading the account entity.
  dashboard: 5,
  documents: 2,
  report: 3,
  analyses: 3,
  interviews: 5,
  jobSearch: 5,
} as const;
type Page = keyof typeof MOST_STATEMENTS;

/** At most the account entity (the dashboard's goals card); the session lookup and the pages' lists build none. */
const MOST_ENTITIES = 2;

/**
 * A page seen again with nothing of the person's changed is drawn from its cached view
 * (PageDataCache): the shared session lookup only (consent and notices ride on it). Job search caches
 * only the person's side of fit ranking (test/http/job-search-statements.spec.ts).
 */
const CACHED_STATEMENTS = 1;
const CACHED_PAGES: readonly Page[] = ['dashboard', 'documents', 'report', 'analyses', 'interviews'];

describe('each page’s own work stays the same as a person’s history grows', () => {
  let agent: Agent;
  let uploads = 0;
  let analyses = 0;
  let latestAnalysisId = '';
  const documentIds: string[] = [];

  async function addHistory(documents: number, analysesToRun: number, interviews: number): Promise<void> {
    for (let i = 0; i < documents; i++) {
      const category = uploads % 3 === 2 ? 'cover_letter' : 'resume';
      documentIds.push(await uploadDocument(agent, `page-work-${uploads}.txt`, resume(`Pat Pages ${uploads}`), category));
      uploads++;
    }
    const started: string[] = [];
    for (let i = 0; i < analysesToRun; i++) {
      // A different job text each time: the same request twice within seconds is one analysis.
      started.push(await startAnalysis(agent, documentIds[analyses % documentIds.length]!, `${JOB}\nAlso: run number ${analyses}.`));
      analyses++;
    }
    for (const id of started) await waitForAnalysis(agent, id, 90_000);
    latestAnalysisId = started.at(-1) ?? latestAnalysisId;
    for (let i = 0; i < interviews; i++) await startInterview(agent, { role: `Backend engineer ${i}`, documentId: documentIds[0] });
  }

  async function measure(cached = false): Promise<Record<Page, PageWork>> {
    const paths: Record<Page, string> = {
      dashboard: '/dashboard',
      documents: '/documents',
      report: `/analyses/${latestAnalysisId}`,
      analyses: '/analyses',
      interviews: '/interviews',
      jobSearch: '/jobs?q=engineer',
    };
    const work = {} as Record<Page, PageWork>;
    const [{ id: userId }] = (await ctx.db.query<{ id: string }>(`select id from users where email = 'pat.pages@example.com'`)) as [{ id: string }];
    for (const page of Object.keys(paths) as Page[]) {
      // The first view warms what every page shares (the data key, the templates). The person's key and
      // cached views are dropped first so that the view loads them afresh: both live a minute, and on a
      // loaded machine one loaded earlier could expire between this view and the measured one.
      ctx.t.app.get(UserKeysService).forgetCached(userId);
      await agent.get(paths[page]).expect(200);
      // Without its cached view, as after any write of the person's: the page's own reads.
      if (!cached) ctx.t.app.get(PageDataCache).clear();
      work[page] = await workDuring(() => agent.get(paths[page]).expect(200));
    }
    return work;
  }

  it('sends as many statements and builds as few entities for a longer history, within each page’s bound', async () => {
    agent = await signIn(ctx.t.origin, { name: 'Pat Pages', email: 'pat.pages@example.com' });
    await addHistory(2, 2, 1);
    const few = await measure();
    await addHistory(3, 3, 2);
    const many = await measure();

    for (const page of Object.keys(MOST_STATEMENTS) as Page[]) {
      expect({ page, statements: many[page].statements.length, entities: many[page].entities }).toEqual({ page, statements: few[page].statements.length, entities: few[page].entities });
      expect(many[page].statements.length, `${page}: ${many[page].statements.join('\n')}`).toBeLessThanOrEqual(MOST_STATEMENTS[page]);
      expect(many[page].entities, page).toBeLessThanOrEqual(MOST_ENTITIES);
    }

    const again = await measure(true);
    for (const page of CACHED_PAGES) {
      expect({ page, statements: again[page].statements.length, entities: again[page].entities }).toEqual({ page, statements: CACHED_STATEMENTS, entities: 0 });
    }
  }, 300_000);
});
