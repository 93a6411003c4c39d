import { describe, expect, it } from 'vitest';
import { detectSectionHeading } from '../../../src/kernel/resume/resume-sections.js';
import { containsDate, findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { namesOccupation, occupationNounCount } from '../../../src/modules/documents/extraction/resume-headline.js';
import { parseResume, rejoinOpenBracket, trailingHeadingCell } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 9: what each line of an entry is (dates, place, organisation, role), told by
// general signals rather than by its position: year pairs as a span, occupation nouns of any field,
// organisation words, a place in brackets after two roles, a heading set level with the line above it.
// Every example is written for this spec from common résumé conventions; people, employers, schools
// and places are invented or generic.

describe('date grammar: years joined by a slash', () => {
  it('reads "2016/2019" and "2024 / 2027 (expected)" as a span of years', () => {
    expect(findDateRange('BSc in Botany\tNorthfield University\t2016/2019')).toMatchObject({ startDate: '2016', endDate: '2019' });
    expect(findDateRange('2024 / 2027 (expected)')).toMatchObject({ startDate: '2024', endDate: '2027' });
    expect(containsDate('Diploma in Surveying\t2011/2013')).toBe(true);
  });

  it('takes no list of years, backwards pair or month for a span', () => {
    expect(findDateRange('Editions 1990/2020')?.startDate).toBeUndefined();
    expect(findDateRange('2019/2012')?.startDate).toBeUndefined();
    expect(findDateRange('05/2021 – 07/2023')).toMatchObject({ startDate: '2021-05', endDate: '2023-07' });
  });
});

describe('date grammar: spans written with an arrow', () => {
  it('reads "start → end" (Notion pages, modern templates) as a range, ongoing or not', () => {
    expect(findDateRange('Harbour Bakery · Bergen · Sep 2021 → Now')).toMatchObject({ startDate: '2021-09', isCurrent: true });
    expect(findDateRange('2015 ⟶ 2018')).toMatchObject({ startDate: '2015', endDate: '2018', isCurrent: false });
    expect(findDateRange('04/2016 -> 11/2019')).toMatchObject({ startDate: '2016-04', endDate: '2019-11' });
    const resume = parseResume(['Lena Moss', 'Baker', '', 'Experience', '', 'Head Baker', '', 'Harbour Bakery · Bergen, Norway · Sep 2021 → Now', '', '- Ran the sourdough line.'].join('\n'));
    expect(resume.work[0]).toMatchObject({ position: 'Head Baker', startDate: '2021-09' });
    expect(resume.work[0]?.endDate).toBeUndefined();
  });
});

describe('work entries after a blank line', () => {
  it('opens the next job with a dates-first piped line after a blank line, never continuing the bullet above', () => {
    const text = [
      'TOMAS HALE',
      'Line Cook',
      '',
      'EXPERIENCE',
      '',
      '2021-03 – Current | Copper Pot Bistro | Sous Chef | Cork, Ireland',
      '  • Wrote the winter menu with the head chef.',
      '  • Cut food waste by a fifth.',
      '',
      '2018-06 – 2021-02 | Harbour Lane Kitchen Group Ltd | Line Cook | Kinsale, County Cork, Ireland',
      '  • Ran the grill station on busy weekends.',
      '',
      '2016 | Seaside Hotel | Kitchen Porter | Cobh, County Cork, Ireland',
    ].join('\n');
    const work = parseResume(text).work;
    expect(work.map((job) => [job.position, job.name, job.startDate])).toEqual([
      ['Sous Chef', 'Copper Pot Bistro', '2021-03'],
      ['Line Cook', 'Harbour Lane Kitchen Group Ltd', '2018-06'],
      ['Kitchen Porter', 'Seaside Hotel', undefined],
    ]);
    expect(work[0]?.highlights).toEqual(['Wrote the winter menu with the head chef.', 'Cut food waste by a fifth.']);
    expect(work[1]?.highlights).toEqual(['Ran the grill station on busy weekends.']);
  });
});

describe('a headline labelled as such', () => {
  it('reads "Role: …" or "Position: …" in the header as the headline, without its key', () => {
    expect(parseResume(['Lena Moss', '', 'Role: Pastry Chef', 'Location: Bergen, Norway', 'Email: lena@example.org', '', 'Experience'].join('\n')).basics.label).toBe('Pastry Chef');
    expect(parseResume(['Tomas Hale', 'Position: Site Manager', 'Phone: +353 21 555 0100'].join('\n')).basics.label).toBe('Site Manager');
  });
});

describe('roles by their occupation noun', () => {
  it('names occupations the title list never spelled out by their endings', () => {
    for (const role of ['Agronomist', 'Senior Hydrologist', 'Dietitian', 'Sonographer', 'Orthoptist', 'Cabinet Maker', 'Toolmaker']) expect(namesOccupation(role), role).toBe(true);
  });

  it('does not read a firm named in the plural, or ordinary words ending alike, as a role', () => {
    expect(occupationNounCount('Harbour Partners')).toBe(0);
    expect(occupationNounCount('Hillside Associates')).toBe(0);
    expect(occupationNounCount('Shopping List')).toBe(0);
    expect(occupationNounCount('Senior Agronomist')).toBe(1);
  });
});

describe('work entries: fields by the kind of each part, in any order', () => {
  const firstJob = (entry: string) => parseResume(`Rui Costa\nrui@example.com\n\nExperience\n${entry}`).work[0];

  it('reads "Employer, Title" when only the part after the comma names a role', () => {
    expect(firstJob('Orchard Seeds, Agronomist\t2020 – 2023')).toMatchObject({ name: 'Orchard Seeds', position: 'Agronomist', startDate: '2020', endDate: '2023' });
  });

  it('splits two roles before a place in brackets', () => {
    expect(firstJob('Mar 2019 – Jun 2022\tShift Supervisor, Lakeside Foods (Porto, Portugal)')).toMatchObject({
      position: 'Shift Supervisor', name: 'Lakeside Foods', location: 'Porto, Portugal', startDate: '2019-03', endDate: '2022-06',
    });
    expect(firstJob('Riverside Hospital, Staff Nurse (Braga)\t2018 – 2021')).toMatchObject({ position: 'Staff Nurse', name: 'Riverside Hospital', location: 'Braga' });
  });

  it('puts back a bracketed place a line wrapped', () => {
    expect(rejoinOpenBracket('2019 – 2021 Grain Cooperative, Field Technician (Leiria,', 'Portugal)')).toBe('2019 – 2021 Grain Cooperative, Field Technician (Leiria, Portugal)');
    expect(rejoinOpenBracket('Designed a ledger (with two', '– Wrote tests)')).toBeUndefined();
    expect(firstJob('2019 – 2021\tGrain Cooperative, Field Technician (Leiria,\nPortugal)\n– Ran soil tests.')).toMatchObject({
      name: 'Grain Cooperative', position: 'Field Technician', location: 'Leiria, Portugal',
    });
  });

  it('knows organisation words of services, cooperatives and practices', () => {
    expect(firstJob('Northgate Ambulance Service, Paramedic\t2017 – 2020')).toMatchObject({ name: 'Northgate Ambulance Service', position: 'Paramedic' });
    expect(firstJob('Crew Chief, Valley Fire Service\t2015 – 2019')).toMatchObject({ name: 'Valley Fire Service', position: 'Crew Chief' });
  });

  it('prefers a title word to an occupation noun that also names a firm ("Courier")', () => {
    expect(firstJob('The Harbour Courier\tPortsmouth, UK\nSENIOR REPORTER\t2018 – 2022')).toMatchObject({ name: 'The Harbour Courier', position: 'SENIOR REPORTER' });
  });
});

describe('education entries', () => {
  it('keeps the school under a dated degree whose name says "school" in the same entry', () => {
    const education = parseResume('Ana Lopes\nana@example.com\n\nEducation\n2009 – 2012\tHigh School Diploma\nWestbrook Technical School\n2012 – 2015\tBA in Economics\nEastfield University').education;
    expect(education).toEqual([
      expect.objectContaining({ institution: 'Westbrook Technical School', studyType: 'High School Diploma', startDate: '2009', endDate: '2012' }),
      expect.objectContaining({ institution: 'Eastfield University', studyType: 'BA', area: 'Economics', startDate: '2012', endDate: '2015' }),
    ]);
  });

  it('opens a new entry at each degree line when degrees come first, and keeps "(expected)" with the dates', () => {
    const education = parseResume('Ana Lopes\nana@example.com\n\nEducation\nBSc in Botany\nNorthfield University | 2016 – 2019\nGPA 3.7/4.0\nMSc in Hydrology\nEastfield University | 2019 – 2021\n\nSkills\nGIS').education;
    expect(education).toEqual([
      expect.objectContaining({ institution: 'Northfield University', studyType: 'BSc', area: 'Botany', startDate: '2016', endDate: '2019' }),
      expect.objectContaining({ institution: 'Eastfield University', studyType: 'MSc', area: 'Hydrology', startDate: '2019', endDate: '2021' }),
    ]);
    expect(parseResume('Ana Lopes\nana@example.com\n\nEducation\n2024/2027 (expected) BSc in Botany\nNorthfield University').education[0]).toMatchObject({
      institution: 'Northfield University', studyType: 'BSc', area: 'Botany', startDate: '2024', endDate: '2027',
    });
  });

  it('reads a degree, school and span of years in tab-separated cells', () => {
    expect(parseResume('Ana Lopes\nana@example.com\n\nEducation\nMSc in Hydrology\tNorthfield University\t2021/2023').education[0]).toMatchObject({
      institution: 'Northfield University', studyType: 'MSc', area: 'Hydrology', startDate: '2021', endDate: '2023',
    });
  });
});

describe('section headings', () => {
  it('knows the headings of academic and European CVs', () => {
    expect(detectSectionHeading('Professional Appointments')).toBe('experience');
    expect(detectSectionHeading('Research Interests')).toBe('summary');
    expect(detectSectionHeading('Competences')).toBe('skills');
  });

  it('takes a heading set level with the last line of the block above as a heading of its own', () => {
    expect(trailingHeadingCell('GPA 3.6 / 4.0\tCertificates', '')).toEqual({ before: 'GPA 3.6 / 4.0', heading: 'Certificates' });
    expect(trailingHeadingCell('Python\tSkills', 'Go\tRust')).toBeUndefined();
    expect(trailingHeadingCell('Marketing\tBrand strategy', '')).toBeUndefined();
    const resume = parseResume('Ana Lopes\nana@example.com\n\nEducation\n2012 – 2015\tBA in Economics\nEastfield University\tSkills\n\nBookkeeping, Payroll');
    expect(resume.education).toHaveLength(1);
    expect(resume.skills.flatMap((group) => group.keywords ?? (group.name ? [group.name] : []))).toEqual(['Bookkeeping', 'Payroll']);
  });
});

describe('contact details wherever the layout put them', () => {
  it('reads the city and phone from a letterhead footer line at the end of the text', () => {
    const basics = parseResume('Lena Ortiz\nHydrologist\n\nProfile\nHydrologist who maps rivers.\n\nExperience\nHydrologist, Basin Survey\t2019 – 2023\n\nTarragona, Spain · +34 612 555 014 · lena.ortiz@example.com').basics;
    expect(basics).toMatchObject({ email: 'lena.ortiz@example.com', location: { city: 'Tarragona', region: 'Spain' } });
    expect(basics.phone?.replace(/\D/g, '')).toBe('34612555014');
  });

  it('reads a row labelled as the address and never takes a label cell for the city', () => {
    expect(parseResume('Lena Ortiz\n\nPersonal details\nAddress\tTarragona\nPhone\t+34 612 555 014\nE-mail\tlena@example.com').basics.location).toEqual({ city: 'Tarragona' });
    expect(parseResume('Lena Ortiz\n\nPersonal details\nPhone\t+34 612 555 014\nE-mail\tlena@example.com').basics.location).toBeUndefined();
  });

  it('keeps a trade over the phone and e-mail lines as the headline', () => {
    expect(parseResume('Rui Costa\nCabinet Maker\n+351 912 555 014\nrui@example.com\n\nSummary\nJoiner.').basics.label).toBe('Cabinet Maker');
  });

  it('takes a town over the phone and e-mail lines for the city, not the headline', () => {
    const basics = parseResume('Lena Ortiz\nTarragona\n+34 612 555 014\nlena@example.com\n\nSummary\nHydrologist.');
    expect(basics.basics.label).toBeUndefined();
    expect(basics.basics.location).toEqual({ city: 'Tarragona' });
  });

  it('finds the town in front of a link when icons stood between the items', () => {
    expect(parseResume('Lena Ortiz\nHydrologist\nTarragona linkedin.com/in/lenaortiz\t+34 612 555 014\tlena@example.com\n\nSummary\nHydrologist.').basics.location).toEqual({ city: 'Tarragona' });
  });
});
