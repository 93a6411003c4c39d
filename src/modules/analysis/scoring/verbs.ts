// Action verbs in base form; the past forms are derived (irregulars listed). Used to tell whether a
// bullet starts with an action verb and to rewrite its tense.
const BASE = `accelerate achieve administer advise analyse analyze architect automate build champion coach collaborate
 configure consolidate coordinate create cut debug define deliver deploy design develop direct drive eliminate enable
 engineer establish evaluate execute expand facilitate focus generate grow guide identify implement improve increase
 initiate innovate integrate introduce launch lead maintain manage mentor migrate modernise modernize monitor negotiate
 optimise optimize orchestrate organise organize own oversee partner pilot plan prepare present prioritise prioritize
 produce program prototype publish raise rebuild reduce refactor redesign release research resolve restructure
 revamp run save scale secure ship simplify spearhead standardise standardize streamline strengthen supervise support
 teach test train transform troubleshoot unify upgrade win write handle perform ensure help assist work use make
 maintain process review track report analyse audit author conduct contribute document draft edit fix host hire
 recruit onboard operate provide recommend replace serve sell set shape sign solve speak start tune validate verify`
  .split(/\s+/)
  .filter(Boolean);

const IRREGULAR_PAST: Record<string, string> = {
  build: 'built', cut: 'cut', drive: 'drove', grow: 'grew', lead: 'led', run: 'ran', teach: 'taught', win: 'won',
  write: 'wrote', make: 'made', set: 'set', sell: 'sold', speak: 'spoke', rebuild: 'rebuilt', oversee: 'oversaw',
};

export const ACTION_VERBS = new Set(BASE);
const WEAK_VERBS = new Set(['handle', 'help', 'assist', 'work', 'use', 'make', 'perform', 'ensure']);

export function pastOf(base: string): string {
  if (IRREGULAR_PAST[base]) return IRREGULAR_PAST[base];
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && base.length <= 4) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

const PAST_TO_BASE = new Map<string, string>();
for (const base of BASE) PAST_TO_BASE.set(pastOf(base), base);

export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

/** The action verb a word is a form of, if any: "Managed" → manage/past, "leads" → lead/third. */
export function verbForm(word: string): { base: string; form: VerbForm; weak: boolean } | undefined {
  const w = word.toLowerCase();
  const found = (base: string, form: VerbForm): { base: string; form: VerbForm; weak: boolean } => ({ base, form, weak: WEAK_VERBS.has(base) });
  if (ACTION_VERBS.has(w)) return found(w, 'base');
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

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
