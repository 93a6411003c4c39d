/**
 * The embedded, offline bullet rewrite: deterministic rules, no model. It opens with an action verb
 * in the past tense and drops "responsible for" and similar duty phrasing. It adds nothing the person
 * did not write: a bullet without a number is left without one (no ", improving [metric] by [X]%"
 * template to fill — what result to add is said in words by the analysis, and a laid wall or a
 * patient cared for improves no percentage).
 */

const OWNERSHIP_VERB = 'Managed';
/** Used when the bullet starts with a noun ("Customer support for …"). */
const DEFAULT_VERB = 'Delivered';

/**
 * Duty phrasing that hides the action, removed from the start of a bullet, with the verb used when
 * what follows is a noun ("responsible for the team" → "Managed the team"). Only ownership phrasing
 * turns a following gerund into the verb ("responsible for hiring" → "Hired"); claims are not
 * inflated, so "helped with onboarding" becomes "Supported onboarding", never "Onboarded".
 */
const DUTY_PREFIXES: [prefix: string, verb: string][] = (
  [
    ['was responsible for', OWNERSHIP_VERB],
    ['responsible for', OWNERSHIP_VERB],
    ['responsibilities included', OWNERSHIP_VERB],
    ['responsibilities include', OWNERSHIP_VERB],
    ['duties included', OWNERSHIP_VERB],
    ['duties include', OWNERSHIP_VERB],
    ['tasked with', OWNERSHIP_VERB],
    ['in charge of', OWNERSHIP_VERB],
    ['worked on', 'Contributed to'],
    ['involved in', 'Contributed to'],
    ['helped with', 'Supported'],
    ['assisted with', 'Supported'],
  ] satisfies [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** Irregular verbs common in CVs: gerund and base form → past tense. */
const IRREGULAR_PAST: Record<string, string> = {
  lead: 'led', leading: 'led', build: 'built', building: 'built', run: 'ran', running: 'ran',
  write: 'wrote', writing: 'wrote', make: 'made', making: 'made', teach: 'taught', teaching: 'taught',
  sell: 'sold', selling: 'sold', drive: 'drove', driving: 'drove', oversee: 'oversaw', overseeing: 'oversaw',
  set: 'set', setting: 'set', grow: 'grew', growing: 'grew', win: 'won', winning: 'won',
  bring: 'brought', bringing: 'brought', hold: 'held', holding: 'held', keep: 'kept', keeping: 'kept',
  speak: 'spoke', speaking: 'spoke', take: 'took', taking: 'took', give: 'gave', giving: 'gave',
  begin: 'began', beginning: 'began', cut: 'cut', cutting: 'cut', shape: 'shaped', shaping: 'shaped',
};

/** Base forms we recognise as action verbs (a bullet starting with one is put in the past tense). */
const BASE_VERBS = new Set([
  'manage', 'develop', 'design', 'create', 'implement', 'improve', 'reduce', 'increase', 'launch',
  'deliver', 'coordinate', 'support', 'analyze', 'analyse', 'plan', 'organize', 'organise', 'own',
  'maintain', 'migrate', 'automate', 'optimize', 'optimise', 'train', 'mentor', 'negotiate', 'handle',
  'test', 'deploy', 'architect', 'streamline', 'establish', 'drive', 'produce', 'research', 'resolve',
  ...Object.keys(IRREGULAR_PAST).filter((w) => !w.endsWith('ing')),
]);

const BULLET_MARK = /^[\s•·▪◦‣*+–—-]+/u;
const LEADING_PRONOUN = /^(i|we)\s+/i;

function pastTense(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PAST[lower];
  if (irregular) return irregular;
  if (lower.length > 5 && lower.endsWith('ing')) {
    const stem = lower.slice(0, -3);
    // "managing" → "manag" + "ed", "planning" → "plann" + "ed", "studying" → "studi"+"ed" is rare enough to skip.
    return `${stem}ed`;
  }
  if (BASE_VERBS.has(lower)) {
    if (lower.endsWith('e')) return `${lower}d`;
    if (/[^aeiou][aeiou][bdgmnpt]$/.test(lower) && lower.length <= 4) return `${lower}${lower.at(-1)}ed`; // plan → planned
    return `${lower}ed`;
  }
  return undefined;
}

/** Irregular pasts a bullet may open with ("Laid…", "Fed…"), beside those of IRREGULAR_PAST: never given another verb before them. */
const OTHER_IRREGULAR_PASTS = new Set([
  'laid', 'fed', 'dealt', 'sat', 'ground', 'met', 'paid', 'sought', 'bought', 'fought', 'caught', 'found', 'spent', 'sent', 'lent',
  'bent', 'rode', 'wove', 'wore', 'froze', 'drew', 'flew', 'knew', 'threw', 'chose', 'broke', 'rose', 'stood', 'understood',
  'told', 'bred', 'hung', 'swept', 'dug', 'spun', 'struck', 'stuck', 'swung', 'sang', 'shot', 'cast', 'split', 'spread', 'shut', 'put', 'read',
]);

function looksPast(word: string): boolean {
  const lower = word.toLowerCase();
  return (lower.length > 3 && lower.endsWith('ed')) || Object.values(IRREGULAR_PAST).includes(lower) || OTHER_IRREGULAR_PASTS.has(lower);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a leading word unless it looks like an acronym or a name with inner capitals. */
function lowerFirstWord(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (/[A-Z].*[A-Z]/.test(first) || /\d/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function rewriteBulletWithRules(bullet: string): string {
  let text = bullet.replace(BULLET_MARK, '').trim().replace(/\s+/g, ' ');
  if (text === '') return '';
  const endsWithPeriod = text.endsWith('.');
  if (endsWithPeriod) text = text.slice(0, -1).trimEnd();

  text = text.replace(LEADING_PRONOUN, '');
  let nounVerb = DEFAULT_VERB;
  for (const [prefix, verb] of DUTY_PREFIXES) {
    if (text.toLowerCase().startsWith(`${prefix} `)) {
      text = text.slice(prefix.length).trimStart();
      nounVerb = verb;
      break;
    }
  }
  text = text.replace(/^(the )?(daily |day-to-day )?(management|development) of /i, (_m, _the, _daily, noun: string) =>
    noun.toLowerCase() === 'management' ? 'managing ' : 'developing ',
  );

  const [first = '', ...rest] = text.split(' ');
  const remainder = rest.join(' ');
  let sentence: string;
  if (nounVerb !== DEFAULT_VERB && nounVerb !== OWNERSHIP_VERB) sentence = `${nounVerb} ${lowerFirstWord(text)}`;
  else if (looksPast(first)) sentence = capitalise(text);
  else {
    const past = pastTense(first);
    if (past) sentence = capitalise(remainder ? `${past} ${remainder}` : past);
    else sentence = `${nounVerb} ${lowerFirstWord(text)}`;
  }

  return endsWithPeriod ? `${sentence}.` : sentence;
}
