// A profile page copied from a browser (LinkedIn's above all) carries every heading, name and date
// twice, one under the other: the page prints each once for the eye and once more, hidden, for screen
// readers, and a copy takes both ("Experience" / "Experience", "Copra Buyer" / "Copra Buyer"). Read as
// it stands, each job has two titles and two date lines, and each heading heads an empty section.

/** Lines with words a text has at least before its doubling is undone. */
const MIN_LINES = 12;
/** The share of a text's lines with words that must sit in such pairs: a résumé repeats a line by chance only now and then. */
const MIN_DOUBLED_SHARE = 0.5;

const hasWords = (line: string): boolean => /[\p{L}\p{N}]/u.test(line);

/**
 * The text with each pair of equal lines written once, when such pairs are most of its lines; any
 * other text as it is. A line that stood twice before the page doubled it (four in a row) stays twice.
 */
export function withoutDoubledLines(text: string): string {
  const lines = text.split('\n');
  const withWords = lines.filter(hasWords).length;
  if (withWords < MIN_LINES) return text;
  let doubled = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    if (hasWords(lines[index]!) && lines[index]!.trim() === lines[index + 1]!.trim()) {
      doubled += 2;
      index++;
    }
  }
  if (doubled < withWords * MIN_DOUBLED_SHARE) return text;
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    out.push(lines[index]!);
    if (hasWords(lines[index]!) && lines[index]!.trim() === lines[index + 1]?.trim()) index++;
  }
  return out.join('\n');
}
