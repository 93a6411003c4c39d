import { HANGUL_SCRIPT } from '../../../kernel/resume/resume-sections.js';
import type { Skill } from '../../../kernel/skills/extract-skills.js';
import { jobRequirements } from '../../../kernel/skills/job-requirements.js';
import { skillEvidence } from '../../../kernel/skills/skill-evidence.js';
import { stem } from '../../../kernel/skills/stem.js';
import { tokenize } from '../../../kernel/skills/tokenizer.js';
import type { JobMatch, JobPhrase, MatchVariant } from './analysis-report.js';
import { ACTION_VERBS } from './verbs.js';

const IGNORED = new Set(['of', 'and', 'or', 'in', 'the', 'a', 'an', 'with', 'for', 'to', 'experience', 'year', 'years', 'yr', 'yrs', 'degree', 'equivalent']);

/** "AQF Level 3", "NVQ Level 2": a qualification framework's letters and a level, written "AQF3" as often. */
const LEVEL_OF_LETTERS = /\b([A-Z]{2,5}) Level (\d)\b/g;

/** Words that make the number after them a grade: "Level 3", "Class 5", "Band 6". */
const GRADE_WORD = /^(?:level|grade|class|band|stage|tier|part)$/i;

/** Stands between sentences in the résumé's token list (not a word any résumé contains). */
const SENTENCE_BREAK = 'zzsentencebreakzz';

/**
 * `stem`, and a practice with its products: "Dental Radiography" shows "dental radiographs", as
 * "photography" does "photographs". (The tagger's features keep the plain `stem`.)
 */
function rootOf(word: string): string {
  if (HANGUL_SCRIPT.test(word)) return koreanRoot(word);
  const lower = word.toLowerCase();
  if (/graph(?:y|ies)$/.test(lower)) return lower.slice(0, lower.lastIndexOf('graph') + 'graph'.length);
  // A verb and its noun: "operate chainsaws" is shown by "Chainsaw Operation" ("validate" by "validation").
  const verbal = /^(\p{L}{4,}?)(?:ations?|ates?)$/u.exec(lower);
  return verbal ? verbal[1]! : stem(lower);
}

/**
 * What a Korean sentence does to a word: a particle (신고서를, 예산의, 편성과), a verb ending (검토하고,
 * 집행했습니다, 처리한) and, on an English name, a particle written onto it (Fastlane과, Swift로). Taken off
 * only while two syllables or more remain (회로, 과제 keep their last syllable). The nouns of handling a
 * duty — 관리, 운영, 처리, 대응, 담당, 수행 — share one root: 민원 대응 is 민원 처리, 입출고 운영 is 입출고 관리.
 */
const KOREAN_VERB_ENDINGS = ['했습니다', '합니다', '하였고', '하였다', '했으며', '하면서', '했고', '했다', '한다', '하고', '하며', '하여', '해서', '하는', '하기', '한', '함'];
const KOREAN_WORD_PARTICLES = ['에서', '으로', '을', '를', '은', '는', '이', '가', '과', '와', '의', '에', '로', '도'];
const KOREAN_DUTY = new Set(['관리', '운영', '처리', '대응', '담당', '수행']);
const KOREAN_DUTY_ROOT = '§duty';
/**
 * The nouns of making a thing — 개발, 제작, 작성, 수립 — share one root too: 교재 제작 is 교재 개발, 보고서 작성 a
 * report made, 계획 수립 a plan made (planning). Apart from the duty nouns: running a thing is not making it.
 */
const KOREAN_MAKING = new Set(['개발', '제작', '작성', '수립']);
const KOREAN_MAKING_ROOT = '§make';
function koreanRoot(word: string): string {
  const latin = /^([A-Za-z0-9+#.]+)\p{Script=Hangul}{1,2}$/u.exec(word);
  if (latin) return stem(latin[1]!);
  let root = word.normalize('NFC');
  const ending = KOREAN_VERB_ENDINGS.find((e) => root.endsWith(e) && [...root].length - e.length >= 2);
  if (ending) root = root.slice(0, -ending.length);
  const particle = KOREAN_WORD_PARTICLES.find((p) => root.endsWith(p) && [...root].length - p.length >= 2);
  if (particle) root = root.slice(0, -particle.length);
  return KOREAN_DUTY.has(root) ? KOREAN_DUTY_ROOT : KOREAN_MAKING.has(root) ? KOREAN_MAKING_ROOT : root;
}

function contentStems(text: string): string[] {
  return tokenize(text).map((t) => t.raw.toLowerCase()).filter((w) => !IGNORED.has(w) && !/^\d+\+?$/.test(w)).map(rootOf);
}

/**
 * Where the résumé says the same thing in another form: "managed" for "management", "APIs" for
 * "API", "designed systems" for "system design". The words must stand together in the résumé (within
 * a few words of each other, in any order), so "five product teams. … work" is not "teamwork".
 */
function inflectedVariant(wanted: string, resumeText: string, resumeTokens: readonly { raw: string; stem: string }[]): string | undefined {
  const stems = contentStems(wanted);
  // A whole-word mention is the job's own wording, not another form of it ("capital campaigns" is another form of
  // "capital campaign"): no rewrite to offer. Whether such a mention meets the item is the caller's verdict.
  if (stems.length === 0 || namedInText(wanted, resumeText)) return undefined;
  // A number of three or more digits names the thing ("504 plans", "ISO 9001", "Form 1099"), and so does a grade's
  // ("NVQ Level 2", "Class 5", "Band 6"): unlike a count ("5+ years"), the résumé must say it too, so "planning" is no
  // "504 plans" and an "NVQ Level 3" line is not "NVQ Level 2" in other words.
  const words = tokenize(wanted).map((t) => t.raw);
  const numbers = words.filter((w, i) => /^\d{3,}$/.test(w) || (/^\d{1,2}$/.test(w) && i > 0 && GRADE_WORD.test(words[i - 1]!)));
  const window = stems.length + numbers.length + 2;
  for (let i = 0; i < resumeTokens.length; i++) {
    if (!stems.includes(resumeTokens[i]!.stem) && !numbers.includes(resumeTokens[i]!.raw)) continue;
    const near = resumeTokens.slice(i, i + window);
    const stop = near.findIndex((t) => t.stem === SENTENCE_BREAK);
    if (stop !== -1) near.length = stop;
    const found = [...stems.map((s) => near.findIndex((t) => t.stem === s)), ...numbers.map((n) => near.findIndex((t) => t.raw === n))];
    if (found.some((f) => f === -1)) continue;
    // In the résumé's own order: "Managed projects", not "projects Managed".
    const at = [...new Set(found)].sort((a, b) => a - b);
    const wording = at.map((f) => near[f]!.raw).join(' ');
    // The job's words with others between them ("the show’s costume bible" for "show bible"): the résumé's span.
    return wording.toLowerCase() === wanted.toLowerCase() ? near.slice(at[0], at[at.length - 1]! + 1).map((t) => t.raw).join(' ') : wording;
  }
  return undefined;
}

/** The one who does a thing, by the verb a posting asks for the doing with. */
const DOER_OF_VERB: ReadonlyMap<string, string> = new Map([
  ['supervise', 'supervisor'], ['manage', 'manager'], ['coordinate', 'coordinator'], ['operate', 'operator'],
  ['inspect', 'inspector'], ['install', 'installer'], ['train', 'trainer'], ['instruct', 'instructor'],
  ['plan', 'planner'], ['design', 'designer'], ['develop', 'developer'], ['survey', 'surveyor'], ['audit', 'auditor'],
  ['administer', 'administrator'], ['weld', 'welder'], ['test', 'tester'], ['estimate', 'estimator'],
  ['schedule', 'scheduler'], ['dispatch', 'dispatcher'], ['investigate', 'investigator'], ['assess', 'assessor'],
  ['examine', 'examiner'], ['translate', 'translator'], ['interpret', 'interpreter'], ['edit', 'editor'],
]);

/**
 * The title of the one who does the duty asked for: "Drilling Supervisor" for "supervise drilling", "Forklift
 * Operator" for "operate forklifts". Only a verb and a thing of one or two words, the thing right before the doer.
 */
function doerShown(wanted: string, resumeText: string): string | undefined {
  const words = wanted.trim().split(/\s+/);
  const doer = DOER_OF_VERB.get(words[0]!.toLowerCase());
  if (doer === undefined || words.length < 2 || words.length > 3 || !words.slice(1).every((w) => /^\p{L}+$/u.test(w))) return undefined;
  // A plural thing is named in the singular before its doer ("forklifts" → "Forklift Operator").
  const thing = words.slice(1).map((w, k, all) => (k === all.length - 1 ? w.replace(/s$/i, '') : w)).join(' ');
  return new RegExp(`(?<![\\w-])${wordsPattern(thing)}s?\\s+${doer}s?(?![\\w-])`, 'i').exec(resumeText)?.[0];
}

/** `words` as a pattern source: each character literal, any run of spaces matching any spacing. */
function wordsPattern(words: string): string {
  return words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** The same words in any case and spacing: "ACAD  card" is "ACAD card". */
function sameWords(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `words` stand in the text as whole words, in any spacing, and in any case unless `exactCase`. */
/** The words as a whole-word pattern: not inside a longer word or a hyphenated one. */
function wholeWords(words: string, flags: string): RegExp {
  return new RegExp(`(?<![\\w-])${wordsPattern(words)}(?![\\w-])`, flags);
}

function namedInText(words: string, text: string, exactCase = false): boolean {
  return wholeWords(words, exactCase ? '' : 'i').test(text);
}

/**
 * A wording named whole where the tagger read another skill ("Provide First Aid" tagged as a wider skill, asked as
 * "first aid"): some whole-word mention overlaps a skill the résumé was found to name. A name the analysis dropped
 * from the résumé's skills (an employer's, "Account Executive — Salesforce") overlaps none, so it stays unmet.
 */
function namedOverAnotherSkill(words: string, text: string, exactCase: boolean, skills: readonly Skill[]): boolean {
  for (const m of text.matchAll(wholeWords(words, exactCase ? 'g' : 'gi'))) {
    const end = m.index + m[0].length;
    if (skills.some((skill) => skill.mentions.some((mention) => mention.start < end && m.index < mention.end))) return true;
  }
  return false;
}

/** "CAT", "PALS", "NATE": an acronym is itself only in capitals ("Cat Rescue" is no CAT tool). */
const ACRONYM = /^[A-Z][A-Z0-9+#&]+$/;

/**
 * Heads a résumé leaves off the thing it names, each with what must stand before it for the rest to be that thing:
 * - a way of doing or holding the thing: "Six Sigma methods" is asked of a résumé that lists "Six Sigma", "Agile
 *   practices" of "Agile", "PALS certification" (or "… endorsement") of "PALS", "an incident response team" of one who
 *   did incident response — three letters or more before it;
 * - the kit a practice is done with: "robotic milking systems" of "Robotic Milking", "ultrasound equipment" of
 *   "Ultrasound" — only after two words or more (or an acronym), so "information systems" is never met by "information".
 */
const LEAVABLE_HEADS: ReadonlyArray<{ head: RegExp; before: (core: string) => boolean }> = [
  {
    head: / (?:methods?|methodolog(?:y|ies)|techniques?|principles|practices|concepts|certifications?|certificates?|endorsements?|training|instruction|teams?|tools)$/i,
    before: (core) => core.length >= 3,
  },
  { head: / (?:systems?|equipment|machinery|machines|software|technology|technologies|platforms?)$/i, before: (core) => core.includes(' ') || ACRONYM.test(core) },
];

/** The job's wording without a head the résumé leaves off, when the résumé names the rest: "Six Sigma" for "Six Sigma methods". */
function namedWithoutGenericHead(wording: string, resumeText: string): boolean {
  const oneSpaced = wording.trim().replace(/\s+/g, ' ');
  return LEAVABLE_HEADS.some(({ head, before }) => {
    const core = oneSpaced.replace(head, '');
    return core !== oneSpaced && before(core) && namedInText(core, resumeText, ACRONYM.test(core));
  });
}

/**
 * "SAP or another ERP", "Jira or a similar tracker": the job names an example of what it asks for,
 * so a résumé that shows the example meets the kind. Returns the kinds whose example the résumé names.
 */
const EXAMPLE_OR_KIND = /\b([A-Z][\w+#.&-]*) or (?:another|any other|other|a similar|similar|an equivalent) ([\w+#.&-]+(?: [\w+#.&-]+)?)/g;
function kindsShownByExample(jobText: string, resumeText: string): string[] {
  return [...jobText.matchAll(EXAMPLE_OR_KIND)].filter((m) => namedInText(m[1]!, resumeText)).map((m) => m[2]!.toLowerCase());
}

/**
 * "Epic or Cerner", "Go, Java or TypeScript", "(Amplitude or Looker)": the job names products or
 * languages as alternatives, so a résumé that shows one of them meets each of them. Only capitalised
 * names make such a list: "prospecting or closing" asks for both.
 */
const NAME = String.raw`[A-Z][\w+#.&/-]*(?: [A-Z][\w+#.&/-]*)?`;
const NAMED_ALTERNATIVES = new RegExp(String.raw`(?<![\w-])${NAME}(?:, ${NAME})*,? or ${NAME}(?![\w-])`, 'g');
function namedAlternatives(jobText: string): string[][] {
  return [...jobText.matchAll(NAMED_ALTERNATIVES)].map((m) => m[0].split(/,? or |, /).map((name) => name.trim().toLowerCase()));
}

/**
 * "CCHT or CHT (BONENT)", "High school diploma or GED", "RN or LPN licence", "(SAP Concur or Workday Expenses)",
 * "CPA, CMA or ACCA": credentials (and products) the job accepts one for another. A member is a name, an acronym
 * or a credential (a diploma, degree, licence, certificate…), with a bracket after it (the body that grants it,
 * its acronym); what a member shares with the next after it ("Toro central irrigation system", "LPN licence") is
 * no part of it. Lower-case duties ("prospecting or closing") are no such list: the job asks for both.
 */
interface AlternativeMember {
  /** The member with its bracket: what an item of the job must stand in to be this member. */
  text: string;
  /** The member without its bracket: what the résumé must name for the member to be met. */
  core: string;
}
const CREDENTIAL_WORD = /\b(?:diplomas?|degrees?|GED|licen[cs]es?|licensed|certificat(?:e|es|ion|ions)|certified|credentials?|registrations?|qualifications?|qualified)\b/i;
/**
 * A Korean licence or qualification, by its grade or kind at the word's end: 방수기능사, 자동차정비산업기사, 가스기사,
 * 기능장, 기술사, 사회복지사 (복지사), 청소년지도사, 자격증, 면허. Hangul has no capitals to mark a name.
 */
const KOREAN_CREDENTIAL = /(?:기능사|기사|기능장|기술사|관리사|지도사|평가사|상담사|복지사|교사|간호사|자격증?|면허증?)$/u;
/**
 * One who holds a licence named as a person, beside credentials in one list: "RN, LPN, EMT, paramedic or respiratory
 * therapist (RRT or CRT)" — a paramedic, a therapist, a technician or a nurse of the list is one more alternative.
 */
const LICENSED_PERSON = /(?:ist|ic|ian|nurse|technician|technologist|officer)s?$/i;
/** Words that stand before a member, never in it: "experience with ROS", "as a hemodialysis technician". */
const BEFORE_MEMBER = new Set(['of', 'in', 'with', 'as', 'a', 'an', 'the', 'on', 'for', 'from', 'by', 'to', 'and', 'or', 'have', 'hold', 'be', 'either', 'valid', 'current', 'active']);
const MEMBER_WORDS = 5;
const MEMBER_WINDOW = 160;

function credentialLike(member: string): boolean {
  return /\p{Lu}/u.test(member) || CREDENTIAL_WORD.test(member) || member.split(/\s+/).some((word) => KOREAN_CREDENTIAL.test(word));
}

/**
 * Members that make a list of alternatives: each a credential, or, when two members or more are, a licensed person
 * of a few words (the paramedic of "RN, LPN, EMT, paramedic or respiratory therapist"). The words the members share
 * after the last one say what each is: "숲해설가 또는 산림치유지도사 자격" lists two qualifications.
 */
function alternativeMembers(group: AlternativeGroup): boolean {
  const isCredential = (member: AlternativeMember): boolean => credentialLike(group.shared ? `${member.core} ${group.shared}` : member.core);
  const credentials = group.members.filter(isCredential).length;
  return group.members.every((member) => isCredential(member) || (credentials >= 2 && member.core.split(/\s+/).length <= 3 && LICENSED_PERSON.test(member.core)));
}

/** The bracket that closes `text`, found from its end without a pattern: "HT(ASCP)" → "(ASCP)"; none when unbalanced. */
function closingBracketStart(text: string): number | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth += 1;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return undefined;
}

/** The member that ends just before an " or ": its words back to a list mark, a preposition or a verb of holding. */
function memberBefore(before: string): AlternativeMember | undefined {
  // "RSPH Level 3 Diploma (or the former RSPH Certificate)": the alternative in brackets follows the member.
  let rest = before.trimEnd().replace(/\($/, '').trimEnd();
  const bracket = closingBracketStart(rest);
  const bracketText = bracket === undefined ? '' : rest.slice(bracket);
  if (bracket !== undefined) rest = rest.slice(0, bracket).trimEnd();
  const words = rest.split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < MEMBER_WORDS; i--) {
    const word = words[i]!;
    if (!word || /[,;:(]$/.test(word) || BEFORE_MEMBER.has(word.toLowerCase()) || !/[\p{L}\d]/u.test(word)) break;
    taken.unshift(word);
    if (/^[(:]/.test(word)) break;
  }
  const core = wordCore(taken.join(' '));
  if (!core) return undefined;
  return { core, text: bracketText ? `${core} ${bracketText}` : core };
}

/**
 * The members before that one in "A, B or C": each after a comma, a name of three words at most (every word
 * capitalised, an acronym or a credential word) — "AI Act readiness work, French or German" lists no alternatives to German.
 */
function membersListedBefore(before: string): AlternativeMember[] {
  const members: AlternativeMember[] = [];
  const pieces = before.split(/[;:(]/).at(-1)!.split(',').slice(0, -1);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!.trim().replace(/^[-*•–]\s*/, '');
    const words = piece.split(/\s+/);
    if (!piece || words.length > 3 || !words.every((word) => /^\p{Lu}/u.test(word) || CREDENTIAL_WORD.test(word) || KOREAN_CREDENTIAL.test(word))) break;
    members.unshift({ core: wordCore(piece), text: piece });
  }
  return members;
}

/**
 * The member that starts just after an " or ": up to a list mark, its bracket kept, cut where lower-case words follow a
 * name ("Toro central…") or a Korean licence ("… 자격 소지자"). What is cut off is `shared`: the words every member of the
 * list shares ("CSCS or ACAD card", "Soilmec, Bauer or Casagrande rigs", "ChemCert or SMARTtrain chemical accreditation").
 */
function memberAfter(after: string): (AlternativeMember & { shared: string }) | undefined {
  // "… or the Diploma in Trading Standards (DTS)": a name spelled out before its letters is one member, its "in" and all.
  const named = /^\s*(?:the\s+)?([^,;.:()]{3,80})\(([A-Z]{2,6})\)/.exec(after);
  if (named && spelledOutBefore(named[1]!, named[2]!) === named[1]!.trim()) return { core: named[1]!.trim(), text: named[0].trim().replace(/^the\s+/, ''), shared: '' };
  const boundary = /[,;.:)]|\s(?:and|or|with|within|for|in|of|to)\s/.exec(after);
  // "SVQ Level 3 or NVQ Level 3 in Bricklaying": the field after both is what was asked; no alternatives.
  if (boundary && /^\s(?:in|of)\s$/.test(boundary[0])) return undefined;
  const end = boundary ? boundary.index : -1;
  let span = (end === -1 ? after : after.slice(0, end)).trim();
  if (span.includes('(')) {
    const close = after.indexOf(')', after.indexOf('('));
    if (close !== -1 && (end === -1 || after.indexOf('(') < end)) span = after.slice(0, close + 1).trim();
  }
  const words = span.replace(/^(?:a|an|the)\s+/i, '').split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length > 0 && /^\p{Ll}/u.test(word) && kept.some((w) => /^\p{Lu}/u.test(w)) && !CREDENTIAL_WORD.test(word)) {
      // "Bachelor or Master of Occupational Therapy": the field after both is what was asked; no alternatives.
      if (/^(?:of|in)$/.test(word)) return undefined;
      break;
    }
    kept.push(word);
    // "방수산업기사 소지자", "자동차검사산업기사 중 1개 이상": what follows a Korean licence says who holds it or how many.
    if (kept.length >= MEMBER_WORDS || KOREAN_CREDENTIAL.test(word)) break;
  }
  const text = kept.join(' ').trim();
  const bracket = text.indexOf('(');
  const core = wordCore(bracket > 0 ? text.slice(0, bracket) : text);
  return core ? { core, text, shared: wordCore(words.slice(kept.length).join(' ')) } : undefined;
}

/** What closes a list of credentials without naming one more: "… or equivalent", "… or similar", "… or higher". */
const OPEN_ENDED_MEMBER = /^(?:an?\s+)?(?:equivalent|similar|comparable|higher|above)\b/i;

/** Alternatives of one list, and the words they share after the last ("card" of "CSCS or ACAD card"), if any. */
interface AlternativeGroup {
  members: AlternativeMember[];
  shared: string;
}

/** The groups of alternatives a job names, line by line (each group two members or more, each a name or credential). */
function credentialAlternatives(jobText: string): AlternativeGroup[] {
  const groups: AlternativeGroup[] = [];
  // Korean "or" (또는, 혹은) joins alternatives as " or " does: "방수기능사 또는 방수산업기사 소지자".
  for (const line of jobText.split(/\r?\n/).map((text) => text.replace(/ (?:또는|혹은) /gu, ' or '))) {
    // "… (or the former RSPH Certificate)": an "or" opening a bracket joins the member before the bracket.
    for (const at of [...line.matchAll(/[ (]or /g)].map((m) => m.index + 1)) {
      // A member is a few words: a bounded window each side keeps a line of a thousand "or"s linear.
      const before = line.slice(Math.max(0, at - MEMBER_WINDOW), at);
      const last = memberBefore(before);
      const next = memberAfter(line.slice(at + 'or '.length, at + 'or '.length + MEMBER_WINDOW));
      if (!last || !next) continue;
      // "ASCP PBT, NHA CPT or equivalent": the list before "or equivalent" is the alternatives; the word is none.
      const open = OPEN_ENDED_MEMBER.test(next.text);
      const group = { members: open ? [...membersListedBefore(before), last] : [...membersListedBefore(before), last, next], shared: open ? '' : next.shared };
      if (group.members.length < 2) continue;
      if (alternativeMembers(group)) groups.push(group);
    }
    // "유기농업기사, 농화학기사, 시설원예기사 중 1개 이상": "one or more of" makes the licences before it alternatives, with no "or".
    for (const at of [...line.matchAll(KOREAN_ONE_OF)].map((m) => m.index)) {
      const before = `${line.slice(Math.max(0, at - MEMBER_WINDOW), at)} `;
      const last = memberBefore(before);
      const group = { members: last ? [...membersListedBefore(before), last] : [], shared: '' };
      if (group.members.length >= 2 && alternativeMembers(group)) groups.push(group);
    }
  }
  return groups;
}

/** "중 1개 이상", "중 하나", "중 한 가지": one (or more) of the things listed before it. */
const KOREAN_ONE_OF = / 중 (?:\d{1,2} ?(?:개|종|가지)|하나|한 ?가지)/gu;

/**
 * Grades of a Korean national technical licence, lowest first: a 전기기사 holds what a 전기산업기사 or 전기기능사 is asked
 * for (a higher grade of the same field is granted only above the lower one's level).
 */
const KOREAN_LICENCE_GRADES = ['기능사', '산업기사', '기사', '기술사'];

/**
 * "전기산업기사", "전기산업기사는" (the topic particle kept by the phrase) beside a résumé with 전기기사: the licence asked for
 * is held at a higher grade of the same field. The résumé's licence, or none.
 */
function higherKoreanLicenceShown(wording: string, resumeText: string): string | undefined {
  const word = koreanRoot(wording.trim());
  if (word.includes(' ')) return undefined;
  // "산업기사" before "기사": the longest grade the word ends with.
  const grade = [...KOREAN_LICENCE_GRADES].sort((a, b) => b.length - a.length).find((g) => word.endsWith(g));
  const field = grade === undefined ? '' : word.slice(0, -grade.length);
  if (grade === undefined || [...field].length < 2 || !/^\p{Script=Hangul}+$/u.test(field)) return undefined;
  const higher = KOREAN_LICENCE_GRADES.slice(KOREAN_LICENCE_GRADES.indexOf(grade) + 1);
  if (higher.length === 0) return undefined;
  return new RegExp(`(?<!\\p{Script=Hangul})${field}(?:${higher.join('|')})`, 'u').exec(resumeText)?.[0];
}

/** Every credential word of a text, for removing them: built once, not per call. */
const CREDENTIAL_WORDS = new RegExp(CREDENTIAL_WORD.source, 'gi');

/** A credential without the word that says it is one: "RPSGT credential" → "RPSGT". */
function withoutCredentialWord(core: string): string {
  return core.replace(CREDENTIAL_WORDS, '').replace(/\s+/g, ' ').trim();
}

/** Words an acronym leaves out: "on-the-job instructor" is OJI, "Diploma in Trading Standards" DTS. */
const SMALL_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'for', 'to', 'in']);

/**
 * The words at the end of `before` whose initials (small words aside, a hyphenated compound's words each) are
 * `letters`: "Basic Life Support" for BLS, "Diploma in Trading Standards" for DTS, "on-the-job instructor" for OJI.
 */
function spelledOutBefore(before: string, letters: string): string | undefined {
  const words = before.trim().split(/\s+/);
  for (let take = 1; take <= words.length && take <= letters.length + 3; take++) {
    const span = words.slice(-take);
    if (SMALL_WORDS.has(span[0]!.toLowerCase())) continue;
    const parts = span.join(' ').split(/[\s-]+/).filter(Boolean);
    // "Test of English (TOE)" spells its small words too.
    const every = parts.map((word) => word[0]!.toUpperCase()).join('');
    const initials = parts.filter((word) => !SMALL_WORDS.has(word.toLowerCase())).map((word) => word[0]!.toUpperCase()).join('');
    if (initials === letters || every === letters) return span.join(' ');
    if (initials.length > letters.length) return undefined;
  }
  return undefined;
}

/**
 * "Communications Training Officer (CTO)", "Positive Train Control (PTC)": an acronym the job spells out means what
 * the job says it means, so a résumé that names the words meets it (and the taxonomy's other reading of the letters —
 * CTO as a chief technology officer — is not what was asked); and "Basic Life Support (BLS)" is met by a résumé's
 * "BLS". One map, read both ways.
 */
interface SpelledOutAcronyms {
  /** "PTC" → "Positive Train Control". */
  wordsOf(letters: string): string | undefined;
  /** "basic life support" (any case) → "BLS". */
  lettersOf(words: string): string | undefined;
}
function acronymsSpelledOut(jobText: string): SpelledOutAcronyms {
  const words = new Map<string, string>();
  for (const m of jobText.matchAll(/\(([A-Z]{2,6})\)/g)) {
    const spelled = spelledOutBefore(jobText.slice(Math.max(0, m.index - 120), m.index), m[1]!);
    if (spelled !== undefined) words.set(m[1]!, spelled);
  }
  const letters = new Map([...words].map(([acronym, spelled]) => [spelled.toLowerCase(), acronym]));
  return { wordsOf: (acronym) => words.get(acronym.trim()), lettersOf: (spelled) => letters.get(spelled.trim().toLowerCase()) };
}

/**
 * The requirements one phrase joins with "and": "translation memories and termbases" → both. Only when
 * a part has two words or more, so a fixed pair ("health and safety", "research and development") stays whole.
 */
function conjuncts(phrase: string): string[] {
  const parts = phrase.split(/ (?:and|&) /i).map((part) => part.trim()).filter(Boolean);
  return parts.length >= 2 && parts.some((part) => part.split(/\s+/).length >= 2) ? parts : [phrase];
}

/** A token without the punctuation around it ("(AAC)," → "AAC"; "C#" and "C++" keep their signs): linear, no backtracking. */
function wordCore(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !/[\p{L}\d]/u.test(token[start]!)) start += 1;
  while (end > start && !/[\p{L}\d+#]/u.test(token[end - 1]!)) end -= 1;
  return token.slice(start, end);
}

/** Words that make a phrase a credential, met only by the credential itself. */
const CREDENTIAL = /\b(?:certified|certifications?|certificates?|licen[cs]es?|licensed|registrations?|registered|accreditations?|accredited|credentials?)\b/i;

/**
 * The names a job phrase carries: runs of capitalised words ("Loan Product Advisor", "Speech
 * Pathology") and each acronym on its own ("FHA" of "FHA Direct Endorsement"); a slash ends a run
 * ("Sign / AAC"). A capitalised first word alone may be a sentence's verb ("Perform abdominal…"), so
 * it is kept apart (`atStart`).
 */
function namesIn(phrase: string): Array<{ name: string; acronym: boolean; atStart: boolean }> {
  const names: Array<{ name: string; acronym: boolean; atStart: boolean }> = [];
  let run: string[] = [];
  let runStart = 0;
  const close = (): void => {
    if (run.length > 0) names.push({ name: run.join(' '), acronym: run.length === 1 && ACRONYM.test(run[0]!), atStart: runStart === 0 });
    // A credential is met by the credential only: "AWS" is no "AWS Certified Solutions Architect".
    if (run.length > 1 && !CREDENTIAL.test(phrase)) for (const word of run) if (ACRONYM.test(word)) names.push({ name: word, acronym: true, atStart: false });
    run = [];
  };
  const tokens = phrase.split(/\s+/).flatMap((token) => token.split('/').flatMap((word, i) => (i > 0 ? ['/', word] : [word])));
  tokens.forEach((token, i) => {
    const word = wordCore(token);
    if (!/^\p{Lu}/u.test(word) || IGNORED.has(word.toLowerCase())) return close();
    if (run.length === 0) runStart = i;
    run.push(word);
  });
  close();
  return names;
}

/**
 * Whether the résumé names `name` as a name: in the same capitals, and — for one capitalised word
 * that opened the job's phrase — inside a sentence or as an entry of its own, where a capital marks a
 * name, not a sentence start.
 */
function namedAsName(name: { name: string; acronym: boolean; atStart: boolean }, resumeText: string): boolean {
  // An acronym with a grade or model number after it names the same thing: "NCM811" shows "NCM".
  if (name.acronym && /^[A-Z]{3,}$/.test(name.name) && new RegExp(`(?<![\\w-])${name.name}\\d+(?![\\w-])`).test(resumeText)) return true;
  // An acronym joined to the standard that holds it names it too: "WAI-ARIA" shows "ARIA".
  if (name.acronym && new RegExp(`(?<=[A-Z]{2}-)${wordsPattern(name.name)}(?![\\w-])`).test(resumeText)) return true;
  if (name.acronym || !name.atStart || name.name.includes(' ')) return namedInText(name.name, resumeText, true);
  const escaped = wordsPattern(name.name);
  // Inside a sentence ("… in Encompass"), or standing alone as an entry ("Spanish — Fluent"), not opening a sentence ("Keep calm").
  return new RegExp(`(?<=[\\p{Ll}\\d,)] )${escaped}(?![\\w-])`, 'u').test(resumeText) || new RegExp(`(?<![\\w-])${escaped}(?![\\w-])(?! \\p{Ll})`, 'u').test(resumeText);
}

/**
 * The names of a job phrase the résumé shows: "current BLS", "FHA Direct Endorsement", "Encompass loan
 * origination system" beside a résumé that names BLS, FHA or Encompass. Such a phrase is never called
 * missing — the person has the thing it names, perhaps not the detail — but shown as partly met, with
 * what was found. Names the job wrote in lower case carry no such weight ("handling" is not a name).
 */
function namesShown(phrase: string, resumeText: string): string[] {
  return [...new Set(namesIn(phrase).filter((name) => name.name.length >= 2 && namedAsName(name, resumeText)).map((name) => name.name))];
}

/** A line of the résumé with its words' roots, read once per match. */
interface ResumeLine {
  text: string;
  tokens: ReadonlyArray<{ stem: string; start: number; end: number }>;
}

function resumeLines(resumeText: string): ResumeLine[] {
  return resumeText.split('\n').map((text) => ({ text, tokens: tokenize(text).map((t) => ({ stem: rootOf(t.raw), start: t.start, end: t.end })) }));
}

/**
 * "paediatric dental hygiene appointments" beside "Ran 12 hygiene appointments a day for paediatric dental
 * patients": every word of a longer phrase (three content words or more) stands in one line of the résumé,
 * close together (a span of at most two words per word of the phrase, plus two) but not as the phrase. That
 * is evidence, shown as the line's own words from the first to the last (not a list of loose words). Words
 * found only far apart or on different lines ("career" in the summary, "readiness" in a bullet) are none:
 * they say nothing of the thing the job asks for.
 */
function wordsShownTogether(phrase: string, lines: readonly ResumeLine[]): string | undefined {
  const stems = [...new Set(contentStems(phrase))];
  if (stems.length < 3) return undefined;
  const widest = 2 * stems.length + 2;
  for (const { text, tokens } of lines) {
    for (let i = 0; i < tokens.length; i++) {
      if (!stems.includes(tokens[i]!.stem)) continue;
      const seen = new Set<string>();
      for (let j = i; j < tokens.length && j - i < widest; j++) {
        if (stems.includes(tokens[j]!.stem)) seen.add(tokens[j]!.stem);
        if (seen.size === stems.length) return text.slice(tokens[i]!.start, tokens[j]!.end);
      }
    }
  }
  return undefined;
}

/** The résumé's entries: each line, list item or bracketed part on its own, without its bullet. */
function resumeEntries(resumeText: string): string[] {
  return resumeText.split(/[\n:,;|·()]| — /).map((segment) => segment.replace(/^\s*[-•*]\s*/, '').trim());
}

/** Words an entry may add to the thing it names without naming something else: "Crane Operations". */
const ENTRY_HEAD = new Set(['operation', 'operations', 'work', 'system', 'systems']);

/**
 * "sponsorship sales", "ePrivacy obligations", "escalator step chain replacement", "보육교사 의무 교육"
 * beside a résumé that lists "Sponsorship", "ePrivacy", "Escalators", "Crane Operations" or "보육교사 (1급)"
 * as an entry of its own: the thing the job's phrase is about (its first word, a noun of four letters or
 * more) is a skill or credential the résumé names, so the phrase is partly met, never missing. Only an
 * entry counts (a skills list's item, a line, a credential), not the word inside a sentence.
 */
function thingListed(phrase: string, resumeText: string): string | undefined {
  const words = tokenize(phrase).map((t) => t.raw).filter((w) => !IGNORED.has(w.toLowerCase()));
  // A Korean noun of two syllables is a whole word (영어, 민원); an English one of four letters or more.
  const shortest = /^\p{Script=Hangul}+$/u.test(words[0] ?? '') ? 2 : 4;
  if (words.length < 2 || words.length > 4 || [...words[0]!].length < shortest || !/^\p{L}+$/u.test(words[0]!)) return undefined;
  const thing = rootOf(words[0]!);
  for (const entry of resumeEntries(resumeText)) {
    const entryWords = entry.split(/\s+/);
    if (entryWords.length > 2 || !/^\p{L}+$/u.test(entryWords[0]!) || rootOf(entryWords[0]!) !== thing) continue;
    if (entryWords.length === 1 || ENTRY_HEAD.has(entryWords[1]!.toLowerCase()) || rootOf(entryWords[1]!) === KOREAN_DUTY_ROOT) return entry;
  }
  return undefined;
}

/**
 * "review of informed consent" beside a résumé that names "Informed Consent": the job asks for a way of
 * handling a thing (one or two words before "of") that the résumé names whole (two words or more), so it is
 * partly met with that thing, never missing.
 */
function objectShown(phrase: string, resumeText: string): string | undefined {
  const at = phrase.indexOf(' of ');
  if (at <= 0 || phrase.slice(0, at).trim().split(/\s+/).length > 2) return undefined;
  const object = phrase.slice(at + ' of '.length).trim();
  return object.split(/\s+/).length >= 2 && namedInText(object, resumeText) ? object : undefined;
}

/**
 * Heads that only say what is done with the thing named before them: "beverage cost targets", "quality
 * assurance reviews", "cash flow forecasts", "사업 예산 집행 관리", "학습 리포트 작성", "정보올림피아드 대비 수업"
 * (a class in the thing). Unlike LEAVABLE_HEADS they mean something on
 * their own, so what stands before them must be two words or more, and the phrase is only partly met.
 */
const DUTY_HEAD = new Set(
  [
    ...['targets', 'goals', 'reviews', 'audits', 'standards', 'process', 'processes', 'procedures', 'programs', 'programmes', 'projects', 'reports', 'reporting', 'activities', 'forecasts', 'plans', 'planning', 'records'],
    // What the thing is dealt through: "build-over agreements", "money advice partners", "earthing kits", "combustible dust housekeeping".
    ...['agreements', 'partners', 'kits', 'housekeeping', '수업', '강의'],
    // What is done with a thing, in Korean, besides the duty and making nouns: 수변전설비 점검, 해양경찰 근무, 수정증명서 발급,
    // 입고 검수, 농산물 취급, 이력번호 확인, 3D 프린터 운용, 프로그램 보조, 비계 작업.
    ...['점검', '근무', '발급', '검수', '취급', '확인', '운용', '보조', '작업', '지원'],
  ].map(rootOf).concat(KOREAN_DUTY_ROOT, KOREAN_MAKING_ROOT),
);

/**
 * "Perform hot stick", "Support bank relationship management", "Prepare the show bible", "medium-term cash
 * flow forecasts", "후배 세무사 신고서 검토": the job asks for a duty (a verb, or a modifier, before the thing)
 * whose thing — the phrase's last two words or more — the résumé names ("Hot Stick Work", "Bank Relationship
 * Management", "the show’s costume bible", "13-week cash flow forecast", "신고서를 검토하고"), or names
 * before a duty head ("Beverage cost" of "beverage cost targets"). Evidence, not a gap: partly met, with the
 * résumé's words. One word is never enough ("musculoskeletal ultrasound" is not shown by "Ultrasound").
 */
function thingOfDutyShown(phrase: string, resumeText: string, resumeTokens: readonly { raw: string; stem: string }[]): string | undefined {
  const words = phrase.trim().split(/\s+/);
  // The thing must be two words or more besides a duty head: "센터 운영" (a centre's running) is no thing of "콜드체인 센터 운영".
  // A duty head is the last word only: before another noun it names the thing ("activity checks", "recorded statements").
  const content = (ws: readonly string[]): number => {
    const roots = contentStems(ws.join(' '));
    return roots.length - (roots.length > 0 && DUTY_HEAD.has(roots[roots.length - 1]!) ? 1 : 0);
  };
  const shownAs = (part: string): string | undefined => (namedInText(part, resumeText) ? part : undefined) ?? inflectedVariant(part, resumeText, resumeTokens);
  for (let from = 1; from < words.length; from++) {
    const rest = words.slice(from);
    if (content(rest) < 2 || content(words) <= content(rest)) continue;
    const shown = shownAs(rest.join(' ').replace(/^(?:(?:the|a|an|of|and|or|to|for|with|in)\s+)+/i, ''));
    if (shown) return shown;
  }
  // The thing before a duty head: at least two words before it.
  const last = words.length - 1;
  if (last >= 2 && DUTY_HEAD.has(rootOf(words[last]!)) && content(words.slice(0, last)) >= 2) {
    for (let from = 0; last - from >= 2; from++) {
      const shown = shownAs(words.slice(from, last).join(' '));
      if (shown) return shown;
    }
  }
  // Or one word that names a thing of its own ("failsafe procedures" beside "failsafe checks", "Fit earthing kits" beside
  // "BS 7430 Earthing"): six letters or more, no duty verb and nothing every job has, with only verbs before it (in
  // "career readiness planning" the thing is "career readiness", which "readiness" alone does not show).
  // A possessive only places it ("the shop's lockout procedures").
  const thing = words[last - 1];
  const onlyVerbsBefore = words.slice(0, Math.max(0, last - 1)).every((w) => JOB_VERBS.has(w.toLowerCase()) || ACTION_VERBS.has(w.toLowerCase()) || POSSESSIVE.test(w));
  if (last < 1 || !DUTY_HEAD.has(rootOf(words[last]!))) return undefined;
  if (onlyVerbsBefore && thing !== undefined && distinctiveThing(thing) && namedInText(thing, resumeText)) return thing;
  // A Korean phrase puts places and modifiers before its thing ("제조 공장 설비팀 근무"): the noun right before the head (a
  // particle taken off) is the thing; a modifier before it is not ("입출고 전표 처리" asks for slips, not 입출고).
  const korean = thing !== undefined && HANGUL_SCRIPT.test(thing) ? rootOf(thing) : undefined;
  return korean !== undefined && distinctiveThing(korean) && namedInText(korean, resumeText) ? korean : undefined;
}

/** "the shop's", "the site’s", "our": a word that only says whose the thing is. */
const POSSESSIVE = /^(?:\p{L}+['’]s|our|their|its|your)$/iu;

/** A word that names a thing on its own: six letters or more (a hyphenated compound's whole), no verb a job asks with, nothing every job has. */
function distinctiveThing(word: string): boolean {
  const lower = word.toLowerCase();
  // A Korean compound noun of three syllables or more (수변전설비, 설비팀, 이력번호) names its thing as a long English word does.
  const long = HANGUL_SCRIPT.test(word) ? /^\p{Script=Hangul}{3,}$/u.test(word) : /^\p{L}[\p{L}-]{5,}$/u.test(word);
  return long && !ACTION_VERBS.has(lower) && !JOB_VERBS.has(lower) && !GENERIC_THINGS.has(rootOf(lower)) && !IGNORED.has(lower);
}

/**
 * "센터 입출고 운영" beside a résumé that lists "입출고 관리": an entry of the résumé (a skills list's item,
 * a line) of two words or more is the end of the job's phrase, in the same roots (a duty noun is any duty
 * noun). What stands before it in the job only places it ("센터", "the site's").
 */
function entryEndsPhrase(phrase: string, resumeText: string): string | undefined {
  const roots = contentStems(phrase);
  if (roots.length < 3) return undefined;
  for (const entry of resumeEntries(resumeText)) {
    const entryRoots = contentStems(entry);
    if (entryRoots.length < 2 || entryRoots.length >= roots.length || entry.split(/\s+/).length > 4) continue;
    const tail = roots.slice(roots.length - entryRoots.length);
    if (tail.every((root, i) => root === entryRoots[i]) && entryRoots.some((root) => !DUTY_HEAD.has(root))) return entry;
  }
  return undefined;
}

/**
 * Nouns of handling a thing, one as good as another where the thing is the same: "varroa treatment" beside
 * a résumé listing "Varroa Control", "specimen handling" beside "Specimen Processing" (the English
 * counterpart of 관리 ≈ 운영 ≈ 처리).
 */
const HANDLING = new Set(['control', 'management', 'handling', 'processing', 'treatment', 'care', 'maintenance', 'administration', 'monitoring', 'collection', 'preparation', 'operations'].map(rootOf));

/**
 * A thing (a word of four letters or more) the job asks to handle ("carry out varroa treatment", "specimen
 * handling") where the résumé lists an entry of its own of that thing with another handling noun ("Varroa
 * Control", "Specimen Processing"): partly met, with that entry as evidence.
 */
function thingHandledListed(phrase: string, resumeText: string): string | undefined {
  const roots = tokenize(phrase).map((t) => t.raw).filter((w) => /^\p{L}+$/u.test(w)).map(rootOf);
  for (const entry of resumeEntries(resumeText)) {
    const words = entry.split(/\s+/);
    if (words.length !== 2 || !/^\p{L}{4,}$/u.test(words[0]!) || !HANDLING.has(rootOf(words[1]!))) continue;
    const thing = rootOf(words[0]!);
    const at = roots.indexOf(thing);
    if (at >= 0 && at + 1 < roots.length && HANDLING.has(roots[at + 1]!)) return entry;
  }
  return undefined;
}

/** Verbs a job puts before the thing it asks for: "Provide aftercare", "Carry out inspections". */
const JOB_VERBS = new Set(['provide', 'perform', 'deliver', 'conduct', 'carry', 'out', 'do', 'give', 'offer', 'undertake', 'complete', 'support', 'ensure', 'apply', 'use', 'run', 'handle', 'manage', 'maintain', 'coordinate', 'prepare', 'lead', 'oversee', 'organise', 'organize', 'arrange', 'assist', 'with', 'in', 'the', 'a', 'an']);

/**
 * "Provide aftercare" beside a résumé that lists "Aftercare" as an entry of its own: the job's phrase is a
 * verb (or two) and the thing, which the résumé names whole as a skill or line — partly met, with it.
 */
function doneThingListed(phrase: string, resumeText: string): string | undefined {
  const words = phrase.trim().split(/\s+/);
  const verbs = words.findIndex((w) => !JOB_VERBS.has(w.toLowerCase()));
  if (verbs < 1 || words.length - verbs > 2) return undefined;
  const thing = words.slice(verbs).map(rootOf).join(' ');
  if (thing.replace(/ /g, '').length < 5) return undefined;
  return resumeEntries(resumeText).find((entry) => entry.split(/\s+/).length === words.length - verbs && entry.split(/\s+/).map(rootOf).join(' ') === thing);
}

/** Things every job has, so a duty on them ("Record results", "Supervise staff") says nothing the résumé's word could show. */
const GENERIC_THINGS = new Set(['results', 'records', 'reports', 'data', 'staff', 'people', 'tasks', 'work', 'duties', 'issues', 'needs', 'changes', 'information', 'documents', 'documentation', 'team', 'teams', 'others', 'customers', 'clients', 'standards', 'procedures', 'policies', 'safety', 'quality', 'time', 'jobs', 'projects', 'equipment', 'tools', 'materials', 'problems', 'operations', 'activities', 'services', '프로그램', '시스템', '서비스', '프로젝트', '데이터', '시설물', '고객사', '관리자', '담당자'].map(rootOf));

/**
 * "Install casing", "Service pumps", "Log samples": a duty of a verb and one thing, opening a posting's duty
 * line. A résumé whose experience works with that thing ("grout the casing", "Install submersible pumps", "take
 * bacteria and nitrate samples") shows it, perhaps by another verb: partly met, with the résumé's words. Things
 * every job has ("Record results") are no evidence.
 */
function thingOfVerbShown(phrase: string, lines: readonly ResumeLine[]): string | undefined {
  const words = phrase.trim().split(/\s+/);
  // Inside a list, before a practice ("broadcast captioning", "care planning"), the first word is its modifier, not a verb;
  // a duty line's capitalised verb is one ("Install casing").
  if (words.length !== 2 || !ACTION_VERBS.has(words[0]!.toLowerCase()) || !/^\p{Ll}{4,}$/u.test(words[1]!)) return undefined;
  // A verb a job asks with stays one before a practice: "perform welding".
  if (words[1]!.endsWith('ing') && /^\p{Ll}/u.test(words[0]!) && !JOB_VERBS.has(words[0]!)) return undefined;
  const thing = rootOf(words[1]!);
  if (GENERIC_THINGS.has(thing)) return undefined;
  for (const { text, tokens } of lines) {
    // An experience line: a sentence of a few words, not a one-word skills entry.
    if (tokens.length < 4) continue;
    const at = tokens.findIndex((token) => token.stem === thing);
    if (at !== -1) return text.slice(tokens[Math.max(0, at - 2)]!.start, tokens[at]!.end);
  }
  return undefined;
}

/**
 * Degrees by level, as a résumé writes them (education lines: "BS Finance", "Master of Divinity", "MSc",
 * "PhD", 학사, 석사, 박사); a level asked for is met by it or a higher one: a high school diploma or GED
 * (level 0) by any degree or an associate's, which nobody earns without leaving school. Two-letter forms (BA, BS, MA)
 * only before a field, a comma or "in" ("BS, Finance"; "MS" alone is as often Microsoft, "MA" Massachusetts).
 */
const DEGREE_LEVELS: Array<[number, RegExp]> = [
  [3, /\b(?:Ph\.?\s?D|DPhil|Ed\.?D|PharmD|DNP|Doctor of|Doctorate)\b|박사/],
  [2, /\b(?:Master(?:'s|’s)?\b|M\.(?:A|S|Sc|Ed|Div)\.|MSc|MBA|MEng|MDiv|MSW|MPH|MFA|MSN|MEd|(?:MA|MS),? (?:in )?(?!Office|Excel|Word|Access|Project|Teams|Outlook|Visio|Dynamics|SQL)[A-Z])|석사/],
  [1, /\b(?:Bachelor(?:'s|’s)?\b|B\.(?:A|S|Sc|Eng|Ed|Com)\.|BSc|BBA|BEng|BSN|BFA|BCom|(?:BA|BS),? (?:in )?[A-Z])|학사/],
];
const DEGREE_ASKED: Array<[number, RegExp]> = [
  [3, /\b(?:doctorate|doctoral|ph\.?\s?d)\b|박사/i],
  [2, /\b(?:master(?:'s|’s)?|graduate degree|postgraduate)\b|석사/i],
  [1, /\b(?:bachelor(?:'s|’s)?|undergraduate|degree)\b|학사|학위/i],
  // A school-leaving credential, not school itself ("Teach high school chemistry" asks for no diploma); Canada's
  // "Grade 12" only as the item itself or its diploma ("Teach Grade 12 math" asks for none).
  [0, /\b(?:high school (?:diploma|education|graduate|equivalen)|secondary school (?:diploma|certificate|education|leaving)|GED\b|HiSET\b|grade 12 (?:diploma|education|graduat))|^grade 12$|고졸|고등학교 졸업/i],
];

/**
 * A résumé that shows school was finished by a degree earned after it, written as a degree is ("Master of…",
 * "BS, Biology", not the "Master" of "Master Key Systems" a locksmith lists).
 */
const SCHOOL_LEFT = /\b(?:Associate(?:'s|’s)? (?:Degree|of)|A\.A\.S?\.|(?:Bachelor|Master)(?:'s|’s)? (?:Degree|of)|Doctor of|Ph\.?\s?D|B\.(?:A|S|Sc)\.|BSc|BBA|BEng|BSN|MSc|MBA|(?:BA|BS),? (?:in )?[A-Z])|전문학사|학사|석사|박사/;

/** A school-leaving credential named as such: "High school diploma", "GED", "Grade 12 Diploma", 고등학교 졸업. */
const SCHOOL_LEAVING_NAMED = /\b(?:(?:High|Secondary) [Ss]chool (?:[Dd]iploma|[Gg]raduate|[Ee]quivalen)|GED|HiSET|Grade 12)|고등학교 졸업|고졸/;

/**
 * A course after school at a college or university, on one line: "Certificate, Power Engineering — Red River College",
 * "Diploma, Diesel Equipment Technology — Chattahoochee Technical College", "AAS, Criminal Justice — … Technical
 * College". Nobody is admitted without leaving school, so it shows the school-leaving credential as a degree does; it is
 * no degree (a "BSc in Chemistry" asked is not met by a college certificate in chemistry). Both words on one line, so an
 * employer ("University Hospital") or a certificate elsewhere is none.
 */
const COURSE_AFTER_SCHOOL = /\b(?:Certificate|Diploma|Associate(?:'s|’s)?|AAS|AS(?=,)|AA(?=,)|Apprenticeship)\b/;
const COLLEGE = /\b(?:College|University|Polytechnic|Institute|TAFE)\b/;
function courseAfterSchool(resumeText: string): string | undefined {
  for (const line of resumeText.split('\n')) {
    const course = COURSE_AFTER_SCHOOL.exec(line);
    if (course && COLLEGE.test(line)) return course[0];
  }
  return undefined;
}

/**
 * A school-leaving credential shown by the school itself, in the language it is asked in: "Lincoln High School, 2012"
 * for "High school diploma", "천안공업고등학교 | 기계과 졸업" for "고등학교 졸업".
 */
const SCHOOL_FINISHED = /\b(?:High|Secondary) School\b/;
const SCHOOL_FINISHED_KO = /고등학교|고교/;

/** "Bachelor's degree", "master's", "Master of Divinity or equivalent graduate degree": the résumé's degree of that level or higher. */
function degreeShown(item: string, resumeText: string): string | undefined {
  const asked = DEGREE_ASKED.find(([, re]) => re.test(item))?.[0];
  if (asked === undefined) return undefined;
  if (asked === 0) return (SCHOOL_LEFT.exec(resumeText) ?? (HANGUL_SCRIPT.test(item) ? SCHOOL_FINISHED_KO : SCHOOL_FINISHED).exec(resumeText))?.[0].trim() ?? courseAfterSchool(resumeText);
  for (const [level, re] of DEGREE_LEVELS) {
    if (level < asked) break;
    const found = re.exec(resumeText);
    if (found) return found[0].trim();
  }
  return undefined;
}

/** The degree words that may stand before " in <field>": "BSc", "B.S.", "Bachelor's degree", "Master of Science", "degree". */
const DEGREE_BEFORE_FIELD = /(?:\b(?:B\.?Sc|B\.?S|B\.?A|B\.?Eng|B\.?Tech|BBA|BCom|M\.?Sc|M\.?S|M\.?A|M\.?Eng|MBA|Ph\.?D)\.?|\b(?:bachelor|master|doctor)(?:'s|’s)?(?: degree| of \w+)?|\bdegree|\bdiploma)$/i;

/**
 * "BSc in Food Science", "Bachelor's degree in Civil Engineering": a degree the job asks for in a field. Its field,
 * or undefined when the item names no degree in a field.
 */
function degreeField(item: string): string | undefined {
  const at = item.indexOf(' in ');
  if (at === -1 || !DEGREE_BEFORE_FIELD.test(item.slice(0, at))) return undefined;
  const field = item.slice(at + ' in '.length).trim();
  return field.length >= 3 ? field : undefined;
}

/**
 * An ordinary driving licence asked for in any of its names: "valid driver's license", "Full UK driving licence", a US
 * "Class C (or D, E) license" and a UK "category B" (the car licence of each). Never a commercial one (a CDL, "Class A").
 */
const ORDINARY_LICENCE_ASKED = /^(?:(?:a|an|valid|current|full|clean|uk|us|state)\s+)*(?:driv(?:er'?s?|ing)\s+licen[cs]e|class\s+[c-e](?:\s+driv(?:er'?s?|ing))?\s+licen[cs]e|category\s+b)\b/i;
/**
 * A driving licence the résumé names, whatever its wording or class: a licence to drive a car, a CDL, an HGV or LGV licence,
 * an Australian truck licence (LR … MC), a UK lorry or bus category ("Category C+E Licence", "Cat C", "C1+E"; no lorry or
 * bus category is granted without the car licence B).
 */
const LICENCE_HELD =
  /\b(?:driv(?:er'?s?|ing)\s+licen[cs]e|CDL(?:\s+Class\s+[A-C])?|Class\s+[A-C]\s+CDL|commercial\s+driver'?s?\s+licen[cs]e|(?:HGV|LGV)(?:\s+Class\s+[12])?\s+licen[cs]e|(?:(?:LR|MR|HR|HC|MC)\s+)?truck\s+licen[cs]e|(?:LR|MR|HR|HC|MC)\s+licen[cs]e)\b|\b(?:Cat(?:egory)?\s+[CD]1?(?:\s?\+\s?E)?|[CD]1?\s?\+\s?E)(?![\w+])/;

/**
 * "Class C license", "driver's license", "category B" beside a résumé with an "Arizona Driver License", a "Full UK
 * Driving Licence" or a "CDL Class B": the ordinary licence a job asks for is held, by whatever name (and a commercial
 * licence is had only by one who holds the ordinary one). The résumé's words, or none.
 */
function drivingLicenceShown(item: string, resumeText: string): string | undefined {
  if (!ORDINARY_LICENCE_ASKED.test(item.trim())) return undefined;
  // The licence words in any case ("DRIVING LICENCE"), a UK category only as written ("Cat C", never "cat c").
  return (LICENCE_HELD.exec(resumeText) ?? LICENCE_HELD_ANY_CASE.exec(resumeText))?.[0];
}
const LICENCE_HELD_ANY_CASE = new RegExp(LICENCE_HELD.source, 'i');

/**
 * "Embrex" of the job's "Embrex Inovoject", beside a résumé that names "Inovoject": a maker the job names before its
 * product, where the résumé names the product alone. The product's name (a capitalised word of four letters or more, in
 * its own capitals) is the evidence.
 */
function productOfMakerShown(phrase: string, jobText: string, resumeText: string): string | undefined {
  if (!/^\p{Lu}[\p{L}\d-]+$/u.test(phrase)) return undefined;
  for (const m of jobText.matchAll(new RegExp(`(?<![\\w-])${wordsPattern(phrase)} (\\p{Lu}[\\p{L}\\d-]{3,})(?![\\w-])`, 'gu'))) {
    if (namedInText(m[1]!, resumeText, true)) return m[1];
  }
  return undefined;
}

/**
 * "Supervise", "Monitor" left alone on a duty line, "obtain" of "(or ability to obtain)": a verb in its base form with
 * no thing after it asks for nothing a résumé could show. A duty line's lone word, or one the job writes after "to";
 * a name in its own capitals ("InForm", "LIVE") and a field asked for ("retail experience") stay.
 */
function loneDutyVerb(phrase: string, dutyPhrases: ReadonlySet<string>, jobText: string): boolean {
  if (phrase.includes(' ') || !ACTION_VERBS.has(phrase.toLowerCase()) || !/^\p{L}\p{Ll}+$/u.test(phrase)) return false;
  return dutyPhrases.has(phrase) || namedInText(`to ${phrase}`, jobText);
}

/** "5+ years of professional experience" → 5. */
const YEARS_ASKED = /^(\d{1,2}) ?(?:\+|- ?\d{1,2})? ?(?:years?|yrs?)\b/i;

/**
 * `experienceYears`: counted from the résumé's dated roles; a "N+ years" keyword is met when it is at
 * least N, whatever words the résumé uses.
 */
export function jobMatch(jobText: string, resumeText: string, resumeSkills: readonly Skill[], experienceYears?: number): JobMatch {
  const requirements = jobRequirements(jobText);
  const lowerResume = resumeText.toLowerCase();
  // Sentence and line ends break a phrase: "teams." then "Work…" never stand together.
  const resumeTokens = tokenize(resumeText.replace(/[.;!?:](?:\s|$)|\n/g, ` ${SENTENCE_BREAK} `)).map((t) => ({ raw: t.raw, stem: t.raw === SENTENCE_BREAK ? SENTENCE_BREAK : rootOf(t.raw) }));
  let linesRead: ResumeLine[] | undefined;
  const lines = (): ResumeLine[] => (linesRead ??= resumeLines(resumeText));
  const have = new Map(resumeSkills.map((s) => [s.name, s]));
  const kindsShown = kindsShownByExample(jobText, resumeText);
  const variants: MatchVariant[] = [];
  // A job wording → the skills it names, so "AWS or GCP" is met by a résumé saying "Amazon Web Services".
  const skillOfWording = new Map<string, string>();
  for (const skill of [...requirements.required, ...requirements.preferred]) for (const m of skill.mentions) skillOfWording.set(m.text.toLowerCase(), skill.name);
  // "ChemCert AQF Level 3" is the résumé's "ChemCert AQF3": a framework's level written onto its letters.
  const shown = (wording: string): boolean => namedInText(wording, resumeText) || namedInText(wording.replace(LEVEL_OF_LETTERS, '$1$2'), resumeText) || have.has(skillOfWording.get(wording) ?? '');
  const alternatives = namedAlternatives(jobText);
  const spelledOut = acronymsSpelledOut(jobText);
  // The job's acronym met by the words it stands for: "Positive Train Control" for "PTC".
  const spelledOutShown = (wording: string): boolean => {
    const words = spelledOut.wordsOf(wording);
    return words !== undefined && namedInText(words, resumeText);
  };
  // The other way: "Basic Life Support (BLS)" asked, "BLS" on the résumé.
  const acronymShown = (wording: string): boolean => {
    const letters = spelledOut.lettersOf(wording);
    return letters !== undefined && namedInText(letters, resumeText, true);
  };
  const credentialGroups = credentialAlternatives(jobText);
  const memberMet = (member: AlternativeMember): boolean => {
    // "RPSGT credential" is met by "RPSGT"; "Wound Care Certified" is not met by "Wound Care" (a skill, not the credential).
    const bare = withoutCredentialWord(member.core);
    return shown(member.core) || (bare !== member.core && ACRONYM.test(bare) && namedInText(bare, resumeText, true)) || degreeShown(member.core, resumeText) !== undefined || memberWordsShown(member.core);
  };
  // "CPCS A35" beside the résumé's "CPCS Blue Card A35": a member of two words or more, none a small word, in the résumé's
  // order a few words apart ("Class A CDL" is no such member: its "A" is a small word, so "CDL Class B" never meets it).
  const memberWordsShown = (core: string): boolean => {
    const words = tokenize(core);
    return words.length >= 2 && contentStems(core).length === words.length && inflectedVariant(core, resumeText, resumeTokens) !== undefined;
  };
  const metByAlternative = (wording: string): boolean => {
    const lower = wording.toLowerCase();
    if (alternatives.some((names) => names.includes(lower) && names.some((other) => other !== lower && shown(other)))) return true;
    // "CHT (BONENT)" beside a résumé with the CCHT of "CCHT or CHT (BONENT)": one of the credentials is enough.
    return credentialGroups.some(({ members, shared }) => {
      // The item is the member, the member and the word that says it is a credential ("ACCA qualified"), or the member
      // and the words the list shares ("ACAD card" of "CSCS or ACAD card").
      const isMember = (member: AlternativeMember): boolean =>
        namedInText(wording, member.text) || withoutCredentialWord(wording).toLowerCase() === member.core.toLowerCase() || (shared !== '' && sameWords(wording, `${member.core} ${shared}`));
      const at = members.findIndex(isMember);
      return at !== -1 && members.some((member, i) => i !== at && !isMember(member) && memberMet(member));
    });
  };

  // "BSc in Food Science" of "BSc in Food Science, Agriculture or Chemistry": the job lists the fields it accepts, so
  // a degree and one of them meet it, and a degree in another field leaves it missing (never a wording to copy: the
  // user did not study it). Undefined where the job names one field only ("Bachelor's degree in Nursing"): judged as
  // before, the field or a degree of that level shown as evidence.
  const degreeInListedFieldMet = (item: string): boolean | undefined => {
    const field = degreeField(item)?.toLowerCase();
    if (field === undefined || !alternatives.some((names) => names.includes(field))) return undefined;
    return SCHOOL_LEFT.test(resumeText) && (namedInText(field, resumeText) || metByAlternative(field));
  };

  const judge = (skill: Skill): 'matched' | 'variant' | 'missing' => {
    const jobWordings = [...new Set(skill.mentions.map((m) => m.text))];
    const mine = have.get(skill.name);
    if (mine) {
      const mineLower = new Set(mine.mentions.map((m) => m.text.toLowerCase()));
      if (jobWordings.some((w) => mineLower.has(w.toLowerCase()))) return 'matched';
      variants.push({ term: skill.name, found: mine.mentions[0]!.text, atsWants: jobWordings[0]!, reason: 'alias' });
      return 'variant';
    }
    // The job's own wording, whole, where the tagger read the résumé's line as another skill ("Provide First Aid" for
    // "first aid"): met, as a phrase or keyword named whole is. A wording with capitals only in the same capitals ("Go");
    // never by a name the analysis dropped from the résumé's skills (an employer's).
    if (jobWordings.some((w) => namedOverAnotherSkill(w, resumeText, /\p{Lu}/u.test(w), resumeSkills))) return 'matched';
    if (jobWordings.some((w) => namedWithoutGenericHead(w, resumeText))) return 'matched';
    if (jobWordings.some((w) => kindsShown.some((kind) => kind === w.toLowerCase() || kind.startsWith(`${w.toLowerCase()} `)))) return 'matched';
    if (jobWordings.some(metByAlternative) || jobWordings.some(spelledOutShown)) return 'matched';
    for (const wording of jobWordings) {
      const variant = inflectedVariant(wording, resumeText, resumeTokens);
      if (variant) {
        variants.push({ term: skill.name, found: variant, atsWants: wording, reason: 'inflection' });
        return 'variant';
      }
    }
    for (const wording of jobWordings) {
      const doer = doerShown(wording, resumeText);
      if (doer) {
        variants.push({ term: skill.name, found: doer, atsWants: wording, reason: 'evidence' });
        return 'variant';
      }
    }
    const evidence = skillEvidence(skill.name, resumeText);
    if (evidence) {
      variants.push({ term: skill.name, found: evidence, atsWants: jobWordings[0]!, reason: 'evidence' });
      return 'variant';
    }
    return 'missing';
  };

  const required = requirements.required.map((s) => ({ name: s.name, verdict: judge(s) }));
  const preferred = requirements.preferred.map((s) => ({ name: s.name, verdict: judge(s) }));
  // "High school diploma or GED" beside a résumé with a degree but no school-leaving credential named: met, yet not
  // by anything the job named, and met by nearly everyone who applies, so it says nothing of fit. Neither missing nor
  // counted: a job that asks for little else would otherwise rank first for every graduate. (A résumé naming its
  // diploma or GED meets the item by name, as before.)
  const graduate = !SCHOOL_LEAVING_NAMED.test(resumeText) && (SCHOOL_LEFT.test(resumeText) || courseAfterSchool(resumeText) !== undefined);
  const schoolLeft = (item: string): boolean => graduate && DEGREE_ASKED.find(([, re]) => re.test(item))?.[0] === 0;
  const keywords = requirements.keywords.filter((k) => !schoolLeft(k)).map((k) => {
    if (lowerResume.includes(k.toLowerCase()) || namedWithoutGenericHead(k, resumeText)) return { name: k, verdict: 'matched' as const };
    const asked = YEARS_ASKED.exec(k);
    if (asked && experienceYears !== undefined) return { name: k, verdict: experienceYears >= Number(asked[1]) ? ('matched' as const) : ('missing' as const) };
    if (metByAlternative(k)) return { name: k, verdict: 'matched' as const };
    const listedField = degreeInListedFieldMet(k);
    if (listedField !== undefined) return { name: k, verdict: listedField ? ('matched' as const) : ('missing' as const) };
    const variant = inflectedVariant(k, resumeText, resumeTokens);
    if (variant) {
      variants.push({ term: k, found: variant, atsWants: k, reason: 'inflection' });
      return { name: k, verdict: 'variant' as const };
    }
    // "Master's in Speech Pathology" beside a "Master of Speech Pathology": the field is what was asked for.
    // Else a degree asked for beside the résumé's degree of that level or higher ("Bachelor's degree", "BS Finance").
    const names = namesShown(k, resumeText);
    const found = names.join(', ') || degreeShown(k, resumeText);
    if (found) {
      variants.push({ term: k, found, atsWants: k, reason: 'evidence' });
      return { name: k, verdict: 'variant' as const };
    }
    return { name: k, verdict: 'missing' as const };
  });
  // The job's own words for what the taxonomy does not name ("monthly management reporting", "GAAP"):
  // they are requirements too, so one recognised tool out of four requirement lines is not a 100% fit.
  const preferredPhrases = new Set(requirements.preferredPhrases);
  const dutyPhrases = new Set(requirements.dutyPhrases);
  const judgePhrase = (phrase: string, preferred: boolean, from: JobPhrase['from'] = dutyPhrases.has(phrase) ? 'duty' : 'requirement'): JobPhrase => ({ ...judgedPhrase(phrase, preferred), from });
  const judgedPhrase = (phrase: string, preferred: boolean): JobPhrase => {
    if (namedInText(phrase, resumeText) || namedWithoutGenericHead(phrase, resumeText) || metByAlternative(phrase) || spelledOutShown(phrase) || acronymShown(phrase) || higherKoreanLicenceShown(phrase, resumeText)) {
      return { phrase, preferred, verdict: 'matched' };
    }
    const listedField = degreeInListedFieldMet(phrase);
    if (listedField !== undefined) return { phrase, preferred, verdict: listedField ? 'matched' : 'missing' };
    const variant = inflectedVariant(phrase, resumeText, resumeTokens);
    if (variant) {
      variants.push({ term: phrase, found: variant, atsWants: phrase, reason: 'inflection' });
      return { phrase, preferred, verdict: 'variant' };
    }
    const evidence =
      namesShown(phrase, resumeText).join(', ') || wordsShownTogether(phrase, lines()) || thingListed(phrase, resumeText) || objectShown(phrase, resumeText) || thingOfDutyShown(phrase, resumeText, resumeTokens) || entryEndsPhrase(phrase, resumeText) ||
      thingHandledListed(phrase, resumeText) || doneThingListed(phrase, resumeText) || thingOfVerbShown(phrase, lines()) || degreeShown(phrase, resumeText) ||
      drivingLicenceShown(phrase, resumeText) || productOfMakerShown(phrase, jobText, resumeText);
    if (!evidence) return { phrase, preferred, verdict: 'missing' };
    variants.push({ term: phrase, found: evidence, atsWants: phrase, reason: 'evidence' });
    return { phrase, preferred, verdict: 'variant' };
  };
  const phrases = requirements.phrases.flatMap((phrase): JobPhrase[] => {
    if (schoolLeft(phrase) || loneDutyVerb(phrase, dutyPhrases, jobText)) return [];
    const preferred = preferredPhrases.has(phrase);
    const whole = judgePhrase(phrase, preferred);
    const parts = conjuncts(phrase);
    if (whole.verdict !== 'missing' || parts.length < 2) return [whole];
    // "Threat hunting and detection engineering": two requirements in one phrase. The résumé that shows
    // one of them lacks only the other, so each is judged (and named as missing) on its own.
    const judged = parts.map((part) => judgePhrase(part, preferred, whole.from));
    return judged.every((p) => p.verdict === 'missing') ? [whole] : judged;
  });
  const names = (list: Array<{ name: string; verdict: string }>, verdict: string): string[] => list.filter((x) => x.verdict === verdict).map((x) => x.name);
  return {
    required: required.map((r) => r.name),
    matched: names(required, 'matched'),
    missing: names(required, 'missing'),
    missingDisplay: requirements.required.filter((_, i) => required[i]!.verdict === 'missing').map(displayName),
    variants,
    preferred: {
      wanted: preferred.map((p) => p.name),
      matched: names(preferred, 'matched'),
      missing: names(preferred, 'missing'),
      missingDisplay: requirements.preferred.filter((_, i) => preferred[i]!.verdict === 'missing').map(displayName),
    },
    keywords: { wanted: keywords.map((k) => k.name), matched: names(keywords, 'matched'), missing: names(keywords, 'missing') },
    phrases,
  };
}

/** "AWS (Amazon Web Services)" when the job wrote the skill differently from its canonical name. */
function displayName(skill: Skill): string {
  const wording = skill.mentions.map((m) => m.text.replace(/\s+/g, ' ').trim()).find((t) => t.toLowerCase() !== skill.name.toLowerCase());
  return wording && !skill.mentions.some((m) => m.text.toLowerCase() === skill.name.toLowerCase()) ? `${wording} (${skill.name})` : skill.name;
}

/**
 * 0–100 per the published formula: exact = 1, variant = 0.5; required 0.75, preferred 0.15, keywords
 * 0.10. The job's own words (`phrases`) count with the required or preferred skills they were read with.
 */
/**
 * Whether the job text gave anything to match against: required or preferred skills, its own
 * requirement phrases, or keywords. A posting that lists none ("Join our friendly team!") says
 * nothing about fit, so its match part is left out of the score instead of counting as a perfect one
 * (which once ranked every vague posting above a person's own job).
 */
export function hasMeasurableRequirements(match: JobMatch): boolean {
  return match.required.length > 0 || match.preferred.wanted.length > 0 || match.keywords.wanted.length > 0 || (match.phrases ?? []).length > 0;
}

/** A duty line of the post ("Main duties") weighs this much beside a requirement sentence's item ("Essential"). */
const DUTY_PHRASE_WEIGHT = 0.5;

export function matchScore(match: JobMatch): number {
  const variantNames = new Set(match.variants.map((v) => v.term));
  // Reports stored before the job's own words were read have no `phrases`.
  const phrasesOf = (preferred: boolean): Array<{ name: string; weight: number }> =>
    (match.phrases ?? []).filter((p) => p.preferred === preferred).map((p) => ({ name: p.phrase, weight: p.from === 'duty' ? DUTY_PHRASE_WEIGHT : 1 }));
  const matchedPhrases = (preferred: boolean): string[] => (match.phrases ?? []).filter((p) => p.preferred === preferred && p.verdict === 'matched').map((p) => p.phrase);
  const share = (wanted: ReadonlyArray<string | { name: string; weight: number }>, matched: readonly string[]): number | undefined => {
    if (wanted.length === 0) return undefined;
    const items = wanted.map((w) => (typeof w === 'string' ? { name: w, weight: 1 } : w));
    const met = items.reduce((sum, w) => sum + w.weight * (matched.includes(w.name) ? 1 : variantNames.has(w.name) ? 0.5 : 0), 0);
    return met / items.reduce((sum, w) => sum + w.weight, 0);
  };
  const parts: Array<[number | undefined, number]> = [
    [share([...match.required, ...phrasesOf(false)], [...match.matched, ...matchedPhrases(false)]), 0.75],
    [share([...match.preferred.wanted, ...phrasesOf(true)], [...match.preferred.matched, ...matchedPhrases(true)]), 0.15],
    [share(match.keywords.wanted, match.keywords.matched), 0.1],
  ];
  const used = parts.filter(([v]) => v !== undefined) as Array<[number, number]>;
  // Nothing to match is no evidence of fit (callers leave such a match out: hasMeasurableRequirements).
  if (used.length === 0) return 0;
  const total = used.reduce((s, [, w]) => s + w, 0);
  return Math.round((100 * used.reduce((s, [v, w]) => s + v * w, 0)) / total);
}
