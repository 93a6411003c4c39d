import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { binary, csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// Promise S2: an advisor verified by an administrator; a consultation needs its own consent page that
// names the advisor and lists the items, none ticked; the advisor opens only those, each view is
// logged and shown on the Sharing page; revoking gives 404; erasure removes every consultation.
const ctx = useTestApp();

/** Reads the page's CSRF token first, then posts the form (the token's cookie must exist before the post is built). */
async function postForm(agent: Agent, page: string, path: string, fields: Record<string, unknown>, status: number): Promise<void> {
  const token = await tokenFor(agent, page);
  await agent.post(path).type('form').send({ _csrf: token, ...fields }).expect(status);
}

const RESUME = Buffer.from('Mina Park\n\nSkills\nTypeScript, PostgreSQL\n\nExperience\nBackend engineer at Hanbit, 2019–2024\n');
const COVER_LETTER = Buffer.from('Dear hiring team,\nSECRET-COVER-LETTER-LINE\n');

async function signInAs(role: string, person: { name: string; email: string }): Promise<Agent> {
  const agent = await signIn(ctx.t.origin, person);
  await ctx.db.query('update users set role = $1 where email = $2', [role, person.email]);
  return agent;
}

describe('advisors and consultations (S2)', () => {
  let advisor: Agent;
  let admin: Agent;
  let mina: Agent;
  let other: Agent;
  let advisorId: string;
  let resumeId: string;
  let coverLetterId: string;
  let consultationId: string;

  it('lists an advisor for job seekers only once an administrator has verified them', async () => {
    advisor = await signInAs('advisor', { name: 'Attorney Han', email: 'han@law.example' });
    admin = await signInAs('admin', { name: 'Ada Admin', email: 'ada@candor.example' });
    mina = await signIn(ctx.t.origin, { name: 'Mina Park', email: 'mina@example.com' });
    other = await signIn(ctx.t.origin, { name: 'Otto Other', email: 'otto@example.com' });
    [{ id: advisorId }] = (await ctx.db.query<{ id: string }>(`select id from users where email = 'han@law.example'`)) as [{ id: string }];

    await postForm(advisor, '/advisor', '/advisor/profile', { specialty: 'Labour law', bio: 'Employment contracts and dismissals.' }, 303);
    expect((await mina.get('/advisors').expect(200)).text).not.toContain('Attorney Han');
    await mina.get(`/advisors/${advisorId}`).expect(404);
    // Only administrators verify; only advisors have the advisor pages.
    await postForm(mina, '/advisors', `/admin/advisors/${advisorId}/verify`, {}, 403);
    await mina.get('/advisor').expect(403);

    const adminPage = await admin.get('/admin/advisors').expect(200);
    expect(adminPage.text).toContain('Labour law');
    await admin.post(`/admin/advisors/${advisorId}/verify`).type('form').send({ _csrf: csrfFrom(adminPage.text) }).expect(303);
    const directory = await mina.get('/advisors').expect(200);
    expect(directory.text).toContain('Attorney Han');
    expect(directory.text).toContain('Labour law');
    expect((await mina.get(`/advisors/${advisorId}`).expect(200)).text).toContain('Employment contracts and dismissals.');
  });

  it('asks for consent on a page of its own that names the advisor and ticks nothing', async () => {
    resumeId = await uploadDocument(mina, 'cv.txt', RESUME);
    coverLetterId = await uploadDocument(mina, 'letter.txt', COVER_LETTER, 'cover_letter');
    const page = await mina.get(`/advisors/${advisorId}/consult`).expect(200);
    expect(page.text).toContain('Consultation with Attorney Han');
    expect(page.text).toContain('I agree that Attorney Han may open the items I ticked');
    // No box is ticked: neither a document, nor a section, nor the consent itself.
    expect(page.text).not.toMatch(/type="checkbox"[^>]*checked/);
    expect(page.text).not.toMatch(new RegExp(`value="${resumeId}"[^>]*checked`));

    // In Korean too, for a Korean reader (another person, so the locale cookie stays theirs).
    const korean = await other.get(`/advisors/${advisorId}/consult?lang=ko`).expect(200);
    expect(korean.text).toContain('<html lang="ko"');
    expect(korean.text).toContain('Attorney Han 님과 상담');
    expect(korean.text).toContain('선택한 항목을 Attorney Han 님이 열어 보는 데 동의합니다.');

    // Without the consent box nothing is shared.
    await mina.post(`/advisors/${advisorId}/consult`).type('form').send({ _csrf: csrfFrom(page.text), resumeId, sections: ['skills'] }).expect(422);
    expect(await ctx.db.query('select 1 from consultations')).toHaveLength(0);

    await mina.post(`/advisors/${advisorId}/consult`).type('form').send({ _csrf: csrfFrom(page.text), resumeId, sections: ['skills'], note: 'Is my non-compete valid?', consent: 'yes' }).expect(303);
    const [row] = await ctx.db.query<{ id: string; items: unknown }>('select id, items from consultations');
    consultationId = row!.id;
    expect(row!.items).toEqual([
      { kind: 'document', documentId: resumeId, category: 'resume' },
      { kind: 'profile', documentId: resumeId, sections: ['skills'] },
    ]);
  });

  it('lets the advisor open only the shared items, logging each view on the person’s Sharing page', async () => {
    const home = await advisor.get('/advisor').expect(200);
    expect(home.text).toContain(`/advisor/consultations/${consultationId}`);
    const consultation = await advisor.get(`/advisor/consultations/${consultationId}`).expect(200);
    expect(consultation.text).toContain('Is my non-compete valid?');
    const resume = await advisor.get(`/advisor/consultations/${consultationId}/documents/${resumeId}`).expect(200);
    expect(resume.text).toContain('Backend engineer at Hanbit');
    await advisor.get(`/advisor/consultations/${consultationId}/profile/${resumeId}`).expect(200);

    // Not shared: the cover letter, through the consultation or any other page; nor the owner's own pages.
    await advisor.get(`/advisor/consultations/${consultationId}/documents/${coverLetterId}`).expect(404);
    await advisor.get(`/documents/${resumeId}`).expect(404);
    await advisor.get(`/documents/${coverLetterId}`).expect(404);
    // A person without the advisor role never reaches the advisor pages.
    await other.get(`/advisor/consultations/${consultationId}`).expect(403);

    const views = await ctx.db.query<{ actor_role: string; basis: string; reference_id: string }>('select actor_role, basis, reference_id from access_log order by at');
    expect(views).toEqual([
      { actor_role: 'advisor', basis: 'grant', reference_id: consultationId },
      { actor_role: 'advisor', basis: 'grant', reference_id: consultationId },
    ]);
    const sharing = await mina.get('/settings/sharing').expect(200);
    expect(sharing.text).toContain('Consultations with advisors');
    expect(sharing.text.match(/Attorney Han opened your (document|profile) on/g)).toHaveLength(2);
  });

  it('revokes in one click: the advisor gets 404 on the consultation and every item', async () => {
    const sharing = await mina.get('/settings/sharing').expect(200);
    expect(sharing.text).toContain(`/settings/sharing/consultations/${consultationId}/revoke`);
    // Someone else cannot revoke it (nor learn it exists).
    await postForm(other, '/settings/sharing', `/settings/sharing/consultations/${consultationId}/revoke`, {}, 404);
    await mina.post(`/settings/sharing/consultations/${consultationId}/revoke`).type('form').send({ _csrf: csrfFrom(sharing.text) }).expect(303);
    await advisor.get(`/advisor/consultations/${consultationId}`).expect(404);
    await advisor.get(`/advisor/consultations/${consultationId}/documents/${resumeId}`).expect(404);
    await advisor.get(`/advisor/consultations/${consultationId}/profile/${resumeId}`).expect(404);
    expect((await mina.get('/settings/sharing').expect(200)).text).toContain('Revoked');
  });

  it('exports consultations with their views, and erases them with the account', async () => {
    const res = await mina.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const exported = JSON.parse(strFromU8(files['advisors/consultations.json']!)) as { id: string; advisorName: string; views: unknown[] }[];
    expect(exported).toEqual([expect.objectContaining({ id: consultationId, advisorName: 'Attorney Han', views: expect.any(Array) })]);
    expect(exported[0]!.views).toHaveLength(2);

    // A second, active consultation, so erasure has something live to end.
    const page = await mina.get(`/advisors/${advisorId}/consult`).expect(200);
    await mina.post(`/advisors/${advisorId}/consult`).type('form').send({ _csrf: csrfFrom(page.text), coverLetterIds: [coverLetterId], consent: 'yes' }).expect(303);
    const token = await tokenFor(mina, '/settings/delete');
    await mina.post('/settings/delete').type('form').send({ _csrf: token, confirmEmail: 'mina@example.com' }).expect(303);
    expect(await ctx.db.query('select 1 from consultations')).toHaveLength(0);
    expect((await advisor.get('/advisor').expect(200)).text).not.toContain('Mina Park');
  });
});
