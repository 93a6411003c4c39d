// A job board's printed profile, a form CV or a plain-text résumé of labelled fields sets each school as
// label | value rows ("School⇥University of Eswatini", "Degree⇥Bachelor of Commerce", "Field of study⇥
// Marketing", "Start date⇥2012", "End date⇥2016"; "Institution: …", "Qualification: …", "Dates: …";
// "학교명: 부경대학교", "전공 및 학위: 식품공학과 학사", "재학기간: 2005.03 ~ 2011.02"). Those rows become the
// header row and value row of a table, the shape the entry reader already reads by its header cells, so
// each value keeps the role its label names (the label had been read as the school).

import { END, formRowRun, START, tableRows, type FormSection } from './form-rows.js';

/** A school's form rows: each label and the column it stands for. */
const EDUCATION_FORM: FormSection = {
  labels: [
    [/^(?:school|institution|university|college|school name|institution name|name of (?:school|institution|university|college)|학교명|학교|출신학교|학교 이름)$/i, 'School'],
    [/^(?:degree|qualification|qualification awarded|title of qualification(?: awarded)?|degree\s*\/\s*diploma|학위)$/i, 'Degree'],
    [/^(?:field(?: of study)?|major|subject|course|programme|program|area of study|전공|학과|전공학과)$/i, 'Field of study'],
    // One value for both ("식품공학과 학사"): read as a degree, which gives its field too.
    [/^(?:전공\s*(?:및|\/)\s*학위|학과\s*(?:및|\/)\s*학위)$/, '전공/학위'],
    [/^(?:dates?|period|years?|attended|from\s*[-–—/]\s*to|duration|기간|재학\s?기간|재학\s?년월)$/i, 'Dates'],
    [/^(?:start(?: date)?|from|entered|입학(?:일|년월)?)$/i, START],
    [/^(?:end(?: date)?|to|graduated|graduation(?: date| year)?|year of graduation|졸업(?:일|년월)?)$/i, END],
  ],
  anchors: new Set(['School', 'Degree', '전공/학위']),
  datesCell: 'last',
  colonLabels: true,
};

/**
 * Runs of two or more of a school's form rows (one of them naming the school or the degree) become a
 * header row and a value row; a start and an end row make one dates cell. Other lines are unchanged.
 */
export function withEducationFormRowsAsTables(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const run = formRowRun(lines, index, EDUCATION_FORM);
    if (!run) {
      out.push(lines[index]!);
      continue;
    }
    // A blank line first: the header row then opens the school's own entry.
    out.push('', ...tableRows(run.cells));
    index += run.length - 1;
  }
  return out;
}
