import { describe, expect, it } from 'vitest';
import { DocumentRejectedError } from '../../../src/modules/documents/extraction/document-rejected.error.js';
import {
  assertWithinUploadLimit,
  detectDocumentType,
  MAX_UPLOAD_BYTES_DEFAULT,
} from '../../../src/modules/documents/extraction/file-type-detector.js';
import { extractDocumentText } from '../../../src/modules/documents/extraction/extract-text.js';
import { readFixture } from '../../helpers/document-fixtures.js';
import { buildDocx, buildPng } from '../../helpers/hostile-files.js';

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentRejectedError) return error.code;
    throw error;
  }
  return 'ACCEPTED';
}

describe('detectDocumentType: magic bytes decide, never the name', () => {
  it('rejects a PNG renamed to .pdf as an unsupported image', async () => {
    const error = await detectDocumentType(buildPng(), 'resume.pdf').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentRejectedError);
    expect((error as DocumentRejectedError).code).toBe('UNSUPPORTED_TYPE');
    expect((error as DocumentRejectedError).message).toMatch(/image/);
  });

  it('reads a PDF named .txt as a PDF, and a DOCX named .pdf as a DOCX', async () => {
    expect((await detectDocumentType(readFixture('alex-morgan.single-column.pdf'), 'notes.txt')).kind).toBe('pdf');
    expect((await detectDocumentType(readFixture('mei-lin.standard.docx'), 'resume.pdf')).kind).toBe('docx');
  });

  it('requires word/document.xml inside a zip before calling it a DOCX', async () => {
    const error = await detectDocumentType(buildDocx([], { withDocumentPart: false }), 'resume.docx').catch((caught: unknown) => caught);
    expect((error as DocumentRejectedError).code).toBe('UNSUPPORTED_TYPE');
  });

  it('accepts UTF-8 text, and uses the name only to tell Markdown from plain text', async () => {
    const text = Buffer.from('Jane Doe\nEngineer\n');
    expect((await detectDocumentType(text, 'cv.txt')).kind).toBe('txt');
    expect((await detectDocumentType(text, 'cv.md')).kind).toBe('md');
    expect((await detectDocumentType(Buffer.from('# Jane\n\n- **Go**\n- Rust\n'))).kind).toBe('md');
  });

  it('rejects text with NUL bytes and invalid UTF-8', async () => {
    expect(await rejectionCode(detectDocumentType(Buffer.from('Jane\u0000Doe'), 'cv.txt'))).toBe('UNSUPPORTED_TYPE');
    expect(await rejectionCode(detectDocumentType(Buffer.from([0x4a, 0xff, 0xfe, 0x41, 0x0a]), 'cv.txt'))).toBe('UNSUPPORTED_TYPE');
  });

  it('rejects an empty file as broken', async () => {
    expect(await rejectionCode(detectDocumentType(Buffer.alloc(0)))).toBe('BROKEN_FILE');
  });
});

describe('size guard', () => {
  it('exposes a 10 MB default and rejects a 50 MB upload by size alone', () => {
    expect(MAX_UPLOAD_BYTES_DEFAULT).toBe(10 * 1024 * 1024);
    expect(() => assertWithinUploadLimit(50 * 1024 * 1024)).toThrow(DocumentRejectedError);
    try {
      assertWithinUploadLimit(50 * 1024 * 1024);
    } catch (error) {
      expect((error as DocumentRejectedError).code).toBe('TOO_LARGE');
      expect((error as DocumentRejectedError).message).toContain('10 MB');
    }
    expect(() => assertWithinUploadLimit(MAX_UPLOAD_BYTES_DEFAULT)).not.toThrow();
  });

  it('is applied by extractDocumentText before anything is parsed', async () => {
    expect(await rejectionCode(extractDocumentText(new Uint8Array(MAX_UPLOAD_BYTES_DEFAULT + 1)))).toBe('TOO_LARGE');
  });
});
