import { describe, expect, it } from 'vitest';
import { detectSensitive, type SensitiveType } from '../../../src/platform/privacy/index.js';

const of = (type: SensitiveType, text: string): string[] => detectSensitive(text).filter((f) => f.type === type).map((f) => f.text);

describe('birth and bank cues in Italian, Portuguese, Polish, Swedish and Danish', () => {
  it.each([
    ['Data di nascita: 12/03/1990', '12/03/1990'],
    ['Data de nascimento: 05/11/1988', '05/11/1988'],
    ['Data urodzenia: 14.02.1991', '14.02.1991'],
    ['Födelsedatum 1990-04-12', '1990-04-12'],
    ['Fødselsdato: 03.07.1985', '03.07.1985'],
  ])('%s', (text, date) => {
    expect(of('DATE_OF_BIRTH', text)).toEqual([date]);
  });

  it('finds an account number after a local account word', () => {
    expect(of('BANK_ACCOUNT', 'Kontonummer: 12345678901')).toEqual(['12345678901']);
    expect(of('BANK_ACCOUNT', 'Numer konta: 12345678901234')).toEqual(['12345678901234']);
  });

  it('a branch code word closer than the account word vetoes it', () => {
    expect(of('BANK_ACCOUNT', 'Konto hos Nordea, clearingnummer 33001234')).toEqual([]);
  });

  it('a date without a birth cue stays a date', () => {
    expect(of('DATE_OF_BIRTH', 'Anställd 1990-04-12 till 2001-02-01')).toEqual([]);
  });
});

describe('other names of numeric national ids', () => {
  it("the French name with a straight apostrophe names a SIN (the Luhn check still has to hold), the abbreviation NAS does not", () => {
    expect(of('CA_SIN', "Numéro d'assurance sociale : 521719666")).toEqual(['521719666']);
    expect(of('CA_SIN', "Numéro d'assurance sociale : 521719667")).toEqual([]);
    expect(of('CA_SIN', 'My NAS drive holds 521719666 files')).toEqual([]);
  });
  it('the common spellings of Aadhaar name one', () => {
    expect(of('IN_AADHAAR', 'Aadhar No. 298448863364')).toEqual(['298448863364']);
    expect(of('IN_AADHAAR', 'Aadhar card number: 298448863364')).toEqual(['298448863364']);
  });
});

describe('phone cues of other languages', () => {
  it('the Dutch and Scandinavian word "kom" is no phone cue: an unnamed 4-4-4 id next to it stays an id', () => {
    expect(of('PHONE', 'Kom gerust langs: 2984 4886 3364')).toEqual([]);
    expect(of('PHONE', 'Telefon: 2984 4886 3364')).toEqual(['2984 4886 3364']);
  });
});
