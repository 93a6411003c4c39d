import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import skillLabelsKo from '../../src/kernel/skills/data/skill-labels-ko.json' with { type: 'json' };
import en from '../../src/modules/analysis/i18n/en.json' with { type: 'json' };
import { Translator } from '../../src/platform/i18n/translator.js';
import { startAnalysis, uploadDocument, uploadFixture, waitForAnalysis } from '../helpers/analysis.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';
import { htmlLang, visibleWords } from '../helpers/visible-text.js';

// #12 item 6 / #11: the analysis of a Korean résumé, read by a Korean account, is in Korean — the
// engine's findings, suggestions and gaps included — and the same stored report reads in English for
// an English reader. What stays in its own language is quoted (résumé and job text) or a name (skills).

const ctx = useTestApp();
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');
/** A Korean résumé of the corpus's tuning half (odd number: never part of the frozen test half). */
const KOREAN_RESUME = '01-backend-hyerin-oh.chromium-bullets.pdf';
const koreanResume = readFileSync(`test/fixtures/resume-corpus-ko/rendered/${KOREAN_RESUME}`);

/**
 * The engine's English, as fragments of three words or more between its parameters: none of them
 * may be on a Korean page. ("{{count}} of {{total}} bullets include a number" → "bullets include a number".)
 */
const ENGINE_ENGLISH = Translator.flatten(en as Record<string, unknown>)
  .filter((key) => /^(engine|aiNote|failure)\./.test(key))
  .map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string)
  .flatMap((message) => message.split(/\{\{[^}]+\}\}/))
  .map((fragment) => fragment.replace(/^[\s"“(.,;:]+|[\s"”).,;:]+$/g, ''))
  .filter((fragment) => fragment.split(/\s+/).length >= 3);

/** Elements marked English: what the page quotes from the résumé or the job, and skill names. */
const ENGLISH_ELEMENTS = /<(\w+)\b[^>]*\blang="en"[^>]*>([\s\S]*?)<\/\1>/g;

/** Quoted from the résumé or the job, or a skill's name: marked with the language it is written in. */
const QUOTES_AND_NAMES = /<(\w+)\b[^>]*\blang="(?:en|ko)"[^>]*>[\s\S]*?<\/\1>/g;
/** What the person named: the file, the job's title (its first line), the role they aim for. */
const PERSON_NAMED = [KOREAN_RESUME, 'Senior Backend Engineer', 'Backend Developer'];

/**
 * The report's own visible words: quotes and names left out (marked with their language), the text an
 * ATS would read (`<pre>`, the résumé itself) and what the person named.
 */
function wordsOutsideQuotesAndNames(html: string): string[] {
  const page = html.replace(/<pre\b[\s\S]*?<\/pre>/g, ' ').replace(QUOTES_AND_NAMES, ' ');
  return visibleWords(PERSON_NAMED.reduce((text, name) => text.replaceAll(name, ' '), page));
}

function latinShareOutsideQuotesAndNames(html: string): { share: number; latin: string[] } {
  const words = wordsOutsideQuotesAndNames(html);
  const latin = words.filter((w) => /^[\p{Script=Latin}\d\W]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
  return { share: latin.length / words.length, latin };
}

/** The `<main>` of a page: the report, without the header and footer. */
const mainOf = (html: string): string => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

let reader: Agent;
let analysisId: string;
let koreanPage: string;
let englishPage: string;

beforeAll(async () => {
  reader = await signIn(ctx.t.origin, { name: '오혜린', email: 'hyerin.report@example.kr' });
  // The account's saved language: Korean, whatever the browser asks for.
  await ctx.db.query(`update users set locale = 'ko', target_roles = $2 where email = $1`, ['hyerin.report@example.kr', '{"Backend Developer"}']);
  const documentId = await uploadDocument(reader, KOREAN_RESUME, koreanResume);
  analysisId = await startAnalysis(reader, documentId, job);
  await waitForAnalysis(reader, analysisId);
  koreanPage = (await reader.get(`/analyses/${analysisId}`).set('Accept-Language', 'en').expect(200)).text;
  // An explicit choice of English (`?lang=en`) wins over the account's Korean: the same stored report.
  englishPage = (await reader.get(`/analyses/${analysisId}?lang=en`).expect(200)).text;
});

describe('the analysis of a Korean résumé, for a Korean account', () => {
  it('words the engine’s findings, suggestions and gaps in Korean', () => {
    expect(htmlLang(koreanPage)).toBe('ko');
    expect(koreanPage).toContain('big-score');
    for (const phrase of ['성과 수치', '기본 섹션', '연락처', '공백기와 겹치는 기간', '텍스트 레이어', '본문의 연락처', '공고의 필수 요건']) expect(koreanPage).toContain(phrase);
    const left = ENGINE_ENGLISH.filter((fragment) => koreanPage.includes(fragment));
    expect(left).toEqual([]);
  });

  it('marks only quotes and names English, never the engine’s words', () => {
    const marked = [...mainOf(koreanPage).matchAll(ENGLISH_ELEMENTS)].map((m) => m[2]!.replace(/<[^>]+>/g, '').replace(/[“”]/g, '').trim());
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) {
      // Skill names and the job's keywords are short; nothing marked English is a sentence of ours.
      expect(ENGINE_ENGLISH.some((fragment) => text.includes(fragment)), text).toBe(false);
      expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(12);
    }
  });

  it('has almost no Latin-script words outside quotes and skill names (under 12 %)', () => {
    const { share, latin } = latinShareOutsideQuotesAndNames(mainOf(koreanPage));
    console.info(`Latin share on a Korean résumé's report, quotes and names aside: ${(share * 100).toFixed(1)} % (${latin.join(' ')})`);
    expect(share, latin.join(' ')).toBeLessThan(0.12);
  });

  it('reads in English for an English reader, from the same stored report', () => {
    expect(htmlLang(englishPage)).toBe('en');
    for (const phrase of ['Quantified achievements', 'Standard sections', 'Date gaps and overlaps', 'Text layer', 'required by the job']) expect(englishPage).toContain(phrase);
    for (const phrase of ['성과 수치', '기본 섹션', '공고의 필수 요건']) expect(englishPage).not.toContain(phrase);
    // The résumé's own bullets are quoted as written, marked Korean.
    expect(englishPage).toMatch(/lang="ko">“[^”]*\p{Script=Hangul}/u);
  });
});

/** Taxonomy skill → Korean label; a label equal to its name is a product term kept as written (Kubernetes). */
const KOREAN_LABELS = new Map((skillLabelsKo as unknown as { labels: Array<[string, string]> }).labels);
const PRODUCT_TERMS = [...KOREAN_LABELS].filter(([name, label]) => name === label).map(([name]) => name).sort((a, b) => b.length - a.length);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PRODUCT_TERM = new RegExp(`(?<![\\p{L}\\d])(?:${PRODUCT_TERMS.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'gu');
/** What the page quotes from the résumé or the job, in quotation marks. */
const QUOTED = /“[^”]*”/g;

/**
 * Share of Latin-script words in the report's visible text, skill names counted: only quotes, the text
 * an ATS reads (`<pre>`), what the person named and product terms (Kubernetes, SQL) are left out.
 */
function latinShareWithSkillNames(html: string): { share: number; latin: string[] } {
  const page = PERSON_NAMED.reduce((text, name) => text.replaceAll(name, ' '), html.replace(/<pre\b[\s\S]*?<\/pre>/g, ' '));
  const text = page.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
  const words = visibleWords(text.replace(QUOTED, ' ').replace(PRODUCT_TERM, ' '));
  const latin = words.filter((w) => /^[\p{Script=Latin}\d\W]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
  return { share: latin.length / words.length, latin };
}

describe('the skills of a Korean reader’s report', () => {
  /** Skill names the page shows in a tag or a list, as text. */
  const skillTags = (html: string): string[] => [...html.matchAll(/<li class="tag[^"]*"[^>]*>([^<]+)<\/li>/g)].map((m) => m[1]!.trim());

  it('names the job’s and the role’s skills in Korean, product terms as written', () => {
    const main = mainOf(koreanPage);
    const tags = skillTags(main);
    expect(tags.length).toBeGreaterThan(5);
    // Every tag is Korean or a product term: no generic skill left in English ("Backend Development").
    // "REST (REST API)": how the job wrote a product term, beside its name.
    const english = tags.filter((tag) => !/\p{Script=Hangul}/u.test(tag) && KOREAN_LABELS.get(/^.+ \((.+)\)$/.exec(tag)?.[1] ?? tag) !== (/^.+ \((.+)\)$/.exec(tag)?.[1] ?? tag));
    expect(english).toEqual([]);
    expect(tags.filter((tag) => /\p{Script=Hangul}/u.test(tag)).length).toBeGreaterThan(0);
    // The job asks for backend development: a Korean reader sees 백엔드 개발, never the taxonomy's English.
    expect(main).toContain('백엔드 개발');
    expect(main).not.toMatch(/>Backend Development</);
  });

  it('has few Latin-script words even counting skill names (quotes, names and product terms aside)', () => {
    const { share, latin } = latinShareWithSkillNames(mainOf(koreanPage));
    console.info(`Latin share on a Korean résumé's report, skill names counted: ${(share * 100).toFixed(1)} % (${latin.length} words: ${latin.join(' ')})`);
    // 10.8 % before skill labels (#11): "Backend Development", "Cloud Infrastructure", "Problem Solving"…
    expect(share, latin.join(' ')).toBeLessThan(0.06);
  });

  it('keeps the English names for an English reader', () => {
    const tags = skillTags(mainOf(englishPage));
    expect(tags.length).toBeGreaterThan(5);
    expect(tags.filter((tag) => /\p{Script=Hangul}/u.test(tag))).toEqual([]);
  });
});

describe('the occupations a Korean reader’s report compares the target role with', () => {
  /** The "Compared with: …" line under a target role's gaps, as visible text. */
  const comparedWith = (html: string, label: string): string => {
    const start = html.indexOf(label);
    expect(start, label).toBeGreaterThan(-1);
    return html.slice(start, html.indexOf('</p>', start)).replace(/<[^>]+>/g, '');
  };

  it('names them in Korean, with the source they come from (#11)', () => {
    const line = comparedWith(mainOf(koreanPage), '비교한 직업:');
    // "Backend Developer" matches the taxonomy's software developers (ESCO and O*NET).
    expect(line).toContain('소프트웨어 개발자(');
    expect(line).toMatch(/\((?:O\*NET|ESCO)(?:, (?:O\*NET|ESCO))?\)/);
    // Titles that share a Korean name are named once, with both sources (not "소프트웨어 개발자(ESCO), 소프트웨어 개발자(O*NET)").
    const titles = line.replace('비교한 직업:', '').split(/,\s*(?![^()]*\))/).map((title) => title.replace(/\(.*\)$/, '').trim());
    expect(new Set(titles).size).toBe(titles.length);
    // No English title left: every Latin word is the source's name.
    expect(line.replace(/O\*NET|ESCO/g, '').match(/\p{Script=Latin}+/gu)).toBeNull();
  });

  it('keeps the taxonomy’s English titles for an English reader', () => {
    const line = comparedWith(mainOf(englishPage), 'Compared with:');
    expect(line).toMatch(/[Ss]oftware [Dd]eveloper/);
    expect(line).not.toMatch(/\p{Script=Hangul}/u);
  });
});

describe('the dashboard of a Korean reader', () => {
  let dashboard: string;

  beforeAll(async () => {
    // An English résumé: its bullets get rewrite suggestions, whose titles the dashboard lists.
    const documentId = await uploadFixture(reader, 'alex-morgan.single-column.pdf');
    await waitForAnalysis(reader, await startAnalysis(reader, documentId, job));
    dashboard = (await reader.get('/dashboard').expect(200)).text;
  });

  const card = (id: string): string => {
    const start = dashboard.indexOf(`id="card-${id}"`);
    expect(start, id).toBeGreaterThan(-1);
    return dashboard.slice(start, dashboard.indexOf('</section>', start));
  };

  it('words the next steps (“Rewrite this bullet…”) in Korean', () => {
    const steps = card('next-steps');
    const items = [...steps.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/\p{Script=Hangul}/u);
    expect(ENGINE_ENGLISH.filter((fragment) => steps.includes(fragment))).toEqual([]);
    expect(steps).not.toContain('lang="en"');
  });

  it('draws the score history with Korean date labels', () => {
    const chart = card('score-history');
    expect(chart).toMatch(/<title id="chart-title">점수 변화: /);
    const labels = [...chart.matchAll(/class="axis-label">([^<]+)</g)].map((m) => m[1]!).filter((l) => !/^\d+$/.test(l));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d{1,2}\. \d{1,2}\.$/);
  });

  it('draws the same chart with English labels for an English reader', async () => {
    const page = (await reader.get('/dashboard?lang=en').expect(200)).text;
    const chart = page.slice(page.indexOf('id="card-score-history"'));
    const labels = [...chart.slice(0, chart.indexOf('</section>')).matchAll(/class="axis-label">([^<]+)</g)].map((m) => m[1]!).filter((l) => !/^\d+$/.test(l));
    for (const label of labels) expect(label).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
  });
});
