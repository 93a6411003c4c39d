import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 14: addresses anchored on a street-type word of a language the street-first patterns did not
// read (Latvian, Hungarian, Ukrainian, Greek, Hebrew, Argentine Spanish, Vietnamese, Indonesian,
// Croatian), widened over the segments that read like an address. Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('street-type words of other languages', () => {
  it.each([
    'Brīvības iela 45 - 12, Cēsis, LV-4101',
    'Dzirnavu iela 7 k-1-3, LV-1010 Rīga',
    '8200 Veszprém, Óváros tér 7. II. em. 3.',
    'Vörösmarty u. 21.\n3300 Eger',
    '21000, м. Вінниця, вул. Соборна, 15, кв. 8',
    'prosp. Peremohy 14, apt. 9, Kyiv 03056',
    'Οδός Κολοκοτρώνη 12, 105 62 Αθήνα',
    'Λεωφ. Κηφισίας 220, 2ος όροφος',
    'Αγίου Δημητρίου 14, Τ.Κ. 546 30, Θεσσαλονίκη',
    'רחוב אלנבי 40, חיפה 3309201',
    'Bv. Chacabuco 812, Piso 2 Dto. B, (5000) Córdoba',
    'Số 12 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
    '45 Lý Thường Kiệt, Phường 7, Quận 10, TP.HCM',
    'Jl. Merdeka No. 5, Kec. Sukajadi, Bandung 40162',
    'Ilirska cesta 8, 10000 Zagreb',
  ])('%s', (address) => {
    expect(addresses(`Address: ${address}\nPhone follows`)).toEqual([address]);
  });

  it('stops before the next field and a name line below', () => {
    expect(addresses('Kossuth Lajos utca 9.\nNagy Eszter\nTelefon: 06 30 123 4567')).toEqual(['Kossuth Lajos utca 9.']);
  });

  it('ends at the sentence end after the city', () => {
    expect(addresses('Please post it to 8 Hàng Bài, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội. Ticket 2231 closed.')).toEqual([
      '8 Hàng Bài, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội',
    ]);
  });
});

describe('street words that are no address', () => {
  it.each([
    'In Hungarian, utca means street and út means road.',
    'The Gang of Four wrote 23 patterns.',
    'Calle Ocho is famous for its festival in March.',
    'Our office is on вул. Хрещатик in the centre.',
    'Quận 1 is the busiest district of the city.',
  ])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
