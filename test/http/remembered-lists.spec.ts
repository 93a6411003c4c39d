import { beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// The documents list's rows, the interviews list's chart, rows and résumé choices and the analyses
// page's document choices are drawn once per language and data version (issue #18): these check that a
// change shows at once, that each language is drawn apart, that nobody sees another's, and that a
// re-rendered form still marks the résumé that was chosen.
const ctx = useTestApp();

const resume = (name: string): Buffer => Buffer.from(`${name}\n\nEXPERIENCE\nBackend engineer | 2019 – 2024\n- Built billing services\n\nSKILLS\nGo, PostgreSQL\n`);

let ann: Agent;
let bob: Agent;

async function startInterview(agent: Agent, role: string): Promise<void> {
  const token = csrfFrom((await agent.get('/interviews').expect(200)).text);
  await agent.post('/interviews').type('form').send({ _csrf: token, role, kind: 'mixed', length: '5', documentId: '', job: '' }).expect(303);
}

/** The interviews list's rows (the table body after its caption). */
function interviewRows(page: string): string {
  const start = page.indexOf('id="interviews-caption"');
  expect(start).toBeGreaterThan(0);
  return page.slice(start, page.indexOf('</tbody>', start));
}

beforeAll(async () => {
  ann = await signIn(ctx.t.origin, { name: 'Ann Lee', email: 'ann.lists@example.com' });
  bob = await signIn(ctx.t.origin, { name: 'Bob Kim', email: 'bob.lists@example.com' });
});

describe('remembered list rows and choices (issue #18)', () => {
  it('show a new document at once on the documents list, the interview form and the analysis form, and only to its owner', async () => {
    const first = await uploadDocument(ann, 'quillfeather-resume.txt', resume('Ann Lee'));
    for (const path of ['/documents', '/interviews']) expect((await ann.get(path).expect(200)).text).toContain('quillfeather-resume.txt');
    const second = await uploadDocument(ann, 'marrowgate-resume.txt', resume('Ann Lee'));
    const documents = (await ann.get('/documents').expect(200)).text;
    expect(documents).toContain(`href="/documents/${first}"`);
    expect(documents).toContain(`href="/documents/${second}"`);
    const interviews = (await ann.get('/interviews').expect(200)).text;
    expect(interviews).toContain(`<option value="${second}">marrowgate-resume.txt</option>`);
    expect((await ann.get('/analyses').expect(200)).text).toContain(`<option value="${second}">marrowgate-resume.txt</option>`);

    await uploadDocument(bob, 'bob-resume.txt', resume('Bob Kim'));
    for (const path of ['/documents', '/interviews', '/analyses']) {
      const page = (await bob.get(path).expect(200)).text;
      expect(page).not.toContain('quillfeather-resume.txt');
      expect(page).not.toContain('marrowgate-resume.txt');
    }
    expect((await ann.get('/documents').expect(200)).text).not.toContain('bob-resume.txt');
  });

  it('draw each language apart', async () => {
    const english = (await ann.get('/documents?lang=en').expect(200)).text;
    const korean = (await ann.get('/documents?lang=ko').expect(200)).text;
    expect(english).toContain('>Resume</td>');
    expect(korean).toContain('>이력서</td>');
    expect(korean).not.toContain('>Resume</td>');
    expect((await ann.get('/documents?lang=en').expect(200)).text).toContain('>Resume</td>');
  });

  it('show a new interview at once on the interviews list', async () => {
    await startInterview(ann, 'Quillfeather platform engineer');
    expect(interviewRows((await ann.get('/interviews?lang=en').expect(200)).text)).toContain('Quillfeather platform engineer');
    await startInterview(ann, 'Marrowgate data engineer');
    const rows = interviewRows((await ann.get('/interviews?lang=en').expect(200)).text);
    expect(rows).toContain('Quillfeather platform engineer');
    expect(rows).toContain('Marrowgate data engineer');
    expect((await bob.get('/interviews').expect(200)).text).not.toContain('Marrowgate data engineer');
  });

  it('keep the chosen résumé marked when the interview form comes back with an error, and none marked otherwise', async () => {
    const page = (await ann.get('/interviews').expect(200)).text;
    const chosen = /<option value="([0-9a-f-]{36})">marrowgate-resume\.txt<\/option>/.exec(page)![1]!;
    expect(page).not.toMatch(/<option value="[0-9a-f-]{36}" selected>/);
    const res = await ann.post('/interviews').type('form').send({ _csrf: csrfFrom(page), role: '', kind: 'mixed', length: '5', documentId: chosen, job: '' }).expect(422);
    expect(res.text).toContain(`<option value="${chosen}" selected>marrowgate-resume.txt</option>`);
    expect((await ann.get('/interviews').expect(200)).text).toContain(`<option value="${chosen}">marrowgate-resume.txt</option>`);
  });
});
