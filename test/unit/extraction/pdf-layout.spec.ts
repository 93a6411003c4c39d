import { describe, expect, it } from 'vitest';
import { extractDetectedDocument } from '../../../src/modules/documents/extraction/extract-by-kind.js';
import { layoutPageText, type PositionedText } from '../../../src/modules/documents/extraction/pdf-text.js';
import { readFixture } from '../../helpers/document-fixtures.js';
import { buildEncryptedPdf, buildPdfWithoutText } from '../../helpers/hostile-files.js';

function indexOrFail(text: string, needle: string): number {
  const index = text.indexOf(needle);
  expect(index, `"${needle}" missing from:\n${text}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('PDF layout: columns never interleave', () => {
  it('reads a left sidebar completely before the main column', async () => {
    const document = await extractDetectedDocument('pdf', readFixture('priya-raman.two-column.pdf'));
    expect(document.layout.columns).toBe(2);
    const text = document.text;
    const sidebar = ['Contact', 'priya.raman@example.com', 'Figma', 'Design Systems', 'Goldsmiths, University of London', 'Tamil (Fluent)'];
    const main = ['Profile', 'Product designer focused on accessible', 'Work Experience', 'Lead Product Designer, Meridian Health Ltd', 'Sep 2017 – Dec 2020'];
    const lastSidebar = Math.max(...sidebar.map((needle) => indexOrFail(text, needle)));
    const firstMain = Math.min(...main.map((needle) => indexOrFail(text, needle)));
    expect(lastSidebar).toBeLessThan(firstMain);
    // The banner above the columns comes first, and no line mixes the two columns.
    expect(indexOrFail(text, 'PRIYA RAMAN')).toBeLessThan(indexOrFail(text, 'Contact'));
    for (const line of text.split('\n')) expect(line.includes('Figma') && line.includes('Designer')).toBe(false);
  });

  it('reads a right sidebar after the main column', async () => {
    const document = await extractDetectedDocument('pdf', readFixture('emma-dubois.right-sidebar.pdf'));
    expect(document.layout.columns).toBe(2);
    const text = document.text;
    expect(indexOrFail(text, 'Launched the company newsletter')).toBeLessThan(indexOrFail(text, 'Contact Details'));
    expect(indexOrFail(text, 'About Me')).toBeLessThan(indexOrFail(text, 'Content Strategy'));
  });

  it('keeps the cells of a table row on one tab-separated line', async () => {
    const document = await extractDetectedDocument('pdf', readFixture('tomas-novak.table.pdf'));
    expect(document.layout.columns).toBe(1);
    expect(document.layout.tables).toBeGreaterThanOrEqual(2);
    expect(document.text.split('\n')).toContain('Spreefluss Logistics GmbH\tSenior Data Engineer\t04/2021 – Present');
  });

  it('treats a right-aligned date as part of its line, not as a second column', async () => {
    const document = await extractDetectedDocument('pdf', readFixture('alex-morgan.single-column.pdf'));
    expect(document.layout.columns).toBe(1);
    expect(document.text.split('\n')).toContain('Senior Backend Engineer\tMar 2020 – Present');
  });

  it('separates two synthetic columns with staggered baselines', () => {
    const items: PositionedText[] = [];
    for (let index = 0; index < 10; index++) items.push({ str: `left ${index}`, x: 40, y: 700 - index * 12, width: 60, fontSize: 9 });
    for (let index = 0; index < 8; index++) items.push({ str: `right ${index}`, x: 250, y: 705 - index * 15, width: 200, fontSize: 10 });
    const { text, layout } = layoutPageText(items, 1);
    expect(layout.columns).toBe(2);
    expect(text.indexOf('left 9')).toBeLessThan(text.indexOf('right 0'));
  });

  it('keeps row-aligned cells together instead of calling them columns', () => {
    const items: PositionedText[] = [];
    for (let index = 0; index < 8; index++) {
      items.push({ str: `Company ${index}`, x: 40, y: 700 - index * 14, width: 80, fontSize: 10 });
      items.push({ str: `20${10 + index} – 20${11 + index}`, x: 400, y: 700 - index * 14, width: 60, fontSize: 10 });
    }
    const { text, layout } = layoutPageText(items, 1);
    expect(layout.columns).toBe(1);
    expect(text.split('\n')[0]).toBe('Company 0\t2010 – 2011');
  });
});

describe('PDF rejections', () => {
  it('rejects a truncated PDF as broken', async () => {
    const pdf = readFixture('alex-morgan.single-column.pdf');
    await expect(extractDetectedDocument('pdf', pdf.subarray(0, Math.floor(pdf.length * 0.6)))).rejects.toMatchObject({
      code: 'BROKEN_FILE',
      message: expect.stringMatching(/incomplete/),
    });
  });

  it('rejects a password-protected PDF', async () => {
    await expect(extractDetectedDocument('pdf', buildEncryptedPdf())).rejects.toMatchObject({
      code: 'ENCRYPTED_PDF',
      message: expect.stringMatching(/password/),
    });
  });

  it('refuses to invent text for a PDF without a text layer', async () => {
    await expect(extractDetectedDocument('pdf', await buildPdfWithoutText())).rejects.toMatchObject({
      code: 'NO_TEXT_LAYER',
      message: expect.stringMatching(/We could not read text from this file/),
    });
  });
});
