import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/modules/documents/extraction/markdown-front-matter.js';
import { marginColumnReader } from '../../../src/modules/documents/extraction/plain-margin-column.js';
import { columnGapReader, extractPlainText, markdownToPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { readWith } from '../../../src/modules/documents/extraction/plain-text-reader.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { isDescriptionSentence } from '../../../src/modules/documents/extraction/work-entry-lines.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

// Invented résumés in layouts the parser's word lists were never tuned on: what matters is where the
// text sits (a gutter, a front matter), not which words it uses.
const MARGIN_RESUME = [
  '                          MARTA OKONKWO-LINDQVIST',
  '                        Harbour Logistics Planner',
  '              +46 31 555 0142  ·  marta.ol@example.org',
  '',
  'ABOUT         Planner who keeps ferries, trucks and warehouses',
  '              moving to one timetable.',
  '',
  'WORK          Stena Harbour Freight AB                    03/2021 – today',
  '              Senior Logistics Planner, Gothenburg',
  '              - Rebuilt the berth schedule so ferries waited half as',
  '                long at the quay.',
  '              - Trained six junior planners.',
  '',
  'STUDIES       Bachelor of Science in Logistics                       2016',
  '              Chalmers University of Technology',
  '',
  'LANGUAGES     Swedish       Mother tongue',
  '              Igbo          Fluent',
].join('\n');

describe('plain text with section names in a left margin', () => {
  it('moves each margin phrase onto a line of its own and de-indents the body by the gutter', () => {
    const lines = readWith(marginColumnReader, MARGIN_RESUME).split('\n');
    expect(lines).toContain('WORK');
    expect(lines).toContain('Stena Harbour Freight AB                    03/2021 – today');
    expect(lines).toContain('- Rebuilt the berth schedule so ferries waited half as');
    expect(lines).toContain('  long at the quay.');
    // The centred header above the first margin phrase is left as written.
    expect(lines[0]).toBe('                          MARTA OKONKWO-LINDQVIST');
  });

  it('leaves text without a consistent gutter alone', () => {
    const ordinary = 'Ana Silva\nEXPERIENCE\nNurse, Porto General    2019 – 2022\n  - Ran the ward.\nSKILLS  Triage';
    expect(readWith(marginColumnReader, ordinary)).toBe(ordinary);
  });

  it('joins a heading the narrow margin wrapped over two lines when only together they name a section', () => {
    const text = ['PROFESSIONAL  Acme Forge Ltd                 2019 – 2022', 'BACKGROUND    Blacksmith, Sheffield', '              - Forged gates.', '', 'SKILLS        Welding, Forging'].join('\n');
    expect(readWith(marginColumnReader, text).split('\n')).toEqual(['PROFESSIONAL BACKGROUND', 'Acme Forge Ltd                 2019 – 2022', 'Blacksmith, Sheffield', '- Forged gates.', '', 'SKILLS', 'Welding, Forging']);
  });

  it('reads the whole résumé: jobs, school and languages beside their margin headings', () => {
    const resume = parseResume(extractPlainText(bytes(MARGIN_RESUME), 'txt').text);
    expect(resume.work).toEqual([
      expect.objectContaining({ name: 'Stena Harbour Freight AB', position: 'Senior Logistics Planner', startDate: '2021-03' }),
    ]);
    expect(resume.work[0]!.highlights).toEqual(['Rebuilt the berth schedule so ferries waited half as long at the quay.', 'Trained six junior planners.']);
    expect(resume.education[0]).toMatchObject({ institution: 'Chalmers University of Technology' });
    expect(resume.languages.map((language) => language.language)).toEqual(['Swedish', 'Igbo']);
  });

  it('reads three or more spaces between aligned columns as a tab', () => {
    expect(readWith(columnGapReader, 'Swedish       Mother tongue\nSenior Planner, Gothenburg')).toBe('Swedish\tMother tongue\nSenior Planner, Gothenburg');
  });
});

describe('Markdown YAML front matter', () => {
  const markdown = [
    '---',
    'layout: resume',
    'name: "Tomasz Wierzbicki"',
    'headline: Orthodontic Therapist',
    'email: t.wierzbicki@example.com',
    'phone: +48 22 555 01 90',
    'location: Łódź, Poland',
    'links:',
    '  - github: https://github.com/twierzb',
    '  - https://wierzbicki.example.net',
    '---',
    '',
    '> Therapist who fits braces gently and explains every adjustment to teenagers and their parents.',
    '',
    '## Experience',
    '',
    '### Orthodontic Therapist @ Uśmiech Dental Studio',
    '',
    '*04/2020 – Present · Łódź, Poland*',
    '',
    'Private practice with four chairs and two orthodontists.',
    '',
    '* Fitted and adjusted fixed braces for about 30 patients a week.',
    '',
    '## Skills',
    '',
    '`Fixed Appliances` `Retainers` `Intraoral Scanning`',
    '',
    '## Languages',
    '',
    'Polish',
    ': Native',
    '',
    'English',
    ': Professional working',
  ].join('\n');

  it('reads known keys as the header a rendered page shows and drops page settings', () => {
    const header = readFrontMatter(markdown);
    expect(header?.lines).toEqual([
      'Tomasz Wierzbicki',
      'Orthodontic Therapist',
      't.wierzbicki@example.com · +48 22 555 01 90 · Łódź, Poland · https://github.com/twierzb · https://wierzbicki.example.net',
    ]);
    expect(header?.body.startsWith('## Summary')).toBe(true);
  });

  it('is absent without a closed fence, and a page title is no headline', () => {
    expect(readFrontMatter('---\nname: Unclosed\n\n## Experience')).toBeUndefined();
    expect(readFrontMatter('---\ntitle: Curriculum Vitae\nname: Ines Duarte\n---\n')?.lines).toEqual(['Ines Duarte']);
  });

  it('reads a nested contact map by its inner keys', () => {
    expect(readFrontMatter('---\nname: Ines Duarte\ncontact:\n  email: ines@example.pt\n  city: Braga\n---\n')?.lines).toEqual(['Ines Duarte', 'ines@example.pt · Braga']);
  });

  it('parses the whole document: basics, the introduction as summary, the job with its description, skills and languages', () => {
    const resume = parseResume(extractPlainText(bytes(markdown), 'md').text);
    expect(resume.basics).toMatchObject({ name: 'Tomasz Wierzbicki', label: 'Orthodontic Therapist', email: 't.wierzbicki@example.com' });
    expect(resume.basics.summary).toContain('fits braces gently');
    expect(resume.work).toHaveLength(1);
    expect(resume.work[0]).toMatchObject({ position: 'Orthodontic Therapist', name: 'Uśmiech Dental Studio', location: 'Łódź, Poland', startDate: '2020-04' });
    expect(resume.work[0]!.highlights).toEqual(['Fitted and adjusted fixed braces for about 30 patients a week.']);
    expect(extractPlainText(bytes(markdown), 'md').text).toContain('Skills\n\nFixed Appliances, Retainers, Intraoral Scanning');
    expect(resume.languages.map((language) => language.language)).toEqual(['Polish', 'English']);
  });

  it('turns pandoc definition lists into "term: definition" lines and code-span lists into comma lists', () => {
    expect(markdownToPlainText('Tools\n: Git, Docker\n\nSpoken\n\n: Polish\n: English')).toBe('Tools: Git, Docker\n\nSpoken: Polish, English');
    expect(markdownToPlainText('`Go` `Rust`  `SQL`')).toBe('Go, Rust, SQL');
  });
});

describe('a description sentence under a job header', () => {
  it('is a sentence, not a header naming an employer or role', () => {
    expect(isDescriptionSentence('Regional hub for two airlines and a cargo handler.')).toBe(true);
    expect(isDescriptionSentence('Nordic Freight Co.')).toBe(false);
    expect(isDescriptionSentence('Warehouse Operations Lead, Gothenburg')).toBe(false);
    expect(isDescriptionSentence('Worked there from 2019 to 2021 on night shifts.')).toBe(false);
  });

  it('stays with its job instead of opening a new entry', () => {
    const text = 'Experience\nShift Supervisor — Kestrel Bakeries\t2019 – 2022\nIndustrial bakery with three lines.\n• Cut waste by a fifth.';
    const { work } = parseResume(text);
    expect(work).toHaveLength(1);
    expect(work[0]).toMatchObject({ position: 'Shift Supervisor', name: 'Kestrel Bakeries', summary: 'Industrial bakery with three lines.' });
  });
});
