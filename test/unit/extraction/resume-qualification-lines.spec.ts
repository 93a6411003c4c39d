import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 24: an education entry whose parts are not where the reader looked. A slide or card dates the
// entry and lists the school and the qualification as items under it; a qualification written first holds its
// field or a gloss of its name after a dash, and the school below it has no school word the vocabulary knows.
// Before, the first lost the whole entry and the second took the qualification's gloss or field as the school.
// Every example is written for this spec (invented people and schools).

const education = (lines: readonly string[]) => parseResume(['Ilse Marrow', 'ilse@example.org', '', 'Education', '', ...lines].join('\n')).education;

describe('the parts of a school entry', () => {
  it('reads a dated entry whose school and qualification are list items', () => {
    expect(education(['2009 – 2013', '• Riverside Polytechnic Institute', '• BEng Civil Engineering'])).toEqual([
      { institution: 'Riverside Polytechnic Institute', studyType: 'BEng', area: 'Civil Engineering', startDate: '2009', endDate: '2013' },
    ]);
  });

  it('takes a school with no school word from its own item beside the qualification', () => {
    expect(education(['2005 – 2008', '• Formazione Lavoro Bergamo', '• Bachelor of Building Technology'])).toEqual([
      { institution: 'Formazione Lavoro Bergamo', studyType: 'Bachelor', area: 'Building Technology', startDate: '2005', endDate: '2008' },
    ]);
  });

  it('keeps the gloss after a school-leaving qualification out of the school', () => {
    expect(education(['HTX – Higher Technical Examination', 'Ilisimatusarfik Aasiaat', '2012 – 2015'])).toEqual([
      { institution: 'Ilisimatusarfik Aasiaat', studyType: 'HTX', startDate: '2012', endDate: '2015' },
    ]);
  });

  it('reads the field from the qualification line and the school from the line below', () => {
    expect(education(['Diploma – Marine Engine Maintenance', 'Kalsaba Training Tavern Port Vila', '2016 – 2017'])).toEqual([
      { institution: 'Kalsaba Training Tavern Port Vila', studyType: 'Diploma', area: 'Marine Engine Maintenance', startDate: '2016', endDate: '2017' },
    ]);
  });

  it('leaves a school entry with duties as list items as it was', () => {
    expect(education(['Riverside Polytechnic Institute', 'BEng Civil Engineering⇥2009 – 2013'.replace('⇥', '\t'), '• Led the concrete canoe team to the national final.'])).toEqual([
      { institution: 'Riverside Polytechnic Institute', studyType: 'BEng', area: 'Civil Engineering', startDate: '2009', endDate: '2013' },
    ]);
  });
});
