import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 20: address blocks with no address label, read by the document's line structure (a run of short lines next
// to a phone number or an e-mail, or under a label line of their own) and by the shape of their parts. Examples
// written here, in places and languages no word list holds.
const addresses = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'ADDRESS').map((f) => f.text);

describe('address blocks read by line structure', () => {
  it('a letterhead: name, address lines, then a phone or an e-mail', () => {
    expect(addresses('Tamsin Oduya\nNyumba 77, Barabara ya Mvuleni\nKibuye\nKarongi\n+250 788 412 903\n')).toEqual([
      'Nyumba 77, Barabara ya Mvuleni\nKibuye\nKarongi',
    ]);
    expect(addresses('Gwilym Rees\nBryn Teg\nLôn Glai\nLlanelli\nSA15 9QT\ngwilym.rees@example.org')).toEqual(['Bryn Teg\nLôn Glai\nLlanelli\nSA15 9QT']);
  });

  it('after a label no list holds, next to contact details', () => {
    expect(addresses('Mji: Nyumba 48, Mtaa wa Uhuru, Kariakoo, Dar es Salaam\nSimu: 0754 331 208')).toEqual([
      'Nyumba 48, Mtaa wa Uhuru, Kariakoo, Dar es Salaam',
    ]);
    expect(addresses('Employer: Lakeside Haulage Ltd, Stand 412, Kafue Road, Lusaka\nTel: +260 977 120 431')).toEqual([
      'Lakeside Haulage Ltd, Stand 412, Kafue Road, Lusaka',
    ]);
  });

  it('under a label line of its own, with house numbers written "No:112/4"', () => {
    expect(addresses('We move next month.\nFrom:\nAtatürk Blv. No:112/4\nÇankaya / Ankara\n\nTo:\nİnönü Cd. No:137/2\nKarşıyaka / İzmir\n')).toEqual([
      'Atatürk Blv. No:112/4\nÇankaya / Ankara',
      'İnönü Cd. No:137/2\nKarşıyaka / İzmir',
    ]);
    expect(addresses('2 | Home address _____\n  Lot 9, Quartier Nkolbisson, Yaoundé\n3 | Tel. 677 21 45 90')).toEqual([
      'Lot 9, Quartier Nkolbisson, Yaoundé',
    ]);
  });

  it('is no address: job lines, amounts, counts, ids, links and short phones beside contact details', () => {
    expect(addresses('Ana Kovač\nSoftware Engineer, 5 years\nana.kovac@example.com')).toEqual([]);
    expect(addresses('Fee: 120 EUR, dues 2%\nTel: 0912 334 556')).toEqual([]);
    expect(addresses('Flat 3B of block 4 requested, 2 bedrooms.\nPhone: 0912 334 556')).toEqual([]);
    expect(addresses('Passport no. K4410382, Ljubljana\nPhone: 0912 334 556')).toEqual([]);
    expect(detectSensitive('Ravi Menon\nPAN ABCPM1234K, Kochi\nPhone: 0912 334 556').map((f) => f.type)).toEqual(['IN_PAN', 'PHONE']);
    expect(addresses('Born: 14 Veljača 1988, Split\nPhone: 0912 334 556')).toEqual([]);
    expect(addresses('Mob.\n455 653\nlinkedin.com/in/ana-kovac\nana.kovac@example.com')).toEqual([]);
    expect(addresses('TRADE UNION\nAPPLICATION FORM  Form A-3  (page 1/2)\nTel: 0912 334 556')).toEqual([]);
  });

  it('is no address: a list longer than an address block', () => {
    expect(addresses('Skills\nPython 3, Django\nJava 8, Spring\nGo 1, gRPC\nRust 2, Tokio\nSQL 9, Postgres\nC 11, Make\nana@example.com')).toEqual([]);
  });
});
