import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: addresses read back from their postcode in more countries — a Cyrillic city ("11000 Београд"),
// the Serbian flat word ("stan 12"), and Taiwan's romanised form, whose city carries the postcode
// ("Taipei City 106") after up to seven comma parts. Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('postcode tails of more countries', () => {
  it.each([
    ['Адреса: Таковска 45, 11000 Београд\nТелефон ниже', 'Таковска 45, 11000 Београд'],
    ['They live at Cara Lazara 18, stan 7, 21000 Novi Sad, so the commute is fine.', 'Cara Lazara 18, stan 7, 21000 Novi Sad'],
    [
      'Office: 7F., No. 12, Aly. 3, Ln. 45, Sec. 3, Roosevelt Rd., Zhongzheng Dist., Taipei City 100, Taiwan\nPhone below',
      '7F., No. 12, Aly. 3, Ln. 45, Sec. 3, Roosevelt Rd., Zhongzheng Dist., Taipei City 100, Taiwan',
    ],
    ['Where: No. 88, Gongyi Rd., Nantun Dist., Taichung City 408, reception on the ground floor', 'No. 88, Gongyi Rd., Nantun Dist., Taichung City 408'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('no address', () => {
  it.each(['Moved to Taipei City 2019, then Tainan.', 'Version 106, City 300 build.'])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
