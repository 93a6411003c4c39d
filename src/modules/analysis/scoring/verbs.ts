import lexicon from './data/action-verbs.json' with { type: 'json' };

// Action verbs in base form, with the past forms English does not make by rule. The lexicon is built
// by `scripts/build-action-verbs.mjs` from occupation data (O*NET descriptions, ESCO skill labels: what
// people in every kind of work do, not only software) plus the résumé verbs of Candor's earlier list.
// Used to tell whether a bullet starts with an action verb and to rewrite its tense.
export const ACTION_VERBS: ReadonlySet<string> = new Set(lexicon.verbs);
const IRREGULAR_PAST: Readonly<Record<string, string>> = lexicon.irregularPast;
const WEAK_VERBS = new Set(['handle', 'help', 'assist', 'work', 'use', 'make', 'perform', 'ensure']);

export function pastOf(base: string): string {
  const irregular = IRREGULAR_PAST[base];
  if (irregular) return irregular;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && base.length <= 4) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

const PAST_TO_BASE = new Map<string, string>();
for (const base of ACTION_VERBS) {
  PAST_TO_BASE.set(pastOf(base), base);
  // British and American spelling: "counselled" and "counseled", "labelled" and "labeled".
  if (/[^aeiou][aeiou]l$/.test(base)) PAST_TO_BASE.set(`${base}led`, base);
}

export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

/** The action verb a word is a form of, if any: "Managed" → manage/past, "leads" → lead/third, "Sat" → sit/past. */
export function verbForm(word: string): { base: string; form: VerbForm; weak: boolean } | undefined {
  const w = word.toLowerCase();
  const found = (base: string, form: VerbForm): { base: string; form: VerbForm; weak: boolean } => ({ base, form, weak: WEAK_VERBS.has(base) });
  // "Cut", "Set", "Read": the past is the base, and right in either tense.
  if (ACTION_VERBS.has(w)) return found(w, pastOf(w) === w ? 'past' : 'base');
  const past = PAST_TO_BASE.get(w);
  if (past) return found(past, 'past');
  if (w.endsWith('ing')) {
    const stemmed = w.slice(0, -3);
    for (const candidate of [stemmed, `${stemmed}e`, stemmed.slice(0, -1)]) if (ACTION_VERBS.has(candidate)) return found(candidate, 'gerund');
  }
  if (w.endsWith('ies') && ACTION_VERBS.has(`${w.slice(0, -3)}y`)) return found(`${w.slice(0, -3)}y`, 'third');
  if (w.endsWith('es') && ACTION_VERBS.has(w.slice(0, -2))) return found(w.slice(0, -2), 'third');
  if (w.endsWith('s') && ACTION_VERBS.has(w.slice(0, -1))) return found(w.slice(0, -1), 'third');
  return undefined;
}

/**
 * The word that carries a bullet's verb and where it starts: the first word, or the verb after an
 * opening adverb ("Successfully negotiated…", "Independently triaged…"), which recruiters read as a
 * verb-first bullet. A first word that is itself a verb ("Apply…") is never taken for an adverb.
 */
export function openingVerbWord(text: string): { word: string; index: number } {
  const m = /^(\p{L}+)(?:,?\s+(\p{L}+))?/u.exec(text);
  if (!m) return { word: '', index: 0 };
  const [, first, second] = m;
  if (second && /ly$/i.test(first!) && !verbForm(first!) && verbForm(second)) return { word: second, index: m[0].length - second.length };
  return { word: first!, index: 0 };
}

/**
 * A bullet that opens with its result as a figure ("30% fewer falls on the ward…", "$1.2M raised from
 * 40 donors…") leads with the achievement, which résumé guidance accepts as well as a verb first: it is
 * not told to start with an action verb, and it has no verb whose tense could be wrong.
 */
export function opensWithFigure(text: string): boolean {
  return /^[$€£₩]?\d/.test(text.trim());
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
