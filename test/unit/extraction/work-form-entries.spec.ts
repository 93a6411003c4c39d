import { describe, expect, it } from 'vitest';
import { tableRowLines } from '../../../src/modules/documents/extraction/docx-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { withFormRowsAsTables } from '../../../src/modules/documents/extraction/work-form-rows.js';

// Invented application forms: an employer's form sets each job as a label | value table, a Korean
// 입사지원서 sets all jobs as one table with a duties column. What matters is the form's shape.
const ENGLISH_FORM = [
  'APPLICATION FOR EMPLOYMENT',
  'Section A – Personal details',
  'Full name\tTeodora Vlasceanu',
  'Section B – Employment history (most recent first)',
  'Employer\tDanube Lock Authority',
  'Job title\tLock Operator',
  'Location\tOrsova',
  'From – To\tApr. 2019 – today',
  'Main duties',
  '• Pass about forty barges a day through the upper chamber.',
  '• Trained three relief keepers.',
  'Employer\tGalati Shipyard',
  'Job title\tDeck Supervisor',
  'Location\tGalati',
  'From – To\tJan. 2015 – Mar. 2019',
  'Main duties\t• Moored incoming hulls.',
  'Section C – Skills',
  'Waterways\tLock Operation, Mooring',
].join('\n');

describe('an application form with one label | value table per job', () => {
  it('turns a run of form rows into a header row and a value row', () => {
    expect(withFormRowsAsTables(['Employer\tAcme', 'Job title\tBuyer', 'From – To\t2019 – 2021', 'Main duties\t• Bought.'])).toEqual([
      'Employer\tJob title\tDates',
      'Acme\tBuyer\t2019 – 2021',
      '• Bought.',
    ]);
  });

  it('reads each job with the role its labels name, under a "Section B –" heading with a note', () => {
    const resume = parseResume(ENGLISH_FORM);
    expect(resume.work).toEqual([
      {
        name: 'Danube Lock Authority',
        position: 'Lock Operator',
        location: 'Orsova',
        startDate: '2019-04',
        highlights: ['Pass about forty barges a day through the upper chamber.', 'Trained three relief keepers.'],
      },
      { name: 'Galati Shipyard', position: 'Deck Supervisor', location: 'Galati', startDate: '2015-01', endDate: '2019-03', highlights: ['Moored incoming hulls.'] },
    ]);
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual(['Lock Operation', 'Mooring']);
  });
});

describe('a Korean 입사지원서 with all jobs in one table and a duties column', () => {
  it('keeps a row of one-line fields one row when only its duties cell has several lines', () => {
    expect(tableRowLines([['경력'], ['남해수산(주)'], ['주임'], ['2020.03 ~ 현재'], ['- 수질 측정', '- 사료 계획 수립']])).toEqual([
      '경력\t남해수산(주)\t주임\t2020.03 ~ 현재\t- 수질 측정',
      '- 사료 계획 수립',
    ]);
  });

  it('reads 직위/역할 as the title and the 담당 직무 cell as the first duty', () => {
    const resume = parseResume(
      [
        '3. 경력사항',
        '구분\t기관명\t직위/역할\t근무기간\t담당 직무',
        '경력\t남해수산(주)\t양식장 주임\t2020.03 ~ 현재\t- 가두리 수질 측정',
        '- 사료 계획 수립',
        '경력\t서해양식영어조합\t현장 기사\t2017.01 ~ 2020.02\t- 치어 입식 관리',
      ].join('\n'),
    );
    expect(resume.work).toEqual([
      { name: '남해수산(주)', position: '양식장 주임', startDate: '2020-03', highlights: ['가두리 수질 측정', '사료 계획 수립'] },
      { name: '서해양식영어조합', position: '현장 기사', startDate: '2017-01', endDate: '2020-02', highlights: ['치어 입식 관리'] },
    ]);
  });
});

describe("an application form's education table", () => {
  it('parses a row whose degree is its last fragment without throwing (the parse used to fail on it)', () => {
    const text = ['EDUCATION', 'Dates\tSchool / College / University\tQualification obtained', '2015 – 2018\tMountain Guides Association\tAlpine Guide – Diploma'].join('\n');
    expect(parseResume(text).education?.map(({ studyType, startDate, endDate }) => ({ studyType, startDate, endDate }))).toEqual([
      { studyType: 'Diploma', startDate: '2015', endDate: '2018' },
    ]);
  });
});
