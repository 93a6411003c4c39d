import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: Québec and Luxembourg addresses — the province written out ("Montréal (Québec) H2X 3V4"),
// flat, office and floor words ("app.", "bureau", "3e étage"), and a postcode with its country letters
// ("L-1616 Luxembourg", "SI-2000 Maribor"). Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('Québec and Luxembourg addresses', () => {
  it.each([
    ['They live at 4120 rue Fleury Est, Montréal (Québec) H2C 1S7, near the metro.', '4120 rue Fleury Est, Montréal (Québec) H2C 1S7'],
    ['Bureau:\n2875, boul. Laurier, bureau 610\nQuébec (Québec) G1V 2M2', '2875, boul. Laurier, bureau 610\nQuébec (Québec) G1V 2M2'],
    ['Based in 512 avenue Cartier, app. 8, Lévis QC G6V 4P9; open to relocation.', '512 avenue Cartier, app. 8, Lévis QC G6V 4P9'],
    ['Address: 27, rue des Jardins, 2e étage, L-1840 Luxembourg', '27, rue des Jardins, 2e étage, L-1840 Luxembourg'],
    ['Documents by post: 9 route de Longwy, L-8080 Bertrange', '9 route de Longwy, L-8080 Bertrange'],
    ['Naslov: Slovenska cesta 14, SI-1000 Ljubljana', 'Slovenska cesta 14, SI-1000 Ljubljana'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('not part of the address', () => {
  it('a numeric birth date on the line above', () => {
    expect(detectSensitive('Date of birth: 12.03.84\nAdresse Marktgasse 12\nCH-3011 Bern').map((f) => [f.type, f.text])).toEqual([
      ['DATE_OF_BIRTH', '12.03.84'],
      ['ADDRESS', 'Adresse Marktgasse 12\nCH-3011 Bern'],
    ]);
  });
  it('a short number before two spaces (the phone field beside it)', () => {
    expect(addresses('M 43 87 46  96, Grand-Rue, L-1930 Luxembourg')).toEqual(['96, Grand-Rue, L-1930 Luxembourg']);
  });
});
