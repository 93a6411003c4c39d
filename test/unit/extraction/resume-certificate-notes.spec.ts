import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Invented: a UK transport planner's certificates as the lead's screenshot (wave 24, a Chromium-printed PDF) read
// them — "UK driving licence categories B" issued by "C", and "valid to" as the issuer of a Driver CPC.
const RESUME = [
  'Callum Pritchard',
  '',
  'LICENCES & CERTIFICATES',
  '• UK driving licence categories B, C, C+E — clean',
  '• Driver CPC (Driver Qualification Card), valid to 2028',
  '• CPC in Road Haulage (Transport Manager, National) — 2022',
  '• Certified ScrumMaster, Scrum Alliance, 2019',
  '• Responsive Web Design, freeCodeCamp',
].join('\n');

describe('certificate lines with notes and category lists', () => {
  const certificates = parseResume(RESUME).certificates ?? [];

  it('keeps a licence\'s categories in its name, and reads no issuer from a code or a lower-case note', () => {
    expect(certificates[0]).toEqual({ name: 'UK driving licence categories B, C, C+E' });
    expect(certificates[1]).toMatchObject({ name: 'Driver CPC (Driver Qualification Card)' });
    expect(certificates[1]!.issuer).toBeUndefined();
  });

  it('still reads an issuer named with capitals, in any casing a brand uses', () => {
    expect(certificates[2]).toEqual({ name: 'CPC in Road Haulage (Transport Manager, National)', date: '2022' });
    expect(certificates[3]).toEqual({ name: 'Certified ScrumMaster', issuer: 'Scrum Alliance', date: '2019' });
    expect(certificates[4]).toEqual({ name: 'Responsive Web Design', issuer: 'freeCodeCamp' });
  });
});

