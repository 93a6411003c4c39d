/**
 * An application form's numbered boxes (the UN's Personal History Form P.11 and its kind): a row of
 * captions ("1. Family name⇥First name⇥Middle name", "4. Permanent address⇥5. Telephone No.⇥6. E-mail")
 * over the row of what the person wrote in them. The caption row is no text of the person's and the
 * values have no label beside them, so each box is read as "Caption⇥value", as the parser reads a
 * labelled row; the name's boxes become one "Name⇥First Middle Family" row, the family name (often
 * written in capitals, as such forms ask) in the case the person writes their name in.
 */

type BoxCaption = 'family' | 'first' | 'middle' | 'Date of birth' | 'Nationality' | 'Address' | 'Telephone' | 'E-mail' | 'Position applied for';

/** What a box's caption names, by its words without the box's number. */
const BOX_CAPTIONS: ReadonlyArray<[RegExp, BoxCaption]> = [
  [/^(?:family name|surname|last name)$/i, 'family'],
  [/^(?:first names?|given names?|forenames?)$/i, 'first'],
  [/^(?:middle names?|other names?)$/i, 'middle'],
  [/^(?:date of birth|birth date)$/i, 'Date of birth'],
  [/^(?:nationality|citizenship|nationalities)(?:\s*\(\w+\))?$/i, 'Nationality'],
  [/^(?:permanent |home |current |present |postal )?address$/i, 'Address'],
  [/^(?:telephone|phone|mobile)(?: no\.?| number)?$/i, 'Telephone'],
  [/^e-?mail(?: address)?$/i, 'E-mail'],
  [/^(?:post|position|job) applied for$/i, 'Position applied for'],
];

/** "4.", "12)", "b." before a box's caption. */
const BOX_NUMBER = /^(?:\d{1,2}|[a-z])[.)]\s*/i;
/** A box left empty on purpose. */
const EMPTY_BOX = /^[-–—]?$/;

function captionOf(cell: string): { caption: BoxCaption; numbered: boolean } | undefined {
  const text = cell.trim();
  const numbered = BOX_NUMBER.test(text);
  const words = text.replace(BOX_NUMBER, '').replace(/[:：]$/, '').trim();
  const caption = BOX_CAPTIONS.find(([pattern]) => pattern.test(words))?.[1];
  return caption === undefined ? undefined : { caption, numbered };
}

/** A family name in capitals ("EL-SAYED", "D'SOUZA") in the case names are written: "El-Sayed", "D'Souza". */
function inNameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function boxRows(captions: readonly BoxCaption[], values: readonly string[]): string[] {
  const parts = new Map<BoxCaption, string>();
  captions.forEach((caption, index) => {
    const value = values[index]!.trim();
    if (!EMPTY_BOX.test(value)) parts.set(caption, value);
  });
  const rows: string[] = [];
  if (parts.has('family') || parts.has('first')) {
    const family = parts.get('family');
    rows.push(`Name\t${[parts.get('first'), parts.get('middle'), family === undefined ? undefined : inNameCase(family)].filter(Boolean).join(' ')}`);
  }
  for (const [caption, value] of parts) if (caption !== 'family' && caption !== 'first' && caption !== 'middle') rows.push(`${caption}\t${value}`);
  return rows;
}

/**
 * The lines with every caption row of boxes and the row of values under it read as labelled rows. A
 * caption row counts when each of its cells is a known caption and one is numbered as a form numbers
 * its boxes (a lone "Address" line over a street stays a heading-and-value pair as written), or when
 * it names the person's family name; its values must fill the same number of cells.
 */
export function withFormBoxesAsRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const cells = lines[index]!.split('\t');
    const captions = cells.map(captionOf);
    const values = lines[index + 1]?.split('\t');
    const isCaptionRow =
      captions.every((caption) => caption !== undefined) &&
      captions.some((caption) => caption!.numbered || caption!.caption === 'family') &&
      values !== undefined &&
      values.length === cells.length &&
      values.every((value) => captionOf(value) === undefined);
    if (!isCaptionRow) {
      out.push(lines[index]!);
      continue;
    }
    out.push(...boxRows(captions.map((caption) => caption!.caption), values));
    index++;
  }
  return out;
}
