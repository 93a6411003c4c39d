// Structural reading-order rules of the text extraction layer (issue #10 §2), each on a small
// document built here: Word tables whose cells hold several paragraphs, label/value CVs whose labels
// are top-aligned beside their values, section headings hanging in the left margin, and running
// headers and footers repeated on every page.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { tableRowLines } from '../../../src/modules/documents/extraction/docx-text.js';
import { extractDetectedDocument } from '../../../src/modules/documents/extraction/extract-by-kind.js';
import { layoutPageText, type PositionedText, withoutPageFurniture } from '../../../src/modules/documents/extraction/pdf-text.js';
import { reflowReader } from '../../../src/modules/documents/extraction/plain-text.js';
import { readWith } from '../../../src/modules/documents/extraction/plain-text-reader.js';

const cell = (width: number, ...paragraphs: Paragraph[]): TableCell => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: paragraphs });
const text = (words: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text: words, bold })] });
const bullet = (words: string): Paragraph => new Paragraph({ text: words, bullet: { level: 0 } });

async function docxOf(...children: Array<Paragraph | Table>): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('DOCX tables whose cells hold several paragraphs', () => {
  it('reads an entry beside a narrow cell of dates and place as title⇥dates, employer⇥place, then its bullets', async () => {
    const bytes = await docxOf(
      text('EXPERIENCE', true),
      new Table({
        rows: [
          new TableRow({
            children: [
              cell(25, text('03/2019 – 02/2022'), text('Lyon, France')),
              cell(75, text('Site Reliability Engineer', true), text('Quillmoor Analytics'), bullet('Cut paging noise by half with SLO-based alerts.'), bullet('Ran the on-call rota for nine engineers.')),
            ],
          }),
          new TableRow({ children: [cell(25, text('2012–2016')), cell(75, text('BSc Physics', true), text('University of Nowhere'))] }),
        ],
      }),
    );
    const { text: extracted, layout } = await extractDetectedDocument('docx', bytes);
    expect(layout.tables).toBe(1);
    expect(extracted.split('\n')).toEqual([
      'EXPERIENCE',
      'Site Reliability Engineer\t03/2019 – 02/2022',
      'Quillmoor Analytics\tLyon, France',
      '• Cut paging noise by half with SLO-based alerts.',
      '• Ran the on-call rota for nine engineers.',
      'BSc Physics\t2012–2016',
      'University of Nowhere',
    ]);
  });

  it('reads a header of name and headline beside contact lines cell by cell', async () => {
    const bytes = await docxOf(
      new Table({
        rows: [new TableRow({ children: [cell(50, text('Mara Quill', true), text('Data Engineer')), cell(50, text('Lyon, France'), text('mara@example.org'), text('+33 6 00 00 00 00'))] })],
      }),
    );
    expect((await extractDetectedDocument('docx', bytes)).text.split('\n')).toEqual(['Mara Quill', 'Data Engineer', 'Lyon, France', 'mara@example.org', '+33 6 00 00 00 00']);
  });

  it('keeps a row of one-paragraph cells on one tab-separated line', () => {
    expect(tableRowLines([['Languages'], ['English, French']])).toEqual(['Languages\tEnglish, French']);
    // A place under the dates of a one-line entry follows the entry, as a location line would.
    expect(tableRowLines([['2019 – 2021', 'Remote'], ['Analyst, Fenwick Ltd', '• Built the reports.']])).toEqual(['Analyst, Fenwick Ltd\t2019 – 2021', 'Remote', '• Built the reports.']);
  });
});

function labelValueRow(label: string, value: string, y: number, valueSize = 11): PositionedText[] {
  // Labels are 9 pt and right-aligned at x 176; values start at x 187. The cells are top-aligned, so
  // the smaller label's baseline sits above the value's by an amount that depends on the two sizes.
  const labelWidth = label.length * 4.5;
  return [
    { str: label, x: 176 - labelWidth, y: y + (valueSize - 9) * 1.15, width: labelWidth, fontSize: 9 },
    { str: value, x: 187, y, width: Math.min(360, value.length * 5.5), fontSize: valueSize },
  ];
}

describe('PDF label/value CVs with top-aligned labels', () => {
  it('puts each label in front of its value, and a heading label on its own line', () => {
    const items: PositionedText[] = [
      ...labelValueRow('Address', 'Lyon, France', 760),
      ...labelValueRow('Telephone', '+33 6 00 00 00 00', 739),
      ...labelValueRow('E-mail', 'mara@example.org', 718),
      { str: 'WORK EXPERIENCE', x: 176 - 70, y: 690, width: 70, fontSize: 9 },
      ...labelValueRow('May 2021 – Today', 'Site Reliability Engineer', 660, 12),
      { str: 'Quillmoor Analytics, Lyon', x: 187, y: 644, width: 130, fontSize: 11 },
      { str: 'Cut paging noise by half with SLO-based alerts and a weekly review.', x: 197, y: 626, width: 340, fontSize: 11 },
      { str: 'Ran the on-call rota for nine engineers across two sites.', x: 197, y: 608, width: 300, fontSize: 11 },
      ...labelValueRow('Jan 2018 – Apr 2021', 'Platform Engineer', 580, 12),
      { str: 'Fenwick Ltd, Paris', x: 187, y: 564, width: 100, fontSize: 11 },
      { str: 'EDUCATION AND TRAINING', x: 176 - 99, y: 536, width: 99, fontSize: 9 },
      ...labelValueRow('2012–2016', 'BSc Physics', 510, 12),
    ];
    const { text: extracted, layout } = layoutPageText(items, 1);
    expect(layout.columns).toBe(1);
    const lines = extracted.split('\n').filter((line) => line !== '');
    expect(lines).toContain('Telephone\t+33 6 00 00 00 00');
    expect(lines).toContain('May 2021 – Today\tSite Reliability Engineer');
    expect(lines).toContain('2012–2016\tBSc Physics');
    expect(lines.indexOf('WORK EXPERIENCE')).toBe(lines.indexOf('May 2021 – Today\tSite Reliability Engineer') - 1);
    expect(lines.indexOf('EDUCATION AND TRAINING')).toBe(lines.indexOf('2012–2016\tBSc Physics') - 1);
    // The indented lines under the value column are still list items.
    expect(lines).toContain('• Ran the on-call rota for nine engineers across two sites.');
  });

  it('still reads a left-aligned sidebar whose lines happen to sit near the main column’s as a column', () => {
    const items: PositionedText[] = [];
    for (let index = 0; index < 8; index++) items.push({ str: `Skill ${index}`, x: 40, y: 700 - index * 15 + 3, width: 40 + (index % 3) * 12, fontSize: 9 });
    for (let index = 0; index < 8; index++) items.push({ str: `Main column sentence ${index}`, x: 250, y: 700 - index * 15, width: 200, fontSize: 11 });
    const { text: extracted, layout } = layoutPageText(items, 1);
    expect(layout.columns).toBe(2);
    expect(extracted.indexOf('Skill 7')).toBeLessThan(extracted.indexOf('Main column sentence 0'));
  });
});

describe('PDF section headings hanging in the left margin', () => {
  it('splits a heading off the first line of its section', () => {
    const row = (y: number, ...cells: Array<[string, number, number]>): PositionedText[] => cells.map(([str, x, width]) => ({ str, x, y, width, fontSize: 10 }));
    const items: PositionedText[] = [
      ...row(700, ['EMPLOYMENT', 58, 62], ['Finance Manager, Terry and Sons', 155, 150], ['May 2024 – Today', 475, 80]),
      ...row(688, ['Bristol, UK', 155, 47]),
      ...row(670, ['EDUCATION', 58, 56], ['MBA, Bristol Metropolitan University', 155, 170], ['2013–2015', 505, 50]),
      ...row(650, ['Technical', 58, 45], ['Python, SQL', 155, 55]),
    ];
    const lines = layoutPageText(items, 1).text.split('\n').filter((line) => line !== '');
    expect(lines).toEqual(['EMPLOYMENT', 'Finance Manager, Terry and Sons\tMay 2024 – Today', 'Bristol, UK', 'EDUCATION', 'MBA, Bristol Metropolitan University\t2013–2015', 'Technical\tPython, SQL']);
  });
});

describe('PDF margins that hold section headings and nothing else', () => {
  const row = (y: number, ...cells: Array<[string, number, number]>): PositionedText[] => cells.map(([str, x, width]) => ({ str, x, y, width, fontSize: 10.9 }));
  // titlesec-style heads right-aligned in a wide left margin, a little left of the body, level with their first line.
  const page: PositionedText[] = [
    ...row(724, ['Ilse Varga', 137, 120]),
    ...row(709, ['Structural Welder', 137, 95]),
    ...row(665, ['Work History', 58, 64], ['Danube Shipyard', 137, 90], ['Apr. 2021 – Now', 470, 90]),
    ...row(652, ['Senior Welder', 137, 70], ['Komárno, Slovakia', 470, 90]),
    ...row(634, ['– Welded hull sections to class rules.', 138.4, 200]),
    ...row(612, ['Harbour Steelworks', 137, 95], ['2016 – 2021', 500, 60]),
    ...row(598, ['Welder', 137, 40]),
    ...row(570, ['Education', 70, 52], ['Welding Technology Diploma', 137, 140], ['2014 – 2016', 500, 60]),
    ...row(556, ['Technical School of Komárno', 137, 140]),
  ];

  it('reads a mixed-case head as its own line, above the line it is level with', () => {
    expect(layoutPageText(page, 1).text.split('\n').filter((line) => line !== '')).toEqual([
      'Ilse Varga',
      'Structural Welder',
      'Work History',
      'Danube Shipyard\tApr. 2021 – Now',
      'Senior Welder\tKomárno, Slovakia',
      '– Welded hull sections to class rules.',
      'Harbour Steelworks\t2016 – 2021',
      'Welder',
      'Education',
      'Welding Technology Diploma\t2014 – 2016',
      'Technical School of Komárno',
    ]);
  });

  it('leaves a margin that also holds other notes (a label beside its list) as it was', () => {
    const withLabel = [...page, ...row(530, ['Welding', 80, 42], ['MIG, TIG, stick', 137, 80])];
    const lines = layoutPageText(withLabel, 1).text.split('\n');
    expect(lines).not.toContain('Work History');
    expect(lines.some((line) => line.startsWith('Work History') && line.includes('Danube Shipyard'))).toBe(true);
  });
});

describe('PDF entries drawn in cards', () => {
  it('reads the employer line under a card’s role as the entry’s line, and only the further-indented lines as list items', () => {
    const run = (str: string, x: number, y: number, fontSize = 8.6): PositionedText => ({ str, x, y, width: str.length * fontSize * 0.5, fontSize });
    const card = (top: number, role: string, employer: string, dates: string, bullets: string[]): PositionedText[] => [
      run(role, 46.7, top, 9.6),
      run(dates, 470, top + 1.5, 7.6),
      run(employer, 46.7, top - 12.7),
      ...bullets.map((bullet, index) => run(bullet, 58, top - 27.7 - index * 12)),
    ];
    const items: PositionedText[] = [
      run('Ines Brandt', 36, 786, 21),
      run('Experience', 36, 647, 11),
      ...card(621, 'Pastry Chef', 'Hotel Lindenhof · Graz, Austria', 'Mar 2022 – Now', ['Ran a brigade of four on the breakfast and banquet pastry.', 'Cut flour waste by a third with weighed mise en place.']),
      ...card(540, 'Commis Pastry Cook', 'Café Sacher Wien · Vienna', 'Sep 2019 – Feb 2022', ['Laminated 40 kg of croissant dough a day.']),
    ];
    expect(layoutPageText(items, 1).text.split('\n').filter((line) => line !== '')).toEqual([
      'Ines Brandt',
      'Experience',
      'Pastry Chef\tMar 2022 – Now',
      'Hotel Lindenhof · Graz, Austria',
      '• Ran a brigade of four on the breakfast and banquet pastry.',
      '• Cut flour waste by a third with weighed mise en place.',
      'Commis Pastry Cook\tSep 2019 – Feb 2022',
      'Café Sacher Wien · Vienna',
      '• Laminated 40 kg of croissant dough a day.',
    ]);
  });
});

describe('PDF tables with a narrow left column of dates and places', () => {
  it('rejoins a date range wrapped after "to" and puts the place after the employer beside it', () => {
    const items: PositionedText[] = [
      { str: 'Hippolyte Prevost', x: 50, y: 780, width: 150, fontSize: 18 },
      { str: 'EXPERIENCE', x: 50, y: 700, width: 80, fontSize: 11 },
    ];
    const entry = (y: number, dates: string[], place: string, title: string, employer: string, bullets: string[]): void => {
      dates.forEach((part, index) => items.push({ str: part, x: 55.5, y: y - index * 11, width: part.length * 4.8, fontSize: 9.5 }));
      items.push({ str: place, x: 55.5, y: y - dates.length * 11, width: place.length * 4.8, fontSize: 9.5 });
      items.push({ str: title, x: 170.7, y: y - 0.6, width: title.length * 5.2, fontSize: 10 }, { str: employer, x: 170.7, y: y - 12.2, width: employer.length * 5, fontSize: 10 });
      bullets.forEach((bullet, index) => items.push({ str: `– ${bullet}`, x: 175.7, y: y - 27 - index * 11.7, width: 340, fontSize: 10 }));
    };
    entry(680, ['January 2020 to', 'November 2022'], 'Marseille', 'HR Generalist', 'Bernard et Baron', ['Organised graduate recruitment.', 'Introduced structured interviews.']);
    entry(610, ['May 2017 to January', '2020'], 'Bordeaux', 'Recruiter', 'Leclerc et Huet', ['Advised managers on restructures.']);
    entry(550, ['April 2014 – Now'], 'York, UK', 'HR Assistant', 'Clement SAS', []);
    const lines = layoutPageText(items, 1).text.split('\n').filter((line) => line !== '');
    expect(lines).toEqual([
      'Hippolyte Prevost',
      'EXPERIENCE',
      'January 2020 to November 2022\tHR Generalist',
      'Bernard et Baron\tMarseille',
      '– Organised graduate recruitment.',
      '– Introduced structured interviews.',
      'May 2017 to January 2020\tRecruiter',
      'Leclerc et Huet\tBordeaux',
      '– Advised managers on restructures.',
      'April 2014 – Now\tHR Assistant',
      'Clement SAS\tYork, UK',
    ]);
    // Rows above the column's first date are read as they always were: a short name beside the
    // headline a little to its right is one line, not a margin note in front of its text.
    const header: PositionedText[] = [
      { str: 'Mara Quill', x: 55.5, y: 800, width: 110, fontSize: 10 },
      { str: 'Data Engineer', x: 170.7, y: 800, width: 70, fontSize: 10 },
    ];
    expect(layoutPageText([...header, ...items], 1).text.split('\n')[0]).toBe('Mara Quill Data Engineer');
  });
});

describe('PDF web addresses broken at a hyphen', () => {
  it('rejoins the rest of a centred contact line’s address without a space', () => {
    const contact = 'Bristol, UK • +44 20 7946 0356 • wolf.laverne91@example.net • linkedin.com/in/laverne-';
    const items: PositionedText[] = [
      { str: 'Laverne Wolf', x: 226, y: 717, width: 160, fontSize: 24 },
      { str: contact, x: 59, y: 680, width: 494, fontSize: 10.5 },
      { str: 'wolf', x: 295, y: 666, width: 22, fontSize: 10.5 },
      { str: 'Experience', x: 57, y: 638, width: 60, fontSize: 12 },
      { str: 'Qualified accountant with eleven years in audit and industry and a liking for clean ledgers.', x: 57, y: 620, width: 494, fontSize: 10.5 },
    ];
    expect(layoutPageText(items, 1).text.split('\n')).toContain(`${contact}wolf`);
  });
});

describe('PDF page furniture', () => {
  it('drops a running footer and page numbers repeated on every page, and keeps the body', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let pageNumber = 1; pageNumber <= 2; pageNumber++) {
      const page = pdf.addPage([595, 842]);
      const body = pageNumber === 1 ? ['Mara Quill', 'Site Reliability Engineer', 'Quillmoor Analytics, Lyon'] : ['EDUCATION', 'BSc Physics, University of Nowhere'];
      body.forEach((line, index) => page.drawText(line, { x: 60, y: 760 - index * 16, size: 11, font }));
      page.drawText('Curriculum vitae — Mara Quill', { x: 34, y: 16, size: 7.5, font });
      page.drawText(`Page ${pageNumber} / 2`, { x: 520, y: 16, size: 7.5, font });
    }
    const { text: extracted } = await extractDetectedDocument('pdf', await pdf.save());
    expect(extracted).not.toContain('Curriculum vitae');
    expect(extracted).not.toMatch(/Page \d/);
    expect(extracted).toContain('Quillmoor Analytics, Lyon');
    expect(extracted).toContain('BSc Physics, University of Nowhere');
  });

  it('keeps a running header on the first page, where it may be all that names the person', () => {
    const page = (body: string): { items: PositionedText[]; height: number } => ({
      height: 842,
      items: [
        { str: 'Mara Quill · mara@example.org', x: 60, y: 810, width: 150, fontSize: 9 },
        { str: body, x: 60, y: 600, width: 150, fontSize: 11 },
        { str: '2', x: 290, y: 20, width: 5, fontSize: 9 },
      ],
    });
    const [first, second] = withoutPageFurniture([page('Experience'), page('Education')]);
    expect(first!.map((item) => item.str)).toEqual(['Mara Quill · mara@example.org', 'Experience']);
    expect(second!.map((item) => item.str)).toEqual(['Education']);
  });
});

describe("A browser's own print header and footer", () => {
  // A job site's résumé view printed from the browser: the time of printing and the page title on top,
  // the page's address and a page counter at the bottom, on a document of one page as on longer ones.
  async function printedProfile(header: string, pages: number): Promise<string> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let pageNumber = 1; pageNumber <= pages; pageNumber++) {
      const page = pdf.addPage([595, 842]);
      page.drawText(header, { x: 28, y: 822, size: 6, font });
      page.drawText('Orla Venn – Profile', { x: 280, y: 822, size: 6, font });
      const body = pageNumber === 1 ? ['Orla Venn', 'Glassblower', 'Experience', 'Lead Glassblower', 'Kiln Row Studio'] : ['Languages', 'Irish Native'];
      body.forEach((line, index) => page.drawText(line, { x: 43, y: 780 - index * 14, size: 10, font }));
      // The card's list items are indented from the card's text, which is indented from the page's header.
      if (pageNumber === 1) page.drawText('Blew 300 lamp shades a month for two hotel chains.', { x: 57, y: 780 - body.length * 14, size: 10, font });
      page.drawText('https://jobs.example.net/profile/print?id=77', { x: 28, y: 16, size: 6, font });
      page.drawText(`${pageNumber}/${pages}`, { x: 558, y: 16, size: 6, font });
    }
    return (await extractDetectedDocument('pdf', await pdf.save())).text;
  }

  it('drops the time, title, address and page counter, also from the first and only page', async () => {
    for (const header of ['11/30/26, 1:10 PM', '30.11.26, 13:10']) {
      const extracted = await printedProfile(header, 1);
      expect(extracted).not.toContain('Profile');
      expect(extracted).not.toContain('jobs.example.net');
      expect(extracted).not.toContain('1/1');
      expect(extracted.split('\n')[0]).toBe('Orla Venn');
    }
  });

  it("reads the card's lines as lines and only its indented items as list items once the header no longer sets the left edge", async () => {
    const lines = (await printedProfile('11/30/26, 1:10 PM', 2)).split('\n').filter((line) => line !== '');
    expect(lines).toEqual(['Orla Venn', 'Glassblower', 'Experience', 'Lead Glassblower', 'Kiln Row Studio', '• Blew 300 lamp shades a month for two hotel chains.', 'Languages', 'Irish Native']);
  });

  it('knows a Korean print time', () => {
    const page = { height: 842, items: [{ str: '26. 11. 30. 오후 2:38', x: 28, y: 822, width: 60, fontSize: 6 }, { str: '홍길동', x: 43, y: 780, width: 40, fontSize: 16 }] };
    expect(withoutPageFurniture([page])[0]!.map((item) => item.str)).toEqual(['홍길동']);
  });

  it('keeps a line of the résumé that merely starts with a date or a link', () => {
    const page = { height: 842, items: [{ str: '2019 – 2024 Lead Glassblower', x: 43, y: 820, width: 150, fontSize: 10 }, { str: 'https://orla.example.net', x: 43, y: 20, width: 150, fontSize: 10 }] };
    expect(withoutPageFurniture([page])[0]!.map((item) => item.str)).toEqual(['2019 – 2024 Lead Glassblower', 'https://orla.example.net']);
  });
});

describe('Plain-text résumés', () => {
  it('drops rule lines under headings and joins hard-wrapped list items back together', () => {
    const text = [
      'CAREER HISTORY',
      '==============',
      '',
      'Regional Sales Manager                                      May 2024 - Present',
      'Mishra Brothers, Pune',
      '  o Negotiated framework agreements with three national retail chains.',
      '  o Hired and coached a team of six account executives; four were promoted',
      '    within two years.',
      '  * Opened 19 new distributor accounts across the region in my first',
      '    year.',
      '',
      'Skills',
      '------',
      'Negotiation, CRM',
    ].join('\n');
    expect(readWith(reflowReader, text).split('\n')).toEqual([
      'CAREER HISTORY',
      '',
      '',
      'Regional Sales Manager                                      May 2024 - Present',
      'Mishra Brothers, Pune',
      '  • Negotiated framework agreements with three national retail chains.',
      '  • Hired and coached a team of six account executives; four were promoted within two years.',
      '  • Opened 19 new distributor accounts across the region in my first year.',
      '',
      'Skills',
      '',
      'Negotiation, CRM',
    ]);
  });

  it('leaves a line that merely starts with the word "o" or is indented differently alone', () => {
    expect(readWith(reflowReader, 'o dear, a lower-case start\n  - An item\n      deeper indent is not a wrap')).toBe('o dear, a lower-case start\n  • An item\n      deeper indent is not a wrap');
  });
});
