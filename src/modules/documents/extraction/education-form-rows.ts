// A job board's printed profile, a form CV or a plain-text résumé of labelled fields sets each school as
// label | value rows ("School⇥University of Eswatini", "Degree⇥Bachelor of Commerce", "Field of study⇥
// Marketing", "Start date⇥2012", "End date⇥2016"; "Institution: …", "Qualification: …", "Dates: …";
// "학교명: 부경대학교", "전공 및 학위: 식품공학과 학사", "재학기간: 2005.03 ~ 2011.02"). Those rows become the
// header row and value row of a table, the shape the entry reader already reads by its header cells, so
// each value keeps the role its label names (the label had been read as the school).

type Column = 'School' | 'Degree' | 'Field of study' | '전공/학위' | 'Dates' | 'start' | 'end';

/** The label of a school's form row and the column it stands for. */
const EDUCATION_LABELS: ReadonlyArray<[RegExp, Column]> = [
  [/^(?:school|institution|university|college|school name|institution name|name of (?:school|institution|university|college)|학교명|학교|출신학교|학교 이름)$/i, 'School'],
  [/^(?:degree|qualification|qualification awarded|title of qualification(?: awarded)?|degree\s*\/\s*diploma|학위)$/i, 'Degree'],
  [/^(?:field(?: of study)?|major|subject|course|programme|program|area of study|전공|학과|전공학과)$/i, 'Field of study'],
  // One value for both ("식품공학과 학사"): read as a degree, which gives its field too.
  [/^(?:전공\s*(?:및|\/)\s*학위|학과\s*(?:및|\/)\s*학위)$/, '전공/학위'],
  [/^(?:dates?|period|years?|attended|from\s*[-–—/]\s*to|duration|기간|재학\s?기간|재학\s?년월)$/i, 'Dates'],
  [/^(?:start(?: date)?|from|entered|입학(?:일|년월)?)$/i, 'start'],
  [/^(?:end(?: date)?|to|graduated|graduation(?: date| year)?|year of graduation|졸업(?:일|년월)?)$/i, 'end'],
];

/** "Institution: …", "학교명: …": a label and its value in one line, when no tab separates them. */
function colonLabelled(text: string): [string, string] | [] {
  const colon = text.search(/[:：]/);
  if (colon < 2 || colon > 40 || text.includes('\t')) return [];
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

function educationRow(line: string): { column: Column; value: string } | undefined {
  const text = line.trim();
  const cells = text.split('\t');
  const [label, value] = cells.length === 2 ? [cells[0]!.trim().replace(/[:：]$/, ''), cells[1]!] : colonLabelled(text);
  if (label === undefined || value === undefined || value.trim() === '') return undefined;
  const column = EDUCATION_LABELS.find(([pattern]) => pattern.test(label.trim()))?.[1];
  return column ? { column, value: value.trim() } : undefined;
}

/**
 * Runs of two or more of a school's form rows (one of them naming the school or the degree) become a
 * header row and a value row; a start and an end row make one dates cell. Other lines are unchanged.
 */
export function withEducationFormRowsAsTables(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const rows: Array<{ column: Column; value: string }> = [];
    for (let next = index; next < lines.length; next++) {
      const row = educationRow(lines[next]!);
      if (!row || rows.some(({ column }) => column === row.column)) break;
      rows.push(row);
    }
    if (rows.length < 2 || !rows.some(({ column }) => column === 'School' || column === 'Degree' || column === '전공/학위')) {
      out.push(lines[index]!);
      continue;
    }
    const start = rows.find(({ column }) => column === 'start')?.value;
    const end = rows.find(({ column }) => column === 'end')?.value;
    const cells = rows.filter(({ column }) => column !== 'start' && column !== 'end');
    if (start !== undefined || end !== undefined) cells.push({ column: 'Dates', value: [start, end].filter(Boolean).join(' – ') });
    // A blank line first: the header row then opens the school's own entry.
    out.push('', cells.map(({ column }) => column).join('\t'), cells.map(({ value }) => value).join('\t'));
    index += rows.length - 1;
  }
  return out;
}
