// An application form's education table (the UN's P.11: "Name, place and country | Attended from | To |
// Degrees and academic distinctions | Main course of study"), as a PDF's text layer gives it: the header's
// long captions wrapped onto a second line ("from", "distinctions", "study"), a narrow "To" cell run into
// the degree beside it ("2002 B.Sc. Agriculture"), and a school or degree too long for its cell wrapped
// onto a line of its own under the row ("Clarence Fitzroy Bryant⇥2010⇥2012 Associate of …, Business⇥
// Business" / "College⇥Administration⇥Administration"). Each row is found by its pair of dates and read
// as "School⇥Dates⇥Degree⇥Field of study" under that header, the table the entry reader already reads.

type Column = 'school' | 'from' | 'to' | 'degree' | 'field';

const HEADER_CELLS: ReadonlyArray<[RegExp, Column]> = [
  [/^name(?:,? (?:place|address|city)(?: and country)?| of (?:school|institution|university|college)(?:,? place and country)?)$/i, 'school'],
  // "Attended from To": two narrow captions the text layer ran together.
  [/^(?:attended(?: from)?|from)(?: to)?$/i, 'from'],
  [/^to$/i, 'to'],
  [/^(?:degrees?|diplomas?|qualifications?)(?: (?:and academic distinctions|obtained|awarded|or certificates?))?$/i, 'degree'],
  [/^(?:main )?(?:course|field|subject)s? of study$/i, 'field'],
];

/** A month and year as forms ask them ("09/2018") or the year alone. */
const FORM_DATE = /^(?:(?:0?[1-9]|1[0-2])\/)?(?:19|20)\d{2}$/;
/** The row's two dates, each a cell or run into its neighbour by a space: "…⇥2010⇥2012 Associate …". */
const DATE_PAIR = /(?:^|[\t ])((?:(?:0?[1-9]|1[0-2])\/)?(?:19|20)\d{2})[\t ]((?:(?:0?[1-9]|1[0-2])\/)?(?:19|20)\d{2}|to date|present)(?=[\t ]|$)/i;
/** What a form writes in a box left empty. */
const EMPTY_CELL = /^[-–—]$/;

function headerColumns(line: string): Column[] | undefined {
  const columns = line.split('\t').map((cell) => HEADER_CELLS.find(([pattern]) => pattern.test(cell.trim()))?.[1]);
  if (columns.some((column) => column === undefined)) return undefined;
  const found = new Set(columns);
  return found.has('school') && found.has('degree') && (found.has('from') || found.has('to')) ? (columns as Column[]) : undefined;
}

/** The rest of a header's wrapped captions: single lower-case words ("from", "country⇥from", "from⇥distinctions⇥study"). */
function isWrappedCaptionLine(line: string): boolean {
  return line.trim() !== '' && line.split('\t').every((cell) => /^\p{Ll}+$/u.test(cell.trim()));
}

interface FormRow {
  school: string;
  dates: string;
  degree: string;
  field: string;
}

function rowOf(line: string): FormRow | undefined {
  const pair = DATE_PAIR.exec(line);
  if (!pair) return undefined;
  const school = line.slice(0, pair.index).trim();
  const after = line
    .slice(pair.index + pair[0].length)
    .split('\t')
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (school === '' && after.length === 0) return undefined;
  // "CSEC (9 subjects) and CAPE Unit 1 —": an empty field box run into the degree.
  const degree = (after[0] ?? '').replace(/(?<!\s)\s+[-–—]$/, '');
  const field = after.slice(1).join(' ');
  return { school, dates: `${pair[1]} – ${pair[2]}`, degree, field: EMPTY_CELL.test(field) ? '' : field };
}

/**
 * A wrapped line's cells added to the row above: three cells are the school's, the degree's and the
 * field's tails; two, the degree's and the field's (a school short enough for its cell); one, the
 * school's when it is a bracketed short name ("(ALBA)"), else the degree's.
 */
function withWrappedCells(row: FormRow, line: string): void {
  const cells = line.split('\t').map((cell) => cell.trim());
  const join = (head: string, tail: string | undefined): string => (tail === undefined || tail === '' || EMPTY_CELL.test(tail) ? head : `${head} ${tail}`.trim());
  if (cells.length >= 3) {
    row.school = join(row.school, cells[0]);
    row.degree = join(row.degree, cells[1]);
    row.field = join(row.field, cells.slice(2).join(' '));
  } else if (cells.length === 2) {
    row.degree = join(row.degree, cells[0]);
    row.field = join(row.field, cells[1]);
  } else if (cells[0]!.startsWith('(') || row.degree === '') {
    row.school = join(row.school, cells[0]);
  } else {
    row.degree = join(row.degree, cells[0]);
  }
}

/**
 * The lines with such a table read as above; other lines unchanged. A line after a row that has no
 * dates of its own is the row's wrapped text, up to a blank line.
 */
export function withFormEducationTableRead(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const columns = headerColumns(lines[index]!.trim());
    if (!columns) {
      out.push(lines[index]!);
      continue;
    }
    let next = index + 1;
    while (next < lines.length && isWrappedCaptionLine(lines[next]!)) next++;
    const rows: FormRow[] = [];
    for (; next < lines.length && lines[next]!.trim() !== ''; next++) {
      const line = lines[next]!.trim();
      const row = rowOf(line);
      if (row) rows.push(row);
      else if (rows.length > 0 && !FORM_DATE.test(line)) withWrappedCells(rows.at(-1)!, line);
      else break;
    }
    if (rows.length === 0) {
      out.push(lines[index]!);
      continue;
    }
    for (const row of rows) out.push('', 'School\tDates\tDegree\tField of study', [row.school, row.dates, row.degree || '—', row.field || '—'].join('\t'));
    index = next - 1;
  }
  return out;
}
