import { describe, expect, it } from 'vitest';
import { isApplicationReviewPage } from '../../../src/modules/documents/extraction/application-review-page.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// An invented careers-portal application, its "Review" step printed from the browser as a PDF's text
// layer gives it: every value under its field label, labels sharing a row over a row of values, each job
// and school a numbered group, the answer to an application question last.
const REVIEW_PAGE = [
  'My Information › My Experience › Application Questions › Review',
  '',
  'Review',
  '',
  'My Information',
  'First Name *\tLast Name *',
  'Mereana\tTe Huia',
  'Professional Headline',
  'Aquaculture Hatchery Technician',
  'Address Line 1',
  '14 Wharf Road, Havelock',
  'City',
  'Havelock',
  'Email Address *',
  'mereana.tehuia@example.nz',
  'Phone Device Type *\tPhone Number *',
  'Mobile\t+64 21 555 0193',
  '',
  'My Experience',
  '',
  'Work Experience',
  '',
  'Work Experience 1',
  'Job Title *',
  'Hatchery Technician',
  'Company *',
  'Sounds Mussel Spat Ltd',
  'Location',
  'Kenepuru',
  'I currently work here',
  'Yes',
  'From *',
  '09/2019',
  'Role Description',
  'Run the larval tanks for two spawning seasons a year.',
  'Cut algae-culture losses by a third with a new cleaning roster.',
  '',
  'Work Experience 2',
  'Job Title *',
  'Farm Hand',
  'Company *',
  'Pelorus Greenshell Farms',
  'I currently work here',
  'No',
  'From *\tTo *',
  '02/2015\t08/2019',
  '',
  'Education',
  '',
  'Education 1',
  'School or University *',
  'Nelson Marlborough Institute of Technology',
  'Degree *',
  'New Zealand Diploma',
  'Field of Study',
  'Aquaculture',
  'From\tTo (Actual or Expected)',
  '2013\t2014',
  '',
  'Languages',
  '',
  'Languages 1',
  'Language *\tI am fluent in this language\tOverall',
  'English\tYes\tNative',
  '',
  'Languages 2',
  'Language *\tI am fluent in this language\tOverall',
  'Māori\tNo\tConversational',
  '',
  'Skills',
  'Larval Rearing\tAlgae Culture\tWater Quality Testing\tForklift',
  'First Aid',
  '',
  'Resume/CV',
  'CV_Mereana_Te_Huia.pdf',
  'Application Questions',
  'Tell us briefly about yourself and your experience. *',
  'Ten years on mussel farms and in the hatchery, where I now raise spat from spawning to settlement.',
].join('\n');

// The same page of a Korean ATS (지원서 미리보기), with 학위 and 졸업 상태 in cells of their own.
const KOREAN_PREVIEW = [
  '지원서 작성 › 지원서 미리보기 › 제출 완료',
  '',
  '지원서 미리보기 — 제과 제빵사',
  '',
  '기본 정보',
  '이름 *\t연락처 *',
  '윤서진\t010-5557-3184',
  '이메일 *',
  'seojin.yoon@example.kr',
  '주소',
  '충북 제천시 청전동',
  '',
  '경력',
  '',
  '경력 1',
  '회사명 *\t직무/직책 *',
  '(주)밀알베이커리\t제빵 파트장',
  '근무지',
  '제천 본점',
  '재직 기간 *\t재직 중',
  '2020.03 ~ 재직 중\t예',
  '담당 업무',
  '- 하루 식빵 400개 생산 관리',
  '- 천연 발효종 제품 6종 개발',
  '',
  '학력',
  '',
  '학력 1',
  '학교명 *\t학위',
  '혜전대학교\t전문학사',
  '전공',
  '제과제빵과',
  '재학 기간\t졸업 상태',
  '2014.03 ~ 2016.02\t졸업',
  '',
  '어학',
  '언어\t수준 / 시험',
  '영어\t기초',
  '',
  '스킬',
  '천연 발효종\t식빵 생산\t위생 관리',
  '자기소개',
  '• 간단한 자기소개를 작성해 주세요.',
  '• 제빵 경력 8년차입니다. 천연 발효종 빵을 매일 굽습니다.',
].join('\n');

describe('an application review page printed from a careers portal', () => {
  it('reads the name from its first and last name fields, the headline, the town and the contact', () => {
    const { basics } = parseResume(REVIEW_PAGE);
    expect(basics.name).toBe('Mereana Te Huia');
    expect(basics.label).toBe('Aquaculture Hatchery Technician');
    expect(basics.location?.city).toBe('Havelock');
    expect(basics.email).toBe('mereana.tehuia@example.nz');
    expect(basics.phone).toBe('+64 21 555 0193');
    expect(basics.summary).toBe('Ten years on mussel farms and in the hatchery, where I now raise spat from spawning to settlement.');
  });

  it('reads each numbered job and school group as one entry, its values by their labels', () => {
    const { work, education } = parseResume(REVIEW_PAGE);
    expect(work.map(({ name, position, location, startDate, endDate }) => ({ name, position, location, startDate, endDate }))).toEqual([
      { name: 'Sounds Mussel Spat Ltd', position: 'Hatchery Technician', location: 'Kenepuru', startDate: '2019-09', endDate: undefined },
      { name: 'Pelorus Greenshell Farms', position: 'Farm Hand', location: undefined, startDate: '2015-02', endDate: '2019-08' },
    ]);
    expect(work[0]!.highlights).toEqual(['Run the larval tanks for two spawning seasons a year.', 'Cut algae-culture losses by a third with a new cleaning roster.']);
    expect(education).toEqual([
      expect.objectContaining({ institution: 'Nelson Marlborough Institute of Technology', studyType: 'New Zealand Diploma', area: 'Aquaculture', startDate: '2013', endDate: '2014' }),
    ]);
  });

  it('reads languages with their overall level, the skill chips, and no label or file name as content', () => {
    const resume = parseResume(REVIEW_PAGE);
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'Native' },
      { language: 'Māori', fluency: 'Conversational' },
    ]);
    const skills = resume.skills.flatMap(({ name, keywords }) => [name, ...(keywords ?? [])]);
    expect(skills).toEqual(expect.arrayContaining(['Larval Rearing', 'Algae Culture', 'Water Quality Testing', 'Forklift', 'First Aid']));
    expect(JSON.stringify(resume)).not.toMatch(/\*|CV_Mereana|I currently work here|First Name|Tell us/);
  });

  it('reads a Korean 지원서 미리보기 the same way, the degree without its 졸업 status', () => {
    const resume = parseResume(KOREAN_PREVIEW);
    expect(resume.basics).toEqual(expect.objectContaining({ name: '윤서진', label: '제과 제빵사', phone: '010-5557-3184', email: 'seojin.yoon@example.kr' }));
    expect(resume.basics.location?.city).toBe('제천시');
    expect(resume.work.map(({ name, position, location, startDate }) => ({ name, position, location, startDate }))).toEqual([
      { name: '(주)밀알베이커리', position: '제빵 파트장', location: '제천 본점', startDate: '2020-03' },
    ]);
    expect(resume.work[0]!.highlights).toEqual(['하루 식빵 400개 생산 관리', '천연 발효종 제품 6종 개발']);
    expect(resume.education).toEqual([expect.objectContaining({ institution: '혜전대학교', studyType: '전문학사', area: '제과제빵과', startDate: '2014-03', endDate: '2016-02' })]);
    expect(resume.languages).toEqual([{ language: '영어', fluency: '기초' }]);
    expect(resume.basics.summary).toBe('제빵 경력 8년차입니다. 천연 발효종 빵을 매일 굽습니다.');
  });

  it('leaves a résumé whose sections merely carry form-like headings as written', () => {
    const resume = ['Ana Folau', 'Email: ana@example.to', '', 'Languages', 'English', 'Tongan', '', 'Skills', 'Excel'].join('\n');
    expect(isApplicationReviewPage(resume.split('\n'))).toBe(false);
  });
});
