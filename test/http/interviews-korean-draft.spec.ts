import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, STRONG_ANSWER, startInterview, waitingQuestion } from '../helpers/interview.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
let person: Agent;

const KOREAN_ANSWER =
  '작년에 병동에서 야간 근무를 할 때 선배와 환자 상태를 두고 의견이 달랐습니다. 제 목표는 환자의 안전이었습니다. 저는 최근 활력징후를 나란히 보여 드렸고, 제가 직접 당직 의사에게 보고했습니다. 그 결과 환자는 20분 만에 치료를 받았고, 그 뒤로 선배와 저는 근무마다 추세를 함께 확인합니다. 이 일로 근거를 차분히 보여 주는 것이 중요하다는 것을 배웠습니다.';

/** The page's main content: the layout's language switcher may name English in English. */
const main = (html: string): string => /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? html;

const startKorean = (agent: Agent): Promise<string> => startInterview(agent, { language: 'ko', role: '간호사', kind: 'behavioral', length: 2 });

beforeAll(async () => {
  person = await signIn(ctx.t.origin, { name: 'Seo-yeon Park', email: 'seoyeon.interview@example.com' });
  await ctx.db.query(`update users set locale = null where email = $1`, ['seoyeon.interview@example.com']);
});

describe('a Korean interview session', () => {
  it('asks, follows up and reports in Korean, with nothing marked English', async () => {
    const id = await startKorean(person);
    const [row] = await ctx.db.query<{ locale: string }>(`select locale from interviews where id = $1`, [id]);
    expect(row!.locale).toBe('ko');

    const first = (await waitingQuestion(person, id))!;
    expect(first.question).toMatch(/[가-힣]/);
    expect(first.page).toContain('class="question-text" lang="ko"');

    // A thin answer draws a follow-up, in Korean.
    await person.post(`/interviews/${id}/answers`).type('form').send({ _csrf: first.token, turnId: first.turnId, answer: '잘 해결했습니다.', source: 'text' }).expect(303);
    const followUp = (await waitingQuestion(person, id))!;
    expect(followUp.question).toMatch(/[가-힣]/);
    expect(followUp.question).not.toMatch(/[A-Za-z]{3,}/);

    for (let i = 0; i < 4 && (await waitingQuestion(person, id)); i++) {
      const w = (await waitingQuestion(person, id))!;
      await person.post(`/interviews/${id}/answers`).type('form').send({ _csrf: w.token, turnId: w.turnId, answer: KOREAN_ANSWER, source: 'text' }).expect(303);
    }
    let page: string;
    for (const deadline = Date.now() + 20_000; ; ) {
      page = (await person.get(`/interviews/${id}`).set('Accept-Language', 'ko').expect(200)).text;
      if (!page.includes('id="interview-progress"')) break;
      if (Date.now() > deadline) expect.fail('not scored in time');
      await new Promise((r) => setTimeout(r, 200));
    }
    const content = decodeEntities(main(page));
    expect(content).toContain('big-score');
    expect(content).not.toContain('lang="en"');
    expect(content).toContain('lang="ko"');
    // Engine-written text: criteria reasons, suggestions and the stronger version.
    expect(content).toMatch(/상황: /);
    expect(content).toMatch(/STAR 구조|빠졌어요|갖췄어요/);
    const prose = /<p class="prose" lang="ko">([\s\S]*?)<\/p>/.exec(content)![1]!;
    expect(prose).toMatch(/[가-힣]/);
    // The same page read in English keeps the engine's Korean text marked as Korean.
    const english = main((await person.get(`/interviews/${id}`).set('Accept-Language', 'en').expect(200)).text);
    expect(english).toContain('<p class="prose" lang="ko">');
  });
});

describe('a typed draft survives a reload (kept encrypted, works without JavaScript)', () => {
  it('saves the draft from the form, shows it again on reload, and drops it on submit', async () => {
    const token = csrfFrom((await person.get('/interviews').expect(200)).text);
    const res = await person.post('/interviews').type('form').send({ _csrf: token, role: 'Registered nurse', kind: 'behavioral', length: '1', documentId: '', job: '' }).expect(303);
    const id = /\/interviews\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    const waiting = (await waitingQuestion(person, id))!;
    expect(waiting.page).toContain(`formaction="/interviews/${id}/turns/${waiting.turnId}/draft"`);

    // Without JavaScript: the "Save draft" button posts the form to the draft route.
    const draft = 'On a night shift last year I noticed a patient whose blood pressure kept falling';
    const saved = await person.post(`/interviews/${id}/turns/${waiting.turnId}/draft`).type('form').send({ _csrf: waiting.token, turnId: waiting.turnId, answer: draft, source: 'text' }).expect(303);
    expect(saved.headers.location).toBe(`/interviews/${id}#answer`);
    const reloaded = decodeEntities((await person.get(`/interviews/${id}`).expect(200)).text);
    expect(reloaded).toContain(`${draft}</textarea>`);

    // Encrypted at rest, like answers.
    const [stored] = await ctx.db.query<{ draft_ciphertext: Buffer }>(`select draft_ciphertext from interview_turns where id = $1`, [waiting.turnId]);
    expect(stored!.draft_ciphertext.toString('latin1')).not.toContain('blood pressure');

    // With htmx: saved while typing, 204.
    await person.post(`/interviews/${id}/turns/${waiting.turnId}/draft`).set('HX-Request', 'true').set('X-CSRF-Token', waiting.token).type('form').send({ answer: `${draft} and kept dropping.` }).expect(204);
    expect(decodeEntities((await person.get(`/interviews/${id}`).expect(200)).text)).toContain(`${draft} and kept dropping.</textarea>`);

    // A draft older than a day is not shown, and the hourly job deletes it.
    await ctx.db.query(`update interview_turns set draft_saved_at = now() - interval '25 hours' where id = $1`, [waiting.turnId]);
    expect(decodeEntities((await person.get(`/interviews/${id}`).expect(200)).text)).not.toContain('kept dropping');
    await person.post(`/interviews/${id}/turns/${waiting.turnId}/draft`).set('HX-Request', 'true').set('X-CSRF-Token', waiting.token).type('form').send({ answer: draft }).expect(204);

    // Submitting the answer deletes the draft.
    await person.post(`/interviews/${id}/answers`).type('form').send({ _csrf: waiting.token, turnId: waiting.turnId, answer: STRONG_ANSWER, source: 'text' }).expect(303);
    const [after] = await ctx.db.query<{ draft_ciphertext: Buffer | null; draft_saved_at: Date | null }>(`select draft_ciphertext, draft_saved_at from interview_turns where id = $1`, [waiting.turnId]);
    expect(after!.draft_ciphertext).toBeNull();
    expect(after!.draft_saved_at).toBeNull();
  });

  it('refuses a draft without the CSRF token and for someone else’s interview', async () => {
    const token = csrfFrom((await person.get('/interviews').expect(200)).text);
    const res = await person.post('/interviews').type('form').send({ _csrf: token, role: 'Teacher', kind: 'behavioral', length: '1', documentId: '', job: '' }).expect(303);
    const id = /\/interviews\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    const waiting = (await waitingQuestion(person, id))!;
    await person.post(`/interviews/${id}/turns/${waiting.turnId}/draft`).type('form').send({ answer: 'x' }).expect(403);
    const stranger = await signIn(ctx.t.origin, { name: 'Other', email: 'other.draft@example.com' });
    const strangerToken = csrfFrom((await stranger.get('/interviews').expect(200)).text);
    await stranger.post(`/interviews/${id}/turns/${waiting.turnId}/draft`).type('form').send({ _csrf: strangerToken, answer: 'x' }).expect(404);
  });
});

describe('finishing early asks first', () => {
  it('links to a confirmation page (no JavaScript) and carries the same words in a dialog', async () => {
    const token = csrfFrom((await person.get('/interviews').expect(200)).text);
    const res = await person.post('/interviews').type('form').send({ _csrf: token, role: 'Accountant', kind: 'behavioral', length: '2', documentId: '', job: '' }).expect(303);
    const id = /\/interviews\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    const page = decodeEntities((await person.get(`/interviews/${id}`).expect(200)).text);
    expect(page).toContain(`href="/interviews/${id}/finish" hx-boost="false" data-confirm-dialog="confirm-finish"`);
    expect(page).toContain('<dialog id="confirm-finish"');
    const confirm = decodeEntities((await person.get(`/interviews/${id}/finish`).expect(200)).text);
    expect(confirm).toContain('<h1 id="confirm-finish-heading">Finish the interview now?</h1>');
    expect(confirm).toContain(`<form method="post" action="/interviews/${id}/finish"`);
    expect(confirm).toContain('Finish and get the report');
    // Nothing was finished by looking at the question.
    const [row] = await ctx.db.query<{ status: string }>(`select status from interviews where id = $1`, [id]);
    expect(row!.status).toBe('in_progress');
  });
});
