import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalysis, uploadDocument, waitForAnalysis } from '../helpers/analysis.js';
import { FakeGeminiServer, modelAnswer, promptOf } from '../helpers/fake-gemini-server.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../helpers/test-app.js';

/** PII planted in the resume; none of it may leave the process (D4). */
const PLANTED = {
  rrn: '900101-1234568',
  phone: '010-9876-5432',
  email: 'hidden.person@example.org',
  card: '4111 1111 1111 1111',
  iban: 'DE89 3704 0044 0532 0130 00',
};
const RESUME = [
  'Hidden Person',
  `${PLANTED.email} | ${PLANTED.phone}`,
  '',
  'SUMMARY',
  `Payments engineer. Resident registration number ${PLANTED.rrn}. Corporate card ${PLANTED.card}, salary to IBAN ${PLANTED.iban}.`,
  '',
  'EXPERIENCE',
  'Software Engineer, Brightwave Payments, 2019 - 2023',
  '- responsible for the payments API',
  '- worked on reconciliation jobs',
  '',
  'SKILLS',
  'TypeScript, PostgreSQL, Kubernetes',
].join('\n');

const gemini = new FakeGeminiServer();
let db: TestDatabase;
let t: TestApp;
let agent: Agent;
let documentId: string;
const IMPROVED = 'Led the payments API redesign, cutting failed charges by [X%]';

beforeAll(async () => {
  const url = await gemini.start();
  db = await createTestDatabase();
  t = await startTestApp(db.url, { AI_PROVIDER: 'gemini', GEMINI_API_KEY: gemini.apiKey, GEMINI_BASE_URL: url, AI_TIMEOUT_MS: '1500' });
  agent = await signIn(t.origin, { name: 'Hidden Person', email: 'hidden.account@example.com' });
  documentId = await uploadDocument(agent, 'resume.txt', Buffer.from(RESUME));
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
  await gemini.stop();
});

/** Answers like the model would, improving every suggestion id it was sent, echoing a placeholder. */
function improveAll(): void {
  gemini.respond((request) => {
    const ids = [...promptOf(request).matchAll(/^id: (.+)$/gm)].map((m) => m[1]!);
    const placeholder = /\[PHONE_\d+\]/.exec(promptOf(request))?.[0] ?? '';
    return modelAnswer(JSON.stringify({ suggestions: ids.map((id) => ({ id, after: `${IMPROVED} ${placeholder}`.trim(), why: 'Shows impact.' })) }));
  });
}

function allText(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allText(path) : [path];
  });
}

describe('analysis with an external model', () => {
  let analysisId: string;

  it('sends no planted PII and no user identifiers (D4, D5), and uses the improved wording', async () => {
    improveAll();
    analysisId = await startAnalysis(agent, documentId, 'Backend engineer. Required: TypeScript, Kubernetes, Go.');
    const page = await waitForAnalysis(agent, analysisId);
    expect(gemini.requests.length).toBeGreaterThan(0);
    const [user] = await db.query<{ id: string }>(`select id from users where email = 'hidden.account@example.com'`);
    for (const request of gemini.requests) {
      const outbound = `${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`;
      for (const value of Object.values(PLANTED)) {
        expect(outbound).not.toContain(value);
        expect(outbound).not.toContain(value.replace(/[\s-]/g, ''));
      }
      expect(outbound).not.toContain(user!.id);
      expect(outbound).not.toContain('hidden.account@example.com');
      // The résumé's name and contact lines never leave: the model gets the work, not the person.
      expect(outbound).not.toContain('Hidden Person');
      expect(outbound).not.toContain(documentId);
      expect(outbound).not.toContain(analysisId);
    }
    expect(page).toContain(IMPROVED);
    expect(page).not.toContain('The AI service');
  });

  it('stores no prompt or raw model answer in any table, log line or file (D3)', async () => {
    const prompt = promptOf(gemini.requests[0]!);
    const instruction = 'For each suggestion part, write an improved replacement for the resume.';
    expect(prompt).toContain(instruction);
    const columns = await db.query<{ table_schema: string; table_name: string; column_name: string }>(
      `select table_schema, table_name, column_name from information_schema.columns
        where table_schema in ('public', 'pgboss') and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    for (const c of columns) {
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from "${c.table_schema}"."${c.table_name}" where "${c.column_name}"::text like '%' || $1 || '%' or "${c.column_name}"::text like '%' || $2 || '%'`,
        [instruction, 'Shows impact.'],
      );
      expect(row!.n, `${c.table_schema}.${c.table_name}.${c.column_name}`).toBe(0);
    }
    expect(t.logs.text).not.toContain(instruction);
    expect(t.logs.text).not.toContain(IMPROVED);
    expect(t.logs.text).not.toContain('Brightwave');
    for (const file of allText(t.config.dataDir)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(instruction))).toBe(false);
      expect(bytes.includes(Buffer.from(IMPROVED))).toBe(false);
    }
  });

  it('falls back to the embedded engine with a visible note when the model times out', async () => {
    gemini.respond(() => ({ ...modelAnswer('{}'), delayMs: 5_000 }));
    const id = await startAnalysis(agent, documentId);
    const page = await waitForAnalysis(agent, id, 30_000);
    expect(page).toContain('The AI service took too long, so these suggestions come from our built-in rules.');
    expect(page).toMatch(/<p class="big-score"><strong>\d+/);
  });
});
