// Form CVs (issue #10 §2, wave 12): a table of jobs followed by each job's duties, a personal-data
// table with a cell kept for the photo, labelled fields under a job, a closing attestation, and
// plain text drawn in boxes. Every résumé here is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a form CV: a table of jobs, then each job\'s duties under its names', () => {
  const text = [
    'CURRICULUM VITAE',
    'PHOTO\tName\tTovah Brennick',
    'Position\tKiln Operator',
    'E-mail\ttovah@example.org',
    'Employment Record',
    'Period\tTitle\tEmployer\tLocation',
    'May 2019 – present\tLead Kiln Operator\tHarrowgate Ceramics Ltd\tStoke',
    'Jan 2015 – Apr 2019\tKiln Operator\tHarrowgate Ceramics Ltd\tStoke',
    'Duties and Achievements',
    'Lead Kiln Operator – Harrowgate Ceramics Ltd',
    '• Run four tunnel kilns on a three-shift rota.',
    '• Cut firing losses from 6% to 2%.',
    'Kiln Operator – Harrowgate Ceramics Ltd',
    '• Loaded and fired shuttle kilns.',
    'Languages',
    'Language\tLevel',
    'English\tNative',
    'Licences and Certificates',
    'Date\tCertificate\tIssued by',
    '2016\tForklift Licence\tRoad Skills Board',
  ].join('\n');
  const resume = parseResume(text);

  it('puts each duty list on its job instead of reading it as another job', () => {
    expect(resume.work.map((job) => [job.position, job.name, job.location, job.startDate, job.highlights])).toEqual([
      ['Lead Kiln Operator', 'Harrowgate Ceramics Ltd', 'Stoke', '2019-05', ['Run four tunnel kilns on a three-shift rota.', 'Cut firing losses from 6% to 2%.']],
      ['Kiln Operator', 'Harrowgate Ceramics Ltd', 'Stoke', '2015-01', ['Loaded and fired shuttle kilns.']],
    ]);
  });

  it('reads the labelled name beside the photo cell, and no header row or licence as a language', () => {
    expect(resume.basics.name).toBe('Tovah Brennick');
    expect(resume.basics.label).toBe('Kiln Operator');
    expect(resume.languages).toEqual([{ language: 'English', fluency: 'Native' }]);
  });

  it('keeps an undated block that names no earlier job as a job of its own', () => {
    const other = parseResume(['Experience', 'Jan 2015 – Apr 2019\tKiln Operator\tHarrowgate Ceramics Ltd', '', 'Volunteer Potter – Town Museum', '• Threw pots for the open day.'].join('\n'));
    expect(other.work).toHaveLength(2);
    expect(other.work[0]!.highlights).toBeUndefined();
  });
});

describe('a Korean 이력서 form', () => {
  const text = [
    '이 력 서',
    '사진\t성명\t문가람',
    '지원분야\t도예 공방 운영',
    '휴대폰\t010-5550-7781',
    '경력사항',
    '근무기간\t회사명\t직위\t근무지',
    '2020.03 ~ 현재\t한울도예 주식회사\t실장\t이천',
    '2016.01 ~ 2020.02\t(주)백토공방\t주임\t여주',
    '경력기술서',
    '한울도예 주식회사 | 실장',
    '• 가마 소성 일정 관리',
    '(주)백토공방 | 주임',
    '• 물레 성형 교육 진행',
    '외국어',
    '언어\t수준',
    '영어\t일상 회화',
    '자기소개',
    '흙을 만지는 일을 좋아합니다.',
    '위의 기재 사항은 사실과 틀림이 없습니다.',
    '2026년 1월 5일',
    '작성자: 문가람 (인)',
  ].join('\n');
  const resume = parseResume(text);

  it('reads the name from its labelled cell, not the photo cell, and the attestation is no part of the introduction', () => {
    expect(resume.basics.name).toBe('문가람');
    expect(resume.basics.summary).toBe('흙을 만지는 일을 좋아합니다.');
  });

  it('places each job by its 근무지 column and keeps a duty list away from the next company written with its legal form first', () => {
    expect(resume.work.map((job) => [job.name, job.position, job.location, job.highlights])).toEqual([
      ['한울도예 주식회사', '실장', '이천', ['가마 소성 일정 관리']],
      ['(주)백토공방', '주임', '여주', ['물레 성형 교육 진행']],
    ]);
    expect(resume.languages).toEqual([{ language: '영어', fluency: '일상 회화' }]);
  });
});

describe('plain text drawn in boxes, with labelled fields under each job', () => {
  const text = [
    '╔══════════════════════╗',
    '  Ilse Marwick',
    '  Bookbinder',
    '╚══════════════════════╝',
    '',
    'E-mail: ilse@example.net',
    '',
    '┌────────────┐',
    '│ EXPERIENCE │',
    '└────────────┘',
    '',
    'Quire Bindery Ltd │ Bookbinder │ Leiden',
    'Mar 2021 – now',
    '  * Rebound 120 library volumes a year.',
    '',
    '+-----------+',
    '| EDUCATION |',
    '+-----------+',
    '',
    'Leiden Craft School',
    '  Diploma in Bookbinding, 2018–2020',
    '',
    '┌──────────┐',
    '│ 경력기술서 │',
    '└──────────┘',
    '',
    '■ 책방한지 (2019.04 ~ 현재)',
    '  - 직위: 제본 기사',
    '  - 근무지: 전주',
    '  - 주요 업무 및 성과',
    '    · 한지 제본 주문 관리',
  ].join('\n');

  it('reads boxed headings as headings and a vertical bar between items as a separator', () => {
    const resume = parseResume(extractPlainText(bytes(text.split('\n').slice(0, 22).join('\n')), 'txt').text);
    expect(resume.basics.name).toBe('Ilse Marwick');
    expect(resume.work.map((job) => [job.name, job.position, job.location, job.startDate])).toEqual([['Quire Bindery Ltd', 'Bookbinder', 'Leiden', '2021-03']]);
    expect(resume.education.map((school) => school.institution)).toEqual(['Leiden Craft School']);
  });

  it('reads "■ Company (dates)" over indented items as the job\'s header, and its labelled title and place as fields', () => {
    const resume = parseResume(extractPlainText(bytes(['경력기술서', '', ...text.split('\n').slice(26)].join('\n')), 'txt').text);
    expect(resume.work).toEqual([{ name: '책방한지', position: '제본 기사', location: '전주', startDate: '2019-04', highlights: ['한지 제본 주문 관리'] }]);
  });
});
