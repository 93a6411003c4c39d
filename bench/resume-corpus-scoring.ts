// Field accuracy of the résumé parser on the rendered corpus (test/fixtures/resume-corpus/), scored
// against the JSON Resume each document was rendered from. Shared by `npm run bench -- resume-corpus`
// and test/unit/extraction/resume-corpus.spec.ts, so the floors the spec asserts are the figures the
// bench prints.
//
// Matching rules (all text compared after normalisation: lower case, accents kept, punctuation and
// runs of whitespace folded to one space):
// - name, label, email, city, summary: equal after normalisation (summary: token F1 ≥ 0.8); a field
//   absent from the truth counts as right only when the parser leaves it empty too.
// - phone: same digits after dropping a leading country code or trunk 0 (national significant number).
// - links: F1 of the set of URLs (scheme, `www.` and trailing `/` ignored) over basics.url + profiles.
// - work: each true job is aligned to the unused parsed job with the best employer/title similarity;
//   title, employer, location, start, end are then compared per true job (a missing job fails all);
//   highlights: a true highlight counts when the aligned job has one with token F1 ≥ 0.8; a parsed
//   job aligned to nothing lowers the `jobs` field (F1 of the number of jobs found).
// - education: aligned the same way by institution; institution, degree (studyType), area, dates
//   (start and end both right). Degrees are compared by name, not spelling (since wave 16): "B.Sc.", "BSc",
//   "BSc (Hons)" and "Bachelor of Science" are one degree, because the sets' truths write the same degree
//   both ways (the document's "BSc" as "Bachelor of Science" in one set, "Bachelor of Engineering" as
//   "B.Eng." in another) and no spelling a parser picks could match them all.
// - skills and languages: set F1 of the normalised names (skills flattened from groups' keywords).
// - the floor of edu.degree and edu.area (since wave 24, beside the figures, which it does not change): a truth
//   value is attainable when it, or every word of it, appears in the document's extracted text (a degree also
//   by an abbreviation of its name, "BSc" for "Bachelor of Science", or the reverse), and so is every value the
//   parser got right (a reading produced it: "Cert IV" read as "Certificate IV"). Truths written in another
//   language than the document ("Licenciatura en Comercio Internacional" → area "International Trade") are not:
//   no reading of the document can produce them. An empty truth is attainable (the right answer is to leave it empty).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonResume } from '../src/kernel/resume/json-resume.js';
import { extractDetectedDocument } from '../src/modules/documents/extraction/extract-by-kind.js';
import type { DocumentKind } from '../src/modules/documents/extraction/file-type-detector.js';
import { parseResume } from '../src/modules/documents/extraction/resume-parser.js';

export const CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus');
/** The Korean corpus (issue #11), built by scripts/build-korean-resume-corpus.mjs; scored by the same rules. */
export const KOREAN_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-ko');
/**
 * The fresh test set (issue #10 §2): new people and professions rendered by every renderer, all on
 * the test side and frozen by hash before any figure on it was seen. Both halves of the first corpus
 * are tuning data for it (the first test half had been looked at while tuning).
 */
export const FRESH_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-fresh');
/**
 * The held-back set (issue #10 §2): 24 faker people in six locales rendered by eight layouts neither
 * corpus above uses, built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; its mismatches are never printed.
 */
export const HOLDOUT_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout');
/**
 * The second held-back set (issue #10 §2, wave 6): 28 faker people in eight locales and fourteen new
 * occupations rendered by eight layouts no set above uses, built by an engineer who does not tune the
 * parser and frozen (manifest.json, test-split.sha256) before any figure on it was computed. Never
 * tuned on; its mismatches are never printed.
 */
export const HOLDOUT2_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout2');
/**
 * The third held-back set (issue #10 §2, wave 7): 30 faker people in ten locales no set above uses and
 * fifteen new occupations, rendered by eight layouts no set above uses, built by an engineer who does not
 * tune the parser and frozen (manifest.json, test-split.sha256) before any figure on it was computed.
 * Never tuned on; only its aggregates are ever printed.
 */
export const HOLDOUT3_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout3');
/**
 * The fourth held-back set (issue #10 §2, wave 8): 30 faker people in ten locales no set above uses,
 * fifteen new occupations and career stages (students, career changers, people back from a break,
 * seniors with six jobs), rendered by eight layouts no set above uses, built by an engineer who does not
 * tune the parser and frozen (manifest.json, test-split.sha256) before any figure on it was computed.
 * Never tuned on; only its aggregates are ever printed.
 */
export const HOLDOUT4_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout4');
/**
 * The fifth held-back set (issue #10 §2, wave 9): 30 faker people in ten locales no set above uses,
 * fifteen new occupations and career stages (students, career changers, contractors with several
 * clients, people back from a break), rendered by eight layouts no set above uses, built by an engineer
 * who does not tune the parser and frozen (manifest.json, test-split.sha256) before any figure on it was
 * computed. Never tuned on; only its aggregates are ever printed.
 */
export const HOLDOUT5_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout5');
/**
 * The sixth held-back set (issue #10 §2, wave 10): 30 faker people in ten locales no set above uses
 * (Cyrillic, Georgian and Armenian names romanised as passports write them), fifteen new occupations,
 * career stages and date styles, rendered by eight layouts no set above uses, built by an engineer who
 * does not tune the parser and frozen (manifest.json, test-split.sha256) before any figure on it was
 * computed. Never tuned on; only its aggregates are ever printed.
 */
export const HOLDOUT6_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout6');
/**
 * The seventh held-back set (issue #10 §2, wave 11): 30 people written out one by one, 22 in English from
 * eleven countries no set above has and 8 Koreans in Korean, thirty new occupations, rendered by eight
 * layouts no set above uses (a photo-header table and the Korean 표준 이력서, a job site's printed résumé
 * view, Google Docs' Serif, a DOCX form of tables and its LibreOffice PDF, a DOCX left panel, currvita,
 * box-drawing text), built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates are ever printed.
 */
export const HOLDOUT7_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout7');

/**
 * The eighth held-back set (issue #10 §2, wave 12): 30 people written out one by one, 22 in English from
 * eleven countries no set above has and 8 Koreans in Korean, thirty new occupations, rendered by eight
 * layouts no set above uses (an infographic with skill bars, a job site's résumé download — Indeed's, and
 * 사람인's for the Koreans —, Markdown printed by VS Code's Markdown PDF, the Markdown itself, an employer's
 * application form and the NCS 입사지원서 as DOCX, the Harvard template as a DOCX saved by LibreOffice from ODT,
 * europecv, an outline-numbered text), built by an engineer who does not tune the parser and frozen
 * (manifest.json, test-split.sha256) before any figure on it was computed. Never tuned on; only its
 * aggregates are ever printed.
 */
export const HOLDOUT8_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout8');
/**
 * The ninth held-back set (issue #10 §2, wave 13): 30 people written out by hand, 22 in English from
 * eleven countries no earlier set has and 8 Koreans in Korean, rendered by eight layouts of its own (a
 * profile print grouping roles by employer — 잡코리아's print for the Koreans —, a USAJOBS-style print —
 * 고용24's for the Koreans —, a shaded-sidebar template and a dates-column table from LibreOffice, simplecv,
 * Word's chronological template — 이력서 및 자기소개서 for the Koreans —, plain text with right-aligned dates,
 * Markdown with nested lists), built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates are ever printed.
 */
export const HOLDOUT9_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout9');
/**
 * The tenth held-back set (issue #10 §2, wave 14): 30 people written out by hand, 22 in English from
 * eleven countries no earlier set has and 8 Koreans in Korean, rendered by eight layouts of its own (a
 * cover letter and résumé in one PDF — 자기소개서 then 이력서 for the Koreans —, a 원티드 (Wanted) résumé print,
 * a rirekisho-style year/month grid — the stationery 이력서 for the Koreans — saved as DOCX by LibreOffice,
 * a gutter timeline exported to PDF by LibreOffice, an academic CV with margin dates and publications in
 * LuaLaTeX, a Word template of text frames, an e-mail body hard-wrapped at 72 columns, Markdown with a jobs
 * table), built by an engineer who does not tune the parser and frozen (manifest.json, test-split.sha256)
 * before any figure on it was computed. Never tuned on; only its aggregates are ever printed.
 */
export const HOLDOUT10_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout10');
/**
 * The eleventh held-back set (issue #10 §2, wave 15): 30 people written out by hand, 22 in English from
 * eleven countries no earlier set has and 8 Koreans in Korean, rendered by eight layouts of its own (Google
 * Docs' Spearmint template, a job board's fielded profile print — 인크루트's for the Koreans —, a LuaLaTeX
 * skills matrix, a narrative CV of one paragraph per job saved as DOCX by LibreOffice, a career history
 * alone — a 경력기술서 without an 이력서 for the Koreans — exported to PDF by LibreOffice, an Office template of
 * content controls, a plain-text résumé of labelled fields, Markdown definition lists), built by an engineer
 * who does not tune the parser and frozen (manifest.json, test-split.sha256) before any figure on it was
 * computed. Never tuned on; only its aggregates are ever printed, and only when `held-back` is asked for.
 */
export const HOLDOUT11_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout11');
/**
 * The twelfth held-back set (issue #10 §2, wave 16): 30 people written out by hand, 22 in English from
 * eleven countries no earlier set has and 8 Koreans in Korean, rendered by eight layouts of its own (Google
 * Docs' Swiss template, a career site's profile print — 리멤버's for the Koreans —, TeX Live's curve class
 * with wrapping date keys, a two-page résumé with a continuation header exported to PDF by LibreOffice, a
 * functional résumé saved as DOCX by LibreOffice, a CV with a personal-details table and referees — a 사람인
 * 자유양식 이력서 for the Koreans —, an e-mail thread with the résumé quoted, Markdown with emoji contact
 * items), built by an engineer who does not tune the parser and frozen (manifest.json, test-split.sha256)
 * before any figure on it was computed. Never tuned on; only its aggregates are ever printed, and only when
 * `held-back` is asked for.
 */
export const HOLDOUT12_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout12');
/**
 * The thirteenth held-back set (issue #10 §2, wave 17): 30 people written out by hand, 22 in English from
 * eleven countries and territories no earlier set has and 8 Koreans in Korean, rendered by eight layouts of its
 * own (Google Docs' Coral template, a P.11 personal history form — an 알바몬 résumé print for the Koreans —, a
 * résumé builder's download with "to Current" dates — a 잡플래닛 print for the Koreans —, moderncv's casual
 * style with the contact in the footer, a LibreOffice PDF whose sidebar is a text frame, a DOCX with a
 * reviewer's tracked changes and a comment, a LinkedIn-style profile pasted as text, R Markdown for pagedown's
 * résumé template), built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates are ever
 * printed, and only when `held-back` is asked for.
 */
export const HOLDOUT13_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout13');
/**
 * The fourteenth held-back set (issue #10 §2, wave 18): 30 more people written out by hand (22 in English from
 * eleven countries and territories no earlier set has, 8 Koreans in Korean), rendered by eight layouts of its
 * own (an AltaCV-like two-column PDF with skill tags and rating dots, a Deedy-like PDF with a narrow left column,
 * a careers portal's application review page printed from the browser — a Korean ATS preview for the Koreans —,
 * a webmail print of the e-mail the résumé was typed into — Gmail, 네이버 메일 —, a Word file with outline-numbered
 * headings, Word's "Save As Plain Text", a Material for MkDocs page, an Obsidian note), built by an engineer who
 * does not tune the parser and frozen (manifest.json, test-split.sha256) before any figure on it was computed.
 * Never tuned on; only its aggregates are ever printed, and only when `held-back` is asked for.
 */
export const HOLDOUT14_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout14');
/**
 * The fifteenth held-back set (issue #10 §2, wave 19): 30 more people written out by hand (22 in English from
 * eleven countries and territories no earlier set has, 8 Koreans in Korean), rendered by eight layouts of its
 * own (Google Docs' "Modern Writer" template, a spreadsheet résumé printed with gridlines — the Koreans' 엑셀
 * 이력서 grid —, a job application web form with the plain-text résumé pasted into its box, a GitHub Pages site
 * on the Jekyll "minimal" theme, a Reactive Resume export, a Word file typed with Shift+Enter line breaks, the
 * text copied out of a PDF viewer, a Logseq page), built by an engineer who does not tune the parser and frozen
 * (manifest.json, test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates
 * are ever printed, and only when `held-back` is asked for.
 */
export const HOLDOUT15_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout15');
/**
 * The sixteenth held-back set (issue #10 §2, wave 20): 30 more people written out by hand (22 in English from
 * eleven countries and territories no earlier set has, 8 Koreans in Korean), rendered by eight layouts of its
 * own (an Apple Pages-like two-column template, a Hugo "resume" theme site printed from the browser, a job
 * board profile print — a 사람인-like 이력서 view for the Koreans —, a résumé builder's export like resume.io's
 * "Stockholm", a Google Docs résumé downloaded as .docx, the text copied out of a LinkedIn profile page, a
 * phone notes app's text, a Quarto source), built by an engineer who does not tune the parser and frozen
 * (manifest.json, test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates
 * are ever printed, and only when `held-back` is asked for.
 */
export const HOLDOUT16_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout16');
/**
 * The seventeenth held-back set (issue #10 §2, wave 21): 30 more people written out by hand (22 in English from
 * eleven countries and territories no earlier set has, 8 Koreans in Korean), rendered by eight layouts of its
 * own (a Novorésumé-like builder export, a Notion page printed to PDF, a one-page Carrd site printed from the
 * browser, a résumé made as slides, a PDF converted to Word, a WhatsApp / KakaoTalk chat exported as text, an
 * Org-mode source, a HackMD note), built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates are ever printed,
 * and only when `held-back` is asked for.
 */
export const HOLDOUT17_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout17');
/**
 * The eighteenth held-back set (issue #10 §2, wave 22): 30 more people written out by hand (22 in English from
 * eleven countries no earlier set has, 8 Koreans in Korean), rendered by eight layouts of its own (an online CV
 * saved as PDF from a phone, a WordPress blog's CV page printed, a design with vertical section names, a tri-fold
 * leaflet on landscape A4, a Word CV with a coach's review comments, an AsciiDoc source, a reStructuredText
 * source, a Bear note), built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates are ever printed,
 * and only when `held-back` is asked for.
 */
export const HOLDOUT18_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout18');
/**
 * The nineteenth held-back set (issue #10 §2, wave 23): 30 more people written out by hand (22 in English from
 * eleven countries and territories no earlier set has, 8 Koreans in Korean), rendered by eight layouts of its own
 * (a RenderCV-like PDF, a CV with a cover page and contents, a horizontal timeline on landscape A4, a design with
 * big year numerals, a recruitment agency's reformatted Word CV, a moderncv LaTeX source, a MediaWiki source, a
 * Joplin note's raw export), built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates are ever printed,
 * and only when `held-back` is asked for.
 */
export const HOLDOUT19_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout19');
/**
 * The twentieth held-back set (issue #10 §2, wave 24): 30 more people written out by hand (22 in English from
 * eleven countries and territories no earlier set has, 8 Koreans in Korean), rendered by eight layouts of its own
 * (see its README), built by an engineer who does not tune the parser and frozen (manifest.json,
 * test-split.sha256) before any figure on it was computed. Never tuned on; only its aggregates are ever printed,
 * and only when `held-back` is asked for.
 */
export const HOLDOUT20_CORPUS_DIR = join(process.cwd(), 'test/fixtures/resume-corpus-holdout20');

export type Half = 'tuning' | 'test';

export interface CorpusDocument {
  /** The corpus folder the document belongs to. */
  corpusDir: string;
  file: string;
  resume: string;
  renderer: string;
  half: Half;
}

export const FIELDS = [
  'name', 'label', 'email', 'phone', 'city', 'links', 'summary',
  'jobs', 'work.title', 'work.employer', 'work.location', 'work.start', 'work.end', 'work.highlights',
  'edu.institution', 'edu.degree', 'edu.area', 'edu.dates', 'skills', 'languages',
] as const;
export type Field = (typeof FIELDS)[number];

/** Hits and totals per field; accuracy = hits / total. */
export type FieldTally = Record<Field, { hits: number; total: number }>;

/** The education fields whose truths are sometimes written in another language than the document. */
export const FLOOR_FIELDS = ['edu.degree', 'edu.area'] as const;
export type FloorField = (typeof FLOOR_FIELDS)[number];

/** Per floor field: truth values, how many of them the document's text holds, and the hits among those. */
export type FloorTally = Record<FloorField, { total: number; attainable: number; attainableHits: number }>;

export interface DocumentScore {
  document: CorpusDocument;
  tally: FieldTally;
  /** Counted only when the document's text was given to `scoreResume`. */
  floor: FloorTally;
  /** Human-readable mismatches, for tuning-half debugging only. */
  misses: string[];
}

export function loadCorpus(corpusDir: string = CORPUS_DIR): CorpusDocument[] {
  const split = JSON.parse(readFileSync(join(corpusDir, 'split.json'), 'utf8')) as { resumes: Record<string, Half> };
  const documents = JSON.parse(readFileSync(join(corpusDir, 'documents.json'), 'utf8')) as Array<Omit<CorpusDocument, 'half' | 'corpusDir'>>;
  return documents.map((document) => ({ ...document, corpusDir, half: split.resumes[document.resume]! }));
}

export function loadTruth(resumeId: string, corpusDir: string = CORPUS_DIR): JsonResume {
  return JSON.parse(readFileSync(join(corpusDir, 'truth', `${resumeId}.json`), 'utf8')) as JsonResume;
}

function kindOf(file: string): DocumentKind {
  if (file.endsWith('.pdf')) return 'pdf';
  if (file.endsWith('.docx')) return 'docx';
  return file.endsWith('.md') ? 'md' : 'txt';
}

export async function readCorpusText(document: CorpusDocument): Promise<string> {
  const bytes = readFileSync(join(document.corpusDir, 'rendered', document.file));
  return (await extractDetectedDocument(kindOf(document.file), bytes)).text;
}

export async function parseCorpusDocument(document: CorpusDocument): Promise<JsonResume> {
  return parseResume(await readCorpusText(document));
}

// ------------------------------------------------------------------------------------------------

export function normalize(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}@+#%$£€]+/gu, ' ')
    .trim();
}

function tokens(text: string | undefined): string[] {
  return normalize(text).split(' ').filter(Boolean);
}

export function tokenF1(a: string | undefined, b: string | undefined): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of right) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of left) {
    const count = counts.get(token) ?? 0;
    if (count > 0) {
      common++;
      counts.set(token, count - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / left.length;
  const recall = common / right.length;
  return (2 * precision * recall) / (precision + recall);
}

function setF1(predicted: readonly string[], truth: readonly string[]): number {
  const p = new Set(predicted.map(normalize).filter(Boolean));
  const t = new Set(truth.map(normalize).filter(Boolean));
  if (p.size === 0 && t.size === 0) return 1;
  const common = [...p].filter((item) => t.has(item)).length;
  return p.size + t.size === 0 ? 1 : (2 * common) / (p.size + t.size);
}

/**
 * Degree abbreviations (letters only, lower case) and the names they abbreviate. Only abbreviations whose
 * name is unambiguous: "BA" is a Bachelor of Arts, but "Bachelor" alone is no "BA".
 */
const DEGREE_NAMES: Readonly<Record<string, string>> = {
  ba: 'bachelor of arts', bs: 'bachelor of science', bsc: 'bachelor of science', bcom: 'bachelor of commerce', bcomm: 'bachelor of commerce',
  beng: 'bachelor of engineering', be: 'bachelor of engineering', bba: 'bachelor of business administration', bed: 'bachelor of education',
  btech: 'bachelor of technology', barch: 'bachelor of architecture', bfa: 'bachelor of fine arts', bdes: 'bachelor of design',
  bss: 'bachelor of social science', bsw: 'bachelor of social work', basc: 'bachelor of applied science', bpharm: 'bachelor of pharmacy',
  bds: 'bachelor of dental surgery', bvsc: 'bachelor of veterinary science', bmus: 'bachelor of music', llb: 'bachelor of laws',
  aa: 'associate of arts', as: 'associate of science',
  ma: 'master of arts', ms: 'master of science', msc: 'master of science', meng: 'master of engineering', me: 'master of engineering',
  mba: 'master of business administration', med: 'master of education', mss: 'master of social science', msw: 'master of social work',
  mphil: 'master of philosophy', mdes: 'master of design', march: 'master of architecture', mpharm: 'master of pharmacy',
  mlitt: 'master of letters', llm: 'master of laws', mpa: 'master of public administration', mph: 'master of public health',
  phd: 'doctor of philosophy', dphil: 'doctor of philosophy', pharmd: 'doctor of pharmacy', dds: 'doctor of dental surgery',
  pgdip: 'postgraduate diploma', pgcert: 'postgraduate certificate',
};

/** Honours written with a degree ("BSc (Hons)", "Bachelor of Science (Honours)"): the class of the degree, not another degree. */
const HONOURS_MARK = /(?:^| )(?:hons|honours|honors)$/;

/** A degree's name whatever its spelling: "B.Sc.", "BSc (Hons)" and "Bachelor of Science" all give "bachelor of science". */
export function degreeName(text: string | undefined): string {
  const name = normalize(text).replace(HONOURS_MARK, '').trim();
  return DEGREE_NAMES[name.replace(/ /g, '')] ?? name;
}

function nationalDigits(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  // Compare the trailing 9 digits: enough to be unique here, and blind to +CC / trunk-0 / (0) forms.
  return digits.slice(-9);
}

function normalizeUrl(url: string | undefined): string {
  return (url ?? '').toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

function emptyFloor(): FloorTally {
  return Object.fromEntries(FLOOR_FIELDS.map((field) => [field, { total: 0, attainable: 0, attainableHits: 0 }])) as FloorTally;
}

/** Abbreviations (letters only) by the degree name they stand for: "bachelor of science" → ["bs", "bsc"]. */
const ABBREVIATIONS_BY_NAME = new Map<string, string[]>();
for (const [abbreviation, name] of Object.entries(DEGREE_NAMES)) ABBREVIATIONS_BY_NAME.set(name, [...(ABBREVIATIONS_BY_NAME.get(name) ?? []), abbreviation]);

/** A document's text as the floor looks at it: normalised, once with dots kept as breaks and once closed up ("B.Sc." → "bsc"). */
export interface TextForFloor {
  padded: string;
  words: ReadonlySet<string>;
}

export function textForFloor(text: string): TextForFloor {
  const spellings = [normalize(text), normalize(text.replace(/(?<=\p{L})\.(?=\p{L})/gu, ''))];
  return { padded: ` ${spellings.join(' \n ')} `, words: new Set(spellings.flatMap((spelling) => spelling.split(' ')).filter(Boolean)) };
}

/** Whether a reading of the text could produce the truth value: the value or every word of it is in the text. */
function attainableValue(value: string, text: TextForFloor): boolean {
  const normalized = normalize(value);
  if (!normalized) return true;
  return text.padded.includes(` ${normalized} `) || normalized.split(' ').every((word) => text.words.has(word));
}

/** A degree is attainable by its spelling, its full name, or an abbreviation of that name. */
function attainableDegree(value: string | undefined, text: TextForFloor): boolean {
  const name = degreeName(value);
  return attainableValue(value ?? '', text) || attainableValue(name, text) || (ABBREVIATIONS_BY_NAME.get(name) ?? []).some((abbreviation) => text.words.has(abbreviation));
}

function emptyTally(): FieldTally {
  return Object.fromEntries(FIELDS.map((field) => [field, { hits: 0, total: 0 }])) as FieldTally;
}

/** Greedy one-to-one alignment of truth entries to parsed entries by a similarity in [0, 1]. */
function align<T, P>(truth: readonly T[], parsed: readonly P[], similarity: (t: T, p: P) => number): Array<P | undefined> {
  const pairs: Array<{ t: number; p: number; score: number }> = [];
  truth.forEach((t, ti) => parsed.forEach((p, pi) => pairs.push({ t: ti, p: pi, score: similarity(t, p) })));
  pairs.sort((a, b) => b.score - a.score);
  const result: Array<P | undefined> = truth.map(() => undefined);
  const usedParsed = new Set<number>();
  for (const pair of pairs) {
    if (pair.score < 0.5 || result[pair.t] !== undefined || usedParsed.has(pair.p)) continue;
    result[pair.t] = parsed[pair.p];
    usedParsed.add(pair.p);
  }
  return result;
}

export function scoreResume(document: CorpusDocument, parsed: JsonResume, truth: JsonResume, text?: string): DocumentScore {
  const tally = emptyTally();
  const floor = emptyFloor();
  const misses: string[] = [];
  const floorText = text === undefined ? undefined : textForFloor(text);
  const countFloor = (field: FloorField, attainable: boolean, hit: boolean): void => {
    if (!floorText) return;
    floor[field].total++;
    if (!attainable) return;
    floor[field].attainable++;
    if (hit) floor[field].attainableHits++;
  };
  const record = (field: Field, ok: boolean, detail: () => string, weight = 1): void => {
    tally[field].total += weight;
    if (ok) tally[field].hits += weight;
    else misses.push(`${field}: ${detail()}`);
  };
  const fraction = (field: Field, value: number, detail: () => string): void => {
    tally[field].total += 1;
    tally[field].hits += value;
    if (value < 1) misses.push(`${field} (${value.toFixed(2)}): ${detail()}`);
  };
  const same = (field: Field, got: string | undefined, want: string | undefined): void =>
    record(field, normalize(got) === normalize(want), () => `got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);

  const basics = parsed.basics;
  same('name', basics.name, truth.basics.name);
  same('label', basics.label, truth.basics.label);
  same('email', basics.email, truth.basics.email);
  record('phone', nationalDigits(basics.phone) === nationalDigits(truth.basics.phone), () => `got ${basics.phone} want ${truth.basics.phone}`);
  same('city', basics.location?.city, truth.basics.location?.city);
  const links = (resume: JsonResume): string[] => [resume.basics.url, ...(resume.basics.profiles ?? []).map((profile) => profile.url)].filter((url): url is string => !!url).map(normalizeUrl);
  fraction('links', setF1(links(parsed), links(truth)), () => `got ${links(parsed).join(' ')} want ${links(truth).join(' ')}`);
  record('summary', tokenF1(basics.summary, truth.basics.summary) >= 0.8, () => `got ${JSON.stringify(basics.summary)}`);

  const alignedJobs = align(truth.work, parsed.work, (t, p) => Math.max(tokenF1(t.name, p.name), tokenF1(t.position, p.position), (tokenF1(t.name, p.name) + tokenF1(t.position, p.position)) / 2));
  const alignedCount = alignedJobs.filter(Boolean).length;
  fraction('jobs', truth.work.length + parsed.work.length === 0 ? 1 : (2 * alignedCount) / (truth.work.length + parsed.work.length), () => `${parsed.work.length} parsed for ${truth.work.length}: ${parsed.work.map((job) => `[${job.position} / ${job.name}]`).join(' ')}`);
  truth.work.forEach((job, index) => {
    const got = alignedJobs[index];
    same('work.title', got?.position, job.position);
    same('work.employer', got?.name, job.name);
    same('work.location', got?.location, job.location);
    same('work.start', got?.startDate, job.startDate);
    same('work.end', got?.endDate, job.endDate);
    for (const highlight of job.highlights ?? []) {
      const found = (got?.highlights ?? []).some((candidate) => tokenF1(candidate, highlight) >= 0.8);
      record('work.highlights', found, () => `missing ${JSON.stringify(highlight.slice(0, 60))} in ${JSON.stringify(got?.highlights ?? [])}`);
    }
  });

  const alignedSchools = align(truth.education, parsed.education, (t, p) => tokenF1(t.institution, p.institution));
  truth.education.forEach((school, index) => {
    const got = alignedSchools[index];
    same('edu.institution', got?.institution, school.institution);
    const degreeHit = degreeName(got?.studyType) === degreeName(school.studyType);
    record('edu.degree', degreeHit, () => `got ${JSON.stringify(got?.studyType)} want ${JSON.stringify(school.studyType)}`);
    same('edu.area', got?.area, school.area);
    if (floorText) {
      // A value the parser produced is attainable whatever the text spells ("Cert IV" read as the truth's "Certificate IV").
      const areaHit = normalize(got?.area) === normalize(school.area);
      countFloor('edu.degree', degreeHit || attainableDegree(school.studyType, floorText), degreeHit);
      countFloor('edu.area', areaHit || attainableValue(school.area ?? '', floorText), areaHit);
    }
    record('edu.dates', got?.startDate === school.startDate && got?.endDate === school.endDate, () => `got ${got?.startDate}–${got?.endDate} want ${school.startDate}–${school.endDate}`);
  });

  const skills = (resume: JsonResume): string[] => (resume.skills ?? []).flatMap((group) => group.keywords ?? (group.name ? [group.name] : []));
  fraction('skills', setF1(skills(parsed), skills(truth)), () => `got ${JSON.stringify(skills(parsed))}`);
  const languages = (resume: JsonResume): string[] => (resume.languages ?? []).map((entry) => entry.language ?? '');
  fraction('languages', setF1(languages(parsed), languages(truth)), () => `got ${JSON.stringify(languages(parsed))}`);
  return { document, tally, floor, misses };
}

export interface HalfReport {
  half: Half;
  documents: number;
  accuracy: Record<Field, number>;
  mean: number;
  /** Per floor field: the share of truth values the documents' text holds, and the accuracy on those. */
  floor: Record<FloorField, { attainableShare: number; attainableAccuracy: number }>;
  scores: DocumentScore[];
}

/** Scores the given documents against their truth and sums the tallies per field. */
export async function evaluateDocuments(documents: readonly CorpusDocument[], half: Half): Promise<HalfReport> {
  const scores: DocumentScore[] = [];
  for (const document of documents) {
    const text = await readCorpusText(document);
    scores.push(scoreResume(document, parseResume(text), loadTruth(document.resume, document.corpusDir), text));
  }
  return summarize(scores, half);
}

/** Per-field accuracy and mean over some scored documents (a half, or a subset such as one renderer family). */
export function summarize(scores: readonly DocumentScore[], half: Half): HalfReport {
  const total = emptyTally();
  for (const score of scores) {
    for (const field of FIELDS) {
      total[field].hits += score.tally[field].hits;
      total[field].total += score.tally[field].total;
    }
  }
  const accuracy = Object.fromEntries(FIELDS.map((field) => [field, total[field].total === 0 ? 1 : total[field].hits / total[field].total])) as Record<Field, number>;
  const mean = FIELDS.reduce((sum, field) => sum + accuracy[field], 0) / FIELDS.length;
  const floor = Object.fromEntries(FLOOR_FIELDS.map((field) => {
    const sum = (key: 'total' | 'attainable' | 'attainableHits'): number => scores.reduce((total, score) => total + score.floor[field][key], 0);
    return [field, { attainableShare: sum('total') === 0 ? 1 : sum('attainable') / sum('total'), attainableAccuracy: sum('attainable') === 0 ? 1 : sum('attainableHits') / sum('attainable') }];
  })) as HalfReport['floor'];
  return { half, documents: scores.length, accuracy, mean, floor, scores: [...scores] };
}

export async function evaluateCorpus(half: Half, corpusDir: string = CORPUS_DIR): Promise<HalfReport> {
  return evaluateDocuments(loadCorpus(corpusDir).filter((document) => document.half === half), half);
}

/** Accuracy per renderer, to show which layouts are weak. */
export function accuracyByRenderer(report: HalfReport): Record<string, number> {
  const byRenderer = new Map<string, FieldTally>();
  for (const score of report.scores) {
    const tally = byRenderer.get(score.document.renderer) ?? emptyTally();
    for (const field of FIELDS) {
      tally[field].hits += score.tally[field].hits;
      tally[field].total += score.tally[field].total;
    }
    byRenderer.set(score.document.renderer, tally);
  }
  return Object.fromEntries(
    [...byRenderer].map(([renderer, tally]) => [renderer, FIELDS.reduce((sum, field) => sum + (tally[field].total === 0 ? 1 : tally[field].hits / tally[field].total), 0) / FIELDS.length]),
  );
}
