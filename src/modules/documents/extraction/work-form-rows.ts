// An employer's application form sets each job as a small label | value table ("Employer⇥Acme",
// "Job title⇥Buyer", "Location⇥Leeds", "From – To⇥2019 – 2021", "Main duties⇥• …"): one row per field,
// read as "label⇥value" lines. Those rows are turned into the header row and value row of a table, the
// shape the entry reader already reads by its header cells, so each value keeps the role its label names.

/** The label of a form row and the table header cell it stands for. */
const FORM_LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:employer|name of employer|employer'?s name|company(?: name)?|organi[sz]ation)$/i, 'Employer'],
  [/^(?:job title|position(?: held)?|post(?: held)?|title|role)$/i, 'Job title'],
  [/^(?:location|place of work|city)$/i, 'Location'],
  [/^(?:from\s*[-–—/]\s*to|dates?(?: of employment)?|period(?: of employment)?|employment dates|duration)$/i, 'Dates'],
];

/** "Main duties⇥• …", "Reason for leaving⇥…": a row whose value is the job's duties or other prose. */
const DUTIES_LABEL = /^(?:main duties|duties(?: and responsibilities)?|responsibilities|key responsibilities|main responsibilities)$/i;

function formRow(line: string): { header: string; value: string } | undefined {
  const cells = line.replace(/^ +/, '').replace(/(?<! ) +$/, '').split('\t');
  if (cells.length !== 2) return undefined;
  const label = cells[0]!.trim().replace(/[:：]$/, '');
  const header = FORM_LABELS.find(([pattern]) => pattern.test(label))?.[1];
  return header ? { header, value: cells[1]!.trim() } : undefined;
}

/**
 * Runs of two or more form rows (one of them an employer or a job title) become a header row and a
 * value row; a duties row's label is dropped and its items kept. Other lines are unchanged.
 */
export function withFormRowsAsTables(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const rows: Array<{ header: string; value: string }> = [];
    for (let next = index; next < lines.length; next++) {
      const row = formRow(lines[next]!);
      if (!row || rows.some(({ header }) => header === row.header)) break;
      rows.push(row);
    }
    if (rows.length >= 2 && rows.some(({ header }) => header === 'Employer' || header === 'Job title')) {
      out.push(rows.map(({ header }) => header).join('\t'), rows.map(({ value }) => value).join('\t'));
      index += rows.length - 1;
      continue;
    }
    const cells = lines[index]!.trim().split('\t');
    if (cells.length === 2 && DUTIES_LABEL.test(cells[0]!.trim().replace(/[:：]$/, ''))) {
      out.push(cells[1]!.trim());
      continue;
    }
    out.push(lines[index]!);
  }
  return out;
}
