import { describe, expect, it } from 'vitest';
import { degreeAbbreviationLength, isHonoursOrGrade, isNamedDegreeSubject, namesSchoolInOtherLanguage, qualificationNameLength } from '../../../src/modules/documents/extraction/resume-degrees.js';
import { isDocumentCaption, namesOccupation, rejoinWrappedHeadline } from '../../../src/modules/documents/extraction/resume-headline.js';
import { foldForIdentifier, nameAgreement, personalIdentifiers } from '../../../src/modules/documents/extraction/resume-name.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 8: structural readers for the name, the headline and degrees. Every example is
// written for this spec (invented people, schools and places), none is taken from a corpus.

describe('the name, by agreement with the person’s own identifiers', () => {
  it('folds accents and special letters the way addresses spell them', () => {
    expect(foldForIdentifier('Łucja Ørsted-Nováková')).toBe('lucja orsted novakova');
  });

  it('reads e-mail local parts, a personal domain behind a role mailbox, and profile slugs', () => {
    expect(personalIdentifiers('hello@tomaswrede.example.org · w.tomas88@example.com · linkedin.com/in/tomas-wrede-x1')).toEqual([
      'tomaswrede', 'wtomas88', 'tomaswredex1',
    ]);
  });

  it('scores a candidate by the share of its words an identifier spells', () => {
    expect(nameAgreement('Tomás Wrede', ['wredetomas'])).toBe(1);
    expect(nameAgreement('Tomás Wrede', ['twrede'])).toBe(0.5);
    expect(nameAgreement('Data Analysis', ['twrede'])).toBe(0);
  });

  it('finds the name below a sidebar of skills, where the first name-shaped line is a skill', () => {
    const resume = parseResume(
      [
        'Contact', 'ole.brandvik@example.net', '+47 912 34 567', 'Skills', 'Cable Pulling', 'Panel Wiring', 'Languages', 'Norwegian (Native)', '',
        'Ole Brandvik', 'Industrial Electrician', 'Trondheim, Norway', '', 'Summary', 'Electrician for plants and ships.',
      ].join('\n'),
    );
    expect(resume.basics.name).toBe('Ole Brandvik');
    expect(resume.basics.label).toBe('Industrial Electrician');
  });

  it('takes the headline under the name, not the running header’s caption beside it', () => {
    const resume = parseResume(['Ilse Marchetti — Curriculum Vitae\tPage 1 of 3', '', 'Ilse Marchetti', 'Hospital Pharmacist', 'Turin\tilse.marchetti@example.it'].join('\n'));
    expect(resume.basics.name).toBe('Ilse Marchetti');
    expect(resume.basics.label).toBe('Hospital Pharmacist');
  });

  it('rejoins a headline that a narrow header wrapped after the name', () => {
    const resume = parseResume(['Rui Tavares | Marine', '', 'Surveyor', 'Porto', 'rui.tavares@example.pt'].join('\n'));
    expect(resume.basics.label).toBe('Marine Surveyor');
  });
});

describe('headlines name an occupation', () => {
  it('tells a role from a caption, a skill or a place', () => {
    expect(namesOccupation('Senior Quantity Surveyor')).toBe(true);
    expect(namesOccupation('Flight Dispatchers Lead')).toBe(true);
    expect(namesOccupation('Pipe Welding')).toBe(false);
    expect(namesOccupation('Lisbon')).toBe(false);
    expect(isDocumentCaption('Curriculum Vitae')).toBe(true);
    expect(isDocumentCaption('Page 2 of 4')).toBe(true);
    expect(isDocumentCaption('Hospital Pharmacist')).toBe(false);
  });

  it('joins a wrapped headline only when the next line completes a role', () => {
    expect(rejoinWrappedHeadline('Welder and', 'Pipe Fitter')).toBe('Welder and Pipe Fitter');
    expect(rejoinWrappedHeadline('Community', 'Midwife')).toBe('Community Midwife');
    expect(rejoinWrappedHeadline('Community', 'Lisbon')).toBeUndefined();
    expect(rejoinWrappedHeadline('Staff Nurse', 'Midwife')).toBeUndefined();
  });
});

describe('degree vocabulary', () => {
  it('reads a field that holds a school word as the field when another line names the school', () => {
    const text = 'Dana Okafor\ndana.okafor@example.net\n\nEducation\nM.A., School Psychology\t2016–2018\nLakeshore State University\nB.S., Biology\t2012–2016\nPinecrest College\n';
    expect(parseResume(text).education.map(({ institution, area, studyType }) => ({ institution, area, studyType }))).toEqual([
      { institution: 'Lakeshore State University', area: 'School Psychology', studyType: 'M.A.' },
      { institution: 'Pinecrest College', area: 'Biology', studyType: 'B.S.' },
    ]);
  });

  it('knows degree abbreviations across countries, dotted or not', () => {
    expect(degreeAbbreviationLength('BVMS, Glasgow')).toBe(4);
    expect(degreeAbbreviationLength('B. Pharm in Pharmacy')).toBe(8);
    expect(degreeAbbreviationLength('MPH')).toBe(3);
    expect(degreeAbbreviationLength('Mbappe Street')).toBe(0);
  });

  it('reads qualification names that end in a qualification noun', () => {
    expect(qualificationNameLength('Advanced Trade Certificate in Carpentry')).toBe('Advanced Trade Certificate'.length);
    expect(qualificationNameLength('Harbour View Hotel')).toBe(0);
  });

  it('knows which "Bachelor of …" subjects name the degree itself', () => {
    expect(isNamedDegreeSubject('Science')).toBe(true);
    expect(isNamedDegreeSubject('Architecture and Urbanism')).toBe(true);
    expect(isNamedDegreeSubject('Marine Logistics')).toBe(false);
  });

  it('never takes honours or a grade for a field', () => {
    expect(isHonoursOrGrade('With high distinction')).toBe(true);
    expect(isHonoursOrGrade('Magna cum laude')).toBe(true);
    expect(isHonoursOrGrade('GPA 3.8 / 4.0')).toBe(true);
    expect(isHonoursOrGrade('Marine Biology')).toBe(false);
  });

  it('recognises schools named in other languages, compounds included', () => {
    expect(namesSchoolInOtherLanguage('Tampereen ammattikorkeakoulu')).toBe(true);
    expect(namesSchoolInOtherLanguage('Stavanger maritime fagskole')).toBe(true);
    expect(namesSchoolInOtherLanguage('Harbour View Hotel')).toBe(false);
  });

  it('splits degrees into type and field in education entries', () => {
    const education = parseResume(
      [
        'Education',
        'Advanced Trade Certificate in Carpentry',
        'Stavanger maritime fagskole, 2016',
        '',
        'Bachelor of Marine Logistics',
        'University of Valletta, 2012',
        '',
        'BVMS, With distinction',
        'University of Glasgow, 2009',
      ].join('\n'),
    ).education;
    expect(education.map((entry) => [entry.studyType, entry.area, entry.institution])).toEqual([
      ['Advanced Trade Certificate', 'Carpentry', 'Stavanger maritime fagskole'],
      ['Bachelor', 'Marine Logistics', 'University of Valletta'],
      ['BVMS', undefined, 'University of Glasgow'],
    ]);
  });
});
