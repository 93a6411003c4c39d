import { describe, expect, it } from 'vitest';
import { pseudonymizeParts } from '../../../src/platform/privacy/pseudonymized-request.js';

describe('pseudonymizeParts', () => {
  it('gives one value one placeholder across parts, and different values different ones', () => {
    const p = pseudonymizeParts({
      resume: 'Mail jane.roe@example.com or bob@example.org',
      job: 'Apply via bob@example.org',
      note: 'Reach me at jane.roe@example.com',
    });
    expect(p.parts).toEqual({
      resume: 'Mail [EMAIL_1] or [EMAIL_2]',
      job: 'Apply via [EMAIL_2]',
      note: 'Reach me at [EMAIL_1]',
    });
  });

  it('restores every string in a nested answer and leaves other values alone', () => {
    const p = pseudonymizeParts({ a: 'card 4111 1111 1111 1111', b: 'IBAN DE89 3704 0044 0532 0130 00' });
    expect(p.parts).toEqual({ a: 'card [CARD_NUMBER_1]', b: 'IBAN [BANK_ACCOUNT_1]' });
    const answer = { list: [{ t: 'pay with [CARD_NUMBER_1]', n: 3 }, '[BANK_ACCOUNT_1]'], ok: true, none: null, unknown: '[PHONE_9]' };
    expect(p.restore(answer)).toEqual({
      list: [{ t: 'pay with 4111 1111 1111 1111', n: 3 }, 'DE89 3704 0044 0532 0130 00'],
      ok: true,
      none: null,
      unknown: '[PHONE_9]',
    });
  });

  it('never reuses a placeholder the user typed, in any part, and never "restores" it', () => {
    const p = pseudonymizeParts({ a: 'Template: [EMAIL_1] goes here', b: 'Real: jane.roe@example.com' });
    expect(p.parts).toEqual({ a: 'Template: [EMAIL_1] goes here', b: 'Real: [EMAIL_2]' });
    expect(p.restore('[EMAIL_1] and [EMAIL_2]')).toBe('[EMAIL_1] and jane.roe@example.com');
  });
});
