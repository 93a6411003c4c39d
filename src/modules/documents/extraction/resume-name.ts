// Who the résumé is about, read from what identifies the person rather than from where a layout
// put the name: people build their e-mail address and profile links from their own names
// ("dartey.joyce@…", "linkedin.com/in/joyce-dartey-d74a"), so a name-shaped line whose words those
// identifiers spell is the name wherever it sits (under a sidebar, after a running header, beside a
// contact block). Without such agreement the caller keeps what the layout says.

/** Letters people's addresses spell without their accents or special letters ("Ström" → strom, "Łukasz" → lukasz). */
const LETTER_FOLDS = new Map([
  ['ł', 'l'], ['ø', 'o'], ['æ', 'ae'], ['œ', 'oe'], ['ß', 'ss'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i'], ['ɛ', 'e'], ['ŋ', 'n'],
]);

/** Lower case, accents dropped, special letters spelled the way addresses spell them; letters and digits only. */
export function foldForIdentifier(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFD').toLowerCase()) {
    if (/\p{M}/u.test(char)) continue;
    folded += LETTER_FOLDS.get(char) ?? char;
  }
  return folded.replace(/[^a-z0-9]+/g, ' ').trim();
}

const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** The person's own part of a profile or personal link: "linkedin.com/in/<slug>", "github.com/<slug>", "<name>.example.com". */
const PROFILE_SLUG = /(?:linkedin\.com\/in|github\.com|gitlab\.com|behance\.net|dribbble\.com|twitter\.com|x\.com|medium\.com\/@?)\/([\w%.-]+)/gi;
/** Mailbox names that say nothing about the person. */
const ROLE_MAILBOXES = new Set(['mail', 'info', 'contact', 'hello', 'hi', 'me', 'cv', 'resume', 'jobs', 'work', 'office', 'admin']);

/**
 * What the person's own identifiers spell: e-mail local parts (and the domain of an address at a
 * personal domain, "mail@mariafranco.example.org") and profile slugs, folded for comparison.
 */
export function personalIdentifiers(text: string): string[] {
  const identifiers: string[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const [local, domain] = match[0].toLowerCase().split('@') as [string, string];
    if (!ROLE_MAILBOXES.has(local)) identifiers.push(foldForIdentifier(local).replace(/ /g, ''));
    else identifiers.push(foldForIdentifier(domain.split('.')[0]!).replace(/ /g, ''));
  }
  for (const match of text.matchAll(PROFILE_SLUG)) identifiers.push(foldForIdentifier(match[1]!).replace(/ /g, ''));
  return identifiers.filter((identifier) => identifier.length >= 3);
}

/**
 * How much of a candidate name the identifiers spell, in [0, 1]: the share of its words (of three
 * letters or more) that one identifier contains. "Joyce Dartey" against "darteyjoyce" → 1.
 */
export function nameAgreement(candidate: string, identifiers: readonly string[]): number {
  const words = foldForIdentifier(candidate).split(' ').filter((word) => word.length >= 3);
  if (words.length === 0 || identifiers.length === 0) return 0;
  let best = 0;
  for (const identifier of identifiers) {
    const found = words.filter((word) => identifier.includes(word)).length;
    best = Math.max(best, found / words.length);
  }
  return best;
}

/**
 * The name-shaped segment the person's identifiers agree with best (at least half its words spelled
 * by one identifier), among the segments of the first lines; undefined when none agrees. Earlier
 * lines win ties.
 */
export function nameAgreeingWithIdentifiers(
  segmentsByLine: ReadonlyArray<readonly string[]>,
  identifiers: readonly string[],
  looksLikeName: (segment: string) => boolean,
): { name: string; line: number } | undefined {
  let best: { name: string; line: number; score: number } | undefined;
  segmentsByLine.forEach((segments, line) => {
    for (const segment of segments) {
      const score = nameAgreement(segment, identifiers);
      if (score >= 0.5 && (best === undefined || score > best.score) && looksLikeName(segment)) best = { name: segment, line, score };
    }
  });
  return best === undefined ? undefined : { name: best.name, line: best.line };
}
