import { detectSectionHeading } from '../../../kernel/resume/resume-sections.js';
import type { PlainTextReader } from './plain-text-reader.js';

// Plain-text résumés that put section names in a left margin:
//
//   EXPERIENCE    Harbour Freight Ltd                      03/2021 – today
//                 Logistics Planner, Gdynia
//
// The margin is found from character positions over the whole text, not from heading words: the body
// starts at one column (the gutter) on most lines, and a few lines carry a short phrase left of that
// column, separated from the body by a run of spaces. Those phrases are read as headings on lines of
// their own, and the body is de-indented by the gutter, so the rest of the pipeline sees the layout
// every other plain-text résumé has. Header lines above the first margin phrase (often centred) are
// left as they are.

/** Narrowest and widest margins read as one (a margin holds a heading of one to three words). */
const MIN_GUTTER = 6;
const MAX_GUTTER = 32;
/** A margin phrase is followed by at least this many spaces before the gutter. */
const MIN_GAP = 2;
/** At least this many margin phrases, and this share of lines from the first one on at or right of the gutter. */
const MIN_MARGIN_PHRASES = 2;
const MIN_ALIGNED_SHARE = 0.8;
const MAX_MARGIN_WORDS = 4;

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The margin phrase of a line whose body starts at `gutter`, if the line has one. */
function marginPhraseAt(line: string, gutter: number): string | undefined {
  if (line.length <= gutter || line[gutter] === ' ' || line[gutter - 1] !== ' ') return undefined;
  const margin = line.slice(0, gutter);
  const phrase = margin.trim();
  if (phrase === '' || margin.length - margin.trimEnd().length < MIN_GAP) return undefined;
  if (phrase.split(/\s+/).length > MAX_MARGIN_WORDS) return undefined;
  return phrase;
}

/** The body column: the most common indent of indented lines, when it lies in a margin's range. */
function candidateGutter(lines: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const indent = indentOf(line);
    if (line.trim() !== '' && indent >= MIN_GUTTER && indent <= MAX_GUTTER) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [indent, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && indent < best)) best = indent;
  return best;
}

/**
 * Joins margin phrases a narrow margin wrapped ("WORK" above "HISTORY") when only together they name
 * a section: two headings on consecutive lines are otherwise two headings.
 */
function joinWrappedPhrases(phrases: Map<number, string>): void {
  for (const [index, phrase] of phrases) {
    const next = phrases.get(index + 1);
    if (next === undefined || detectSectionHeading(phrase) !== undefined || detectSectionHeading(next) !== undefined) continue;
    if (detectSectionHeading(`${phrase} ${next}`) === undefined) continue;
    phrases.set(index, `${phrase} ${next}`);
    phrases.delete(index + 1);
  }
}

/**
 * Plain text with its left-margin headings moved onto lines of their own and the body de-indented by
 * the gutter; the text unchanged when it has no such margin. One pass per line: linear in the text.
 */
export const marginColumnReader: PlainTextReader<MarginColumn> = {
  name: 'margin headings',
  /** A gutter (the common indent, 6–32 columns), two margin phrases or more left of it, and 80% of the lines from the first phrase on aligned to it. */
  gate: marginColumnOf,
  read: marginHeadingsAsLines,
};

/** A text's margin column: its lines, the gutter, the margin phrases by line and the line of the first. */
interface MarginColumn {
  lines: readonly string[];
  gutter: number;
  phrases: Map<number, string>;
  first: number;
}

function marginColumnOf(text: string): MarginColumn | undefined {
  const lines = text.split('\n');
  const gutter = candidateGutter(lines);
  if (gutter === undefined) return undefined;
  const phrases = new Map<number, string>();
  lines.forEach((line, index) => {
    if (indentOf(line) >= gutter) return;
    const phrase = marginPhraseAt(line, gutter);
    if (phrase !== undefined) phrases.set(index, phrase);
  });
  if (phrases.size < MIN_MARGIN_PHRASES) return undefined;
  const first = Math.min(...phrases.keys());
  let bodyLines = 0;
  let aligned = 0;
  for (let index = first; index < lines.length; index++) {
    if (lines[index]!.trim() === '') continue;
    bodyLines++;
    if (indentOf(lines[index]!) >= gutter || phrases.has(index)) aligned++;
  }
  return aligned / bodyLines < MIN_ALIGNED_SHARE ? undefined : { lines, gutter, phrases, first };
}

function marginHeadingsAsLines({ lines, gutter, phrases, first }: MarginColumn): string {
  const marginLines = new Set(phrases.keys());
  joinWrappedPhrases(phrases);

  const out: string[] = lines.slice(0, first);
  for (let index = first; index < lines.length; index++) {
    const line = lines[index]!;
    const phrase = phrases.get(index);
    if (phrase !== undefined) {
      // A blank line before the heading keeps it apart from the block above, as a heading on its own line would be.
      if (out.length > 0 && out.at(-1)!.trim() !== '') out.push('');
      out.push(phrase);
    }
    if (marginLines.has(index) || indentOf(line) >= gutter) out.push(line.length > gutter ? line.slice(gutter) : '');
    else out.push(line);
  }
  return out.join('\n');
}
