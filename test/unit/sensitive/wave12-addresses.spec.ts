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
  ])('%s', (address) => {
    expect(ofType(`Address:\n${address}\nPhone follows`, 'ADDRESS')).toEqual([address]);
  });

  it('a postcode-like number without a numbered line before it is no address', () => {
    expect(ofType('We shipped 4000-223 Porto wine cases in 2019.', 'ADDRESS')).toEqual([]);
    expect(ofType('Team of 12, 1054 XB units sold.', 'ADDRESS')).toEqual([]);
  });
});
