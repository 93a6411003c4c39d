import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startAnalysis, uploadDocument, waitForAnalysis } from '../helpers/analysis.js';
import { formEntries, urlencode } from '../helpers/profile-editor.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
const read = (name: string) => readFileSync(`test/fixtures/analysis/edits/${name}`, 'utf8');
const job = read('payments.job.txt');
let owner: Agent;
let documentId: string;

const ACHIEVEMENTS = [
  'Cut payment settlement time from 2 days to 4 hours by rebuilding the batch pipeline in Go',
  'Led the move of 40 services to PostgreSQL 15 with zero downtime',
  'Reduced on-call pages by 60% by adding alerts on queue lag and error budgets',
  'Mentored 3 junior engineers who now own the refunds service',
];

/** The skill names in the report's "Required — you have" and "Required — missing" lists. */
function requiredSkills(page: string): { have: string[]; missing: string[] } {
  const tags = (kind: string) => [...page.matchAll(new RegExp(`<li class="tag tag-${kind}" lang="en">([^<]+)</li>`, 'g'))].map((m) => m[1]!);
  return { have: tags('ok'), missing: tags('missing') };
}

const contentScore = (page: string): number => Number(/Content quality<\/span>[\s\S]*?<strong>(\d+)<\/strong>/.exec(page)![1]);

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Mina Park', email: 'mina@example.com' });
  documentId = await uploadDocument(owner, 'mina-park.txt', Buffer.from(read('no-bullets.resume.txt')));
});

describe('an analysis reads what the user sees in Candor (#12 item 1)', () => {
  it('before any edit it reads the uploaded file and says so', async () => {
    const page = await waitForAnalysis(owner, await startAnalysis(owner, documentId, job));
    expect(page).toContain('Analysed: the text read from your file, uploaded');
    expect(requiredSkills(page).have).toContain('Apache Kafka');
    expect(requiredSkills(page).missing).toContain('Kubernetes');
    expect(page).toContain('No bullet points found under experience');
    expect(contentScore(page)).toBe(0);
  });

  it('after removing a skill, adding one and adding four achievements, the next analysis reflects every edit', async () => {
    // The observed bug: the editor said "Analyses will use this version" and analyses kept reading the file.
    const editor = await owner.get(`/documents/${documentId}/profile`).expect(200);
    const skillIndex = formEntries(editor.text, 'profile-editor', { name: 'action', value: 'save' }).find(([name, value]) => /^skills\.\d+\.name$/.test(name) && value === 'Kafka')![0].split('.')[1];
    const removed = await owner
      .post(`/documents/${documentId}/profile`)
      .type('form')
      .send(urlencode(formEntries(editor.text, 'profile-editor', { name: 'action', value: `remove-skill-${skillIndex}` })))
      .expect(200);
    const edited = formEntries(removed.text, 'profile-editor', { name: 'action', value: 'save' }).map(([name, value]): [string, string] => [
      name,
      name === 'work.0.highlights' ? ACHIEVEMENTS.join('\n') : name === 'newSkill' ? 'Kubernetes' : value,
    ]);
    await owner.post(`/documents/${documentId}/profile`).type('form').send(urlencode(edited)).expect(303);

    const page = await waitForAnalysis(owner, await startAnalysis(owner, documentId, job));
    expect(page).toContain('Analysed: your edited profile, saved');
    expect(requiredSkills(page).have).toContain('Kubernetes');
    expect(requiredSkills(page).have).not.toContain('Apache Kafka');
    expect(requiredSkills(page).missing).toContain('Kafka (Apache Kafka)');
    expect(page).not.toContain('No bullet points found');
    expect(page).toContain('4 of 4 bullets include a number');
    expect(contentScore(page)).toBeGreaterThan(50);
  });
});

describe('score history compares like with like (#12 item 2)', () => {
  const progressLine = async (): Promise<string | undefined> => /Since your first analysis[^<]*<strong>\d+<\/strong>[^<]*/.exec((await owner.get('/dashboard').expect(200)).text)?.[0];

  it('never shows progress across two different résumés', async () => {
    // Mina's résumé has two analyses (above); a different résumé analysed once has no progress of its own.
    const other = await uploadDocument(owner, 'someone-else.txt', Buffer.from('Sam Doe\nsam@example.com\n\nEXPERIENCE\nBarista — Blue Cup | 2019 – 2021\n- Served 200 customers a day\n'));
    await waitForAnalysis(owner, await startAnalysis(owner, other, job));
    expect(await progressLine()).toBeUndefined();

    await waitForAnalysis(owner, await startAnalysis(owner, documentId));
    expect(await progressLine()).toMatch(/^Since your first analysis of mina-park\.txt: 0*\d+ → <strong>\d+<\/strong>/);
  });
});
