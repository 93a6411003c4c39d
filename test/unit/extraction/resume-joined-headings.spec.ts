import { describe, expect, it } from 'vitest';
import { detectSectionHeading } from '../../../src/kernel/resume/resume-sections.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Invented: a Korean logistics manager's DOCX as the lead's screenshot read it (wave 23): the heading
// "자격 및 어학" was unknown, so its line stayed in 학력 and became a school "물류관리사" — and the other
// three items on the line were lost.
const KOREAN_RESUME = [
  '윤서진',
  '물류센터 운영 매니저 · 부산광역시 사하구',
  '010-4417-2093 · seojin.yoon.log@example.com',
  '',
  '학력',
  '2011.03 – 2015.02 부경대학교 물류시스템공학과 학사',
  '',
  '자격 및 어학',
  '물류관리사 (2016) · 지게차운전기능사 (2014) · 유통관리사 2급 (2018) · TOEIC 845',
  '',
  '기술',
  'SAP EWM, WMS, 파워BI',
].join('\n');

describe('two headings joined into one', () => {
  it('is read as the first heading, in Korean and English, with "및", "·", "/", "&" or "and"', () => {
    for (const heading of ['자격 및 어학', '자격·어학', '자격증/어학', 'Certifications & Languages', 'Certificates and Languages'])
      expect(detectSectionHeading(heading)).toBe('certificates');
    expect(detectSectionHeading('Skills and Languages')).toBe('skills');
  });

  it('is a heading only when every part is one by itself', () => {
    for (const line of ['Sales and Marketing', '자격 및 기타', '물류 및 유통', 'Health and Safety']) expect(detectSectionHeading(line)).toBeUndefined();
  });

  it('keeps every certificate of the section, none of them read as a school', () => {
    const resume = parseResume(KOREAN_RESUME);
    expect(resume.education.map((entry) => entry.institution)).toEqual(['부경대학교']);
    expect(resume.certificates).toEqual([
      { name: '물류관리사', date: '2016' },
      { name: '지게차운전기능사', date: '2014' },
      { name: '유통관리사 2급', date: '2018' },
      { name: 'TOEIC 845' },
    ]);
  });
});

describe('a certificate line', () => {
  it('stays one certificate when only one part carries a date (name · issuer · year)', () => {
    const resume = parseResume(['Ana Ruiz', 'ana@example.org', '', 'Certifications', 'Certified ScrumMaster · Scrum Alliance · 2019'].join('\n'));
    expect(resume.certificates).toHaveLength(1);
    expect(resume.certificates[0]).toMatchObject({ date: '2019' });
  });
});
