import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../../src/platform/i18n/formatters.js';

// fmt.number keeps one Intl formatter per set of options (issue #18: a job search page built forty);
// each call must still format with exactly the options it was given.
describe('fmt.number', () => {
  it('formats with the options of each call, whichever options came before', () => {
    const en = formattersFor('en', 'UTC');
    expect(en.number(1234567.891)).toBe('1,234,567.891');
    expect(en.number(1.5, { maximumFractionDigits: 0 })).toBe('2');
    expect(en.number(1.5)).toBe('1.5');
    expect(en.number(0.256, { style: 'percent' })).toBe('26%');
    expect(en.number(1.5, { maximumFractionDigits: 0 })).toBe('2');
    expect(en.number(85_000, { style: 'currency', currency: 'KRW' })).toBe('₩85,000');
    expect(en.number(null)).toBe('');
  });

  it('keeps each language’s formatters apart', () => {
    expect(formattersFor('ko', 'Asia/Seoul').number(85_000, { style: 'currency', currency: 'KRW' })).toBe('₩85,000');
    expect(formattersFor('ko', 'Asia/Seoul').number(0.5, { style: 'percent' })).toBe('50%');
    expect(formattersFor('en', 'UTC').number(1234.5)).toBe('1,234.5');
  });
});
