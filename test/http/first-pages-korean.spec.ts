import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { csrfFrom, signIn, tokenFor } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { htmlLang, latinShare, latinWords } from '../helpers/visible-text.js';

// The first pages a person sees (sign-in, development sign-in, profile, landing, dashboard and every
// card) in Korean and in English (#11, #19): the lang attribute, Korean copy, and almost no English
// left on a Korean page — names, file names and product terms aside (under 12 % of the words).

const ctx = useTestApp();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');
const KOREAN = { 'Accept-Language': 'ko-KR,ko;q=0.9' };
const ENGLISH = { 'Accept-Language': 'en' };
/** A Korean date as fmt writes it in KST: `2026. 01. 05.` */
const KOREAN_DATE = /\d{4}\. \d{2}\. \d{2}\./;

function expectKorean(html: string, ...phrases: string[]): void {
  expect(htmlLang(html)).toBe('ko');
  for (const phrase of phrases) expect(html).toContain(phrase);
  expect(latinShare(html), latinWords(html).join(' ')).toBeLessThan(0.12);
}

/** The page without the named cards' bodies (their sections). */
function withoutCards(html: string, ids: string[]): string {
  let out = html;
  for (const id of ids) {
    const start = out.indexOf(`<section class="card`, out.indexOf(`id="card-${id}"`) - 60);
    const end = out.indexOf('</section>', start);
    expect(start, id).toBeGreaterThan(-1);
    out = out.slice(0, start) + out.slice(end + '</section>'.length);
  }
  return out;
}

/** Follows the development sign-in to its login form; returns the agent, the form's path and page. */
async function devSignInForm(headers: Record<string, string>) {
  const agent = request.agent(ctx.t.origin);
  for (const [name, value] of Object.entries(headers)) agent.set(name, value);
  const start = await agent.get('/auth/start?next=%2Fdashboard').expect(303);
  const authorize = await agent.get(new URL(start.headers.location as string).pathname + new URL(start.headers.location as string).search).expect(303);
  const interaction = new URL(authorize.headers.location as string, ctx.t.origin).pathname;
  const page = await agent.get(interaction).expect(200);
  return { agent, interaction, page: page.text };
}

describe('signing in, in Korean and English', () => {
  it('shows the sign-in page in the reader’s language', async () => {
    const ko = (await request(ctx.t.origin).get('/auth/sign-in').set(KOREAN).expect(200)).text;
    expectKorean(ko, 'Candor에 로그인', '개발용 로그인이에요', '이용약관</a>과 ');
    const en = (await request(ctx.t.origin).get('/auth/sign-in').set(ENGLISH).expect(200)).text;
    expect(htmlLang(en)).toBe('en');
    expect(en).toContain('Sign in to Candor');
    expect(en).toContain('By signing in you agree to our <a href="/terms">terms</a> and <a href="/privacy">privacy promises</a>.');
  });

  it('lets a person correct a rejected email on the Korean development sign-in and go through (#19)', async () => {
    const { agent, interaction, page } = await devSignInForm(KOREAN);
    expectKorean(page, '개발용 로그인', '이메일 주소', '>취소<');
    const rejected = await agent.post(interaction).type('form').send({ _csrf: csrfFrom(page), name: '이지은', email: 'jieun@example', action: 'sign-in' }).expect(422);
    expectKorean(rejected.text, '올바른 이메일 주소를 입력해 주세요');
    expect(rejected.text).not.toContain('Enter a valid email address');
    const corrected = await agent.post(interaction).type('form').send({ _csrf: csrfFrom(rejected.text), name: '이지은', email: 'jieun@example.com', action: 'sign-in' }).expect(303);
    const resume = await agent.get(new URL(corrected.headers.location as string, ctx.t.origin).pathname).expect(303);
    const back = new URL(resume.headers.location as string, ctx.t.origin);
    const callback = await agent.get(back.pathname + back.search).expect(303);
    expect(callback.headers.location).toBe('/dashboard');
    expectKorean((await agent.get('/dashboard').expect(200)).text, '이지은님, 반가워요');
  });

  it('keeps the English messages for an English reader', async () => {
    const { agent, interaction, page } = await devSignInForm(ENGLISH);
    expect(page).toContain('Development sign-in');
    const rejected = await agent.post(interaction).type('form').send({ _csrf: csrfFrom(page), name: '', email: 'nope', action: 'sign-in' }).expect(422);
    expect(rejected.text).toContain('Enter your name');
    expect(rejected.text).toContain('Enter a valid email address');
  });
});

describe('the profile in Korean', () => {
  it('labels the form, its choices, its errors and its saved note in Korean', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Ha-eun Choi', email: 'haeun.ko@example.com' }, '/dashboard', KOREAN);
    const page = (await agent.get('/profile').expect(200)).text;
    expectKorean(page, '내 프로필', '희망 직무', '근무 형태', '원격 근무</label>', '>시니어<', '프로필 저장');
    const token = csrfFrom(page);
    const invalid = await agent.post('/profile').type('form').send({ _csrf: token, displayName: '', targetRoles: 'x'.repeat(121), workMode: 'anywhere', seniority: 'mid' }).expect(422);
    expectKorean(invalid.text, '표시된 항목을 고쳐 주세요.', '화면에 표시할 이름을 입력해 주세요', '직무는 하나에 120자까지 입력할 수 있어요', '원하는 근무 형태를 골라 주세요');
    await agent.post('/profile').type('form').send({ _csrf: token, displayName: '최하은', targetRoles: '데이터 분석가', locations: '서울', workMode: 'hybrid', seniority: 'junior' }).expect(303);
    expectKorean((await agent.get('/profile').expect(200)).text, '프로필을 저장했어요.');
  });
});

describe('the landing page and the dashboard in Korean and English', () => {
  it('shows the landing page in both languages', async () => {
    const ko = (await request(ctx.t.origin).get('/').set(KOREAN).expect(200)).text;
    expectKorean(ko, '로그인하고 시작하기', '이력서 분석', '면접 연습');
    const en = (await request(ctx.t.origin).get('/').set(ENGLISH).expect(200)).text;
    expect(htmlLang(en)).toBe('en');
    expect(en).toContain('Honest help with your career, and your data stays yours.');
  });

  it('shows a newcomer the first steps in Korean, the missing goals listed the Korean way', async () => {
    const agent = await signIn(ctx.t.origin, { name: '박서준', email: 'seojun.ko@example.com' }, '/dashboard', KOREAN);
    const page = (await agent.get('/dashboard').expect(200)).text;
    expectKorean(
      page,
      '박서준님, 반가워요',
      '이렇게 시작해 보세요',
      '목표 정하기',
      '이력서 올리기',
      '채용 공고와 비교해 분석하기',
      '면접 연습하기',
      // Intl.ListFormat in Korean: "a, b 및 c".
      '희망 직무, 희망 근무지 및 경력 수준 정보를 알려 주시면',
      '아직 올린 문서가 없어요.',
      '아직 분석한 적이 없어요.',
      '첫 분석을 마치면 점수가 여기에 그래프로 나타나요.',
      '아직 정하지 않았어요',
    );
    const en = (await agent.get('/dashboard?lang=en').expect(200)).text;
    expect(htmlLang(en)).toBe('en');
    expect(en).toContain('Tell us the roles you are aiming for, where you want to work and your seniority, so analyses');
  });

  it('shows a dashboard with data in Korean, dates in the Korean form (KST)', async () => {
    const agent = await signIn(ctx.t.origin, { name: '정유나', email: 'yuna.ko@example.com' }, '/dashboard', KOREAN);
    const token = await tokenFor(agent, '/profile');
    await agent.post('/profile').type('form').send({ _csrf: token, displayName: '정유나', targetRoles: '백엔드 개발자', locations: '서울\n부산', workMode: 'remote', seniority: 'mid' }).expect(303);
    const documentId = await uploadFixture(agent, 'alex-morgan.single-column.pdf');
    await waitForAnalysis(agent, await startAnalysis(agent, documentId, job));
    const whole = (await agent.get('/dashboard').expect(200)).text;
    // Not measured here: the score chart (the analysis pages' partial) and the analysis's own
    // suggestions, which the analysis pages translate; their card titles are checked.
    expect(whole).toContain('>점수 변화</h2>');
    expect(whole).toContain('>다음에 할 일</h2>');
    const page = withoutCards(whole, ['score-history', 'next-steps']);
    expectKorean(page, '내 문서', '이력서', '모든 분석 보기', '원격 근무', '중간 경력', '백엔드 개발자');
    const documents = page.slice(page.indexOf('id="card-documents"'), page.indexOf('id="card-analyses"'));
    expect(documents).toMatch(KOREAN_DATE);
    expect(page).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d\b/);
  });

  it('shows staff cards and the quiet failed state in Korean', async () => {
    const admin = await signIn(ctx.t.origin, { name: 'Ari Admin', email: 'ari.ko@example.com' }, '/dashboard', KOREAN);
    await ctx.db.query(`update users set role = 'admin' where email = 'ari.ko@example.com'`);
    await ctx.db.query(
      `insert into scheduled_job_runs (job_name, slot, instance_id, started_at, finished_at, outcome)
       values ('compliance.destroy-expired-erasures', now(), 'test', now(), now(), 'ok')`,
    );
    const overview = (await admin.get('/dashboard').expect(200)).text;
    expect(htmlLang(overview)).toBe('ko');
    for (const phrase of ['운영 현황', '역할별 계정 수', '<td>관리자</td><td>1</td>', '시작 시각(한국 시간)', '<td>성공</td>']) expect(overview).toContain(phrase);
    expect(overview).toMatch(/오[전후] \d{1,2}:\d{2}/);

    const support = await signIn(ctx.t.origin, { name: 'Sam Support', email: 'sam.ko@example.com' }, '/dashboard', KOREAN);
    await ctx.db.query(`update users set role = 'support' where email = 'sam.ko@example.com'`);
    expectKorean((await support.get('/dashboard').expect(200)).text, '개인정보 요청', '접근 기록');

    const employer = await signIn(ctx.t.origin, { name: 'Eli Employer', email: 'eli.ko@example.com' }, '/dashboard', KOREAN);
    await ctx.db.query(`update users set role = 'employer' where email = 'eli.ko@example.com'`);
    expectKorean((await employer.get('/dashboard').expect(200)).text, '지원자', '지원자가 직접 공유하기로 한 정보만');
  });
});

// Last in the file: it drops a table of this file's own database.
describe('when one card’s data source fails, in Korean', () => {
  it('draws the quiet empty state in Korean under the card’s Korean title', async () => {
    const agent = await signIn(ctx.t.origin, { name: '한지민', email: 'jimin.ko@example.com' }, '/dashboard', KOREAN);
    await ctx.db.query('drop table analyses cascade');
    const page = (await agent.get('/dashboard').expect(200)).text;
    const analyses = page.slice(page.indexOf('id="card-analyses"'), page.indexOf('</section>', page.indexOf('id="card-analyses"')));
    expect(analyses).toContain('>분석</h2>');
    expect(analyses).toContain('지금은 이 부분을 불러오지 못했어요.');
    expectKorean(page);
  });
});
