/**
 * R Markdown for pagedown's `html_resume` template, sent as its `.Rmd`/`.md` source. The template
 * writes the page's side column first ("Aside": contact, skills, languages and a "Disclaimer" of
 * credits) and the main column after it ("Main": the name as a `{#title}` section, the headline and
 * the introduction, then the entries); each entry's fields are paragraphs, "N/A" where a field is
 * empty. A reader of the rendered page sees the name and introduction first, the side column beside
 * them, then the entries: the source is put in that order, without the front matter (whose `title`
 * is the page's, "Name's resume"), the knitr code chunks (never shown) and the credits.
 */
import { frontMatterEnd, isAtxHeading, isSetextHeadingAt, isSetextTitleAt, pagedownColumnAt, withoutCodeChunks, withoutHeadingAttributes } from './markdown-pandoc.js';

/** A setext underline of the name's heading in the title section. */
const SETEXT_RULE = /^\s*(?:={3,}|-{3,})\s*$/;
/** The template's empty-field placeholder. */
const NOT_APPLICABLE = /^\s*N\/A\s*$/i;
const TITLE_ATTRIBUTE = /\{#title\}\s*$/;
const CREDITS_ATTRIBUTE = /\{#disclaimer\}\s*$/;

/** The `##`-level sections of a column: each a heading line (setext rule kept) and the lines up to the next one. */
function sectionsOf(lines: readonly string[]): string[][] {
  const sections: string[][] = [];
  for (const [index, line] of lines.entries()) {
    const opens = (isAtxHeading(line) || isSetextHeadingAt(lines, index)) && !/^\s{0,3}#{3,6}\s/.test(line);
    if (opens || sections.length === 0) sections.push([]);
    sections.at(-1)!.push(line);
  }
  return sections;
}

/**
 * The pagedown résumé in reading order, as Markdown; undefined for any other document (one without
 * the template's "Aside" and "Main" columns).
 */
export function pagedownResumeInReadingOrder(markdown: string): string | undefined {
  const source = markdown.split('\n');
  const lines = withoutCodeChunks(source.slice(frontMatterEnd(source) + 1));
  const columnAt = (name: string): number => lines.findIndex((_line, index) => pagedownColumnAt(lines, index) === name);
  const aside = columnAt('aside');
  const main = columnAt('main');
  if (aside < 0 || main < 0 || main < aside) return undefined;
  const skipRule = (index: number): number => (isSetextTitleAt(lines, index) ? index + 2 : index + 1);
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
