import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 17: work entries as readers print them — a career site's profile cards whose
// every line is a list item, duties written as sentences without list markers, a form's labelled
// fields. Every example is written for this spec; people, employers and places are invented.

const jobsOf = (text: string) =>
  (parseResume(text).work ?? []).map(({ name, position, location, startDate, endDate, highlights }) => ({ name, position, location, startDate, endDate, highlights }));

describe('a job as a card of list items', () => {
  it('reads the name items closed by a dates item as the header and the items after them as duties', () => {
    const text = [
      'Odile Maranga',
      'Kiln Operator',
      '',
      'Career history',
      '',
      '• Kiln Operator',
      '• Tessaro Ceramics — Kilnworks Yard',
      '• Mar 2020 - Present (5 yrs 2 mos)',
      '• Fired 1,200 tiles a week in two gas kilns.',
      '• Cut breakage from 6% to 2% by slowing the cooling curve.',
      '',
      '• Glaze Mixer',
      '• Lumen Pottery',
      '• Jun 2016 - Feb 2020 (3 yrs 9 mos)',
      '• Weighed and mixed glazes for three studios.',
      '',
      'Education',
      'Riverside Technical College',
    ].join('\n');
    expect(jobsOf(text)).toEqual([
      {
        name: 'Tessaro Ceramics',
        position: 'Kiln Operator',
        location: 'Kilnworks Yard',
        startDate: '2020-03',
        endDate: undefined,
        highlights: ['Fired 1,200 tiles a week in two gas kilns.', 'Cut breakage from 6% to 2% by slowing the cooling curve.'],
      },
      { name: 'Lumen Pottery', position: 'Glaze Mixer', location: undefined, startDate: '2016-06', endDate: '2020-02', highlights: ['Weighed and mixed glazes for three studios.'] },
    ]);
  });

  it('reads a card whose dates item holds the length of the job and its place ("2015 - 현재 · 12년 · 당진")', () => {
    const jobs = jobsOf(['진하늘', '', '경력', '', '• 하늘방앗간', '• 대표', '• 2015.03 - 현재 · 10년 · 당진', '• 떡 하루 400개 생산'].join('\n'));
    expect(jobs.map(({ name, position, startDate }) => ({ name, position, startDate }))).toEqual([{ name: '하늘방앗간', position: '대표', startDate: '2015-03' }]);
  });

  it('leaves items after a blank line under a job header duties when the dated one does not open with its dates', () => {
    const jobs = jobsOf(['진하늘', '', '경력', '', '(주)하늘건설 | 비계 반장', '옥포조선소 | 2018.07 ~ 현재', '', '• 화물창 비계 설치·해체, 반원 12명', '• 추락 사고 0건 (2019~현재)'].join('\n'));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.highlights).toEqual(['화물창 비계 설치·해체, 반원 12명', '추락 사고 0건 (2019~현재)']);
  });

  it('leaves a dated list item under a job header a duty', () => {
    const jobs = jobsOf(['Odile Maranga', '', 'Experience', 'Kiln Operator, Tessaro Ceramics⇥2016 – 2020'.replace('⇥', '\t'), '• Trained apprentices', '• Ran the night kiln 2018 – 2019'].join('\n'));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.highlights).toEqual(['Trained apprentices', 'Ran the night kiln 2018 – 2019']);
  });
});

describe('duties written as sentences without list markers', () => {
  it('reads the sentence lines of a job with no list as its duties', () => {
    const text = [
      'Odile Maranga',
      '',
      'Experience',
      'Tessaro Ceramics, Kilnworks — Kiln Operator',
      'Mar. 2020 – date',
      'Fired about 1,200 tiles a week in two gas kilns and logged every firing curve.',
      'Trained four apprentices to load and unload the kilns safely.',
      '',
      'Education',
      'Riverside Technical College',
    ].join('\n');
    expect(jobsOf(text)[0]!.highlights).toEqual([
      'Fired about 1,200 tiles a week in two gas kilns and logged every firing curve.',
      'Trained four apprentices to load and unload the kilns safely.',
    ]);
  });

  it('keeps a sentence above a list as the job summary', () => {
    const work = parseResume(
      ['Odile Maranga', '', 'Experience', 'Kiln Operator, Tessaro Ceramics', '2016 – 2020', 'A family works of twelve making floor tiles for the region.', '• Fired the kilns'].join('\n'),
    ).work!;
    expect(work[0]!.summary).toBe('A family works of twelve making floor tiles for the region.');
    expect(work[0]!.highlights).toEqual(['Fired the kilns']);
  });
});

describe('a job written as labelled fields', () => {
  it('reads "Position:" and "Employer:" lines as the title and the employer, the first line too', () => {
    const text = [
      'Odile Maranga',
      '',
      'WORK EXPERIENCE',
      'Position: Kiln Operator',
      'Employer: Tessaro Ceramics, Kilnworks Yard',
      'Period: March 2020 – present',
      'Duties and achievements:',
      '• Fired 1,200 tiles a week.',
      'Position: Glaze Mixer',
      'Employer: Lumen Pottery',
      'Period: June 2016 – February 2020',
      '• Mixed glazes.',
    ].join('\n');
    expect(jobsOf(text).map(({ name, position, location, startDate, endDate }) => ({ name, position, location, startDate, endDate }))).toEqual([
      { name: 'Tessaro Ceramics', position: 'Kiln Operator', location: 'Kilnworks Yard', startDate: '2020-03', endDate: undefined },
      { name: 'Lumen Pottery', position: 'Glaze Mixer', location: undefined, startDate: '2016-06', endDate: '2020-02' },
    ]);
  });
});
