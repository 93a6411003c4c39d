import { describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { applyTo, publishPosting } from '../helpers/jobs.js';
import { csrfFrom, signIn, tokenFor, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { htmlLang, latinShare, latinWords } from '../helpers/visible-text.js';

/**
 * Every employer page, read by a Korean employer: `<html lang="ko">` and no English left beyond names
 * and product terms (measured as the share of Latin-script words in the visible text, as the other
 * Korean page tests do). The company, posting, résumé and message are written in Korean, so every
 * Latin word left on a page is the interface's.
 */
const ctx = useTestApp();
const KOREAN = { 'Accept-Language': 'ko' };

const POSTING = `작은 가게를 위한 결제 서비스를 만들어요.

자격 요건:
- 백엔드 개발 경력 3년 이상
- 데이터베이스 설계 경험`;
const RESUME = Buffer.from('박하나\nhana@example.com\n\n기술\n백엔드 개발, 데이터베이스 설계\n\n경력\n한빛 결제팀 백엔드 개발자, 2019–2024\n');

async function koreanEmployer(): Promise<Agent> {
  const agent = await signIn(ctx.t.origin, { name: '이서연', email: 'seoyeon.employer@example.com' }, '/dashboard', KOREAN);
  await ctx.db.query(`update users set role = 'employer' where email = $1`, ['seoyeon.employer@example.com']);
  const token = await tokenFor(agent, '/employer');
  await agent.post('/employer/company').type('form').send({ _csrf: token, name: '한빛결제', website: '', size: '11-50', locations: '서울', description: '작은 가게를 위한 결제 서비스를 만들어요.' }).expect(303);
  return agent;
}

describe('the employer pages in Korean', () => {
  let employer: Agent;
  let postingId: string;
  let applicationPath: string;
  let grantLink: string | undefined;

  it('set up: a Korean company with a posting, an invitation, and an application with a message and a note', async () => {
    employer = await koreanEmployer();
    const invitePage = await employer.get('/employer').set(KOREAN).expect(200);
    await employer.post('/employer/invitations').type('form').send({ _csrf: csrfFrom(invitePage.text), email: 'colleague@example.com' }).expect(303);
    postingId = await publishPosting(employer, { title: '백엔드 개발자', description: POSTING, language: 'ko', locations: '서울' });

    const seeker = await signIn(ctx.t.origin, { name: '박하나', email: 'hana.seeker@example.com' }, '/dashboard', KOREAN);
    await applyTo(seeker, postingId, { resumeId: await uploadDocument(seeker, '이력서.txt', RESUME, 'resume'), sections: ['skills'], note: '함께 일하고 싶어요.' });
    const [application] = await ctx.db.query<{ id: string }>('select id from job_applications where posting_id = $1', [postingId]);
    applicationPath = `/employer/applications/${application!.id}`;
    const applicationPage = await employer.get(applicationPath).set(KOREAN).expect(200);
    await employer.post(`${applicationPath}/messages`).type('form').send({ _csrf: csrfFrom(applicationPage.text), body: '지원해 주셔서 감사해요. 다음 주에 이야기 나눠요.' }).expect(303);
    await employer.post(`${applicationPath}/notes`).type('form').send({ _csrf: csrfFrom(applicationPage.text), body: '결제 경험이 많아요.' }).expect(303);
    grantLink = /href="(\/employer\/grants\/[^"]+)"/.exec((await employer.get(applicationPath).set(KOREAN).expect(200)).text)?.[1];
    expect(grantLink, 'the application page links the shared résumé').toBeDefined();
    // Two sign-ins, an upload read by the extraction worker and an application: 15-20 s, more on a busy machine.
  }, 180_000);

  it('are Korean on every page: company profile, members and invitations, postings, pipeline, application and messages', async () => {
    const pages = ['/employer', '/employer/postings/new', `/employer/postings/${postingId}`, `/employer/postings/${postingId}/applicants`, applicationPath, '/employer/shared', grantLink!];
    for (const path of pages) {
      const page = await employer.get(path).set(KOREAN).expect(200);
      expect(htmlLang(page.text), path).toBe('ko');
      expect(latinShare(page.text), `${path}: ${latinWords(page.text).join(' ')}`).toBeLessThan(0.12);
    }
  });

  it('are Korean for the colleague opening the invitation, and list them as a member; the application shows the message and note', async () => {
    const [mail] = await ctx.db.query<{ text_body: string; subject: string }>(`select text_body, subject from mail_outbox where recipient = 'colleague@example.com'`);
    expect(mail!.subject).toContain('한빛결제');
    const invitationPath = /\/employer\/invitations\/[\w-]+/.exec(mail!.text_body)![0];
    const colleague = await signIn(ctx.t.origin, { name: '최민준', email: 'colleague@example.com' }, '/dashboard', KOREAN);
    const invitation = await colleague.get(invitationPath).set(KOREAN).expect(200);
    expect(htmlLang(invitation.text)).toBe('ko');
    expect(latinShare(invitation.text), latinWords(invitation.text).join(' ')).toBeLessThan(0.12);
    await colleague.post(invitationPath).type('form').send({ _csrf: csrfFrom(invitation.text) }).expect(303);
    const home = await employer.get('/employer').set(KOREAN).expect(200);
    expect(home.text).toContain('최민준');
    expect(latinShare(home.text), latinWords(home.text).join(' ')).toBeLessThan(0.12);
    const thread = await employer.get(applicationPath).set(KOREAN).expect(200);
    expect(thread.text).toContain('다음 주에 이야기 나눠요.');
    expect(thread.text).toContain('결제 경험이 많아요.');
  });
});
