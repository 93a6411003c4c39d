import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 15: addresses that open with the flat, villa, house, plot or box number and name no street word or
// postcode (the Gulf states, Nigeria), in Latin or Arabic script (Arabic comma); Georgian addresses with
// their street words after the name ("გამზ.", "ქ.", "№"). Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('addresses that open with a unit or box number', () => {
  it.each([
    ['Residing at Villa 14, Street 7c, Al Safa 1, Dubai, UAE, she has been employed', 'Villa 14, Street 7c, Al Safa 1, Dubai, UAE'],
    ['Home address: Flat 402, Building 3\nAl Khalidiya, Abu Dhabi\nMarital status: single', 'Flat 402, Building 3\nAl Khalidiya, Abu Dhabi'],
    ['- lives Plot 27, Ahmadu Bello Way, Garki II, Abuja; commute ~40 min', 'Plot 27, Ahmadu Bello Way, Garki II, Abuja'],
    ['House 12, 2nd Avenue, Gwarinpa Estate,\nGarki, Abuja\nPhone below', 'House 12, 2nd Avenue, Gwarinpa Estate,\nGarki, Abuja'],
    ['Documents by post: P.O. Box 51234, Sharjah', 'P.O. Box 51234, Sharjah'],
    ['I live at P.M.B. 2210, Ibadan', 'P.M.B. 2210, Ibadan'],
    ['Living at شقة 804، برج الخليج، الخالدية، أبوظبي; hybrid preferred.', 'شقة 804، برج الخليج، الخالدية، أبوظبي'],
    ['الموقع: ص.ب 22145، الشارقة', 'ص.ب 22145، الشارقة'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('Georgian addresses', () => {
  it.each([
    ['Location: ქუთაისი 4600, წერეთლის ქ. 41, ბინა 8\nOrganizer: X', 'ქუთაისი 4600, წერეთლის ქ. 41, ბინა 8'],
    ['based at რუსთაველის გამზ. №17, თბილისი; commute ~30 min', 'რუსთაველის გამზ. №17, თბილისი'],
    ['Home: 31 Tsereteli Ave, apt. 9, Tbilisi 0154\nNext', '31 Tsereteli Ave, apt. 9, Tbilisi 0154'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('no address', () => {
  it.each(['Flat 3 and a garden, near the sea.', 'House 5 won the cup, Villa 2 came second.'])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
  it('a code with four digits in it on the line below is no postcode', () => {
    expect(addresses('Flat 1263, Building 10, Jumeirah Lake Towers\nPAN card no. PSVPS6848X')).toEqual(['Flat 1263, Building 10, Jumeirah Lake Towers']);
  });
});
