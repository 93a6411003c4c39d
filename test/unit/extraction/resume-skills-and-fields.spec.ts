import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { parseSkills, splitSkillLevel } from '../../../src/modules/documents/extraction/resume-skills.js';

// Issue #10 §2, wave 7: the skills section in the shapes real layouts give it, dates written
// short, and places in brackets. Every example is written for this spec; people, employers and
// places are invented or generic.

const keywordsOf = (lines: string): string[] => parseSkills(lines.split('\n')).flatMap((group) => group.keywords ?? (group.name ? [group.name] : []));
const skillsOf = (text: string): string[] => parseResume(text).skills.flatMap((group) => group.keywords ?? (group.name ? [group.name] : []));

describe('skills sections in their real shapes', () => {
  it('reads a group name above its bullets as the group, not as a skill', () => {
    expect(parseSkills(['Kitchen', '• Butchery', '• Pastry', 'Compliance', '• HACCP'])).toEqual([
      { name: 'Kitchen', keywords: ['Butchery', 'Pastry'] },
      { name: 'Compliance', keywords: ['HACCP'] },
    ]);
  });

  it('reads group names side by side above two columns of bullets that arrive row by row', () => {
    expect(parseSkills(['Methods\tTools', '▪ Diary Studies\t▪ Figma', '▪ Card Sorting\t▪ Miro', '▪ Surveys'])).toEqual([
      { name: 'Methods', keywords: ['Diary Studies', 'Card Sorting', 'Surveys'] },
      { name: 'Tools', keywords: ['Figma', 'Miro'] },
    ]);
  });

  it('reads an upper-case group name opening each row of a " / " list', () => {
    expect(parseSkills(['• KITCHEN Butchery / Pastry / Stock Control', '• TOOLS Excel / Power BI'])).toEqual([
      { name: 'Kitchen', keywords: ['Butchery', 'Pastry', 'Stock Control'] },
      { name: 'Tools', keywords: ['Excel', 'Power BI'] },
    ]);
  });

  it('splits a row two groups were joined into, and keeps a first item in capitals with its group', () => {
    expect(parseSkills(['• TRADE Fault Finding / Motor Controls SAFETY Lockout/Tagout / First Aid', '• INFRASTRUCTURE AWS / Ansible'])).toEqual([
      { name: 'Trade', keywords: ['Fault Finding', 'Motor Controls'] },
      { name: 'Safety', keywords: ['Lockout/Tagout', 'First Aid'] },
      { name: 'Infrastructure', keywords: ['AWS', 'Ansible'] },
    ]);
  });

  it('keeps an acronym opening one skill of a one-skill-a-line list as part of that skill', () => {
    expect(parseSkills(['NCLEX Test Preparation', 'Wound Care', 'Patient Education', 'Epic Charting'])).toEqual([
      { name: 'NCLEX Test Preparation' },
      { name: 'Wound Care' },
      { name: 'Patient Education' },
      { name: 'Epic Charting' },
    ]);
  });

  it('does not take an acronym opening a plain list or a labelled row for a group name', () => {
    expect(keywordsOf('ANSYS · AutoCAD · Creo')).toEqual(['ANSYS', 'AutoCAD', 'Creo']);
    expect(keywordsOf('AWS Lambda, DynamoDB')).toEqual(['AWS Lambda', 'DynamoDB']);
    expect(parseSkills(['PRACTICE AREAS: Litigation, Data Protection', 'RESEARCH: Westlaw'])).toEqual([
      { name: 'PRACTICE AREAS', keywords: ['Litigation', 'Data Protection'] },
      { name: 'RESEARCH', keywords: ['Westlaw'] },
    ]);
  });

  it('skips a table header row, tab-separated or as Markdown pipes', () => {
    expect(keywordsOf('Area\tSkills\nDesign\tFigma, Sketch')).toEqual(['Figma', 'Sketch']);
    expect(keywordsOf('| Category | Skills |\n|---|---|\n| Data | SQL, dbt |\n| Cloud | GCP |')).toEqual(['SQL', 'dbt', 'GCP']);
  });

  it('keeps a level or rating written after a skill apart from its name', () => {
    expect(splitSkillLevel('Python (Expert)')).toEqual({ name: 'Python', level: 'Expert' });
    expect(splitSkillLevel('SQL – Advanced')).toEqual({ name: 'SQL', level: 'Advanced' });
    expect(splitSkillLevel('Excel ●●●●○')).toEqual({ name: 'Excel', level: '●●●●○' });
    expect(splitSkillLevel('Go 4/5')).toEqual({ name: 'Go', level: '4/5' });
    expect(splitSkillLevel('Kotlin 3 years')).toEqual({ name: 'Kotlin', level: '3 years' });
    expect(splitSkillLevel('Food Safety Level 3')).toEqual({ name: 'Food Safety Level 3' });
    expect(parseSkills(['Python', 'Advanced', 'Rust', 'Beginner'])).toEqual([
      { name: 'Python', level: 'Advanced' },
      { name: 'Rust', level: 'Beginner' },
    ]);
  });

  it('reads a sidebar\'s groups under their own names inside its contact block', () => {
    const text = [
      'Ana Ruiz', 'Line Cook', '', 'CONTACT', 'PHONE', '(412) 555-0101', 'EMAIL', 'ana@example.com', 'LOCATION', 'Leeds',
      'KITCHEN', 'Butchery\tPastry', 'HACCP', '', 'SAFETY', '', 'First Aid', '', 'EXPERIENCE', 'Line Cook, Harbour Bistro, Leeds (2019 – 2022)',
      '• Cooked 200 covers a night and kept HACCP records.',
    ].join('\n');
    const resume = parseResume(text);
    expect(resume.skills).toEqual([
      { name: 'Kitchen', keywords: ['Butchery', 'Pastry', 'HACCP'] },
      { name: 'Safety', keywords: ['First Aid'] },
    ]);
    expect(resume.basics.email).toBe('ana@example.com');
  });

  it('reads a hostile contact block of capitals lines in bounded time, without overflowing the stack', () => {
    const started = performance.now();
    expect(() => parseResume(`CONTACT\n${'ABC\nx y\n'.repeat(120_000)}`)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('leaves a contact block with labelled values alone', () => {
    expect(skillsOf('Ana Ruiz\n\nCONTACT\nPHONE\n(412) 555-0101\nLOCATION\nLeeds\nNATIONALITY\nSpanish\n\nEXPERIENCE\nCook, Harbour Bistro (2019 – 2022)')).toEqual([]);
  });
});

describe('dates written short', () => {
  it('reads a month with an apostrophe year, a range ending in two digits, and "till date"', () => {
    expect(findDateRange('Sep ’24 – Oct ’26')).toMatchObject({ startDate: '2024-09', endDate: '2026-10' });
    expect(findDateRange("Apr '98 - Jun '01")).toMatchObject({ startDate: '1998-04', endDate: '2001-06' });
    expect(findDateRange('2012–16')).toMatchObject({ startDate: '2012', endDate: '2016' });
    expect(findDateRange('1999 - 01')).toMatchObject({ startDate: '1999', endDate: '2001' });
    expect(findDateRange('09/2022–till date')).toMatchObject({ startDate: '2022-09', isCurrent: true });
  });

  it('keeps "2019-04" a month, not a range', () => {
    expect(findDateRange('2019-04')).toMatchObject({ endDate: '2019-04' });
  });

  it('takes the words that say what a school year is along with it', () => {
    expect(findDateRange('Class of 2016')).toMatchObject({ endDate: '2016', matched: 'Class of 2016' });
    expect(findDateRange('Graduated 2019')).toMatchObject({ endDate: '2019', matched: 'Graduated 2019' });
    expect(findDateRange('Expected 2026')).toMatchObject({ endDate: '2026', matched: 'Expected 2026' });
    const school = parseResume('Ana Ruiz\n\nEDUCATION\nDiploma in Culinary Arts\tClass of 2012\nHarbour Polytechnic').education[0];
    expect(school).toMatchObject({ area: 'Culinary Arts', endDate: '2012', institution: 'Harbour Polytechnic' });
  });
});

describe('work entries with the place in brackets', () => {
  it('reads "Employer (Place)" above "Title (dates)"', () => {
    const [job] = parseResume('Ana Ruiz\n\nEXPERIENCE:\nHarbour Bistro (Leeds)\nLine Cook (2019 – 2022)\n- Cooked 200 covers a night.').work;
    expect(job).toMatchObject({ name: 'Harbour Bistro', position: 'Line Cook', location: 'Leeds', startDate: '2019', endDate: '2022' });
  });

  it('keeps brackets that hold no place in the employer', () => {
    const [job] = parseResume('Ana Ruiz\n\nEXPERIENCE\nLine Cook, Harbour Bistro (Group)\t2019 – 2022').work;
    expect(job?.location).toBeUndefined();
  });

  it('does not take a setext underline under the name for the headline', () => {
    expect(parseResume('Ana Ruiz\n========\n\nLine Cook\n\nEmail: ana@example.com').basics.label).toBe('Line Cook');
  });
});
