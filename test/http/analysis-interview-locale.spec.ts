import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startAnalysis, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { answerQuestion, startInterview, waitForReport, waitingQuestion } from '../helpers/interview.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');

const htmlLang = (html: string): string | undefined => /<html lang="([^"]+)"/.exec(html)?.[1];

/**
 * Visible words of a page, without what is marked `lang="en"`: the interview engine's questions and
 * feedback (English for now), and the names and quotes of an analysis report (its findings are Korean).
 */
function visibleChromeWords(html: string): string[] {
  const body = html
    .replace(/<(script|style|head|pre)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(\w+)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
  return body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** What the person wrote or named (file name, the job's title): names, not chrome. */
const NAMES = ['alex-morgan.single-column.pdf', 'Senior Backend Engineer'];

/** Share of Latin-script words among the visible words, the person's own names left out (product terms count). */
function latinShare(html: string): { share: number; latin: string[] } {
  const withoutNames = NAMES.reduce((page, name) => page.replaceAll(name, ' '), html);
  const words = visibleChromeWords(withoutNames);
  const latin = words.filter((w) => /^[\p{Script=Latin}\d\W]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
  return { share: latin.length / words.length, latin };
}

let person: Agent;
let analysisId: string;
let interviewId: string;

beforeAll(async () => {
  person = await signIn(ctx.t.origin, { name: 'Ji-woo Han', email: 'jiwoo.i18n@example.com' });
  // No saved choice: each request's Accept-Language decides (a saved account locale would win over it).
  await ctx.db.query(`update users set locale = null where email = $1`, ['jiwoo.i18n@example.com']);
  const documentId = await uploadFixture(person, 'alex-morgan.single-column.pdf');
  analysisId = await startAnalysis(person, documentId, job);
  await waitForAnalysis(person, analysisId);
  interviewId = await startInterview(person, { role: '프론트엔드 개발자', kind: 'behavioral', length: 2 });
  expect(await waitingQuestion(person, interviewId)).toBeDefined();
});

describe('analysis and interview pages in Korean and English', () => {
  it.each([
    ['the analyses page', () => '/analyses', ['점수 변화', '전체 분석', '문서 분석하기'], ['Score history', 'All analyses']],
    ['an analysis report', () => `/analyses/${analysisId}`, ['종합 점수', '점수는 이렇게 계산해요', '공고 적합도 — 40%', '찾아낸 기술'], ['Overall score', 'Job match — 40%', 'Skills we found']],
    ['the interviews page', () => '/interviews', ['면접 연습 시작하기', '연습할 직무', '지난 면접'], ['Start a practice interview', 'Past interviews']],
    ['an interview question', () => `/interviews/${interviewId}`, ['질문 1 / 2', '내 답변', '답변 제출'], ['Question 1 of 2', 'Your answer', 'Submit answer']],
  ])('%s answers in the asked language', async (_, path, korean, english) => {
    const ko = await person.get(path()).set('Accept-Language', 'ko').expect(200);
    expect(htmlLang(ko.text)).toBe('ko');
    for (const text of korean) expect(ko.text).toContain(text);
    for (const text of english) expect(ko.text).not.toContain(text);
    const { share, latin } = latinShare(ko.text);
    console.info(`Latin share on ${path()} in Korean: ${(share * 100).toFixed(1)} % (${latin.length} words: ${latin.join(' ')})`);
    expect(share, latin.join(' ')).toBeLessThan(0.12);

    const en = await person.get(path()).set('Accept-Language', 'en').expect(200);
    expect(htmlLang(en.text)).toBe('en');
    for (const text of english) expect(en.text).toContain(text);
    for (const text of korean) expect(en.text).not.toContain(text);
  });

  it('writes dates the Korean way and the chart in the reader’s language', async () => {
    const ko = (await person.get('/analyses').set('Accept-Language', 'ko').expect(200)).text;
    expect(ko).toMatch(/<time datetime="[^"]+">\d{4}\. \d{2}\. \d{2}\.<\/time>/);
    expect(ko).toMatch(/<title id="chart-title">점수 변화: /);
  });

  it('asks for the missing role in Korean', async () => {
    const form = await person.get('/interviews').set('Accept-Language', 'ko').expect(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const res = await person.post('/interviews').set('Accept-Language', 'ko').type('form').send({ _csrf: token, role: '', kind: 'mixed', length: '3' }).expect(422);
    expect(res.text).toContain('연습할 직무를 입력해 주세요');
  });

  it('gives the recorder its messages in the page’s language', async () => {
    const ko = (await person.get(`/interviews/${interviewId}`).set('Accept-Language', 'ko').expect(200)).text;
    if (ko.includes('id="recorder"')) expect(ko).toContain('data-msg-recording="녹음 중이에요');
  });

  it('shows the interview report chrome in Korean; the engine’s feedback stays English, marked as such', async () => {
    for (let i = 0; i < 4 && (await waitingQuestion(person, interviewId)); i++) {
      await answerQuestion(person, interviewId, '작년에 결제 페이지가 느려서 사용자 이탈이 많았어요. 제가 번들 크기를 분석하고 코드를 나눠 로딩 시간을 40% 줄였고, 전환율이 12% 올랐어요.');
    }
    const ko = await waitForReport(person, interviewId);
    const page = (await person.get(`/interviews/${interviewId}`).set('Accept-Language', 'ko').expect(200)).text;
    expect(ko).toContain('big-score');
    expect(page).toContain('답변은 이렇게 채점해요');
    expect(page).toContain('구체성과 근거');
    expect(page).toContain('<p class="prose" lang="en">');
    const { share, latin } = latinShare(page);
    console.info(`Latin share on the interview report in Korean: ${(share * 100).toFixed(1)} % (${latin.join(' ')})`);
    expect(share, latin.join(' ')).toBeLessThan(0.12);
  });
});
