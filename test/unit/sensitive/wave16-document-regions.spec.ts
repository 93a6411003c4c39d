import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 16: a document that names its country — a number written with "+" and its calling code, or an
// e-mail address under a country's domain — has its other numbers read in that country's layouts when
// libphonenumber's metadata says they are valid there. Versions, years, postcodes, amounts and IPs stay
// no phones. Examples written here.
const phones = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'PHONE')
    .map((f) => f.text);

describe('numbers read in the regions a document names', () => {
  it.each([
    ['Office +977-1-4412345. Mobile: 984-1234567', '984-1234567'],
    ['Escríbeme a ana@correo.com.co o llama al 310 4567890', '310 4567890'],
    ['luc@bluewin.ch\nTel. 022.345.67.89', '022.345.67.89'],
    ['Tel +86 10 6552 9988\n手机 13912345678', '13912345678'],
  ])('%s', (text, phone) => {
    expect(phones(text)).toContain(phone);
  });

  it('not without the region named, unless a phone word names the number (wave 22)', () => {
    expect(phones('Member 984-1234567')).toEqual([]);
    expect(phones('Mobile: 984-1234567')).toEqual(['984-1234567']);
    expect(phones('Tel. 022.345.67.89')).toEqual(['022.345.67.89']);
    expect(phones('v 022.345.67.89')).toEqual([]);
  });

  it.each([
    'a@b.ch server 10.12.197.193',
    'a@b.ch build 2754.182, v1.20.1282',
    'a@b.jp Postcode: 150-0002',
    'a@b.id Rp 43.682.000/bulan',
    'a@b.de arXiv:2303.03594, requisition 2026-40903',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
