import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 21: how people write the line under a school. A note typed on a phone heads its
// schools "School:"; a degree's note in brackets holds a comma ("(ATC, Lautoka campus)", "(Hons, First
// Class)"); the dates stand in brackets after a Korean school's state ("졸업 (2015.03 ~ 2018.02)"). Before,
// the first lost the whole section, the second cut the line at the comma, the third lost the state.
// Every example is written for this spec (invented people and schools).

describe('the lines under a school', () => {
  it('reads a phone note\'s "School:" as the education heading', () => {
    const text = ['CV Ilse Marrow', '', 'Boat Builder', '+298 55 1234', '', 'About me:', 'I build and repair wooden boats.', '', 'School:',
      'Tvøroyri Maritime College', 'BA in Boat Design (2011 / 2014)', '', 'Work:', 'Vágur Boatyard', 'Boat Builder', 'Mar. 2015 → now – Vágur'].join('\n');
    expect(parseResume(text).education).toEqual([
      { institution: 'Tvøroyri Maritime College', studyType: 'BA', area: 'Boat Design', startDate: '2011', endDate: '2014' },
    ]);
  });

  it('keeps a form\'s "School⇥value" row a row, not a heading', () => {
    const text = ['Ilse Marrow', 'ilse@example.org', '', 'Education', '', 'School\tTvøroyri Maritime College', 'Degree\tFoundation Degree (FdSc)',
      'Field of study\tBoat Design', 'Dates\t2011 – 2014'].join('\n');
    expect(parseResume(text).education).toEqual([
      { institution: 'Tvøroyri Maritime College', studyType: 'Foundation Degree', area: 'Boat Design', startDate: '2011', endDate: '2014' },
    ]);
  });

  it('keeps a comma inside the brackets after a degree in its line', () => {
    const text = ['Ilse Marrow', 'ilse@example.org', '', 'Education', 'Pacific Trades Coalition', 'Cert III Boat Building (PTC, Lautoka campus) (2008 - 2010)'].join('\n');
    expect(parseResume(text).education).toEqual([
      { institution: 'Pacific Trades Coalition', studyType: 'Certificate III', area: 'Boat Building', startDate: '2008', endDate: '2010' },
    ]);
  });

  it('reads "졸업 (dates)" under a 고등학교 as its qualification', () => {
    const text = ['이력서 문재호', '', '퀵서비스 기사', '010-2345-6789', '', '학력:', '영주정보고등학교', '졸업 (2012.03 ~ 2015.02)', '', '기술:', '• 오토바이 정비'].join('\n');
    expect(parseResume(text).education).toEqual([{ institution: '영주정보고등학교', studyType: '고등학교 졸업', startDate: '2012-03', endDate: '2015-02' }]);
  });
});

describe('a subject written before the qualification\'s noun', () => {
  const educationOf = (...lines: string[]): ReturnType<typeof parseResume>['education'] =>
    parseResume(['Ilse Marrow', 'ilse@example.org', '', 'Education', ...lines].join('\n')).education;

  it('reads the subject as the field ("Harbour Pilotage certificate", "Dialysis Technician Certificate")', () => {
    expect(educationOf('Vágur Maritime Academy', 'Harbour Pilotage certificate (part-time) (2011 - 2012)')[0]).toMatchObject({ studyType: 'Certificate', area: 'Harbour Pilotage' });
    expect(educationOf('Saipan Health College', 'Dialysis Technician Certificate, 2014–15')[0]).toMatchObject({ studyType: 'Certificate', area: 'Dialysis Technician' });
  });

  it('keeps a kind or level before the noun in the name', () => {
    expect(educationOf('Koror High', 'High School Diploma (2009)')[0]).toMatchObject({ studyType: 'High School Diploma' });
    expect(educationOf('Sint Jozef College', 'HAVO diploma (2001 - 2006)')[0]).toMatchObject({ studyType: 'HAVO diploma' });
  });

  it('keeps a holder\'s title alone before the noun in the name, the subject after it the field (wave 22)', () => {
    expect(educationOf('Agadir Institute of Aviation Trades', 'Technician diploma – Airframe riveting, 2010–2012')[0]).toMatchObject({
      studyType: 'Technician diploma', area: 'Airframe riveting',
    });
  });

  it('reads "(part-time studies)" after "Bachelor of …" as how it was taken (wave 22)', () => {
    expect(educationOf('Åbo Maritime University', 'Bachelor of Cruise Operations (part-time studies), 2015–2019')[0]).toMatchObject({
      studyType: 'Bachelor', area: 'Cruise Operations',
    });
  });
});
