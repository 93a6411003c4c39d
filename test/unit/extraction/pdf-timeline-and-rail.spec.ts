// Reading order of PDF designs with a timeline (right-aligned dates in a grid column left of each
// entry) and with a sidebar rail (issue #10 §2, wave 7), each on positioned runs built here in the
// shapes Chromium draws: letter-spaced small capitals one glyph per run, dates that wrap in their
// column, the entry's place under its dates, list markers drawn as shapes, addresses broken anywhere.
import { describe, expect, it } from 'vitest';
import { layoutPageText, type PositionedText } from '../../../src/modules/documents/extraction/pdf-text.js';

/** A run whose width is proportional to its length (a rough average advance of half an em). */
const run = (str: string, x: number, y: number, fontSize = 10): PositionedText => ({ str, x, y, width: str.length * fontSize * 0.5, fontSize });
/** A run right-aligned so that it ends at `right` (in a column that starts at the page's margin, x = 45). */
const rightAligned = (str: string, right: number, y: number, fontSize = 9): PositionedText => ({ str, x: right - str.length * fontSize * 0.45, y, width: str.length * fontSize * 0.45, fontSize });
/** Letters drawn one by one, as letter-spaced small capitals are: a capital, then smaller capitals. */
function spacedCapitals(word: string, x: number, y: number): PositionedText[] {
  let left = x;
  return [...word].map((letter, index) => {
    const fontSize = index === 0 ? 27 : 18.7;
    const item = { str: letter, x: left, y, width: fontSize * 0.62, fontSize };
    left += item.width + 0.8;
    return item;
  });
}
const lines = (items: readonly PositionedText[]): string[] => layoutPageText(items, 1).text.split('\n').filter((line) => line !== '');

const DATES_RIGHT = 131;
const TEXT_LEFT = 147.5;
const BULLET_LEFT = 158.8;

/** One timeline entry: dates (maybe wrapped) and the place right-aligned on the left, head lines and bullets on the right. */
function timelineEntry(y: number, dates: string[], place: string, head: [string, string], bullets: string[]): PositionedText[] {
  const items = dates.map((part, index) => rightAligned(part, DATES_RIGHT, y - index * 12));
  items.push(rightAligned(place, DATES_RIGHT, y - dates.length * 12));
  items.push(run(head[0], TEXT_LEFT, y - 1.5), run(head[1], TEXT_LEFT, y - 15));
  bullets.forEach((bullet, index) => items.push(run(bullet, BULLET_LEFT, y - 29 - index * 13.5)));
  return items;
}

describe('PDF timelines: dates in a column left of each entry', () => {
  // The name's letters run across the dates' column, some ending where the dates do: still a header line, not notes.
  const firstName = spacedCapitals('LUCIENNE', 45, 770.9);
  const header: PositionedText[] = [
    ...firstName,
    ...spacedCapitals('BOSCO', firstName.at(-1)!.x + firstName.at(-1)!.width + 10.5, 770.9),
    // Contact items after icons (drawn as shapes, not text): the icon leaves a gap wider than a cell's.
    run('Waterford, IE', 54.7, 751.4, 9),
    run('020 913 4892', 133, 751.4, 9),
    run('lucienne@example.net', 210, 751.4, 9),
    run('EXPERIENCE', 45, 723.6, 15),
  ];
  const entries = [
    ...timelineEntry(700, ['2021.10 - ongoing'], 'Waterford, IE', ['Team Manager', 'Waterford City Council'], ['Chaired multi-agency meetings.', 'Held a caseload of 18 families.']),
    ...timelineEntry(610, ['December, 2018 –', 'September, 2021'], 'Arnhem', ['Cornelissen Architecten', 'Architect'], ['Produced construction drawings.']),
    ...timelineEntry(530, ['January, 2014 – May,', '2018'], 'Groningen', ['van Iersel Architecten', 'Architectural Assistant'], ['Led the design of a housing scheme.', 'Built the office templates.']),
    ...timelineEntry(440, ['2019/04 – 2020/09'], 'Dublin', ['Apprentice Electrician', 'Tremblay Electric'], []),
  ];
  // The skills grid of the same design: a group name right-aligned where the dates end, its list a little left of the entries' text.
  const skills: PositionedText[] = [
    run('SKILLS', 45, 380, 15),
    rightAligned('PRACTICE', 130.3, 360, 10.4),
    run('Court Work / Risk Assessment', 138.5, 360, 10.4),
    rightAligned('SYSTEMS', 130.3, 344, 10.4),
    run('Mosaic / Liquidlogic', 138.5, 344, 10.4),
    run('LANGUAGES', 45, 320, 15),
    // A paragraph starting at the left edge is never split into a note, wherever its words fall.
    { ...run('English (Native) ·', 45, 300, 10.4), width: DATES_RIGHT - 45 },
    run('Irish (Advanced)', DATES_RIGHT + 6, 300, 10.4),
  ];

  it('reads the header as written, then each entry as dates⇥first line⇥place, its second line, its bullets', () => {
    expect(lines([...header, ...entries, ...skills])).toEqual([
      'LUCIENNE BOSCO',
      'Waterford, IE\t020 913 4892\tlucienne@example.net',
      'EXPERIENCE',
      '2021.10 - ongoing\tTeam Manager\tWaterford, IE',
      'Waterford City Council',
      '• Chaired multi-agency meetings.',
      '• Held a caseload of 18 families.',
      'December, 2018 – September, 2021\tCornelissen Architecten',
      'Architect\tArnhem',
      '• Produced construction drawings.',
      'January, 2014 – May, 2018\tvan Iersel Architecten',
      'Architectural Assistant\tGroningen',
      '• Led the design of a housing scheme.',
      '• Built the office templates.',
      '2019/04 – 2020/09\tApprentice Electrician\tDublin',
      'Tremblay Electric',
      'SKILLS',
      'PRACTICE\tCourt Work / Risk Assessment',
      'SYSTEMS\tMosaic / Liquidlogic',
      'LANGUAGES',
      'English (Native) · Irish (Advanced)',
    ]);
  });
});

describe('PDF sidebar rails', () => {
  it('reads a rail after the main column even when main lines happen to end together and share baselines with it', () => {
    /** Runs in one column at `x`: [text, baseline, type size] each. */
    const column = (x: number, runs: Array<[string, number, number]>): PositionedText[] => runs.map(([str, y, size]) => run(str, x, y, size));
    const main = [
      ...column(40, [['About me', 706.4, 11], ['Experience', 649.4, 11], ['JULY, 2025 – PRESENT', 629.9, 7.8], ['Senior Reporter', 618.6, 10.2]]),
      ...column(40, [['El Correo de Oviedo', 605.1, 9.3], ['Reporter', 574.4, 10.2], ['Diario de Oviedo', 562.4, 9.3]]),
      ...column(50.9, [['Filed three to five stories a day on courts and councils.', 547.4, 9.3], ['Covered two general elections live.', 534.6, 9.3]]),
    ];
    // Main lines ending near one x that share baselines with the rail's first lines look like margin notes in front of them.
    main[2] = { ...main[2]!, width: 84.8 };
    main[3] = { ...main[3]!, width: 82.3 };
    main[4] = { ...main[4]!, width: 83.1 };
    const rail = [
      ...column(440.3, [['CONTACT', 706.4, 9.5], ['PHONE', 693.6, 7.5], ['600 555 688', 682.4, 9.3], ['LOCATION', 629.9, 7.5], ['Oviedo', 618.6, 9.3]]),
      ...column(440.3, [['MUCK RACK', 605.1, 7.5], ['muckrack.com/gregorio', 592.4, 9.3], ['TOOLS', 557.9, 9.5]]),
      ...column(444.8, [['Datawrapper', 542.9, 8.3]]),
    ];
    const text = lines([...main, ...rail]);
    expect(text.slice(0, 7)).toEqual(['About me', 'Experience', 'JULY, 2025 – PRESENT', 'Senior Reporter', 'El Correo de Oviedo', 'Reporter', 'Diario de Oviedo']);
    expect(text.slice(-9)).toEqual(['CONTACT', 'PHONE', '600 555 688', 'LOCATION', 'Oviedo', 'MUCK RACK', 'muckrack.com/gregorio', 'TOOLS', 'Datawrapper']);
  });

  it('rejoins an e-mail address or a link a narrow rail broke anywhere, and keeps two links on two lines', () => {
    const rail = (strs: Array<[string, number]>): PositionedText[] => strs.map(([str, width], index) => ({ str, x: 440, y: 700 - index * 12, width, fontSize: 9.3 }));
    const items = rail([
      ['EMAIL', 20],
      ['gregorio.burgosjaime.85@exa', 126],
      ['mple.com', 41],
      ['isaia.carbone.84@example.co', 126],
      ['m', 5],
      ['LINKEDIN', 33],
      ['linkedin.com/in/grahamdietr', 126],
      ['ich2', 18],
      ['linkedin.com/in/sebastian-st', 126],
      ['github.com/sebastianstark', 110],
    ]);
    expect(lines(items)).toEqual(['EMAIL', 'gregorio.burgosjaime.85@example.com', 'isaia.carbone.84@example.com', 'LINKEDIN', 'linkedin.com/in/grahamdietrich2', 'linkedin.com/in/sebastian-st', 'github.com/sebastianstark']);
  });
});

describe('PDF list items drawn as "• Text" in one run', () => {
  it('joins the wrapped line that starts past the glyph into its item', () => {
    const long = '• Wired 30 new-build homes a year to code, from first fix to testing and';
    const items: PositionedText[] = [
      run('Electrical Supervisor', 205.4, 600),
      run('Muller & Sons Electric', 205.4, 588),
      { str: long, x: 202.6, y: 576, width: 324.4, fontSize: 10 },
      { str: 'certification.', x: 215.3, y: 564, width: 52, fontSize: 10 },
      { str: '• Upgraded the distribution boards of an office block while it stayed', x: 202.6, y: 552, width: 324.4, fontSize: 10 },
      { str: 'occupied.', x: 215.3, y: 540, width: 40, fontSize: 10 },
    ];
    expect(lines(items)).toEqual([
      'Electrical Supervisor',
      'Muller & Sons Electric',
      `${long} certification.`,
      '• Upgraded the distribution boards of an office block while it stayed occupied.',
    ]);
  });
});
