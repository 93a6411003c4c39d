import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/document-fixtures.js';
import { buildHonestZipBomb, buildPng } from '../helpers/hostile-files.js';
import { useTestApp } from '../helpers/test-app.js';
import { binary, csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '../../src/modules/documents/document.entity.js';

const ctx = useTestApp();
let owner: Agent;
let intruder: Agent;

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Alex Morgan', email: 'alex@example.com' });
  intruder = await signIn(ctx.t.origin, { name: 'Mallory', email: 'mallory@example.com' });
});


/** Uploads like the plain HTML form does: multipart, CSRF token in the action URL. */
async function upload(agent: Agent, file: Buffer, name: string, expected: number, category = 'resume'): Promise<request.Response> {
  const token = await tokenOf(agent);
  return agent.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('category', category).attach('file', file, name).expect(expected);
}

async function tokenOf(agent: Agent): Promise<string> {
  const page = await agent.get('/documents').expect(200);
  const match = /action="\/documents\?_csrf=([^"]+)"/.exec(page.text);
  return decodeURIComponent(match![1]!.replace(/&amp;/g, '&'));
}

async function formToken(agent: Agent, path: string): Promise<string> {
  return csrfFrom((await agent.get(path).expect(200)).text);
}

function idFrom(location: string | undefined): string {
  const match = /\/documents\/([0-9a-f-]{36})/.exec(location ?? '');
  if (!match) throw new Error(`No document id in ${location}`);
  return match[1]!;
}

function storedObjects(): string[] {
  const root = join(ctx.t.config.dataDir, 'objects');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  try {
    return walk(root);
  } catch {
    return [];
  }
}

describe('upload and read', () => {
  let id: string;

  it('uploads a PDF resume, encrypts it, and opens the prefilled profile', async () => {
    const res = await upload(owner, readFixture('alex-morgan.single-column.pdf'), 'Alex Morgan CV.pdf', 303);
    expect(res.headers.location).toMatch(/^\/documents\/[0-9a-f-]{36}\/profile$/);
    id = idFrom(res.headers.location);
    const profile = await owner.get(res.headers.location as string).expect(200);
    expect(profile.text).toContain('is uploaded and encrypted');
    expect(profile.text).toContain('value="Alex Morgan"');
    expect(profile.text).toContain('value="Senior Backend Engineer"');
    expect(profile.text).toContain('Brightwave Payments Inc.');
  });

  it('lists it with type, name, size and date', async () => {
    const list = await owner.get('/documents').expect(200);
    expect(list.text).toContain('Alex Morgan CV.pdf');
    expect(list.text).toMatch(/<td[^>]*>Resume<\/td>\s*<td[^>]*>PDF<\/td>\s*<td[^>]*>\d+ KB<\/td>/);
  });

  it('shows the extracted text and downloads the original unchanged', async () => {
    const page = await owner.get(`/documents/${id}`).expect(200);
    expect(page.text).toContain('Backend engineer with nine years of experience');
    const original = readFixture('alex-morgan.single-column.pdf');
    const download = await owner
      .get(`/documents/${id}/download`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment; filename="Alex Morgan CV.pdf"');
    expect(Buffer.compare(download.body as Buffer, original)).toBe(0);
  });

  it('stores only ciphertext: neither the object store nor the database holds the text (D1)', async () => {
    const objects = storedObjects();
    expect(objects.length).toBeGreaterThan(0);
    const secret = 'nine years of experience';
    for (const path of objects) {
      const bytes = readFileSync(path);
      expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from('%PDF'))).toBe(false);
    }
    const [row] = await ctx.db.query<{ text_ciphertext: Buffer }>(`select text_ciphertext from documents where id = $1`, [id]);
    expect(row!.text_ciphertext.includes(Buffer.from(secret))).toBe(false);
  });
});

describe('hostile and broken files get a clear error, nothing stored, server keeps serving', () => {
  it.each([
    ['a PNG named .pdf', buildPng(), 'photo.pdf', 'This file looks like an image'],
    ['a zip bomb named .docx', buildHonestZipBomb(), 'cv.docx', 'unusually large once unpacked'],
    ['a truncated PDF', readFixture('alex-morgan.single-column.pdf').subarray(0, 900), 'cut.pdf', 'appears to be incomplete'],
  ])('%s', async (_label, bytes, name, message) => {
    const before = await ctx.db.query(`select id from documents`);
    // The plain form is sent back to the clean page (its action URL carries the CSRF token) with the reason.
    const res = await upload(owner, bytes, name, 303);
    expect(res.headers.location).toBe('/documents');
    expect((await owner.get('/documents').expect(200)).text).toContain(message);
    // The upload script gets the page with the reason to show in place.
    const token = await tokenOf(owner);
    const inPlace = await owner.post(`/documents?_csrf=${encodeURIComponent(token)}`).set('X-Requested-With', 'candor-upload').field('category', 'resume').attach('file', bytes, name).expect(422);
    expect(inPlace.text).toContain(message);
    expect(await ctx.db.query(`select id from documents`)).toHaveLength(before.length);
    await request(ctx.t.origin).get('/healthz').expect(200);
  });

  it('stops a file over the size limit with 413', async () => {
    const token = await tokenOf(owner);
    const big = Buffer.alloc(11 * 1024 * 1024, 0x41);
    const res = await owner
      .post(`/documents?_csrf=${encodeURIComponent(token)}`)
      .field('category', 'resume')
      .attach('file', big, 'huge.txt')
      .catch((error: { response?: request.Response }) => error.response);
    if (res) {
      expect(res.status).toBe(413);
      expect(res.text).toContain('Files can be at most 10 MB');
    }
    // A browser's form (which sends its page as the Referer) is sent back there with the message.
    const fromForm = await owner
      .post(`/documents?_csrf=${encodeURIComponent(token)}`)
      .set('Referer', `${ctx.t.origin}/documents`)
      .field('category', 'resume')
      .attach('file', big, 'huge.txt')
      .catch((error: { response?: request.Response }) => error.response);
    if (fromForm) {
      expect(fromForm.status).toBe(303);
      expect(fromForm.headers.location).toBe('/documents');
      expect((await owner.get('/documents').expect(200)).text).toContain('Files can be at most 10 MB');
    }
    await request(ctx.t.origin).get('/healthz').expect(200);
  });

  it('asks for a file when none is chosen', async () => {
    const token = await tokenOf(owner);
    const res = await owner.post(`/documents?_csrf=${encodeURIComponent(token)}`).field('category', 'resume').expect(303);
    // Back to the clean address: the token in the form's action URL never stays in the address bar.
    expect(res.headers.location).toBe('/documents');
    expect((await owner.get('/documents').expect(200)).text).toContain('Choose a file to upload');
  });

  it('refuses an upload without the CSRF token', async () => {
    await owner.post('/documents').field('category', 'resume').attach('file', Buffer.from('hello'), 'a.txt').set('Accept', 'text/html').expect(403);
  });
});

describe('sensitive data', () => {
  let id: string;
  const text = [
    'Jamie Rivera',
    'jamie@example.com | +1 415 555 0134',
    '',
    'SUMMARY',
    'Operations lead. Resident registration number 900101-1234568, card 4111 1111 1111 1111.',
    'Released v2.10.3 in 2019–2023, ISBN 978-3-16-148410-0, order #10023984.',
    'Married, two children; photo on request.',
  ].join('\n');

  it('warns about planted identifiers, with masked previews, and notes contact details softly', async () => {
    const res = await upload(owner, Buffer.from(text), 'notes.txt', 303, 'cover_letter');
    id = idFrom(res.headers.location);
    const page = await owner.get(`/documents/${id}`).expect(200);
    const warnings = page.text.slice(page.text.indexOf('Sensitive information'), page.text.indexOf('Text we read'));
    expect(warnings).toContain('Korean resident registration number');
    expect(warnings).toContain('payment card number');
    expect(warnings).not.toContain('4111 1111 1111 1111'); // masked, never repeated
    expect(warnings).not.toMatch(/ISBN|version/i);
    // Personal details get a soft note, separate from the warnings.
    expect(warnings).toContain('Employers should not ask about these');
    expect(warnings).toContain('marital status on line 7: “Married”');
    expect(warnings).toContain('children or family plans');
  });

  it('marks findings in the text it read, masked exactly as the warnings mask them', async () => {
    const page = await owner.get(`/documents/${id}`).expect(200);
    const warnings = page.text.slice(page.text.indexOf('Sensitive information'), page.text.indexOf('Text we read'));
    const readText = page.text.slice(page.text.indexOf('Text we read'));
    expect(readText).not.toContain('900101-1234568');
    expect(readText).not.toContain('4111 1111 1111 1111');
    const masked = /<code>(\*{6}-\*{3}4568)<\/code>/.exec(warnings)?.[1];
    expect(masked).toBeDefined();
    expect(readText).toContain(`<mark class="finding finding-warning" title="Korean resident registration number">${masked}</mark>`);
    expect(readText).toContain('<mark class="finding finding-note" title="marital status">Married</mark>');
    expect(readText).toContain('Released v2.10.3 in 2019–2023'); // plain text stays as read
  });

  it('reads the text for sensitive data once, at upload in the worker, and stores the reading encrypted (#10)', async () => {
    const [row] = await ctx.db.query<{ reading_ciphertext: Buffer | null }>(`select reading_ciphertext from documents where id = $1`, [id]);
    expect(row!.reading_ciphertext).not.toBeNull();
    for (const plain of ['900101-1234568', '4568', 'KR_RRN', 'Married']) expect(row!.reading_ciphertext!.includes(Buffer.from(plain))).toBe(false);
  });

  it('gives a document stored before readings were kept its reading on first view, then keeps it', async () => {
    await ctx.db.query(`update documents set reading_ciphertext = null where id = $1`, [id]);
    const page = await owner.get(`/documents/${id}`).expect(200);
    expect(page.text).toContain('Korean resident registration number');
    const [row] = await ctx.db.query<{ reading_ciphertext: Buffer | null }>(`select reading_ciphertext from documents where id = $1`, [id]);
    expect(row!.reading_ciphertext).not.toBeNull();
  });

  it('never loads the text or reading ciphertext with the row (lazy columns): an upload does not reload megabytes', async () => {
    const document = await ctx.t.app.get(EntityManager).fork().findOneOrFail(Document, { id });
    expect(document.textCiphertext).toBeUndefined();
    expect(document.readingCiphertext).toBeUndefined();
    expect(document.category).toBe('cover_letter');
  });

  it('redacts with one click in Candor’s copy of the text', async () => {
    const token = await formToken(owner, `/documents/${id}`);
    await owner.post(`/documents/${id}/redact`).type('form').send({ _csrf: token, finding: 'all' }).expect(303);
    const page = await owner.get(`/documents/${id}`).expect(200);
    expect(page.text).toContain('[ID_NUMBER]');
    expect(page.text).toContain('[CARD_NUMBER]');
    expect(page.text).not.toContain('900101-1234568');
    expect(page.text).toContain('v2.10.3');
    expect(page.text).toContain('title="marital status">Married</mark>, two'); // notes are never redacted
    // The redacted text got a new reading: nothing left to redact, the warnings are gone.
    expect(page.text).not.toContain('Korean resident registration number');
  });

  it('checks a free-text field while typing (htmx fragment)', async () => {
    const token = await formToken(owner, '/documents');
    const res = await owner
      .post('/documents/sensitive-check')
      .set('HX-Request', 'true')
      .set('X-CSRF-Token', token)
      .type('form')
      .send({ 'basics.summary': 'Call me on 010-1234-5678 any time.' })
      .expect(200);
    expect(res.text).toContain('phone number');
    expect(res.text).not.toContain('<html');
    const clean = await owner.post('/documents/sensitive-check').set('X-CSRF-Token', token).type('form').send({ 'basics.summary': 'Shipped 3 releases in 2023.' }).expect(200);
    expect(clean.text.trim()).toBe('');
    const redacted = await owner
      .post('/documents/sensitive-redact')
      .set('X-CSRF-Token', token)
      .type('form')
      .send({ 'basics.summary': 'Call me on 010-1234-5678 any time.' })
      .expect(200);
    expect(redacted.text).toContain('Call me on [PHONE] any time.');
  });
});

describe('structured profile', () => {
  let id: string;

  beforeAll(async () => {
    const res = await upload(owner, readFixture('priya-raman.two-column.pdf'), 'priya.pdf', 303);
    id = idFrom(res.headers.location);
  });

  it('saves edits, validates dates with 422, and keeps what was typed', async () => {
    const token = await formToken(owner, `/documents/${id}/profile`);
    const bad = await owner
      .post(`/documents/${id}/profile`)
      .type('form')
      .send({ _csrf: token, 'basics.name': 'Priya R.', 'work.0.position': 'Data Scientist', 'work.0.startDate': 'last spring' })
      .expect(422);
    expect(bad.text).toContain('Use YYYY, YYYY-MM or YYYY-MM-DD');
    expect(bad.text).toContain('value="Priya R."');
    expect(bad.text).toContain('value="last spring"');
    await owner
      .post(`/documents/${id}/profile`)
      .type('form')
      .send({
        _csrf: token,
        'basics.name': 'Priya R.',
        'basics.summary': 'Data scientist.',
        'work.0.position': 'Data Scientist',
        'work.0.name': 'Acme',
        'work.0.startDate': '2021-04',
        'work.0.highlights': 'Cut churn 12%\r\nBuilt forecasting',
        'basics.profiles.0.network': 'GitHub',
        'basics.profiles.0.url': 'https://github.com/priya',
        'basics.profiles.1.url': 'https://priya.design',
      })
      .expect(303);
    const json = await owner.get(`/documents/${id}/profile.json`).expect(200);
    const resume = JSON.parse(json.text);
    expect(resume.basics.name).toBe('Priya R.');
    expect(resume.basics.profiles).toEqual([{ network: 'GitHub', url: 'https://github.com/priya' }, { url: 'https://priya.design' }]);
    expect(resume.work).toEqual([{ position: 'Data Scientist', name: 'Acme', startDate: '2021-04', highlights: ['Cut churn 12%', 'Built forecasting'] }]);
  });

  it('imports a JSON Resume made elsewhere, and refuses a file that is not one', async () => {
    const token = await formToken(owner, `/documents/${id}/profile`);
    const json = JSON.stringify({ basics: { name: 'Imported Person' }, skills: [{ name: 'SQL' }] });
    await owner.post(`/documents/${id}/profile/import?_csrf=${encodeURIComponent(token)}`).attach('file', Buffer.from(json), 'resume.json').expect(303);
    const page = await owner.get(`/documents/${id}/profile`).expect(200);
    expect(page.text).toContain('Imported your JSON Resume');
    expect(page.text).toContain('value="Imported Person"');
    await owner.post(`/documents/${id}/profile/import?_csrf=${encodeURIComponent(token)}`).attach('file', Buffer.from('not json'), 'x.json').expect(303);
    expect((await owner.get(`/documents/${id}/profile`).expect(200)).text).toContain('We could not import that file');
  });
});

describe('replace and delete (D6)', () => {
  it('replaces the file: the old version is gone, not archived', async () => {
    const res = await upload(owner, Buffer.from('First version\nOld employer Initech'), 'v1.txt', 303, 'portfolio');
    const id = idFrom(res.headers.location);
    const objectsBefore = storedObjects().length;
    const token = await formToken(owner, `/documents/${id}`);
    await owner.post(`/documents/${id}/replace?_csrf=${encodeURIComponent(token)}`).attach('file', Buffer.from('# Second version\nNew employer Globex'), 'v2.md').expect(303);
    const page = await owner.get(`/documents/${id}`).expect(200);
    expect(page.text).toContain('Replaced with v2.md');
    expect(page.text).toContain('New employer Globex');
    expect(page.text).not.toContain('Initech');
    expect(storedObjects().length).toBe(objectsBefore);
    const original = await owner.get(`/documents/${id}/download`).expect(200);
    expect(original.text).toContain('Second version');
  });

  it('deletes from storage and database at once', async () => {
    const res = await upload(owner, Buffer.from('Delete me soon'), 'gone.txt', 303, 'portfolio');
    const id = idFrom(res.headers.location);
    const objectsBefore = storedObjects().length;
    const token = await formToken(owner, `/documents/${id}/delete`);
    await owner.post(`/documents/${id}/delete`).type('form').send({ _csrf: token }).expect(303);
    expect(await ctx.db.query(`select 1 from documents where id = $1`, [id])).toHaveLength(0);
    expect(storedObjects().length).toBe(objectsBefore - 1);
    await owner.get(`/documents/${id}`).set('Accept', 'text/html').expect(404);
  });
});

describe('only the owner (D2)', () => {
  it('answers 404 to another account on every document route', async () => {
    const res = await upload(owner, readFixture('sofia-garcia.plain.txt'), 'sofia.txt', 303);
    const id = idFrom(res.headers.location);
    const token = await tokenOf(intruder);
    const gets = ['', '/download', '/delete', '/profile', '/profile.json'];
    for (const suffix of gets) {
      await intruder.get(`/documents/${id}${suffix}`).set('Accept', 'text/html').expect(404);
    }
    const posts: [string, (r: request.Test) => request.Test][] = [
      ['/redact', (r) => r.type('form').send({ _csrf: token, finding: 'all' })],
      ['/delete', (r) => r.type('form').send({ _csrf: token })],
      ['/profile', (r) => r.type('form').send({ _csrf: token, 'basics.name': 'Hijacked' })],
      ['/profile', (r) => r.type('form').send({ _csrf: token, action: 'add-skill', newSkill: 'Hijacking' })],
      [`/replace?_csrf=${encodeURIComponent(token)}`, (r) => r.attach('file', Buffer.from('evil'), 'evil.txt')],
      [`/profile/import?_csrf=${encodeURIComponent(token)}`, (r) => r.attach('file', Buffer.from('{"basics":{}}'), 'x.json')],
    ];
    for (const [suffix, send] of posts) {
      await send(intruder.post(`/documents/${id}${suffix}`).set('Accept', 'text/html')).expect(404);
    }
    expect((await intruder.get('/documents').expect(200)).text).not.toContain('sofia.txt');
    // The owner's document is untouched.
    const page = await owner.get(`/documents/${id}/profile`).expect(200);
    expect(page.text).not.toContain('Hijacked');
    await owner.get(`/documents/${id}/download`).expect(200);
  });

  it('answers 404, not 500, to malformed ids', async () => {
    await owner.get('/documents/not-a-uuid').set('Accept', 'text/html').expect(404);
  });
});

describe('data rights', () => {
  it('exports original files, extracted text and profiles; erasure leaves no object and no key', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Export Docs', email: 'export-docs@example.com' });
    const res = await upload(person, readFixture('mei-lin.standard.docx'), 'mei.docx', 303);
    const id = idFrom(res.headers.location);
    const zip = await person
      .get('/settings/export')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    expect(Buffer.compare(Buffer.from(files[`documents/${id}/mei.docx`]!), readFixture('mei-lin.standard.docx'))).toBe(0);
    expect(strFromU8(files[`documents/${id}/extracted-text.txt`]!).length).toBeGreaterThan(100);
    expect(JSON.parse(strFromU8(files[`documents/${id}/profile.resume.json`]!)).basics).toBeTruthy();
    expect(JSON.parse(strFromU8(files['documents/documents.json']!))[0].fileName).toBe('mei.docx');

    const [user] = await ctx.db.query<{ id: string }>(`select id from users where email = 'export-docs@example.com'`);
    expect(storedObjects().some((p) => p.includes(user!.id))).toBe(true);
    const token = await formToken(person, '/settings/delete');
    await person.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'export-docs@example.com' }).expect(303);
    expect(storedObjects().some((p) => p.includes(user!.id))).toBe(false);
    expect(await ctx.db.query(`select 1 from user_keys where user_id = $1`, [user!.id])).toHaveLength(0);
    expect(await ctx.db.query(`select 1 from documents where owner_id = $1`, [user!.id])).toHaveLength(0);
  });
});
