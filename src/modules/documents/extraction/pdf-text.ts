import { getDocumentProxy } from 'unpdf';
import { detectSectionHeading, HANGUL } from '../../../kernel/resume/resume-sections.js';
import { DocumentRejectedError } from './document-rejected.error.js';
import type { ExtractedDocument, PageLayout } from './extracted-document.js';
import { findDateRange } from './resume-dates.js';

/** One run of text as pdf.js reports it, in PDF user space (origin bottom-left, y grows upwards). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PageText {
  text: string;
  layout: PageLayout;
}

interface Row {
  y: number;
  items: PositionedText[];
}

interface Line {
  y: number;
  fontSize: number;
  text: string;
  isTabular: boolean;
  /** Where the line's ink starts and ends on the page. */
  left: number;
  right: number;
  /** Where the words start: after a bullet glyph when the line has one, otherwise `left`. */
  textLeft: number;
  /**
   * Whether `textLeft` is an estimate: a glyph and the words in one run ("• Text") give no position
   * for the words, and a bullet glyph with the gap after it is wider than an average letter.
   */
  textLeftEstimated?: boolean;
  /** Width of the first word, to tell whether it would have fitted at the end of the line above. */
  firstWordWidth: number;
  /** For a tabular line: where its first cell ends and the second begins. */
  firstCellRight?: number;
  secondCellLeft?: number;
  /** The margin-column note put in front of the text (see linesWithMarginNotes): such a line starts an item. */
  hasMarginNote?: boolean;
  /** A line wholly inside a margin column (a heading or label with no text beside it): it does not set the flow's edges. */
  inMargin?: boolean;
}

/**
 * Glyphs word processors and browsers draw in front of list items. "{" is how pdf.js reads the en
 * dash moderncv (LaTeX) draws as its list marker: an OT1-encoded glyph without a Unicode mapping.
 */
const BULLET_GLYPH = /^[•●▪◦‣∙·■□➢►▶✓✔–{-]$/;

/** Pages past this are not read: no résumé is that long, and it bounds work on hostile files. */
const MAX_PAGES = 40;
/** Fewer non-space characters than this across the document means there is no real text layer. */
const MIN_TEXT_CHARACTERS = 20;

// Items whose baselines differ by less than this share a row. Kept tight on purpose: the column
// detector asks "do left and right lines sit on the same baselines?", and a loose tolerance would
// make independent columns look row-aligned by coincidence.
/**
 * "2 0 1 3 / 2 0 1 5", "A U G . 2 0 1 8 → N O W", "1 9 8 9 년 3 월": a run of letter-spaced type (a
 * designed template's dates in spaced small capitals), which pdf.js gives a space after every glyph,
 * the word gaps lost among them. A run whose pieces are all one or two characters and that holds a digit
 * is closed up again: a digit joins the digits beside it, a letter the letters ("JA N" → "JAN"), a full
 * stop the word before it, 년 / 월 their number; other signs ("/", "→", "~") stand between spaces. Runs without a digit
 * (spaced headings, spaced names) are left to the heading reader.
 */
export function withLetterSpacedNumbersClosed(text: string): string {
  const pieces = text.trim().split(' ');
  if (pieces.length < 4 || !/\d/.test(text) || !pieces.every((piece) => piece.length >= 1 && piece.length <= 2)) return text;
  if (pieces.filter((piece) => piece.length === 1).length < pieces.length * 0.6) return text;
  const kind = (char: string): string => (/\d/.test(char) ? 'digit' : HANGUL.test(char) ? 'hangul' : /\p{L}/u.test(char) ? 'letter' : char === '.' ? 'stop' : 'sign');
  let out = '';
  let previous = '';
  for (const piece of pieces) {
    const first = kind(piece.charAt(0));
    // "2 0 1 7 년": a Korean date's unit is written against its number.
    const joins = out !== '' && ((first === previous && first !== 'sign') || (first === 'stop' && previous === 'letter') || (first === 'hangul' && previous === 'digit'));
    out += joins ? piece : `${out === '' ? '' : ' '}${piece}`;
    previous = kind(piece.at(-1)!);
  }
  return out;
}

function rowTolerance(fontSize: number): number {
  return Math.min(2, Math.max(0.5, fontSize * 0.2));
}

/**
 * How wide a gap (in ems) must be to read as a space. Where Latin text meets Hangul the two runs
 * come from different fonts whose advance widths disagree, leaving slivers of a few hundredths of
 * an em that are no space ("Spring Boot와" must not become "Spring Boot 와"); a real space there is
 * at least a fifth of an em in every font we have seen.
 */
function spaceGap(before: string, after: string): number {
  const last = before.at(-1) ?? '';
  const first = after.charAt(0);
  return HANGUL.test(last) !== HANGUL.test(first) ? 0.2 : 0.12;
}

function groupIntoRows(items: readonly PositionedText[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const current = rows.at(-1);
    if (current && Math.abs(current.y - item.y) <= rowTolerance(item.fontSize)) {
      current.items.push(item);
    } else {
      rows.push({ y: item.y, items: [item] });
    }
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

function crossesX(item: PositionedText, x: number): boolean {
  return item.x < x - 0.5 && item.x + item.width > x + 0.5;
}

/**
 * Looks for one vertical gutter that splits the page into two independent text flows. A gutter
 * candidate is an x where (almost) no row has text crossing it, with several rows of text on both
 * sides. Tables and right-aligned dates also leave such gaps, so a candidate only counts as a
 * column gutter when the two sides are *not* baseline-aligned: table cells share rows, columns
 * flow independently.
 */
export function findColumnGutter(rows: readonly Row[], minRowsPerSide = 3): number | undefined {
  const items = rows.flatMap((row) => row.items);
  if (rows.length < minRowsPerSide * 2) return undefined;
  const minX = Math.min(...items.map((item) => item.x));
  const maxX = Math.max(...items.map((item) => item.x + item.width));
  const span = maxX - minX;
  if (span < 100) return undefined;

  const allowedCrossingRows = Math.max(1, Math.floor(rows.length * 0.2));
  // Runs of consecutive candidate x positions with the same crossing count; the gutter is the
  // run with the fewest crossings among those wide enough to be a real band of white space.
  const runs: Array<{ crossings: number; start: number; end: number }> = [];
  for (let x = Math.ceil(minX + span * 0.15); x <= maxX - span * 0.15; x += 1) {
    let crossings = 0;
    let leftRows = 0;
    let rightRows = 0;
    for (const row of rows) {
      if (row.items.some((item) => crossesX(item, x))) crossings++;
      else {
        if (row.items.some((item) => item.x + item.width <= x)) leftRows++;
        if (row.items.some((item) => item.x >= x)) rightRows++;
      }
    }
    if (crossings > allowedCrossingRows || leftRows < minRowsPerSide || rightRows < minRowsPerSide) continue;
    const run = runs.at(-1);
    if (run && run.crossings === crossings && run.end === x - 1) run.end = x;
    else runs.push({ crossings, start: x, end: x });
  }
  const best = runs
    .filter((run) => run.end - run.start >= 8)
    .sort((a, b) => a.crossings - b.crossings || b.end - b.start - (a.end - a.start))[0];
  if (!best) return undefined;
  const gutterX = (best.start + best.end) / 2;

  let leftRows = 0;
  let rightRows = 0;
  let alignedRows = 0;
  for (const row of rows) {
    if (row.items.some((item) => crossesX(item, gutterX))) continue;
    const hasLeft = row.items.some((item) => item.x + item.width <= gutterX);
    const hasRight = row.items.some((item) => item.x >= gutterX);
    if (hasLeft) leftRows++;
    if (hasRight) rightRows++;
    if (hasLeft && hasRight) alignedRows++;
  }
  const alignment = alignedRows / Math.max(1, Math.min(leftRows, rightRows));
  return alignment <= 0.5 ? gutterX : undefined;
}

function firstWordWidth(item: PositionedText): number {
  const text = item.str.trimStart();
  const firstWord = text.split(' ', 1)[0] ?? '';
  return text.length === 0 ? 0 : (item.width * firstWord.length) / text.length;
}

function buildLine(items: readonly PositionedText[], y: number): Line {
  const first = items[0]!;
  const startsWithGlyph = items.length > 1 && BULLET_GLYPH.test(first.str.trim());
  const wordsStart = startsWithGlyph ? items[1]! : first;
  // "• Text" in one run: the words start after the glyph, at a proportional share of the run's width.
  const glyphPrefix = startsWithGlyph ? undefined : /^\s*[•●▪◦‣∙·■□➢►▶✓✔–{-]\s+/.exec(first.str)?.[0];
  const textLeft = glyphPrefix && first.str.length > 0 ? first.x + (first.width * glyphPrefix.length) / first.str.length : wordsStart.x;
  let text = '';
  let previousEnd = 0;
  let isTabular = false;
  let firstCellRight: number | undefined;
  let secondCellLeft: number | undefined;
  const fontSize = Math.max(...items.map((item) => item.fontSize));
  for (const item of items) {
    if (text === '') {
      text = item.str;
    } else {
      const gap = item.x - previousEnd;
      if (isCellGap(gap, item)) {
        // A wide gap separates cells (table columns, a right-aligned date): keep them apart with a tab.
        text = `${text.trimEnd()}\t${item.str.trimStart()}`;
        if (!isTabular) {
          firstCellRight = previousEnd;
          secondCellLeft = item.x;
        }
        isTabular = true;
      } else if (gap > item.fontSize * spaceGap(text, item.str) && !text.endsWith(' ') && !item.str.startsWith(' ')) {
        text += ` ${item.str}`;
      } else {
        text += item.str;
      }
    }
    previousEnd = Math.max(previousEnd, item.x + item.width);
  }
  return {
    y,
    fontSize,
    text: text.replace(/ {2,}/g, ' ').trim(),
    isTabular,
    left: first.x,
    right: previousEnd,
    textLeft,
    ...(glyphPrefix ? { textLeftEstimated: true } : {}),
    firstWordWidth: firstWordWidth(wordsStart),
    ...(firstCellRight !== undefined && secondCellLeft !== undefined ? { firstCellRight, secondCellLeft } : {}),
  };
}

/** Whether the gap before `item` separates cells (a table column, a right-aligned date) rather than words. */
function isCellGap(gap: number, item: PositionedText): boolean {
  return gap > Math.max(10, item.fontSize * 1.5);
}

/**
 * A section heading set apart in a margin: a heading word written in capitals ("EMPLOYMENT",
 * "WORK EXPERIENCE"; small capitals read the same). Capitals are what tell it from a label that
 * happens to be a heading word: moderncv's "Languages" in the margin names a group of skills.
 */
function isMarginHeading(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 3 && detectSectionHeading(text) !== undefined;
}

/**
 * The lines of one row of items. A section heading hanging in the left margin on the baseline of
 * the section's first line (res.cls and similar: "EMPLOYMENT⇥Finance Manager, …⇥May 2024") is a
 * line of its own, above the line it shares a baseline with, as it would be in any other layout.
 * On a page whose margin holds nothing but headings (`headingMarginRight`, see findHeadingMargin),
 * a heading there needs no capitals: titlesec's margin heads are written "Work History".
 */
function buildLines(items: readonly PositionedText[], y: number, headingMarginRight?: number): Line[] {
  if (headingMarginRight !== undefined && items.every((item) => item.x + item.width <= headingMarginRight)) return [{ ...buildLine(items, y), inMargin: true }];
  let previousEnd = items[0]!.x + items[0]!.width;
  for (let index = 1; index < items.length; index++) {
    const item = items[index]!;
    if (headingMarginRight !== undefined && previousEnd <= headingMarginRight && item.x >= headingMarginRight) {
      const heading = buildLine(items.slice(0, index), y);
      if (detectSectionHeading(heading.text) !== undefined) return [{ ...heading, inMargin: true }, buildLine(items.slice(index), y)];
    }
    if (isCellGap(item.x - previousEnd, item)) {
      const heading = buildLine(items.slice(0, index), y);
      return isMarginHeading(heading.text) ? [heading, buildLine(items.slice(index), y)] : [buildLine(items, y)];
    }
    previousEnd = Math.max(previousEnd, item.x + item.width);
  }
  return [buildLine(items, y)];
}

/**
 * A title or school name beside a right-aligned date can wrap inside its own cell (narrow columns):
 * "Seoul National⇥2011–2013" then "University". Such a line is put back into the first cell when its
 * first word would not have fitted before the date; a dangling range ("08/2022 -") also takes the
 * second cell of the next line ("Dublin, Ireland⇥Present").
 */
function mergeWrappedCells(lines: readonly Line[], paragraphGap: number): Line[] {
  const merged: Line[] = [];
  for (const line of lines) {
    const above = merged.at(-1);
    const wrapsCell =
      above?.firstCellRight !== undefined &&
      above.secondCellLeft !== undefined &&
      Math.abs(above.fontSize - line.fontSize) <= 0.5 &&
      above.y - line.y <= paragraphGap &&
      Math.abs(line.left - above.left) <= Math.max(1.5, line.fontSize * 0.3) &&
      above.secondCellLeft - above.firstCellRight < line.firstWordWidth + line.fontSize * 0.6 &&
      // Geometry alone would also take a location line written under a long title ("Austin, TX"):
      // ask for a sign of a broken phrase as well.
      (/^\p{Ll}/u.test(line.text) ||
        /(?:\s(?:of|the|and|at|for|in|de)|[&,|–—-])$/i.test(above.text.split('\t')[0]!) ||
        /^\p{Lu}\p{L}+(?:\t|$)/u.test(line.text) ||
        (line.isTabular && /[-–—]$/.test(above.text)));
    if (!above || !wrapsCell) {
      merged.push(line);
      continue;
    }
    const aboveCells = above.text.split('\t');
    const lineCells = line.text.split('\t');
    if (lineCells.length === 1) {
      aboveCells[0] = `${aboveCells[0]} ${lineCells[0]}`;
    } else if (lineCells.length === 2 && /[-–—]$/.test(aboveCells.at(-1)!)) {
      aboveCells[0] = `${aboveCells[0]} ${lineCells[0]}`;
      aboveCells[aboveCells.length - 1] = `${aboveCells.at(-1)} ${lineCells[1]}`;
    } else {
      merged.push(line);
      continue;
    }
    merged[merged.length - 1] = { ...above, text: aboveCells.join('\t'), y: line.y };
  }
  return merged;
}

/**
 * A line that continues the one above: it starts where the words above start, the line above ran
 * out to the flow's right edge (its last word had no room for this line's first word), and there
 * is no paragraph gap or change of type size. This is how a reader sees a wrapped bullet or
 * paragraph; the PDF itself only has separate lines.
 */
function continuesLine(above: Line, start: Line, line: Line, flowRight: number, paragraphGap: number, bodyFontSize: number): boolean {
  if (above.isTabular || line.isTabular || line.hasMarginNote) return false;
  if (continuesDisplayLine(above, line, bodyFontSize)) return true;
  if (continuesBrokenAddress(above, line, flowRight, paragraphGap)) return true;
  // Prose wraps; a list of short items (a sidebar's skills) does not, however close to the edge an item ends.
  if (above.text.split(' ').length < 6) return false;
  if (Math.abs(above.fontSize - line.fontSize) > 0.5) return false;
  if (above.y - line.y > paragraphGap) return false;
  // Under "• Text" drawn as one run, the wrapped words start past the glyph, up to a gap of an em or so after the estimate.
  const wrapsUnderWords = start.textLeftEstimated
    ? line.left - start.left > line.fontSize * 0.3 && line.left - start.textLeft <= line.fontSize * 0.6 && start.textLeft - line.left <= Math.max(1.5, line.fontSize * 0.3)
    : Math.abs(line.left - start.textLeft) <= Math.max(1.5, line.fontSize * 0.3);
  if (!wrapsUnderWords) return false;
  if (BULLET_GLYPH.test(line.text.charAt(0)) && line.text.charAt(1) === ' ') return false;
  // "Software: Revit, Rhino" under a list that ran to the edge: a labelled line starts an item of its own.
  if (/^\p{Lu}[\p{L}&/-]*(?: [\p{L}&/-]+){0,2}: /u.test(line.text)) return false;
  // A new sentence starting a line after one that ended is a new item, not a wrap.
  if (/[.!?]$/.test(above.text) && /^\p{Lu}/u.test(line.text)) return false;
  const room = flowRight - above.right;
  return room < line.firstWordWidth + line.fontSize * 0.6;
}

/** The end of a web address or e-mail address a browser may break after a hyphen or a slash. */
const BROKEN_ADDRESS_END = /(?:^|\s)(?:[\w-]+\.)+[a-z]{2,}\/[\w./-]*[-/]$|(?:^|\s)[\w.-]+@[\w-]+[-.]$/i;

/**
 * A web or e-mail address broken at a hyphen or slash because it did not fit ("…linkedin.com/in/
 * laverne-" / "wolf"): the line above ran to the right edge, and this line is a single word in the
 * same type. Its position does not matter: a centred contact line centres the rest too.
 */
/**
 * An address a narrow column broke anywhere, not only at a hyphen or slash (CSS `overflow-wrap:
 * anywhere`): an e-mail address whose domain has no dot yet ("…85@exa" / "mple.com"), or a web
 * address with a path ("linkedin.com/in/grahamdietr" / "ich2") followed by a lower-case piece.
 */
const ADDRESS_CUT_ANYWHERE = /(?:^|\s)[\w.+-]+@[\w-]*$|(?:^|\s)(?:[\w-]+\.)+[a-z]{2,}\/[\w./-]*$/i;

function isBrokenAddress(above: string, rest: string): boolean {
  if (BROKEN_ADDRESS_END.test(above)) return /^[\w.-]+\/?$/.test(rest);
  if (/@[\w-]*$/.test(above)) return /^[\w.-]+$/.test(rest);
  // An e-mail address cut after its domain's dot ("…@example.co" / "m"): the rest is one lower-case
  // piece without a dot of its own ("studio.dev" under an address is a web address of its own).
  if (/(?:^|\s)[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.?$/.test(above)) return /^[\p{Ll}\d][\w-]*$/u.test(rest);
  // The rest of a web address has no domain of its own: "github.com/…" under a link is the next link.
  return ADDRESS_CUT_ANYWHERE.test(above) && /^[\p{Ll}\d][\w/-]*$/u.test(rest);
}

function continuesBrokenAddress(above: Line, line: Line, flowRight: number, paragraphGap: number): boolean {
  return (
    isBrokenAddress(above.text, line.text) &&
    Math.abs(above.fontSize - line.fontSize) <= 0.5 &&
    above.y - line.y <= paragraphGap &&
    flowRight - above.right < line.firstWordWidth + line.fontSize * 0.6
  );
}

/**
 * A name or headline set in display type that wrapped in a narrow header block ("Judith" /
 * "Abernathy-Kowalski"): the same large size, the same left edge, a line apart, a few words each.
 */
function continuesDisplayLine(above: Line, line: Line, bodyFontSize: number): boolean {
  const fewWords = (text: string): boolean => text.split(' ').length <= 3;
  return (
    above.fontSize >= bodyFontSize * 1.4 &&
    Math.abs(above.fontSize - line.fontSize) <= 0.5 &&
    Math.abs(line.left - above.left) <= Math.max(2, line.fontSize * 0.1) &&
    above.y - line.y <= line.fontSize * 1.5 &&
    fewWords(above.text) &&
    fewWords(line.text)
  );
}

/**
 * Chromium and some word processors draw list markers as shapes, not text: an indented run of
 * lines is all that is left of a bulleted list. Lines indented from the flow's left edge, at an x
 * shared by another such line, get a "• " so the résumé parser sees them as list items. Centred
 * lines (a name, a contact line) rarely share an x, so they stay as they are; nor do lines at the x
 * where entry headers with a right-aligned date start (the padding of a card, not a list's indent).
 */
function markIndentedListItems(lines: readonly Line[], flowLeft: number, flowRight: number): Set<Line> {
  // Beside a margin column (dates on the left of a timeline) the entries' text starts where the
  // lines carrying a margin note start: a list is indented from there, not from the page's edge.
  const noteLefts = lines.filter((line) => line.hasMarginNote).map((line) => line.left).sort((a, b) => a - b);
  const mainLeft = noteLefts[Math.floor(noteLefts.length / 2)] ?? Number.NEGATIVE_INFINITY;
  const indentedFrom = (left: number, line: Line): boolean => line.left - left >= 6 && line.left - left <= 60;
  // A section heading is never a list item: where headings start (after an icon, beside a timeline's
  // rail) is where the flow's text starts, however far that is from the column's edge.
  const headingLefts = lines.filter((line) => detectSectionHeading(line.text) !== undefined).map((line) => line.left);
  const startsLikeHeading = (line: Line): boolean => headingLefts.some((left) => Math.abs(left - line.left) <= 1.5);
  // Dates alone on their line ("Aug. 2021 – today" in a coloured pill) head an entry; they list nothing.
  const onlyDates = (line: Line): boolean => findDateRange(line.text)?.matched.trim() === line.text.trim();
  const indented = lines.filter(
    (line) =>
      !line.isTabular &&
      !line.hasMarginNote &&
      !startsLikeHeading(line) &&
      !onlyDates(line) &&
      (indentedFrom(flowLeft, line) || indentedFrom(mainLeft, line)) &&
      !/^[•●▪◦‣∙·■□➢►▶✓✔–{-] /.test(line.text),
  );
  // A job with a single bullet has no second item to share its x: a sentence indented from the
  // left but not centred (its right-hand slack differs from its indent) is that list item.
  const loneItem = (line: Line): boolean =>
    line.text.split(' ').length >= 5 && /^[\p{Lu}\d]/u.test(line.text) && Math.abs(line.left - flowLeft - (flowRight - line.right)) > 12;
  // Where entry headers ("Role⇥dates") start, the text is a card's or a box's content, not a list:
  // the employer line under a card's role starts where the role does.
  const entryLefts = lines.filter((line) => line.isTabular && !line.hasMarginNote && YEAR.test(line.text.slice(line.text.lastIndexOf('\t')))).map((line) => line.left);
  const startsEntries = (line: Line): boolean => entryLefts.filter((left) => Math.abs(left - line.left) <= 1.5).length >= 2;
  return new Set(indented.filter((line) => !startsEntries(line) && (loneItem(line) || indented.some((other) => other !== line && Math.abs(other.left - line.left) <= 1.5))));
}

/**
 * Joins lines of one flow: wrapped lines are rejoined into the line they continue, list items whose
 * marker was drawn as a shape get a bullet, and paragraph breaks are marked where the vertical gap
 * is clearly larger than usual.
 */
function joinFlow(physicalLines: readonly Line[], bodyFontSize: number, pageLeft = Number.POSITIVE_INFINITY): string {
  const gaps = physicalLines.slice(1).map((line, index) => physicalLines[index]!.y - line.y).filter((gap) => gap > 0);
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const typicalGap = sortedGaps[Math.floor(sortedGaps.length / 2)] ?? 0;
  const paragraphGap = typicalGap > 0 ? typicalGap * 1.35 : Number.POSITIVE_INFINITY;
  const lines = mergeWrappedCells(physicalLines, paragraphGap);
  const flowRight = Math.max(...lines.filter((line) => !line.isTabular && !line.inMargin).map((line) => line.right), 0);
  const flowLeft = Math.min(pageLeft, ...lines.filter((line) => !line.inMargin).map((line) => line.left));
  let text = '';
  // The logical line being built: its first physical line (where its words start) and its last.
  let above: Line | undefined;
  let start: Line | undefined;
  const continuations = new Set<Line>();
  lines.forEach((line) => {
    if (above && start && continuesLine(above, start, line, flowRight, paragraphGap, bodyFontSize)) continuations.add(line);
    else start = line;
    above = line;
  });
  const listItems = markIndentedListItems(lines.filter((line) => !continuations.has(line)), flowLeft, flowRight);
  lines.forEach((line, index) => {
    if (index > 0) {
      const gap = lines[index - 1]!.y - line.y;
      if (continuations.has(line) && isBrokenAddress(lines[index - 1]!.text, line.text)) {
        // The rest of a broken address follows it without a space; the hyphen is part of the address.
      } else if (continuations.has(line) && /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) {
        // A word broken at a hyphen: "well-" / "trained" keeps its hyphen; a name in display type
        // only breaks where typesetting hyphenated it ("Konopel-" / "ski").
        if (continuesDisplayLine(lines[index - 1]!, line, bodyFontSize)) text = text.slice(0, -1);
      } else {
        text += continuations.has(line) ? ' ' : typicalGap > 0 && gap > typicalGap * 1.6 ? '\n\n' : '\n';
      }
    }
    text += listItems.has(line) ? `• ${line.text}` : line.text;
  });
  return text;
}

/**
 * Where the main column starts when short right-aligned notes sit in a margin column to its left:
 * the dates (and skill or language names) of moderncv's classic style, "08/2022 -" above "Present"
 * beside "Sales Representative, Hubspot Ltd, Dublin". Found from rows whose first run ends just
 * before the next one starts, at an x shared by at least four such rows, with the notes'
 * right edges aligned. Undefined when the page has no such column.
 */
export function findMarginColumnEdge(rows: readonly Row[], allowLeftAligned = false): number | undefined {
  return findMarginColumn(rows, allowLeftAligned)?.edge;
}

/**
 * The margin column (see findMarginColumnEdge) with, for right-aligned notes, where they end: the
 * column starts at its first note ending there, so a header above it (a name, a contact line whose
 * first item happens to lie left of the edge) is read as it was, not as notes.
 */
function findMarginColumn(rows: readonly Row[], allowLeftAligned = false): { edge: number; noteRight?: number } | undefined {
  const minX = Math.min(...rows.flatMap((row) => row.items.map((item) => item.x)));
  const maxX = Math.max(...rows.flatMap((row) => row.items.map((item) => item.x + item.width)));
  const candidates = rows
    .filter((row) => row.items.length >= 2)
    .map((row) => ({ note: row.items[0]!, next: row.items[1]! }))
    // A list marker drawn apart from its text ("•" then the item) is a bullet, not a margin note.
    .filter(({ note, next }) => next.x - (note.x + note.width) >= 2 && next.x - minX >= 40 && !BULLET_GLYPH.test(note.str.trim()) && note.str.trim().split(/\s+/).length <= 4);
  for (const { next } of candidates) {
    const sharing = candidates.filter((candidate) => Math.abs(candidate.next.x - next.x) <= 1);
    if (sharing.length < 4) continue;
    const rightEdges = sharing.map(({ note }) => note.x + note.width);
    const aligned = rightEdges.filter((edge) => rightEdges.filter((other) => Math.abs(other - edge) <= 3).length >= 3);
    // Notes sit close to the text they annotate; lines of a main column that happen to end
    // together, far left of a sidebar's text, are no margin column.
    const noteSize = Math.max(...sharing.map(({ note }) => note.fontSize));
    if (aligned.length >= 3 && next.x - Math.max(...aligned) <= noteSize * 4) return { edge: next.x - 1, noteRight: Math.max(...aligned) };
    if (allowLeftAligned && isNarrowLeftCell(sharing, minX, maxX)) return { edge: next.x - 1 };
  }
  return undefined;
}

/** A year of this century or the last, standing alone ("2020", "2020.03", "03/2020"). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/**
 * A narrow first table column, left-aligned: dates and places in a cell beside the entries, where
 * a date range wraps ("January 2020 to" / "November 2022"). Its notes start together near the page's left edge
 * and end wherever their text does, so the gap to the next cell varies by far more than a space
 * would; and the column is narrow (a title beside a date column further right is not a margin)
 * and holds dates.
 */
function isNarrowLeftCell(sharing: ReadonlyArray<{ note: PositionedText; next: PositionedText }>, minX: number, maxX: number): boolean {
  const noteLeft = Math.min(...sharing.map(({ note }) => note.x));
  const atLeftEdge = sharing.filter(({ note }) => note.x - noteLeft <= 1.5);
  if (atLeftEdge.length < 4 || noteLeft - minX > 12) return false;
  // A column of dates, not of labels: a label/value table ("Clinical⇥Patient assessment") reads well as it is.
  if (atLeftEdge.filter(({ note }) => YEAR.test(note.str)).length < 3) return false;
  const gaps = atLeftEdge.map(({ note, next }) => next.x - (note.x + note.width));
  const nextX = atLeftEdge[0]!.next.x;
  return Math.max(...gaps) - Math.min(...gaps) >= 20 && nextX - minX <= (maxX - minX) * 0.35;
}

/** A month name, whole or abbreviated ("Sep", "Sept.", "September"), not any word starting like one ("Marseille"). */
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?(?:\s|$)/i;
const ONGOING_WORD = /^(?:present|current|now|today|ongoing|(?:till|to) date)\b/i;

/**
 * Whether a margin note continues a date range broken in the note above: after a month name comes
 * its year ("December" / "2020"); after a dash or "to", the end ("2014 –" / "November 2017", "Present").
 */
function continuesDateNote(above: string, note: string): boolean {
  const lastWord = above.slice(above.lastIndexOf(' ') + 1);
  if (MONTH_WORD.test(lastWord)) return /^\d/.test(note);
  return /(?:[-–—]|\sto|\suntil|\still)$/i.test(above) && (/^\d/.test(note) || MONTH_WORD.test(note) || ONGOING_WORD.test(note));
}

/** A short note without digits that is not a heading: a place ("Rennes", "York, UK"), not a date or a label of a list. */
function isPlaceNote(note: string): boolean {
  return (
    note !== '' &&
    !/\d/.test(note) &&
    note.split(' ').length <= 5 &&
    !isMarginHeading(note) &&
    !/[:;]$/.test(note) &&
    // Pieces of a broken date are not places: "– January", "September", "Present".
    !/^[-–—~]|[-–—~]$/.test(note) &&
    !MONTH_WORD.test(note) &&
    !ONGOING_WORD.test(note)
  );
}

/**
 * Whether a date note is whole, and so may take the entry's place from the note below it: a range
 * with both ends written with full years ("January 2020 to November 2022", "2019 – Present") or a
 * lone year takes a place beside the entry's next line ('beside'); other whole dates ("2019/04 –
 * 2020/09", "Apr ’19 – Jun ’21", "2021.10 - ongoing", "since 2022", "Graduated 2012") only a place
 * standing alone below them ('alone'), as a timeline sets it. A range cut after its dash or month
 * ("January, 2014 – May,") takes none.
 */
function completeDateNote(note: string): 'beside' | 'alone' | undefined {
  if (/^\d{4}$/.test(note)) return 'beside';
  if (/\d{4}/.test(note) && /[-–—~]|\sto\s/.test(note) && /(?:\d{4}|present|current|now|today)$/i.test(note)) return 'beside';
  if (/^(?:(?:since|from|graduated|class of)\s+)?\d{4}$/i.test(note)) return 'alone';
  return /\d/.test(note) && /[-–—~]|\sto\s/.test(note) && /(?:\d{2}|present|current|now|today|ongoing|date)$/i.test(note) ? 'alone' : undefined;
}

/**
 * Lines of a page with a margin column (see findMarginColumnEdge): each note goes in front of its
 * row's main text, tab-separated ("08/2022 - Present⇥Sales Representative, …"), and a note that
 * wrapped after a dash ("08/2022 -" / "Present") is joined back, so the row below keeps only its
 * list item. The line's geometry stays that of the main text, for the wrapping and list rules.
 */
function linesWithMarginNotes(rows: readonly Row[], edge: number, noteRight?: number): Line[] {
  const lines: Array<{ line: Line; note: string; trailingNote?: string }> = [];
  // The last line that took a note of its own, and how many rows ago: a date can break over rows
  // whose notes were already joined to it.
  let dateNoteOwner: { line: Line; note: string } | undefined;
  let rowsSinceDateNote = 0;
  // Whether the entry whose dates were just read may still take its place from the note below them,
  // and how many rows ago they were read (the place can sit below the entry's second line).
  let placeExpected: 'beside' | 'alone' | undefined;
  let rowsSinceDates = 0;
  const flowLeft = Math.min(...rows.flatMap((row) => row.items.map((item) => item.x)));
  for (const row of rows) {
    rowsSinceDates++;
    const { notes, main, crossesEdge } = splitAtMargin(row, edge, noteRight, flowLeft);
    // Past the entry's next line, only a note with nothing beside it can still be its place (a note
    // beside text further down labels that text: a skill group's name).
    const placeSlot =
      placeExpected !== undefined &&
      rowsSinceDateNote <= 2 &&
      (placeExpected === 'beside'
        ? rowsSinceDates <= 1 || (main.length === 0 && rowsSinceDates <= 3)
        : // Other dates take only a place set right-aligned under them in their column (a timeline's).
          main.length === 0 && rowsSinceDates <= 3 && noteRight !== undefined && notes.length > 0 && Math.abs(Math.max(...notes.map((item) => item.x + item.width)) - noteRight) <= 3);
    // A row without a note leaves the place slot open: the entry's second line may come first.
    if (notes.length > 0) placeExpected = undefined;
    const above = lines.at(-1);
    // Spaced as a line is (letters drawn one by one, as letter-spaced or small-caps type is, stay one word).
    const noteText = notes.length === 0 ? '' : buildLine(notes, row.y).text.replaceAll('\t', ' ');
    if (notes.length > 0 && main.length === 0 && above && /[-–—]$/.test(above.note)) {
      // "Present" under "2019 –" with nothing beside it: the range of an entry without a description.
      above.note = `${above.note} ${noteText}`;
      placeExpected = completeDateNote(above.note);
      rowsSinceDates = 0;
      continue;
    }
    if (notes.length > 0 && !crossesEdge && dateNoteOwner && rowsSinceDateNote <= 3 && continuesDateNote(dateNoteOwner.note, noteText)) {
      // A narrow margin breaks a range after a month name or a dash: "December" / "2020 – June" /
      // "2022", even when a list item of the entry sits between the pieces.
      dateNoteOwner.note = `${dateNoteOwner.note} ${noteText}`;
      rowsSinceDateNote++;
      placeExpected = completeDateNote(dateNoteOwner.note);
      rowsSinceDates = 0;
      if (main.length > 0) lines.push({ line: buildLine(main, row.y), note: '' });
      continue;
    }
    const last = lines.at(-1);
    if (placeSlot && notes.length > 0 && !crossesEdge && isPlaceNote(noteText)) {
      // The place under an entry's dates ("Rennes" below "January 2023 to Now") annotates the entry as
      // the dates do; it goes where a right-aligned place goes, after the line beside it (the
      // employer), or after the entry's last line when nothing is beside it.
      rowsSinceDateNote++;
      if (main.length > 0) lines.push({ line: buildLine(main, row.y), note: '', trailingNote: noteText });
      else if (last && last.trailingNote === undefined && !BULLET_GLYPH.test(last.line.text.charAt(0))) last.trailingNote = noteText;
      else lines.push({ line: { ...buildLine(notes, row.y), inMargin: true }, note: '' });
      continue;
    }
    if (notes.length === 0 || main.length === 0 || crossesEdge) {
      const inMargin = main.length === 0;
      lines.push(...buildLines(row.items, row.y).map((line) => ({ line: inMargin ? { ...line, inMargin } : line, note: '' })));
      continue;
    }
    if (isMarginHeading(noteText)) {
      // A heading in the margin column beside its section's first line ("WORK EXPERIENCE" level with
      // a title) is a line of its own, above that line, not a note in front of it.
      lines.push({ line: { ...buildLine(notes, row.y), inMargin: true }, note: '' }, { line: buildLine(main, row.y), note: '' });
      continue;
    }
    let note = noteText;
    if (above && above.note !== '' && (/[-–—]$/.test(above.note) || /^[-–—]/.test(note))) {
      above.note = `${above.note} ${note}`;
      note = '';
    }
    const entry = { line: buildLine(main, row.y), note };
    lines.push(entry);
    if (note !== '') {
      dateNoteOwner = entry;
      rowsSinceDateNote = 0;
      placeExpected = completeDateNote(note);
      rowsSinceDates = 0;
    }
    rowsSinceDateNote++;
  }
  return lines.map(({ line, note, trailingNote }) => {
    const text = trailingNote === undefined ? line.text : `${line.text}\t${trailingNote}`;
    return note === '' ? { ...line, text } : { ...line, text: `${note}\t${text}`, hasMarginNote: true };
  });
}

/**
 * A row's margin notes and main text. Notes end left of the column's edge; where the notes are
 * right-aligned (they end at `noteRight`), a row whose text beside them starts a little left of the
 * edge (a second grid of the same design: a group name right-aligned beside its list) still splits
 * after the runs ending there, when a gap wider than a word space follows them.
 */
function splitAtMargin(row: Row, edge: number, noteRight: number | undefined, flowLeft: number): { notes: PositionedText[]; main: PositionedText[]; crossesEdge: boolean } {
  const notes = row.items.filter((item) => item.x + item.width <= edge);
  const main = row.items.filter((item) => item.x + item.width > edge);
  // A list marker drawn a point or two left of the text column ("{" of moderncv) is still main text.
  const crossesEdge = main.some((item) => item.x < edge - 3);
  if (noteRight === undefined || !crossesEdge) return { notes, main, crossesEdge };
  for (let index = 1; index < row.items.length; index++) {
    const last = row.items[index - 1]!;
    const next = row.items[index]!;
    const end = last.x + last.width;
    if (end > edge) break;
    // A line of prose starts at the flow's left edge; a right-aligned note starts where its length puts it.
    if (Math.abs(end - noteRight) <= 3 && next.x - end > next.fontSize * 0.5 && row.items[0]!.x - flowLeft > 3) return { notes: row.items.slice(0, index), main: row.items.slice(index), crossesEdge: false };
  }
  return { notes, main, crossesEdge };
}

const largestSize = (row: Row): number => Math.max(...row.items.map((item) => item.fontSize));

/**
 * A label/value CV (Europass and the like): a column of labels ("Telephone", an entry's dates, a
 * heading), right-aligned against a gutter, each beside the value it names. The labels are set
 * smaller than the values and the table cells are top-aligned, so a label's baseline sits a fixed
 * distance above its value's and the two never share a row: the page looks like two independent
 * columns and would be read labels first, values after. Found from label rows (left of a gutter,
 * right edges aligned) each within half a line of a value row, with the same offset for the same
 * pair of type sizes at least three times (independent columns agree by chance, not by the point).
 * Returns the rows with every label moved onto its value's row, and where the label column ends.
 * `gutterX` is the page's column gutter (findColumnGutter), when the caller has it already.
 */
export function alignTopAlignedLabels(rows: readonly Row[], gutterX: number | undefined = findColumnGutter(rows)): { rows: Row[]; edge: number } | undefined {
  if (gutterX === undefined) return undefined;
  const labels = rows.filter((row) => row.items.every((item) => item.x + item.width <= gutterX));
  const values = rows.filter((row) => row.items.every((item) => item.x >= gutterX));
  // A page of a CV has a few dozen labels; hundreds are no such page (and would cost a square of them).
  if (labels.length < 3 || values.length < 3 || labels.length > 200) return undefined;
  const rightEdge = (row: Row): number => Math.max(...row.items.map((item) => item.x + item.width));
  const leftEdge = (row: Row): number => Math.min(...row.items.map((item) => item.x));
  const sharedEdge = (edges: number[]): number => Math.max(...edges.map((edge) => edges.filter((other) => Math.abs(other - edge) <= 1.5).length));
  // Right-aligned: the labels end together but start wherever their length puts them.
  if (sharedEdge(labels.map(rightEdge)) < labels.length * 0.6 || sharedEdge(labels.map(leftEdge)) >= labels.length * 0.6) return undefined;

  const pairs: Array<{ label: Row; value: Row; offset: number; sizes: string }> = [];
  const taken = new Set<Row>();
  for (const label of labels) {
    const value = values
      .filter((row) => !taken.has(row) && Math.abs(label.y - row.y) <= 0.6 * Math.max(largestSize(label), largestSize(row)))
      .sort((a, b) => Math.abs(label.y - a.y) - Math.abs(label.y - b.y))[0];
    if (!value) continue;
    taken.add(value);
    pairs.push({ label, value, offset: label.y - value.y, sizes: `${largestSize(label).toFixed(1)}/${largestSize(value).toFixed(1)}` });
  }
  const agreeing = pairs.filter((pair) => Math.abs(pair.offset) >= 0.3 && pairs.filter((other) => other.sizes === pair.sizes && Math.abs(other.offset - pair.offset) <= 0.3).length >= 3);
  if (agreeing.length < 3) return undefined;

  const moved = new Map(pairs.map((pair) => [pair.value, pair.label] as const));
  const movedLabels = new Set(pairs.map((pair) => pair.label));
  const aligned = rows
    .filter((row) => !movedLabels.has(row))
    .map((row) => {
      const label = moved.get(row);
      return label ? { y: row.y, items: [...label.items.map((item) => ({ ...item, y: row.y })), ...row.items] } : row;
    });
  const labelEnd = Math.max(...labels.map(rightEdge));
  const valueStart = Math.min(...values.map(leftEdge).filter((x) => x > labelEnd));
  return { rows: aligned, edge: Number.isFinite(valueStart) ? (labelEnd + valueStart) / 2 : labelEnd + 1 };
}

/**
 * A left margin that holds section headings and nothing else (titlesec's `leftmargin` heads, a CV
 * whose section names sit beside their first entry): most rows start at one x, the body's left edge,
 * and every row with text wholly left of it has a single margin run there that is a section heading
 * word. Returns how far right such a heading may end; undefined when the margin holds anything else
 * (moderncv's dates and labels) or nothing.
 */
function findHeadingMargin(rows: readonly Row[], marginEdge?: number): number | undefined {
  let edge = marginEdge;
  if (edge === undefined) {
    const starts = new Map<number, number>();
    for (const row of rows) {
      const x = Math.round(row.items[0]!.x);
      starts.set(x, (starts.get(x) ?? 0) + 1);
    }
    const [bodyLeft, count] = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
    if (count < rows.length / 2) return undefined;
    edge = bodyLeft - 2;
  }
  const limit = edge;
  const marginRows = rows.filter((row) => row.items[0]!.x + row.items[0]!.width <= limit);
  const headingRow = (row: Row): boolean => {
    const margin = row.items.filter((item) => item.x + item.width <= limit);
    return margin.length === row.items.filter((item) => item.x < limit).length && detectSectionHeading(margin.map((item) => item.str.trim()).join(' ')) !== undefined;
  };
  return marginRows.length >= 2 && marginRows.every(headingRow) ? limit : undefined;
}

function medianFontSize(items: readonly PositionedText[]): number {
  const sizes = items.map((item) => item.fontSize).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 10;
}

/**
 * The leading rows of a page that form a header of two blocks whose baselines do not line up
 * (moderncv: a name that may wrap and a headline on the left, address, phone and e-mail
 * right-aligned on the right), and the gutter between them. The header ends at the first vertical
 * gap wider than three body lines; it must be small next to the page.
 */
function findHeaderGutter(rows: readonly Row[], bodyFontSize: number): { rowCount: number; gutterX: number } | undefined {
  let rowCount = 1;
  while (rowCount < rows.length && rows[rowCount - 1]!.y - rows[rowCount]!.y <= bodyFontSize * 3) rowCount++;
  if (rowCount < 4 || rowCount > 14 || rowCount * 2 > rows.length) return undefined;
  const gutterX = findColumnGutter(rows.slice(0, rowCount), 2);
  return gutterX === undefined ? undefined : { rowCount, gutterX };
}

export function layoutPageText(items: readonly PositionedText[], pageNumber: number): PageText {
  const visible = items.filter((item) => item.str.trim() !== '' && Number.isFinite(item.x) && Number.isFinite(item.y));
  const baselineRows = groupIntoRows(visible);
  const baselineGutter = findColumnGutter(baselineRows);
  const labelColumn = alignTopAlignedLabels(baselineRows, baselineGutter);
  const rows = labelColumn?.rows ?? baselineRows;
  const pageGutter = labelColumn ? findColumnGutter(rows) : baselineGutter;
  const flows: Line[][] = [];

  // A margin column of dates (moderncv) can sit inside the left flow of a page whose header also has
  // a right-hand block; it is looked for over the whole page and applied to whichever flow holds it.
  // A column of top-aligned labels (see alignTopAlignedLabels) is such a margin column too.
  const strictMargin = labelColumn ? undefined : findMarginColumn(rows);
  const strictMarginEdge = labelColumn?.edge ?? strictMargin?.edge;
  const dateColumnEdge = strictMarginEdge === undefined && pageGutter === undefined ? findMarginColumnEdge(rows, true) : undefined;
  const noteMarginEdge = strictMarginEdge ?? dateColumnEdge;
  // A margin of section headings alone is no column of notes: its headings become lines of their own.
  const headingMargin = findHeadingMargin(rows, noteMarginEdge);
  const marginEdge = headingMargin === undefined ? noteMarginEdge : undefined;
  // A table's column of dates starts at its first date, a column of right-aligned notes at its
  // first note ending on the column's edge: the rows above it (the name, the contact lines) are
  // read as they were, whatever sits left of the column's edge there.
  const noteRight = strictMargin?.noteRight;
  const dateColumnTop =
    dateColumnEdge !== undefined
      ? rows.find((row) => row.items.some((item) => item.x + item.width <= dateColumnEdge && YEAR.test(item.str)))?.y
      : noteRight !== undefined && strictMarginEdge !== undefined
        ? rows.find((row) => {
            const noteEnds = row.items.filter((item) => item.x + item.width <= strictMarginEdge).map((item) => item.x + item.width);
            return noteEnds.length > 0 && Math.abs(Math.max(...noteEnds) - noteRight) <= 3;
          })?.y
        : undefined;
  const bodyFontSize = medianFontSize(visible);
  const pageLeft = Math.min(...visible.map((item) => item.x));
  const headerBlocks = findHeaderGutter(rows, bodyFontSize);
  // On a short page, a header's right-hand block (or the margin column itself) can pass for a
  // column: when nothing below the header stands alone right of the gutter, there is no column.
  const onlyHeaderRight =
    pageGutter !== undefined &&
    headerBlocks !== undefined &&
    rows.slice(headerBlocks.rowCount).every((row) => !row.items.every((item) => item.x >= pageGutter));
  const gutterX = labelColumn !== undefined || onlyHeaderRight || (pageGutter !== undefined && marginEdge !== undefined && pageGutter <= marginEdge + 5) ? undefined : pageGutter;
  const toLines = (flowRows: readonly Row[]): Line[] =>
    marginEdge === undefined
      ? flowRows.flatMap((row) => buildLines(row.items, row.y, headingMargin))
      : [
          ...flowRows.filter((row) => dateColumnTop !== undefined && row.y > dateColumnTop).flatMap((row) => buildLines(row.items, row.y)),
          ...linesWithMarginNotes(flowRows.filter((row) => dateColumnTop === undefined || row.y <= dateColumnTop), marginEdge, noteRight),
        ];
  const header = gutterX === undefined ? headerBlocks : undefined;
  if (header) {
    // A header of two blocks side by side (name and headline left, an address block right-aligned):
    // each block is read whole, then the page below.
    const headerRows = rows.slice(0, header.rowCount);
    const side = (keep: (item: PositionedText) => boolean): Row[] =>
      headerRows.map((row) => ({ y: row.y, items: row.items.filter(keep) })).filter((row) => row.items.length > 0);
    // A run crossing the gutter (a long links line, right-aligned) belongs where most of it lies.
    const onLeft = (item: PositionedText): boolean => header.gutterX - item.x > item.x + item.width - header.gutterX;
    flows.push(toLines(side(onLeft)), toLines(side((item) => !onLeft(item))), toLines(rows.slice(header.rowCount)));
  } else if (gutterX === undefined) {
    flows.push(toLines(rows));
  } else {
    // Rows that cross the gutter (a full-width header, a banner) interrupt the columns: everything
    // above them is emitted left column first, then right column, then the spanning row itself.
    let left: Row[] = [];
    let right: Row[] = [];
    let spanning: Row[] = [];
    const flushColumns = (): void => {
      if (left.length > 0) flows.push(toLines(left));
      if (right.length > 0) flows.push(toLines(right));
      left = [];
      right = [];
    };
    const pageRight = Math.max(...rows.flatMap((row) => row.items.map((item) => item.x + item.width)));
    // A long unbreakable word (a URL, an e-mail address) in the left column can run a little past
    // the gutter; that row still belongs to the columns, unlike a banner that spans the page.
    const overflowsLeftColumn = (item: PositionedText): boolean => item.x < gutterX && item.x + item.width - gutterX < (pageRight - gutterX) * 0.4;
    for (const row of rows) {
      const crossing = row.items.filter((item) => crossesX(item, gutterX));
      if (crossing.length > 0 && (left.length > 0 || right.length > 0) && crossing.every(overflowsLeftColumn)) {
        const overflowEnd = Math.max(...crossing.map((item) => item.x + item.width));
        const leftItems = row.items.filter((item) => item.x < gutterX && item.x < overflowEnd);
        const rightItems = row.items.filter((item) => !leftItems.includes(item));
        if (leftItems.length > 0) left.push({ y: row.y, items: leftItems });
        if (rightItems.length > 0) right.push({ y: row.y, items: rightItems });
        continue;
      }
      if (crossing.length > 0) {
        if (left.length > 0 || right.length > 0) {
          flushColumns();
          spanning = [];
        }
        spanning.push(row);
        continue;
      }
      if (spanning.length > 0) {
        flows.push(toLines(spanning));
        spanning = [];
      }
      const leftItems = row.items.filter((item) => item.x + item.width <= gutterX);
      const rightItems = row.items.filter((item) => item.x >= gutterX);
      if (leftItems.length > 0) left.push({ y: row.y, items: leftItems });
      if (rightItems.length > 0) right.push({ y: row.y, items: rightItems });
    }
    if (spanning.length > 0) flows.push(toLines(spanning));
    flushColumns();
  }

  const lines = flows.flat();
  // A table shows up as a run of consecutive tab-separated lines; one such line alone is usually a right-aligned date.
  let tables = 0;
  for (const flow of flows) {
    flow.forEach((line, index) => {
      if (line.isTabular && flow[index + 1]?.isTabular && !flow[index - 1]?.isTabular) tables++;
    });
  }
  return {
    // Below a two-block header the page's left edge is the header's (its name starts the page).
    text: flows.filter((flow) => flow.length > 0).map((flow) => joinFlow(flow, bodyFontSize, header ? pageLeft : undefined)).join('\n\n'),
    layout: {
      page: pageNumber,
      columns: gutterX === undefined ? 1 : 2,
      ...(gutterX === undefined ? {} : { gutterX: Math.round(gutterX * 10) / 10 }),
      tabularLines: lines.filter((line) => line.isTabular).length,
      tables,
    },
  };
}

/** One page's text runs and its height, for finding what repeats from page to page. */
export interface PageItems {
  items: PositionedText[];
  height: number;
}

const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?$/i;
/**
 * A browser's own print header starts with the time of printing ("11/30/26, 1:10 PM", "26. 11. 30. 오후
 * 2:38", "30.11.26, 13:10") before the page title; its footer is the page's address and a page counter
 * ("https://… 1/2"). Both are printed on every page, even on a document of one page.
 */
const BROWSER_PRINT_TIME = /^\d{1,4}[./-] ?\d{1,2}[./-] ?\d{1,4}\.?,? (?:오[전후] ?)?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?(?: |$)/i;
const BROWSER_PRINT_ADDRESS = /^(?:https?|file):\/\/\S.*\s\d{1,3}\s*\/\s*\d{1,3}$/i;
/** How much of the page height, at the top and at the bottom, running headers and footers live in. */
const FURNITURE_MARGIN = 0.1;

/**
 * Running headers and footers are page furniture, not résumé text: a footer "Curriculum vitae —
 * name … Page 1 / 2" read into the page would land between two entries. A row in the top or bottom
 * tenth of a page of a document of several pages is dropped when it is a bare page number ("3",
 * "Page 2", "2 / 3", "Page 1 of 2") or when the same row (digits aside) stands at the same height on
 * another page. A one-page document has no furniture to tell apart from its text. A running header
 * is kept on the first page, where it may be all that names the person. A browser's print header and
 * footer (time, page title; address, page counter) go on every page, the first and a lone one too.
 */
export function withoutPageFurniture(pages: readonly PageItems[]): PositionedText[][] {
  const inMargin = (row: Row, height: number): boolean => row.y <= height * FURNITURE_MARGIN || row.y >= height * (1 - FURNITURE_MARGIN);
  const rowKey = (row: Row): string => row.items.map((item) => item.str.trim()).join(' ').replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const marginRows = pages.map((page) => groupIntoRows(page.items.filter((item) => item.str.trim() !== '')).filter((row) => inMargin(row, page.height)));
  // The pages each row (text, height to the point) stands on: a lookup per row, not a scan of every page.
  const pagesOfRow = new Map<string, Set<number>>();
  marginRows.forEach((rows, index) => {
    for (const row of rows) {
      const key = `${Math.round(row.y)}\u0000${rowKey(row)}`;
      pagesOfRow.set(key, (pagesOfRow.get(key) ?? new Set()).add(index));
    }
  });
  const standsElsewhere = (row: Row, index: number): boolean => {
    for (let dy = -2; dy <= 2; dy++) {
      const onPages = pagesOfRow.get(`${Math.round(row.y) + dy}\u0000${rowKey(row)}`);
      if (onPages && (onPages.size > 1 || !onPages.has(index))) return true;
    }
    return false;
  };
  return pages.map((page, index) => {
    const furniture = new Set<PositionedText>();
    for (const row of marginRows[index]!) {
      const text = row.items.map((item) => item.str.trim()).join(' ');
      const repeats = standsElsewhere(row, index);
      const isHeader = row.y >= page.height * (1 - FURNITURE_MARGIN);
      if (isHeader ? BROWSER_PRINT_TIME.test(text) : BROWSER_PRINT_ADDRESS.test(text)) {
        for (const item of row.items) furniture.add(item);
        continue;
      }
      // A page number alone counts on a page that has others ("1" … "2" differ only in digits, so they also repeat).
      if ((repeats || (pages.length > 1 && PAGE_NUMBER.test(text))) && !(isHeader && index === 0 && !PAGE_NUMBER.test(text))) for (const item of row.items) furniture.add(item);
    }
    return page.items.filter((item) => !furniture.has(item));
  });
}

function hasEncryptionDictionary(bytes: Uint8Array): boolean {
  // Trailer (or xref-stream) dictionaries are stored uncompressed, so a byte scan finds them.
  return /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}

function endsWithEofMarker(bytes: Uint8Array): boolean {
  // Readers tolerate a little trailing junk after %%EOF (Acrobat allows 1 KB); a missing marker means a cut-off upload.
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 1024));
  return tail.includes('%%EOF', 0, 'latin1');
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (!endsWithEofMarker(bytes)) {
    throw new DocumentRejectedError('BROKEN_FILE', { key: 'incompletePdf' });
  }
  const encrypted = hasEncryptionDictionary(bytes);

  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js detaches the buffer it is given, so hand it a copy. No system fonts: we only need text, not glyphs.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, useSystemFonts: false, enableXfa: false });
  } catch (error) {
    if (errorName(error) === 'PasswordException' || encrypted) throw new DocumentRejectedError('ENCRYPTED_PDF', undefined, { cause: error });
    throw new DocumentRejectedError('BROKEN_FILE', undefined, { cause: error });
  }

  try {
    const pageItems: PageItems[] = [];
    const pageCount = Math.min(document.numPages, MAX_PAGES);
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        items.push({ str: withLetterSpacedNumbersClosed(item.str), x, y, width: item.width, fontSize: Math.hypot(c, d) || Math.hypot(a, b) || 10 });
      }
      const [, bottom = 0, , top = 0] = page.view;
      pageItems.push({ items, height: top - bottom });
      page.cleanup();
    }
    const pageTexts = withoutPageFurniture(pageItems).map((items, index) => layoutPageText(items, index + 1));
    const text = pageTexts.map((page) => page.text).join('\n\n');
    if (text.replace(/\s/g, '').length < MIN_TEXT_CHARACTERS) throw new DocumentRejectedError('NO_TEXT_LAYER');
    const pages = pageTexts.map((page) => page.layout);
    return {
      kind: 'pdf',
      text,
      pages: document.numPages,
      hasTextLayer: true,
      layout: {
        columns: Math.max(...pages.map((page) => page.columns)),
        tables: pages.reduce((sum, page) => sum + page.tables, 0),
        lines: text.split('\n').filter((line) => line.trim() !== '').length,
        pages,
      },
    };
  } catch (error) {
    if (error instanceof DocumentRejectedError) throw error;
    if (errorName(error) === 'PasswordException') throw new DocumentRejectedError('ENCRYPTED_PDF', undefined, { cause: error });
    throw new DocumentRejectedError('BROKEN_FILE', undefined, { cause: error });
  } finally {
    await document.loadingTask.destroy();
  }
}
