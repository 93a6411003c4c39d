import { describe, expect, it } from 'vitest';
import { foldSpelling } from '../../../src/kernel/skills/spelling.js';
import { stem } from '../../../src/kernel/skills/stem.js';

// A phlebotomist's CV says "Venipuncture"; the UK taxonomy and postings say "venepuncture" (#12, wave 21).
describe('British and American spelling fold to one key', () => {
  it.each([
    ['venepuncture', 'venipuncture'],
    ['paediatric', 'pediatric'],
    ['organisation', 'organization'],
    ['licence', 'license'],
    ['centres', 'centers'],
    ['behavioural', 'behavioral'],
    ['analysed', 'analyzed'],
    ['orthopaedic', 'orthopedic'],
    ['labelled', 'labeled'],
    ['catalogue', 'catalog'],
    ['anaesthetic', 'anesthetic'],
  ])('%s = %s', (british, american) => {
    expect(foldSpelling(british)).toBe(foldSpelling(american));
    expect(stem(british)).toBe(stem(american));
  });

  it('keeps apart words that are not variants of each other', () => {
    for (const [a, b] of [['rolled', 'role'], ['filled', 'filed'], ['tour', 'tor'], ['hour', 'hor'], ['string', 'stering']]) expect(foldSpelling(a)).not.toBe(foldSpelling(b));
    expect(foldSpelling('constructor')).toBe('constructor');
    expect(foldSpelling('분석')).toBe('분석');
  });
});
