import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// An invented résumé written as one nested Markdown outline: every entry is a list item whose
// dates, place, degree and duties are items indented under it.
const NESTED_RESUME = [
  '# Ingrid Solheim-Vaz',
  '',
  '**Orchard Irrigation Planner**',
  '',
  '## Experience',
  '',
  '- **Irrigation Planner** at Valdemar Fruit Growers',
  '    - March 2019 – present · Hardanger',
  '    - Laid out drip lines for 140 hectares of cherry and apple trees.',
  '    - Cut water use by a fifth with soil moisture probes',
  '- **Field Technician** at Nordfjord Agri Services',
  '    - Jun 2015 – Feb 2019 · Stryn',
  '    - Serviced pumps and filters for forty farms.',
  '',
  '## Education',
  '',
  '- **Western Norway Agricultural College**',
  '    - Diploma in Horticulture',
  '    - 2012 – 2015',
  '',
  '## Skills',
  '',
  '- Irrigation',
  '    - Drip Design',
  '    - Pump Maintenance',
  '- Tools',
  '    - QGIS',
  '    - AutoCAD',
].join('\n');

describe('a nested Markdown list read as an outline', () => {
  it('writes an item with items under it, and the dated or named items under it, as header lines', () => {
    const lines = markdownToPlainText(NESTED_RESUME).split('\n');
    expect(lines).toContain('Irrigation Planner at Valdemar Fruit Growers');
    expect(lines).toContain('March 2019 – present · Hardanger');
    expect(lines).toContain('• Laid out drip lines for 140 hectares of cherry and apple trees.');
    // A duty without a full stop is still a duty: it has lower-case words, no dates.
    expect(lines).toContain('• Cut water use by a fifth with soil moisture probes');
    expect(lines).toContain('Diploma in Horticulture');
    // A group of skills has no dates under it: its items stay items.
    expect(lines).toContain('Irrigation');
    expect(lines).toContain('• Drip Design');
  });

  it('leaves a flat list alone', () => {
    expect(markdownToPlainText('## Skills\n\n- Drip Design\n- Pump Maintenance 2019').split('\n')).toEqual(['Skills', '', '• Drip Design', '• Pump Maintenance 2019']);
  });

  it('parses every job with its title, employer, place, dates and duties, and the school with its degree', () => {
    const resume = parseResume(markdownToPlainText(NESTED_RESUME));
    expect(resume.work.map((job) => [job.position, job.name, job.location, job.startDate, job.endDate])).toEqual([
      ['Irrigation Planner', 'Valdemar Fruit Growers', 'Hardanger', '2019-03', undefined],
      ['Field Technician', 'Nordfjord Agri Services', 'Stryn', '2015-06', '2019-02'],
    ]);
    expect(resume.work[0]!.highlights).toHaveLength(2);
    expect(resume.education).toMatchObject([{ institution: 'Western Norway Agricultural College', studyType: 'Diploma', area: 'Horticulture', startDate: '2012', endDate: '2015' }]);
    expect(resume.skills?.flatMap((group) => group.keywords ?? [])).toEqual(['Drip Design', 'Pump Maintenance', 'QGIS', 'AutoCAD']);
  });
});
