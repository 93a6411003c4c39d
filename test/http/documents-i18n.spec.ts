import { beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { buildPng } from '../helpers/hostile-files.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * The documents pages in Korean and in English: the list, a document with sensitive-data warnings
 * and personal-detail notes, the structured-profile editor, and an upload refused in Korean.
 */
const ctx = useTestApp();
let person: Agent;
let resumeId: string;
let letterId: string;

const FILE_NAMES = ['이력서_김서연.txt', 'letter-seoyeon.txt'];

/** A Korean résumé whose summary holds a resident registration number and a card number. */
const KOREAN_RESUME = [
  '김서연',
  'seoyeon@example.com | 010-1234-5678',
  '',
  '요약',
  '데이터 분석가입니다. 주민등록번호 900101-2345678, 카드 4111 1111 1111 1111.',
  '',
  '경력',
  '데이터 분석가 | 한빛데이터 | 2020.03 ~ 2022.02',
  '',
  '학력',
  '서울대학교 통계학과 | 2014.03 ~ 2018.02',
  '',
  '기타',
  '기혼, 자녀 두 명.',
].join('\n');

const htmlLang = (html: string): string | undefined => /<html lang="([^"]+)"/.exec(html)?.[1];

/**
 * Visible words outside what the person wrote: no tags, scripts, the text read from their file
 * (`<pre>`), their own field values (textareas) or their file names. Also left out until their own
 * modules are translated: the delete dialog's generic part (`partials/_delete-confirmation.njk`) and
 * the analysis start form (`analysis/_start-form.njk`), included by the document page.
 */
function interfaceWords(html: string): string[] {
  let body = html
    .replace(/<(script|style|head|pre|textarea|dialog)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<form method="post" action="\/documents\/[^"]+\/analyses"[\s\S]*?<\/form>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
  for (const name of FILE_NAMES) body = body.replaceAll(name, ' ');
  return body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

function latinShare(html: string): { share: number; latin: string[] } {
  const words = interfaceWords(html);
  const latin = words.filter((w) => /\p{Script=Latin}/u.test(w) && !/\p{Script=Hangul}/u.test(w));
  return { share: latin.length / words.length, latin };
}

/** Korean pages: `lang="ko"`, and English only for product terms (Candor, PDF, JSON Resume, KB…). */
function expectKorean(html: string): void {
  expect(htmlLang(html)).toBe('ko');
  const { share, latin } = latinShare(html);
  expect(share, latin.join(' ')).toBeLessThan(0.12);
}

const ko = (path: string) => person.get(path).set('Accept-Language', 'ko-KR,ko;q=0.9').expect(200);
const en = (path: string) => person.get(path).set('Accept-Language', 'en').expect(200);

beforeAll(async () => {
  person = await signIn(ctx.t.origin, { name: '김서연', email: 'seoyeon.documents@example.com' });
  // No saved language: each request's Accept-Language decides (an account setting would win over it).
  await ctx.db.query('update users set locale = null where email = $1', ['seoyeon.documents@example.com']);
  resumeId = await uploadDocument(person, FILE_NAMES[0]!, Buffer.from(KOREAN_RESUME), 'resume');
  letterId = await uploadDocument(person, FILE_NAMES[1]!, Buffer.from('자기소개서\n저는 꾸준히 배우는 사람입니다.\n'), 'cover_letter');
  await person.get('/documents').expect(200); // shows (and so clears) the upload flash
});

describe('the documents list', () => {
  it('in Korean: headings, kinds, dates and the upload script’s words', async () => {
    const page = (await ko('/documents')).text;
    expectKorean(page);
    expect(page).toContain('<h1>내 문서</h1>');
    expect(page).toMatch(/<td[^>]*>이력서<\/td>\s*<td[^>]*>TXT<\/td>/);
    // Sizes as a Korean product writes them (#11): the unit next to the number, in Hangul or KB/MB.
    expect(page).toMatch(/<td[^>]*>TXT<\/td>\s*<td[^>]*>[\d,.]+(?:바이트|KB|MB)<\/td>/);
    expect(page).not.toMatch(/<td[^>]*>[\d,.]+ ?(?:B|bytes?)<\/td>/);
    expect(page).toMatch(/<td[^>]*>자기소개서<\/td>/);
    expect(page).toMatch(/<time datetime="[^"]+">\d{4}\. \d{2}\. \d{2}\.<\/time>/);
    expect(page).toContain('data-msg-progress="올리는 중… {percent}%"');
    expect(page).toContain('data-msg-ready="{name} 파일을 올릴 준비가 됐어요"');
    for (const name of FILE_NAMES) expect(page).toContain(name);
  });

  it('in English as before', async () => {
    const page = (await en('/documents')).text;
    expect(htmlLang(page)).toBe('en');
    expect(page).toContain('<h1>Your documents</h1>');
    expect(page).toMatch(/<td[^>]*>Resume<\/td>\s*<td[^>]*>TXT<\/td>/);
    expect(page).toMatch(/<td[^>]*>TXT<\/td>\s*<td[^>]*>[\d,.]+ (?:bytes|KB|MB)<\/td>/);
    expect(page).toContain('data-msg-progress="Uploading… {percent}%"');
    expect(page).not.toContain('내 문서');
  });
});

describe('a document page with warnings', () => {
  it('in Korean: warnings, notes, the text we read and the delete dialog', async () => {
    const page = (await ko(`/documents/${resumeId}`)).text;
    expectKorean(page);
    const warnings = page.slice(page.indexOf('민감한 정보'), page.indexOf('이 파일에서 읽은 텍스트'));
    expect(warnings).toContain('<strong>주민등록번호</strong> (5번째 줄):');
    expect(warnings).toContain('<strong>카드 번호</strong>');
    expect(warnings).toContain('2개 모두 가리기');
    expect(warnings).toContain('채용 담당자가 물어봐서는 안 되는 정보');
    expect(warnings).toContain('결혼 여부 (14번째 줄): “기혼”');
    expect(warnings).not.toContain('900101-2345678');
    expect(page).toContain('title="주민등록번호"');
    expect(page).toContain(`${FILE_NAMES[0]} 파일을 삭제할까요?`);
    expect(page).toContain('구조화된 프로필');
  });

  it('in English: the same page as before', async () => {
    const page = (await en(`/documents/${resumeId}`)).text;
    expect(htmlLang(page)).toBe('en');
    expect(page).toContain('<strong>Korean resident registration number</strong> on line 5:');
    expect(page).toContain('marital status on line 14: “기혼”');
    expect(page).toContain('title="Korean resident registration number"');
    expect(page).toContain('Text we read from this file');
  });

  it('a cover letter without findings, in Korean', async () => {
    const page = (await ko(`/documents/${letterId}`)).text;
    expectKorean(page);
    expect(page).not.toContain('민감한 정보');
    expect(page).toContain('지금 파일은 보관하지 않고 삭제해요.');
  });
});

describe('the structured profile editor', () => {
  it('in Korean: labels, hints, sections and buttons', async () => {
    const page = (await ko(`/documents/${resumeId}/profile`)).text;
    expectKorean(page);
    expect(page).toContain('<h1>구조화된 프로필</h1>');
    expect(page).toContain('>프로필 저장</button>');
    expect(page).toContain('<legend><h2>경력</h2></legend>');
    expect(page).toContain('>경력 추가</button>');
    expect(page).toContain('<label for="field-basics-name">이름</label>');
    // City and region are the address's own two parts: "성남시" / "경기도", and "부산광역시" / "해운대구" the
    // other way round, so neither label names one level of Korea's administrative divisions.
    expect(page).toContain('<label for="field-basics-location-city">도시</label>');
    expect(page).toContain('<label for="field-basics-location-region">지역</label>');
    expect(page).toContain('사진 없는 이력서를 선호하는 회사가 많아요.');
  });

  it('the live check of a free-text field answers in the reader’s language', async () => {
    const page = (await ko(`/documents/${resumeId}/profile`)).text;
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const check = (language: string) =>
      person
        .post('/documents/sensitive-check')
        .set('Accept-Language', language)
        .type('form')
        .send({ _csrf: token, field: 'basics.summary', 'basics.summary': '연락처 010-1234-5678, 주민등록번호 900101-2345678' })
        .expect(200);
    const korean = (await check('ko')).text;
    expect(korean).toContain('이 글에 다음 정보가 있어요:');
    expect(korean).toContain('주민등록번호 (<code>');
    expect(korean).toContain('>가리기</button>');
    expect(korean).not.toContain('900101-2345678');
    const english = (await check('en')).text;
    expect(english).toContain('This text contains');
    expect(english).toContain('a Korean resident registration number (<code>');
    expect(english).toContain('>Redact it</button>');
  });

  it('in Korean: a refused value is explained in Korean', async () => {
    const page = (await ko(`/documents/${resumeId}/profile`)).text;
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const res = await person
      .post(`/documents/${resumeId}/profile`)
      .set('Accept-Language', 'ko')
      .type('form')
      .send({ _csrf: token, action: 'save', 'basics.name': '김서연', 'basics.email': '메일 아님', 'work.0.position': '데이터 분석가', 'work.0.startDate': '작년 봄' })
      .expect(422);
    expect(res.text).toContain('표시된 항목을 고쳐 주세요.');
    expect(res.text).toContain('name@example.com 같은 이메일 주소를 입력해 주세요.');
    expect(res.text).toContain('YYYY, YYYY-MM, YYYY-MM-DD 형식으로 입력해 주세요');
  });

  it('in English as before', async () => {
    const page = (await en(`/documents/${resumeId}/profile`)).text;
    expect(htmlLang(page)).toBe('en');
    expect(page).toContain('>Save profile</button>');
    expect(page).toContain('<legend><h2>Experience</h2></legend>');
    expect(page).toContain('>Add job</button>');
  });

  it('“Add job” names the new entry and its Remove button in the reader’s language', async () => {
    const page = (await ko(`/documents/${resumeId}/profile`)).text;
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const add = (language: string) =>
      person.post(`/documents/${resumeId}/profile`).set('Accept-Language', language).type('form').send({ _csrf: token, action: 'add-job' }).expect(200);
    const korean = (await add('ko')).text;
    expect(korean).toContain('>경력 1</h3>');
    expect(korean).toContain('>삭제<span class="visually-hidden"> 경력 1: 경력 1</span>');
    const english = (await add('en')).text;
    expect(english).toContain('>Job 1</h3>');
    expect(english).toContain('>Remove<span class="visually-hidden"> job 1: Job 1</span>');
  });
});

describe('an upload refused', () => {
  it('explains in Korean, with the plain form and with the upload script', async () => {
    const list = (await ko('/documents')).text;
    const token = decodeURIComponent(/action="\/documents\?_csrf=([^"]+)"/.exec(list)![1]!);
    const action = `/documents?_csrf=${encodeURIComponent(token)}`;
    const plain = await person.post(action).set('Accept-Language', 'ko').field('category', 'resume').attach('file', buildPng(), 'photo.pdf').expect(303);
    expect(plain.headers.location).toBe('/documents');
    const after = (await ko('/documents')).text;
    expect(after).toContain('이미지 파일로 보여서 읽을 수 없어요.');
    const inPlace = await person.post(action).set('Accept-Language', 'ko').set('X-Requested-With', 'candor-upload').field('category', 'resume').attach('file', Buffer.alloc(0), 'empty.txt').expect(422);
    expect(inPlace.text).toContain('올릴 파일을 골라 주세요.');
    expectKorean(inPlace.text);
  });
});
