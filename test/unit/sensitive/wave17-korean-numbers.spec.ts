import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 17: Korean registration numbers written with the full-width hyphen of a Korean input method, and
// under the abbreviated English names that a company-register cue ("reg. no") used to veto. Examples written here.
const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('Korean registration numbers', () => {
  it.each([
    ['주민등록번호: 880214－1234569', 'KR_RRN', '880214－1234569'],
    ['외국인등록번호 930517－6123454', 'KR_FRN', '930517－6123454'],
    ['050830－4123458', 'KR_RRN', '050830－4123458'],
  ])('a full-width hyphen separates the birth date: %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['Resident reg. no. 880214-1234569', 'KR_RRN', '880214-1234569'],
    ['Resident Reg No: 050830-4123458', 'KR_RRN', '050830-4123458'],
    ['Alien reg. no. 930517-6123454', 'KR_FRN', '930517-6123454'],
    ['ARC no. 930517-6123454', 'KR_FRN', '930517-6123454'],
  ])('an abbreviated English name is no company register number: %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it('a company register number stays a reference, and a full-width hyphen keeps impossible dates out', () => {
    expect(found('Reg. no. 880214-1234569')).toEqual([]);
    expect(found('880231－1234567')).toEqual([]);
    expect(found('880214－9234567')).toEqual([]);
  });
});
