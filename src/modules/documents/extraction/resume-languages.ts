// The languages section: spoken languages as résumés list them, one a line, in a table, in a
// comma list or in Europass's labelled rows, each with how well the person speaks it. A level
// (English or Korean words, a CEFR grade, a test score) is never a language of its own.
import type { JsonResumeLanguage } from '../../../kernel/resume/json-resume.js';
import { splitList, stripBullet } from './resume-lines.js';

/** How well someone speaks a language, as résumés say it: "Native", "C1", "Very good", "Professional working proficiency". */
const FLUENCY =
  /^(?:native(?: speaker| language| or bilingual(?: proficiency)?)?|mother tongue|first language|bilingual|fluent|proficient|advanced|upper[- ]intermediate|intermediate|conversational|basic|beginner|elementary|(?:very )?good|excellent|fair|working knowledge|(?:limited |full )?(?:professional )?working(?: proficiency)?|full professional proficiency|professional(?: proficiency)?|business(?: level| fluent| fluency)?|[abc][12])(?:\s*\([^)]*\))?$/i;

/** The same in Korean: "원어민", "중급", "일상 회화", "비즈니스 회화 가능". */
const KOREAN_FLUENCY = /^(?:원어민|모국어|능통|유창|상|중|하|상급|중급|초급|고급|중상급?|중하급?|기초|(?:일상|비즈니스|기본|간단한)\s?회화(?:\s?가능)?|회화\s?가능|업무\s?가능)(?:\s*\([^)]*\))?$/;

/** A language test and its score ("TOEIC 905", "OPIc IH", "토익 850점", "JLPT N2"). */
const TEST_SCORE = /^(?:toeic|toefl|ielts|opic|teps|jlpt|jpt|hsk|dele|delf|dalf|testdaf|토익|토플|오픽|텝스)(?:\s?(?:speaking|스피킹))?(?:[\s:]|$)/i;

export function isFluency(text: string): boolean {
  const trimmed = text.trim();
  return FLUENCY.test(trimmed) || KOREAN_FLUENCY.test(trimmed) || TEST_SCORE.test(trimmed);
}

/** "Mandarin Native", "Portuguese C1", "영어 중급": a language name and its fluency with only a space between. */
export function splitTrailingFluency(item: string): JsonResumeLanguage | undefined {
  const words = item.trim().split(' ');
  for (let size = Math.min(4, words.length - 1); size >= 1; size--) {
    const fluency = words.slice(-size).join(' ');
    const language = words.slice(0, -size).join(' ');
    if (isFluency(fluency) && /^\p{L}+(?: \p{L}+)?$/u.test(language)) return { language, fluency };
  }
  return undefined;
}

const LANGUAGE_TABLE_HEADER =
  /^(?:languages?|level|proficiency|fluency|reading|writing|speaking|listening|understanding|test|score|certificate|언어|외국어|어학|수준|능력|구분|회화|시험|시험명|점수|등급|취득일)$/i;

/**
 * Europass's labelled rows ("Mother tongue(s)⇥Spanish", "Other language(s)⇥English (C1), Portuguese (B1)")
 * and their kin: the label says the row lists spoken languages wherever the row stands.
 */
const LANGUAGE_ROW_LABEL = /^(?:mother tongue(?:\(s\)|s)?|other language(?:\(s\)|s)?|native language(?:\(s\)|s)?|foreign languages?|모국어|외국어)\s*(?:\t|:\s*)(?=\S)/i;

/**
 * "Languages: English (Fluent), Luganda (Native)", or the label in a table's cell of its own
 * ("Languages⇥Kinyarwanda – Mother tongue, English – Professional"): a labelled list whose every item says how well.
 */
const LANGUAGES_LABEL = /^(?:spoken\s+)?languages?\s*(?:\t|:\s*)(?=\S)/i;

function isLevelledLanguageList(text: string): boolean {
  const items = splitList(text);
  return items.length > 0 && items.every((item) => {
    const level = /^\p{L}+(?: \p{L}+)?(?: \(([^)]+)\)| [–—-] (\S.*))$/u.exec(item);
    return level ? isFluency((level[1] ?? level[2])!) : splitTrailingFluency(item) !== undefined;
  });
}

export function isLanguageRow(line: string): boolean {
  const text = stripBullet(line.trim());
  if (LANGUAGE_ROW_LABEL.test(text)) return true;
  const labelled = LANGUAGES_LABEL.exec(text);
  return labelled !== null && isLevelledLanguageList(text.slice(labelled[0].length));
}

/** An e-mail address or link: a contact line a sidebar set under the list, never a language. */
const CONTACT_ITEM = /\S@\S|https?:\/\/|\bwww\./i;

/** A cell without the bracketed note closing it. */
function withoutTrailingNote(cell: string): string {
  const open = cell.lastIndexOf(' (');
  return open > 0 && cell.endsWith(')') ? cell.slice(0, open) : cell;
}

/** "●●●○○", "★★★☆☆": a level drawn as rating dots, in a cell of its own. */
const RATING_CELL = /^[●○◐◑◉◯★☆■□]{3,}$/u;

/** A line without its rating-dot cells ("English Native⇥●●●●●" → "English Native"). */
function withoutRatingCells(line: string): string {
  return line
    .split('\t')
    .filter((cell) => !RATING_CELL.test(cell.trim()))
    .join('\t');
}

/** The most words a line of languages run together without separators may have. */
const RUN_ON_WORDS = 16;

/**
 * "English Native Manx Gaelic Basic": languages and their levels side by side with nothing between the items
 * (a narrow column's spans joined into one line), split after each level; undefined unless every word is used.
 */
function runOnLanguages(item: string): JsonResumeLanguage[] | undefined {
  const words = item.trim().split(' ');
  if (words.length < 4 || words.length > RUN_ON_WORDS) return undefined;
  const found: JsonResumeLanguage[] = [];
  let start = 0;
  while (start < words.length) {
    let end = start + 2;
    while (end <= words.length && splitTrailingFluency(words.slice(start, end).join(' ')) === undefined) end++;
    if (end > words.length) return undefined;
    found.push(splitTrailingFluency(words.slice(start, end).join(' '))!);
    start = end;
  }
  return found.length >= 2 ? found : undefined;
}

export function parseLanguages(lines: readonly string[]): JsonResumeLanguage[] {
  const languages: JsonResumeLanguage[] = [];
  for (const rawLine of lines) {
    const bare = withoutRatingCells(stripBullet(rawLine.trim())).trim();
    const line = isLanguageRow(bare) ? bare.replace(LANGUAGE_ROW_LABEL, '').replace(LANGUAGES_LABEL, '') : bare;
    if (line === '' || CONTACT_ITEM.test(line)) continue;
    const last = languages.at(-1);
    if (last && !last.fluency && isFluency(line)) {
      // The fluency on the line below its language ("Afrikaans" / "Native").
      last.fluency = line;
      continue;
    }
    // A fluency that wrapped ("… professional" / "working proficiency"), unless the line is a language of its own.
    if (last?.fluency && /^\p{Ll}/u.test(line) && !/[\t:—–(]|\s-\s/.test(line) && !splitTrailingFluency(line)) {
      // A fluency that wrapped in a narrow sidebar ("Spanish — Professional" / "working proficiency").
      last.fluency = `${last.fluency} ${line}`;
      continue;
    }
    // A table row: the language in its own cell, then how well ("영어 | 비즈니스 회화 가능 (TOEIC 905)").
    const cells = line.split('\t').map((cell) => cell.trim()).filter(Boolean);
    // The table's header row ("Language | Level", "언어 | 수준") names columns, not a language.
    // A cell may name two columns at once ("시험 / 수준", "Test/Score").
    // A header cell may carry the form's note on what to write ("Level (mother tongue, fluent, working knowledge…)").
    if (cells.every((cell) => withoutTrailingNote(cell).split('/').every((part) => LANGUAGE_TABLE_HEADER.test(part.trim())))) continue;
    if (cells.length === 2 && /^\p{L}+(?: \p{L}+)?$/u.test(cells[0]!)) {
      languages.push({ language: cells[0]!, fluency: cells[1]! });
      continue;
    }
    for (const item of splitList(line)) readLanguageItem(item, languages);
  }
  return withoutRepeats(languages);
}

/** One item of a list: "Spanish (C1)", "English – fluent", "Estonian Native", or a level after its language ("Kiswahili | Native"). */
function readLanguageItem(item: string, languages: JsonResumeLanguage[]): void {
  const last = languages.at(-1);
  if (isFluency(item)) {
    if (last && !last.fluency) last.fluency = item;
    return;
  }
  if (LANGUAGE_TABLE_HEADER.test(item)) return;
  const spaced = splitTrailingFluency(item);
  if (spaced) {
    languages.push(spaced);
    return;
  }
  const runOn = runOnLanguages(item);
  if (runOn) {
    languages.push(...runOn);
    return;
  }
  const match = /^(\p{L}+(?: \p{L}+)*) ?(?:\(([^)]+)\)|[:—–-] *(\S.*))?$/u.exec(item);
  if (!match) return;
  const fluency = (match[2] ?? match[3])?.trim();
  languages.push({ language: match[1]!.trim(), ...(fluency ? { fluency } : {}) });
}

/** A language named twice (in its section and in a labelled row elsewhere) is listed once. */
function withoutRepeats(languages: readonly JsonResumeLanguage[]): JsonResumeLanguage[] {
  const seen = new Set<string>();
  return languages.filter((entry) => {
    const key = (entry.language ?? '').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
