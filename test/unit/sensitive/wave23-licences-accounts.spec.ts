import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 23: licences and accounts as the value of their label, in the shapes forms print them, past a form's
// note ("(drivers only)") and with the next line's label after them. Examples written here.
const found = (text: string, type: string): string[] => detectSensitive(text).filter((f) => f.type === type).map((f) => f.text);

describe('driving licences by shape, as their label’s value', () => {
  it('past a form’s note, before an emergency contact line', () => {
    expect(found('Licence number (drivers only) – DL5520417\nEmergency contact: Mary Banda, +260 97 5512034\n', 'DRIVER_LICENSE')).toEqual(['DL5520417']);
    expect(found("Driver's licence (drivers only): 8-402-1177\nIn case of emergency: Rosa Díaz\n", 'DRIVER_LICENSE')).toEqual(['8-402-1177']);
  });

  it('letters, year and serial; a check letter after the digits', () => {
    expect(found('Permis de conduire n° : LM-2017-304418\nVehicle: scooter\n', 'DRIVER_LICENSE')).toEqual(['LM-2017-304418']);
    expect(found("Driver's licence : K5520931R\nVehicle: motorbike\n", 'DRIVER_LICENSE')).toEqual(['K5520931R']);
  });

  it('a one-digit first group only right after the label', () => {
    expect(found('Licence class B since 2015, reference 4-220-9081 on file\n', 'DRIVER_LICENSE')).toEqual([]);
  });
});

describe('bank accounts in digit groups, as their label’s value', () => {
  it('groups apart by spaces right after the account label', () => {
    expect(found('Account number: 6120 4471 90352\nEmergency contact: Ruth Phiri\n', 'BANK_ACCOUNT')).toEqual(['6120 4471 90352']);
    expect(found('Bank account – 3390 1128 4471 (Jane Zulu)\n', 'BANK_ACCOUNT')).toEqual(['3390 1128 4471']);
  });

  it('the next line’s contact label does not take the number', () => {
    expect(found('Cuenta monetaria: 5580431197\nContacto de emergencia: Fernando López\n', 'BANK_ACCOUNT')).toEqual(['5580431197']);
  });

  it('spaced groups away from the label stay unread', () => {
    expect(found('Paid from my account last year: 1 200 000 in 2024 and 1 350 000 in 2025\n', 'BANK_ACCOUNT')).toEqual([]);
  });
});
