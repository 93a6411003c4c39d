import { describe, expect, it } from 'vitest';
import { outlineReader } from '../../../src/modules/documents/extraction/plain-outline.js';
import { readWith } from '../../../src/modules/documents/extraction/plain-text-reader.js';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parsePlain = (text: string) => parseResume(extractPlainText(bytes(text), 'txt').text);

// Invented résumés written as numbered outlines (roman section numbers, "1." entries, "a)" duties;
// Korean 공문서 numbering "1." / "가." / "1)" / "가)"): the numbers are structure, not text.
const ROMAN_OUTLINE = [
  'CURRICULUM VITAE',
  '',
  'I.   PERSONAL DATA',
  '     Name              : Teodora Vlasceanu',
  '     E-mail            : teodora.v@example.org',
  '',
  'II.  WORK HISTORY',
  '     1. Danube Lock Authority, Lock Operator (Orsova)',
  '        Period: Apr. 2019 – today',
  '        a) Pass about forty barges a day through the upper chamber and',
  '           log each passage.',
  '        b) Trained three relief keepers.',
  '',
  '     2. Galati Shipyard, Deck Supervisor (Galati)',
  '        Period: Jan. 2015 – Mar. 2019',
  '',
  'III. SKILLS',
  '     Waterways: Lock Operation, Mooring, VHF Radio',
].join('\n');

const KOREAN_OUTLINE = [
  '이  력  서',
  '',
  '1. 인적사항',
  '   가. 성명: 한바다',
  '',
  '2. 경력사항',
  '   가. 남해수산(주) (2020.03 ~ 현재)',
  '      1) 직위: 양식장 관리 주임',
  '      2) 근무지: 통영',
  '      3) 담당업무',
  '         가) 가두리 수질 측정 및 사료 계획 수립',
  '         나) 치어 입식 일정 관리',
  '   나. 서해양식영어조합 (2017.01 ~ 2020.02)',
  '      1) 직위: 현장 기사',
  '      2) 근무지: 태안',
].join('\n');

describe('a plain-text résumé written as a numbered outline', () => {
  it('reads a roman-numbered heading as its heading and a numbered line over its outline as an entry header', () => {
    const lines = readWith(outlineReader, ROMAN_OUTLINE).split('\n');
    expect(lines).toContain('WORK HISTORY');
    expect(lines).toContain('     Danube Lock Authority, Lock Operator (Orsova)');
    // A lettered duty keeps its words' column, so its hanging indent still continues it.
    expect(lines).toContain('        •  Pass about forty barges a day through the upper chamber and');
  });

  it('parses each numbered job with its title, employer, place, dates and lettered duties', () => {
    const resume = parsePlain(ROMAN_OUTLINE);
    expect(resume.work).toEqual([
      {
        name: 'Danube Lock Authority',
        position: 'Lock Operator',
        location: 'Orsova',
        startDate: '2019-04',
        highlights: ['Pass about forty barges a day through the upper chamber and log each passage.', 'Trained three relief keepers.'],
      },
      { name: 'Galati Shipyard', position: 'Deck Supervisor', location: 'Galati', startDate: '2015-01', endDate: '2019-03' },
    ]);
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual(['Lock Operation', 'Mooring', 'VHF Radio']);
  });

  it('reads 공문서 numbering: "가." opens a job, "1) 직위:" and "2) 근무지:" are its fields, "가)" its duties', () => {
    const resume = parsePlain(KOREAN_OUTLINE);
    expect(resume.work).toEqual([
      {
        name: '남해수산(주)',
        position: '양식장 관리 주임',
        location: '통영',
        startDate: '2020-03',
        highlights: ['가두리 수질 측정 및 사료 계획 수립', '치어 입식 일정 관리'],
      },
      { name: '서해양식영어조합', position: '현장 기사', location: '태안', startDate: '2017-01', endDate: '2020-02' },
    ]);
  });

  it('leaves a numbered list without an outline under it a list', () => {
    const text = ['ACHIEVEMENTS', '1. Cut berth waiting time by half.', '2. Trained six planners.'].join('\n');
    expect(readWith(outlineReader, text).split('\n')).toEqual(['ACHIEVEMENTS', '•  Cut berth waiting time by half.', '•  Trained six planners.']);
  });

  it('reads a labelled dates line ("Period: …") as the dates alone: the label names no title, employer or place', () => {
    const resume = parseResume(['EXPERIENCE', 'Lock Keeper', 'Danube Lock Authority', 'Period: Apr. 2019 – today', '• Passed barges.'].join('\n'));
    expect(resume.work).toEqual([{ name: 'Danube Lock Authority', position: 'Lock Keeper', startDate: '2019-04', highlights: ['Passed barges.'] }]);
  });
});
