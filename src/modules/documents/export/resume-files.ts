import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import { resumeBlocks, type ResumeBlock, type ResumeTextHeadings } from '../../../kernel/resume/resume-text.js';
import { PROJECT_ROOT } from '../../../platform/web/project-root.js';

/**
 * ATS-safe downloads of a résumé profile: one column, standard headings (in the reader's language),
 * real text in reading order, no tables, text boxes, headers or icons. Both files print exactly the
 * blocks the analysis reads (`resumeBlocks`), so reading a download back gives the same sections.
 *
 * pdf-lib, its font kit and docx are imported when a file is first asked for, not at start-up: they
 * are several megabytes of code that every process would otherwise hold for a rare download.
 */

/** Scripts the embedded PDF font (DejaVu Sans) has no glyphs for: Hangul, kana and CJK ideographs. */
const NOT_IN_PDF_FONT = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Whether the PDF can print every character. When it cannot (Korean text or headings), the DOCX is
 * offered instead and the page says why: a font that covers Hangul is several megabytes, and we do
 * not ship one yet.
 */
export function pdfCanPrint(blocks: readonly ResumeBlock[]): boolean {
  return !blocks.some((b) => NOT_IN_PDF_FONT.test(b.text));
}

let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
function loadFonts(): Promise<{ regular: Buffer; bold: Buffer }> {
  fonts ??= Promise.all([readFile(join(PROJECT_ROOT, 'static/fonts/DejaVuSans.ttf')), readFile(join(PROJECT_ROOT, 'static/fonts/DejaVuSans-Bold.ttf'))]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const SIZE = { name: 18, heading: 12, body: 10 };

export async function resumePdf(resume: JsonResume, headings: ResumeTextHeadings, title: string): Promise<Buffer> {
  const [{ PDFDocument }, { default: fontkit }] = await Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]);
  const blocks = resumeBlocks(resume, headings);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setCreator('Candor');
  const { regular, bold } = await loadFonts();
  // Subsetting keeps a one-page résumé small; the font is still embedded, so it prints the same everywhere.
  const font = await pdf.embedFont(regular, { subset: true });
  const boldFont = await pdf.embedFont(bold, { subset: true });
  const width = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  /** `hanging`: where wrapped lines start, under the text rather than under the bullet, as readers (and parsers) expect. */
  const write = (text: string, f: PDFFont, size: number, indent = 0, before = 0, hanging = indent): void => {
    y -= before;
    wrap(text, f, size, width - hanging).forEach((line, i) => {
      if (y - size < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size * 1.35;
      page.drawText(line, { x: PAGE.margin + (i === 0 ? indent : hanging), y, size, font: f });
    });
  };
  for (const block of blocks) {
    if (block.kind === 'name') write(block.text, boldFont, SIZE.name);
    else if (block.kind === 'heading') write(block.text.toUpperCase(), boldFont, SIZE.heading, 0, 10);
    else if (block.kind === 'entry') write(block.text, boldFont, SIZE.body, 0, 4);
    // A hyphen bullet is what every ATS reads as a list item; a wrapped line is indented under it.
    else if (block.kind === 'bullet') write(`- ${block.text}`, font, SIZE.body, 10, 0, 10 + font.widthOfTextAtSize('- ', SIZE.body));
    else write(block.text, font, SIZE.body);
  }
  return Buffer.from(await pdf.save());
}

/** Greedy word wrap; a word longer than the line (a URL) is left whole rather than cut. */
function wrap(text: string, font: PDFFont, size: number, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > max) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  return current ? [...lines, current] : lines;
}

export async function resumeDocx(resume: JsonResume, headings: ResumeTextHeadings, title: string, language: string): Promise<Buffer> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const paragraphs = resumeBlocks(resume, headings).map((block) => {
    switch (block.kind) {
      case 'name':
        return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT, children: [new TextRun({ text: block.text, bold: true })] });
      case 'heading':
        return new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text });
      case 'entry':
        return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: block.text, bold: true })] });
      case 'bullet':
        return new Paragraph({ text: block.text, bullet: { level: 0 } });
      default:
        return new Paragraph({ text: block.text });
    }
  });
  const doc = new Document({
    title,
    creator: 'Candor',
    styles: { default: { document: { run: { font: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Malgun Gothic' }, size: 21, language: { value: language, eastAsia: 'ko-KR' } } } } },
    sections: [{ children: paragraphs }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
