/**
 * HTML inside Markdown, as GitHub profile READMEs and many Markdown résumé templates write their
 * header (`<h1 align="center">Name</h1>`, `<p align="center"><b>Role</b></p>`, `<br>`): a reader sees
 * the text, with blocks on lines of their own, so the tags become line breaks (blocks), Markdown
 * markers (headings, list items) or nothing (inline emphasis). Only known HTML tag names are read,
 * so an autolink (`<https://…>`, `<name@example.org>`) or a "<5 years" in the text is left alone.
 */

/** A tag of one of the names below; the name must end at a space, `/` or `>` (`<a@b.c>` is an e-mail autolink). */
const HTML_TAG =
  /<(\/?)(h[1-6]|p|div|center|br|hr|b|strong|i|em|u|span|small|big|sub|sup|font|a|img|ul|ol|li|table|thead|tbody|tr|td|th|dl|dt|dd|details|summary|picture|source|section|header|footer|blockquote|kbd|code)(?=[\s/>])[^<>]*>/gi;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: ' ',
  middot: '·',
  bull: '•',
  ndash: '–',
  mdash: '—',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  copy: '©',
};
const ENTITY = /&(?:([a-z]+)|#(\d{1,6})|#x([\da-f]{1,6}));/gi;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? match;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

const HREF = /\bhref\s*=\s*["']([^"']*)["']/i;

/** The Markdown a tag stands for: a heading marker, a list marker, a line break, a link's target, or nothing. */
function tagAsMarkdown(tag: string, closing: boolean, name: string, pendingLinks: string[]): string {
  const lower = name.toLowerCase();
  if (/^h[1-6]$/.test(lower)) return closing ? '\n\n' : `\n\n${'#'.repeat(Number(lower[1]))} `;
  if (lower === 'li') return closing ? '\n' : '\n* ';
  if (lower === 'td' || lower === 'th') return closing ? '' : '\t';
  if (lower === 'a') {
    if (!closing) {
      pendingLinks.push(HREF.exec(tag)?.[1] ?? '');
      return '';
    }
    const href = pendingLinks.pop();
    return href && /^(?:https?:|mailto:)/i.test(href) ? ` (${href.replace(/^mailto:/i, '')})` : '';
  }
  if (/^(?:b|strong|i|em|u|span|small|big|sub|sup|font|img|kbd|code|source|picture)$/.test(lower)) return '';
  if (lower === 'hr') return '\n\n---\n\n';
  return '\n\n';
}

/**
 * The Markdown with its HTML tags read as above. A document without a known tag is returned as it
 * was (plain Markdown, the usual case, is never touched).
 */
export function markdownHtmlAsMarkdown(markdown: string): string {
  HTML_TAG.lastIndex = 0;
  if (!HTML_TAG.test(markdown)) return markdown;
  const pendingLinks: string[] = [];
  const converted = markdown.replace(HTML_TAG, (tag, slash: string, name: string) => tagAsMarkdown(tag, slash === '/', name, pendingLinks));
  // A heading's text set on the lines inside its tags ("<h1>\n  Name\n</h1>") stays one heading line.
  const lines = decodeEntities(converted)
    .replace(/^(#{1,6} )[ \t]*\n[ \t]*(?=\S)/gm, '$1')
    .split('\n')
    .map((line) => (/^[ \t]+$/.test(line) ? '' : line));
  // Blank lines a block tag added are collapsed to one, as a rendered page shows one gap.
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  return out.join('\n');
}
