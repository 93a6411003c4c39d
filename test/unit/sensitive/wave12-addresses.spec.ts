import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 12: postcode lines of Portugal (4000-223) and the Netherlands (1054 XB, also a city in capitals),
// French lower-case street and unit words, a Mexican "Depto." that is no sentence end. Examples written here.
const ofType = (text: string, type: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === type)
    .map((f) => f.text);

describe('Portuguese, Dutch and French postcode lines', () => {
  it.each([
    'Rua do Ouro, 204, 2º Dto, 4000-223 Porto',
    'Largo do Rato 153, r/c, 4700-571 Braga',
    'Ceintuurbaan 214\n1054XB AMSTERDAM',
    'Stratumseind 220 bis, 2514 WK Den Haag',
    'Appt 53, 54 boulevard Voltaire, 13006 Marseille',
    'Bât. C, 117 ter rue du Faubourg Saint-Antoine, 44000 Nantes',
    'Av. Juárez 884, Depto. 815, Col. Chapultepec, 44600 Guadalajara',
    "7 bis Rue d'Assas, 75011 Paris",
    'Flat 2A, The Coach House, Casper Mews, Brighton BN1 6PB',
    'Flat 9, The Coach House, Weissnat Crescent\nNorwich\nNR2 7BA',
    'PO Box 2132, Cape Town, 8005',
    '6F, 117, Teheran-ro, Gangnam-gu, Seoul 06457',
    'Apt 248, 18, Haeundae-ro 65-gil, Haeundae-gu, Busan 48604',
    '311, Pangyoyeok-ro 43-gil, Bundang-gu, Seongnam-si, Gyeonggi-do 13199',
  ])('%s', (address) => {
    expect(ofType(`Address:\n${address}\nPhone follows`, 'ADDRESS')).toEqual([address]);
  });

  it('a postcode-like number without a numbered line before it is no address', () => {
    expect(ofType('We shipped 4000-223 Porto wine cases in 2019.', 'ADDRESS')).toEqual([]);
    expect(ofType('Team of 12, 1054 XB units sold.', 'ADDRESS')).toEqual([]);
    expect(ofType('Moved to Seoul 2019, then Busan 48604 units later.', 'ADDRESS')).toEqual([]);
    expect(ofType('Led 12 engineers in Berlin, 2019.', 'ADDRESS')).toEqual([]);
    expect(ofType('At Acme I led a team of 14. Lesch - Haag, 2019–2023.', 'ADDRESS')).toEqual([]);
  });
});
