// A profile page copied from a browser (LinkedIn's above all) carries every heading, name and date
// twice, one under the other: the page prints each once for the eye and once more, hidden, for screen
// readers, and a copy takes both ("Experience" / "Experience", "Copra Buyer" / "Copra Buyer"). Read as
// it stands, each job has two titles and two date lines, and each heading heads an empty section.

import type { PlainTextReader } from './plain-text-reader.js';

/** Lines with words a text has at least before its doubling is undone. */
const MIN_LINES = 12;
/** The share of a text's lines with words that must sit in such pairs: a résumé repeats a line by chance only now and then. */
const MIN_DOUBLED_SHARE = 0.5;

const hasWords = (line: string): boolean => /[\p{L}\p{N}]/u.test(line);

/**
 * The text with each pair of equal lines written once, when such pairs are most of its lines; any
 * other text as it is. A line that stood twice before the page doubled it (four in a row) stays twice.
 * Only runs of two or four equal lines are the page's doubling: a line written three times, or over and
 * over (a pasted block repeated, a test file of one sentence), is the writer's and stays as written.
 */
export const doubledLinesReader: PlainTextReader<{ lines: readonly string[]; runs: ReadonlyArray<readonly [number, number]> }> = {
  name: 'doubled lines',
  /** Twelve lines with words or more, half of them in runs of two or four equal lines: the lines and their runs. */
  gate: doubledRuns,
  read: ({ lines, runs }) => {
    const out: string[] = [];
    for (const [start, length] of runs) {
      const kept = isDoubling(length) ? length / 2 : length;
      for (let i = 0; i < kept; i++) out.push(lines[start + i]!);
    }
    return out.join('\n');
  },
};

const isDoubling = (length: number): boolean => length === 2 || length === 4;

function doubledRuns(text: string): { lines: readonly string[]; runs: ReadonlyArray<readonly [number, number]> } | undefined {
  const lines = text.split('\n');
  const withWords = lines.filter(hasWords).length;
  if (withWords < MIN_LINES) return undefined;
  // Runs of equal lines with words: [start, length].
  const runs: Array<[number, number]> = [];
  for (let index = 0; index < lines.length; ) {
    let end = index + 1;
    if (hasWords(lines[index]!)) while (end < lines.length && lines[end]!.trim() === lines[index]!.trim()) end++;
    runs.push([index, end - index]);
    index = end;
  }
  const doubled = runs.reduce((sum, [, length]) => sum + (isDoubling(length) ? length : 0), 0);
  return doubled < withWords * MIN_DOUBLED_SHARE ? undefined : { lines, runs };
}
