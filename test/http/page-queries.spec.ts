import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startAnalysis, uploadDocument, waitForAnalysis } from '../helpers/analysis.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { statementsDuring } from '../helpers/statements.js';
import { useTestApp } from '../helpers/test-app.js';
import { PageDataCache } from '../../src/platform/web/page-data-cache.js';

// Issue #18: the pages a person opens most cost the same number of SQL statements however much they
// have done, and the analysis list, its chart and the dashboard's history read plain score columns:
// no report is loaded or decrypted to draw them.

const ctx = useTestApp();
const JOB = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');
const resume = (name: string) => Buffer.from(`${name}\n\nSkills\nTypeScript, PostgreSQL, Kubernetes\n\nExperience\nBackend engineer, 2019–2024\n- Cut p99 latency by 40 percent\n`);

const chartPoints = (html: string) => (html.match(/<circle /g) ?? []).length;

/** The body of one dashboard card, from its section to the next. */
function card(html: string, id: string): string {
  const start = html.indexOf(`id="card-${id}"`);
  expect(start, `card ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('page cost does not grow with a person’s history', () => {
  let agent: Agent;
  const documentIds: string[] = [];
  let analyses = 0;

  async function analyse(count: number): Promise<void> {
    const started: string[] = [];
    for (let i = 0; i < count; i++) {
      const documentId = documentIds[analyses % documentIds.length]!;
      // A different job text each time: the same request twice within seconds is one analysis.
      started.push(await startAnalysis(agent, documentId, `${JOB}\nAlso: run number ${analyses}.`));
      analyses++;
    }
    for (const id of started) await waitForAnalysis(agent, id, 90_000);
  }

  // The page's own reads, as after any write of the person's: without its cached view (PageDataCache).
  const statementsFor = async (path: string) => {
    ctx.t.app.get(PageDataCache).clear();
    return (await statementsDuring(() => agent.get(path).expect(200))).length;
  };

  it('sends as many statements for 2 analyses as for 5, on the analyses page and the dashboard', async () => {
    agent = await signIn(ctx.t.origin, { name: 'Bea Busy', email: 'bea@example.com' });
    documentIds.push(await uploadDocument(agent, 'bea-backend.txt', resume('Bea Busy')), await uploadDocument(agent, 'bea-platform.txt', resume('Bea B. Busy')));
    await analyse(2);
    // The first view warms what every page shares (the data key, the templates).
    await agent.get('/dashboard').expect(200);
    const few = { list: await statementsFor('/analyses'), dashboard: await statementsFor('/dashboard') };

    await analyse(3);
    const many = { list: await statementsFor('/analyses'), dashboard: await statementsFor('/dashboard') };

    expect(many).toEqual(few);
    // What a signed-in page pays before its own work (the session lookup, with consent and notices) plus a few reads.
    expect(few.list).toBeLessThanOrEqual(10);
    expect(few.dashboard).toBeLessThanOrEqual(14);
  }, 300_000);

  it('draws the analyses list, its chart and the dashboard’s history without any report or job text', async () => {
    const before = (await agent.get('/analyses').expect(200)).text;
    expect(chartPoints(before)).toBe(5);

    // Reports and job texts become unreadable: anything that still decrypted them would now fail.
    await ctx.db.query(`update analyses set report_ciphertext = decode(repeat('00', 64), 'hex'), job_text_ciphertext = decode(repeat('00', 64), 'hex')`);

    const list = (await agent.get('/analyses').expect(200)).text;
    expect(chartPoints(list)).toBe(5);
    expect(list).toContain('bea-backend.txt');
    expect(list).toContain('bea-platform.txt');

    const dashboard = (await agent.get('/dashboard').expect(200)).text;
    const quiet = 'This part of your dashboard could not be loaded just now.';
    expect(card(dashboard, 'score-history')).not.toContain(quiet);
    expect(chartPoints(card(dashboard, 'score-history'))).toBe(5);
    expect(card(dashboard, 'analyses')).not.toContain(quiet);
    // The step "run an analysis against a job" is known from the plain job title, not the job text.
    const analysisStep = [...dashboard.matchAll(/<li class="step([^"]*)">[\s\S]*?<a href="([^"]+)">/g)].find((m) => m[2] === '/analyses');
    expect(analysisStep?.[1]).toContain('step-done');
  });
});
