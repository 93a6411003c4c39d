import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../../src/platform/i18n/formatters.js';

// #11: /documents shows sizes in the reader's language through Intl, not a hand-built "12 KB".
describe('fmt.fileSize', () => {
  const en = formattersFor('en', 'UTC');
  const ko = formattersFor('ko', 'Asia/Seoul');

  it('writes bytes, kilobytes and megabytes in English', () => {
    expect(en.fileSize(512)).toBe('512 bytes');
    expect(en.fileSize(12 * 1024)).toBe('12 KB');
    expect(en.fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(en.fileSize(1234 * 1024 * 1024)).toBe('1,234 MB');
  });

  it('writes them as a Korean product does: 바이트, KB and MB next to the number', () => {
    expect(ko.fileSize(512)).toBe('512바이트');
    expect(ko.fileSize(12 * 1024)).toBe('12KB');
    expect(ko.fileSize(1023 * 1024)).toBe('1,023KB');
    expect(ko.fileSize(1.5 * 1024 * 1024)).toBe('1.5MB');
  });

  it('rounds at each unit’s precision and leaves a missing size empty', () => {
    expect(en.fileSize(1536)).toBe('2 KB');
    expect(en.fileSize(0)).toBe('0 bytes');
    expect(en.fileSize(1)).toBe('1 byte');
    expect(ko.fileSize(null)).toBe('');
  });
});
