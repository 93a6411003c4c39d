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
  ],
  experience: [
    'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history',
    'career history', 'relevant experience', 'professional background', 'positions held', 'career', 'work',
    'experience history', 'industry experience', 'professional history', 'job history',
  ],
  education: [
    'education', 'academic background', 'education and training', 'academics', 'academic qualifications',
    'educational background', 'studies', 'education and qualifications', 'qualifications', 'academic history',
  ],
  skills: [
    'skills', 'technical skills', 'core skills', 'key skills', 'skills and tools', 'competencies', 'core competencies',
    'expertise', 'areas of expertise', 'technologies', 'tech stack', 'technical proficiencies', 'skill set', 'skillset',
    'skills and technologies', 'skills and expertise', 'skills and abilities', 'professional skills', 'tools and technologies',
  ],
  projects: ['projects', 'personal projects', 'selected projects', 'key projects', 'side projects', 'open source', 'open source projects', 'portfolio', 'project experience'],
  certificates: [
    'certifications', 'certificates', 'certification', 'licenses', 'licenses and certifications', 'certifications and licenses',
    'courses and certifications', 'accreditations', 'professional certifications', 'licences', 'licences and certifications',
  ],
  links: ['links', 'online', 'online profiles', 'profiles', 'social', 'find me online', 'elsewhere', 'web'],
  languages: ['languages', 'language skills', 'spoken languages', 'language'],
  awards: ['awards', 'honors', 'honours', 'awards and honors', 'awards and honours', 'honors and awards', 'achievements', 'awards and achievements'],
  volunteer: ['volunteer', 'volunteering', 'volunteer experience', 'community involvement', 'volunteer work', 'community'],
  publications: ['publications', 'papers', 'talks', 'publications and talks', 'speaking', 'research'],
  interests: ['interests', 'hobbies', 'hobbies and interests', 'interests and hobbies', 'personal interests'],
  references: ['references', 'referees'],
  contact: ['contact', 'contact information', 'contact info', 'contact details', 'personal details', 'personal information', 'details', 'get in touch'],
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

function normalizeHeading(line: string): string {
  let text = line.trim().replace(/^#+\s*/, '').replace(/[:：.]\s*$/, '');
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

export function detectSectionHeading(line: string): SectionKind | undefined {
  // Every synonym has at least three letters: short lines (blank ones above all) are never headings,
  // and skipping them keeps a text of a million blank lines cheap. Letter-spaced headings
  // ("E D U C A T I O N") are longer than the word, hence the generous upper bound.
  if (line.length < 3 || line.length > 96 || line.includes('\t') || line.includes('@')) return undefined;
  const normalized = normalizeHeading(line);
  return HEADING_LOOKUP.get(normalized) ?? (normalized.includes(' ') ? undefined : SPACELESS_HEADING_LOOKUP.get(normalized));
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

export function splitIntoSections(text: string): SectionedResume {
  const header: string[] = [];
  const sections: ResumeSection[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trimEnd();
    const kind = detectSectionHeading(line);
    if (kind) {
      sections.push({ kind, heading: line.trim(), lines: [] });
      continue;
    }
    const current = sections.at(-1);
    if (current) current.lines.push(line);
    else header.push(line);
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
