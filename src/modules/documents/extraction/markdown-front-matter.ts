// YAML front matter of a Markdown résumé (`---` / `name: …` / `---`), read as key/value data.
//
// Static-site and pandoc résumés keep the person's details there instead of in a heading. The keys
// are classified by a vocabulary (what a key means, not where it sits), and the values become the
// header a reader of the rendered page sees: the name on the first line, the headline under it, then
// the contact details on one line separated by " · ", and a summary under a "Summary" heading. Keys
// the vocabulary does not know (layout, date, tags…) are page settings, not résumé content: dropped.
// Only the YAML a résumé's front matter uses is read: scalars (plain or quoted), lists of scalars,
// lists of one-key maps (`- linkedin: https://…`) and one level of nested maps (`contact:` / `  email: …`).

type FrontMatterRole = 'name' | 'headline' | 'contact' | 'summary';

/** Key (lower case, `-`/space as `_`) → what its value is. */
const FRONT_MATTER_KEYS: ReadonlyMap<string, FrontMatterRole> = new Map<string, FrontMatterRole>([
  ...['name', 'full_name', 'fullname', 'author', 'person'].map((key) => [key, 'name'] as const),
  ...['title', 'headline', 'label', 'role', 'position', 'job_title', 'jobtitle', 'tagline', 'occupation', 'profession', 'subtitle'].map(
    (key) => [key, 'headline'] as const,
  ),
  ...[
    'email', 'e_mail', 'mail', 'phone', 'telephone', 'tel', 'mobile', 'cell', 'location', 'address', 'city', 'place', 'based_in',
    'website', 'url', 'homepage', 'web', 'site', 'links', 'profiles', 'social', 'contact', 'contacts', 'linkedin', 'github',
    'gitlab', 'twitter', 'x', 'mastodon', 'portfolio', 'blog',
  ].map((key) => [key, 'contact'] as const),
  ...['summary', 'about', 'bio', 'description', 'profile', 'objective', 'abstract'].map((key) => [key, 'summary'] as const),
]);

/** "Résumé", "CV", and pagedown's default "Jane Doe's resume": the page's name, not the person's job. */
const DOCUMENT_TITLES = /^(?:[^'’]+['’]s\s)?(?:r[ée]sum[ée]|cv|curriculum vitae|vita|home|about)$/i;
const FENCE = /^---\s*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)\s*$/;
/** `key: value` (value may be empty); keys are simple words, as front matter writes them. */
const KEY_VALUE = /^([A-Za-z][\w -]{0,40}):(?:\s(.*))?$/;
const LIST_ITEM = /^-\s(.*)$/;
/** Front matter longer than this is no résumé header: left as text. */
const MAX_FRONT_MATTER_LINES = 200;

export interface FrontMatterHeader {
  /** Header lines in reading order, ready to precede the Markdown body. */
  lines: string[];
  /** The Markdown after the closing fence. */
  body: string;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && (trimmed[0] === '"' || trimmed[0] === "'") && trimmed.at(-1) === trimmed[0]) return trimmed.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'");
  // A plain scalar ends at a comment.
  return trimmed.replace(/\s#.*$/, '').trim();
}

/** An inline YAML list (`[a, b]`) as its items; any other value as itself. */
function scalarValues(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) return trimmed.slice(1, -1).split(',').map(unquote).filter(Boolean);
  const single = unquote(trimmed);
  return single === '' || single === '|' || single === '>' ? [] : [single];
}

const normalizeKey = (key: string): string => key.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * The values of front matter lines, each with the top-level key it belongs to. Nested values (list
 * items, a nested map's values, a block scalar's lines) belong to the key above them; a nested map's
 * own key is classified too, so `contact:` / `  email: …` and `links:` / `  - github: …` both work.
 */
function valuesByKey(lines: readonly string[]): Array<{ key: string; value: string }> {
  const values: Array<{ key: string; value: string }> = [];
  let topKey: string | undefined;
  let blockScalar = false;
  for (const raw of lines) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const indented = /^\s/.test(raw);
    const line = raw.trim();
    if (!indented) {
      const match = KEY_VALUE.exec(line);
      topKey = match ? normalizeKey(match[1]!) : undefined;
      const value = match?.[2] ?? '';
      blockScalar = /^[|>][+-]?$/.test(value.trim());
      if (topKey !== undefined) for (const item of scalarValues(value)) values.push({ key: topKey, value: item });
      continue;
    }
    if (topKey === undefined) continue;
    if (blockScalar) {
      values.push({ key: topKey, value: line });
      continue;
    }
    const item = (LIST_ITEM.exec(line)?.[1] ?? line).trim();
    const nested = KEY_VALUE.exec(item);
    // `- linkedin: https://…` or `  email: a@b.c`: the nested key says what the value is when the top key does not.
    const key = nested && FRONT_MATTER_KEYS.has(normalizeKey(nested[1]!)) && !FRONT_MATTER_KEYS.has(topKey) ? normalizeKey(nested[1]!) : topKey;
    for (const value of scalarValues(nested ? (nested[2] ?? '') : item)) values.push({ key, value });
  }
  return values;
}

/**
 * Splits a leading YAML front matter off a Markdown document and turns it into header lines;
 * undefined when the document has none (or an unclosed or implausibly long one).
 */
export function readFrontMatter(markdown: string): FrontMatterHeader | undefined {
  const lines = markdown.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  let close = -1;
  for (let index = 1; index < Math.min(lines.length, MAX_FRONT_MATTER_LINES); index++) {
    if (CLOSING_FENCE.test(lines[index]!)) {
      close = index;
      break;
    }
  }
  if (close < 0) return undefined;
  const byRole: Record<FrontMatterRole, string[]> = { name: [], headline: [], contact: [], summary: [] };
  // A page that heads itself (`# Name`) shows its own text: its `description` is the meta description
  // search engines read (MkDocs, Hugo, Jekyll), never shown on the page.
  const headsItself = lines.slice(close + 1).some((line) => /^ {0,3}#\s/.test(line));
  for (const { key, value } of valuesByKey(lines.slice(1, close))) {
    if (key === 'description' && headsItself) continue;
    const role = FRONT_MATTER_KEYS.get(key);
    // `title: Résumé` names the page, not the person's job.
    if (role === 'headline' && DOCUMENT_TITLES.test(value)) continue;
    if (role !== undefined) byRole[role].push(value);
  }
  // Quarto and R Markdown pages name the person by `title` and the job by `subtitle`: with no name key, the first of two
  // headlines is the name shown above the other.
  if (byRole.name.length === 0 && byRole.headline.length >= 2) byRole.name.push(byRole.headline.shift()!);
  const header = [
    ...byRole.name.slice(0, 1),
    ...byRole.headline.slice(0, 1),
    ...(byRole.contact.length > 0 ? [byRole.contact.join(' · ')] : []),
    ...(byRole.summary.length > 0 ? ['', 'Summary', byRole.summary.join(' ')] : []),
  ];
  const body = lines.slice(close + 1);
  return { lines: header, body: (byRole.summary.length === 0 ? withIntroductionAsSummary(body) : body).join('\n') };
}

const MARKDOWN_HEADING = /^ {0,3}#{1,6}\s/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Words a paragraph has before it reads as prose rather than a stray line. */
const MIN_INTRODUCTION_WORDS = 6;

/**
 * With the name and contact details in the front matter, a paragraph (or `>` quote) before the first
 * heading of the body is the page's introduction: the summary, whatever heading it lacks.
 */
function withIntroductionAsSummary(body: readonly string[]): string[] {
  // An ATX heading, or a setext one: a line underlined with "===" or "---".
  const firstHeading = body.findIndex((line, index) => MARKDOWN_HEADING.test(line) || (line.trim() !== '' && SETEXT_UNDERLINE.test(body[index + 1] ?? '')));
  const introduction = (firstHeading < 0 ? [] : body.slice(0, firstHeading)).filter((line) => line.trim() !== '');
  const words = introduction.join(' ').split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  if (introduction.length === 0 || words < MIN_INTRODUCTION_WORDS) return [...body];
  return ['## Summary', '', ...body];
}
