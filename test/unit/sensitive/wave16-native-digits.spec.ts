import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';
import { withAsciiDigits } from '../../../src/platform/privacy/native-digits.js';

// Wave 16: Persian, Arabic, Nepali (Devanagari) and full-width digits are read as the digits they are,
// so a phone, a date of birth or a house number written in them is found like its ASCII twin; the
// finding's text and offsets are the original's. Examples written here.
const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('digits of other scripts', () => {
  it('fold to ASCII one unit for one unit', () => {
    expect(withAsciiDigits('۰۹۱۲ ٣٤٥ २०५५ ０３ abc')).toBe('0912 345 2055 03 abc');
    const latin = 'Tel 0912 345 6789';
    expect(withAsciiDigits(latin)).toBe(latin);
  });

  it.each([
    ['تلفن همراه: ۰۹۱۲ ۴۸۳ ۲۲۰۱', 'PHONE', '۰۹۱۲ ۴۸۳ ۲۲۰۱'],
    ['Mobile: +٢٠ ١٠ ٤٤١٧ ٥٠٣٢', 'PHONE', '+٢٠ ١٠ ٤٤١٧ ٥٠٣٢'],
    ['تاريخ الميلاد: ١٤/٠٣/١٩٨٧', 'DATE_OF_BIRTH', '١٤/٠٣/١٩٨٧'],
    ['DOB: ２３/０４/１９９１', 'DATE_OF_BIRTH', '２３/０４/１９９１'],
  ])('%s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it('keeps the offsets of the original text', () => {
    const text = 'تلفن: ۰۹۱۲ ۴۸۳ ۲۲۰۱ و ایمیل a@b.ir';
    for (const f of detectSensitive(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
