import { findDateRange } from './resume-dates.js';
import { isBullet, stripBullet, wordCount } from './resume-lines.js';
import { isDescriptionSentence } from './work-entry-lines.js';

// Roles grouped under one employer, each role's title and dates set as list items like its duties
// (a LinkedIn-style export: "Mack Air" / "• Captain" / "• April 2022 – present · Maun" / "• Flew …" /
// "• Pilot" / "• Oct 2019 – March 2022 · Maun"). Read as they stand, every role became a duty of one
// job with no title or dates. Each role becomes an entry of its own under the employer's line.

/** Words beside the dates a role's dates item has at most ("· Maun", "공정운전 조장 · 여수 1공장"). */
const MAX_DATES_ITEM_WORDS = 7;
/** Words a role's title item has at most; a duty is longer or a sentence. */
const MAX_TITLE_ITEM_WORDS = 8;

/** A list item giving a role's dates (and perhaps its title or place), not a duty mentioning a year. */
function isRoleDatesItem(line: string): boolean {
  if (!isBullet(line)) return false;
  const item = stripBullet(line);
  const range = findDateRange(item);
  if (range?.startDate === undefined || (range.endDate === undefined && !range.isCurrent)) return false;
  const rest = item.replace(range.matched, ' ');
  return wordCount(rest.replace(/[·|,]/g, ' ')) <= MAX_DATES_ITEM_WORDS && !/[.;:]\s*$/.test(item) && !isDescriptionSentence(item);
}

function isRoleTitleItem(line: string | undefined): boolean {
  if (line === undefined || !isBullet(line) || isRoleDatesItem(line)) return false;
  const item = stripBullet(line);
  return wordCount(item) <= MAX_TITLE_ITEM_WORDS && !/[.;:]\s*$/.test(item) && !isDescriptionSentence(item);
}

/** Index of the first list item of the role whose dates item is at `datesIndex`: its title item, or the dates item holding its title. */
function roleStart(items: readonly string[], datesIndex: number): number {
  const datesItem = stripBullet(items[datesIndex]!);
  const titleInline = datesItem.indexOf(findDateRange(datesItem)!.matched) > 0;
  return !titleInline && datesIndex > 0 && isRoleTitleItem(items[datesIndex - 1]) ? datesIndex - 1 : datesIndex;
}

/** An employer's line and the list items under it, rewritten as one entry per role, or undefined when they are no grouped roles. */
function rolesUnderEmployer(employer: string, items: readonly string[]): string[] | undefined {
  const datesIndexes = items.flatMap((item, index) => (isRoleDatesItem(item) ? [index] : []));
  // The first item under the employer opens a role; otherwise these are one job's duties.
  if (datesIndexes.length === 0 || roleStart(items, datesIndexes[0]!) !== 0) return undefined;
  const lines: string[] = [];
  datesIndexes.forEach((datesIndex, role) => {
    const start = roleStart(items, datesIndex);
    const end = role + 1 < datesIndexes.length ? roleStart(items, datesIndexes[role + 1]!) : items.length;
    lines.push('', employer, ...items.slice(start, datesIndex + 1).map(stripBullet), ...items.slice(datesIndex + 1, end));
  });
  // The entry after the last role starts on its own, not as more lines of that role's header.
  lines.push('');
  return lines;
}

/** The experience section's lines with roles grouped under one employer as list items set out one entry per role. */
export function withGroupedRolesAsEntries(lines: readonly string[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let end = index + 1;
    while (end < lines.length && isBullet(lines[end]!)) end++;
    // A line under an entry's dates ("2017 – 2021" / "Acme, Welder, Oban") is that entry's header, no employer heading roles.
    const previous = result.at(-1);
    const followsDates = previous !== undefined && !isBullet(previous) && findDateRange(previous) !== undefined;
    const isEmployerLine = line.trim() !== '' && !isBullet(line) && !followsDates && findDateRange(line) === undefined && !isDescriptionSentence(line);
    const roles = isEmployerLine && end > index + 1 ? rolesUnderEmployer(line.trim(), lines.slice(index + 1, end)) : undefined;
    if (roles === undefined) {
      result.push(line);
      continue;
    }
    result.push(...(result.length === 0 || result.at(-1)!.trim() === '' ? roles.slice(1) : roles));
    index = end - 1;
  }
  return result;
}
