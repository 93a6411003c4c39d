import { describe, expect, it } from 'vitest';
import { detectSectionHeading } from '../../../src/kernel/resume/resume-sections.js';
import { withFormBoxesAsRows } from '../../../src/modules/documents/extraction/form-boxes.js';
import { withFormEducationTableRead } from '../../../src/modules/documents/extraction/education-form-table.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// An invented personal history form (P.11 style) as a PDF's text layer gives it: captions over their
// boxes, numbered questions with instructions, an education table whose long cells wrapped.
const FORM = [
  'PERSONAL HISTORY FORM',
  'Please answer each question clearly and completely.',
  '1. Family name\tFirst name\tMiddle name',
  'OKAFOR-BRENNAN\tAdaeze\t—',
  '2. Date of birth\t3. Nationality',
  '3 March 1988\tIrish',
  '4. Permanent address\t5. Telephone No.\t6. E-mail',
  'Knocknacarra, Galway\t+353 91 555 0148\tadaeze.ob@example.ie',
  '7. Post applied for',
  'Fisheries Observer',
  '9. EDUCATION. Give full details — university or equivalent, technical or vocational training.',
  'Name, place and country\tAttended\tTo\tDegrees and academic distinctions\tMain course of study',
  'from',
  'Galway-Mayo Institute of\t2006\t2010 Bachelor of Science, Applied\tApplied Freshwater',
  'Technology, Galway, Ireland\tFreshwater Ecology\tEcology',
  'Coláiste Iognáid\t2000\t2006 Leaving Certificate\t—',
  '10. LANGUAGES',
  'Language\tLevel (mother tongue, fluent, working knowledge…)',
  'English\tMother tongue',
  'Irish\tFluent',
  '11. EMPLOYMENT RECORD: Starting with your present post, list in reverse order every employment you have had.',
  'From (month/year)\tTo (month/year)\tExact title of your post',
  '04/2014\tto date\tFisheries Observer',
  'Name of employer\tPlace of work',
  'Marine Institute\tRossaveal',
  '12. STATE ANY OTHER RELEVANT FACTS, INCLUDING SKILLS.',
  'I have spent nine seasons at sea on trawlers and longliners and sample catches in any weather.',
  'Sampling: Length Frequency, Otolith Extraction, Bycatch Recording',
  '',
  'I certify that the statements made by me in answer to the foregoing questions are true,',
  'complete and correct to the best of my knowledge and belief.',
  'Date: 2 November 2026 Signature: Adaeze Okafor-Brennan',
].join('\n');

describe('a personal history form', () => {
  const resume = parseResume(FORM);

  it('reads the name from its boxes, first name first and the family name in the case names are written', () => {
    expect(withFormBoxesAsRows(FORM.split('\n'))).toContain('Name\tAdaeze Okafor-Brennan');
    expect(resume.basics.name).toBe('Adaeze Okafor-Brennan');
    expect(resume.basics.label).toBe('Fisheries Observer');
  });

  it('reads a numbered question as the section its caption names, whatever instructions follow', () => {
    expect(detectSectionHeading('9. EDUCATION. Give full details — university or equivalent, technical or vocational training.')).toBe('education');
    expect(detectSectionHeading('11. EMPLOYMENT RECORD: Starting with your present post, list in reverse order every employment you have had.')).toBe('experience');
    expect(detectSectionHeading('12. STATE ANY OTHER RELEVANT FACTS, INCLUDING SKILLS.')).toBe('skills');
    // A numbered line in capitals that names no section in a few words stays a line.
    expect(detectSectionHeading('2. SOCIAL WORKER')).toBeUndefined();
  });

  it('reads each school of the education table with its wrapped cells', () => {
    expect(withFormEducationTableRead(FORM.split('\n').slice(11, 16))).toContain(
      'Galway-Mayo Institute of Technology, Galway, Ireland\t2006 – 2010\tBachelor of Science, Applied Freshwater Ecology\tApplied Freshwater Ecology',
    );
    expect(resume.education).toEqual([
      expect.objectContaining({ institution: 'Galway-Mayo Institute of Technology, Galway, Ireland', studyType: 'Bachelor of Science', area: 'Applied Freshwater Ecology', startDate: '2006', endDate: '2010' }),
      expect.objectContaining({ institution: 'Coláiste Iognáid', studyType: 'Leaving Certificate', startDate: '2000', endDate: '2006' }),
    ]);
  });

  it('reads the languages without the header row, and the free box as summary and skills without the attestation', () => {
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'Mother tongue' },
      { language: 'Irish', fluency: 'Fluent' },
    ]);
    expect(resume.basics.summary).toBe('I have spent nine seasons at sea on trawlers and longliners and sample catches in any weather.');
    expect(resume.skills).toEqual([{ name: 'Sampling', keywords: ['Length Frequency', 'Otolith Extraction', 'Bycatch Recording'] }]);
  });
});
