import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';

// Issue #10 §2, wave 15: job headers of timeline exports and hard-wrapped plain text. Every example is
// invented for this spec.

const work = (lines: readonly string[]) => parseResume(['Ada Brook', 'ada@example.org', '', 'Work experience', ...lines].join('\n')).work;

describe('a timeline rail beside the dates', () => {
  it('leaves out the dot drawn at the end of a date cell ("Mar 2020 – Present●⇥Acme")', () => {
    expect(work(['Mar 2020 – Present●\tNorthwind Traders', 'Stock Controller · Dodoma'])).toEqual([
      { name: 'Northwind Traders', position: 'Stock Controller', location: 'Dodoma', startDate: '2020-03' },
    ]);
  });

  it('puts a range wrapped before its year back together when the entry beside it fitted on one line', () => {
    expect(work(['January 2017 – June●\tStock Controller', '2021', 'Northwind Traders · Dodoma'])).toEqual([
      { name: 'Northwind Traders', position: 'Stock Controller', location: 'Dodoma', startDate: '2017-01', endDate: '2021-06' },
    ]);
    expect(work(['Feb. 2014 to Apr. ●\tStock Controller', '2019', 'Northwind Traders · Dodoma'])[0]).toMatchObject({ startDate: '2014-02', endDate: '2019-04' });
  });
});

describe('a month joined to its year by a hyphen', () => {
  it('reads "Jul-2015 – Mar-2020" and "Apr-2020 – Present" as months', () => {
    expect(findDateRange('Jul-2015 – Mar-2020')).toMatchObject({ startDate: '2015-07', endDate: '2020-03' });
    expect(findDateRange('(Sept-2019 – Present)')).toMatchObject({ startDate: '2019-09', isCurrent: true });
    expect(work(['Stock Controller, Northwind Traders (Jul-2015 – Mar-2020)'])[0]).toMatchObject({ name: 'Northwind Traders', startDate: '2015-07', endDate: '2020-03' });
  });
});

describe('hard-wrapped plain text (an e-mail body at 72 columns)', () => {
  it('reads "Employer, Title, Town (dates)" when the title is named in the middle', () => {
    expect(work(['Northwind Traders, Senior Stock Controller, Dodoma (Mar 2020 – Present)'])).toEqual([
      { name: 'Northwind Traders', position: 'Senior Stock Controller', location: 'Dodoma', startDate: '2020-03' },
    ]);
  });

  it('keeps a title\'s comma part with it ("Employer, Title, Aircraft, Town")', () => {
    expect(work(['Skyline Charters, First Officer, Beechcraft 1900D, Kasane', 'May 2019 – June 2023'])).toEqual([
      { name: 'Skyline Charters', position: 'First Officer, Beechcraft 1900D', location: 'Kasane', startDate: '2019-05', endDate: '2023-06' },
    ]);
  });

  it('joins a range wrapped before its dash, which the next line turned into a list item', () => {
    const text = extractPlainText(new TextEncoder().encode(['Stock Controller, Northwind Traders, Dodoma (Apr-2020', '– Present)', '• Counted 4,000 lines a week.'].join('\n')), 'txt').text;
    const lines = text.split('\n');
    expect(lines[1]).toBe('• Present)');
    expect(work(lines)).toEqual([
      { name: 'Northwind Traders', position: 'Stock Controller', location: 'Dodoma', startDate: '2020-04', highlights: ['Counted 4,000 lines a week.'] },
    ]);
  });
});
