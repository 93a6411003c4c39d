/**
 * Pandoc and R Markdown syntax a rendered page never shows. R Markdown résumés (pagedown's
 * `html_resume`, vitae) write headings with attribute blocks ("Experience {data-icon=suitcase}",
 * "Contact Info {#contact}") and start with knitr chunks ("```{r, include=FALSE}"); pagedown splits
 * the page into an "Aside" and a "Main" column with two level-one headings. Left in, the attributes
 * hide every section heading and the whole document reads as one summary.
 */

/** One attribute of a pandoc attribute block: `#id`, `.class` or `key=value`. */
const ATTRIBUTE = /^(?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|[^\s"{}]*))$/;
/** A fence opening an executable chunk: ```{r …}, ```{python}. */
const CHUNK_FENCE = /^ {0,3}(`{3,}|~{3,})\s*\{/;
/** A setext underline of a level-one or level-two heading. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FRONT_MATTER_FENCE = /^---\s*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)\s*$/;
/** pagedown's layout columns: headings of the page's frame, not of its content. */
const PAGEDOWN_COLUMNS = /^(?:aside|main)$/i;

/** The heading text without a trailing attribute block; the line itself when it has none. */
export function withoutHeadingAttributes(line: string): string {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith('}')) return line;
  const open = trimmed.lastIndexOf('{');
  if (open <= 0 || !/\s/.test(trimmed[open - 1]!)) return line;
  const attributes = trimmed.slice(open + 1, -1).trim().split(/\s+/);
  if (attributes.length === 0 || !attributes.every((attribute) => ATTRIBUTE.test(attribute))) return line;
  return trimmed.slice(0, open).trimEnd();
}

export const isAtxHeading = (line: string): boolean => /^ {0,3}#{1,6}\s/.test(line);

/** A setext heading: a line with text underlined by the next line ("===" level one, "---" level two). */
export const isSetextHeadingAt = (lines: readonly string[], index: number): boolean =>
  lines[index]!.trim() !== '' && SETEXT_UNDERLINE.test(lines[index + 1] ?? '');

/** The index of the line closing the leading YAML front matter; -1 when the document has none. */
export function frontMatterEnd(lines: readonly string[]): number {
  return FRONT_MATTER_FENCE.test(lines[0] ?? '') ? lines.findIndex((line, index) => index > 0 && FRONT_MATTER_CLOSE.test(line)) : -1;
}

/** A level-one setext heading: text underlined with "===". */
export const isSetextTitleAt = (lines: readonly string[], index: number): boolean => isSetextHeadingAt(lines, index) && /^ {0,3}=/.test(lines[index + 1]!);

/**
 * pagedown's column heading at `index` ("Aside" or "Main" underlined with "===" or after "# "), or
 * undefined: the page's frame, not a heading of its content.
 */
export function pagedownColumnAt(lines: readonly string[], index: number): 'aside' | 'main' | undefined {
  const line = lines[index]!;
  const text = /^#\s/.test(line) ? line.slice(1).trim() : isSetextTitleAt(lines, index) ? line.trim() : undefined;
  return text !== undefined && PAGEDOWN_COLUMNS.test(text) ? (text.toLowerCase() as 'aside' | 'main') : undefined;
}

/** The lines without executable chunks: a chunk's code is the page's program, not its text. */
export function withoutCodeChunks(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = CHUNK_FENCE.exec(lines[index]!);
    if (!fence) {
      kept.push(lines[index]!);
      continue;
    }
    // Skip to the closing fence.
    const marker = fence[1]!;
    let close = index + 1;
    while (close < lines.length && !lines[close]!.trim().startsWith(marker)) close++;
    index = close;
  }
  return kept;
}

/**
 * The Markdown without knitr chunks, heading attribute blocks and pagedown's column headings. A
 * document with none of them is returned unchanged.
 */
export function withoutPandocMarkup(markdown: string): string {
  const source = markdown.split('\n');
  // YAML front matter is read on its own (markdown-front-matter.ts): copied through as it is.
  const bodyStart = frontMatterEnd(source) + 1;
  const lines = withoutCodeChunks(source.slice(bodyStart));
  const out = source.slice(0, bodyStart);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (isSetextTitleAt(lines, index) && pagedownColumnAt(lines, index)) {
      index++;
      continue;
    }
    out.push(isSetextHeadingAt(lines, index) || isAtxHeading(line) ? withoutHeadingAttributes(line) : line);
  }
  return out.join('\n');
}
