import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 21: lines beside contact details or under a title that hold a number and commas but are records or
// sentences, not addresses (the wave 20 false positives of the block and label readers). Examples written here.
const addresses = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'ADDRESS').map((f) => f.text);

describe('records and sentences are no address blocks', () => {
  it('a line that ends in a full stop after a number or a bracket, beside a phone', () => {
    expect(addresses('Emergency contact: Tomás Arce — 0971 442 118\nSheet 2 of 6, template v3.1.\nSignature ______')).toEqual([]);
    expect(addresses('Mobile: +421 905 118 442\nBand C4, level 9.\n')).toEqual([]);
    expect(addresses('Kalinda Oyelaran 10:41\nCase #448120 (urgency 1).\nkalinda@example.org')).toEqual([]);
  });

  it('a lower-case key with a value of its own ("photos: 12")', () => {
    expect(addresses('Tel: 0788 412 903\nChats: 318, photos: 12.\n')).toEqual([]);
  });

  it('a floor area describes a flat, it does not find it', () => {
    expect(addresses('Tel: 0788 412 903\nFlat 4C, 62 m², 2 bedrooms\n')).toEqual([]);
    expect(addresses('Looking for: Flat 4C, 62 m², 2 bedrooms, Kigali')).toEqual([]);
  });

  it('keeps addresses whose keys are capitalised and whose last line is a place', () => {
    expect(addresses('Adres: Yavuz Mah., Gazi Cd. No: 18 Daire: 7, Merkez/Batman\nTel: 0532 118 44 09')).toEqual([
      'Yavuz Mah., Gazi Cd. No: 18 Daire: 7, Merkez/Batman',
    ]);
    expect(addresses('Tel: 0788 412 903\nOur office: Rua do Comércio, n.º 52, 4.º andar – Beira, 2nd floor.\n')).toEqual([
      'Rua do Comércio, n.º 52, 4.º andar – Beira, 2nd floor.',
    ]);
  });
});

describe('a title that ends in an address word is no label', () => {
  it('the sentence under "Declaration of tax residence" is not its value', () => {
    expect(addresses('Declaration of tax residence\nCase no. 44120.\n\nApplicant: Ana Quiroga')).toEqual([]);
    expect(addresses('Declaration of tax residence\nFee 1200 BOB per year, paid 2 times.\n')).toEqual([]);
    expect(addresses('Proof of residence\nQueue #5512 (desk 4).\n')).toEqual([]);
  });

  it('a label line with no colon still names the address on the line below', () => {
    expect(addresses('Pick-up address\nMD-2012, mun. Bălți, str. Ștefan cel Mare 41/2\nMobil: +373 (69) 118-442')).toEqual([
      'MD-2012, mun. Bălți, str. Ștefan cel Mare 41/2',
    ]);
  });
});
