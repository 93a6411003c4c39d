// An infographic résumé (Chromium): section headings drawn after an icon and entries beside a
// timeline's rail start right of the column's edge, where only the "about" paragraph starts. That
// indent is the flow's, not a list's: only lines indented past the headings are list items.
import { describe, expect, it } from 'vitest';
import { layoutPageText, type PositionedText } from '../../../src/modules/documents/extraction/pdf-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

const run = (str: string, x: number, y: number, fontSize = 10): PositionedText => ({ str, x, y, width: str.length * fontSize * 0.5, fontSize });

const PAGE: PositionedText[] = [
  run('ABOUT ME', 60, 700, 11),
  run('I buy green coffee from growers in two regions for roasters abroad.', 45, 684),
  run('EXPERIENCE', 60, 660, 11),
  // The dates in a pill above the entry, a little right of its text.
  run('Aug. 2021 – today', 64, 644, 8),
  run('Cafexport Andina', 60, 630),
  run('Green Coffee Buyer | Medellín', 60, 617),
  run('Cup and score the lots.', 72, 604),
  run('Host roaster visits.', 72, 591),
  run('Mar. 2017 – Jul. 2021', 64, 573, 8),
  run('Almacafé', 60, 559),
  run('Quality Analyst | Medellín', 60, 546),
  run('Graded export samples.', 72, 533),
];

describe('a PDF whose headings start after an icon, beside a timeline rail', () => {
  const text = layoutPageText(PAGE, 1).text;

  it('marks only the lines indented past the headings as list items, never a heading or a line of dates', () => {
    const lines = text.split('\n').filter((line) => line !== '');
    expect(lines).toContain('EXPERIENCE');
    expect(lines).toContain('Aug. 2021 – today');
    expect(lines).toContain('Cafexport Andina');
    expect(lines).toContain('• Cup and score the lots.');
    expect(lines).toContain('• Graded export samples.');
  });

  it('parses each entry of the rail as a job with its dates and duties', () => {
    expect(parseResume(text).work).toEqual([
      { name: 'Cafexport Andina', position: 'Green Coffee Buyer', location: 'Medellín', startDate: '2021-08', highlights: ['Cup and score the lots.', 'Host roaster visits.'] },
      { name: 'Almacafé', position: 'Quality Analyst', location: 'Medellín', startDate: '2017-03', endDate: '2021-07', highlights: ['Graded export samples.'] },
    ]);
  });
});
