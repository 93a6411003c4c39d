import { describe, expect, it } from 'vitest';
import { splitIntoSections, withoutContactHeader } from '../../../src/kernel/resume/resume-sections.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2: structural rules for layouts the parser had not seen (headings hanging in the margin,
// underlined plain-text headings, Markdown list items, narrow table cells that wrap, places written
// with a region and a country). Every example is written for this spec; people, schools, employers
// and places are invented or generic.

const kindsOf = (text: string): string[] => splitIntoSections(text).sections.map((section) => section.kind);

describe('section headings by their form', () => {
  it('reads a heading hanging in the left margin on the first line of its section', () => {
    const sectioned = splitIntoSections('Noor Haddad\n\nEMPLOYMENT\tShift Supervisor, Cedar Foods\t2019 – 2022\nLeeds, UK\n\nEDUCATION\tBSc Chemistry, Fenwick University\t2015–2018');
    expect(sectioned.sections.map((section) => [section.kind, section.lines[0]])).toEqual([
      ['experience', 'Shift Supervisor, Cedar Foods\t2019 – 2022'],
      ['education', 'BSc Chemistry, Fenwick University\t2015–2018'],
    ]);
  });

  it('keeps a label row inside a section a row, not a new section', () => {
    expect(kindsOf('SKILLS\nDesign\tFigma, Sketch\nLanguages\tPython, Go')).toEqual(['skills']);
  });

  it('drops the rule under an underlined heading and reads an underlined capitals line by its words', () => {
    const sectioned = splitIntoSections('CAREER HISTORY\n==============\nCook\t2019\n\nLANGUAGES SPOKEN\n----------------\nWelsh - Native');
    expect(sectioned.sections.map((section) => section.kind)).toEqual(['experience', 'languages']);
    expect(sectioned.sections[0]!.lines.join('\n')).not.toContain('===');
  });

  it('cuts the contact header off exactly when rules decorate it and the next heading is underlined', () => {
    expect(withoutContactHeader('NOOR HADDAD\n===========\nnoor@example.com · +44 20 7946 0000\n\nPROFILE\n-------\nChemist.')).toBe('PROFILE\n-------\nChemist.');
    expect(withoutContactHeader('Noor Haddad\nLeeds | noor@example.com S U M M A R Y\nChemist.')).toBe('S U M M A R Y\nChemist.');
  });

  it('leaves an underlined entry in ordinary case alone', () => {
    expect(kindsOf('EXPERIENCE\nSocial Media Manager\n--------------------\nDid things.')).toEqual(['experience']);
  });

  it('takes a Languages label right under a skills heading as the first skill group', () => {
    const resume = parseResume('Noor Haddad\nnoor@example.com\n\nTechnical Skills\nLanguages\nGo, TypeScript, SQL\nInfrastructure\nKubernetes, Redis');
    expect(resume.skills.flatMap((group) => group.keywords ?? [])).toEqual(['Go', 'TypeScript', 'SQL', 'Kubernetes', 'Redis']);
    expect(resume.languages).toEqual([]);
  });

  it('splits off a letter-spaced heading joined onto the end of the line above', () => {
    const resume = parseResume('Noor Haddad\nLeeds, UK | noor@example.com P R O F E S S I O N A L S U M M A R Y\nChemist who likes tidy labs.\nE X P E R I E N C E\nChemist, Cedar Foods\t2019 – 2022');
    expect(resume.basics.summary).toBe('Chemist who likes tidy labs.');
    expect(resume.basics.email).toBe('noor@example.com');
  });
});

describe('entries in layouts not seen before', () => {
  it('reads each Markdown list item with a degree, a school and dates as an entry', () => {
    const resume = parseResume(
      'Noor Haddad\nnoor@example.com\n\nEducation\n• BSc (Hons) Applied Chemistry, Fenwick University (2015–2018)\n• Diploma in Food Safety, Harrow College (2013–2015)',
    );
    expect(resume.education).toEqual([
      expect.objectContaining({ institution: 'Fenwick University', studyType: 'BSc (Hons)', area: 'Applied Chemistry', startDate: '2015', endDate: '2018' }),
      expect.objectContaining({ institution: 'Harrow College', studyType: 'Diploma', area: 'Food Safety', startDate: '2013', endDate: '2015' }),
    ]);
  });

  it('splits "Employer, City, Region, Country" above "Title · dates"', () => {
    const [job] = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nOakridge Mills, Ballarat, VIC, Australia\nProduction Planner · 2019–2022\n• Planned the week.').work;
    expect(job).toMatchObject({ name: 'Oakridge Mills', position: 'Production Planner', location: 'Ballarat, VIC, Australia', startDate: '2019', endDate: '2022' });
  });

  it('takes a bare place name on the dates line under "Title — Employer" as the location', () => {
    const [job] = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nHead Chef — Lantern House\nKochi | Jul 2023 - Present\n• Ran the kitchen.').work;
    expect(job).toMatchObject({ name: 'Lantern House', position: 'Head Chef', location: 'Kochi', startDate: '2023-07' });
  });

  it('keeps "Title — Employer" whole when no place is written', () => {
    const [job] = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nMarketing Coordinator — Hollis Brothers\nJun 2015 - Apr 2018').work;
    expect(job).toMatchObject({ name: 'Hollis Brothers', position: 'Marketing Coordinator' });
    expect(job?.location).toBeUndefined();
  });

  it('reads "Employer, City, Region, Country" with a legal form as the region, and a three-part place under the title', () => {
    const resume = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nLARSON AND SONS — Adelaide, SA, Australia\nData Analyst (2020–2023)\n\nShift Lead\nTerra Bakery, Reading, Berkshire, UK\n• Baked.');
    expect(resume.work[0]).toMatchObject({ name: 'LARSON AND SONS', position: 'Data Analyst', location: 'Adelaide, SA, Australia' });
    expect(resume.work[1]).toMatchObject({ name: 'Terra Bakery', position: 'Shift Lead', location: 'Reading, Berkshire, UK' });
  });

  it('does not read a school and its town as a place', () => {
    const [job] = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nSenior Teacher\tJul 2023 - Present\nKochi High School, Kochi').work;
    expect(job).toMatchObject({ name: 'Kochi High School', position: 'Senior Teacher', location: 'Kochi' });
  });

  it('splits two-line entries set without a gap between them', () => {
    const resume = parseResume(
      'Noor Haddad\nnoor@example.com\n\nExperience\nFarrow Group, Belfast, UK\nAccounts Assistant — Mar 2017 – May 2018\nHale and Sons, Bristol, UK\nAudit Associate — Aug 2015 – Oct 2016',
    );
    expect(resume.work.map((job) => [job.name, job.position, job.location])).toEqual([
      ['Farrow Group', 'Accounts Assistant', 'Belfast, UK'],
      ['Hale and Sons', 'Audit Associate', 'Bristol, UK'],
    ]);
  });

  it('puts back together a narrow dates cell that wrapped beside the entry', () => {
    const [job] = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nJuly 2024 to October\tUX Designer\n2026\tAubert SA\nLille, Hauts-de-France').work;
    expect(job).toMatchObject({ position: 'UX Designer', name: 'Aubert SA', startDate: '2024-07', endDate: '2026-10', location: 'Lille, Hauts-de-France' });
  });

  it('puts back together a place cell cut after its comma', () => {
    const [job] = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nSep 2018 – May 2021\tStaff Accountant\nReading, Berkshire,\tJohns LLC\nUK').work;
    expect(job).toMatchObject({ position: 'Staff Accountant', name: 'Johns LLC', location: 'Reading, Berkshire, UK' });
  });

  it('reads "o" bullets as list items', () => {
    const [job] = parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nChemist, Cedar Foods\t2019 – 2022\n  o Cut waste by a third.\n  o Trained four technicians.').work;
    expect(job?.highlights).toEqual(['Cut waste by a third.', 'Trained four technicians.']);
  });
});

describe('degrees, places and contact details', () => {
  const degree = (line: string): ReturnType<typeof parseResume>['education'][number] | undefined =>
    parseResume(`Noor Haddad\nnoor@example.com\n\nEducation\n${line}\t2014–2018`).education[0];

  it('does not take "B.Tech" or "B.Com." for a web address', () => {
    expect(degree('B.Tech in Civil Engineering, Harrow Institute of Technology')).toMatchObject({ studyType: 'B.Tech', area: 'Civil Engineering', institution: 'Harrow Institute of Technology' });
    expect(degree('B.Com. in Accounting, Harrow College')).toMatchObject({ studyType: 'B.Com.', area: 'Accounting', institution: 'Harrow College' });
  });

  it('reads B.E., Master 2 and Dipl.-Ing. as degrees', () => {
    expect(degree('B.E. in Mechanical Engineering, Fenwick University')).toMatchObject({ studyType: 'B.E.', area: 'Mechanical Engineering' });
    expect(degree('Master 2 Droit des affaires, Université de Fenwick')).toMatchObject({ studyType: 'Master 2', area: 'Droit des affaires' });
    expect(degree('Dipl.-Ing. Maschinenbau, Hochschule Fenwick')).toMatchObject({ studyType: 'Dipl.-Ing.', area: 'Maschinenbau' });
  });

  it('takes the field between a bare degree and its school, and leaves a school with a comma whole', () => {
    expect(degree('B.A., Economics, Harrow Institute of Technology')).toMatchObject({ studyType: 'B.A.', area: 'Economics', institution: 'Harrow Institute of Technology' });
    expect(degree('MA Design, Goldsmiths, University of Fenwick')).toMatchObject({ studyType: 'MA', area: 'Design', institution: 'Goldsmiths, University of Fenwick' });
  });

  it('reads a number written with its +country code even in a range set aside for fiction', () => {
    expect(parseResume('Noor Haddad\nNorwich, Norfolk · +44 7700 900420 · noor@example.com').basics.phone).toBe('+44 7700 900420');
  });

  it('takes a bare place name among the contact details, or alone above the name, as the city', () => {
    expect(parseResume('Noor Haddad\nKochi · noor@example.com').basics.location).toEqual({ city: 'Kochi' });
    expect(parseResume('Kochi\nNoor Haddad\nnoor@example.com\n\nExperience\nChemist, Cedar Foods\t2019 – 2022').basics.location).toEqual({ city: 'Kochi' });
  });

  it('knows countries by the names Intl gives them', () => {
    expect(parseResume('Noor Haddad\nnoor@example.com\n\nExperience\nLab Technician\nCedar Foods, Nakuru, Rift Valley, Kenya').work[0]).toMatchObject({ name: 'Cedar Foods', location: 'Nakuru, Rift Valley, Kenya' });
  });

  it('puts back together a profile link broken at its hyphen', () => {
    const resume = parseResume('Noor Haddad\nLeeds, UK • noor@example.com • linkedin.com/in/noor-\nhaddad\n\nSummary\nChemist.');
    expect(resume.basics.profiles).toEqual([expect.objectContaining({ network: 'LinkedIn', url: 'https://linkedin.com/in/noor-haddad' })]);
  });
});
