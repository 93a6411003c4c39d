import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 14: national phone layouts of Hungary, Argentina, Greece, Indonesia, Croatia, Latvia and Ukraine
// (and "+38 (0XX)", the Ukrainian way of writing +380), with the phone words of their languages.
// Examples written here.
const phones = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'PHONE')
    .map((f) => f.text);

describe('national layouts of more countries', () => {
  it.each([
    ['Mobil: 06 30 512 7784', '06 30 512 7784'],
    ['Telefon: (06 1) 457 2291', '(06 1) 457 2291'],
    ['Celular: 261 15 482-3310', '261 15 482-3310'],
    ['Celular: 0351 15-627-4418', '0351 15-627-4418'],
    ['Κινητό: 6945 218 337', '6945 218 337'],
    ['Contact: 2310 552418', '2310 552418'],
    ['HP: 0813-2255-7461', '0813-2255-7461'],
    ['Mobitel: 091 552 3318', '091 552 3318'],
    ['Tālrunis: 26 418 902', '26 418 902'],
    ['Моб.: +38 (067) 412-55-09', '+38 (067) 412-55-09'],
  ])('%s', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
});

describe('still no phone numbers', () => {
  it.each(['Build 6.15.8784 (2022).', 'Ref +2(267)362-8910', 'Company no. 517199947. Phone below.', 'Build 3.15.5484 (2024), tel. on request'])(
    '%s',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );
});
