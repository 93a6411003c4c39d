import { describe, expect, it } from 'vitest';
import { foreignDegreeLength, withoutBracketedNote } from '../../../src/modules/documents/extraction/resume-degrees.js';
import { isFluency, isLanguageRow, parseLanguages } from '../../../src/modules/documents/extraction/resume-languages.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 13: the education and languages readers. Every example is written for this spec
// (invented people, schools and places), none is taken from a corpus.

const names = (lines: readonly string[]): string[] => parseLanguages(lines).map((entry) => entry.language ?? '');

describe('languages with their levels', () => {
  it('knows levels in English and Korean words, CEFR grades and test scores', () => {
    for (const level of ['Very good', 'Good', 'Working knowledge', 'Working', 'C1', '중급', '일상 회화', '비즈니스 회화 가능', 'OPIc IH', 'TOEIC 905', '토익 850점']) {
      expect(isFluency(level), level).toBe(true);
    }
    expect(isFluency('Tagalog')).toBe(false);
  });

  it('reads a level after its language, in its own cell or with a space, as that language’s level', () => {
    expect(parseLanguages(['Tagalog | Native', 'English | Good'])).toEqual([
      { language: 'Tagalog', fluency: 'Native' },
      { language: 'English', fluency: 'Good' },
    ]);
    expect(parseLanguages(['Latvian Native', 'German C1', 'Italian Working knowledge'])).toEqual([
      { language: 'Latvian', fluency: 'Native' },
      { language: 'German', fluency: 'C1' },
      { language: 'Italian', fluency: 'Working knowledge' },
    ]);
    expect(parseLanguages(['영어 중급', '일본어', '일상 회화'])).toEqual([
      { language: '영어', fluency: '중급' },
      { language: '일본어', fluency: '일상 회화' },
    ]);
  });

  it('skips a table’s header cell and a contact line a sidebar set under the list', () => {
    expect(names(['Level', 'Wolof', 'Fluent', 'French', 'awa.ndiaye@example.sn\tThiès, Senegal'])).toEqual(['Wolof', 'French']);
  });

  it('reads Europass rows and a labelled list of levelled languages wherever they stand', () => {
    expect(isLanguageRow('Mother tongue(s)\tLatvian')).toBe(true);
    expect(isLanguageRow('Languages: Wolof (Native), French (C1)')).toBe(true);
    // Programming languages carry no level: a skill group, not spoken languages.
    expect(isLanguageRow('Languages: Go, TypeScript')).toBe(false);
    const resume = parseResume(
      [
        'Inga Kalniņa', 'Ferry Engineer', '', 'Education and training', 'Dates\t2004 – 2009',
        'Name and type of organisation\tRiga Maritime Academy', 'Mother tongue(s)\tLatvian', 'Other language(s)\tEnglish (C1), Russian (B2)',
        '', 'Skills', 'Mechanical: Diesel Engines, Shaft Alignment', 'Languages: Latvian (Native), Swedish (A2)',
      ].join('\n'),
    );
    expect(resume.languages?.map((entry) => entry.language)).toEqual(['Latvian', 'English', 'Russian', 'Swedish']);
    expect(resume.education?.map((entry) => entry.institution)).toEqual(['Riga Maritime Academy']);
  });
});

describe('degrees and their fields', () => {
  it('knows Spanish, Portuguese and Italian degree names', () => {
    expect(foreignDegreeLength('Técnico en Soldadura Naval')).toBe('Técnico'.length);
    expect(foreignDegreeLength('Licenciatura em Letras')).toBe('Licenciatura'.length);
    expect(foreignDegreeLength('Technician Course')).toBe(0);
    const resume = parseResume(['Education', 'Instituto Técnico del Sur', 'Técnico en Soldadura Naval, 2011 – 2013'].join('\n'));
    expect(resume.education?.[0]).toMatchObject({ studyType: 'Técnico', area: 'Soldadura Naval' });
  });

  it('leaves the note in brackets after a field out of the field', () => {
    expect(withoutBracketedNote('Marine Biology (part-time)')).toBe('Marine Biology');
    expect(withoutBracketedNote('Civil Engineering (evening')).toBe('Civil Engineering');
    expect(withoutBracketedNote('(Forestry) Special')).toBe('(Forestry) Special');
    expect(withoutBracketedNote('Bakery (Level 3)')).toBe('Bakery (Level 3)');
    const resume = parseResume(['Education', 'Lakeshore Polytechnic', 'BSc Civil Engineering (evening, in progress)\t2022 – 2026'].join('\n'));
    expect(resume.education?.[0]).toMatchObject({ studyType: 'BSc', area: 'Civil Engineering' });
  });
});
