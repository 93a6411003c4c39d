import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 22: a CV typed into a chat after the attached file did not open, exported by the app
// as text. Every example is written for this spec; people, employers and places are invented.

const read = (chat: string) => parseResume(extractPlainText(new TextEncoder().encode(chat), 'txt').text);

describe('a CV typed into chat messages', () => {
  const whatsapp = [
    '02/03/2026, 09:01 - Messages and calls are end-to-end encrypted. Only people in this chat can read them.',
    '02/03/2026, 09:02 - Hiring Desk: Hello Odile, your attachment would not open. Could you type your CV here?',
    '02/03/2026, 09:05 - Odile Maranga: <Media omitted>',
    '02/03/2026, 09:06 - Odile Maranga: Of course, one moment',
    '02/03/2026, 09:09 - Odile Maranga: *Odile Maranga*',
    'Kiln Operator',
    'odile.maranga@example.com',
    '02/03/2026, 09:11 - Odile Maranga: *WORK EXPERIENCE*',
    '_Kiln Operator_ – Tessaro Ceramics',
    'since Mar 2020 | Faenza',
    '- Fired about 1,200 tiles a week in two gas kilns.',
    '',
    '_Glaze Mixer_ – Bottega Ruvo',
    '2016 – Feb 2020 | Imola',
    '- Mixed and tested glazes for three product lines.',
    '02/03/2026, 09:20 - Hiring Desk: Thank you, we will call you this week.',
  ].join('\n');

  it('reads the author’s messages without their frames, the recruiter’s messages and the app’s notices', () => {
    const text = extractPlainText(new TextEncoder().encode(whatsapp), 'txt').text;
    expect(text.split('\n').slice(0, 3)).toEqual(['Odile Maranga', 'Kiln Operator', 'odile.maranga@example.com']);
    expect(text).not.toMatch(/Hiring Desk|encrypted|Media omitted|one moment|\*|_/);
    const resume = read(whatsapp);
    expect(resume.basics).toMatchObject({ name: 'Odile Maranga', label: 'Kiln Operator' });
    expect(resume.work.map(({ name, position, location, startDate, endDate }) => ({ name, position, location, startDate, endDate }))).toEqual([
      { name: 'Tessaro Ceramics', position: 'Kiln Operator', location: 'Faenza', startDate: '2020-03', endDate: undefined },
      { name: 'Bottega Ruvo', position: 'Glaze Mixer', location: 'Imola', startDate: '2016', endDate: '2020-02' },
    ]);
  });

  it('reads a KakaoTalk export, whose frames open with the sender, and a start written "…부터"', () => {
    const kakao = [
      '한지민 님과 카카오톡 대화',
      '저장한 날짜 : 2026-03-02 10:12:08',
      '',
      '--------------- 2026년 3월 2일 월요일 ---------------',
      '[채용 담당자] [오전 9:28] 안녕하세요, 이력서 파일이 열리지 않아서요. 내용을 보내주실 수 있을까요?',
      '[한지민] [오전 9:31] 네 알겠습니다',
      '[한지민] [오전 9:31] 파일: 이력서_한지민.hwp',
      '[한지민] [오전 9:35] *한지민*',
      '제빵사',
      '010-5550-1234',
      '[한지민] [오전 9:39] *경력*',
      '_밀알베이커리 해운대점_ – 제빵 팀장',
      '2021년 5월부터 | 부산 해운대구',
      '- 하루 400개 식빵 생산 관리',
      '[채용 담당자] [오전 9:58] 확인했습니다.',
    ].join('\n');
    const resume = read(kakao);
    expect(resume.basics).toMatchObject({ name: '한지민', label: '제빵사' });
    expect(resume.work[0]).toMatchObject({ name: '밀알베이커리 해운대점', position: '제빵 팀장', startDate: '2021-05' });
    expect(resume.work[0]!.endDate).toBeUndefined();
  });

  it('leaves a text with a date and a colon or two as it is', () => {
    const notes = ['Odile Maranga', '02/03/2026, 09:05 - Note: call back', 'Kiln Operator'].join('\n');
    expect(extractPlainText(new TextEncoder().encode(notes), 'txt').text).toContain('02/03/2026, 09:05 - Note: call back');
  });
});

describe('a start with no end in other languages', () => {
  it.each([
    ['2022년 4월부터', '2022-04'],
    ['seit 03/2019', '2019-03'],
    ['desde 2020', '2020'],
  ])('reads "%s" as a role still going on', (line, startDate) => {
    expect(findDateRange(line)).toMatchObject({ startDate, isCurrent: true });
  });
});
