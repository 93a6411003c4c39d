import { messageKey } from '../../../platform/contracts/domain-error.js';
import type { ReportMessage, Suggestion } from './analysis-report.js';
import { METRIC, sentences, tenseProblem, WEAK_PHRASE } from './resume-checks.js';
import type { Bullet, ResumeOutline } from './resume-outline.js';
import { capitalise, openingVerbWord, opensWithFigure, pastOf, verbForm } from './verbs.js';

const VAGUE_WORDS = /\b(various|stuff|things|many different|several)\b/gi;

function setTense(word: string, wantPast: boolean): string {
  const verb = verbForm(word);
  if (!verb) return word;
  return wantPast ? pastOf(verb.base) : verb.base;
}

/**
 * Rule-based rewrite of one of the user's own bullets: drop first-person openers and duty phrases
 * ("Responsible for managing" → "Managed"), put the verb in the role's tense, replace vague words by a
 * placeholder and add a metric placeholder when there is no number. Returns undefined when nothing applies.
 */
export function rewriteBullet(bullet: Bullet, outline: ResumeOutline): { after: string; reasons: ReportMessage[] } | undefined {
  // The rules are English grammar (verb first, tense, pronouns, placeholders): a bullet written in
  // Korean ("… 비용 30% 절감") would come back as "[Action verb] …" with its first letter lowered.
  if (/\p{Script=Hangul}/u.test(bullet.text)) return undefined;
  const role = outline.roles[bullet.role];
  let text = bullet.text.trim().replace(/(?<![.;])[.;]+$/, '');
  const reasons: ReportMessage[] = [];
  if (/^(?:i|we)\s+/i.test(text)) {
    text = text.replace(/^(?:i|we)\s+/i, '');
    reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.pronoun'));
  }
  // Past roles in the past; in the current role the bullet keeps its own tense ("Worked on…" is a
  // finished achievement, "Managing…" an ongoing duty).
  const wantPast = !role || !role.current || verbForm(openingVerbWord(text).word)?.form === 'past';
  const weak = WEAK_PHRASE.exec(text);
  if (weak) {
    let rest = text.slice(weak[0].length).trim();
    const next = /^[\p{L}]+/u.exec(rest)?.[0] ?? '';
    const verb = verbForm(next);
    // After "helped (to)" a base form is a verb ("Helped design…"); after "with", "for", "in" it is a
    // noun ("Helped with discharge planning" is no "Discharged planning"): only a gerund is a verb there.
    const infinitive = /(?:\bto|helped)$/i.test(weak[0].trim());
    if (verb && (verb.form === 'gerund' || (verb.form === 'base' && infinitive)) && !verb.weak) {
      rest = `${wantPast ? pastOf(verb.base) : verb.base}${rest.slice(next.length)}`;
    } else {
      rest = `${wantPast ? 'Owned' : 'Own'} ${rest.replace(/^(?:with|the)\s+/i, (m) => (m.toLowerCase().startsWith('the') ? m : ''))}`;
    }
    text = rest;
    reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.weakPhrase', { phrase: weak[1] }));
  } else {
    // The verb may follow an opening adverb ("Successfully negotiated…"): it is the word rewritten.
    const { word: first, index } = openingVerbWord(text);
    const before = text.slice(0, index);
    const after = text.slice(index + first.length);
    const verb = verbForm(first);
    const problem = tenseProblem(bullet, outline);
    if (verb && (problem || verb.form === 'gerund')) {
      text = `${before}${setTense(first, wantPast)}${after}`;
      reasons.push(wantPast ? messageKey('analysis:engine.suggestions.bullet.reason.pastTense') : messageKey('analysis:engine.suggestions.bullet.reason.presentTense'));
    } else if (!verb && !opensWithFigure(text)) {
      text = `[Action verb] ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
      reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.actionVerb'));
    } else if (verb?.weak) {
      reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.weakVerb', { verb: first }));
      text = `${before}[Specific verb]${after}`;
    }
  }
  // "Manage the backups and fixing bugs": verbs joined to the first take its tense too.
  text = text.replace(/\b(and|or)\s+(\p{L}+ing)\b/gu, (whole, joiner: string, word: string) => (verbForm(word)?.form === 'gerund' ? `${joiner} ${setTense(word, wantPast)}` : whole));
  if (VAGUE_WORDS.test(text)) {
    text = text.replace(VAGUE_WORDS, '[specific]');
    reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.vague'));
  }
  if (!METRIC.test(bullet.text)) {
    text = `${text}, improving [what] by [X%]`;
    reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.metric'));
  }
  if (reasons.length === 0) return undefined;
  return { after: `${capitalise(text)}.`, reasons };
}

export function bulletSuggestions(outline: ResumeOutline): Suggestion[] {
  const out: Suggestion[] = [];
  outline.bullets.forEach((bullet, index) => {
    if (bullet.role < 0 && bullet.section !== 'experience' && bullet.section !== '') return;
    const rewrite = rewriteBullet(bullet, outline);
    if (!rewrite) return;
    const serious = WEAK_PHRASE.test(bullet.text) || rewrite.reasons.length >= 3;
    out.push({
      id: `bullet-${index}`,
      priority: serious ? 1 : rewrite.reasons.length >= 2 ? 2 : 3,
      // Named, so a list of suggestions (the dashboard's) says which line each one is about.
      title: messageKey('analysis:engine.suggestions.bullet.title', { excerpt: excerpt(bullet.text) }),
      // Each reason is a sentence of its own, then why it matters.
      why: rewrite.reasons.reduceRight<ReportMessage>((rest, reason) => sentences(reason, rest), messageKey('analysis:engine.suggestions.bullet.why')),
      before: bullet.text,
      after: rewrite.after,
    });
  });
  return out;
}

/** The first words of a bullet, enough to find it: "Designed event-driven microservices in Go…". */
function excerpt(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= 6 ? words.join(' ') : `${words.slice(0, 6).join(' ')}…`;
}
