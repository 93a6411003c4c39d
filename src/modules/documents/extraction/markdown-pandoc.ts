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

const isAtxHeading = (line: string): boolean => /^ {0,3}#{1,6}\s/.test(line);

/**
 * The Markdown without knitr chunks, heading attribute blocks and pagedown's column headings. A
 * document with none of them is returned unchanged.
 */
export function withoutPandocMarkup(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  // YAML front matter is read on its own (markdown-front-matter.ts): copied through as it is.
  const frontMatterEnd = FRONT_MATTER_FENCE.test(lines[0] ?? '') ? lines.findIndex((line, index) => index > 0 && FRONT_MATTER_CLOSE.test(line)) : -1;
  for (let index = 0; index <= frontMatterEnd; index++) out.push(lines[index]!);
  for (let index = frontMatterEnd + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = CHUNK_FENCE.exec(line);
    if (fence) {
      // The chunk's code is the page's program, not its text: skip to the closing fence.
      const marker = fence[1]!;
      let close = index + 1;
      while (close < lines.length && !lines[close]!.trim().startsWith(marker)) close++;
      index = close;
      continue;
    }
    const next = lines[index + 1];
    const setext = next !== undefined && line.trim() !== '' && SETEXT_UNDERLINE.test(next);
    if (setext && /^ {0,3}=/.test(next) && PAGEDOWN_COLUMNS.test(line.trim())) {
      index++;
      continue;
    }
    out.push(setext || isAtxHeading(line) ? withoutHeadingAttributes(line) : line);
  }
  return out.join('\n');
}
