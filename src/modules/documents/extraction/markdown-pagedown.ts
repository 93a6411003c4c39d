/**
 * R Markdown for pagedown's `html_resume` template, sent as its `.Rmd`/`.md` source. The template
 * writes the page's side column first ("Aside": contact, skills, languages and a "Disclaimer" of
 * credits) and the main column after it ("Main": the name as a `{#title}` section, the headline and
 * the introduction, then the entries); each entry's fields are paragraphs, "N/A" where a field is
 * empty. A reader of the rendered page sees the name and introduction first, the side column beside
 * them, then the entries: the source is put in that order, without the front matter (whose `title`
 * is the page's, "Name's resume"), the knitr code chunks (never shown) and the credits.
 */

/** A level-1 setext or ATX heading line of the template's two columns. */
const COLUMN_HEADING = /^(?:#\s+)?(aside|main)\s*$/i;
const SETEXT_RULE = /^\s*(?:={3,}|-{3,})\s*$/;
/** An R Markdown code chunk's opening fence: ```` ```{r, include=FALSE} ````. */
const CHUNK_FENCE = /^\s*```+\s*\{/;
const FENCE = /^\s*```/;
/** The template's empty-field placeholder. */
const NOT_APPLICABLE = /^\s*N\/A\s*$/i;
/** A pandoc attribute block after a heading: `{#contact}`, `{data-icon=suitcase data-concise=true}`. */
const HEADING_ATTRIBUTES = /\{[#.\w][^{}]*\}\s*$/;
const TITLE_ATTRIBUTE = /\{#title\}\s*$/;
const CREDITS_ATTRIBUTE = /\{#disclaimer\}\s*$/;

/** A pandoc heading's text without its attribute block ("Skills {#skills}" → "Skills"). */
export function withoutHeadingAttributes(line: string): string {
  return HEADING_ATTRIBUTES.test(line) ? line.replace(HEADING_ATTRIBUTES, '').trimEnd() : line;
}

function isHeadingAt(lines: readonly string[], index: number): boolean {
  return /^\s{0,3}#{1,6}\s/.test(lines[index]!) || (lines[index]!.trim() !== '' && SETEXT_RULE.test(lines[index + 1] ?? ''));
}

/** The `##`-level sections of a column: each a heading line (setext rule kept) and the lines up to the next one. */
function sectionsOf(lines: readonly string[]): string[][] {
  const sections: string[][] = [];
  for (const [index, line] of lines.entries()) {
    const opens = isHeadingAt(lines, index) && !/^\s{0,3}#{3,6}\s/.test(line);
    if (opens || sections.length === 0) sections.push([]);
    sections.at(-1)!.push(line);
  }
  return sections;
}

function withoutFrontMatter(lines: readonly string[]): readonly string[] {
  if (!/^---\s*$/.test(lines[0] ?? '')) return lines;
  const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  return close < 0 ? lines : lines.slice(close + 1);
}

function withoutCodeChunks(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let inChunk = false;
  for (const line of lines) {
    if (inChunk) inChunk = !FENCE.test(line);
    else if (CHUNK_FENCE.test(line)) inChunk = true;
    else kept.push(line);
  }
  return kept;
}

/**
 * The pagedown résumé in reading order, as Markdown; undefined for any other document (one without
 * the template's "Aside" and "Main" columns).
 */
export function pagedownResumeInReadingOrder(markdown: string): string | undefined {
  const lines = withoutCodeChunks(withoutFrontMatter(markdown.split('\n')));
  const columnAt = (name: string): number =>
    lines.findIndex((line, index) => COLUMN_HEADING.exec(line)?.[1]!.toLowerCase() === name && (line.startsWith('#') || /^\s*={3,}\s*$/.test(lines[index + 1] ?? '')));
  const aside = columnAt('aside');
  const main = columnAt('main');
  if (aside < 0 || main < 0 || main < aside) return undefined;
  const skipRule = (index: number): number => (/^\s*={3,}\s*$/.test(lines[index + 1] ?? '') ? index + 2 : index + 1);
  const asideSections = sectionsOf(lines.slice(skipRule(aside), main)).filter((section) => !CREDITS_ATTRIBUTE.test(section[0] ?? ''));
  const mainSections = sectionsOf(lines.slice(skipRule(main)));
  const titleIndex = mainSections.findIndex((section) => TITLE_ATTRIBUTE.test(section[0] ?? ''));
  // The name's section: its heading is the name itself, read as the page's first line (no heading).
  const title = titleIndex < 0 ? [] : mainSections[titleIndex]!.filter((text, index) => !(index === 1 && SETEXT_RULE.test(text)));
  const entries = mainSections.filter((_section, index) => index !== titleIndex);
  return [...title, '', ...asideSections.flat(), '', ...entries.flat()]
    .filter((text) => !NOT_APPLICABLE.test(text))
    .map((text) => withoutHeadingAttributes(text))
    .join('\n');
}
