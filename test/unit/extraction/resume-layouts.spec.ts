import { describe, expect, it } from 'vitest';
import { layoutPageText, type PositionedText } from '../../../src/modules/documents/extraction/pdf-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Job headers as people write them: title, employer, location and dates on one line or two, in any
// order, with dates inline, first, or after a tab (a right-aligned date in PDF or Word).
const EXPECTED = [
  ['Senior Nurse', "St. Mary's Regional Hospital", 'Chicago, IL'],
  ['Staff Nurse', 'Riverside Community Clinic', 'Evanston, IL'],
];
const LAYOUTS: Record<string, { text: string; dates: Array<[string, string | undefined]> }> = {
  'dates first, month names': {
    text: "Jan 2020 – Present\nSenior Nurse — St. Mary's Regional Hospital\tChicago, IL\n• Cared for patients.\nMar 2017 – Dec 2019\nStaff Nurse — Riverside Community Clinic\tEvanston, IL\n• Ran the falls committee.",
    dates: [['2020-01', undefined], ['2017-03', '2019-12']],
  },
  'dates first, ISO months after a bullet': {
    text: "2020-01 – present\nSenior Nurse — St. Mary's Regional Hospital, Chicago, IL\n• Cared for patients.\n2017-03 – 2019-12\nStaff Nurse — Riverside Community Clinic, Evanston, IL\n• Ran the falls committee.",
    dates: [['2020-01', undefined], ['2017-03', '2019-12']],
  },
  'pipes on one line, years': {
    text: "St. Mary's Regional Hospital | Senior Nurse | Chicago, IL | 2020–Present\n- Cared for patients.\nRiverside Community Clinic | Staff Nurse | Evanston, IL | 2017–2019\n- Ran the falls committee.",
    dates: [['2020', undefined], ['2017', '2019']],
  },
  'title at employer, place below': {
    text: "Senior Nurse at St. Mary's Regional Hospital\tJanuary 2020 – Present\nChicago, IL\n• Cared for patients.\nStaff Nurse at Riverside Community Clinic\tMarch 2017 – December 2019\nEvanston, IL\n• Ran the falls committee.",
    dates: [['2020-01', undefined], ['2017-03', '2019-12']],
  },
  'employer and place, then title and slashed dates': {
    text: "St. Mary's Regional Hospital, Chicago, IL\nSenior Nurse, 01/2020 - Present\n• Cared for patients.\nRiverside Community Clinic, Evanston, IL\nStaff Nurse, 03/2017 - 12/2019\n• Ran the falls committee.",
    dates: [['2020-01', undefined], ['2017-03', '2019-12']],
  },
};

describe('job headers in any order', () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(name, () => {
      const resume = parseResume(`Jane Roe\njane.roe@example.com\n\nEXPERIENCE\n${layout.text}\n`);
      expect(resume.work.map((job) => [job.position, job.name, job.location])).toEqual(EXPECTED);
      expect(resume.work.map((job) => [job.startDate, job.endDate])).toEqual(layout.dates);
      expect(resume.work.map((job) => job.highlights?.length)).toEqual([1, 1]);
    });
  }

  it('takes the first of two unknown words as the title and the second as the employer', () => {
    const resume = parseResume('Jane Roe\njane.roe@example.com\n\nEXPERIENCE\nBrand Storyteller\tJan 2018 – Feb 2021\nStaples\tFramingham, MA\n• Ran onboarding.\n');
    expect(resume.work.map((job) => [job.position, job.name, job.location])).toEqual([['Brand Storyteller', 'Staples', 'Framingham, MA']]);
  });

  it('reads the plain-text résumé of the issue: employer, city and a Korean mobile number', () => {
    const resume = parseResume(
      'Minji Park\nSenior Software Engineer\nSeoul, South Korea | 010-1234-5678 | minji@example.com\n\nEXPERIENCE\nSenior Software Engineer, Toss Commerce, Seoul\nJan 2020 – Present\n- Designed a Kafka-based ledger that processes 2 million payments a day with 99.99%\n  availability, cutting reconciliation time by 45%.\n',
    );
    expect(resume.basics).toMatchObject({ name: 'Minji Park', label: 'Senior Software Engineer', phone: '010-1234-5678', location: { city: 'Seoul' } });
    expect(resume.work).toEqual([
      {
        position: 'Senior Software Engineer',
        name: 'Toss Commerce',
        location: 'Seoul',
        startDate: '2020-01',
        highlights: ['Designed a Kafka-based ledger that processes 2 million payments a day with 99.99% availability, cutting reconciliation time by 45%.'],
      },
    ]);
  });
});

describe('PDF line assembly', () => {
  // A browser-printed list: markers drawn as shapes (no glyph in the text), items indented, long items wrapped.
  const line = (str: string, x: number, y: number, width: number): PositionedText => ({ str, x, y, width, fontSize: 10 });
  const items = [
    line('Senior Software Engineer', 40, 700, 140),
    line('Jan 2020 – Present', 480, 700, 90),
    line('Toss Commerce', 40, 686, 80),
    line('Designed a Kafka-based ledger that processes 2 million payments a day with 99.99%', 54, 672, 514),
    line('availability across three regions.', 54, 658, 170),
    line('Cut checkout latency at the 99th percentile by 45% by moving session lookups to', 54, 644, 510),
    line('Redis.', 54, 630, 30),
    line('Mentored four engineers.', 54, 616, 130),
  ];

  it('rejoins wrapped lines and marks shape-drawn list items as bullets', () => {
    const lines = layoutPageText(items, 1).text.split('\n');
    expect(lines).toEqual([
      'Senior Software Engineer\tJan 2020 – Present',
      'Toss Commerce',
      '• Designed a Kafka-based ledger that processes 2 million payments a day with 99.99% availability across three regions.',
      '• Cut checkout latency at the 99th percentile by 45% by moving session lookups to Redis.',
      '• Mentored four engineers.',
    ]);
  });
});
