import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 13: passport and driving-licence labels in Finnish, Norwegian, Swiss German, Turkish, Romanian
// and Czech, including labels that start with an accented capital (Číslo pasu), which the cue scan
// used to skip as a word that starts no cue. Examples written here.
const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('passport and licence numbers after a label in the local language', () => {
  it.each([
    ['Passi nro KP4021873, voimassa 2031', 'PASSPORT', 'KP4021873'],
    ['Passin numero: XR5530219', 'PASSPORT', 'XR5530219'],
    ['Číslo pasu: 41872093', 'PASSPORT', '41872093'],
    ['ČÍSLO PASU 41872093', 'PASSPORT', '41872093'],
    ['Pasaport numarası: U12093847', 'PASSPORT', 'U12093847'],
    ['Pașaport nr. 052287134', 'PASSPORT', '052287134'],
    ['Ajokortin numero: 540219873', 'DRIVER_LICENSE', '540219873'],
    ['Førerkortnummer: 31052298714', 'DRIVER_LICENSE', '31052298714'],
    ['Führerausweis-Nr. 7730419', 'DRIVER_LICENSE', '7730419'],
  ])('%s', (text, type, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it('still reads no cue inside a word that starts with an accented letter', () => {
    expect(found('Éditions 41872093 passages')).toEqual([]);
  });
});
