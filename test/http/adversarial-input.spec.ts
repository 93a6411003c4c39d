import { expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, MB } from '../../bench/adversarial-inputs.js';
import { useTestApp } from '../helpers/test-app.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { uploadDocument, waitForAnalysis } from '../helpers/analysis.js';

// Hostile text through the real app (issue #10): each request finishes within a bound, and the
// server keeps answering /healthz quickly while it runs, because no user text is parsed
// super-linearly or (for uploads) on the main thread at all.
const ctx = useTestApp({ UPLOAD_RATE_LIMIT: '100' });
/**
 * Each request (an analysis: until its job finished) ends within this. A hang guard sized for a loaded
 * CI machine: the super-linear parse this guards against took minutes per megabyte, and the worker's
 * own time limit ends any read after 15 s.
 */
const REQUEST_BOUND_MS = 60_000;
const HEALTH_BOUND_MS = 200;
/**
 * How the bound is judged. Handling a megabyte on the request thread (multipart, encryption, the
 * database row) costs a few tens of milliseconds on a quiet machine, but garbage collection and CPU
 * scheduling stretch that on an overloaded one (300 ms seen at load 17 on two cores, and CI runs on a
 * machine like that). So each hostile input is compared with ordinary text of the same size: hostile
 * text may cost no more than ordinary text plus the 200 ms bound. The ordinary figure is measured once
 * per size and kind of request (`baselines`); a noisy moment gets two more tries, each with a fresh
 * ordinary measurement just before it. Parsing hostile text on the main thread stalls for seconds
 * every time, so it still fails all three.
 */
const ATTEMPTS = 3;
const baselines = new Map<string, number>();

async function staysResponsive(
  label: string,
  ordinary: { key: string; run: () => Promise<unknown> },
  hostile: () => Promise<unknown>,
): Promise<void> {
  const seen: string[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const known = attempt === 0 ? baselines.get(ordinary.key) : undefined;
    const ordinaryWorst = known ?? (await worstHealthLatencyDuring(ordinary.run));
    baselines.set(ordinary.key, ordinaryWorst);
    const hostileWorst = await worstHealthLatencyDuring(hostile);
    if (hostileWorst < HEALTH_BOUND_MS + ordinaryWorst) return;
    seen.push(`${hostileWorst.toFixed(0)} ms against ${ordinaryWorst.toFixed(0)} ms for ordinary text`);
  }
  expect.fail(`${label}: slowest /healthz ${seen.join('; ')}`);
}

/** Runs `work` while polling /healthz; returns the slowest health answer seen. */
async function worstHealthLatencyDuring(work: () => Promise<unknown>): Promise<number> {
  let running = true;
  let worst = 0;
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`${ctx.t.origin}/healthz`);
      await res.arrayBuffer();
      worst = Math.max(worst, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  try {
    await work();
  } finally {
    running = false;
    await poll;
  }
  return worst;
}

async function uploadToken(agent: Agent): Promise<string> {
  const page = await agent.get('/documents').expect(200);
  return decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(page.text)![1]!);
}

it('reads hostile text uploads (1 MB each, one of 5 MB) without stalling the server', async () => {
  const agent = await signIn(ctx.t.origin, { name: 'Mallory', email: 'mallory@example.com' });
  const token = await uploadToken(agent);
  const cases = [
    ...ADVERSARIAL_INPUTS.map((input) => ({ name: `${input.name}.txt`, bytes: Buffer.from(input.make(MB)) })),
    { name: 'letters.md', bytes: Buffer.from(ADVERSARIAL_INPUTS[0]!.make(MB)) },
    { name: 'letters-5mb.txt', bytes: Buffer.from(ADVERSARIAL_INPUTS[0]!.make(5 * MB)) },
  ];
  // The test shares the server's process: build the bodies before timing anything, and warm the
  // route up once (first-request compilation is not what this measures).
  await agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('category', 'resume').attach('file', Buffer.from('Jane Doe\nEngineer\n'), 'warm-up.txt').expect(303);
  const ordinaryLine = 'Jane Doe\nSoftware Engineer at Acme, Berlin (2019 – 2023)\n• Led a team of five.\n';
  const ordinaryOf = (size: number): Buffer => Buffer.from(ordinaryLine.repeat(Math.ceil(size / Buffer.byteLength(ordinaryLine))));
  const post = (bytes: Buffer, name: string) =>
    agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('category', 'resume').attach('file', bytes, name);
  for (const { name, bytes } of cases) {
    const ordinary = ordinaryOf(bytes.length);
    await staysResponsive(
      name,
      { key: `upload ${Math.round(bytes.length / MB)} MB`, run: () => post(ordinary, 'ordinary.txt').expect(303) },
      async () => {
        const started = performance.now();
        const res = await post(bytes, name);
        const took = performance.now() - started;
        // Stored (303) or refused with a clear message (422): either way quickly, and never a 500.
        expect([303, 422], name).toContain(res.status);
        expect(took, name).toBeLessThan(REQUEST_BOUND_MS);
      },
    );
  }
}, 600_000);

it('checks hostile field text for sensitive data without stalling the server', async () => {
  const agent = await signIn(ctx.t.origin, { name: 'Eve', email: 'eve@example.com' });
  const token = await uploadToken(agent);
  const check = (text: string) =>
    agent.post('/documents/sensitive-check').set('X-CSRF-Token', token).type('form').send(new URLSearchParams({ name: 'basics.summary', 'basics.summary': text }).toString());
  const ordinaryText = 'Led a team of five engineers in Berlin. '.repeat(MB / 40);
  for (const input of ADVERSARIAL_INPUTS) {
    const text = input.make(MB);
    await staysResponsive(
      input.name,
      { key: 'field check', run: () => check(ordinaryText) },
      async () => {
        const res = await check(text);
        expect([200, 413, 422], input.name).toContain(res.status);
      },
    );
  }
}, 600_000);

it('analyses a stored hostile résumé, with a hostile job text, without stalling the server', async () => {
  const agent = await signIn(ctx.t.origin, { name: 'Trudy', email: 'trudy@example.com' });
  const analyse = async (text: string, job: string, expected: number[]): Promise<void> => {
    const documentId = await uploadDocument(agent, 'cv.txt', Buffer.from(text));
    const token = csrfFrom((await agent.get(`/documents/${documentId}`).expect(200)).text);
    const res = await agent.post(`/documents/${documentId}/analyses`).type('form').send({ _csrf: token, job });
    expect(expected, 'status').toContain(res.status);
    if (res.status === 303) await waitForAnalysis(agent, /\/analyses\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!, REQUEST_BOUND_MS);
  };
  // Same size, ordinary text: what handling a megabyte costs on this machine (see above).
  const ordinaryText = 'Jane Doe\nExperience\nSoftware Engineer at Acme, Berlin (2019 – 2023)\n• Led a team of five.\n'.repeat(MB / 90);
  for (const input of ADVERSARIAL_INPUTS.filter((i) => ['newlines', 'words', 'a.'].includes(i.name))) {
    // The form body limit keeps a job text small; the analysis still reads the whole stored document.
    await staysResponsive(
      `${input.name} while analysing`,
      { key: 'analysis', run: () => analyse(ordinaryText, 'Backend engineer. Requirements: Go, SQL.', [303]) },
      () => analyse(input.make(MB), input.make(40_000), [303, 413]),
    );
  }
}, 600_000);
