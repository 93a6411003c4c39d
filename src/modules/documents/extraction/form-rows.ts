// A form CV, an employer's application form or a job board's print sets each entry as label | value rows
// ("Employer⇥Acme", "Job title⇥Buyer"; "School⇥University of Eswatini", "Degree⇥Bachelor of Commerce";
// "학교명: 부경대학교"). A run of such rows becomes the header row and value row of a table, the shape the
// entry reader already reads by its header cells, so each value keeps the role its label names. Each
// section says which labels it knows and where the Dates cell joined from a start and an end row goes.

/** Stand for the two ends of a range set in rows of their own, joined into one "Dates" cell. */
export const START = 'start';
export const END = 'end';

/** One cell of the table a run of form rows becomes: the header its label stands for, and its value. */
export interface FormCell {
  readonly header: string;
  readonly value: string;
}

/** What one section's form rows look like. */
export interface FormSection {
  /** Each label and the header cell it stands for; START and END stand for the two ends of a range. */
  readonly labels: ReadonlyArray<readonly [RegExp, string]>;
  /** A run is an entry only when one of its rows has one of these headers ("Employer", "School"). */
  readonly anchors: ReadonlySet<string>;
  /** Where the Dates cell joined from a start and an end row goes: last, or where the start row (else the end row) stood. */
  readonly datesCell: 'last' | 'in place';
  /** Also read "Institution: …", a label and its value separated by a colon, when no tab separates them. */
  readonly colonLabels: boolean;
}

/** "Institution: …", "학교명: …": a label and its value in one line, when no tab separates them. */
function colonLabelled(text: string): [string, string] | [] {
  const colon = text.search(/[:：]/);
  if (colon < 2 || colon > 40 || text.includes('\t')) return [];
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

/**
 * The cell a form row stands for, or undefined when the line is no row the section knows. A tabbed row may
 * be blank (a form's field left empty, "End date⇥"); a colon row needs its value ("Degree:" alone heads what follows).
 */
function formRow(line: string, section: FormSection): FormCell | undefined {
  const text = line.trim();
  const cells = text.split('\t');
  if (cells.length === 2) return labelled(cells[0]!.trim().replace(/[:：]$/, ''), cells[1]!, section);
  const [label, value] = section.colonLabels ? colonLabelled(text) : [];
  return label !== undefined && value !== undefined && value !== '' ? labelled(label, value, section) : undefined;
}

function labelled(label: string, value: string, section: FormSection): FormCell | undefined {
  const header = section.labels.find(([pattern]) => pattern.test(label.trim()))?.[1];
  return header ? { header, value: value.trim() } : undefined;
}

/**
 * The cells of the run of form rows that starts at `from` (two or more rows, each header once, one of them
 * an anchor), with a start and an end row joined into one Dates cell, and how many lines the run takes;
 * undefined when no such run starts there.
 */
export function formRowRun(lines: readonly string[], from: number, section: FormSection): { cells: FormCell[]; length: number } | undefined {
  const rows: FormCell[] = [];
  for (let next = from; next < lines.length; next++) {
    const row = formRow(lines[next]!, section);
    if (!row || rows.some(({ header }) => header === row.header)) break;
    rows.push(row);
  }
  if (rows.length < 2 || !rows.some(({ header }) => section.anchors.has(header))) return undefined;
  return { cells: withRangeJoined(rows, section.datesCell), length: rows.length };
}

/** "Start date⇥Jan 2019", "End date⇥Present": one "Dates" cell, "Jan 2019 – Present", placed as the section says. */
function withRangeJoined(rows: readonly FormCell[], place: FormSection['datesCell']): FormCell[] {
  const start = rows.find(({ header }) => header === START)?.value;
  const end = rows.find(({ header }) => header === END)?.value;
  if (start === undefined && end === undefined) return [...rows];
  const dates = { header: 'Dates', value: [start, end].filter((value) => value !== undefined && value !== '').join(' – ') };
  const others = rows.filter(({ header }) => header !== START && header !== END);
  if (place === 'last') return [...others, dates];
  const stood = start === undefined ? END : START;
  return rows.flatMap((row) => (row.header === stood ? [dates] : row.header === START || row.header === END ? [] : [row]));
}

/** The header row and the value row of the table a run's cells make. */
export function tableRows(cells: readonly FormCell[]): [string, string] {
  return [cells.map(({ header }) => header).join('\t'), cells.map(({ value }) => value).join('\t')];
}
