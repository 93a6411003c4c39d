import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 13: postcode lines of Norway, Finland, the Czech Republic, Romania, Turkey, Belgium and Japan
// (in Latin script) with their lower-case street and unit words, six-digit postcodes, a postcode
// after its label ("cod poștal") and Turkish numbers labelled with a colon. Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('postcode lines with local street and unit words', () => {
  it.each([
    'Storgata 14, leil. H0204, 0184 Oslo',
    'Munkegata 3\n7013 Trondheim',
    'Kauppakatu 8 as. 4, 40100 Jyväskylä',
    'Náměstí Republiky 12, 301 00 Plzeň',
    'Kaprova partyzánů 118/6, 110 00 Praha 1',
    'Bd. Revoluției nr. 22, bl. A3, sc. 1, et. 2, ap. 9, 310130 Arad',
    'Str. Mihai Viteazu nr. 40, Sibiu, cod poștal 550350',
    'Str. Gării nr. 5, Craiova 200324',
    'Atatürk Mah. Çiçek Sok. No: 12 D:4, Karşıyaka, İzmir 35550',
    'Rue du Marché 18 bus 3\n4020 Liège',
    '3-14-2 Tenjin, Chuo-ku, Fukuoka 810-0001',
  ])('%s', (address) => {
    expect(addresses(`Address:\n${address}\nPhone follows`)).toEqual([address]);
  });
});

describe('numbers that only look like a postcode line', () => {
  it('does not read an invoice number after a chat time as a city and postcode', () => {
    expect(addresses('Maria Olsen  14:\n22\nInvoice 2024-311 paid.')).toEqual([]);
  });

  it('keeps an Indian PIN with the city before it, not with the next address', () => {
    expect(addresses('Office: Hyderabad 500081 Flat 12, Lake View, Road No. 3\nPune - 411001')).not.toContain('Hyderabad 500081 Flat');
  });
});
