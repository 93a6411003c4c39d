import { messageKey } from '../../../platform/contracts/domain-error.js';
import type { ReportMessage, Suggestion } from './analysis-report.js';
import { METRIC, sentences, tenseProblem, WEAK_PHRASE } from './resume-checks.js';
import type { Bullet, ResumeOutline } from './resume-outline.js';
import { capitalise, openingVerbWord, opensWithFigure, pastOf, verbForm, type VerbForm } from './verbs.js';

const VAGUE_WORDS = /\b(various|stuff|things|many different|several)\b/i;

/**
 * Words that are a verb and also the name of a role: "Mentor three nurses" reads as a job title, so a
 * current role's "Mentoring…" keeps its -ing form (the present the house rule offers) instead.
 */
const ROLE_NAME_VERBS = new Set(['mentor', 'coach', 'tutor', 'guide', 'host', 'nurse', 'chair', 'champion', 'pilot', 'model', 'lead', 'captain', 'judge', 'referee', 'author', 'partner', 'volunteer', 'usher', 'steward', 'marshal', 'escort', 'chaperone', 'counsel', 'head', 'staff', 'crew', 'police', 'doctor', 'shepherd']);
/** Person nouns that are no verb + -er/-or: "Team lead for…", "Member of…", "Pharmacy technician…". */
const PERSON_NOUNS = new Set(['lead', 'member', 'volunteer', 'rep', 'representative', 'captain', 'chair', 'trustee', 'mentor', 'coach', 'tutor', 'nurse', 'medic', 'paramedic', 'guide', 'host', 'champion', 'ambassador', 'steward', 'marshal', 'warden', 'chef', 'clerk', 'aide', 'assistant', 'attendant', 'consultant', 'agent', 'student', 'resident', 'apprentice', 'trainee', 'intern', 'deputy', 'officer', 'secretary', 'treasurer', 'president', 'head', 'guard', 'porter', 'carer', 'midwife', 'surgeon']);
const PHRASE_END = new Set(['for', 'at', 'on', 'in', 'to', 'with', 'of', 'across', 'during', 'within', 'and', 'from', 'covering', 'supporting']);
/** An acronym or a name with capitals inside ("NIV", "iOS", "McKesson"): its letters stay as written. */
const KEEPS_CASE = /^\p{L}\p{Ll}*\p{Lu}|^\p{Lu}{2}/u;

function lowerFirst(text: string): string {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  return KEEPS_CASE.test(first) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** A person noun: an agent of a known verb ("responder", "supervisor", "planner"), a -ist/-ian, or a role word. */
function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (PERSON_NOUNS.has(w)) return true;
  if (/(?:ist|ian)$/.test(w) && !w.endsWith('list')) return w.length > 5;
  const stem = /^(\p{L}{3,}?)(?:er|or)$/u.exec(w)?.[1];
  if (!stem) return false;
  return [stem, `${stem}e`, stem.slice(0, -1)].some((base) => {
    const verb = verbForm(base);
    return verb?.base === base && verb.form !== 'gerund';
  });
}

/**
 * Verbs of hands-on work (building, fitting, repairing, making, tending): crafts and trades whose results
 * are counted in jobs, units, sizes or hours, not as an improvement by a percentage.
 */
const HANDS_ON_VERBS = new Set(['install', 'fit', 'weld', 'repair', 'lay', 'erect', 'assemble', 'fabricate', 'carve', 'plaster', 'paint', 'tile', 'wire', 'plumb', 'frame', 'pour', 'mix', 'sand', 'polish', 'glaze', 'sew', 'stitch', 'knit', 'bake', 'cook', 'plate', 'clean', 'wash', 'groom', 'shear', 'prune', 'plant', 'harvest', 'dig', 'service', 'restore', 'dress', 'render', 'machine', 'mill', 'forge', 'solder', 'braze', 'upholster', 'tattoo', 'shave', 'dye', 'rig', 'sling', 'hang', 'glue', 'drill', 'grind', 'dismantle', 'demolish', 'excavate', 'scaffold', 'roof', 'thatch', 'fell', 'mow', 'muck', 'haul', 'tow', 'hoist', 'mould', 'sculpt', 'engrave', 'etch', 'inlay', 'varnish', 'lacquer', 'hem', 'embroider', 'weave', 'anneal', 'sharpen', 'hone', 'refinish', 'reupholster', 'repoint', 'screed', 'skim']);

function isHandsOnWork(text: string): boolean {
  const verb = verbForm(openingVerbWord(text).word);
  return verb !== undefined && HANDS_ON_VERBS.has(verb.base);
}

/**
 * Verbs of care for people or animals (nursing, care work, childcare, therapy): what such a bullet can
 * count is whom and how many were cared for, how often, not an improvement by a percentage.
 */
const CARE_VERBS = new Set(['care', 'nurse', 'bathe', 'feed', 'comfort', 'dress', 'toilet', 'reposition', 'turn', 'transfer', 'hoist', 'lift', 'escort', 'accompany', 'sit', 'supervise', 'look', 'tend', 'nurture', 'soothe', 'calm', 'console', 'reassure', 'befriend', 'visit', 'administer', 'medicate', 'observe', 'monitor', 'assist', 'attend', 'chaperone', 'babysit', 'mind', 'foster', 'walk', 'exercise', 'settle', 'change', 'wash', 'shower', 'groom', 'shave', 'massage', 'treat', 'counsel', 'support']);

function isCareWork(text: string): boolean {
  const verb = verbForm(openingVerbWord(text).word);
  return verb !== undefined && CARE_VERBS.has(verb.base);
}

/**
 * A bullet that opens with the role the person held ("First responder at the county show…", "Team lead
 * for…"): "Served as" makes it verb-first without inventing what they did. Undefined when the opening
 * phrase (up to four words, ending at a preposition, a comma or the end) does not end in a person noun.
 */
function servedAs(text: string, wantPast: boolean): string | undefined {
  const words = text.split(/\s+/);
  let end = 0;
  while (end < words.length && end < 4 && !PHRASE_END.has(words[end]!.toLowerCase())) {
    if (/[,;:]$/.test(words[end]!)) { end++; break; }
    end++;
  }
  const head = words[end - 1]?.replace(/[,;:.]$/, '') ?? '';
  if (end === 0 || end > 4 || !isPersonNoun(head)) return undefined;
  // "Owner of the monthly accounting", "Leader of the night crew": the agent noun's own verb takes the
  // object ("Owned the monthly accounting"); "Served as owner of…" reads as a job title.
  const agentVerb = end === 1 && words[1]?.toLowerCase() === 'of' ? verbOfAgentNoun(head) : undefined;
  if (agentVerb && words.length > 2) return `${capitalise(wantPast ? pastOf(agentVerb) : agentVerb)} ${words.slice(2).join(' ')}`;
  return `${wantPast ? 'Served' : 'Serve'} as ${lowerFirst(text)}`;
}

/** The action verb an agent noun is made from: "owner" → own, "leader" → lead, "coordinator" → coordinate. */
function verbOfAgentNoun(noun: string): string | undefined {
  const w = noun.toLowerCase();
  const stem = w.endsWith('er') || w.endsWith('or') ? w.slice(0, -2) : undefined;
  if (!stem) return undefined;
  return [stem, `${stem}e`, `${stem}ate`].find((candidate) => verbForm(candidate)?.form === 'base');
}

function setTense(word: string, wantPast: boolean): string {
  const verb = verbForm(word);
  if (!verb) return word;
  return wantPast ? pastOf(verb.base) : verb.base;
}

/**
 * Rule-based rewrite of one of the user's own bullets: drop first-person openers and duty phrases
 * ("Responsible for managing" → "Managed") and put the verb in the role's tense. Nothing to fill in is added:
 * vague words stay (the reason asks for the specifics) and a bullet without a number is told in words what
 * result to add. Returns undefined when nothing applies.
 */
export function rewriteBullet(bullet: Bullet, outline: ResumeOutline): { after: string; reasons: ReportMessage[] } | undefined {
  // The rules are English grammar (verb first, tense, pronouns, placeholders): a bullet written in
  // Korean ("… 비용 30% 절감") would come back as "[Action verb] …" with its first letter lowered.
  if (/\p{Script=Hangul}/u.test(bullet.text)) return undefined;
  const role = outline.roles[bullet.role];
  let text = bullet.text.trim().replace(/(?<![.;])[.;]+$/, '');
  const reasons: ReportMessage[] = [];
  let openerForm: VerbForm | undefined;
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
      openerForm = verb.form;
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
    // "Mentoring of new starters" is a noun phrase: the verb takes the object itself ("Mentored new starters").
    const nounOf = verb?.form === 'gerund' && /^\s+of\s/i.test(after);
    const rest = nounOf ? after.replace(/^\s+of\s/i, ' ') : after;
    // A lone "Mentoring" names an activity, and a current role's "Mentoring…" would read as a title
    // in the base form ("Mentor three nurses"): both keep their -ing form. So does a gerund joined to a
    // noun ("Wiring and maintenance of substations"): the two name activities, and "Wired and maintenance"
    // is no sentence.
    const joinedNoun = /^\s+(?:and|&)\s+(\p{L}+)/u.exec(after)?.[1];
    const nounPair = joinedNoun !== undefined && verbForm(joinedNoun) === undefined;
    const keepsGerund = verb?.form === 'gerund' && (nounPair || (!problem && (rest.trim() === '' || (!wantPast && ROLE_NAME_VERBS.has(verb.base)))));
    if (verb && (problem || verb.form === 'gerund') && !keepsGerund) {
      openerForm = verb.form;
      text = `${before}${setTense(first, wantPast)}${rest}`;
      reasons.push(wantPast ? messageKey('analysis:engine.suggestions.bullet.reason.pastTense') : messageKey('analysis:engine.suggestions.bullet.reason.presentTense'));
    } else if (!verb && !opensWithFigure(text)) {
      // Never a placeholder such as "[Action verb] …" in the text shown: a real verb when the bullet opens
      // with the role held, otherwise the reason says in words what to do and the text is left as written.
      const served = servedAs(text, wantPast);
      if (served) {
        text = served;
        reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.actionVerb'));
      } else {
        reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.actionVerbInWords'));
      }
    } else if (verb?.weak) {
      reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.weakVerb', { verb: first }));
    }
  }
  // "Maintain the servers and manage backups", "Managing the backups and fixing bugs": a verb joined to a
  // rewritten opener in the opener's own form takes its new tense too. A word in another form after "and"
  // is left alone: "Oversaw staffing and training" joins two nouns, not two verbs. The joined verb must have
  // words after it (an object), so a closing "… and scheduling" stays a noun.
  if (openerForm) {
    const form = openerForm;
    text = text.replace(/\b(and|or)\s+(\p{L}+)(?=\s+\p{L})/gu, (whole, joiner: string, word: string) => {
      const joined = verbForm(word);
      return joined && joined.form === form && !/^\p{Lu}/u.test(word) ? `${joiner} ${setTense(word, wantPast)}` : whole;
    });
  }
  // Vague words stay as written ("[specific]" in their place would be a template to fill): the reason names what to do.
  if (VAGUE_WORDS.test(text)) {
    reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.vague'));
  }
  if (!METRIC.test(bullet.text)) {
    // Never a template to fill ("…, improving [what] by [X%]"): the sentence is left as the person wrote it
    // and the reason says in words what to add. Laying stone or wiring a house improves no rate, and care
    // for people is counted in whom and how often: those reasons ask for the size of the work instead.
    if (isHandsOnWork(text)) reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.metricScale'));
    else if (isCareWork(text)) reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.metricCare'));
    else reasons.push(messageKey('analysis:engine.suggestions.bullet.reason.metric'));
  }
  if (reasons.length === 0) return undefined;
  return { after: `${capitalise(text)}.`, reasons };
}

/**
 * A "bullet" of a few capitalised words and no verb ("Site Supervisor", "PV Installer") is a job title or
 * a heading that a layout put on a line of its own (a profile print grouping roles under one employer),
 * not a sentence the person wrote: advice to rewrite it ("Served as site Supervisor.") would read wrong.
 */
function isTitleLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // "Managed Rotas" opens with a verb; "Head of Pastry", "Lead Rigger", "Support Worker" open with a word
  // that is a verb only in its base form, which a title uses as a noun.
  const opener = verbForm(words[0] ?? '');
  if (words.length > 4 || (opener !== undefined && opener.form !== 'base')) return false;
  return words.every((word) => /^\p{Lu}[\p{L}'’/-]*$/u.test(word) || TITLE_JOINERS.has(word));
}

const TITLE_JOINERS = new Set(['of', 'and', '&', 'for', 'the', '-', '–', '—', '/']);

export function bulletSuggestions(outline: ResumeOutline): Suggestion[] {
  const out: Suggestion[] = [];
  outline.bullets.forEach((bullet, index) => {
    if (bullet.role < 0 && bullet.section !== 'experience' && bullet.section !== '') return;
    if (isTitleLine(bullet.text)) return;
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
