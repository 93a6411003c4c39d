import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 24: dates of birth and bank accounts read by the structure around them, not by more words — a form's
// leader dots, a birth cue after the date, an age beside it, the line under a person's name; an account
// label's own grouping of its value. Examples written here.
const found = (text: string, type: string): string[] => detectSensitive(text).filter((f) => f.type === type).map((f) => f.text);
const age = (year: number): number => new Date().getFullYear() - year;

describe('dates of birth by the structure around them', () => {
  it('after a form’s leader dots', () => {
    expect(found('01 Surname: OKAFOR\n02 Date of birth ........ 14/02/1979   03 Sex [x] M [ ] F\n', 'DATE_OF_BIRTH')).toEqual(['14/02/1979']);
  });

  it('a day, a month name and a two-digit year after the cue', () => {
    expect(found('Applicant: Marlon Reid\nDOB: 3-Jun-84\nAddress: 12 Hope Road, Kingston 6\n', 'DATE_OF_BIRTH')).toEqual(['3-Jun-84']);
  });

  it('a birth cue right after the date', () => {
    expect(found('자녀: 김하준 (2019. 3. 14. 출생)\n', 'DATE_OF_BIRTH')).toEqual(['2019. 3. 14']);
    expect(found('For the pension fund: 22/11/1968 (my date of birth)\n', 'DATE_OF_BIRTH')).toEqual(['22/11/1968']);
    // A cue that names a value of its own is not about the date before it.
    expect(found('Started 01/09/2015 (born 1990 in Accra)\n', 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('a date next to the age it gives', () => {
    expect(found(`Candidate: Thandi Mokoena, 12.04.1990 (${age(1990)})\n`, 'DATE_OF_BIRTH')).toEqual(['12.04.1990']);
    expect(found(`Ruth Banda — 7 May 1985, ${age(1985)} years\n`, 'DATE_OF_BIRTH')).toEqual(['7 May 1985']);
    // An age that the date does not give is a duration or a count.
    expect(found('Contract signed 12.04.2019 (36 pages)\n', 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('the line under a person’s name, with a label no list holds', () => {
    expect(found('Ngozi Adeyemi\nỌjọ́ ìbí: 14.03.1991\nHome address: 12 Allen Avenue, Ikeja\n', 'DATE_OF_BIRTH')).toEqual(['14.03.1991']);
    expect(found('1. Injured person: Anna Sigurðardóttir\n2. Fædd 03.11.1987\n3. Address: Laugavegur 12\n', 'DATE_OF_BIRTH')).toEqual(['03.11.1987']);
    expect(found('Applicant: Siân Rowlands\nGanwyd: 21.06.02\n', 'DATE_OF_BIRTH')).toEqual(['21.06.02']);
    // A heading is no person's name when its next line is no label and date.
    expect(found('Work Experience\nWarehouse lead since 2004\n', 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('bank accounts in the grouping of their label’s value', () => {
  it('a branch or check digits apart, dotted groups', () => {
    expect(found('New account: Compte SGCI n° 40213377021-58\n', 'BANK_ACCOUNT')).toEqual(['40213377021-58']);
    expect(found('Pay to: Scotiabank savings account # 204-118375, branch Half Way Tree\n', 'BANK_ACCOUNT')).toEqual(['204-118375']);
    expect(found('Deposit refund to: Hakrinbank rekening 412.077.305 (SRD)\n', 'BANK_ACCOUNT')).toEqual(['412.077.305']);
    expect(found('Dues from: Azizi Bank account no. 6401-552190337\n', 'BANK_ACCOUNT')).toEqual(['6401-552190337']);
  });

  it('a RIB with its country prefix after the account label', () => {
    expect(found('Compte bancaire : SN012 01212 036182701905 21\n', 'BANK_ACCOUNT')).toEqual(['SN012 01212 036182701905 21']);
  });

  it('not another kind’s value that the label’s line names', () => {
    expect(found('Bank: Stanbic, Tel: 0772 123456\n', 'BANK_ACCOUNT')).toEqual([]);
  });
});
