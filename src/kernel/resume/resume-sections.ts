/** Section headings résumés use, grouped by the JSON Resume part they feed. Matched on the whole line. */
export type SectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certificates'
  | 'links'
  | 'languages'
  | 'awards'
  | 'volunteer'
  | 'publications'
  | 'interests'
  | 'references'
  | 'contact';

const SECTION_SYNONYMS: Record<SectionKind, readonly string[]> = {
  summary: [
    'summary', 'profile', 'professional summary', 'career summary', 'summary of qualifications', 'about', 'about me',
    'objective', 'career objective', 'professional profile', 'personal profile', 'overview', 'executive summary',
    'introduction', 'personal statement', 'professional overview',
    'about myself', 'career profile', 'profile summary', 'personal summary', 'professional statement', 'bio', 'biography',
    // Academic CVs open with the research they do, where other résumés put a profile.
    'research interests', 'research and professional interests', 'professional interests',
  ],
  experience: [
    'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history',
    'career history', 'relevant experience', 'professional background', 'positions held', 'career', 'work',
    'experience history', 'industry experience', 'professional history', 'job history',
    // Academic CVs list posts held as appointments.
    'appointments', 'professional appointments', 'academic appointments', 'employment record',
    // A form CV's block of each job's duties under the table of jobs.
    'duties and achievements', 'duties and responsibilities', 'main duties', 'key responsibilities',
  ],
  education: [
    'education', 'academic background', 'education and training', 'academics', 'academic qualifications',
    'educational background', 'studies', 'education and qualifications', 'qualifications', 'academic history',
    // A note typed on a phone names its sections in a word ("Work:", "School:").
    'school', 'schooling',
  ],
  skills: [
    'skills', 'top skills', 'technical skills', 'core skills', 'key skills', 'skills and tools', 'competencies', 'core competencies',
    'expertise', 'areas of expertise', 'technologies', 'tech stack', 'technical proficiencies', 'skill set', 'skillset',
    'skills and technologies', 'skills and expertise', 'skills and abilities', 'professional skills', 'tools and technologies',
    // A designed template's box of skill tags.
    'strengths', 'key strengths',
    // The European (Europass) spelling.
    'competences', 'skills and competences', 'key competences', 'personal skills and competences',
    // One heading over skill groups and a "Languages:" row (the languages reader takes that row).
    'skills and languages', 'languages and skills',
  ],
  projects: ['projects', 'personal projects', 'selected projects', 'key projects', 'side projects', 'open source', 'open source projects', 'portfolio', 'project experience'],
  certificates: [
    'certifications', 'certificates', 'certification', 'licenses', 'licenses and certifications', 'certifications and licenses',
    'courses and certifications', 'accreditations', 'professional certifications', 'licences', 'licences and certifications',
    'licences and certificates', 'licenses and certificates', 'certificates and licences', 'certificates and licenses',
    // An application form's section of the registrations a profession requires.
    'professional registration and licences', 'professional registration and licenses', 'professional registrations', 'professional registration',
  ],
  links: ['links', 'online', 'online profiles', 'profiles', 'social', 'find me online', 'elsewhere', 'web'],
  languages: ['languages', 'language skills', 'spoken languages', 'language', 'languages spoken', 'foreign languages', 'language proficiency'],
  awards: ['awards', 'honors', 'honours', 'awards and honors', 'awards and honours', 'honors and awards', 'achievements', 'awards and achievements'],
  volunteer: ['volunteer', 'volunteering', 'volunteer experience', 'community involvement', 'volunteer work', 'community'],
  publications: ['publications', 'papers', 'talks', 'publications and talks', 'papers and talks', 'publications and presentations', 'papers and presentations', 'presentations', 'speaking', 'research'],
  interests: ['interests', 'hobbies', 'hobbies and interests', 'interests and hobbies', 'personal interests'],
  references: ['references', 'referees'],
  contact: ['contact', 'contact information', 'contact info', 'contact details', 'personal details', 'personal information', 'details', 'get in touch'],
};

/**
 * Korean headings, compared without spaces ("경력 사항" = "경력사항"): Korean résumés write them with
 * and without, and often decorate them ("■ 경력사항", "[학력]", "1. 학력") — decorations are dropped
 * by `normalizeHeading`.
 */
const KOREAN_SECTION_SYNONYMS: Record<SectionKind, readonly string[]> = {
  summary: [
    '자기소개', '자기 소개', '소개', '요약', '경력요약', '경력 요약', '핵심요약', '프로필', '한줄소개', '한 줄 소개', '간단소개',
    '지원동기', '자기소개서', '커리어 요약', '개요',
  ],
  experience: [
    '경력', '경력사항', '경력 사항', '경력기술서', '경력 기술서', '경력내역', '경력 내역', '근무경력', '근무 경력', '업무경력',
    '업무 경력', '직무경험', '직무 경험', '경험', '주요경력', '주요 경력', '회사경력', '실무경험', '실무 경험', '경력 및 경험',
  ],
  education: ['학력', '학력사항', '학력 사항', '학력정보', '최종학력', '학업', '학력 및 전공', '학력 및 자격', '학력 및 자격사항', '학력 및 교육'],
  skills: [
    '기술', '보유기술', '보유 기술', '기술스택', '기술 스택', '보유역량', '보유 역량', '핵심역량', '핵심 역량', '역량', '스킬',
    '전문기술', '전문 기술', '활용 기술', '사용 기술', '기술 및 역량', '업무 역량', 'IT 활용능력', '컴퓨터 활용능력', '컴퓨터 활용 능력',
  ],
  projects: ['프로젝트', '주요 프로젝트', '프로젝트 경험', '프로젝트 경력', '참여 프로젝트', '수행 프로젝트', '포트폴리오'],
  certificates: ['자격증', '자격사항', '자격 사항', '자격증 및 면허', '자격 및 면허', '보유 자격증', '자격', '면허 및 자격증', '자격증 및 수상'],
  links: ['링크', '온라인 프로필', '웹사이트'],
  languages: ['어학', '어학능력', '어학 능력', '외국어', '외국어 능력', '어학 및 자격', '어학성적', '어학 성적', '언어'],
  awards: ['수상', '수상경력', '수상 경력', '수상내역', '수상 내역', '수상 및 활동', '수상이력', '수상 이력'],
  volunteer: ['봉사활동', '봉사 활동', '대외활동', '대외 활동', '사회활동', '대외활동 및 봉사'],
  publications: ['논문', '논문 및 발표', '발표 및 논문', '발표', '출판', '연구실적', '연구 실적', '저서'],
  interests: ['관심분야', '관심 분야', '취미', '취미 및 특기', '특기'],
  references: ['추천인', '레퍼런스'],
  contact: ['연락처', '인적사항', '인적 사항', '기본정보', '기본 정보', '개인정보', '개인 정보', '신상정보', '연락처 정보'],
};

/**
 * Letter-spaced headings ("E X P E R I E N C E", "W O R K E X P E R I E N C E", "E D U C AT I O N")
 * are common in designed templates; PDF text puts a space between every letter and loses the word
 * gaps. A line made mostly of one- and two-letter pieces is read with its spaces removed.
 */
function isLetterSpaced(text: string): boolean {
  const pieces = text.split(' ');
  return pieces.length >= 4 && pieces.every((piece) => piece.length <= 3) && pieces.filter((piece) => piece.length === 1).length >= pieces.length * 0.6;
}

/** "Section B – ", "Part 2: ": an application form's section number before its heading. */
const FORM_SECTION_NUMBER = /^(?:section|part)\s+[A-Z\d]{1,2}\s*[–—:.-]\s*/i;
/** "(most recent first)", "(if any)": a form's note after its heading. */
const HEADING_NOTE = /(?<!\s)\s*\([^()]*\)$/;

function normalizeHeading(line: string): string {
  let text = line.trim().replace(/^#+\s*/, '').replace(FORM_SECTION_NUMBER, '').replace(/[:：.]\s*$/, '');
  if (FORM_SECTION_NUMBER.test(line.trim())) text = text.trimEnd().replace(HEADING_NOTE, '');
  if (isLetterSpaced(text)) text = text.replace(/ /g, '');
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADING_LOOKUP = new Map<string, SectionKind>(
  Object.entries(SECTION_SYNONYMS).flatMap(([kind, synonyms]) => synonyms.map((synonym) => [synonym, kind as SectionKind] as const)),
);

/** The same synonyms without spaces, for letter-spaced headings whose word gaps are lost. */
const SPACELESS_HEADING_LOOKUP = new Map<string, SectionKind>([...HEADING_LOOKUP].map(([synonym, kind]) => [synonym.replace(/ /g, ''), kind] as const));

const KOREAN_HEADING_LOOKUP = new Map<string, SectionKind>(
  Object.entries(KOREAN_SECTION_SYNONYMS).flatMap(([kind, synonyms]) => synonyms.map((synonym) => [synonym.toLowerCase().replace(/ /g, ''), kind as SectionKind] as const)),
);
/**
 * Hangul, two ways. `HANGUL`: a precomposed syllable (가–힣) — "is this Korean text": a heading, a line, a title; a lone
 * jamo is not Korean writing ("ㅋㅋ" in a chat, "ㆍ" written as a middle dot in "010ㆍ1234ㆍ5678" or "자격ㆍ면허").
 * `HANGUL_SCRIPT`: any Hangul character, jamo too — the job-description and job-match readers, which have always tested the
 * script; no text of the analysis sets holds a jamo (wave 24), so the two agree there, but they are not interchangeable.
 */
export const HANGUL = /[\uAC00-\uD7A3]/;
export const HANGUL_SCRIPT = /\p{Script=Hangul}/u;

/**
 * A Korean heading, also with the total length job boards add ("경력 (총 5년 3개월)": digits and
 * brackets are already gone, "총년개월" is left) or with an English gloss that is itself a heading
 * ("경력 Experience"). A line with other words after the heading ("언어: Java, SQL") is not one.
 */
function koreanHeading(normalized: string): SectionKind | undefined {
  const spaceless = normalized.replace(/ /g, '');
  const exact = KOREAN_HEADING_LOOKUP.get(spaceless);
  if (exact) return exact;
  for (const suffix of ['총년개월', '총개월', '총년', '년개월']) {
    if (spaceless.endsWith(suffix)) return KOREAN_HEADING_LOOKUP.get(spaceless.slice(0, -suffix.length));
  }
  const words = normalized.split(' ');
  const gloss = words.filter((word) => !HANGUL.test(word)).join(' ');
  const korean = KOREAN_HEADING_LOOKUP.get(words.filter((word) => HANGUL.test(word)).join(''));
  return korean && gloss !== '' && HEADING_LOOKUP.get(gloss) === korean ? korean : undefined;
}

/** "9. EDUCATION. Give full details — …": a form's numbered question, its caption in capitals before the instructions. */
const NUMBERED_QUESTION = /^\s*\d{1,2}\.\s+(?=\p{Lu})/u;
const NUMBERED_QUESTION_MAX_CHARS = 200;
/** Words of a question's caption that must be there before any of them names a section ("STATE ANY OTHER RELEVANT FACTS, INCLUDING SKILLS"). */
const QUESTION_MIN_WORDS = 4;

/**
 * A numbered question of an application form (the UN's P.11, a bio-data form): "9. EDUCATION. Give
 * full details …", "11. EMPLOYMENT RECORD: Starting with your present post, …", "12. STATE ANY OTHER
 * RELEVANT FACTS, INCLUDING SKILLS.". The caption (the capitals up to the first full stop or colon)
 * is a heading when it is one, or when it is a question of several words that names one.
 */
function numberedQuestionHeading(line: string): SectionKind | undefined {
  if (line.length > NUMBERED_QUESTION_MAX_CHARS || line.includes('\t') || !NUMBERED_QUESTION.test(line)) return undefined;
  const rest = line.replace(NUMBERED_QUESTION, '');
  const stop = rest.search(/[.:：](?:\s|$)/);
  const caption = stop < 0 ? rest : rest.slice(0, stop);
  if (caption !== caption.toUpperCase() || !/\p{Lu}{3}/u.test(caption)) return undefined;
  const words = normalizeHeading(caption).split(' ').filter(Boolean);
  const exact = HEADING_LOOKUP.get(words.join(' '));
  if (exact || words.length < QUESTION_MIN_WORDS) return exact;
  for (let index = 0; index < words.length; index++) {
    const kind = HEADING_LOOKUP.get(words.slice(index, index + 2).join(' ')) ?? HEADING_LOOKUP.get(words[index]!);
    if (kind) return kind;
  }
  return undefined;
}

export function detectSectionHeading(line: string): SectionKind | undefined {
  const question = numberedQuestionHeading(line);
  if (question) return question;
  // Every synonym has at least two letters (Korean "경력", "학력"; English ones three): short lines
  // (blank ones above all) are never headings, and skipping them keeps a text of a million blank
  // lines cheap. Letter-spaced headings ("E D U C A T I O N") are longer than the word, hence the
  // generous upper bound.
  if (line.length < 2 || line.length > 96 || line.includes('\t') || line.includes('@')) return undefined;
  // "projects." under "- Supervised two students through their research": the tail of a wrapped
  // sentence (lower case, full stop), however much it looks like a heading word.
  if (/^\s*\p{Ll}/u.test(line) && line.trimEnd().endsWith('.')) return undefined;
  const normalized = normalizeHeading(line);
  if (HANGUL.test(normalized)) return koreanHeading(normalized) ?? joinedHeading(normalized);
  return HEADING_LOOKUP.get(normalized) ?? (normalized.includes(' ') ? kernedCapitalsHeading(line) ?? joinedHeading(normalized) : SPACELESS_HEADING_LOOKUP.get(normalized));
}

/** "and", "및" (also "&", "·" and "/", which normalising has made " and " and spaces). */
const HEADING_JOINER = / (?:and|및) /;
const MAX_JOINED_HEADINGS = 3;

/**
 * "Certifications & Languages", "자격 및 어학", "자격·어학": two or three headings joined, each one a
 * heading by itself; the section is read as the first one's kind (a list of certificates, then the
 * language scores). Korean parts may be joined by a bare "·" or "/" too, which leaves only a space.
 */
function joinedHeading(normalized: string): SectionKind | undefined {
  let parts = normalized.split(HEADING_JOINER);
  // "자격 어학" (from "자격·어학"), never a Korean heading with an English word after it ("경력 Education").
  if (parts.length === 1 && HANGUL.test(normalized)) parts = normalized.split(' ').every((word) => HANGUL.test(word)) ? normalized.split(' ') : [];
  if (parts.length < 2 || parts.length > MAX_JOINED_HEADINGS) return undefined;
  const kinds = parts.map((part) => (HANGUL.test(part) ? KOREAN_HEADING_LOOKUP.get(part.replace(/ /g, '')) : HEADING_LOOKUP.get(part)));
  return kinds.every((kind) => kind !== undefined) ? kinds[0] : undefined;
}

/**
 * "S UM M ARY", "E XP E R I E N C E": a letter-spaced heading in capitals whose kerning pairs a
 * PDF set close enough to read as one word, so pieces of up to three letters; spelled without
 * its spaces it must be a known heading.
 */
function kernedCapitalsHeading(line: string): SectionKind | undefined {
  const pieces = line.trim().split(/\s+/);
  if (pieces.length < 3 || !pieces.every((piece) => /^\p{Lu}{1,3}$/u.test(piece))) return undefined;
  return SPACELESS_HEADING_LOOKUP.get(pieces.join('').toLowerCase());
}

export interface ResumeSection {
  kind: SectionKind;
  heading: string;
  lines: string[];
}

export interface SectionedResume {
  /** Lines before the first recognised heading: normally the name, headline and contact line. */
  header: string[];
  sections: ResumeSection[];
}

/** Heading words a form also labels a row with ("School⇥Harper Adams University"): headings only on a line of their own. */
const ROW_LABELS = new Set(['school']);

/**
 * A heading set in the left margin on the same baseline as the section's first line (res.cls,
 * Europass-like and two-column CVs): "EMPLOYMENT⇥Finance Manager, Terry and Sons⇥May 2024 – Today".
 * The first cell is taken as a heading when it is one and is set apart as headings are: in capitals,
 * or opening a block (first line, or after a blank line). A label row inside a section ("Languages⇥Go,
 * Rust" in a skills table) follows other rows and is neither, so it stays a line.
 */
function hangingHeading(line: string, previousLine: string | undefined): { kind: SectionKind; heading: string; rest: string } | undefined {
  const tab = line.indexOf('\t');
  if (tab <= 0) return undefined;
  const heading = line.slice(0, tab).trim();
  const rest = line.slice(tab + 1).trim();
  if (rest === '') return undefined;
  const kind = detectSectionHeading(heading);
  if (!kind || ROW_LABELS.has(normalizeHeading(heading))) return undefined;
  const inCapitals = heading === heading.toUpperCase() && /\p{Lu}{3}/u.test(heading);
  const opensBlock = previousLine === undefined || previousLine.trim() === '';
  return inCapitals || opensBlock ? { kind, heading, rest } : undefined;
}

/** "=======", "-------": the rule a plain-text résumé draws under a heading (setext style). */
function isRule(line: string | undefined): boolean {
  return line !== undefined && /^\s*(?:={3,}|-{3,}|_{3,}|~{3,}|\*{3,})\s*$/.test(line);
}

/**
 * An underlined line in capitals is a heading by its form, whatever its words: "LANGUAGES SPOKEN",
 * "TECHNICAL SKILLS & TOOLS". When the whole line is no known heading, its first word or pair of
 * words that is one says which section it opens.
 */
function underlinedHeading(line: string): SectionKind | undefined {
  // In capitals as headings are; "Social Media Manager" underlined is an entry, not the links section.
  if (line !== line.toUpperCase()) return undefined;
  const words = normalizeHeading(line).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  for (let index = 0; index < words.length; index++) {
    const kind = HEADING_LOOKUP.get(words.slice(index, index + 2).join(' ')) ?? HEADING_LOOKUP.get(words[index]!);
    if (kind) return kind;
  }
  return undefined;
}

/** The run of one- and two-capital pieces ending a longer line, when they spell a heading ("S U M M A R Y"). */
function trailingLetterSpacedHeading(line: string): { kind: SectionKind; heading: string; before: string } | undefined {
  const pieces = line.trimEnd().split(' ');
  let start = pieces.length;
  while (start > 0 && /^\p{Lu}{1,2}$/u.test(pieces[start - 1]!)) start--;
  if (start === 0 || pieces.length - start < 4 || line.includes('\t')) return undefined;
  const heading = pieces.slice(start).join(' ');
  if (!isLetterSpaced(heading)) return undefined;
  const kind = SPACELESS_HEADING_LOOKUP.get(heading.replace(/ /g, '').toLowerCase());
  return kind ? { kind, heading, before: pieces.slice(0, start).join(' ').trimEnd() } : undefined;
}

export function splitIntoSections(text: string): SectionedResume {
  const header: string[] = [];
  const sections: ResumeSection[] = [];
  let previousLine: string | undefined;
  /** Whether the section being filled has a non-blank line yet (kept as a flag: rescanning would be quadratic). */
  let openHasContent = false;
  const lines = text.split('\n');
  for (const [index, rawLine] of lines.entries()) {
    // A rule under a heading is decoration: kept as a blank line so blocks stay apart. In the header
    // it stays as written, so contactHeaderEnd's offset (the sum of header line lengths) stays exact.
    const line = isRule(rawLine) && sections.length > 0 ? '' : rawLine.trimEnd();
    const before = previousLine;
    previousLine = line;
    const kind = detectSectionHeading(line) ?? (isRule(lines[index + 1]) && !line.includes('\t') ? underlinedHeading(line) : undefined);
    const open = sections.at(-1);
    // "Technical Skills" / "Languages" / "Go, TypeScript": a skills heading with nothing under it yet
    // is followed by its first group's label (programming languages), not by the languages section.
    const groupLabel = kind === 'languages' && open?.kind === 'skills' && !openHasContent;
    if (kind && !groupLabel) {
      sections.push({ kind, heading: line.trim(), lines: [] });
      openHasContent = false;
      continue;
    }
    // "… | linkedin.com/in/olliekutch P R O F E S S I O N A L S U M M A R Y": a letter-spaced heading
    // that PDF text joined onto the end of the line above it.
    const trailing = kind ? undefined : trailingLetterSpacedHeading(line);
    if (trailing) {
      if (open) open.lines.push(trailing.before);
      else header.push(trailing.before);
      sections.push({ kind: trailing.kind, heading: trailing.heading, lines: [] });
      openHasContent = false;
      continue;
    }
    const hanging = line.includes('\t') ? hangingHeading(line, before) : undefined;
    if (hanging) {
      sections.push({ kind: hanging.kind, heading: hanging.heading, lines: [hanging.rest] });
      openHasContent = true;
      continue;
    }
    if (open) {
      open.lines.push(line);
      openHasContent ||= line.trim() !== '';
    } else {
      header.push(line);
    }
  }
  return { header, sections };
}

/** All lines of every section of a kind, in document order (a résumé can repeat a heading across columns or pages). */
export function linesOfKind(sectioned: SectionedResume, kind: SectionKind): string[] {
  return sectioned.sections.filter((section) => section.kind === kind).flatMap((section) => [...section.lines, '']);
}

/**
 * Where a résumé's contact header ends (name, email, phone, links): the lines before the first
 * section heading, or the first five lines when no heading is found.
 */
export function contactHeaderEnd(text: string): number {
  const { header, sections } = splitIntoSections(text);
  const lines = sections.length > 0 ? header : text.split('\n').slice(0, 5);
  return lines.join('\n').length;
}

/** The résumé without its contact header: what an AI model may see (it needs the work, not the person). */
export function withoutContactHeader(text: string): string {
  return text.slice(contactHeaderEnd(text)).replace(/^\s+/, '');
}
