import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// An invented Deedy-style column: the employer in capitals over "title | dates | place" in small capitals.
const DEEDY_EXPERIENCE = [
  'Marta Kowalczyk',
  'marta.kowalczyk@example.org | +48 600 555 013 | Gdańsk',
  '',
  'EXPERIENCE',
  'BALTIC FERRY LINES',
  'DECK OFFICER | APR 2020 – PRESENT | NOWY PORT TERMINAL',
  '• Keep the bridge watch on the night crossing to Nynäshamn.',
  '',
  'GDAŃSK SHIPYARD',
  'RIGGER | 2015 – 2020 | WESTERPLATTE QUAY',
  '• Rigged hull blocks of up to 40 t for the slipway cranes.',
].join('\n');

describe('a job\'s meta line under its employer', () => {
  it('reads the cell after the dates as where the job was, whatever kind of place it names', () => {
    const { work } = parseResume(DEEDY_EXPERIENCE);
    expect(work.map((job) => [job.name, job.position, job.location])).toEqual([
      ['BALTIC FERRY LINES', 'DECK OFFICER', 'NOWY PORT TERMINAL'],
      ['GDAŃSK SHIPYARD', 'RIGGER', 'WESTERPLATTE QUAY'],
    ]);
  });
});
