import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisService } from '../../src/modules/analysis/analysis.service.js';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { binary, csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');
let owner: Agent;
let documentId: string;

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Alex Morgan', email: 'alex@example.com' });
  documentId = await uploadFixture(owner, 'alex-morgan.single-column.pdf');
});

describe('analysis runs as a queued job and explains itself', () => {
  let analysisId: string;

  it('shows progress first, then the report (polled like htmx does)', async () => {
    analysisId = await startAnalysis(owner, documentId, job);
    const first = await owner.get(`/analyses/${analysisId}`).set('HX-Request', 'true').expect(200);
    if (first.text.includes('id="analysis-progress"')) {
      expect(first.text).toContain('hx-trigger="every 1s"');
      expect(first.text).not.toContain('<html');
    }
    const page = await waitForAnalysis(owner, analysisId);
    expect(page).toMatch(/<p class="big-score"><strong>\d{1,3}<\/strong>/);
    expect(page).toContain('How the score is calculated');
    expect(page).toContain('Job match — 40%');
    expect(page).toContain('Required — missing');
    expect(page).toContain('Skills we found');
    expect(page).toContain('The text an ATS would read');
  });

  it('says when a job text gives nothing to match, and leaves the match out of the score', async () => {
    const page = await waitForAnalysis(owner, await startAnalysis(owner, documentId, 'Join our friendly team! Great benefits and flexible hours.'));
    expect(page).toContain('lists no skills or requirements we could read');
    expect(page).not.toContain('Job match — 40%');
    expect(page).not.toContain('Nothing missing');
  });

  it('warns about tables in the ATS check from the layout stored at upload', async () => {
    const tableDocument = await uploadFixture(owner, 'daniel-okafor.table.docx');
    const [row] = await ctx.db.query<{ table_count: number }>(`select table_count from documents where id = $1`, [tableDocument]);
    expect(row!.table_count).toBe(2);
    const page = await waitForAnalysis(owner, await startAnalysis(owner, tableDocument));
    expect(page).toContain('2 table(s) found; some ATS drop or scramble table cells.');
    const plain = await waitForAnalysis(owner, await startAnalysis(owner, documentId));
    expect(plain).toContain('No tables.');
  });

  it('stores scores as numbers for the chart and the report encrypted', async () => {
    const [row] = await ctx.db.query<{ status: string; score: number; sub_scores: Record<string, number>; report_ciphertext: Buffer }>(
      `select status, score, sub_scores, report_ciphertext from analyses where id = $1`,
      [analysisId],
    );
    expect(row!.status).toBe('done');
    expect(row!.score).toBeGreaterThan(0);
    expect(Object.keys(row!.sub_scores).sort()).toEqual(['ats', 'content', 'match', 'structure']);
    expect(row!.report_ciphertext.includes(Buffer.from('Brightwave'))).toBe(false);
  });

  it('returns the first analysis on a double submit', async () => {
    const token = csrfFrom((await owner.get(`/documents/${documentId}`).expect(200)).text);
    const submits = await Promise.all(
      Array.from({ length: 5 }, () => owner.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job: 'Go developer' })),
    );
    expect(submits.map((r) => r.status)).toEqual([303, 303, 303, 303, 303]);
    const rows = await ctx.db.query(`select id from analyses where job_title = 'Go developer'`);
    expect(rows).toHaveLength(1);
    expect(new Set(submits.map((r) => r.headers.location)).size).toBe(1);
  });

  it('serialises racing requests for the same run: exactly one is created', async () => {
    const service = ctx.t.app.get(AnalysisService);
    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'alex@example.com'`);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => RequestContext.create(ctx.t.app.get(MikroORM).em, () => service.request(user!.id, documentId, 'Rust developer'))),
    );
    expect(new Set(results.map((a) => a.id)).size).toBe(1);
    expect(await ctx.db.query(`select id from analyses where job_title = 'Rust developer'`)).toHaveLength(1);
  });

  it('charts score history on the dashboard and the analyses page (SVG, no JavaScript needed)', async () => {
    await waitForAnalysis(owner, await startAnalysis(owner, documentId));
    for (const path of ['/dashboard', '/analyses']) {
      const page = await owner.get(path).expect(200);
      expect(page.text).toContain('<svg viewBox="0 0 640 240" role="img"');
      expect(page.text).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="4"/);
    }
    const dashboard = await owner.get('/dashboard').expect(200);
    expect(dashboard.text).toContain('What to do next');
  });

  it('only the owner can see or touch an analysis (D2)', async () => {
    const intruder = await signIn(ctx.t.origin, { name: 'Mallory', email: 'mallory@example.com' });
    const token = csrfFrom((await intruder.get('/settings/delete').expect(200)).text);
    await intruder.get(`/analyses/${analysisId}`).set('Accept', 'text/html').expect(404);
    await intruder.post(`/analyses/${analysisId}/retry`).type('form').send({ _csrf: token }).set('Accept', 'text/html').expect(404);
    await intruder.post(`/analyses/${analysisId}/delete`).type('form').send({ _csrf: token }).set('Accept', 'text/html').expect(404);
    await intruder.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job: 'x' }).set('Accept', 'text/html').expect(404);
    expect((await intruder.get('/analyses').expect(200)).text).not.toContain(analysisId);
  });

  it('takes part in export', async () => {
    const zip = await owner.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    const analyses = JSON.parse(strFromU8(files['analyses/analyses.json']!)) as { id: string; report: { score: number } | null; jobDescription: string | null }[];
    const exported = analyses.find((a) => a.id === analysisId)!;
    expect(exported.report!.score).toBeGreaterThan(0);
    expect(exported.jobDescription).toContain(job.split('\n')[0]!.trim());
  });
});

describe('failures', () => {
  it('marks an analysis failed after its attempts and offers a retry that works', async () => {
    const service = ctx.t.app.get(AnalysisService);
    const analysisId = await startAnalysis(owner, documentId);
    await waitForAnalysis(owner, analysisId);
    // Simulate a run whose document text can no longer be decrypted, three times.
    await ctx.db.query(`update analyses set status = 'queued', attempts = 2 where id = $1`, [analysisId]);
    const text = await ctx.db.query<{ text_ciphertext: Buffer }>(`select text_ciphertext from documents where id = $1`, [documentId]);
    await ctx.db.query(`update documents set text_ciphertext = $2 where id = $1`, [documentId, Buffer.from('garbage')]);
    await RequestContext.create(ctx.t.app.get(MikroORM).em, () => service.run(analysisId));
    const page = await owner.get(`/analyses/${analysisId}`).expect(200);
    expect(page.text).toContain('The analysis could not be completed. Your document is safe; please try again.');
    await ctx.db.query(`update documents set text_ciphertext = $2 where id = $1`, [documentId, text[0]!.text_ciphertext]);
    const token = csrfFrom(page.text);
    await owner.post(`/analyses/${analysisId}/retry`).type('form').send({ _csrf: token }).expect(303);
    expect(await waitForAnalysis(owner, analysisId)).toContain('big-score');
  });
});
