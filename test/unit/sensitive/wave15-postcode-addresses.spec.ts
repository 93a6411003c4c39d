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
    // A civic number alone before the street, after prose; a country's name with "of" before the postcode.
    ['Nous certifions que M. Roy, domicilié au 58, rue Notre-Dame, Trois-Rivières (Québec) G9A 4X5, est employé', '58, rue Notre-Dame, Trois-Rivières (Québec) G9A 4X5'],
    ['- based at 12-3310, chemin Chambly, Longueuil QC J4H 3L9\n- notice 2m', '12-3310, chemin Chambly, Longueuil QC J4H 3L9'],
    ['- 주소: #1204, 55, Sejong-daero, Jung-gu, Republic of Korea 04519\n- 연락처', '#1204, 55, Sejong-daero, Jung-gu, Republic of Korea 04519'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('no address', () => {
  it.each(['Moved to Taipei City 2019, then Tainan.', 'Version 106, City 300 build.'])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
  it('a birth year before the comma is no house number', () => {
    const found = addresses('Mme Roy, née le 3 juillet 1979, of 77 avenue Royale, Québec QC G1E 1Y3');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^(?:of )?77 avenue Royale, Québec QC G1E 1Y3$/);
  });
});
