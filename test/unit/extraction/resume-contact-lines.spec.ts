import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 16: where a résumé puts the person's town when no header line holds it as
// "Town, Region" between separators. Every example is invented for this spec.

const cityOf = (text: string): string | undefined => parseResume(text).basics.location?.city;
const jobs = ['', 'Experience', 'Welding Inspector, Acme Fabrication Ltd', 'March 2019 – June 2024'];

describe('the contact city', () => {
  it('is read from a line whose items only icons tell apart', () => {
    expect(cityOf(['Ada Brook', 'Welding Inspector', '✉ ada.brook@example.org ☎ +44 20 7946 0958 ⌂ Ashford, Kent', ...jobs].join('\n'))).toBe('Ashford');
  });

  it('is read from a label column whose colons stand before the values', () => {
    const text = ['PERSONAL DATA', '     Name\t: Ada Brook', '     Address\t: Ashford, Kent', '     Mobile\t: +44 20 7946 0958', '     E-mail\t: ada.brook@example.org', ...jobs];
    expect(cityOf(text.join('\n'))).toBe('Ashford');
  });

  it('is read from labelled items on one line, and a title above them is no town', () => {
    const text = ['Curriculum Vitae', 'Ada Brook', 'Welding Inspector', 'Address: Ashford, Kent Telephone: +44 20 7946 0958 E-mail: ada.brook@example.org', ...jobs];
    expect(cityOf(text.join('\n'))).toBe('Ashford');
  });

  it('is read from an address row under a title heading that opens the document', () => {
    const text = ['CAREER HISTORY', '', 'Name\tAda Brook', 'Telephone\t+44 20 7946 0958', 'E-mail\tada.brook@example.org', 'Address\tAshford, Kent', 'Position applied for\tWelding Inspector', ...jobs];
    expect(cityOf(text.join('\n'))).toBe('Ashford');
  });

  it('is the place line under the name and headline of a profile print, sidebar first', () => {
    const text = ['Contact', 'ada.brook@example.org', '+44 20 7946 0958', 'Top Skills', 'Ultrasonic Testing', 'Weld Inspection', '', 'Ada Brook', 'Welding Inspector', 'Ashford, Kent, United Kingdom', '', 'Summary', 'Inspector of pressure vessel welds for nine years.', ...jobs];
    expect(cityOf(text.join('\n'))).toBe('Ashford');
  });

  it('is not a job\'s "Location" row', () => {
    const text = ['CAREER HISTORY', '', 'Name\tAda Brook', 'E-mail\tada.brook@example.org', '', '1. Acme Fabrication Ltd', 'Period\tMarch 2019 – June 2024', 'Position\tWelding Inspector', 'Location\tAshford'];
    expect(cityOf(text.join('\n'))).toBeUndefined();
  });
});
