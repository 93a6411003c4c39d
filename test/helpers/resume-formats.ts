import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** One candidate, written three ways by the tests the way people's own tools write them. */
export interface SampleResume {
  name: string;
  headline: string;
  contact: string;
  summary: string;
  roles: Array<{ title: string; employer: string; dates: string; bullets: string[] }>;
  education: Array<{ degree: string; school: string; dates: string }>;
  skills: string[];
}

export const SAMPLE_RESUME: SampleResume = {
  name: 'Jordan Lee',
  headline: 'Senior Backend Engineer',
  contact: 'jordan.lee@example.com · +1 415 555 0134 · Portland, OR · github.com/jordanlee',
  summary: 'Backend engineer with eight years of building payment and logistics services in Go and Python.',
  roles: [
    {
      title: 'Senior Backend Engineer',
      employer: 'Northwind Logistics',
      dates: 'Mar 2021 – Present',
      bullets: [
        'Designed event-driven microservices in Go that route 3 million parcels a day across 14 warehouses',
        'Cut p99 API latency from 900 ms to 120 ms by moving hot reads to Redis and tuning PostgreSQL indexes',
        'Mentored 4 engineers and led the on-call rotation, reducing pages by 45% in one year',
      ],
    },
    {
      title: 'Software Engineer',
      employer: 'Contoso Payments',
      dates: 'Jun 2017 – Feb 2021',
      bullets: [
        'Built the refunds service in Python and Django, processing $40 million a year',
        'Migrated 30 services to Kubernetes on AWS with Terraform, saving 25% in hosting costs',
        'Wrote integration tests that caught 120 regressions before release',
      ],
    },
  ],
  education: [{ degree: 'B.S., Computer Science', school: 'Oregon State University', dates: '2013 – 2017' }],
  skills: ['Go', 'Python', 'PostgreSQL', 'Redis', 'Kafka', 'Kubernetes', 'AWS', 'Terraform', 'gRPC'],
};

export function sampleText(r: SampleResume): string {
  return [
    r.name,
    r.headline,
    r.contact,
    '',
    'SUMMARY',
    r.summary,
    '',
    'EXPERIENCE',
    ...r.roles.flatMap((role) => [`${role.title}, ${role.employer} — ${role.dates}`, ...role.bullets.map((b) => `- ${b}`), '']),
    'EDUCATION',
    ...r.education.map((e) => `${e.degree}, ${e.school}, ${e.dates}`),
    '',
    'SKILLS',
    r.skills.join(', '),
    '',
  ].join('\n');
}

/**
 * A designed PDF: large name, a left sidebar with the skills, dates right-aligned on the role line,
 * "•" bullets wrapped over lines — what template sites produce, and what ATS parsers find hardest.
 */
export async function samplePdf(r: SampleResume): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page: PDFPage = pdf.addPage([595, 842]);
  const left = 200;
  const width = 355;
  let sidebarY = 700;
  page.drawText('SKILLS', { x: 40, y: sidebarY, size: 12, font: bold });
  for (const skill of r.skills) {
    sidebarY -= 14;
    page.drawText(skill, { x: 40, y: sidebarY, size: 10, font });
  }
  let y = 790;
  const line = (text: string, f: PDFFont = font, size = 10, x = left): void => {
    page.drawText(text.replace(/[–—·]/g, (c) => ({ '–': '-', '—': '-', '·': '|' })[c]!), { x, y, size, font: f });
  };
  const next = (gap = 14): void => {
    y -= gap;
  };
  const wrap = (text: string, size: number, max: number): string[] => {
    const out: string[] = [];
    let current = '';
    for (const word of text.split(' ')) {
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > max && current) {
        out.push(current);
        current = word;
      } else current = candidate;
    }
    return [...out, current];
  };
  line(r.name, bold, 20);
  next(22);
  line(r.headline, font, 12);
  next(16);
  line(r.contact);
  next(24);
  const heading = (text: string): void => {
    line(text.toUpperCase(), bold, 12);
    next(16);
  };
  heading('Summary');
  for (const l of wrap(r.summary, 10, width)) {
    line(l);
    next();
  }
  next(8);
  heading('Experience');
  for (const role of r.roles) {
    line(`${role.title}, ${role.employer}`, bold);
    const dates = role.dates.replace('–', '-');
    page.drawText(dates, { x: left + width - font.widthOfTextAtSize(dates, 10), y, size: 10, font });
    next();
    for (const bullet of role.bullets) {
      line('•', font, 10, left + 4);
      wrap(bullet, 10, width - 16).forEach((l, i) => {
        if (i > 0) next(12);
        line(l, font, 10, left + 16);
      });
      next();
    }
    next(6);
  }
  heading('Education');
  for (const e of r.education) {
    line(`${e.degree}, ${e.school}`);
    const dates = e.dates.replace('–', '-');
    page.drawText(dates, { x: left + width - font.widthOfTextAtSize(dates, 10), y, size: 10, font });
    next();
  }
  return Buffer.from(await pdf.save());
}

/** A Word document: real headings, Word bullet lists and a right tab stop for the dates. */
export async function sampleDocx(r: SampleResume): Promise<Buffer> {
  const tab = [{ type: TabStopType.RIGHT, position: 9000 }];
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: r.name, bold: true, size: 36 })] }),
          new Paragraph(r.headline),
          new Paragraph(r.contact),
          heading('Summary'),
          new Paragraph(r.summary),
          heading('Experience'),
          ...r.roles.flatMap((role) => [
            new Paragraph({ tabStops: tab, children: [new TextRun({ text: `${role.title}, ${role.employer}`, bold: true }), new TextRun(`\t${role.dates}`)] }),
            ...role.bullets.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })),
          ]),
          heading('Education'),
          ...r.education.map((e) => new Paragraph({ tabStops: tab, children: [new TextRun(`${e.degree}, ${e.school}`), new TextRun(`\t${e.dates}`)] })),
          heading('Skills'),
          new Paragraph(r.skills.join(', ')),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
