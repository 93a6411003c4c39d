import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 17: a careers site's printed profile bullets every line of its education section, the
// degree, the school and the year alike. Every example is written for this spec (invented people and schools).

const resumeWith = (...education: string[]): ReturnType<typeof parseResume> =>
  parseResume(['Ilse Marwood', 'ilse.marwood@example.org', '', 'Education', ...education, '', 'Skills', 'Surveying, GIS'].join('\n'));

describe('an education section whose every line is bulleted', () => {
  it('reads each group of bulleted lines as a school, its degree and its year', () => {
    const resume = resumeWith(
      '• Bachelor of Science, Hydrology',
      '• Kestrel Bay Polytechnic',
      '• Finished 2015',
      '',
      '• Diploma, Land Surveying',
      '• Northmoor Institute of Technology',
      '• Finished 2011',
    );
    expect(resume.education).toEqual([
      { institution: 'Kestrel Bay Polytechnic', studyType: 'Bachelor of Science', area: 'Hydrology', endDate: '2015' },
      { institution: 'Northmoor Institute of Technology', studyType: 'Diploma', area: 'Land Surveying', endDate: '2011' },
    ]);
  });

  it('keeps a list of schools, one whole entry per item, as it was', () => {
    const resume = resumeWith('• BSc Hydrology, Kestrel Bay Polytechnic, 2012 – 2015', '• Diploma in Land Surveying, Northmoor Institute of Technology, 2009 – 2011');
    expect(resume.education).toEqual([
      { institution: 'Kestrel Bay Polytechnic', studyType: 'BSc', area: 'Hydrology', startDate: '2012', endDate: '2015' },
      { institution: 'Northmoor Institute of Technology', studyType: 'Diploma', area: 'Land Surveying', startDate: '2009', endDate: '2011' },
    ]);
  });
});
