/** Attributes whose values people read (or hear from a screen reader). */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'value'];
/** Words that are names, not language: the product and the languages in themselves. */
const ALLOWED = new Set(['Candor', 'English', '한국어']);

/**
 * Visible text written into a nunjucks template instead of coming from `t()`: text between tags and
 * readable attribute values, after removing nunjucks tags, expressions and comments. Linear scans only.
 */
export function untranslatedText(template: string): string[] {
  const withoutNunjucks = template
    .replace(/\{#[\s\S]*?#\}/g, ' ')
    .replace(/\{%[\s\S]*?%\}/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ');
  const found: string[] = [];
  // Readable attributes with literal text (expressions were removed above).
  for (const m of withoutNunjucks.matchAll(/\s([\w-]+)="([^"]*)"/g)) {
    if (READ_ATTRIBUTES.includes(m[1]!) && m[1] !== 'value') collect(m[2]!, found);
  }
  const withoutScripts = withoutNunjucks.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
  const textOnly = withoutScripts.replace(/<[^>]*>/g, '\n');
  for (const chunk of textOnly.split('\n')) collect(chunk, found);
  return found;
}

function collect(text: string, found: string[]): void {
  const cleaned = text.replace(/&[a-z]+;|&#\d+;/g, ' ').trim();
  if (!/[\p{L}]/u.test(cleaned)) return;
  if (ALLOWED.has(cleaned)) return;
  found.push(cleaned);
}
