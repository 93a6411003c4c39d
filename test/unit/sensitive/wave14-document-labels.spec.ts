import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 14: passport and driving-licence labels of Latvian, Croatian, Slovak, Indonesian, Vietnamese,
// Greek, Hebrew and Korean; letters-then-digits licences named by their label; a Korean licence whose
// region is written by name; a label on the next line is that line's. Examples written here.
const found = (text: string): string[] => detectSensitive(text).map((f) => `${f.type} ${f.text}`);

describe('licence labels', () => {
  it.each([
    ['Vadītāja apliecības Nr. KR518204', 'KR518204'],
    ['Broj vozačke dozvole: 40381726', '40381726'],
    ['Číslo vodičského preukazu: BD402917', 'BD402917'],
    ['No. SIM: 3208-5519-640227', '3208-5519-640227'],
    ['Số GPLX: 790412563018', '790412563018'],
    ['Αρ. άδειας οδήγησης: 508213977', '508213977'],
    ['מספר רישיון נהיגה: 73920418', '73920418'],
    ["Driver's licence no. RKT602481", 'RKT602481'],
    ['면허증 번호 부산 12-345678-90', '부산 12-345678-90'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([`DRIVER_LICENSE ${value}`]);
  });
});

describe('passport labels', () => {
  it.each([
    ['Broj putovnice: 512093847', '512093847'],
    ['Pases numurs: PK4018273', 'PK4018273'],
    ['Hộ chiếu số C2931047', 'C2931047'],
    ['Αριθμός διαβατηρίου: AK7301952', 'AK7301952'],
    ['דרכון 30419278', '30419278'],
  ])('%s', (text, value) => {
    expect(found(`${text}, expires 05/2030`)).toEqual([`PASSPORT ${value}`]);
  });

  it('keeps a passport whose next line labels a licence', () => {
    expect(found('여권 번호 M12345678\n☑ 운전면허(법인차량): 운전면허번호: 11-22-123456-12')).toContain('PASSPORT M12345678');
  });
});

describe('still no document numbers', () => {
  it.each(['SIM card 3208-5519-640227 activated', 'Licence class B since 2015, order ABC123456'])('%s', (text) => {
    expect(found(text).filter((f) => f.startsWith('DRIVER_LICENSE') || f.startsWith('PASSPORT'))).toEqual([]);
  });
});
