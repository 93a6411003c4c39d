import { describe, expect, it } from 'vitest';
import { layoutPageText, type PositionedText } from '../../../src/modules/documents/extraction/pdf-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 part 2: the phrasings résumés use for degrees, job headers, places and languages. Every
// example is written for this spec (people, schools and employers are invented).

const resumeWith = (section: string, body: string): ReturnType<typeof parseResume> =>
  parseResume(`Rosa Quintero\nrosa.quintero@example.com\n\n${section}\n${body}\n`);

describe('degrees and fields of study, as people write them', () => {
  const CASES: Array<[string, string, string | undefined]> = [
    ['B.S. in Marine Biology', 'B.S.', 'Marine Biology'],
    ['BSc Marine Biology', 'BSc', 'Marine Biology'],
    ['Bachelor of Science, Marine Biology', 'Bachelor of Science', 'Marine Biology'],
    ['Bachelor of Science Marine Biology', 'Bachelor of Science', 'Marine Biology'],
    ['MBA', 'MBA', undefined],
    ["Master's degree in Urban Planning", "Master's degree", 'Urban Planning'],
    ['Ph.D., Geophysics', 'Ph.D.', 'Geophysics'],
    ['Bachelor of Hospitality Management in Event Planning', 'Bachelor of Hospitality Management', 'Event Planning'],
    ['Master of Science in Engineering in Coastal Engineering', 'Master of Science in Engineering', 'Coastal Engineering'],
    ['Doctor of Physical Therapy', 'Doctor of Physical Therapy', undefined],
    ['MPhil in Medieval Literature', 'MPhil', 'Medieval Literature'],
    ['PharmD', 'PharmD', undefined],
    ['LL.M. in Maritime Law', 'LL.M.', 'Maritime Law'],
    ['Graduate Diploma in Translation', 'Graduate Diploma', 'Translation'],
    ['Master of Arts (Hons) in Linguistics', 'Master of Arts (Hons)', 'Linguistics'],
    ['BACHELOR OF NURSING IN MIDWIFERY', 'BACHELOR OF NURSING', 'MIDWIFERY'],
  ];
  for (const [line, studyType, area] of CASES) {
    it(`reads "${line}"`, () => {
      const [school] = resumeWith('EDUCATION', `Pinecrest State University\t2011 – 2015\n${line}`).education;
      expect(school).toMatchObject({ institution: 'Pinecrest State University', studyType, startDate: '2011', endDate: '2015' });
      expect(school?.area).toBe(area);
    });
  }

  it('takes the school from a degree line that names it after a comma', () => {
    const [school] = resumeWith('EDUCATION', 'MPhil in Medieval Literature, Ashgrove University\t2016–2018').education;
    expect(school).toMatchObject({ institution: 'Ashgrove University', studyType: 'MPhil', area: 'Medieval Literature' });
  });

  it('keeps a named degree that ends in "in …" whole when its field follows after a comma', () => {
    const [school] = resumeWith('EDUCATION', 'Master of Science in Engineering, Coastal Engineering, 2012–2014\nPinecrest State University').education;
    expect(school).toMatchObject({ institution: 'Pinecrest State University', studyType: 'Master of Science in Engineering', area: 'Coastal Engineering' });
  });

  it('does not take a place after the comma for the field', () => {
    const [school] = resumeWith('EDUCATION', 'Master of Arts in History, Lisbon\t2012–2014\nPinecrest State University').education;
    expect(school).toMatchObject({ studyType: 'Master of Arts', area: 'History' });
  });

  it('starts a new school at a school line without a school word, set above its dated degree like the one before', () => {
    const resume = resumeWith('EDUCATION', 'Pinecrest College\nLL.B. IN LAW\t2015 – 2019\nThe Guild of Notaries\nDIPLOMA IN NOTARIAL PRACTICE\t2011 – 2015');
    expect(resume.education.map((school) => [school.institution, school.studyType, school.area, school.startDate])).toEqual([
      ['Pinecrest College', 'LL.B.', 'LAW', '2015'],
      ['The Guild of Notaries', 'DIPLOMA', 'NOTARIAL PRACTICE', '2011'],
    ]);
  });

  it('keeps the school under its degree when degrees come first', () => {
    const resume = resumeWith('EDUCATION', 'LL.B. in Law\t2015 – 2019\nThe Guild of Notaries\nDiploma in Notarial Practice\t2011 – 2015\nPinecrest Academy');
    expect(resume.education.map((school) => [school.institution, school.studyType])).toEqual([
      ['The Guild of Notaries', 'LL.B.'],
      ['Pinecrest Academy', 'Diploma'],
    ]);
  });

  it('reads a school without a school word when a bare degree and its field come first', () => {
    const [school] = resumeWith('EDUCATION', 'Diploma, Maritime Studies\t2008–2010\nThe Worshipful Company of Shipwrights').education;
    expect(school).toMatchObject({ institution: 'The Worshipful Company of Shipwrights', studyType: 'Diploma', area: 'Maritime Studies' });
  });
});

describe('job headers: title, employer and place in any order', () => {
  it('reads "title, employer, City, REGION" after a margin date, even when the region spells a company word', () => {
    const [job] = resumeWith('EXPERIENCE', '03/2019 - Present\tWelder, Ironbridge Fabrication, Pueblo, CO\n• Certified 40 structural joints a week.').work;
    expect(job).toMatchObject({ position: 'Welder', name: 'Ironbridge Fabrication', location: 'Pueblo, CO', startDate: '2019-03' });
  });

  it('keeps a place below "title at employer" apart from the employer when the region is "CO"', () => {
    const [job] = resumeWith('EXPERIENCE', 'Line Cook at Juniper Table\tJune 2018 – May 2020\nFort Collins, CO\n• Ran the grill station.').work;
    expect(job).toMatchObject({ position: 'Line Cook', name: 'Juniper Table', location: 'Fort Collins, CO' });
  });

  it('does not take a long piped header with its dates for a paragraph', () => {
    const resume = resumeWith(
      'EXPERIENCE',
      'Harbour Light Guest House | Night Manager | Dunedin, New Zealand\tJan 2019 – Mar 2022\n• Cut check-in time in half.\nKiwi Trails Backpackers | Receptionist | Queenstown, New Zealand\tFeb 2016 – Dec 2018\n• Handled 80 arrivals a night.',
    );
    expect(resume.work.map((job) => [job.name, job.position, job.location, job.startDate])).toEqual([
      ['Harbour Light Guest House', 'Night Manager', 'Dunedin, New Zealand', '2019-01'],
      ['Kiwi Trails Backpackers', 'Receptionist', 'Queenstown, New Zealand', '2016-02'],
    ]);
  });

  it('keeps an employer named like a domain ("Hotels.example") as the employer, not as a link', () => {
    const [job] = resumeWith('EXPERIENCE', 'Rentwise.io\tLisbon, Portugal\nData Analyst\t2020–2023\n• Built the pricing dashboard.').work;
    expect(job).toMatchObject({ name: 'Rentwise.io', position: 'Data Analyst', location: 'Lisbon, Portugal' });
    expect(job?.url).toBeUndefined();
  });

  it('puts back a header and its right-aligned dates that wrapped together in a narrow column', () => {
    const resume = resumeWith(
      'EXPERIENCE',
      'Brightline | Account Executive | Cork, 02/2018 -\nIreland\t07/2019\n• Closed deals.\nHarbour Inn | Sous Chef | Nelson, New\tJan 2018 – Jan\nZealand\t2021\n• Cooked.\nWelder at Ironbridge February 2015 –\nFabrication\tAugust 2016\nPueblo, CO\n• Welded.',
    );
    expect(resume.work.map((job) => [job.name, job.position, job.location, job.startDate, job.endDate])).toEqual([
      ['Brightline', 'Account Executive', 'Cork, Ireland', '2018-02', '2019-07'],
      ['Harbour Inn', 'Sous Chef', 'Nelson, New Zealand', '2018-01', '2021-01'],
      ['Ironbridge Fabrication', 'Welder', 'Pueblo, CO', '2015-02', '2016-08'],
    ]);
  });

  it('reads a newsroom title (occupation words beyond software)', () => {
    const [job] = resumeWith('EXPERIENCE', '2017 – 2021\tCorrespondent, Valley Ledger, Ithaca, NY\n• Covered the county courts.').work;
    expect(job).toMatchObject({ position: 'Correspondent', name: 'Valley Ledger', location: 'Ithaca, NY' });
  });
});

describe('the city in the header contact line', () => {
  it('reads "City, ST" even when the state code is a company word', () => {
    expect(parseResume('Omar Haddad\nPastry Chef\nBoulder, CO | +1 720 555 0143 | omar@example.com\n').basics.location).toEqual({ city: 'Boulder', region: 'CO' });
  });

  it('reads "City, the Country"', () => {
    expect(parseResume('Omar Haddad\nLeiden, the Netherlands · omar@example.com\n').basics.location?.city).toBe('Leiden');
  });
});

describe('spoken languages', () => {
  it('reads languages written with a space, on two lines, in lower case, and inside the skills section', () => {
    const resume = parseResume(
      'Omar Haddad\nomar@example.com\n\nSKILLS\nBaking: Laminated Dough, Tempering\nTigrinya\nNative\nDutch\tC1\n\nLANGUAGES\nArabic Native\nisiNdebele — Conversational\nGreek\nBeginner\n',
    );
    expect(resume.languages).toEqual([
      { language: 'Arabic', fluency: 'Native' },
      { language: 'isiNdebele', fluency: 'Conversational' },
      { language: 'Greek', fluency: 'Beginner' },
      { language: 'Tigrinya', fluency: 'Native' },
      { language: 'Dutch', fluency: 'C1' },
    ]);
    expect(resume.skills.flatMap((group) => group.keywords ?? [group.name])).toEqual(['Laminated Dough', 'Tempering']);
  });

  it('reads "Languages: …" in the skills section when a name starts in lower case', () => {
    const resume = parseResume('Omar Haddad\nomar@example.com\n\nSKILLS\n• Languages: isiZulu (Native), Portuguese (Fluent)\n');
    expect(resume.languages.map((entry) => entry.language)).toEqual(['isiZulu', 'Portuguese']);
  });

  it('reads a group name set on the line above its list', () => {
    const resume = parseResume('Omar Haddad\nomar@example.com\n\nSKILLS\nPastry\nLaminated Dough, Tempering, Sugar Work\n');
    expect(resume.skills).toEqual([{ name: 'Pastry', keywords: ['Laminated Dough', 'Tempering', 'Sugar Work'] }]);
  });
});

describe('lines that only look like headings', () => {
  it('keeps the wrapped tail of a plain-text bullet ("projects.") inside its bullet', () => {
    const resume = resumeWith('EXPERIENCE', 'Lab Technician at Riverbend Clinic, 2019 - 2021\n- Trained three new staff on the sample-tracking\n  projects.\n- Ran the cold-chain audit.\n\nField Technician at Marsh Labs, 2016 - 2019\n- Logged 400 water samples.');
    expect(resume.work.map((job) => [job.name, job.highlights?.length])).toEqual([['Riverbend Clinic', 2], ['Marsh Labs', 1]]);
    expect(resume.projects).toEqual([]);
  });

  it('takes no section heading for the headline under a main-column name', () => {
    const resume = parseResume('Contact\nomar@example.com\n+1 720 555 0143\n\nSkills\nBaking\nPlating\n\nOmar Haddad\n\nSummary\nPastry chef who loves laminated dough and early mornings.\n');
    expect(resume.basics.name).toBe('Omar Haddad');
    expect(resume.basics.label).toBeUndefined();
  });
});

// PDF geometry: runs as pdf.js reports them (y grows upwards).
const run = (str: string, x: number, y: number, fontSize = 10): PositionedText => ({ str, x, y, width: str.length * fontSize * 0.5, fontSize });

describe('PDF layouts of the LaTeX and browser classics', () => {
  it('reads a two-block header (a wrapped name and headline left, an address block right) block by block', () => {
    const body = Array.from({ length: 12 }, (_unused, index) => run(`Body line number ${index} of the résumé text`, 140, 560 - index * 13));
    const items = [
      run('Philippa', 66, 700, 34),
      run('Castellanos', 66, 675, 34),
      run('Harbour', 66, 648, 17),
      run('Pilot', 66, 631, 17),
      run('Valparaíso', 500, 690),
      run('Chile', 520, 678),
      run('M +56 9 5555 0100', 460, 666),
      run('E philippa@example.com', 430, 654),
      run('Summary', 140, 590, 14),
      ...body,
    ];
    const lines = layoutPageText(items, 1).text.split('\n').filter(Boolean);
    expect(lines.slice(0, 6)).toEqual(['Philippa Castellanos', 'Harbour Pilot', 'Valparaíso', 'Chile', 'M +56 9 5555 0100', 'E philippa@example.com']);
  });

  it('rejoins a margin date that broke after a month name, across the list item beside it', () => {
    // moderncv sets dates right-aligned in a margin column that ends where the main text starts.
    const note = (str: string, y: number): PositionedText => run(str, 130 - str.length * 5, y);
    const items = [
      run('Experience', 140, 700, 14),
      note('October', 680),
      run('Harbour Pilot, Port Authority, Valparaíso, Chile', 140, 680),
      note('2019 – March', 667),
      run('{', 138, 667),
      run('Guided 300 vessels a year through the inner harbour.', 148, 667),
      note('2023', 654),
      run('{', 138, 641),
      run('Trained four new pilots.', 148, 641),
      note('2015 – 2019', 620),
      run('Deckhand, Pacific Freight, Antofagasta, Chile', 140, 620),
      note('Tools', 600),
      run('Radar, ECDIS, VHF', 140, 600),
      note('Radio', 587),
      run('Marine VHF', 140, 587),
    ];
    const lines = layoutPageText(items, 1).text.split('\n').filter(Boolean);
    expect(lines).toContain('October 2019 – March 2023\tHarbour Pilot, Port Authority, Valparaíso, Chile');
    expect(lines).toContain('{ Guided 300 vessels a year through the inner harbour.');
  });

  it('starts a new line at a labelled list under a list that ran to the right edge', () => {
    const items = [
      run('Design: Structural Analysis, Seismic Design, Geotechnical Engineering, Site Management', 40, 700),
      run('Software: Revit, Rhino, Grasshopper', 40, 687),
      run('Languages: Welsh (Native)', 40, 674),
    ];
    expect(layoutPageText(items, 1).text.split('\n')).toEqual([
      'Design: Structural Analysis, Seismic Design, Geotechnical Engineering, Site Management',
      'Software: Revit, Rhino, Grasshopper',
      'Languages: Welsh (Native)',
    ]);
  });

  it('marks a lone indented, left-aligned sentence as a list item (one bullet under a job)', () => {
    const items = [
      run('Harbour Pilot at Port Authority', 40, 700),
      run('Guided three hundred vessels a year through the inner harbour safely.', 60, 686),
      run('Education', 40, 660, 14),
      run('Nautical Academy of the South, a long line that reaches the right edge of the text', 40, 640),
    ];
    expect(layoutPageText(items, 1).text.split('\n')).toContain('• Guided three hundred vessels a year through the inner harbour safely.');
  });
});
