import { END, formRowRun, START, tableRows, type FormSection } from './form-rows.js';
import { containsDate } from './resume-dates.js';

// An employer's application form sets each job as a small label | value table ("Employer⇥Acme",
// "Job title⇥Buyer", "Location⇥Leeds", "From – To⇥2019 – 2021", "Main duties⇥• …"): one row per field,
// read as "label⇥value" lines. Those rows are turned into the header row and value row of a table, the
// shape the entry reader already reads by its header cells, so each value keeps the role its label names.

/** "2. Mbabane Government Hospital": a numbered line without cells. */
const NUMBERED_EMPLOYER = /^\d{1,2}[.)] ([^\t ][^\t]*)$/;

/** A job's form rows: each label and the table header cell it stands for. */
const WORK_FORM: FormSection = {
  labels: [
    [/^(?:employer|name of employer|employer'?s name|company(?: name)?|organi[sz]ation)$/i, 'Employer'],
    [/^(?:job title|position(?: held)?|post(?: held)?|title|role)$/i, 'Job title'],
    [/^(?:location|place of work|city)$/i, 'Location'],
    [/^(?:from\s*[-–—/]\s*to|dates?(?: of employment)?|period(?: of employment)?|employment dates|duration)$/i, 'Dates'],
    // A job board's print and many forms give each end of the range a field of its own.
    [/^(?:start(?:ing)? date|date started|date from|from|start)$/i, START],
    [/^(?:end(?:ing)? date|date (?:ended|left)|date to|to|end)$/i, END],
  ],
  anchors: new Set(['Employer', 'Job title']),
  datesCell: 'in place',
  colonLabels: false,
};

/** "Main duties⇥• …", "Reason for leaving⇥…": a row whose value is the job's duties or other prose. */
const DUTIES_LABEL = /^(?:main duties|duties|responsibilities|key responsibilities|main responsibilities|description|job description)(?: and(?: (?:responsibilities|achievements))?)?$/i;

/**
 * Runs of two or more form rows (one of them an employer or a job title) become a header row and a
 * value row; a duties row's label is dropped and its items kept. Other lines are unchanged.
 */
export function withFormRowsAsTables(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const run = formRowRun(lines, index, WORK_FORM);
    if (run) {
      const cells = [...run.cells];
      // "2. Mbabane Government Hospital" over "Period⇥…", "Position⇥…": the numbered line above the rows names the employer.
      const numbered = cells.some(({ header }) => header === 'Employer') ? undefined : NUMBERED_EMPLOYER.exec(out.at(-1)?.trim() ?? '');
      if (numbered && !containsDate(numbered[1]!)) {
        out.pop();
        cells.unshift({ header: 'Employer', value: numbered[1]!.trim() });
      }
      out.push(...tableRows(cells));
      index += run.length - 1;
      continue;
    }
    const cells = lines[index]!.trim().split('\t');
    if (cells.length === 2 && DUTIES_LABEL.test(cells[0]!.trim().replace(/[:：]$/, ''))) {
      // A duty written as text after its label is an item of the job, as the items under it are.
      const duty = cells[1]!.trim();
      out.push(/^[•▪◦·*-]\s/u.test(duty) ? duty : `• ${duty}`);
      continue;
    }
    out.push(lines[index]!);
  }
  return out;
}

/** The label of a personal-data row: the person's, never a job's ("Location" is both, so it is not here). */
const PERSONAL_DATA_LABEL = /^(?:name|full name|telephone|phone|mobile|e-?mail|address|home address|date of birth|nationality|(?:position|post|job) applied for|desired (?:job title|position))$/i;

/**
 * "Name⇥…", "E-mail⇥…", "Position applied for⇥…": a career history alone sets the personal rows under its
 * title heading, so they stand in the experience section. They are no job.
 */
export function withoutPersonalDataRows(lines: readonly string[]): string[] {
  return lines.filter((line) => {
    const cells = line.trim().split('\t');
    return cells.length !== 2 || !PERSONAL_DATA_LABEL.test(cells[0]!.trim().replace(/[:：]$/, ''));
  });
}
