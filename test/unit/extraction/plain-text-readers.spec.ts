import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_READERS, extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';

// The whole-text readers of a .txt résumé (issue #10 §2, wave 22's review): one table, applied in its order. Each
// reader's gate must pass over an ordinary plain-text résumé that only looks a little like its kind, and find a text
// of its kind. Invented texts.

const readerNamed = (name: string) => {
  const reader = PLAIN_TEXT_READERS.find((candidate) => candidate.name === name);
  if (!reader) throw new Error(`no reader ${name}`);
  return reader;
};

/** An ordinary résumé typed in a text editor: single spaces, no list markers, no numbering, no markup. */
const PLAIN_RESUME = [
  'Mira Holm',
  'Orchard manager, Kristianstad',
  'mira.holm@example.org  ·  +46 70 123 45 67',
  '',
  'EXPERIENCE',
  'Orchard Manager, Äppelgården AB',
  'March 2019 – today',
  'Runs 40 hectares of apple and pear trees and a crew of twelve pickers in the season.',
  '',
  'Assistant Grower, Söderåsens Frukt',
  '2014 – 2019',
  'Planned spraying and thinning; kept the cold store at 3.5 degrees.',
  '',
  'EDUCATION',
  'BSc Horticultural Science, SLU Alnarp',
  '2010 – 2014',
  '',
  'LANGUAGES',
  'Swedish (native), English (fluent), German (basic)',
].join('\n');

const cases: Array<{ name: string; ordinary: string; ofItsKind: string }> = [
  {
    name: 'Org mode',
    // Stars before skills and a "#+" in "C#+" are no Org source: it needs two keyword lines and a heading.
    ordinary: `${PLAIN_RESUME}\n\nSKILLS\n* Pruning, grafting, C#+SQL scripts for the yield sheet\n* Forklift licence`,
    ofItsKind: '#+TITLE: Mira Holm\n#+EMAIL: mira.holm@example.org\n* Experience\n** Orchard Manager — Äppelgården AB\n:PROPERTIES:\n:YEARS: 2019 – today\n:END:\n',
  },
  {
    name: 'chat export',
    // Dates and times in a résumé ("14:00 - 22:00") are no message frames.
    ordinary: `${PLAIN_RESUME}\n\nAVAILABILITY\n01/12/2026 onwards, shifts 06:00 - 14:00 or 14:00 - 22:00`,
    ofItsKind: [
      '30/11/2026, 14:02 - Recruiter: Hi Mira, could you send your CV?',
      '30/11/2026, 14:05 - Mira Holm: The file will not open here, I will type it',
      '30/11/2026, 14:10 - Mira Holm: Mira Holm',
      'Orchard manager, Kristianstad',
      'EXPERIENCE',
      'Orchard Manager, Äppelgården AB, March 2019 – today',
      '30/11/2026, 14:12 - Mira Holm: EDUCATION',
      'BSc Horticultural Science, SLU Alnarp',
      '30/11/2026, 14:13 - Recruiter: Thank you!',
    ].join('\n'),
  },
  {
    name: 'reply quoting',
    // A line or two opening with ">" ("> 95% of the crop …") is no quoted reply.
    ordinary: `${PLAIN_RESUME}\n\nRESULTS\n> 95% of the crop sold as class I\n> 20 new pickers trained each season`,
    ofItsKind: `Hi Anna, here it is again.\n\nOn Mon, 30 Nov 2026, Mira Holm wrote:\n${PLAIN_RESUME.split('\n').map((line) => `> ${line}`).join('\n')}`,
  },
  {
    name: 'doubled lines',
    // A line written twice by chance (two jobs at one employer) is no page doubled for screen readers.
    ordinary: `${PLAIN_RESUME}\n\nÄppelgården AB\nÄppelgården AB\nSeasonal Picker\n2012 – 2013`,
    ofItsKind: PLAIN_RESUME.split('\n').flatMap((line) => (line === '' ? [line] : [line, line])).join('\n'),
  },
  {
    name: 'margin headings',
    // A résumé indented as a whole, with no phrases left of its body, has no margin column.
    ordinary: PLAIN_RESUME.split('\n').map((line) => (line === '' ? line : `        ${line}`)).join('\n'),
    ofItsKind: [
      'Mira Holm',
      '',
      'EXPERIENCE      Orchard Manager, Äppelgården AB',
      '                March 2019 – today',
      '                Runs 40 hectares of apple and pear trees.',
      '',
      'EDUCATION       BSc Horticultural Science, SLU Alnarp',
      '                2010 – 2014',
      '',
      'LANGUAGES       Swedish (native), English (fluent)',
    ].join('\n'),
  },
  {
    name: 'outline numbers',
    // Years, decimals and phone numbers opening a line ("2014 – 2019", "3.5 degrees") are no outline numbers.
    ordinary: `${PLAIN_RESUME}\n3.5 hectares of new plantings a year\n+46 70 123 45 67 (mobile)`,
    ofItsKind: 'I.   PERSONAL DATA\nName: Mira Holm\nII.  EMPLOYMENT RECORD\n1. Äppelgården AB, Orchard Manager\n   Period: March 2019 – today\n   a) Runs 40 hectares of orchards',
  },
  {
    name: 'reflow',
    // Without list markers, rules or boxes no line continues another.
    ordinary: PLAIN_RESUME,
    ofItsKind: 'EXPERIENCE\n==========\n- Runs 40 hectares of apple and pear trees and a crew of twelve\n  pickers in the season.',
  },
  {
    name: 'column gaps',
    // Single spaces and "  ·  " between contact details are no columns.
    ordinary: PLAIN_RESUME,
    ofItsKind: 'LANGUAGES\nSwedish        Native\nEnglish        Fluent',
  },
];

describe('plain-text readers', () => {
  it('are one table, applied in its order', () => {
    expect(PLAIN_TEXT_READERS.map((reader) => reader.name)).toEqual(cases.map((testCase) => testCase.name));
  });

  it.each(cases)('$name: an ordinary résumé passes its gate unchanged, a text of its kind is found', ({ name, ordinary, ofItsKind }) => {
    const reader = readerNamed(name);
    expect(reader.gate(ordinary)).toBeUndefined();
    expect(reader.gate(ofItsKind)).toBeDefined();
  });

  it('leave an ordinary résumé as it was typed', () => {
    expect(extractPlainText(new TextEncoder().encode(PLAIN_RESUME), 'txt').text).toBe(PLAIN_RESUME);
  });
});
