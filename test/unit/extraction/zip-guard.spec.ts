import { describe, expect, it } from 'vitest';
import { DocumentRejectedError } from '../../../src/modules/documents/extraction/document-rejected.error.js';
import { extractDocxText } from '../../../src/modules/documents/extraction/docx-text.js';
import { detectDocumentType } from '../../../src/modules/documents/extraction/file-type-detector.js';
import {
  inflateZipEntriesWithinLimits,
  inspectZipCentralDirectory,
} from '../../../src/modules/documents/extraction/zip-guard.js';
import { buildDocx, buildHonestZipBomb, buildLyingZipBomb, buildManyEntriesZip } from '../../helpers/hostile-files.js';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DocumentRejectedError ? error.code : `unexpected: ${String(error)}`;
  }
  return undefined;
}

describe('zip bomb guard', () => {
  it('rejects from the central directory when declared sizes exceed the budget, without inflating', async () => {
    const bomb = buildHonestZipBomb();
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(codeOf(() => inspectZipCentralDirectory(bomb))).toBe('ZIP_BOMB');
    const error = await detectDocumentType(bomb, 'resume.docx').catch((caught: unknown) => caught);
    expect((error as DocumentRejectedError).code).toBe('ZIP_BOMB');
  });

  it('stops inflating when an archive lies about its sizes', async () => {
    const bomb = buildLyingZipBomb();
    const entries = inspectZipCentralDirectory(bomb);
    expect(entries.reduce((sum, entry) => sum + entry.declaredUncompressedSize, 0)).toBeLessThan(10_000);
    expect(codeOf(() => inflateZipEntriesWithinLimits(bomb, entries, new Set()))).toBe('ZIP_BOMB');
    await expect(extractDocxText(bomb)).rejects.toMatchObject({ code: 'ZIP_BOMB' });
  });

  it('rejects archives with too many entries', () => {
    expect(codeOf(() => inspectZipCentralDirectory(buildManyEntriesZip(2001)))).toBe('ZIP_BOMB');
    expect(codeOf(() => inspectZipCentralDirectory(buildManyEntriesZip(10)))).toBeUndefined();
  });

  it('rejects an absurd compression ratio even under the total budget', () => {
    const dense = buildDocx([{ name: 'word/media/zeros.bin', content: Buffer.alloc(20 * 1024 * 1024) }]);
    expect(codeOf(() => inspectZipCentralDirectory(dense))).toBe('ZIP_BOMB');
  });

  it('reports a truncated archive as broken', () => {
    const docx = buildDocx();
    expect(codeOf(() => inspectZipCentralDirectory(docx.subarray(0, docx.length - 30)))).toBe('BROKEN_FILE');
  });

  it('lets a normal document through and returns the parts it was asked to keep', () => {
    const docx = buildDocx();
    const parts = inflateZipEntriesWithinLimits(docx, inspectZipCentralDirectory(docx), new Set(['word/document.xml']));
    expect(parts.get('word/document.xml')?.toString('utf8')).toContain('Jane Example');
  });
});
