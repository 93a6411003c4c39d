import { messageKey, type UserMessageKey } from '../../platform/contracts/domain-error.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Translate } from '../../platform/i18n/translator.js';
import { occupationLabel, skillLabel } from '../../kernel/skills/index.js';
import type { AnalysisReport, ReportMessage } from './scoring/analysis-report.js';
import { CONTACT_NAMES, SECTION_NAMES } from './scoring/resume-checks.js';
import { STANDARD_SECTIONS } from './scoring/resume-outline.js';

/** A text of a stored report: a catalog message, or — in reports stored before #11 — English prose. */
export type ReportText = ReportMessage | string;

/** `T` with every message widened to `ReportText`: a report as it may be stored. */
type Stored<T> = T extends ReportMessage ? ReportText : T extends readonly (infer U)[] ? Stored<U>[] : T extends object ? { [K in keyof T]: Stored<T[K]> } : T;

/** A report as read back: new ones carry messages (key + parameters), older ones English text in the same places. */
export type StoredReport = Stored<AnalysisReport>;

/**
 * Text as the page prints it. `lang` is set when the words are not the reader's language by nature:
 * an old report's English, or what is quoted from the résumé or the job (a bullet, a skill name),
 * which keeps the language it was written in.
 */
export interface Shown {
  text: string;
  lang?: 'en' | 'ko';
  /** Quoted from the résumé: the page puts it in quotation marks. */
  quoted?: boolean;
}

/** The language a quoted piece of the résumé or the job is written in, as far as its script tells. */
export function scriptLanguage(text: string): 'en' | 'ko' | undefined {
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  return /\p{Script=Latin}/u.test(text) ? 'en' : undefined;
}

/**
 * The report page's view model: every finding, suggestion and gap the engine stored as a message is
 * worded here in the reader's language; quotes and names stay as written. One stored report therefore
 * reads in Korean for a Korean reader and in English for an English one.
 */
export function analysisReportView(report: StoredReport, t: Translate, locale: Locale) {
  const say = (text: ReportText): Shown => (typeof text === 'string' ? { text, lang: 'en' } : { text: t(text.key, skillListParams(text, locale)) });
  const quote = (text: string): Shown => withLang({ text, quoted: true });
  const name = (text: string): Shown => withLang({ text });
  const skill = (text: string): Shown => skillShown(text, locale);
  const sectionName = (id: string): string => (KNOWN_SECTIONS.has(id) ? t(`analysis:engine.section.${id}`) : id);
  const check = (c: StoredReport['checks'][number]) => ({
    id: c.id,
    status: c.status,
    title: say(c.title),
    detail: say(c.detail),
    evidence: (c.evidence ?? []).map((e): Shown => {
      if (typeof e !== 'string') return say(e);
      // These two list what is missing by id: worded, not quoted.
      if (c.id === 'sections' && SECTION_NAMES[e]) return say(SECTION_NAMES[e]);
      if (c.id === 'contact' && CONTACT_NAMES[e]) return say(CONTACT_NAMES[e]);
      return quote(e);
    }),
  });
  const skills = report.skills.map((s) => ({
    kind: s.kind,
    name: skill(s.name),
    foundAs: s.mentions.map((m) => `${m.text} (${sectionName(m.section)})`).join(', '),
  }));
  const match = report.match;
  const { required: requiredPhrases, other: otherPhrases } = phrasesByPlace(match);
  const found = (phrases: readonly StoredPhrase[]): StoredPhrase[] => phrases.filter((p) => p.verdict !== 'missing');
  const missed = (phrases: readonly StoredPhrase[]): StoredPhrase[] => phrases.filter((p) => p.verdict === 'missing');
  return {
    score: report.score,
    version: report.version,
    breakdown: report.breakdown.map((b) => ({ id: b.id, score: b.score, weight: b.weight })),
    suggestions: report.suggestions.map((s) => ({
      title: say(s.title),
      // The AI provider words its reasons in English: English readers get them, others the catalog's.
      why: locale === 'en' && s.aiWhy ? { text: s.aiWhy } : say(s.why),
      // Résumé text shown as a before-and-after pair, in the résumé's own language.
      before: s.before ? name(s.before) : undefined,
      // Advice in words only (a bullet told what result to add is left as written): no "after" that repeats it.
      after: sameSentence(s.before, s.after) ? undefined : name(s.after),
    })),
    match: match
      ? {
          // What a requirement sentence of the job asks in its own words ("Full UK driving licence" under "Essential") is
          // required as much as a skill the taxonomy names: listed with them, never only among the job's other words.
          matched: [...match.matched.map(skill), ...found(requiredPhrases).map((p) => name(p.phrase))],
          missing: [...match.missing.map((n, i) => missingShown(n, match.missingDisplay?.[i], locale)), ...missed(requiredPhrases).map((p) => name(p.phrase))],
          variants: match.variants.map((v) => ({ term: skill(v.term), found: quote(v.found), atsWants: quote(v.atsWants) })),
          preferred: match.preferred.wanted.length > 0 ? listSentence(t, match.preferred.missing.length ? messageKey('analysis:report.youHaveMissing') : messageKey('analysis:report.youHave'), { have: match.preferred.matched.map((n) => skillShown(n, locale)), missing: match.preferred.missing.map((n, i) => missingShown(n, match.preferred.missingDisplay?.[i], locale)) }) : undefined,
          // Matched and variant phrases both count as found: the variant table shows the job's wording.
          phrases: otherPhrases.length ? listSentence(t, missed(otherPhrases).length ? messageKey('analysis:report.foundMissing') : messageKey('analysis:report.found'), { found: found(otherPhrases).map((p) => quote(p.phrase)), missing: missed(otherPhrases).map((p) => quote(p.phrase)) }) : undefined,
          keywords: match.keywords.wanted.length > 0 ? listSentence(t, match.keywords.missing.length ? messageKey('analysis:report.foundMissing') : messageKey('analysis:report.found'), { found: match.keywords.matched.map(quote), missing: match.keywords.missing.map(quote) }) : undefined,
        }
      : undefined,
    hardSkills: skills.filter((s) => s.kind === 'hard'),
    softSkills: skills.filter((s) => s.kind === 'soft'),
    checks: report.checks.map(check),
    ats: { findings: report.ats.findings.map(check), text: report.ats.text },
    gaps: {
      learnFirst: report.gaps.learnFirst.map(skill),
      job: report.gaps.job.map((g) => ({ name: skill(g.name), reason: say(g.reason) })),
      roles: report.gaps.roles.map((r) => ({
        role: r.role,
        comparedWith: r.occupations.length
          ? listSentence(t, r.approximate ? messageKey('analysis:report.comparedWithNearest') : messageKey('analysis:report.comparedWith'), { list: occupationsShown(r.occupations, locale) })
          : r.approximate
            ? listSentence(t, messageKey('analysis:report.comparedWithField'), {})
            : undefined,
        missing: r.missing.map((g) => skill(g.name)),
      })),
    },
  };
}

export type AnalysisReportView = ReturnType<typeof analysisReportView>;

type StoredPhrase = NonNullable<NonNullable<StoredReport['match']>['phrases']>[number];
/**
 * The job's own words, split once: those of its requirement sentences (shown with the required skills) and the
 * others (duty lines, preferred ones, and every phrase of a report stored before wave 20).
 */
function phrasesByPlace(match: StoredReport['match']): { required: StoredPhrase[]; other: StoredPhrase[] } {
  const required: StoredPhrase[] = [];
  const other: StoredPhrase[] = [];
  for (const p of match?.phrases ?? []) (p.from === 'requirement' && !p.preferred ? required : other).push(p);
  return { required, other };
}

/** Where a skill was found (`sectionAt`): a section the engine knows by name, or the part above the first heading. */
const KNOWN_SECTIONS = new Set(['header', ...Object.keys(STANDARD_SECTIONS)]);

/** A part of a sentence that names things: words of the page, or a list of names quoted from the job. */
export type SentencePart = { text: string } | { names: Shown[] };

/**
 * "You have {{have}}; missing {{missing}}." with each list kept apart from the sentence, so the page
 * can mark the job's own words with their language while the sentence is in the reader's. An empty
 * list reads "none" in the reader's language.
 */
export function listSentence(t: Translate, sentenceKey: UserMessageKey, lists: Record<string, readonly Shown[]>): SentencePart[] {
  // A character no catalog message contains marks where each list goes.
  const SLOT = '\u0000';
  const slot = (name: string) => `${SLOT}${name}${SLOT}`;
  const sentence = t(sentenceKey.key, Object.fromEntries(Object.keys(lists).map((name) => [name, slot(name)])));
  return sentence
    .split(SLOT)
    .map((piece, i): SentencePart => {
      if (i % 2 === 0) return { text: piece };
      const names = lists[piece] ?? [];
      return names.length ? { names: [...names] } : { text: t('analysis:report.none') };
    })
    .filter((part) => !('text' in part) || part.text !== '');
}

/**
 * A skill's name in the reader's language (kernel skillLabel: 데이터 분석 for "Data analysis"); a name
 * the labels do not cover is shown as written, marked with the language of its script.
 */
export function skillShown(name: string, locale: Locale): Shown {
  const label = skillLabel(name, locale);
  return label.text !== name ? { text: label.text } : withLang({ text: name });
}

/** A matched occupation as a report stores it: the taxonomy's title and its source, "Software Developers (O*NET)". */
const STORED_OCCUPATION = /^(.*) \((O\*NET|ESCO)\)$/su;

/**
 * The matched occupations of a target role in the reader's language (kernel occupationLabel: "Software Developers
 * (O*NET)" → 소프트웨어 개발자(O*NET); the source's name stays as written, a title without a Korean one is shown as
 * stored, marked English), each title once: several taxonomy titles can
 * share one Korean title ("healthcare assistant (ESCO)", "nurse assistant (ESCO)", "Nursing Assistants (O*NET)" are
 * all 간호조무사), and the list shows it once with its sources, 간호조무사(ESCO, O*NET), not four times.
 */
export function occupationsShown(stored: readonly string[], locale: Locale): Shown[] {
  const translated = new Map<string, string[]>();
  const shown: Array<Shown | string> = [];
  for (const occupation of stored) {
    const [, title = occupation, source] = STORED_OCCUPATION.exec(occupation) ?? [];
    const label = occupationLabel(title, locale);
    if (label.lang || label.text === title) {
      if (!shown.some((s) => typeof s !== 'string' && s.text === occupation)) shown.push(withLang({ text: occupation }));
      continue;
    }
    const sources = translated.get(label.text);
    if (sources) {
      if (source && !sources.includes(source)) sources.push(source);
      continue;
    }
    translated.set(label.text, source ? [source] : []);
    shown.push(label.text);
  }
  return shown.map((s) => {
    if (typeof s !== 'string') return s;
    const sources = translated.get(s)!;
    return { text: sources.length > 0 ? `${s}(${sources.join(', ')})` : s };
  });
}

/** Messages whose parameter is a skill's name, or a list of them joined with commas (stored in English). */
const SKILL_LIST_PARAMS: Readonly<Record<string, string>> = {
  'analysis:engine.suggestions.missingRequired.why': 'skills',
  'analysis:engine.suggestions.variant.why': 'term',
};

/** A message's parameters with any skill list worded in the reader's language (the report page, the next-steps card). */
export function skillListParams(message: ReportMessage, locale: Locale): ReportMessage['params'] {
  const param = SKILL_LIST_PARAMS[message.key];
  const list = param === undefined ? undefined : message.params?.[param];
  if (param === undefined || typeof list !== 'string' || locale === 'en') return message.params;
  const worded = list.split(', ').map((piece) => {
    // "AWS (Amazon Web Services)": the job's wording beside the canonical name.
    const canonical = /^.+ \((.+)\)$/.exec(piece)?.[1];
    return (canonical === undefined ? undefined : translatedLabel(canonical, locale)) ?? skillShown(piece, locale).text;
  });
  return { ...message.params, [param]: worded.join(', ') };
}

/** A skill's label in the reader's language, when it differs from the stored name. */
function translatedLabel(name: string, locale: Locale): string | undefined {
  const label = skillLabel(name, locale);
  return label.text !== name ? label.text : undefined;
}

/**
 * A missing skill: its label when the reader's language has one, else how the job wrote it beside the
 * canonical name ("AWS (Amazon Web Services)", job-match.ts displayName).
 */
function missingShown(name: string, display: string | undefined, locale: Locale): Shown {
  const shown = skillShown(name, locale);
  return shown.text !== name || display === undefined ? shown : withLang({ text: display });
}

function withLang(shown: Shown): Shown {
  const lang = scriptLanguage(shown.text);
  return lang ? { ...shown, lang } : shown;
}

/** The same sentence apart from spacing and a closing full stop. */
function sameSentence(before: string | undefined, after: string): boolean {
  const plain = (text: string): string => text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  return before !== undefined && plain(before) === plain(after);
}
