// Header fields written as an outline's "Label : value" lines, and one heading over skill groups and
// a languages row (issue #10 §2, wave 13). Every résumé here is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parseText = (lines: readonly string[]): ReturnType<typeof parseResume> => parseResume(extractPlainText(bytes(lines.join('\n')), 'txt').text);

describe('an outline résumé whose personal data are labelled lines', () => {
  it('reads the name and the position sought from "Name : …" and "Position sought : …"', () => {
    const resume = parseText([
      'RESUME',
      '',
      'I.   PERSONAL DATA',
      '     Name              : Orla Vantreece',
      '     Position sought   : Ferry Deck Officer',
      '     Mobile            : +44 7700 900461',
      '     E-mail            : orla.v@example.org',
      '',
      'II.  PROFILE',
      '     Deck officer on coastal ferries for eight years.',
    ]);
    expect(resume.basics.name).toBe('Orla Vantreece');
    expect(resume.basics.label).toBe('Ferry Deck Officer');
  });

  it('reads a Korean outline\'s "가. 성명: …" and "나. 지원분야: …" lines', () => {
    const resume = parseText([
      '이  력  서',
      '',
      '1. 인적사항',
      '   가. 성명: 하윤슬',
      '   나. 지원분야: 물류 관리',
      '   다. 연락처: 010-5550-1934',
      '',
      '2. 경력사항',
      '   가. 한빛물류 (2019.03 ~ 현재)',
    ]);
    expect(resume.basics.name).toBe('하윤슬');
    expect(resume.basics.label).toBe('물류 관리');
  });
});

describe('one heading over skill groups and a languages row', () => {
  it('reads "Skills & Languages" as the skills section', () => {
    const resume = parseText([
      'Marit Olsgaard',
      'Glassblower',
      '',
      'EXPERIENCE',
      'Glassblower, Nordlys Glass, Bergen\t2016 – present',
      '',
      'SKILLS & LANGUAGES',
      'Studio: Gaffer Work, Cane Pulling, Kiln Annealing',
      'Languages: Norwegian (Native), English (Fluent)',
    ]);
    expect(resume.skills.flatMap((group) => group.keywords ?? [])).toEqual(expect.arrayContaining(['Gaffer Work', 'Cane Pulling', 'Kiln Annealing']));
    expect(resume.languages.map((language) => language.language)).toEqual(['Norwegian', 'English']);
  });
});
