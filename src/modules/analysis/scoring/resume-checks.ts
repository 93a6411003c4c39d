import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import { messageKey } from '../../../platform/contracts/domain-error.js';
import type { AnalyzeResumeInput, Check, CheckStatus, ReportMessage } from './analysis-report.js';
import { STANDARD_SECTIONS, type Bullet, type ResumeOutline } from './resume-outline.js';
import { openingVerbWord, opensWithFigure, verbForm } from './verbs.js';

export const METRIC = /\d|%|[$€£₩]|\b(?:percent|dozen|hundred|thousand|million|billion|double[ds]?|tripled?|halved?)\b|수십|수백|수천|수만|절반|[두세네]\s?배/i;
export const WEAK_PHRASE = /^(?:i\s+|we\s+)?(responsible for|duties included|tasked with|worked on|helped(?: with| to)?|assisted(?: with| in)?|involved in|participated in|in charge of)\b/i;
const VAGUE = /\b(various|stuff|things|etc\.?|as needed|many different|several|some)\b/i;
const PRONOUN = /\b(I|me|my|mine|we|our|us)\b/;
const STOP = new Set('the a an and or of to in for with on at by from as is are was were be this that it its into across over per our their'.split(' '));

const withoutPronoun = (text: string): string => text.replace(/^(?:i|we)\s+/i, '');
const firstWord = (text: string): string => (/^[\p{L}]+/u.exec(withoutPronoun(text))?.[0] ?? '');
/** The verb a bullet opens with, past an opening adverb ("Successfully negotiated…"). */
const openingVerb = (text: string): ReturnType<typeof verbForm> => verbForm(openingVerbWord(withoutPronoun(text)).word);
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const check = (id: string, status: CheckStatus, title: ReportMessage, detail: ReportMessage, evidence?: Array<string | ReportMessage>): Check =>
  evidence && evidence.length > 0 ? { id, status, title, detail, evidence: evidence.slice(0, 5) } : { id, status, title, detail };

/** Two findings read one after the other ("129 words." + "That is thin: …"). */
export const sentences = (first: ReportMessage, rest: ReportMessage): ReportMessage => messageKey('analysis:engine.sentences', { first, rest });

/** The names of the sections and contact details a check may find missing, in the reader's language. */
export const SECTION_NAMES: Record<string, ReportMessage> = {
  experience: messageKey('analysis:engine.section.experience'),
  education: messageKey('analysis:engine.section.education'),
  skills: messageKey('analysis:engine.section.skills'),
  summary: messageKey('analysis:engine.section.summary'),
};
export const CONTACT_NAMES: Record<string, ReportMessage> = {
  email: messageKey('analysis:engine.contactItem.email'),
  phone: messageKey('analysis:engine.contactItem.phone'),
  location: messageKey('analysis:engine.contactItem.location'),
  link: messageKey('analysis:engine.contactItem.link'),
};

const HANGUL = /\p{Script=Hangul}/u;

/**
 * A sentence that says why the work history pauses: the one-line explanation the date-gap check asks for
 * (caregiving, parental leave, study, a career break, service, illness, a move with the family). A résumé
 * that already gives one is not told to add it. Bounded alternation of fixed words: linear time.
 */
const BREAK_REASON =
  /\b(?:career break|(?:parental|maternity|paternity|family|medical|sick) leave|sabbatical|caregiv\w*|care ?giver|caring for|(?:at home|stayed home|stay-at-home) (?:with|to (?:raise|care))|rais(?:e|ed|ing) (?:my|our) (?:child|children|son|daughter|twins|kids|family)|full-time (?:study|studies|student|parent|mother|father|carer)|(?:military|national|compulsory) service|relocat\w* with (?:my|our) (?:family|partner|spouse|husband|wife)|recover\w* from)\b|육아|출산|휴직|경력\s?단절|간병|군\s?복무|병역|군\s?입대|가족\s?돌봄/iu;

/** The sentence of the résumé that explains a pause in work, if there is one (clipped for the report). */
export function breakExplanation(text: string): string | undefined {
  const m = BREAK_REASON.exec(text);
  if (!m) return undefined;
  const ends = ['\n', '. ', '! ', '? '];
  // The sentence starts after the last sentence end before the match (its mark and space), else at the text's start.
  const start = Math.max(0, ...ends.map((mark) => text.lastIndexOf(mark, m.index)).filter((i) => i >= 0).map((i) => i + 1));
  const stops = ends.map((mark) => text.indexOf(mark, m.index)).filter((i) => i >= 0);
  const end = stops.length > 0 ? Math.min(...stops) + 1 : text.length;
  const sentence = text.slice(start, end).trim();
  return sentence.length > 160 ? `${sentence.slice(0, 157).trimEnd()}…` : sentence;
}

/**
 * A bullet in Korean grammar: most of its words, or its last one (the predicate), are Hangul. Tool
 * names in Latin letters ("PostgreSQL 쿼리 튜닝으로 … 절감") do not make it English.
 */
export function isKoreanBullet(text: string): boolean {
  const words = withoutTrailingAside(text).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  const hangul = words.filter((w) => HANGUL.test(w)).length;
  return hangul / words.length >= 0.4 || HANGUL.test(words.at(-1)!);
}

/**
 * Korean bullets end in what was done — 명사형 종결 ("… 설계 및 구축", "… 30% 절감", "구축함", "개선했습니다")
 * is the norm, so no verb comes first and there is no tense to keep. The Korean counterpart of
 * "responsible for" or "helped with" is a bullet that ends in a duty or a part taken rather than a
 * result: 담당 (in charge of), 참여 (took part), 보조 (assisted), 수행 (performed), in any ending.
 */
const KOREAN_DUTY_ENDING = /(?:담당|참여|참가|보조|수행|관여)(?:함|했음|하였음|했습니다|하였습니다|했다|하였다)?[.。]?$/u;
/** 저는, 제가, 저희, 나는, 내가, 우리: résumé bullets leave out the speaker in Korean too. */
const KOREAN_PRONOUN = /(?:^|\s)(?:저는|제가|저의|저희|저희는|저희가|나는|내가|우리는|우리가)(?=\s)/u;
const KOREAN_VAGUE = /(?:다양한 업무|여러 업무|기타 업무|잡무|등등|업무 전반)/u;
/** 어절, not words: a Korean bullet says in 4–25 어절 what an English one says in 6–35 words. */
const KOREAN_BULLET_WORDS = { min: 4, max: 25 };
const ENGLISH_BULLET_WORDS = { min: 6, max: 35 };

function koreanDutyEnding(text: string): boolean {
  return KOREAN_DUTY_ENDING.test(withoutTrailingAside(text));
}

/** "… 파이프라인 설계 및 구축 (일 200만 건 처리)" → "… 설계 및 구축": the aside is not the predicate. */
function withoutTrailingAside(text: string): string {
  const trimmed = text.trim();
  if (!/[)）]$/u.test(trimmed)) return trimmed;
  const open = Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('（'));
  return open > 0 ? trimmed.slice(0, open).trim() : trimmed;
}

function ratioStatus(ratio: number, pass: number, warn: number): CheckStatus {
  return ratio >= pass ? 'pass' : ratio >= warn ? 'warn' : 'fail';
}

/**
 * Whether a bullet's first verb has the wrong tense for its role: a past role told in the present
 * ("Manage the team"). The current role may use either: ongoing duties in the present, finished
 * achievements in the past ("Built the design system") — both are correct English and recruiters
 * read them so; rewriting a finished achievement into the present would make it worse.
 */
export function tenseProblem(bullet: Bullet, outline: ResumeOutline): 'want-past' | undefined {
  const role = outline.roles[bullet.role];
  if (!role || role.current) return undefined;
  const verb = openingVerb(bullet.text);
  return verb && verb.form !== 'past' ? 'want-past' : undefined;
}

export function contentChecks(outline: ResumeOutline): Check[] {
  const bullets = outline.bullets.filter((b) => b.section === 'experience' || b.section === '' || b.section === 'projects');
  if (bullets.length === 0) {
    return [check('quantified-achievements', 'fail', messageKey('analysis:engine.checks.quantified.title'), messageKey('analysis:engine.checks.quantified.noBullets'))];
  }
  const checks: Check[] = [];
  const quantified = bullets.filter((b) => METRIC.test(b.text));
  checks.push(
    check('quantified-achievements', ratioStatus(quantified.length / bullets.length, 0.5, 0.25), messageKey('analysis:engine.checks.quantified.title'),
      messageKey('analysis:engine.checks.quantified.detail', { count: quantified.length, total: bullets.length }),
      bullets.filter((b) => !METRIC.test(b.text)).map((b) => b.text)),
  );
  // English grammar (a verb first, its tense, "I"/"we", the opener) is checked on English bullets
  // only; Korean bullets get the Korean counterparts. A check with no bullets to judge is left out,
  // so a Korean résumé is not scored lower for having no English verbs.
  const korean = bullets.filter((b) => isKoreanBullet(b.text));
  const english = bullets.filter((b) => !isKoreanBullet(b.text));
  if (english.length > 0) {
    // A verb first, past an adverb ("Successfully negotiated…"), or the result first as a figure ("30% fewer falls…").
    const noVerb = english.filter((b) => {
      if (opensWithFigure(b.text)) return false;
      const verb = openingVerb(b.text);
      return !verb || verb.weak;
    });
    checks.push(
      check('action-verbs', ratioStatus(1 - noVerb.length / english.length, 0.8, 0.5), messageKey('analysis:engine.checks.actionVerbs.title'),
        messageKey('analysis:engine.checks.actionVerbs.detail', { count: english.length - noVerb.length, total: english.length }), noVerb.map((b) => b.text)),
    );
  }
  if (korean.length > 0) {
    const duties = korean.filter((b) => koreanDutyEnding(b.text));
    checks.push(
      check('result-endings', ratioStatus(1 - duties.length / korean.length, 0.8, 0.5), messageKey('analysis:engine.checks.resultEndings.title'),
        messageKey('analysis:engine.checks.resultEndings.detail', { count: korean.length - duties.length, total: korean.length }), duties.map((b) => b.text)),
    );
  }
  const weak = bullets.filter((b) => (isKoreanBullet(b.text) ? KOREAN_VAGUE.test(b.text) : WEAK_PHRASE.test(b.text) || VAGUE.test(b.text)));
  checks.push(
    check('weak-bullets', weak.length === 0 ? 'pass' : weak.length <= 1 ? 'warn' : 'fail', messageKey('analysis:engine.checks.weakBullets.title'),
      english.length >= korean.length
        ? weak.length === 0 ? messageKey('analysis:engine.checks.weakBullets.none') : messageKey('analysis:engine.checks.weakBullets.some', { count: weak.length })
        : weak.length === 0 ? messageKey('analysis:engine.checks.weakBullets.noneKorean') : messageKey('analysis:engine.checks.weakBullets.someKorean', { count: weak.length }),
      weak.map((b) => b.text)),
  );
  const badLength = bullets.filter((b) => {
    const range = isKoreanBullet(b.text) ? KOREAN_BULLET_WORDS : ENGLISH_BULLET_WORDS;
    return words(b.text) < range.min || words(b.text) > range.max;
  });
  checks.push(
    check('bullet-length', badLength.length === 0 ? 'pass' : badLength.length / bullets.length <= 0.3 ? 'warn' : 'fail', messageKey('analysis:engine.checks.bulletLength.title'),
      english.length >= korean.length
        ? messageKey('analysis:engine.checks.bulletLength.detail', { count: bullets.length - badLength.length, total: bullets.length })
        : messageKey('analysis:engine.checks.bulletLength.detailKorean', { count: bullets.length - badLength.length, total: bullets.length }),
      badLength.map((b) => b.text)),
  );
  if (english.length > 0) {
    const tense = english.filter((b) => tenseProblem(b, outline));
    checks.push(
      check('tense-consistency', tense.length === 0 ? 'pass' : tense.length <= 2 ? 'warn' : 'fail', messageKey('analysis:engine.checks.tense.title'),
        tense.length === 0 ? messageKey('analysis:engine.checks.tense.none') : messageKey('analysis:engine.checks.tense.some', { count: tense.length }),
        tense.map((b) => b.text)),
    );
  }
  const pronouns = bullets.filter((b) => (isKoreanBullet(b.text) ? KOREAN_PRONOUN.test(` ${b.text} `) : PRONOUN.test(b.text)));
  checks.push(
    check('first-person', pronouns.length === 0 ? 'pass' : pronouns.length <= 2 ? 'warn' : 'fail', messageKey('analysis:engine.checks.firstPerson.title'),
      english.length >= korean.length
        ? pronouns.length === 0 ? messageKey('analysis:engine.checks.firstPerson.none') : messageKey('analysis:engine.checks.firstPerson.some', { count: pronouns.length })
        : pronouns.length === 0 ? messageKey('analysis:engine.checks.firstPerson.noneKorean') : messageKey('analysis:engine.checks.firstPerson.someKorean', { count: pronouns.length }),
      pronouns.map((b) => b.text)),
  );
  const counts = new Map<string, number>();
  // The opener is an English habit; a Korean bullet's first word is its object, not a verb.
  for (const b of english) {
    const first = firstWord(b.text).toLowerCase();
    const verb = verbForm(first);
    const key = verb ? verb.base : first;
    if (key && !STOP.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = [...counts.entries()].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (english.length > 0) {
    checks.push(
      check('repeated-words', repeated.length === 0 ? 'pass' : 'warn', messageKey('analysis:engine.checks.repeated.title'),
        repeated.length === 0 ? messageKey('analysis:engine.checks.repeated.none') : messageKey('analysis:engine.checks.repeated.some', { words: repeated.map(([w, n]) => `"${w}" ×${n}`).join(', ') }),
        repeated.map(([w]) => w)),
    );
  }
  return checks;
}

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+?\d[\d\s().-]{7,}\d)/;
const LINK = /\b(?:linkedin\.com\/in\/|github\.com\/|https?:\/\/)\S+/i;

/**
 * `fileText`, `fileOutline`: the file's own text and outline when `text` is the profile written out.
 * Contact details and standard section headings found in either count: the file has them even where
 * its layout (a side column, a table) kept them from the profile read out of it.
 */
export function structureChecks(text: string, outline: ResumeOutline, resume: JsonResume | undefined, pages: number | undefined, fileText?: string, fileOutline?: ResumeOutline): Check[] {
  const checks: Check[] = [];
  const fileHeadings = fileOutline && fileText !== undefined ? [...fileOutline.sections.map((s) => s.canonical), ...letterSpacedLines(fileText).map(letterSpacedSection)] : [];
  const present = new Set([...outline.sections.map((s) => s.canonical), ...fileHeadings].filter(Boolean));
  const missingCore = ['experience', 'education', 'skills'].filter((s) => !present.has(s));
  const missingSummary = !present.has('summary');
  checks.push(
    check('sections', missingCore.includes('experience') ? 'fail' : missingCore.length > 0 || missingSummary ? 'warn' : 'pass', messageKey('analysis:engine.checks.sections.title'),
      missingCore.length === 0 && !missingSummary ? messageKey('analysis:engine.checks.sections.all') : messageKey('analysis:engine.checks.sections.missing', { sections: [...missingCore, ...(missingSummary ? ['summary'] : [])].map((id) => SECTION_NAMES[id]!) }),
      [...missingCore, ...(missingSummary ? ['summary'] : [])]),
  );
  const basics = resume?.basics;
  const head = `${text.slice(0, 600)}\n${fileText?.slice(0, 600) ?? ''}`;
  const has = {
    // A narrow column can wrap an address over two lines ("…@exampl" / "e.com").
    email: Boolean(basics?.email) || EMAIL.test(text) || (fileText !== undefined && EMAIL.test(fileText.replace(/(?<=[\w.@-])\n(?=[\w.-])/g, ''))),
    phone: Boolean(basics?.phone) || PHONE.test(head),
    location: Boolean(basics?.location?.city || basics?.location?.countryCode) || /\b[A-Z][a-z]+,\s*(?:[A-Z]{2}\b|[A-Z][a-z]+)/.test(head),
    link: [text, fileText ?? ''].some((t) => LINK.test(t) || /\b(?:linkedin|github)\.com\b/i.test(t)) || Boolean(basics?.profiles?.length || basics?.url),
  };
  const missing = Object.entries(has).filter(([, ok]) => !ok).map(([k]) => k);
  // The detail names what is missing, so no list repeats it; a missing link alone passes and says why one helps
  // (a "Good" badge over "Missing: link." read as a contradiction).
  const contactDetail =
    missing.length === 0
      ? messageKey('analysis:engine.checks.contact.all')
      : missing.length === 1 && missing[0] === 'link'
        ? messageKey('analysis:engine.checks.contact.linkOnly')
        : messageKey('analysis:engine.checks.contact.missing', { items: missing.map((id) => CONTACT_NAMES[id]!) });
  checks.push(check('contact', !has.email ? 'fail' : !has.phone || !has.location ? 'warn' : 'pass', messageKey('analysis:engine.checks.contact.title'), contactDetail));
  // A year-only date is any month of its year: "2019 – 2021" then "2022 – Present" leaves no gap to
  // speak of, and "2019 – 2021" then "2021 – Present" no overlap. The same dates written with months
  // in one file and as years in another would otherwise score differently.
  const dated = outline.roles
    .filter((r) => r.from !== undefined)
    .map((r) => ({ ...r, end: r.to ?? Number.POSITIVE_INFINITY, endLatest: r.toLatest ?? r.to ?? Number.POSITIVE_INFINITY, fromLatest: r.fromLatest ?? r.from! }))
    .sort((a, b) => a.from! - b.from!);
  const problems: ReportMessage[] = [];
  let gaps = 0;
  for (let i = 1; i < dated.length; i++) {
    const previous = dated[i - 1]!;
    const current = dated[i]!;
    const gap = current.from! - previous.endLatest > 0 ? current.from! - previous.endLatest : Math.min(0, current.fromLatest - previous.end);
    const years = Math.round(gap / 12 * 10) / 10;
    if (gap > 6) gaps++;
    if (gap > 6) problems.push(years >= 1 ? messageKey('analysis:engine.checks.dateGaps.gapYears', { years, line: current.line }) : messageKey('analysis:engine.checks.dateGaps.gapMonths', { months: gap, line: current.line }));
    // Volunteer work beside a job is no overlap a recruiter asks about.
    if (gap < -3 && !previous.volunteer && !current.volunteer) problems.push(-gap > 1e6 ? messageKey('analysis:engine.checks.dateGaps.overlapOngoing', { earlier: previous.line, later: current.line }) : messageKey('analysis:engine.checks.dateGaps.overlapMonths', { months: -gap, earlier: previous.line, later: current.line }));
  }
  // Gaps the résumé already explains are no question left for a recruiter: the check passes and quotes the
  // explanation; overlaps still count.
  const explanation = gaps > 0 ? breakExplanation(text) : undefined;
  const open = explanation ? problems.length - gaps : problems.length;
  checks.push(
    check('date-gaps', open === 0 ? 'pass' : 'warn', messageKey('analysis:engine.checks.dateGaps.title'),
      dated.length === 0
        ? messageKey('analysis:engine.checks.dateGaps.noDates')
        : problems.length === 0
          ? messageKey('analysis:engine.checks.dateGaps.none')
          : explanation
            ? open === 0
              ? messageKey('analysis:engine.checks.dateGaps.explained', { sentence: explanation })
              : messageKey('analysis:engine.checks.dateGaps.explainedSome', { sentence: explanation })
            : messageKey('analysis:engine.checks.dateGaps.some'),
      problems),
  );
  checks.push(isKoreanText(text) ? koreanLengthCheck(text, pages) : englishLengthCheck(outline.words, pages));
  return checks;
}

function englishLengthCheck(words: number, pages: number | undefined): Check {
  const tooShort = words < 250;
  const tooLong = (pages ?? 0) > 2 || words > 1200;
  return check('length', tooShort || tooLong ? 'warn' : 'pass', messageKey('analysis:engine.checks.length.title'),
    sentences(
      pages ? messageKey('analysis:engine.checks.length.wordsOnPages', { words, pages }) : messageKey('analysis:engine.checks.length.words', { words }),
      tooShort ? messageKey('analysis:engine.checks.length.thin') : tooLong ? messageKey('analysis:engine.checks.length.long') : messageKey('analysis:engine.checks.length.ok'),
    ));
}

/** A résumé written in Korean: at least half of its letters are Hangul (tool names and English titles stay Latin). */
export function isKoreanText(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  return letters > 0 && hangul / letters >= 0.5;
}

/**
 * Korean text is measured the way Korean writers measure it, in characters without spaces (글자 수,
 * 공백 제외), not in English words: one 어절 carries what two or three English words do, so 250 words
 * would ask a Korean résumé for two pages. The guidance: a résumé fills one to two A4 pages at 10–11 pt
 * ("분량은 한 장 혹은 두 장 정도", "가능한 한 온전한 한 장", "글자의 크기는 10~11포인트" — 인천 연수구
 * 일자리센터, https://job.yeonsu.go.kr/job/employment/resume.asp; "A4용지 기준 1장 반 내외 정도가
 * 적당", more than two pages only for senior executives — 프라임경제 헤드헌팅 칼럼, 2006,
 * https://www.newsprime.co.kr/ezview/article_main.html?no=5495). A full A4 page of 10 pt Hangul holds
 * about 1,500 characters without spaces (42 per line × 44 lines at 160 % spacing, 75 % of them
 * non-space); a résumé page, with headings, dates and short lines, about half of that. So: under 500
 * characters is less than two thirds of one page (thin), over 3,000 is more than two full pages (long).
 */
export const KOREAN_LENGTH = { thinBelow: 500, longAbove: 3000 } as const;

function koreanLengthCheck(text: string, pages: number | undefined): Check {
  const characters = text.replace(/\s+/g, '').length;
  const tooShort = characters < KOREAN_LENGTH.thinBelow;
  const tooLong = (pages ?? 0) > 2 || characters > KOREAN_LENGTH.longAbove;
  return check('length', tooShort || tooLong ? 'warn' : 'pass', messageKey('analysis:engine.checks.length.title'),
    sentences(
      pages ? messageKey('analysis:engine.checks.length.charactersOnPages', { characters, pages }) : messageKey('analysis:engine.checks.length.characters', { characters }),
      tooShort ? messageKey('analysis:engine.checks.length.thinKorean') : tooLong ? messageKey('analysis:engine.checks.length.longKorean') : messageKey('analysis:engine.checks.length.ok'),
    ));
}

/**
 * Lines of the file's text that are a word spelled out letter by letter ("E X P E R I E N C E",
 * "L A N G UA G E S": kerned pairs stay together), as wide letter spacing in a PDF comes out. At most
 * three, as written. A scan over each line's tokens, linear in the text.
 */
export function letterSpacedLines(text: string): string[] {
  const found: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length < 7 || line.length > 80) continue;
    const tokens = line.split(' ');
    if (tokens.length < 4) continue;
    let single = 0;
    const letters = tokens.every((token) => {
      if (token.length === 1) single++;
      return token.length >= 1 && token.length <= 2 && /^\p{Lu}+$/u.test(token);
    });
    if (letters && single / tokens.length >= 0.6) found.push(line);
    if (found.length === 3) break;
  }
  return found;
}

/** The standard section a letter-spaced heading names ("S K I L L S A ND T O OL S" → skills): its words' spaces are lost with the letters'. */
function letterSpacedSection(line: string): string | undefined {
  const squashed = line.replace(/\s+/g, '').toLowerCase();
  return Object.entries(STANDARD_SECTIONS).find(([, pattern]) => new RegExp(pattern.source.replace(/\\s\+| /g, '\\s*'), pattern.flags).test(squashed))?.[0];
}

export function atsFindings(input: AnalyzeResumeInput, outline: ResumeOutline): Check[] {
  const findings: Check[] = [];
  const layout = input.layout;
  const hasText = input.text.trim().length > 0 && (layout?.hasTextLayer ?? true);
  findings.push(check('text-layer', hasText ? 'pass' : 'fail', messageKey('analysis:engine.ats.textLayer.title'), hasText ? messageKey('analysis:engine.ats.textLayer.pass') : messageKey('analysis:engine.ats.textLayer.fail')));
  if (layout) {
    findings.push(check('columns', layout.columns > 1 ? 'warn' : 'pass', messageKey('analysis:engine.ats.columns.title'),
      layout.columns > 1 ? messageKey('analysis:engine.ats.columns.many', { count: layout.columns }) : messageKey('analysis:engine.ats.columns.one')));
    if (layout.tables !== undefined) {
      findings.push(check('tables', layout.tables > 0 ? 'warn' : 'pass', messageKey('analysis:engine.ats.tables.title'), layout.tables > 0 ? messageKey('analysis:engine.ats.tables.some', { count: layout.tables }) : messageKey('analysis:engine.ats.tables.none')));
    }
  }
  const standard = outline.sections.filter((s) => s.canonical);
  const nonStandard = outline.sections.filter((s) => !s.canonical).map((s) => s.title);
  // Headings drawn with wide letter spacing reach the file's text as "E X P E R I E N C E": Candor's
  // reader joins them, an ATS reading the text layer may not. Name the cause when it is there.
  const spaced = letterSpacedLines(input.text);
  findings.push(
    spaced.length > 0
      ? check('section-titles', standard.length === 0 ? 'fail' : 'warn', messageKey('analysis:engine.ats.sectionTitles.title'), messageKey('analysis:engine.ats.sectionTitles.spaced'), spaced)
      : check('section-titles', standard.length === 0 ? 'fail' : nonStandard.length > 0 ? 'warn' : 'pass', messageKey('analysis:engine.ats.sectionTitles.title'),
          standard.length === 0 ? messageKey('analysis:engine.ats.sectionTitles.none') : nonStandard.length > 0 ? messageKey('analysis:engine.ats.sectionTitles.some') : messageKey('analysis:engine.ats.sectionTitles.all'),
          nonStandard),
  );
  const emailInText = EMAIL.test(input.text);
  findings.push(
    check('contact-in-body', emailInText ? 'pass' : 'fail', messageKey('analysis:engine.ats.contactInBody.title'),
      emailInText ? messageKey('analysis:engine.ats.contactInBody.pass') : messageKey('analysis:engine.ats.contactInBody.fail')),
  );
  // eslint-disable-next-line no-control-regex
  const odd = [...new Set(input.text.match(/[\uE000-\uF8FF\u{1F300}-\u{1FAFF}\u2600-\u27BF\u0000-\u0008]/gu) ?? [])];
  findings.push(check('characters', odd.length === 0 ? 'pass' : 'warn', messageKey('analysis:engine.ats.characters.title'), odd.length === 0 ? messageKey('analysis:engine.ats.characters.none') : messageKey('analysis:engine.ats.characters.some'), odd));
  return findings;
}

/** What an ATS would read: the plain text with icon glyphs dropped and whitespace tidied. */
export function atsText(text: string): string {
  return text
    .replace(/[\uE000-\uF8FF\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
