import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 14 (second round): addresses without any street word, anchored on a postcode of the country's
// format next to its city — Greek "NNN NN" before or after a Greek city, Israeli seven digits after a
// Hebrew city, Argentine CPA ("C1425BGP", "B1640", "(5000)"), Croatian "HR-" prefixes — with a
// numbered street segment before. Examples written here.
const addresses = (text: string): string[] =>
  detectSensitive(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => f.text);

describe('postcode-anchored addresses without a street word', () => {
  it.each([
    'Κολοκοτρώνη 41, 431 00 Καρδίτσα',
    'Μητροπόλεως 9, διαμ. 3, Λάρισα 412 22',
    'Ευαγγελιστρίας 18, 2ος όροφος\n731 32 Χανιά',
    'ויצמן 12, כפר סבא 4424112',
    'סוקולוב 33/4, דירה 7, רמת השרון 4722511',
    'Sarmiento 742, Tandil, Buenos Aires (B7000)',
    'Belgrano 1530 3° A, Mendoza (M5500)',
    'Rivadavia 88, (2000) Rosario',
    'Tucumán 2215, C1050 Balvanera',
    'Ilica 54, HR-10000 Zagreb',
  ])('%s', (address) => {
    expect(addresses(`Adresa: ${address}\nNext line`)).toEqual([address]);
  });

  it.each([
    ['Η νέα μου διεύθυνση είναι Αγίου Φανουρίου 12, 713 05 Ηράκλειο', 'Αγίου Φανουρίου 12, 713 05 Ηράκλειο'],
    ['🏠 הרב קוק 9\nנתניה 4240110', 'הרב קוק 9\nנתניה 4240110'],
  ])('the address at the end of a line of prose or after a symbol: %s', (text, address) => {
    expect(addresses(`${text}\nNext line`)).toEqual([address]);
  });

  it('does not take a date of birth on the line above for a street line', () => {
    const found = detectSensitive('DOB: 14 July 1991\nהרב קוק 9, נתניה 4240110\n');
    expect(found.filter((f) => f.type === 'ADDRESS').map((f) => f.text)).toEqual(['הרב קוק 9, נתניה 4240110']);
    expect(found.filter((f) => f.type === 'DATE_OF_BIRTH').map((f) => f.text)).toEqual(['14 July 1991']);
  });

  it.each([
    // A postcode-like number after a Greek or Hebrew word with no numbered street before it.
    'Ομάδα Ανάπτυξης 102 45 άτομα',
    'קבוצה 1234567',
    // A Greek "NNN NN" after a Latin word, a seven-digit number after a Latin word.
    'Invoice 2024, Room 118 22',
    'Order 15, Ref 4455667',
    // A model name in parentheses without a street before it.
    'Camera (X1000) kit',
  ])('%s is no address', (text) => {
    expect(addresses(`${text}\n`)).toEqual([]);
  });
});
