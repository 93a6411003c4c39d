import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: the id of a video call in an invitation ("Meeting ID: 444 5889 9376, passcode 288673") has a
// phone's layout but names itself as something else; the dial-in number beside it is still a phone.
// Examples written here.
const phones = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'PHONE')
    .map((f) => f.text);

describe('meeting ids are no phone numbers', () => {
  it.each([
    'Meeting ID: 871 2290 4415, passcode 530219.',
    'Zoom — meeting id 904 3312 7781',
    'Conference ID: 612 448 9021#',
    'ID de réunion : 835 1190 2274',
    '화상 회의 ID 752 3381 9046 (암호 4410)',
    '- 방식: 화상 면접 (회의 ID 631 2275 8840, 암호 2291)',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('the dial-in number beside it still is', () => {
  it.each([
    ['Dial-in: +44 20 7946 0321\nMeeting ID: 871 2290 4415', '+44 20 7946 0321'],
    ['Join by phone: 0701 755 3122\nMeeting ID: 617 7003 0028', '0701 755 3122'],
  ])('%s', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
});
