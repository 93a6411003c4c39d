import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

// Wave 17: driving-licence labels of Lithuanian, Estonian, Swiss Italian, Macedonian/Serbian Cyrillic, Bulgarian,
// Slovene, Chinese, Thai and Georgian; the lettered layouts of Bangladesh, Nigeria and Ghana; a passport label on the next line does not take
// the licence's number. Examples written here.
const found = (text: string): [string, string][] => detectSensitive(text).map((f) => [f.type, f.text]);

describe('driving licences', () => {
  it.each([
    ['Vairuotojo pažymėjimas: 40918273', '40918273'],
    ['Juhiluba: ET551029', 'ET551029'],
    ['Juhiloa nr: ES304918', 'ES304918'],
    ['Licenza di condurre: 620394815', '620394815'],
    ['Возачка дозвола: A4490312', 'A4490312'],
    ['Свидетелство за управление на МПС № 284019376', '284019376'],
    ['Driving licence no.: RJ0719557C00412', 'RJ0719557C00412'],
    ['Driving licence: GWR-40918273-11852', 'GWR-40918273-11852'],
    ['FRSC driver’s licence no.: KAN30218BD71', 'KAN30218BD71'],
    ['駕照號碼：Q120394857', 'Q120394857'],
    ['ใบขับขี่ 61029384', '61029384'],
    ['მართვის მოწმობა: AB4019283', 'AB4019283'],
    ['Vozniško dovoljenje: 55019283', '55019283'],
  ])('%s', (text, value) => {
    expect(found(text)).toContainEqual(['DRIVER_LICENSE', value]);
  });

  it('a passport label on the next line names its own number', () => {
    expect(found("Driver's licence no. K5520931\nPassport: B1930442")).toEqual([
      ['DRIVER_LICENSE', 'K5520931'],
      ['PASSPORT', 'B1930442'],
    ]);
  });

  it('a lettered layout without a licence label right before it is no licence', () => {
    expect(found('Driving licence class B since 2009; batch GWR-40918273-11852')).toEqual([]);
    expect(found('Invoice RJ0719557C00412')).toEqual([]);
  });
});
