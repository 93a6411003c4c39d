import { countryCodeOf } from '../places/countries.js';
import { extractSkills, type Skill } from './extract-skills.js';
import { skillPhrases, unmappedSkillPhrases } from './skill-phrases.js';
import { HANGUL_SCRIPT } from '../resume/resume-sections.js';

export interface JobRequirements {
  required: Skill[];
  preferred: Skill[];
  /** Important terms that are not skills: degrees, certifications, years of experience, title words. */
  keywords: string[];
  /**
   * Skill phrases the trained tagger read in the job's requirements that the taxonomy does not name
   * ("stakeholder communication", "write maintainable code"), in order of mention: the job's own words.
   */
  phrases: string[];
  /** Those of `phrases` read only in preferred sentences ("Nice to have: …", "… is a plus"). */
  preferredPhrases: string[];
  /**
   * Those of `phrases` read only in duty lines ("Main duties", "Responsibilities", 담당업무) or in sentences under no
   * heading, never in a requirement sentence ("Essential", "Requirements", 자격요건): what the post does, weighed less
   * than what it asks the person to bring.
   */
  dutyPhrases: string[];
}

type SectionKind = 'required' | 'preferred' | 'neutral' | 'ignored';

const PREFERRED_HEADING = /\b(preferred|nice[\s-]to[\s-]haves?|bonus|desirable|desired|plus(?:es)?|good to have|extra credit|ideally|would be great|not required|additional qualifications)\b/i;
// "Essential" alone heads a UK posting's requirements; "Essential functions" (a US posting's duties) stays as it was read.
const REQUIRED_HEADING = /\b(requirements?|required|essential(?! functions)|must[\s-]haves?|minimum qualifications|basic qualifications|qualifications|what you(?:'ll| will)? (?:need|bring)|what we(?:'re| are) looking for|who you are|you have|your profile|skills|experience|responsibilities|what you(?:'ll| will) do|the role|(?:key |main |your |job )?duties|(?:key |main |your )?tasks|day[\s-]to[\s-]day|(?:essential |selection )?criteria|person specification|you(?:'ll| will) need)\b/i;
/**
 * Headings of what the post does rather than what the person must bring: "Main duties", "Responsibilities",
 * "Essential functions", "What you'll do", 담당업무. Their lines are requirements too, weighed less.
 */
const DUTY_HEADING = /\b(?:responsibilities|what you(?:'ll| will) do|the role|(?:key |main |your |job |essential )?(?:duties|functions)|(?:key |main |your )?tasks|day[\s-]to[\s-]day|role purpose)\b/i;
const KOREAN_DUTY_HEADING = /담당\s*업무|주요\s*업무|업무\s*(?:내용|소개)/u;
const IGNORED_HEADING = /\b(about (?:us|the company|the team)|who we are|benefits|perks|what we offer|compensation|salary|equal opportunity|our values|how to apply|why join)\b/i;
/**
 * Words that say how much a job wants a thing, one lexicon read three ways: `line` makes a line that holds it a
 * preferred one ("… is a plus"); `item` makes a listed item holding it a sentence rather than a thing ("… are
 * welcome"); `closing` is left off the end of a listed item, which is then the thing alone ("Wolof an advantage").
 * A pattern (`line` only) is a regular-expression source; the others are words.
 */
const WANTED_CUES: ReadonlyArray<{ cue: string; line?: true; item?: true; closing?: true }> = [
  { cue: 'preferred', line: true, item: true, closing: true },
  { cue: 'desirable', line: true, item: true, closing: true },
  { cue: 'advantageous', line: true, item: true, closing: true },
  { cue: 'helpful', line: true, item: true, closing: true },
  { cue: 'bonus', line: true, item: true, closing: true },
  { cue: 'ideally', line: true, item: true },
  { cue: 'plus', item: true, closing: true },
  { cue: 'required', item: true, closing: true },
  { cue: 'accepted', item: true },
  { cue: 'considered', item: true },
  { cue: 'welcome', item: true },
  { cue: 'advantage', closing: true },
  { cue: 'desired', closing: true },
  { cue: 'essential', closing: true },
  { cue: 'mandatory', closing: true },
  { cue: 'a plus', line: true },
  { cue: 'an advantage', line: true },
  { cue: String.raw`nice[\s-]to[\s-]have`, line: true },
  { cue: 'would be great', line: true },
  { cue: 'not required', line: true },
  { cue: 'optional', line: true },
  { cue: 'familiarity with .* helpful', line: true },
];
const cuesFor = (use: 'line' | 'item' | 'closing'): string[] => WANTED_CUES.filter((c) => c[use]).map((c) => c.cue);
const PREFERRED_CUE = new RegExp(String.raw`\b(?:${cuesFor('line').join('|')})\b`, 'i');
const REQUIRED_CUE = /\b(required|must|minimum|mandatory|essential|need to have|you have|proven|strong)\b/i;
/** "… when required", "as required", "where necessary": a condition of a duty, no cue that the line is a requirement. */
const CONDITION_OF_DUTY = /\b(?:where|when|if|as|whenever|wherever) (?:required|necessary|needed)\b/gi;
const saysRequired = (sentence: string): boolean => REQUIRED_CUE.test(sentence.replace(CONDITION_OF_DUTY, ''));

/**
 * A list mark at a line's start: a hyphen, asterisk or bullet, and the dashes, dots, squares, arrows and
 * numbers postings of every trade use ("– Install…", "▪ Hold…", "1. Weld…", "2) …").
 */
const BULLET = String.raw`(?:[-*•–—▪◦‣●○■□➤►✓]|\d{1,2}[.)])`;
const BULLETED_LINE = new RegExp(String.raw`^\s*${BULLET}\s`);
const LIST_MARK_AT_START = new RegExp(String.raw`^\s*${BULLET}?\s*`);
/** "Nice to have: A, B", "- Life support: …": a label before a colon. */
const INLINE_LABEL = new RegExp(String.raw`^\s*(?:${BULLET}\s*)?([A-Za-z' ]{3,40}):\s.+$`);
// Korean postings head their lists 담당업무 / 자격요건 / 우대사항 (often in brackets or after a mark: [자격요건], ■ 우대사항).
const KOREAN_PREFERRED_HEADING = /우대\s*(?:사항|조건|요건|역량)|이런\s*분이면\s*더/u;
const KOREAN_IGNORED_HEADING = /복리\s*후생|혜택|회사\s*소개|근무\s*(?:조건|환경|시간|형태|지)|전형\s*(?:절차|방법)|접수\s*(?:기간|방법)|제출\s*서류|급여|연봉|채용\s*절차/u;
const KOREAN_REQUIRED_HEADING = /자격\s*(?:요건|조건|사항)|지원\s*자격|필수\s*(?:요건|사항|조건|역량)|요구\s*(?:사항|역량)|담당\s*업무|주요\s*업무|업무\s*(?:내용|소개)|필요\s*역량|이런\s*분을\s*찾/u;
/** A short line of Korean words and heading marks only: "자격요건", "[우대사항]", "■ 담당 업무". */
const KOREAN_HEADING_LINE = /^[\p{Script=Hangul}\s[\]【】■□●○◆◇▶▷<>()·:#*]+$/u;

function isHeading(line: string): boolean {
  const trimmed = line.trim().replace(/^#+\s*/, '');
  if (!trimmed || trimmed.length > 70) return false;
  if (trimmed.length <= 20 && KOREAN_HEADING_LINE.test(trimmed) && headingKind(trimmed) !== undefined) return true;
  const words = trimmed.split(/\s+/).length;
  if (words > 8) return false;
  if (words <= 6 && !/[.,;]$/.test(trimmed) && headingKind(trimmed) !== undefined && /^[A-Z]/.test(trimmed) && !/^[-*•]/.test(trimmed)) return true;
  // An all-capitals line is a heading ("REQUIREMENTS"); Hangul has no case, so a Korean line with an acronym ("NST 활동") is not.
  return /:$/.test(trimmed) || /^#/.test(line.trim()) || (trimmed === trimmed.toUpperCase() && /[A-Z]/.test(trimmed) && !HANGUL_SCRIPT.test(trimmed)) || /^\*\*.*\*\*$/.test(trimmed);
}

function headingKind(line: string): SectionKind | undefined {
  if (PREFERRED_HEADING.test(line) || KOREAN_PREFERRED_HEADING.test(line)) return 'preferred';
  if (IGNORED_HEADING.test(line) || KOREAN_IGNORED_HEADING.test(line)) return 'ignored';
  if (REQUIRED_HEADING.test(line) || KOREAN_REQUIRED_HEADING.test(line)) return 'required';
  return undefined;
}

const isDutyHeading = (line: string): boolean => DUTY_HEADING.test(line) || KOREAN_DUTY_HEADING.test(line);

/**
 * One sentence of a posting: its section, whether it is part of a list ("- Triage, airway management", "Nice to
 * have: …"), and whether it is a duty of the post (under "Main duties", "Responsibilities") rather than a requirement.
 */
export interface JobSentence {
  text: string;
  kind: SectionKind;
  listed: boolean;
  duty: boolean;
}

/** The job text cut into sentences, each tagged by its section and its own cue words. */
export function classifyJobSentences(jobText: string): JobSentence[] {
  const out: JobSentence[] = [];
  let section: SectionKind = 'neutral';
  let dutySection = false;
  for (const line of jobText.split(/\r?\n/)) {
    if (!line.trim()) continue;
    if (isHeading(line)) {
      section = headingKind(line) ?? 'neutral';
      dutySection = isDutyHeading(line);
      // "Requirements: Go, SQL" — a heading with content on the same line still counts as content.
      const rest = line.slice(line.indexOf(':') + 1).trim();
      if (!line.includes(':') || !rest) continue;
      out.push({ text: rest, kind: section, listed: true, duty: dutySection });
      continue;
    }
    const inline = INLINE_LABEL.exec(line);
    const lineKind = inline ? (headingKind(inline[1]!) ?? section) : section;
    const lineDuty = inline && headingKind(inline[1]!) !== undefined ? isDutyHeading(inline[1]!) : dutySection;
    // "Nice to have: A, B, C" is a list as much as a bullet is: its label says what kind of list.
    const listed = BULLETED_LINE.test(line) || /^\s*[-*•]/.test(line) || (inline !== null && headingKind(inline[1]!) !== undefined);
    for (const sentence of line.split(/(?<=[.!?;])\s+/)) {
      let kind = lineKind;
      if (kind !== 'ignored') {
        if (PREFERRED_CUE.test(sentence)) kind = 'preferred';
        else if (saysRequired(sentence) && kind === 'neutral') kind = 'required';
      }
      // A sentence that says it is required ("… is essential", "must hold …") is a requirement wherever it stands.
      out.push({ text: sentence, kind, listed, duty: kind !== 'preferred' && (kind === 'neutral' || (lineDuty && !saysRequired(sentence))) });
    }
  }
  return out;
}

// A requirement bullet is a list of noun phrases: "Life support: cardiac monitoring, 12-lead ECG, IV
// access, airway management". Items are cut at list separators, and an item's qualifier ("… on an
// ambulance crew", "… after every call", "… with Tableau") is left off.
// A Korean "and" is a particle written onto the word before it: "Swift와 UIKit" (cut only after a Latin name:
// on a Hangul word 과 is as often the word's own syllable, 결과, 학과).
const LIST_SEPARATOR = /[,;:()·]|\s(?:and\/or|and|or|&|및|또는)\s|(?<=[A-Za-z0-9+#])[와과]\s/g;
const QUALIFIER = /\s(?:on|after|before|in|into|with|within|for|to|from|at|as|across|by|via|using|including|such|like|of (?:the|a|an|your|our)|per|under|through)\s/i;
// "Hold a valid electrical licence", "Have a forklift ticket": a requirement written as what the person holds names the thing held.
const LEADING_NOISE = new RegExp(
  String.raw`^\s*(?:${BULLET}\s*)?(?:(?:and|or|and\/or|including|includes|such as|especially|particularly|notably|mainly|a|an|the|any|some|current|valid|active|strong|excellent|solid|proven|good|sound|working|demonstrated|hands-on|knowledge of|experience (?:in|with|of)|familiarity with|proficiency (?:in|with)|understanding of|hold|have|possess)\s+)*`,
  'i',
);
/** Words that make an item a sentence, a number or a filler rather than a skill. */
const NOT_AN_ITEM = new RegExp(
  String.raw`\b(?:you|your|we|our|us|will|can|must|should|is|are|be|been|who|which|that|this|these|those|similar|equivalent|other|related|relevant|etc|e\.g|i\.e|${cuesFor('item').join('|')}|years?|yrs?|experience|degree|ability|able|skills?|knowledge)\b|(?<!\d)\d+\+`,
  'i',
);
/** A single lower-case word names a practice when it is a noun of doing: triage, brazing, cataloguing, proofreading. */
const PRACTICE_NOUN = /^[a-z][a-z-]{2,}(?:ing|ion|ment|ance|ence|ity|ics|ogy|age|ure|sis|graphy|scopy)$/;
/** "air freight experience", "GAAP knowledge": the last word only says the item is asked for; the item is before it. */
const ASKED_FOR_HEAD = new Set(['experience', 'knowledge', 'awareness', 'exposure', 'background', 'skills', 'skill']);
/** Words that say how much the job wants a thing, never part of it, when they close a listed item. */
const CLOSING_CUE_WORDS = new Set(cuesFor('closing'));
/** "where required", "as required", "if desired": the closing word ends a condition, and the item stays as written. */
const CONDITION_WORDS = new Set(['where', 'when', 'if', 'as', 'unless', 'whenever', 'wherever']);
/** The small words left between a thing and a closing word of how much it is wanted ("Wolof an advantage"). */
const CUE_LINKS = new Set(['a', 'an', 'is', 'are', 'be', 'very', 'highly', 'strongly']);
/** "Wolof an advantage", "English required", "Forklift licence a plus": the thing, without how much it is wanted. */
function withoutClosingCue(text: string): string {
  const words = text.split(' ');
  if (words.length < 2 || !CLOSING_CUE_WORDS.has(words.at(-1)!.toLowerCase())) return text;
  // "… recall action where required", "Travel as required": a condition of a duty, not how much a thing is wanted.
  if (CONDITION_WORDS.has(words.at(-2)!.toLowerCase())) return text;
  let end = words.length - 1;
  while (end > 1 && CUE_LINKS.has(words[end - 1]!.toLowerCase())) end--;
  return words.slice(0, end).join(' ');
}
/** "non-QM", "nRF52": a single word with an acronym inside is a name, whatever its first letter. */
const HAS_ACRONYM = /[A-Z]{2}/;
/** "in person", "on call": a qualifier left alone by the list, not a requirement. */
const STARTS_WITH_PREPOSITION = /^(?:in|on|at|for|to|with|from|by|of|as|per)\s/i;
const ACRONYM = /^[A-Z0-9][A-Za-z0-9+#&./-]*[A-Z0-9+#]$/;

/**
 * A word that qualifies a noun shared with the next item of the list: "Perform abdominal, pelvic and thyroid
 * ultrasound", "venous and arterial Doppler studies". Such an item ("Perform abdominal") names no thing of its
 * own; the thing is the last item's ("thyroid ultrasound"). Adjective endings only, lower case.
 */
const MODIFIER = /^[a-z][a-z-]*(?:al|ic|ous|ar|ive|ary)$/;
/** A verb with its fixed word that names nothing asked for: "take part in audits" leaves "take part". */
const FIXED_VERB_PHRASE = /^(?:take|taking) part$|^make sure$|^take care$|^carry out$|^keep up$/i;

/** `text` without the characters of `chars` at its end (a loop, not a regular expression: linear). */
/**
 * What a Korean requirement says around the thing asked for: holding it (소지자, 자격), doing or
 * completing it (실시, 이수), a grade (2급: a holder of the higher 1급 meets it too), years of it (경력
 * 3년 이상, 경력 5년 이상인 분), being able (가능자, 사용 가능하신 분), a plus (우대), the degree around a field (관련 학과 졸업). Taken off
 * the end one at a time: "식품영양학 관련 학과 졸업" asks for 식품영양학.
 */
const KOREAN_ASKING_TAILS = ['가능하신', '능숙하신', '이상인', '가능한', '능숙한', '자격증', '소지자', '보유자', '취득자', '경험자', '경력자', '가능자', '능숙자', '능통자', '전공자', '졸업자', '자격', '실시', '이수', '실무', '업무', '소지', '보유', '취득', '우대', '경험', '경력', '가능', '능숙', '능통', '이상', '이하', '필수', '관련', '학과', '전공', '졸업', '수준', '능력', '역량', '지식', '이해', '활용', '사용', '지원', '분', '자'];
/** A last word of years, a grade or a count: "3년", "5년차", "2급", "(경험) 1회", "(중) 1개". */
const KOREAN_YEARS_OR_GRADE = /^\d{1,2}(?:년차?|급|회|개)$/u;
/** Whole last words of the asking: 중 ("among": "A, B 중 1개 이상" asks for one of A and B). Never a word's ending (집중). */
const KOREAN_ASKING_WORDS = new Set(['중']);

/**
 * What makes a Korean item a condition of the post, an obligation or what the employer gives, not a
 * skill a résumé could lack: shifts and hours (3교대, 야간·주말 근무 가능자), where one lives or travels (인근
 * 거주, 출퇴근, 출장), starting (즉시 입사), an obligation (의무 교육), what is provided (교육 제공).
 * Inside a word: 교대근무, 주말근무; a whole word only: 의무 (의무기록 is medical records), 제공, 입사, and
 * 운전 alone ("운전 가능자", can drive; a 운전면허 is a licence and stays).
 */
const KOREAN_CONDITION_INSIDE = ['교대', '야간', '주말', '휴일', '거주', '출퇴근', '출장', '상주'];
const KOREAN_CONDITION_WORDS = new Set(['의무', '제공', '입사']);
function isKoreanCondition(item: string): boolean {
  const words = item.split(/\s+/);
  return item === '운전' || words.some((word) => KOREAN_CONDITION_WORDS.has(word) || KOREAN_CONDITION_INSIDE.some((condition) => word.includes(condition)));
}
/** "학력 무관", "경력 불문", "전공무관": what the post does not ask for (no matter the schooling, experience, major). */
const KOREAN_NOT_ASKED = /(?:무관|불문)$/u;
/** "고등학교 졸업 이상": a school-leaving credential; the graduation is the credential and stays with the school. */
const KOREAN_SCHOOL_LEVEL = /(?:고등학교|고교)$/u;

function withoutKoreanAsking(text: string): string {
  let out = text;
  for (let i = 0; i < 6; i++) {
    const lastWord = out.slice(out.lastIndexOf(' ') + 1);
    const tail = KOREAN_YEARS_OR_GRADE.test(lastWord) || KOREAN_ASKING_WORDS.has(lastWord) ? lastWord : KOREAN_ASKING_TAILS.find((t) => lastWord.endsWith(t));
    if (!tail || tail.length >= out.length) break;
    if (tail.startsWith('졸업') && KOREAN_SCHOOL_LEVEL.test(out.slice(0, out.length - tail.length).trimEnd())) break;
    out = out.slice(0, out.length - tail.length).trimEnd();
  }
  return out;
}

function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The noun phrases a requirement list names, with their offsets: each item cut at its qualifier, at
 * most four words, no sentence words. A single word counts when it is an acronym, a name in the middle
 * of the list, or a noun of doing. Linear: one pass over the separators, bounded work per item.
 */
export function listedItems(sentence: string): Array<{ text: string; start: number; end: number }> {
  const items: Array<{ text: string; start: number; end: number }> = [];
  let from = 0;
  const cuts = [...sentence.matchAll(LIST_SEPARATOR), { index: sentence.length, 0: '' }];
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k]!;
    const at = cut.index ?? sentence.length;
    const raw = sentence.slice(from, at);
    const rawStart = from;
    from = at + cut[0].length;
    // "Perform abdominal, pelvic … ultrasound": an item that ends in a modifier, when the next item opens with
    // one too, shares the next items' noun; it names nothing by itself.
    if (/^(?:,|\s(?:and|or|and\/or)\s)$/.test(cut[0]) && k + 1 < cuts.length) {
      const lastWord = raw.trimEnd().slice(raw.trimEnd().lastIndexOf(' ') + 1);
      const nextWord = /^\s*([a-z][a-z-]*)/.exec(sentence.slice(from, cuts[k + 1]!.index ?? sentence.length))?.[1] ?? '';
      if (MODIFIER.test(lastWord) && MODIFIER.test(nextWord)) continue;
    }
    // "User research: customer interviews and usability testing": what stands before a colon names the
    // list; the requirements are the items after it.
    if (cut[0] === ':') continue;
    const lead = LEADING_NOISE.exec(raw)?.[0].length ?? 0;
    let text = raw.slice(lead);
    const qualifier = QUALIFIER.exec(text);
    if (qualifier) text = text.slice(0, qualifier.index);
    text = withoutTrailing(text, ' \t.!?\'"’');
    const trimmedStart = text.length - text.trimStart().length;
    text = text.trim();
    const last = text.lastIndexOf(' ');
    if (last > 0 && ASKED_FOR_HEAD.has(text.slice(last + 1).toLowerCase())) text = text.slice(0, last).trimEnd();
    text = withoutClosingCue(text);
    const korean = HANGUL_SCRIPT.test(text);
    if (korean) text = withoutKoreanAsking(text);
    if (korean && (isKoreanCondition(text) || KOREAN_NOT_ASKED.test(text))) continue;
    if (!text || NOT_AN_ITEM.test(text) || STARTS_WITH_PREPOSITION.test(text) || FIXED_VERB_PHRASE.test(text)) continue;
    const words = text.split(/\s+/);
    if (words.length > 4 || !/\p{L}{2}/u.test(text)) continue;
    const start = rawStart + lead + trimmedStart;
    const atListStart = sentence.slice(0, start).replace(LIST_MARK_AT_START, '') === '';
    // A Korean compound of three syllables or more is a thing asked for (식품영양학); Korean has no capitals
    // to tell names, and a two-syllable word alone is as often a duty's verb noun (평가, 활동) as a skill.
    const koreanNoun = korean && words.length === 1 && /\p{Script=Hangul}{3}/u.test(text);
    if (words.length === 1 && !koreanNoun && !ACRONYM.test(text) && !HAS_ACRONYM.test(text) && !(/^\p{Lu}/u.test(text) && !atListStart) && !PRACTICE_NOUN.test(text)) continue;
    items.push({ text, start, end: start + text.length });
  }
  return items;
}

const DEGREE = /\b(?:[Bb]achelor(?:'s|s)?|[Mm]aster(?:'s|s)?|Ph\.?D|[Dd]octorate|MBA|BSc|MSc|B\.S\.|M\.S\.|BEng|MEng|[Aa]ssociate(?:'s)? degree)(?:\s+degree)?(?:\s+in\s+[A-Z][\w&]*(?:\s+(?:[A-Z][\w&]*|and|of))*)?/g;
const CERTIFICATION = /\b(?:(?:AWS|Azure|Google|Microsoft|Cisco|Oracle|Salesforce|Kubernetes|CompTIA)\s+Certified[\w\s-]{0,40}?(?=[,.;)\n]|$)|PMP|CISSP|CISA|CISM|CPA|CFA|ACCA|CKA|CKAD|CCNA|CCNP|PRINCE2|ITIL|CSM|PSM|Six Sigma|Security\+|Network\+|A\+)|\b[\w-]+ certification\b/g;
// "3+ years of experience", "5 years' professional experience", "3+ years’ software engineer/developer experience".
const YEARS = /\b(\d{1,2})\s*(?:\+\s*)?(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)['’]?(?:\s+of)?(?:\s+[\w/+#.-]+){0,3}?\s+(?:experience|exp)\b/gi;
const TITLE_WORD = /\b(senior|junior|lead|principal|staff|head|manager|engineer|developer|architect|analyst|scientist|designer|consultant|specialist|administrator|director|coordinator|intern|associate|officer|backend|frontend|front-end|back-end|full[- ]stack|devops|data|product|software|platform|mobile|cloud|security|marketing|sales)\b/gi;

function unique(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
  }
  return [...seen.values()];
}

/** Job-title words from the first non-empty line (most postings start with the title). */
function titleWords(jobText: string): string[] {
  const first = jobText.split(/\r?\n/).find((l) => l.trim()) ?? '';
  if (first.length > 80) return [];
  return [...first.replace(/^#+\s*/, '').matchAll(TITLE_WORD)].map((m) => m[0].toLowerCase());
}

// "BS in Computer Science": the short forms only count as a degree when followed by "in <Field>".
const DEGREE_ABBREVIATION = /\b(?:BS|BA|MS|MA|BSc|MSc|B\.Sc\.?|M\.Sc\.?)(?:\s+degree)?\s+in\s+[A-Z][\w&]*(?:\s+(?:[A-Z][\w&]*|and|of))*/g;

// "A degree in Mathematics": the subject is what an ATS will look for, whatever the level.
const DEGREE_IN_FIELD = /\b[Dd]egree\s+in\s+[A-Z][\w&]*(?:\s+(?:[A-Z][\w&]*|and|of))*/g;

export function jobKeywords(jobText: string): string[] {
  const named = [...jobText.matchAll(DEGREE), ...jobText.matchAll(DEGREE_ABBREVIATION)].map((m) => m[0]);
  // "degree in X" is already part of "Bachelor's degree in X": keep the longer one only.
  const plain = [...jobText.matchAll(DEGREE_IN_FIELD)].map((m) => m[0]).filter((d) => !named.some((n) => n.toLowerCase().endsWith(d.toLowerCase())));
  const degrees = [...named, ...plain];
  const certs = [...jobText.matchAll(CERTIFICATION)].map((m) => m[0]);
  const years = [...jobText.matchAll(YEARS)].map((m) => m[0]);
  return unique([...titleWords(jobText), ...years, ...degrees, ...certs]);
}

// A word that makes a sentence about a degree; fields named after it are the degree's subject, not skills.
const DEGREE_WORD = /\b(?:degrees?|(?:educational )?background in|bachelor(?:'s|s)?|master(?:'s|s)?|ph\.?d|doctorate|diploma|BS|BA|MS|BSc|MSc|B\.S\.|M\.S\.|BEng|MEng|major(?:ed)? in)\b/i;
const DEGREE_FIELDS = new Set([
  'computer science', 'mathematics', 'math', 'statistics', 'engineering', 'information systems', 'information technology', 'physics',
  'economics', 'software engineering', 'computer engineering', 'electrical engineering', 'applied mathematics', 'management information systems',
]);

/** "BS in Computer Science or related field": the field is the degree's subject (a keyword), not a skill. */
function isDegreeField(degreeWordAt: number | undefined, skill: Skill, start: number): boolean {
  if (!DEGREE_FIELDS.has(skill.name.toLowerCase())) return false;
  return degreeWordAt !== undefined && degreeWordAt < start;
}

// "work closely with product management", "partner with the design and marketing teams".
const COLLABORATOR_BEFORE = /\b(?:work(?:s|ing)?|partner(?:s|ing)?|collaborat(?:e|es|ing)|liais(?:e|es|ing)|coordinat(?:e|es|ing)|interfac(?:e|es|ing)|align(?:s|ing)?|sync(?:s|ing)?)\s+(?:(?:closely|directly|tightly|daily|cross-functionally)\s+)?(?:with|alongside)\s+(?:(?:the|our|your|other|cross-functional|internal|external)\s+)*(?:[\w/-]+(?:&[\w/-]+)*(?:\s+[\w/-]+(?:&[\w/-]+)*)?(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+&\s*|&\s+))*$/i;
/** How far before a skill the "work with …" phrase is looked for: bounds the work per mention, so a sentence naming thousands of skills stays linear. */
const COLLABORATOR_WINDOW = 300;
const TEAM_AFTER = /\s*(?:teams?|org(?:anization)?s?|departments?|functions?|stakeholders|leads|leaders(?:hip)?|partners|counterparts|groups?|colleagues|peers)\b/iy;
const TEAM_FUNCTIONS = new Set([
  'product management', 'project management', 'program management', 'marketing', 'sales', 'design', 'engineering', 'finance', 'operations', 'legal',
  'customer success', 'customer support', 'customer service', 'data science', 'human resources', 'business development', 'quality assurance', 'research', 'product design', 'ux design',
]);

/** Named only as a team to work with: "collaborate with product management", "partner with Sales teams". */
function isCollaborator(sentence: string, skill: Skill, start: number, end: number): boolean {
  if (!COLLABORATOR_BEFORE.test(sentence.slice(Math.max(0, start - COLLABORATOR_WINDOW), start))) return false;
  if (TEAM_FUNCTIONS.has(skill.name.toLowerCase())) return true;
  TEAM_AFTER.lastIndex = end;
  return TEAM_AFTER.test(sentence);
}

function mergeSkills(target: Map<string, Skill>, skill: Skill): void {
  const existing = target.get(skill.name);
  if (existing) existing.mentions.push(...skill.mentions);
  else target.set(skill.name, { ...skill, mentions: [...skill.mentions] });
}

/**
 * Whether a span overlaps any of `spans`, in O(log n) a question: comparing every listed item with
 * every mention was quadratic on a long list naming a skill in each item.
 */
function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>): (span: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // furthestEnd[i]: the furthest end among the first i spans by start.
  const furthestEnd = [-1];
  for (const span of sorted) furthestEnd.push(Math.max(furthestEnd.at(-1)!, span.end));
  return ({ start, end }) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    return furthestEnd[low]! > start;
  };
}

/**
 * Words that make a phrase no requirement of its own, whichever reader found it: a pronoun's fragment ("analyse
 * their data", "its budget"), a lone word of willingness ("willing", "available") or a lone generic credential or
 * thing ("degree", "certification", "equipment": the thing is named elsewhere, or a degree asked for is judged as a
 * keyword), and the hours of the post ("work alternate weekends", "on-call cover"; a rota is a thing a duty keeps, "fire marshal rota"), which are conditions, not skills.
 */
// Lower case or opening a sentence, never in capitals: "ME" (myalgic encephalomyelitis), "MY", "HER" are names.
const PRONOUN_WORD = /\b(?:[Tt]heirs?|[Tt]hem|[Tt]hey|[Hh]is|[Hh]ers?|[Ii]ts|[Mm][ey]|[Hh]im)\b/;
const LONE_GENERIC = new Set(['willing', 'able', 'available', 'prepared', 'flexible', 'eligible', 'degree', 'diploma', 'certification', 'certificate', 'certified', 'qualification', 'qualified', 'licence', 'license', 'licensed', 'equipment', 'experience', 'training']);
const WORKING_HOURS = /\b(?:weekends?|evenings|nights|night shifts?|shift work|overtime|bank holidays|on[\s-]call|unsociable hours)\b/i;
/** "managing or deputising", "turnarounds or shutdowns": two lower-case words as alternatives name a duty's scope, not a thing. */
const LOWER_CASE_ALTERNATIVES = /^\p{Ll}[\p{L}-]* or \p{Ll}[\p{L}-]*$/u;
/**
 * A country or territory by its name, written as a name ("Sweden", "Åland"): where the work is, never a skill. Lower
 * case is a word ("chicken, turkey and duck" in a hatchery's list).
 */
function namesCountry(phrase: string): boolean {
  return /^\p{Lu}/u.test(phrase) && countryCodeOf(phrase) !== undefined;
}

function saysNothingAlone(phrase: string): boolean {
  const lone = !phrase.includes(' ');
  return namesCountry(phrase) || PRONOUN_WORD.test(phrase) || (lone && LONE_GENERIC.has(phrase.toLowerCase())) || WORKING_HOURS.test(phrase) || LOWER_CASE_ALTERNATIVES.test(phrase) || /^(?:willing|able|available|prepared) to\b/i.test(phrase);
}

/**
 * The tagger reads at most this much of a posting, and keeps at most this many phrases: real postings
 * are a few thousand characters with a few dozen skills; past that the text is not a job ad, and
 * tagging it all would only cost time (and comparing every phrase with every keyword, more).
 */
const TAGGED_TEXT_LIMIT = 20_000;
const MAX_PHRASES = 100;

/**
 * Skills a posting asks for, split into required and preferred by section headings ("Requirements",
 * "Nice to have") and by sentence cues ("… is a plus"). A skill named in both lists is required.
 * Canonical skills come from the taxonomy; the skill tagger adds the phrases the taxonomy lacks.
 * Offsets in `mentions` are relative to the sentence they came from, so only the wording is kept.
 */
export function jobRequirements(jobText: string): JobRequirements {
  const required = new Map<string, Skill>();
  const preferred = new Map<string, Skill>();
  const phrases = new Set<string>();
  const requiredPhrases = new Set<string>();
  const requirementPhrases = new Set<string>();
  let tagged = 0;
  for (const sentence of classifyJobSentences(jobText)) {
    if (sentence.kind === 'ignored') continue;
    const found = extractSkills(sentence.text);
    if (tagged < TAGGED_TEXT_LIMIT && phrases.size < MAX_PHRASES) {
      // The limit bounds one long sentence too: a megabyte on one line was tagged whole (most of the
      // adversarial bench's 3.7 s per MB). Offsets stay the sentence's, the tagged part being its start.
      const taggedText = sentence.text.slice(0, TAGGED_TEXT_LIMIT - tagged);
      tagged += taggedText.length;
      const taggerPhrases = skillPhrases(taggedText);
      const own = unmappedSkillPhrases(taggerPhrases);
      // In a requirement list the items the tagger and the taxonomy left alone are requirements too.
      if (sentence.listed && sentence.kind !== 'neutral') {
        const covered = overlapsAny([...taggerPhrases, ...found.flatMap((skill) => skill.mentions)]);
        own.push(...listedItems(sentence.text).filter((item) => !covered(item)).map((item) => item.text));
      }
      for (const phrase of own) {
        if (saysNothingAlone(phrase)) continue;
        phrases.add(phrase);
        if (sentence.kind !== 'preferred') requiredPhrases.add(phrase.toLowerCase());
        if (sentence.kind !== 'preferred' && !sentence.duty) requirementPhrases.add(phrase.toLowerCase());
      }
    }
    // Found once per sentence, not once per mention (a long sentence can name thousands of skills).
    const degreeWordAt = DEGREE_WORD.exec(sentence.text)?.index;
    for (const skill of found) {
      const mentions = skill.mentions.filter((m) => !isDegreeField(degreeWordAt, skill, m.start) && !isCollaborator(sentence.text, skill, m.start, m.end));
      if (mentions.length > 0) mergeSkills(sentence.kind === 'preferred' ? preferred : required, { ...skill, mentions });
    }
  }
  for (const name of required.keys()) preferred.delete(name);
  const keywords = jobKeywords(jobText);
  // "Bachelor's degree" is already said better by the keyword "Bachelor's degree in Computer Science".
  const saidByKeyword = (phrase: string): boolean => keywords.some((k) => k.toLowerCase().includes(phrase.toLowerCase()));
  const kept = unique([...phrases].slice(0, MAX_PHRASES)).filter((p) => !saidByKeyword(p));
  return {
    required: [...required.values()],
    preferred: [...preferred.values()],
    keywords,
    phrases: kept,
    preferredPhrases: kept.filter((p) => !requiredPhrases.has(p.toLowerCase())),
    dutyPhrases: kept.filter((p) => requiredPhrases.has(p.toLowerCase()) && !requirementPhrases.has(p.toLowerCase())),
  };
}
