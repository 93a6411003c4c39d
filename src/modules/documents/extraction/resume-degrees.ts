// Degree vocabulary as data: the abbreviations degrees go by across countries, the nouns
// qualifications are named with ("… Diploma", "… Certificate"), the subjects a "Bachelor of …"
// is conventionally named after, and the honours and grade phrases that follow a degree but never
// name its field. The parser asks these tables instead of growing one regular expression per layout.

/**
 * Degree abbreviations, written without dots or spaces and in lower case ("B.Sc." → bsc, "Ph. D" →
 * phd): UK/Commonwealth, US, Indian, European and Nordic forms.
 */
const DEGREE_ABBREVIATIONS = new Set([
  'ba', 'bs', 'bsc', 'bas', 'basc', 'bappsc', 'bcom', 'bcomm', 'bba', 'bbus', 'bec', 'bed', 'beng', 'be', 'btech', 'barch', 'bdes', 'bfa',
  'bmus', 'bm', 'bmath', 'bn', 'bnurs', 'bsn', 'bpharm', 'bpt', 'bphty', 'bds', 'bdent', 'bvsc', 'bvms', 'bvetmed', 'bsw', 'bss', 'bca',
  'bhsc', 'bhs', 'bhm', 'bth', 'bphil', 'llb', 'llm', 'jd', 'md', 'mbbs', 'mbchb', 'dds', 'dmd', 'dvm', 'vmd', 'mvm', 'pharmd', 'dpt', 'dnp',
  'ma', 'ms', 'msc', 'mas', 'masc', 'mcom', 'mba', 'emba', 'mbus', 'med', 'meng', 'me', 'mtech', 'march', 'mdes', 'mfa', 'mmus', 'mphil',
  'mres', 'mlitt', 'mst', 'mpa', 'mph', 'mpp', 'msw', 'msn', 'mpharm', 'mpt', 'mlis', 'mls', 'mlib', 'mis', 'mca', 'mfin', 'macc', 'mhsc',
  'aa', 'aas', 'phd', 'dphil', 'edd', 'psyd', 'dba', 'dsc', 'mdiv', 'ing', 'dipling', 'bc', 'mgr', 'lic', 'hnd', 'hnc', 'gcse', 'nvq', 'btec', 'mbo',
]);

/** Nouns that end a qualification's name: "Vocational Certificate", "Higher National Diploma", "Associate Degree". */
const QUALIFICATION_NOUNS = new Set(['diploma', 'certificate', 'degree', 'diplôme', 'certification', 'apprenticeship', 'licence', 'license', 'qualification']);

/**
 * Subjects a "Bachelor of …" / "Master of …" is named after: with one of these the whole phrase is
 * the degree ("Bachelor of Architecture", "Master of Information Science"); otherwise the phrase
 * names the field of a bare level ("Bachelor of Hotel Management" → Bachelor, Hotel Management).
 */
const NAMED_DEGREE_SUBJECTS = new Set([
  'science', 'sciences', 'arts', 'engineering', 'architecture', 'commerce', 'economics', 'education', 'laws', 'law', 'music', 'fine arts',
  'design', 'nursing', 'pharmacy', 'medicine', 'surgery', 'dental surgery', 'dental science', 'veterinary science', 'technology',
  'philosophy', 'letters', 'divinity', 'theology', 'mathematics', 'social work', 'social science', 'social sciences', 'applied science',
  'applied sciences', 'health science', 'health sciences', 'business administration', 'public administration', 'public health',
  'public policy', 'information science', 'information technology', 'computer applications', 'computer science', 'accountancy',
  'accounting', 'physiotherapy', 'communication', 'communications', 'culinary arts', 'journalism', 'finance', 'management',
  'business', 'business management', 'studies', 'research', 'literature', 'psychology', 'library science', 'library and information science',
  'urban planning', 'landscape architecture', 'environmental science', 'agriculture', 'forestry',
]);

/** Honours, classes and grades written after a degree ("With distinction", "Cum laude", "CGPA 4.21 / 5.00"). */
const HONOURS_WORDS = /^(?:with\s+(?:high(?:est)?\s+)?(?:distinction|merit|honou?rs)|(?:summa|magna)?\s*cum\s+laude|distinction|merit|pass|first[- ]class|(?:upper|lower)?\s*second[- ]class|third[- ]class|honou?rs|red\s+diploma|final\s+(?:mark|grade)\b|mark\b|(?:c?gpa|grade|score|average)\b)/i;

/** An honours or grade phrase: what follows a degree without naming its field. */
export function isHonoursOrGrade(text: string): boolean {
  return HONOURS_WORDS.test(text.trim());
}

/**
 * The length of a degree abbreviation opening the text ("BVSc", "B.Sc.", "MLIS", "Ph. D."), 0 when
 * none does. It must start with a capital and end where a word ends.
 */
export function degreeAbbreviationLength(text: string): number {
  if (!/^\p{Lu}/u.test(text)) return 0;
  // Letters, dots, hyphens and single spaces after a dot: "B. Sc.", "Dipl.-Ing.".
  const match = /^\p{L}{1,6}(?:(?:\.\s?-?|-)?\p{L}{1,5}){0,3}\.?/u.exec(text);
  if (!match) return 0;
  // Try the longest prefix first, then shorter ones ending at a dot ("Ph.D. Physics").
  for (let end = match[0].length; end > 0; end--) {
    const candidate = match[0].slice(0, end);
    const after = text[end] ?? '';
    if (after !== '' && !/[\s,;:(–—-]/.test(after)) continue;
    if (DEGREE_ABBREVIATIONS.has(candidate.replace(/[.\s-]/g, '').toLowerCase())) return end;
  }
  return 0;
}

/** "Cert", "Cert.": how a certificate's name is shortened ("Cert III in …", "Cert. Marine Engine Maintenance"). */
const CERTIFICATE_SHORT = /^cert\.?$/i;
/** Words a number after them ranks a qualification by: "Level 3 Diploma", "Year 12 Certificate", "Form 7 Certificate". */
const RANK_WORDS = new Set(['level', 'year', 'form', 'grade', 'stage']);
/** A framework's rank after a qualification's noun: "Certificate III", "Certificate IV", "Diploma 2". */
const RANK_AFTER_NOUN = /^(?:i{1,3}|iv|v|vi|\d)$/i;

/**
 * The qualification's name opening the text ("Vocational Certificate", "Higher National Diploma",
 * "Level 3 Diploma", "Year 12 Certificate", "Certificate IV", "Cert III"): up to three capitalised words
 * (or a rank word and its number) and a qualification noun, with a framework's rank after the noun.
 * `written` is how much of the text it takes, `name` the name with a shortened "Cert" spelled out.
 */
export function qualificationName(text: string): { written: number; name: string } | undefined {
  const words = text.split(' ');
  let length = 0;
  for (let index = 0; index < Math.min(words.length, 4); index++) {
    const word = words[index]!;
    const bare = word.replace(/[,;:]$/, '');
    length += (index > 0 ? 1 : 0) + bare.length;
    const certificate = CERTIFICATE_SHORT.test(bare) && (index === words.length - 1 || bare !== word || /^\p{Lu}/u.test(words[index + 1]!));
    if (QUALIFICATION_NOUNS.has(bare.toLowerCase()) || certificate) {
      const rank = bare === word ? words[index + 1]?.replace(/[,;:]$/, '') : undefined;
      const written = rank !== undefined && RANK_AFTER_NOUN.test(rank) ? length + 1 + rank.length : length;
      return { written, name: certificate ? `${text.slice(0, length - bare.length)}Certificate${text.slice(length, written)}` : text.slice(0, written) };
    }
    const ranked = index > 0 && RANK_WORDS.has(words[index - 1]!.toLowerCase()) && /^\d{1,2}$/.test(bare);
    if ((!/^\p{Lu}[\p{L}'’-]*$/u.test(bare) && !ranked) || bare !== word) return undefined;
  }
  return undefined;
}

/** The length of a qualification's name opening the text (see `qualificationName`), 0 when none. */
export function qualificationNameLength(text: string): number {
  return qualificationName(text)?.written ?? 0;
}

/**
 * School-leaving examinations and certificates, each a whole qualification without a field: "GCSEs (8)",
 * "A Levels: Geography, Maths", "NCEA Level 3", "CXC (6 subjects)", and the same qualification in the
 * languages the sets show ("Matura (Economics and Law)", "Baccalauréat ES", "Bachillerato en Educación Media",
 * "Batxillerat (science track)", "HHX – Higher Commercial Examination", "Studentereksamen", "Abitur"). What
 * follows them is a stream, a list of subjects or a gloss; it never names a field of study, as every set's truth
 * has it. Written as the boards write them: "Cape Town" is no CAPE. ("Bachiller" stays a degree: in Peru it is
 * the university's first degree, named with its field.)
 */
const SCHOOL_EXAMINATIONS =
  /^(?:I?GCSEs?|GCE (?:O|A|AS|Ordinary|Advanced)[- ][Ll]evels?|(?:A|AS|O)[- ][Ll]evels?|CXC(?: CSEC)?|CSEC|CAPE|NCEA Level \d|International Baccalaureate(?: Diploma)?|IB Diploma|Matura|Maturità|Abitur|Baccalaur[ée]at|Bachillerato|Batxillerat|Studentereksamen|Studentexamen|HHX|HTX|STX)(?=[\s,;:(–—-]|$)/;

/** The school-leaving examination opening the text ("GCSEs", "A Levels", "NCEA Level 3"), undefined when none. */
export function schoolExamination(text: string): string | undefined {
  return SCHOOL_EXAMINATIONS.exec(text)?.[0];
}

/**
 * "NVQ Level 2", "CVQ Level 2 Upholstery", "MBO-4 Procestechniek", "MBO niveau 3": a framework's level after a
 * qualification's abbreviation is part of its name, spelled "Level n" however it was written. `written` is how
 * much of the text it takes (0 when no level follows).
 */
export function levelAfterQualification(rest: string): { written: number; name: string } {
  const level = /^(?: level |-| niveau )(\d{1,2})(?=[\s,;:(]|$)/i.exec(rest);
  if (!level) return { written: 0, name: '' };
  return { written: level[0].length, name: / level /i.test(level[0]) ? level[0] : ` Level ${level[1]}` };
}

/** Whether "Bachelor of <subject>" names a degree by its subject ("Science", "Architecture and Planning"). */
export function isNamedDegreeSubject(subject: string): boolean {
  const words = subject.trim().toLowerCase().replace(/\s+/g, ' ');
  if (NAMED_DEGREE_SUBJECTS.has(words)) return true;
  // "Architecture and Planning", "Science and Technology": a named subject joined to another.
  const joined = /^(.+?) (?:and|&) /.exec(words);
  return joined !== null && NAMED_DEGREE_SUBJECTS.has(joined[1]!);
}

/**
 * Stems of the words schools are called by in other languages, found inside compounds as well
 * ("Handelshøgskolen", "ammattikorkeakoulu", "Fagskolen"): Nordic, Finnish, Polish, Czech, Portuguese, Dutch.
 */
const SCHOOL_STEMS = ['skole', 'skola', 'koulu', 'universitet', 'yliopisto', 'uniwersytet', 'univerzit', 'universidade', 'faculdade', 'politechnik', 'akademi', 'hogeschool', 'gymnasium', 'vysoká škola', 'instituto', 'escola'];

/** A school named in a language other than English ("Bergen tekniske fagskole", "Uniwersytet Warszawski"). */
export function namesSchoolInOtherLanguage(text: string): boolean {
  const lower = text.toLowerCase();
  return SCHOOL_STEMS.some((stem) => lower.includes(stem));
}

/**
 * Degree names in Spanish, Portuguese and Italian that open a line the way "Bachelor" does
 * ("Técnico en Operación de Grúa Torre", "Licenciatura em Letras", "Ingeniería Agroindustrial"):
 * the level, then (after "en"/"em" or directly) the field.
 */
const FOREIGN_DEGREE_NAMES = /^(?:licenciatura|licenciad[oa]|bachiller|t[ée]cnic[oa](?: superior| profesional)?|tecn[óo]log[oa]|maestr[íi]a|mag[íi]ster|doctorado|ingenier[íi]a|bacharelado|bacharel|mestrado|doutorado|laurea(?: magistrale| triennale)?)(?=[\s,;:(]|$)/i;

/** The length of a Spanish, Portuguese or Italian degree name opening the text ("Técnico", "Licenciatura"), 0 when none does. */
export function foreignDegreeLength(text: string): number {
  return FOREIGN_DEGREE_NAMES.exec(text)?.[0].length ?? 0;
}

const STUDY_MODE_AFTER_COMMA = /,\s*(?:part[- ]time|full[- ]time|distance(?: learning)?|by distance|evenings?|online)$/i;

/** A study mode in brackets after a degree's name: "Bachelor of Tourism (extramural)", "(part-time)", "(part-time studies)". */
const BRACKETED_STUDY_MODE = /^\s*\((?:part[- ]time|full[- ]time|distance(?: learning)?|extramural|external|correspondence|evenings?|online)(?: stud(?:y|ies)| programme| course)?\)\s*$/i;

/** Whether the text is only a study mode in brackets ("(extramural)"): a note on how the degree was taken, no field. */
export function isBracketedStudyMode(text: string): boolean {
  return BRACKETED_STUDY_MODE.test(text);
}

/**
 * A field of study without the note in brackets after it: a study mode ("(part-time)", "(evening, in
 * progress)", cut at its comma as "(evening"), the hours, a specialisation or a translation. The
 * field is what the degree is in; the bracket only says more about it. A level ("(Level 4)") stays.
 */
export function withoutBracketedNote(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  // The study mode after a comma is such a note too ("Water Engineering, part-time").
  const field = written.replace(STUDY_MODE_AFTER_COMMA, '');
  const open = field.lastIndexOf(' (');
  if (open <= 0) return field;
  const note = field.slice(open + 2);
  // Only a last bracket closing the field (or cut open by a comma) is a note; "(Agriculture) Special" is not.
  if (note.includes('(') || (note.includes(')') && !note.endsWith(')'))) return field;
  // "Cookery (Level 4)": a qualification's level names which qualification it is, so it stays.
  if (/^level\s?\d/i.test(note)) return field;
  return field.slice(0, open).trim() || field;
}
