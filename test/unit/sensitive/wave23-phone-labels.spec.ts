import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 23: what made the w22 phone false positives — chat time stamps read as numbers, and values whose own
// label names another kind of number — and a form's note between a label and its value. Examples written here.
const found = (text: string, type: string): string[] => detectSensitive(text).filter((f) => f.type === type).map((f) => f.text);
const phones = (text: string): string[] => found(text, 'PHONE');

describe('a chat export’s time stamps', () => {
  it('a date with a two-digit year and the hour is no number; the phones in the messages are', () => {
    const text = [
      'Warehouse jobs — Telegram export',
      '[14.03.26 08:12] Ana Lucía Pérez: forklift drivers wanted, call 2456 7781',
      '[14.03.26 09:40] Rubén Soto: me! 0977 452 118',
      '[15.03.26 10:05] Ana Lucía Pérez: ok thanks',
    ].join('\n');
    expect(phones(text)).toEqual(['2456 7781', '0977 452 118']);
  });

  it('a number followed by a time keeps its own groups, not the hour', () => {
    expect(phones('Call 0471 234 567 10:30 tomorrow')).toEqual(['0471 234 567']);
  });
});

describe('the label of the number’s own line names another kind of number', () => {
  it('an account, with words between the cue and the value', () => {
    expect(phones('Cuenta monetaria: 4410927735\nContacto de emergencia: Rosa Méndez\n')).toEqual([]);
    expect(phones('Cuenta No. – 0310558207144\nContacto: Pedro Díaz\n')).toEqual([]);
  });

  it('a licence, also after a form’s note, and found as the licence', () => {
    const text = 'Licence number (drivers only) – 031-8654812-1\nEmergency contact: Ana Ruiz, 6612-4409\n';
    expect(phones(text)).toEqual(['6612-4409']);
    expect(found(text, 'DRIVER_LICENSE')).toEqual(['031-8654812-1']);
    expect(found('No. de licencia\t4418 20931 0108\nVehicle: motorbike\n', 'DRIVER_LICENSE')).toEqual(['4418 20931 0108']);
  });

  it('a phone word in the label keeps the phone', () => {
    expect(phones('Bank helpline phone: 0977 452 118\n')).toEqual(['0977 452 118']);
    expect(phones('Mobile (WhatsApp) – 0977 123 456\n')).toEqual(['0977 123 456']);
  });
});
