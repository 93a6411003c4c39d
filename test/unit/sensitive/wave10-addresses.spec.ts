import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../../src/platform/privacy/index.js';

const addresses = (text: string): string[] => detectSensitive(text).filter((f) => f.type === 'ADDRESS').map((f) => f.text);

describe('addresses found from their postcode line', () => {
  it.each([
    ['Address: Unit 4, 12 Smith St, Fitzroy VIC 3065', 'Unit 4, 12 Smith St, Fitzroy VIC 3065'],
    ['7/31 Glenferrie Road\nHawthorn VIC 3122', '7/31 Glenferrie Road\nHawthorn VIC 3122'],
    ['1200 Rue Sainte-Catherine O, Montréal QC H3B 1K9', '1200 Rue Sainte-Catherine O, Montréal QC H3B 1K9'],
    ['Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038', 'Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038'],
    ['14 Harcourt Road, Dublin 2, D02 XY45', '14 Harcourt Road, Dublin 2, D02 XY45'],
    ['88 Cuba Street\nTe Aro\nWellington 6011', '88 Cuba Street\nTe Aro\nWellington 6011'],
    ['Via Garibaldi 7, 10122 Torino TO', 'Via Garibaldi 7, 10122 Torino TO'],
    ['Rua das Flores, 123 - Apto 45 - Centro, São Paulo - SP, 01001-000', 'Rua das Flores, 123 - Apto 45 - Centro, São Paulo - SP, 01001-000'],
    ['Rua Augusta, 513 - Apto 12\nCEP 01310-100 - São Paulo - SP', 'Rua Augusta, 513 - Apto 12\nCEP 01310-100'],
    ['Adres: ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa', 'ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa'],
    ['Adress: Storgatan 5, lgh 1102, 114 55 Stockholm', 'Storgatan 5, lgh 1102, 114 55 Stockholm'],
    ['Nørregade 10, 2. th., 1165 København K', 'Nørregade 10, 2. th., 1165 København K'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('keeps two addresses in a row apart', () => {
    expect(addresses('Järntorget 7B, 903 26 Umeå\nGötgatan 62, 411 38 Göteborg')).toEqual(['Järntorget 7B, 903 26 Umeå', 'Götgatan 62, 411 38 Göteborg']);
  });

  it('does not take the phone line, the prose or the label before an address', () => {
    expect(addresses('Mob. 061 556 1748\nGötgatan 62, 411 38 Göteborg')).toEqual(['Götgatan 62, 411 38 Göteborg']);
    expect(addresses('Tel 089/6562246\nStorgatan 5, 114 55 Stockholm')).toEqual(['Storgatan 5, 114 55 Stockholm']);
    expect(addresses('Policy number 3509460158 Flat 160, Sai Residency, Pune 411001')).toEqual(['Flat 160, Sai Residency, Pune 411001']);
  });

  it('needs a house number and a real separator before the postcode line', () => {
    expect(addresses('Senior Developer 2019-2023, Lead 2023 Berlin')).toEqual([]);
    expect(addresses('Worked at the 2019–2023 World Congress; 4000 attendees.')).toEqual([]);
    expect(addresses('Invoice no. 732 005 0536 Full clean licence')).toEqual([]);
    expect(addresses('Moved to Fitzroy VIC 3065 last year.')).toEqual([]);
  });
});
