import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 17: street words of Lithuanian (g., al.), Estonian (tn, tee), Bulgarian and Macedonian (жк, bul., the
// number word бр./br. and the block, entrance, floor and flat words), Peruvian block-and-lot addresses,
// Bangladeshi house-and-road addresses in Latin and Bengali script, Italian and lettered post-office boxes.
// Examples written here.
const addresses = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'ADDRESS').map((f) => f.text);

describe('street-word addresses of more countries', () => {
  it.each([
    ['Adresas: Gedimino g. 14, LT-01103 Vilnius', 'Gedimino g. 14, LT-01103 Vilnius'],
    ['Aadress: Pikk tn 12-3, 10133 Tallinn', 'Pikk tn 12-3, 10133 Tallinn'],
    ['Address: Narva tee 40, Tartu 51007', 'Narva tee 40, Tartu 51007'],
    ['Адрес: жк „Младост“ 3, бл. 12, вх. В, ет. 4, ап. 15, 1712 София', 'жк „Младост“ 3, бл. 12, вх. В, ет. 4, ап. 15, 1712 София'],
    ['Адрес: гр. Пловдив 4000, бул. „Марица“ № 54', 'гр. Пловдив 4000, бул. „Марица“ № 54'],
    ['Home address: бул. Илинден бр. 12, 1000 Скопје', 'бул. Илинден бр. 12, 1000 Скопје'],
    ['Address: bul. Ilinden br. 12/3, 1000 Skopje', 'bul. Ilinden br. 12/3, 1000 Skopje'],
    ['Home: House 12/C, Road 7, Banani\nDhaka-1213', 'House 12/C, Road 7, Banani\nDhaka-1213'],
    ['ঠিকানা: বাড়ি ১২, রোড ৩, বনানী, ঢাকা-১২১৩', 'বাড়ি ১২, রোড ৩, বনানী, ঢাকা-১২১৩'],
    ['Domicilio: Mz. F Lt. 7, Urb. Los Olivos, Lima', 'Mz. F Lt. 7, Urb. Los Olivos, Lima'],
    ['P.O. Box AN 1234, Accra', 'P.O. Box AN 1234, Accra'],
    ['Casella postale 123, 6900 Lugano', 'Casella postale 123, 6900 Lugano'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('a street word without a name before it or a number after it is no address', () => {
    expect(addresses('Mix 5 g. of salt with water')).toEqual([]);
    expect(addresses('Bring a tee to the course')).toEqual([]);
  });
});
