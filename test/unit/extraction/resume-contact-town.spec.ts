import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Invented people; each contact line names a street, a district or an island beside the town.
const cityOf = (contactLine: string): string | undefined => parseResume(['Ana Folau', 'Boat Builder', contactLine, '', 'SKILLS', 'Joinery'].join('\n')).basics.location?.city;

describe('the town in a contact line that names more than the town', () => {
  it('reads the town after a street, whatever the street is called', () => {
    expect(cityOf('Harbour Road, Lerwick | +44 7700 900123 | ana@example.com')).toBe('Lerwick');
    expect(cityOf('Rue des Tanneurs, Wiltz | +352 621 555 010 | ana@example.com')).toBe('Wiltz');
  });

  it('reads the town the phone number\'s country has, after a district the gazetteer does not know', () => {
    // +1 671 is Guam: Tamuning is one of its towns, though a small one.
    expect(cityOf('Upper Tumon, Tamuning | +1 671 555 0100 | ana@example.com')).toBe('Tamuning');
  });

  it('never reads a country as the town: the district before it names the town', () => {
    expect(cityOf('Meneng District, Nauru | +674 555 0100 | ana@example.com')).toBe('Meneng');
  });

  it('keeps a town before its region', () => {
    expect(cityOf('Portland, Oregon | +1 503 555 0100 | ana@example.com')).toBe('Portland');
    expect(cityOf('Reading, Berkshire | +44 7700 900123 | ana@example.com')).toBe('Reading');
  });
});
