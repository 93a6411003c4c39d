import { describe, expect, it } from 'vitest';
import { detectSectionHeading } from '../../../src/kernel/resume/resume-sections.js';
import { extractSkills } from '../../../src/kernel/skills/index.js';
import { findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { isKoreanWorkSite, koreanNameOf, parseKoreanDegree, parseKoreanLocation } from '../../../src/modules/documents/extraction/korean-resume.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #11: Korean résumés read. Field accuracy on rendered documents is measured by
// resume-corpus-ko.spec.ts; these pin the rules one by one.

describe('Korean section headings', () => {
  it.each([
    ['경력', 'experience'], ['경력사항', 'experience'], ['■ 경력 사항', 'experience'], ['[경력]', 'experience'], ['경력 (총 5년 3개월)', 'experience'],
    ['학력', 'education'], ['1. 학력사항', 'education'], ['기술', 'skills'], ['보유 기술', 'skills'], ['기술 스택', 'skills'],
    ['자격증', 'certificates'], ['수상', 'awards'], ['수상 경력', 'awards'], ['프로젝트', 'projects'], ['자기소개', 'summary'],
    ['어학', 'languages'], ['외국어', 'languages'], ['경력 Experience', 'experience'], ['인적사항', 'contact'],
  ])('%s → %s', (line, kind) => {
    expect(detectSectionHeading(line)).toBe(kind);
  });

  it('does not take a line that only starts with a heading word for a heading', () => {
    expect(detectSectionHeading('언어: Java, Kotlin, SQL')).toBeUndefined();
    expect(detectSectionHeading('경력 관리 시스템 개발')).toBeUndefined();
    expect(detectSectionHeading('경력 Education')).toBeUndefined();
  });
});

describe('Korean dates', () => {
  it.each([
    ['2020.03 ~ 2022.02', '2020-03', '2022-02', false],
    ['2020년 3월 ~ 현재', '2020-03', undefined, true],
    ['2020.03-재직중', '2020-03', undefined, true],
    ['2020. 3. ~ 2022. 12.', '2020-03', '2022-12', false],
    ['2021.04 ~', '2021-04', undefined, true],
    ['2020.03.02 ~ 2021.12.31', '2020-03', '2021-12', false],
    ['2014.03 ~ 2018.02 (졸업)', '2014-03', '2018-02', false],
  ])('%s', (line, startDate, endDate, isCurrent) => {
    const range = findDateRange(line);
    expect(range?.startDate).toBe(startDate);
    expect(range?.endDate).toBe(endDate);
    expect(range?.isCurrent).toBe(isCurrent);
  });
});

describe('Korean names and places', () => {
  it.each([['김민준', '김민준'], ['김 민 준', '김민준'], ['성명: 이서연', '이서연'], ['박지우 (Jiwoo Park)', '박지우'], ['남궁민수', '남궁민수']])('%s → %s', (text, name) => {
    expect(koreanNameOf(text)).toBe(name);
  });

  it.each(['이력서', '경력사항', '백엔드 개발자', '데이터분석가입니다', 'Minjun Kim'])('%s is no name', (text) => {
    expect(koreanNameOf(text)).toBeUndefined();
  });

  it('reads the city of a Korean address (the 시 inside a province)', () => {
    expect(parseKoreanLocation('서울특별시 강남구')).toEqual({ city: '서울특별시', region: '강남구' });
    expect(parseKoreanLocation('주소: 경기도 성남시 분당구')).toEqual({ city: '성남시', region: '경기도' });
    expect(parseKoreanLocation('서울중앙병원')).toBeUndefined();
  });
});

describe('a Korean plain-text résumé', () => {
  const text = [
    '김 민 준',
    '백엔드 개발자',
    '휴대폰: 010-2345-6789 | minjun.kim@example.com | 서울특별시 마포구',
    '',
    '[자기소개]',
    '결제 시스템을 7년간 만들어 왔습니다.',
    '',
    '■ 경력사항',
    '(주)한빛소프트웨어 선임 연구원 (2020.03 ~ 재직중)',
    '· Spring Boot 기반 정산 시스템 구축',
    '· 데이터 분석으로 장애 원인 파악',
    '주식회사 누리페이 | 백엔드 개발자 | 2017년 3월 ~ 2020년 2월',
    '· 결제 API 응답 시간 45% 단축',
    '',
    '[학력]',
    '서울대학교 | 컴퓨터공학과 학사 | 2013.03 ~ 2017.02 (졸업)',
    '서울고등학교 | 2010.03 ~ 2013.02 (졸업)',
    '',
    '[보유 기술]',
    '언어: Java, Kotlin, SQL',
    '역량: 프로젝트 관리, 협업',
    '',
    '[어학]',
    '영어 — 비즈니스 회화 가능 (TOEIC 905)',
  ].join('\n');

  it('reads name, headline, contact, jobs, schools, skills and languages', () => {
    const resume = parseResume(text);
    expect(resume.basics).toMatchObject({ name: '김민준', label: '백엔드 개발자', email: 'minjun.kim@example.com', phone: '010-2345-6789', location: { city: '서울특별시', region: '마포구' } });
    expect(resume.basics.summary).toBe('결제 시스템을 7년간 만들어 왔습니다.');
    expect(resume.work.map(({ name, position, startDate, endDate }) => ({ name, position, startDate, endDate }))).toEqual([
      { name: '(주)한빛소프트웨어', position: '선임 연구원', startDate: '2020-03', endDate: undefined },
      { name: '주식회사 누리페이', position: '백엔드 개발자', startDate: '2017-03', endDate: '2020-02' },
    ]);
    expect(resume.work[0]!.highlights).toEqual(['Spring Boot 기반 정산 시스템 구축', '데이터 분석으로 장애 원인 파악']);
    expect(resume.education).toEqual([
      { institution: '서울대학교', area: '컴퓨터공학과', studyType: '학사', startDate: '2013-03', endDate: '2017-02' },
      { institution: '서울고등학교', startDate: '2010-03', endDate: '2013-02' },
    ]);
    expect(resume.skills.flatMap((group) => group.keywords ?? [])).toEqual(['Java', 'Kotlin', 'SQL', '프로젝트 관리', '협업']);
    expect(resume.languages).toEqual([{ language: '영어', fluency: '비즈니스 회화 가능 (TOEIC 905)' }]);
  });

  it('maps Korean skill terms to the taxonomy, particles and all', () => {
    const names = extractSkills('데이터 분석을 맡았고 프로젝트 관리와 협업, 머신러닝 모델 개발. 파이썬과 SQL 사용').map((skill) => skill.name);
    expect(names).toEqual(expect.arrayContaining(['Data analysis', 'Project management', 'Collaboration', 'Machine Learning', 'Python', 'SQL']));
  });
});

describe('Korean degrees (wave 13)', () => {
  it('leaves a bracketed or slashed note out of the field', () => {
    expect(parseKoreanDegree('유아교육과 전문학사 (3년제)')).toEqual({ studyType: '전문학사', area: '유아교육과' });
    expect(parseKoreanDegree('조선해양공학과 / 학사 (군복무 포함)')).toEqual({ studyType: '학사', area: '조선해양공학과' });
    expect(parseKoreanDegree('경영학과 학사 (학점 3.7 / 4.5)')).toEqual({ studyType: '학사', area: '경영학과' });
    expect(parseKoreanDegree('석사 (경영학)')).toEqual({ studyType: '석사', area: '경영학' });
    expect(parseKoreanDegree('컴퓨터공학과 (학사)')).toEqual({ studyType: '학사', area: '컴퓨터공학과' });
  });

  it('reads a degree named with its field as its level', () => {
    expect(parseKoreanDegree('간호학과 간호학사')).toEqual({ studyType: '학사', area: '간호학과' });
    expect(parseKoreanDegree('공학석사')).toEqual({ studyType: '석사' });
  });

  it('reads the school, field and degree of one outline line', () => {
    const text = ['3. 학력사항', '   가. 2012.03 ~ 2018.02  전북대학교 전기공학과 학사', '   나. 2008.03 ~ 2012.02  한양대학교 ERICA 산업경영공학과 학사', '', '4. 자격사항', '   가. 전기기사'].join('\n');
    expect(parseResume(text).education).toEqual([
      { institution: '전북대학교', area: '전기공학과', studyType: '학사', startDate: '2012-03', endDate: '2018-02' },
      { institution: '한양대학교 ERICA', area: '산업경영공학과', studyType: '학사', startDate: '2008-03', endDate: '2012-02' },
    ]);
  });
});

describe('Korean work sites (wave 14)', () => {
  it('knows a city, or a city and the site of an employer there, and nothing else', () => {
    expect(isKoreanWorkSite('창원')).toBe(true);
    expect(isKoreanWorkSite('아산시')).toBe(true);
    expect(isKoreanWorkSite('창원 2공장')).toBe(true);
    expect(isKoreanWorkSite('천안 물류센터')).toBe(true);
    expect(isKoreanWorkSite('당진 산업단지 정수처리장')).toBe(true);
    expect(isKoreanWorkSite('창원 생산관리 대리')).toBe(false);
    expect(isKoreanWorkSite('설비보전 기사')).toBe(false);
    expect(isKoreanWorkSite('울산은행')).toBe(false);
  });

  it('reads the site beside a title as where the job was', () => {
    const resume = parseResume([
      '한지원', '', '경력', '',
      '대성정밀(주)\t2019.03 ~ 현재', '품질관리 대리\t창원 2공장', '  • 출하 검사 기준서 개정', '',
      '대성정밀(주)\t2016.01 ~ 2019.02', '품질관리 사원\t김해',
    ].join('\n'));
    expect(resume.work.map((job) => [job.name, job.position, job.location])).toEqual([
      ['대성정밀(주)', '품질관리 대리', '창원 2공장'],
      ['대성정밀(주)', '품질관리 사원', '김해'],
    ]);
  });
});
