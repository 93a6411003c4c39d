import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 11: the postcode-line walk's false addresses (periods, long numbers) and span boundaries
// (the name or job title above the street), and address layouts it did not read. Examples are
// written here, not taken from a labelled set.
const addresses = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'ADDRESS').map((f) => f.text);

describe('what the postcode-line walk no longer reads as an address', () => {
  it('a period written with month names is not a city and a postcode', () => {
    expect(addresses('Thanks for the call. Mar 2014 – Oct 2019, 12 people.')).toEqual([]);
    expect(addresses('EDUCATION\nSep 2003 – Jun 2007, 4 people')).toEqual([]);
    expect(addresses('Giu 2015 – Dic 2020, team di 6')).toEqual([]);
  });

  it('a four-digit group followed by more digit groups is a longer number, not a postcode', () => {
    expect(addresses('IELTS 7.5.\nSenior Analyst, Holm AB\nShipment 2231 5567 8890 left the warehouse.')).toEqual([]);
  });
});

describe('where an address found from its postcode line begins', () => {
  it('does not take the name or job title on the lines above the street', () => {
    expect(addresses('Kind regards,\nPriya Raman\nFlat 12, 40 Mill Lane, Hawthorn VIC 3122')).toEqual(['Flat 12, 40 Mill Lane, Hawthorn VIC 3122']);
    expect(addresses('JONAS LIND\nProject Engineer\nKungsgatan 14, 411 19 Göteborg')).toEqual(['Kungsgatan 14, 411 19 Göteborg']);
  });

  it('does not take the end of a phone number on the line above, but keeps a house number there', () => {
    expect(addresses('M: 1 (604) 555-0144\n2210 Oak Street, Vancouver, BC V6H 3W1')).toEqual(['2210 Oak Street, Vancouver, BC V6H 3W1']);
    expect(addresses('Address: Rua Bahia, 210\nCEP 30160-011 - Belo Horizonte - MG')).toEqual(['Rua Bahia, 210\nCEP 30160-011']);
  });

  it('takes the street after a phone number in the same line when two spaces separate them', () => {
    expect(addresses('(22) 611 42 90  ul. Długa 4/6, 80-827 Gdańsk')).toEqual(['ul. Długa 4/6, 80-827 Gdańsk']);
  });

  it('never starts inside a phone number or its extension', () => {
    const found = detectSensitive('Tel. +39 02 7788 1234 int. 55\nVia Torino 12, 20123 Milano');
    expect(found.map((f) => [f.type, f.text])).toEqual([
      ['PHONE', '+39 02 7788 1234 int. 55'],
      ['ADDRESS', 'Via Torino 12, 20123 Milano'],
    ]);
  });
});

describe('address layouts read since wave 11', () => {
  it.each([
    // A Canadian city written with a comma before its province.
    ['Home: 77 Elm Avenue, Toronto, ON M4W 1N5', '77 Elm Avenue, Toronto, ON M4W 1N5'],
    ['455 rue des Érables, Unit 8, Laval, QC H7N 2K3', '455 rue des Érables, Unit 8, Laval, QC H7N 2K3'],
    // An Indian PIN written 3 + 3, after a state of two words.
    ['Flat 9, Lake View Residency, MG Road, Pune 411 001', 'Flat 9, Lake View Residency, MG Road, Pune 411 001'],
    ['Plot 4, Park Street, Salt Lake, Kolkata, West Bengal 700091', 'Plot 4, Park Street, Salt Lake, Kolkata, West Bengal 700091'],
    // Unit words in Italian, Swedish and Brazilian addresses.
    ['Via Nazionale 40, scala B, int. 3, 00184 Roma', 'Via Nazionale 40, scala B, int. 3, 00184 Roma'],
    ['Vasagatan 12, 3 tr, 111 20 Stockholm', 'Vasagatan 12, 3 tr, 111 20 Stockholm'],
    ['Rua Goiás, 55, bloco B, 4º andar - Centro, Recife - PE, CEP 50050-000', 'Rua Goiás, 55, bloco B, 4º andar - Centro, Recife - PE, CEP 50050-000'],
    // A Dublin postal district, and a quay.
    ['12 Ormond Terrace, Ranelagh, Dublin 6', '12 Ormond Terrace, Ranelagh, Dublin 6'],
    ['Office at 8 Merchants Quay, Cork', '8 Merchants Quay, Cork'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('reads a Korean lot number without a dash after its 시/구 and 동', () => {
    expect(addresses('주소: 서울특별시 마포구 망원동 412')).toEqual(['서울특별시 마포구 망원동 412']);
    expect(addresses('대전광역시 유성구 봉명동 88 1203호')).toEqual(['대전광역시 유성구 봉명동 88 1203호']);
    // A count after the number is no lot number.
    expect(addresses('서울시 강남구 역삼동 3 개월 근무')).toEqual([]);
  });
});
