import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument, uploadFixture } from '../helpers/analysis.js';
import { formEntries, generatedProfiles, JSON_RESUME_SAMPLE_PATH, urlencode } from '../helpers/profile-editor.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
let owner: Agent;
let id: string;

const SAVE = { name: 'action', value: 'save' };

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Richard Hendriks', email: 'richard@example.com' });
  id = await uploadDocument(owner, 'cv.txt', Buffer.from('Richard Hendriks\nProgrammer\nrichard@example.com\n'));
});

async function exported(documentId = id): Promise<Record<string, unknown>> {
  return JSON.parse((await owner.get(`/documents/${documentId}/profile.json`).expect(200)).text) as Record<string, unknown>;
}

async function importJson(json: string, documentId = id): Promise<void> {
  const token = csrfFrom((await owner.get(`/documents/${documentId}/profile`).expect(200)).text);
  await owner.post(`/documents/${documentId}/profile/import?_csrf=${encodeURIComponent(token)}`).attach('file', Buffer.from(json), 'resume.json').expect(303);
}

/** GETs the editor and posts its fields back exactly as a browser would with the given button. */
async function submitEditor(submitter: { name: string; value: string }, status: number, edit: (entries: [string, string][]) => [string, string][] = (e) => e, documentId = id) {
  const page = await owner.get(`/documents/${documentId}/profile`).expect(200);
  return owner.post(`/documents/${documentId}/profile`).type('form').send(urlencode(edit(formEntries(page.text, 'profile-editor', submitter)))).expect(status);
}

const setField = (name: string, value: string) => (entries: [string, string][]): [string, string][] => entries.map(([n, v]) => [n, n === name ? value : v]);

describe('profile editor round trip through the app', () => {
  it('the JSON Resume sample: import, open the editor, save unchanged, export the same JSON', async () => {
    await importJson(readFileSync(JSON_RESUME_SAMPLE_PATH, 'utf8'));
    const before = await exported();
    expect(before.publications).toHaveLength(1);
    expect(before.meta).toBeTruthy();
    await submitEditor(SAVE, 303);
    expect(await exported()).toEqual(before);
  });

  it('the profile the parser read from an uploaded PDF', async () => {
    const pdf = await uploadFixture(owner, 'priya-raman.two-column.pdf');
    const before = await exported(pdf);
    await submitEditor(SAVE, 303, undefined, pdf);
    expect(await exported(pdf)).toEqual(before);
  });

  it('generated profiles, including ones larger than the app-wide form limits (64 KB, 200 fields)', async () => {
    const profiles = generatedProfiles(12, 7);
    const largest = profiles.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
    largest.skills = Array.from({ length: 120 }, (_, i) => ({ name: `기술 ${i}`, level: 'Advanced', keywords: ['Rust', 'Go'] }));
    largest.work = [...largest.work, ...Array.from({ length: 40 }, (_, i) => ({ name: `Employer ${i}`, position: '엔지니어', summary: 'x'.repeat(1500), highlights: ['a', 'b'] }))];
    for (const profile of profiles) {
      await importJson(JSON.stringify(profile));
      const before = await exported();
      const { $schema: _schema, ...stored } = before;
      expect(stored).toEqual(profile);
      await submitEditor(SAVE, 303);
      expect(await exported()).toEqual(before);
    }
  });
});

describe('profile editor buttons', () => {
  beforeAll(async () => {
    await importJson(
      JSON.stringify({
        basics: { name: 'Richard Hendriks', label: 'Programmer' },
        work: [
          { name: 'Pied Piper', position: 'CEO', highlights: ['Won Disrupt'] },
          { name: 'Hooli', position: 'Developer' },
        ],
        education: [{ institution: 'Stanford' }, { institution: 'University of Oklahoma' }],
        skills: [{ name: 'Compression', level: 'Master', keywords: ['Middle-out'] }],
      }),
    );
  });

  it('“Add skill” applies to what is on screen and saves nothing (200, every other edit kept)', async () => {
    const res = await submitEditor({ name: 'action', value: 'add-skill' }, 200, (e) => setField('newSkill', 'Rust, Go')(setField('basics.label', 'Chief Compression Officer')(e)));
    expect(res.text).toContain('value="Chief Compression Officer"');
    expect(res.text).toContain('value="Rust"');
    expect(res.text).toContain('value="Go"');
    expect(res.text).toContain('value="Compression"');
    expect(((await exported()).basics as Record<string, unknown>).label).toBe('Programmer');

    // Saving the re-rendered form saves all of it at once.
    const entries = formEntries(res.text, 'profile-editor', SAVE);
    await owner.post(`/documents/${id}/profile`).type('form').send(urlencode(entries)).expect(303);
    const saved = await exported();
    expect((saved.basics as Record<string, unknown>).label).toBe('Chief Compression Officer');
    expect(saved.skills).toEqual([{ name: 'Compression', level: 'Master', keywords: ['Middle-out'] }, { name: 'Rust' }, { name: 'Go' }]);
  });

  it('“Remove” takes out one job or school, keeps the other entries and unsaved edits, and saves on Save', async () => {
    const res = await submitEditor({ name: 'action', value: 'remove-job-0' }, 200, setField('work.1.position', 'Senior Developer'));
    expect(res.text).not.toContain('value="Pied Piper"');
    expect(res.text).toContain('value="Senior Developer"');
    expect((await exported()).work).toHaveLength(2);
    const removeSchool = await owner
      .post(`/documents/${id}/profile`)
      .type('form')
      .send(urlencode(formEntries(res.text, 'profile-editor', { name: 'action', value: 'remove-education-1' })))
      .expect(200);
    expect(removeSchool.text).toContain('value="Stanford"');
    expect(removeSchool.text).not.toContain('University of Oklahoma');
    await owner.post(`/documents/${id}/profile`).type('form').send(urlencode(formEntries(removeSchool.text, 'profile-editor', SAVE))).expect(303);
    const saved = await exported();
    expect(saved.work).toEqual([{ name: 'Hooli', position: 'Senior Developer' }]);
    expect(saved.education).toEqual([{ institution: 'Stanford' }]);
  });

  it('“Add job” adds a blank entry with the cursor in it; left empty, Save drops it', async () => {
    const res = await submitEditor({ name: 'action', value: 'add-job' }, 200);
    expect(res.text).toMatch(/name="work\.1\.position" autofocus/);
    await owner.post(`/documents/${id}/profile`).type('form').send(urlencode(formEntries(res.text, 'profile-editor', SAVE))).expect(303);
    expect((await exported()).work).toHaveLength(1);
  });

  it('with htmx the form swaps only itself', async () => {
    const page = await owner.get(`/documents/${id}/profile`).expect(200);
    const res = await owner
      .post(`/documents/${id}/profile`)
      .set('HX-Request', 'true')
      .set('X-CSRF-Token', csrfFrom(page.text))
      .type('form')
      .send(urlencode(formEntries(page.text, 'profile-editor', { name: 'action', value: 'add-language' })))
      .expect(200);
    expect(res.text.trimStart().startsWith('<form id="profile-editor"')).toBe(true);
    expect(res.text).not.toContain('<html');
    expect(res.text).toContain('name="languages.0.language"');
  });

  it('a validation error re-renders everything typed (422) with the message next to its field', async () => {
    const res = await submitEditor(SAVE, 422, (e) => setField('work.0.endDate', 'soon')(setField('basics.name', 'Richard H.')(setField('basics.email', 'not an email')(e))));
    expect(res.text).toContain('value="Richard H."');
    expect(res.text).toContain('value="soon"');
    expect(res.text).toContain('value="not an email"');
    expect(res.text).toMatch(/id="field-work-0-endDate"[^>]*aria-describedby="field-work-0-endDate-hint field-work-0-endDate-error"[^>]*aria-invalid="true"/);
    expect(res.text).toContain('<p class="field-error" id="field-work-0-endDate-error">Use YYYY, YYYY-MM or YYYY-MM-DD');
    expect(res.text).toContain('<p class="field-error" id="field-basics-email-error">Enter an email address');
    expect(((await exported()).basics as Record<string, unknown>).name).toBe('Richard Hendriks');
  });

  it('refuses links that are not web addresses', async () => {
    const res = await submitEditor(SAVE, 422, setField('basics.url', 'javascript:alert(1)'));
    expect(res.text).toContain('Enter a web address');
  });
});
