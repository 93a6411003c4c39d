import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 23: a school-leaving qualification written in its own language ("Matura", "Baccalauréat",
// "Bachillerato", "Batxillerat", "HHX") is a whole qualification, and what follows it is a stream, a list of subjects
// or a gloss, never a field of study (every set's truth has it so). Before, "Matura" and "Baccalauréat" were no
// qualification at all and "Bachillerato en Educación Media" read "Educación Media" as a field. A Dutch "MBO-4" is
// MBO Level 4. Invented people and schools.

const cv = (school: string, line: string): string =>
  ['Lina Sarraf', 'Ski Instructor', 'lina.sarraf@example.org', '', 'Education', `${school} — ${line}`, '2011 – 2014'].join('\n');

describe('a school-leaving qualification in its own language', () => {
  it.each([
    ['Kantonsschule Sargans', 'Matura (Economics and Law)', 'Matura'],
    ['Lycée Jean Moulin', 'Baccalauréat S', 'Baccalauréat'],
    ['Liceo de Tilarán', 'Bachillerato en Educación Media', 'Bachillerato'],
    ['Institut de Vilanova', 'Batxillerat (science track)', 'Batxillerat'],
    ['Tønder Handelsskole', 'HHX – Higher Commercial Examination', 'HHX'],
  ])('%s — %s: the qualification %s, no field', (school, line, studyType) => {
    expect(parseResume(cv(school, line)).education).toEqual([{ institution: school, studyType, startDate: '2011', endDate: '2014' }]);
  });

  it('keeps a Bachiller\'s field: in Peru it is a university\'s first degree', () => {
    expect(parseResume(cv('Universidad Nacional de Piura', 'Bachiller en Turismo')).education).toEqual([
      { institution: 'Universidad Nacional de Piura', studyType: 'Bachiller', area: 'Turismo', startDate: '2011', endDate: '2014' },
    ]);
  });

  it('reads "MBO-4" as MBO Level 4 and the words after it as the field', () => {
    expect(parseResume(cv('ROC Kralendijk', 'MBO-4 Procestechniek')).education).toEqual([
      { institution: 'ROC Kralendijk', studyType: 'MBO Level 4', area: 'Procestechniek', startDate: '2011', endDate: '2014' },
    ]);
  });
});
