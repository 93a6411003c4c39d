import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 22: a CV typed into a chat and exported as text (WhatsApp on Android, KakaoTalk on a PC).
// Before, every line kept its "date, time - Name: " prefix, so no heading, school or degree was found. Every
// example is written for this spec (invented people and schools).

const parseText = (text: string) => parseResume(extractPlainText(new TextEncoder().encode(text), 'txt').text);

describe('a CV typed into a WhatsApp chat', () => {
  const chat = [
    '02/12/2026, 09:01 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
    '02/12/2026, 09:02 - Hiring Desk: Hi Tove, your attachment did not open. Could you paste your CV here?',
    '02/12/2026, 09:05 - Tove Dahlgren: <Media omitted>',
    '02/12/2026, 09:06 - Tove Dahlgren: Of course, one moment',
    '02/12/2026, 09:09 - Tove Dahlgren: *Tove Dahlgren*',
    'Ferry Engineer',
    '+46 70 555 12 34',
    'tove.dahlgren@example.se',
    '02/12/2026, 09:12 - Tove Dahlgren: *WORK EXPERIENCE*',
    '_Second Engineer_ – Gotland Sea Lines',
    'Mar 2019– | Visby',
    '- Kept two main engines and the shaft line in service.',
    '02/12/2026, 09:14 - Tove Dahlgren: *EDUCATION*',
    'Kalmar Maritime Academy',
    'BSc in Marine Engineering, 2014-2018',
    '02/12/2026, 09:20 - Hiring Desk: Thanks Tove, we will be in touch.',
  ].join('\n');

  it('reads the person\'s messages as the CV: name, headline and e-mail', () => {
    const { basics } = parseText(chat);
    expect(basics.name).toBe('Tove Dahlgren');
    expect(basics.label).toBe('Ferry Engineer');
    expect(basics.email).toBe('tove.dahlgren@example.se');
  });

  it('reads the school and its degree line', () => {
    expect(parseText(chat).education).toEqual([
      { institution: 'Kalmar Maritime Academy', studyType: 'BSc', area: 'Marine Engineering', startDate: '2014', endDate: '2018' },
    ]);
  });

  it('drops the recruiter\'s messages', () => {
    expect(extractPlainText(new TextEncoder().encode(chat), 'txt').text).not.toContain('we will be in touch');
  });
});

describe('a CV typed into a KakaoTalk chat', () => {
  it('reads the school and its 학사 line', () => {
    const chat = [
      '문하린 님과 카카오톡 대화',
      '저장한 날짜 : 2026-12-02 10:11:05',
      '',
      '--------------- 2026년 12월 2일 수요일 ---------------',
      '[인사팀] [오전 9:02] 안녕하세요 문하린님, 이력서를 카톡으로 보내주실 수 있을까요?',
      '[문하린] [오전 9:05] 네',
      '[문하린] [오전 9:09] *문하린*',
      '제빵사',
      '010-5553-7812',
      'harin.moon@example.kr',
      '[문하린] [오전 9:12] *학력*',
      '한빛제과대학교',
      '제과제빵학과 학사, 2013년 입학, 2017년 졸업',
      '[인사팀] [오전 9:30] 확인했습니다.',
    ].join('\n');
    const resume = parseText(chat);
    expect(resume.basics.name).toBe('문하린');
    expect(resume.education[0]).toMatchObject({ institution: '한빛제과대학교', studyType: '학사', area: '제과제빵학과' });
  });
});
