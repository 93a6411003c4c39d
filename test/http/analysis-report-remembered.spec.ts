import { beforeAll, describe, expect, it } from 'vitest';
import { startAnalysis, uploadDocument, waitForAnalysis } from '../helpers/analysis.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// A finished report's body is drawn once per language and data version and then reused (issue #18):
// these check that what is reused is only ever the reader's own report, in the reader's language,
// with the per-request parts (CSRF tokens) fresh, and that a deleted report is gone.
const ctx = useTestApp();

const resume = (name: string, marker: string): Buffer =>
  Buffer.from(`${name}\n${name.toLowerCase().replace(' ', '.')}@example.com\n\nEXPERIENCE\nBackend engineer — ${marker} | 2019 – 2024\n- Cut report build time by 40% with PostgreSQL indexes\n\nSKILLS\nGo, PostgreSQL, Kubernetes\n`);

interface Reader {
  agent: Agent;
  analysisId: string;
  marker: string;
}

let ann: Reader;
let bob: Reader;

async function reader(name: string, email: string, marker: string): Promise<Reader> {
  const agent = await signIn(ctx.t.origin, { name, email });
  const documentId = await uploadDocument(agent, `${marker}.txt`, resume(name, marker));
  const analysisId = await startAnalysis(agent, documentId, 'Backend engineer. Required: Go, PostgreSQL, Kubernetes.');
  await waitForAnalysis(agent, analysisId);
  return { agent, analysisId, marker };
}

/** The report's body: what is drawn once (between the heading's hint and the delete section). */
function body(page: string): string {
  const start = page.indexOf('<section class="card score-card"');
  const end = page.indexOf('<section class="danger-zone"');
  expect(start).toBeGreaterThan(0);
  return page.slice(start, end);
}

beforeAll(async () => {
  ann = await reader('Ann Lee', 'ann.remembered@example.com', 'Quillfeather Systems');
  bob = await reader('Bob Kim', 'bob.remembered@example.com', 'Marrowgate Labs');
});

describe('a remembered report body (issue #18)', () => {
  it('is only ever its owner’s: two people reading in turn each see their own report, and not the other’s', async () => {
    for (let round = 0; round < 2; round++) {
      for (const [me, other] of [
        [ann, bob],
        [bob, ann],
      ] as const) {
        const page = (await me.agent.get(`/analyses/${me.analysisId}`).expect(200)).text;
        expect(body(page)).toContain(me.marker);
        expect(page).not.toContain(other.marker);
        // The forms around the body carry the reader's own CSRF token.
        expect(csrfFrom(page)).toBe(csrfFrom((await me.agent.get('/settings/delete').expect(200)).text));
        await me.agent.get(`/analyses/${other.analysisId}`).set('Accept', 'text/html').expect(404);
      }
    }
  });

  it('is the same body on every view', async () => {
    const first = (await ann.agent.get(`/analyses/${ann.analysisId}`).expect(200)).text;
    const second = (await ann.agent.get(`/analyses/${ann.analysisId}`).expect(200)).text;
    expect(body(second)).toBe(body(first));
  });

  it('is drawn in the reader’s language, each language apart', async () => {
    const english = body((await ann.agent.get(`/analyses/${ann.analysisId}?lang=en`).expect(200)).text);
    const korean = body((await ann.agent.get(`/analyses/${ann.analysisId}?lang=ko`).expect(200)).text);
    expect(english).toContain('Overall score');
    expect(korean).toContain('종합 점수');
    expect(korean).not.toContain('Overall score');
    expect(body((await ann.agent.get(`/analyses/${ann.analysisId}?lang=en`).expect(200)).text)).toBe(english);
  });

  it('goes with its analysis: once deleted, the report is not found', async () => {
    await bob.agent.get(`/analyses/${bob.analysisId}`).expect(200);
    const token = csrfFrom((await bob.agent.get(`/analyses/${bob.analysisId}`).expect(200)).text);
    await bob.agent.post(`/analyses/${bob.analysisId}/delete`).type('form').send({ _csrf: token }).expect(303);
    await bob.agent.get(`/analyses/${bob.analysisId}`).set('Accept', 'text/html').expect(404);
  });
});
