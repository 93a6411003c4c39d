import { detectSectionHeading } from '../../../kernel/resume/resume-sections.js';
import type { PlainTextReader } from './plain-text-reader.js';
import { findDateRange } from './resume-dates.js';

// A plain-text résumé written as a numbered outline: "I.   PERSONAL DATA", "III. EMPLOYMENT RECORD",
// entries "1. Employer, Title (place)" over "Period: …" and duties "a) …", or Korean 공문서 numbering
// ("1. 인적사항", "가. 회사 (기간)", "1) 직위: …", "3) 담당업무" over "가) …"). The numbers are the
// outline's structure, not text: a numbered heading is its heading, a numbered line with an outline
// under it is the header of an entry, a numbered "Label: value" line is that field, and any other
// numbered line is a list item.

/** "I.", "IV.": a roman section number before a heading. */
const ROMAN_SECTION_NUMBER = /^\s*[IVX]{1,5}\.\s+(?=\S)/;
/** The letters of Korean outline numbering (가, 나, 다, …), in order. */
const HANGUL_NUMBERS = '가나다라마바사아자차카타파하';
/** An outline item's number: "1.", "가.", "1)", "가)", "a)", "(1)", "(가)", "(a)", and the gap after it. */
const OUTLINE_NUMBER = new RegExp(`^(\\s*)(?:\\d{1,2}[.)]|[${HANGUL_NUMBERS}][.)]|[a-z]\\)|\\((?:\\d{1,2}|[a-z]|[${HANGUL_NUMBERS}])\\))[ \\t]+(?=\\S)`);
/** "Period: …", "직위: …", "Name              : …": a short label and its value. */
const LABEL_VALUE = /^\p{L}[\p{L} /]{0,30}[:：]/u;
/** A heading in capitals ("PERSONAL DATA"): letters, spaces and "&" only. */
const CAPITALS_HEADING = /^[\p{Lu}][\p{Lu}\s&]{2,60}$/u;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** A complete date range ("Aug. 2021 – today", "2010 – 2015"), not a year in a sentence. */
function isDateRange(text: string): boolean {
  const range = findDateRange(text);
  return range?.startDate !== undefined && (range.endDate !== undefined || range.isCurrent);
}

function isOutlineChild(line: string): boolean {
  return OUTLINE_NUMBER.test(line) || LABEL_VALUE.test(line.trim()) || isDateRange(line.trim());
}

/** The outline's numbers read as the structure they mark (see above); lines of other texts are unchanged. */
export const outlineReader: PlainTextReader<readonly string[]> = {
  name: 'outline numbers',
  /** A line opening with an outline number ("III. ", "1. ", "가. ", "a) ", "(1) "): the lines. */
  gate(text) {
    const lines = text.split('\n');
    return lines.some((line) => ROMAN_SECTION_NUMBER.test(line) || OUTLINE_NUMBER.test(line)) ? lines : undefined;
  },
  read: outlineNumbersAsStructure,
};

function outlineNumbersAsStructure(lines: readonly string[]): string {
  const nextWithText = (index: number): string | undefined => {
    for (let next = index + 1; next < lines.length; next++) if (lines[next]!.trim() !== '') return lines[next];
    return undefined;
  };
  return lines
    .map((line, index) => {
      const roman = ROMAN_SECTION_NUMBER.exec(line);
      if (roman) {
        const heading = line.slice(roman[0].length).trim();
        return detectSectionHeading(heading) !== undefined || CAPITALS_HEADING.test(heading) ? heading : line;
      }
      const number = OUTLINE_NUMBER.exec(line);
      if (!number) return line;
      const indent = number[1]!;
      const rest = line.slice(number[0].length).trimEnd();
      if (detectSectionHeading(rest) !== undefined) return rest;
      const next = nextWithText(index);
      const opensOutline = next !== undefined && indentOf(next) > indent.length && isOutlineChild(next);
      // A dated item ("가. 2012.03 ~ 2018.02  School …") is an entry of its own, not a duty.
      if (opensOutline || LABEL_VALUE.test(rest) || isDateRange(rest)) return `${indent}${rest}`;
      // A list item, its words kept in their column so that a hanging indent still continues it.
      return `${indent}${'•'.padEnd(number[0].length - indent.length)}${rest}`;
    })
    .join('\n');
}
