import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';
import { isValidClabe } from '../../../src/platform/privacy/clabe.js';
import { isValidJapaneseMyNumber } from '../../../src/platform/privacy/national-id-checks.js';

// Wave 12: birth dates, passports, licences and bank accounts labelled in many languages and written
// in their local forms; labels that name the next line's value; CLABE's check digit. Examples written here.
const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);
const ofType = (text: string, type: string): string[] => found(text).filter(([t]) => t === type).map(([, value]) => value);

describe('a birth date after a cue in the local language, in the local form', () => {
  it.each([
    ['Geburtsdatum: 25. Juni 1961', '25. Juni 1961'],
    ['D.O.B.: 9. Januar 1965', '9. Januar 1965'],
    ['geboren am 28.10.1994', '28.10.1994'],
    ['Née le 26 mai 1974', '26 mai 1974'],
    ['né(e) le 5 octobre 2003', '5 octobre 2003'],
    ['Date de naissance : 1er mars 1980', '1er mars 1980'],
    ['Fecha de nacimiento: 7 de julio de 1962', '7 de julio de 1962'],
    ['F. nacimiento: 11 de noviembre de 1994', '11 de noviembre de 1994'],
    ['nacida el 04-03-1972', '04-03-1972'],
    ['nascido a 31 de janeiro de 1974', '31 de janeiro de 1974'],
    ['Geb. datum: 23 november 1992', '23 november 1992'],
    ['geboren op 14 mei 1969', '14 mei 1969'],
    ['Date of Birth (DD/MM/YYYY): 29.03.84', '29.03.84'],
    ['Date of Birth (DD/MM/YYYY): 8th March 1993', '8th March 1993'],
    ['Födelsedatum: 9 maj 1990', '9 maj 1990'],
    ['Syntymäaika: 12.3.1985', '12.3.1985'],
    ['Data urodzenia: 5 maja 1990', '5 maja 1990'],
    ['DATUM NAROZENÍ: 12. března 1985', '12. března 1985'],
    ['Doğum tarihi: 12 Mart 1985', '12 Mart 1985'],
    ['DOĞUM TARİHİ: 03.04.1979', '03.04.1979'],
    ['Data nașterii: 3 martie 1990', '3 martie 1990'],
    ['Születési dátum: 1990. március 5.', '1990. március 5'],
    ['Дата рождения: 5 мая 1990 г.', '5 мая 1990'],
    ['Ημερομηνία γέννησης: 12/03/1985', '12/03/1985'],
    ['生年月日：1990年5月9日', '1990年5月9日'],
    ['出生日期: 1988-07-15', '1988-07-15'],
    ['출생: 80.08.11', '80.08.11'],
    ['생일(생년월일) 2004/06/23', '2004/06/23'],
  ])('%s', (text, date) => {
    expect(ofType(`Name: Test Person\n${text}\nNext line`, 'DATE_OF_BIRTH')).toEqual([date]);
  });

  it('no cue, no birth date: dates with month names in a CV are periods and deadlines', () => {
    for (const text of ['Started at Acme on 5 mars 2019.', 'Invoice due 25. Juni 2024.', 'Fecha de entrega: 7 de julio de 2023', 'Updated 1990. március 5.']) {
      expect(ofType(text, 'DATE_OF_BIRTH')).toEqual([]);
    }
  });

  it('a Greek or Cyrillic cue must start a word ("народен" holds "роден")', () => {
    expect(ofType('Народен 12.03.1985', 'DATE_OF_BIRTH')).toEqual([]);
    expect(ofType('Роден 12.03.1985', 'DATE_OF_BIRTH')).toEqual(['12.03.1985']);
  });

  it('a cue inside an accented word is no cue ("Übernéé" is not "né")', () => {
    expect(ofType('Reçu le 12/03/1985', 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('passports labelled in other languages and written as letters mixed with digits', () => {
  it.each([
    ['N° de passeport : 95XJ21418', '95XJ21418'],
    ['Paspoortnummer: NVB7W3412', 'NVB7W3412'],
    ['Reisepass-Nr. H53P7222H2', 'H53P7222H2'],
    ['Pasaporte: G29795126', 'G29795126'],
    ['Passaporte n.º JK437961', 'JK437961'],
    ['Passport: K9220491Q', 'K9220491Q'],
    ['Passport no. NCJ2J4502', 'NCJ2J4502'],
    ['パスポート番号: TK1234567', 'TK1234567'],
    ['Διαβατήριο: AK1234567', 'AK1234567'],
  ])('%s', (text, value) => {
    expect(ofType(`${text}\nEmergency contact: a friend`, 'PASSPORT')).toEqual([value]);
  });

  it('another label or the passport number itself between cue and value says it is something else', () => {
    expect(ofType('Passport number MUL065481\n\nSUMMARY\nCertificate ID TO64231456 (AWS)', 'PASSPORT')).toEqual(['MUL065481']);
    expect(ofType('passport # T30162091\n\nProfile\nOrder No.67408850 shipped on 2022-02-09.', 'PASSPORT')).toEqual(['T30162091']);
    expect(ofType('Passport PLEASE BRING ORIGINALS', 'PASSPORT')).toEqual([]);
  });

  it('a passport label on the next line names the next line’s number, not the account above it', () => {
    expect(found('Account number 9572320464\nPassport: 76CN58657')).toEqual([
      ['BANK_ACCOUNT', '9572320464'],
      ['PASSPORT', '76CN58657'],
    ]);
    expect(ofType('Passport: 869745332\nDriver\'s license no. X0740997', 'PASSPORT')).toEqual(['869745332']);
    expect(found('FNB cheque account 3243553246, branch code 051001\npassport # M4562144')).toEqual([
      ['BANK_ACCOUNT', '3243553246'],
      ['PASSPORT', 'M4562144'],
    ]);
  });
});

describe('company-register and request numbers are not phones', () => {
  it.each(['DUNS 15-998-7015', 'SIREN 807 840 778.', 'NPI 0805711142.', 'Request ID 80 9810 5776 (please quote it).', 'Candidate number 0616 377728.', 'P.IVA 79164197180, REA MI-1347204.', 'NIP firmy 572-682-53-38, REGON 505017168.'])(
    '%s',
    (text) => {
      expect(ofType(`Thanks for the call. ${text}`, 'PHONE')).toEqual([]);
    },
  );
});

describe('driver licences in UK and US layouts', () => {
  it('UK: surname, birth digits, initials, digits, check letters', () => {
    expect(ofType('Driving licence no. MORGA753116SM9IJ\nNext', 'DRIVER_LICENSE')).toEqual(['MORGA753116SM9IJ']);
    expect(ofType('Führerschein: MORGA753116SM9IJ', 'DRIVER_LICENSE')).toEqual(['MORGA753116SM9IJ']);
  });

  it('US: groups with a check digit apart', () => {
    expect(ofType('DL# V346-885-82-293-6\nNext', 'DRIVER_LICENSE')).toEqual(['V346-885-82-293-6']);
  });

  it('a mixed letter-digit code near a licence cue is no licence (passports only)', () => {
    expect(ofType('Driving licence no. AB12C345', 'DRIVER_LICENSE')).toEqual([]);
  });
});

/** A CLABE with a correct check digit, computed the way Banxico defines it (weights 3, 7, 1). */
function clabeWithCheck(first17: string): string {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(first17[i]) * weights[i % 3]!) % 10;
  return first17 + String((10 - (sum % 10)) % 10);
}

describe('bank accounts', () => {
  it('a Mexican CLABE only with its check digit', () => {
    // The example Banxico publishes: 032 bank, 180 branch, 00011835971 account, check digit 9.
    const clabe = clabeWithCheck('03218000011835971');
    expect(clabe).toBe('032180000118359719');
    expect(isValidClabe(clabe)).toBe(true);
    const wrong = clabe.slice(0, 17) + String((Number(clabe[17]) + 1) % 10);
    expect(isValidClabe(wrong)).toBe(false);
    expect(ofType(`CLABE interbancaria: ${clabe}`, 'BANK_ACCOUNT')).toEqual([clabe]);
    expect(ofType(`CLABE interbancaria: ${wrong}`, 'BANK_ACCOUNT')).toEqual([]);
  });

  it('Singapore accounts with a check digit apart', () => {
    expect(ofType('Bank account (UOB): 906-168-955-1\nEmergency contact: a friend', 'BANK_ACCOUNT')).toEqual(['906-168-955-1']);
    expect(ofType('DBS account 193-646894-5', 'BANK_ACCOUNT')).toEqual(['193-646894-5']);
  });

  it.each([
    'Número de cuenta 6385399489',
    'Cuenta de nómina 3484994102 (BBVA)',
    'N° de compte 1262166944',
    'Rekeningnummer 6262061087',
    'Hesap numarası 6262061087',
    '口座番号 6262061087',
  ])('%s is an account, not a phone', (text) => {
    expect(found(text).map(([type]) => type)).toEqual(['BANK_ACCOUNT']);
  });

  it('an account label on the next line names the next line’s value', () => {
    expect(ofType('Reference check: 445532312\nSalary account IBAN: NL52ASNB7459785032', 'BANK_ACCOUNT')).toEqual([]);
    expect(ofType('For the background check: 108359134\nDirect deposit to account 348686417', 'BANK_ACCOUNT')).toEqual(['348686417']);
  });

  it('a branch code after the account is the next field, not the account’s name', () => {
    expect(ofType('Standard Bank account no. 41007520210, branch code 051001', 'BANK_ACCOUNT')).toEqual(['41007520210']);
    // A routing number named as such is neither the account nor a phone.
    expect(found('Checking account #5424850400 (routing 078495183)')).toEqual([['BANK_ACCOUNT', '5424850400']]);
  });

  it('a number named as an account is not an unnamed My Number in 4-4-4', () => {
    // The first 11 digits are arbitrary; the 12th makes My Number's check pass.
    const first = '10006826268';
    const check = [...'0123456789'].find((d) => isValidJapaneseMyNumber(first + d))!;
    const grouped = `${first.slice(0, 4)}-${first.slice(4, 8)}-${first.slice(8)}${check}`;
    expect(found(`급여계좌(토스뱅크) ${grouped}`)).toEqual([['BANK_ACCOUNT', grouped]]);
  });
});

describe('phones written with the 00 access code, and Portuguese and Singapore numbers', () => {
  it.each([
    ['T 00351 967 503 634', '00351 967 503 634'],
    ['Phone: 0044 20 7946 0958', '0044 20 7946 0958'],
    ['Cell: 80398996', '80398996'],
    ['Telemóvel 912 345 678', '912 345 678'],
    ['Phone: 215419789', '215419789'],
  ])('%s', (text, phone) => {
    expect(ofType(`${text}\nNext line`, 'PHONE')).toEqual([phone]);
  });

  it('an 8- or 9-digit run without a phone cue is still no phone', () => {
    expect(ofType('Employee no. 80398996, since 2019.', 'PHONE')).toEqual([]);
    expect(ofType('Processed 215419789 events last year.', 'PHONE')).toEqual([]);
  });
});

describe('a number starting with 00 named as a reference is not an international phone', () => {
  it.each(['Medlemsnummer 0031 660 237', 'Case reference 0064 942 350.'])('%s', (text) => {
    expect(ofType(`Tel: 073 392 90 44\n${text}`, 'PHONE')).toEqual(['073 392 90 44']);
  });
});
