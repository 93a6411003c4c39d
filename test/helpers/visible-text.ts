/** Visible words of a page (no tags, scripts, styles or head). */
export function visibleWords(html: string): string[] {
  const body = html.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
  return body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** The words written in Latin script only (English left on a Korean page, names, product terms). */
export function latinWords(html: string): string[] {
  return visibleWords(html).filter((w) => /^[\p{Script=Latin}\d\W]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
}

/** Share of Latin-script words among the visible words: the measure of English left on a Korean page. */
export function latinShare(html: string): number {
  const words = visibleWords(html);
  return words.length === 0 ? 0 : latinWords(html).length / words.length;
}

export const htmlLang = (html: string): string | undefined => /<html lang="([^"]+)"/.exec(html)?.[1];
