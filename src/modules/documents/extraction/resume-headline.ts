// The headline under (or beside) a name is a role: "Restorative Dentist", "Plumber and Gas Fitter",
// "First Officer (A320)". What tells a role from the other short lines a layout puts near the name
// (a running header's "Curriculum Vitae", "Page 1 of 2", a sidebar's skills, the town) is that a
// role names an occupation: its words include an occupation noun. The nouns are a data table
// (occupation heads as ESCO and O*NET titles end, plus common short forms), not a list of titles.

/** Heads of occupation titles ("… technician", "… veterinarian") and the short forms people write ("vet", "medic"). */
const OCCUPATION_NOUNS = new Set([
  'maker', 'accountant', 'actor', 'actuary', 'administrator', 'adviser', 'advisor', 'agent', 'aide', 'analyst', 'animator', 'anesthetist', 'appraiser',
  'apprentice', 'architect', 'archivist', 'artist', 'assessor', 'assistant', 'associate', 'attendant', 'attorney', 'auditor', 'baker',
  'banker', 'barista', 'barrister', 'bartender', 'biologist', 'bookkeeper', 'broker', 'builder', 'butcher', 'buyer', 'captain', 'caregiver',
  'carpenter', 'cashier', 'chef', 'chemist', 'clerk', 'clinician', 'coach', 'columnist', 'concierge', 'conductor', 'consultant',
  'contractor', 'controller', 'cook', 'coordinator', 'copywriter', 'correspondent', 'counsel', 'counsellor', 'counselor', 'courier',
  'curator', 'dentist', 'designer', 'detective', 'developer', 'dietitian', 'director', 'dispatcher', 'doctor', 'drafter', 'driver',
  'ecologist', 'economist', 'editor', 'educator', 'electrician', 'engineer', 'estimator', 'examiner', 'executive', 'farmer', 'fellow',
  'firefighter', 'fitter', 'foreman', 'founder', 'freelancer', 'gardener', 'generalist', 'geologist', 'guard', 'guide', 'hairdresser',
  'head', 'historian', 'host', 'housekeeper', 'hygienist', 'illustrator', 'inspector', 'installer', 'instructor', 'interpreter', 'intern',
  'investigator', 'janitor', 'joiner', 'journalist', 'judge', 'lawyer', 'lead', 'leader', 'lecturer', 'librarian', 'linguist', 'locksmith',
  'machinist', 'manager', 'marketer', 'mason', 'mathematician', 'mechanic', 'medic', 'mediator', 'midwife', 'nurse', 'nutritionist',
  'officer', 'operator', 'optician', 'optometrist', 'painter', 'paralegal', 'paramedic', 'partner', 'pathologist', 'pharmacist',
  'photographer', 'physician', 'physicist', 'physiotherapist', 'pilot', 'planner', 'plumber', 'porter', 'practitioner', 'president',
  'principal', 'producer', 'professor', 'programmer', 'psychologist', 'publisher', 'radiographer', 'receptionist', 'recruiter',
  'registrar', 'reporter', 'representative', 'researcher', 'responder', 'roofer', 'salesperson', 'scientist', 'secretary', 'sommelier',
  'specialist', 'statistician', 'steward', 'stewardess', 'strategist', 'student', 'stylist', 'superintendent', 'supervisor', 'surgeon',
  'surveyor', 'teacher', 'technician', 'technologist', 'tester', 'therapist', 'trader', 'trainer', 'trainee', 'translator', 'treasurer',
  'tutor', 'underwriter', 'vet', 'veterinarian', 'waiter', 'waitress', 'welder', 'worker', 'writer',
]);

/** Words of a role: letters only, lower case; "Children’s" → "children". */
function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/**
 * Endings that make an occupation noun of a field of knowledge or a craft, whatever the field:
 * "agronomist", "hydrogeologist", "dietitian", "sonographer", "toolmaker". Long enough that "list" or "exist" never end one.
 */
const OCCUPATION_ENDING = /^\p{L}{3,}(?:ist|ician|ographer|maker)$/u;

/** "Agronomist", "Nurse", "Nurses": a word that names who someone is at work. */
function isOccupationNoun(word: string): boolean {
  return OCCUPATION_NOUNS.has(word) || (word.endsWith('s') && OCCUPATION_NOUNS.has(word.slice(0, -1))) || OCCUPATION_ENDING.test(word);
}

/** A line that names an occupation: one of its words is an occupation noun (or its plural). */
export function namesOccupation(text: string): boolean {
  return roleWords(text).some(isOccupationNoun);
}

/**
 * How many of a fragment's words are occupation nouns in the singular, as a job title writes them:
 * "Senior Agronomist" 1, "Varela Kamal Seeds" 0, "Garden Partners" 0 (a plural names a firm).
 */
export function occupationNounCount(text: string): number {
  return roleWords(text).filter((word) => OCCUPATION_NOUNS.has(word) || OCCUPATION_ENDING.test(word)).length;
}

/** "Curriculum Vitae", "Résumé", "CV", "Page 1 of 2": what a document says about itself, never a headline. */
export function isDocumentCaption(text: string): boolean {
  const words = roleWords(text).join(' ');
  return /^(?:curriculum vitae|r[eé]sum[eé]|resume|cv|lebenslauf|page)$/.test(words) || /^page \d+(?: of \d+)?$/i.test(text.trim());
}

/** Words that leave a phrase open: the headline goes on on the next line ("Plumber and" / "Gas Fitter"). */
const OPEN_ENDINGS = new Set(['and', '&', 'of', 'in', 'for', 'to', 'with', '/', '-', '–', '—']);

/** The text outside round brackets: "Officer (A320)" → "Officer " (a scan: a pattern would backtrack on runs of "("). */
function outsideBrackets(text: string): string {
  let depth = 0;
  let outside = '';
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += char;
  }
  return outside;
}

/**
 * A headline a narrow header wrapped: its first part beside the name does not name an occupation
 * ("Mixed Practice", "Plumber and") and the next short line does ("Veterinarian", "Gas Fitter").
 * Returns the whole headline, or undefined when the two parts are no such pair.
 */
export function rejoinWrappedHeadline(first: string, next: string | undefined): string | undefined {
  if (next === undefined) return undefined;
  const tail = next.trim();
  const wordsOfTail = tail.split(/\s+/).filter(Boolean);
  if (wordsOfTail.length === 0 || wordsOfTail.length > 3 || /[@\d,:|\t]/.test(outsideBrackets(tail))) return undefined;
  const head = first.trim();
  const lastWord = head.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  const open = OPEN_ENDINGS.has(lastWord) || !namesOccupation(head);
  return open && namesOccupation(tail) ? `${head} ${tail}` : undefined;
}
