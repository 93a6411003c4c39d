import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 22: phone numbers of regions no list holds, found by their layout next to a phone word, and numbers the
// account cue of another line took. Examples written here.
const found = (text: string, type: string): string[] => detectSensitive(text).filter((f) => f.type === type).map((f) => f.text);
const phones = (text: string): string[] => found(text, 'PHONE');

describe('phones named by a phone word, in any region', () => {
  it('seven digits in spaced groups and eight in halves, right after the word', () => {
    expect(phones('Mobile: 974 31 08\nE-mail: nuno.tavares@example.org')).toEqual(['974 31 08']);
    expect(phones('Phone\n615 2290\n')).toEqual(['615 2290']);
    expect(phones('Cell: 6021-4470\n')).toEqual(['6021-4470']);
    expect(phones('Tel.: 032.44.617.09\n')).toEqual(['032.44.617.09']);
  });

  it('still no dates, postcodes or short runs', () => {
    expect(phones('Phone: 150-0002\n')).toEqual([]);
    expect(phones('Contact: 12/05/2027\n')).toEqual([]);
    expect(phones('Tel: 2019-2021\n')).toEqual([]);
  });
});

describe('layouts of the window', () => {
  it('a fax header: the number, two spaces, then the date and hour', () => {
    expect(phones('FAX FROM  +264 61 204 418    03/11/2027 09:14   P.1/3')).toEqual(['+264 61 204 418']);
    expect(phones('From:  061 204 4180    03/11/2027 09:14')).toEqual(['061 204 4180']);
  });

  it('the full-width hyphen and the minus between groups', () => {
    expect(phones('연락처 010－4821－7730')).toEqual(['010－4821－7730']);
    expect(phones('Tel. 030\u22124821\u22127730')).toEqual(['030\u22124821\u22127730']);
  });
});

describe('an account cue names the number on its own line', () => {
  it('not the helpdesk number on the next line', () => {
    const text = 'Paid to: Harbour Bank savings a/c 7719204583, Marine branch\nQueries: payroll 868-612-7740\n';
    expect(found(text, 'BANK_ACCOUNT')).toEqual(['7719204583']);
    expect(phones(text)).toEqual(['868-612-7740']);
  });
});

describe('contact lines and phone words of more languages', () => {
  it('a name or firm, a comma, then the number ending the line', () => {
    expect(phones('5. Witness: Ruth Mwangala, 977 41 20\n')).toEqual(['977 41 20']);
    expect(phones('Employer: Kasama Mills, Lda, 231 60 44 extensão 12\n')).toEqual(['231 60 44 extensão 12']);
  });

  it('phone words in Portuguese, Icelandic, Arabic and English phrases', () => {
    expect(phones('Telemóvel: 9517734\n')).toEqual(['9517734']);
    expect(phones('Farsími: 6620418\n')).toEqual(['6620418']);
    expect(phones('هاتف: 51234870\n')).toEqual(['51234870']);
    expect(phones('Reachable on 7710342.')).toEqual(['7710342']);
  });

  it('a phone word that names a value of its own, after or on an earlier line, names no other number', () => {
    expect(phones('Company PAN 492716435.\nReachable on +264 81 220 4418.\n')).toEqual(['+264 81 220 4418']);
    expect(phones('Pay to: Caja de ahorro Nº 2803381176 – Banco Sol\nMobile: 77104455\n')).toEqual(['77104455']);
  });
});
