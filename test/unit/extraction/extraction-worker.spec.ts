import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocumentText, extractResume, reparseResume } from '../../../src/modules/documents/extraction/extract-text.js';
import { resolveWorkerScript, runExtractionInWorker } from '../../../src/modules/documents/extraction/run-in-worker.js';
import { readFixture } from '../../helpers/document-fixtures.js';
import { buildEncryptedPdf, buildLyingZipBomb } from '../../helpers/hostile-files.js';

// These run the real worker, which loads the compiled script from dist/ (see resolveWorkerScript);
// `npm test` builds first, and so must anyone running this file alone.
describe('extraction worker', () => {
  it('resolves the compiled worker script from the TypeScript sources', () => {
    const script = resolveWorkerScript();
    expect(script.pathname).toMatch(/dist\/src\/modules\/documents\/extraction\/extraction\.worker\.js$/);
    expect(existsSync(fileURLToPath(script))).toBe(true);
  });

  it('extracts a PDF and parses it end to end', async () => {
    const { document, resume } = await extractResume(readFixture('priya-raman.two-column.pdf'), { filename: 'cv.pdf' });
    expect(document).toMatchObject({ kind: 'pdf', pages: 1, hasTextLayer: true, layout: { columns: 2 } });
    expect(resume.basics.name).toBe('Priya Raman');
  });

  it('extracts a DOCX with its table structure', async () => {
    const document = await extractDocumentText(readFixture('daniel-okafor.table.docx'));
    expect(document.kind).toBe('docx');
    expect(document.layout.tables).toBe(2);
    expect(document.text).toContain('Irwell Bank plc\tFinancial Analyst\tSep 2018 – Dec 2021');
  });

  it('carries typed rejections back from the worker', async () => {
    await expect(extractDocumentText(buildEncryptedPdf())).rejects.toMatchObject({ name: 'DocumentRejectedError', code: 'ENCRYPTED_PDF' });
    await expect(extractDocumentText(buildLyingZipBomb())).rejects.toMatchObject({ code: 'ZIP_BOMB' });
  });

  it('terminates a worker that exceeds its time limit', async () => {
    const started = Date.now();
    await expect(
      runExtractionInWorker({ kind: 'txt', bytes: Buffer.from('x'), simulateHangForTests: true }, { timeoutMs: 300 }),
    ).rejects.toMatchObject({ code: 'EXTRACTION_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
    // The pool slot is released: the next extraction still works.
    const document = await extractDocumentText(Buffer.from('Jane Doe\nEngineer\n'), { timeoutMs: 10_000 });
    expect(document.text).toContain('Jane Doe');
  });

  it('times out real extraction work under a tiny budget', async () => {
    await expect(extractDocumentText(readFixture('hannah-schmidt.two-page.pdf'), { timeoutMs: 1 })).rejects.toMatchObject({
      code: 'EXTRACTION_TIMEOUT',
    });
  });

  it('parses the résumé inside the worker, under its time limit', async () => {
    // A parse on the main thread could not be cut short; in the worker it is, like extraction.
    await expect(reparseResume('Jane Doe\n'.repeat(200_000), { timeoutMs: 1 })).rejects.toMatchObject({ code: 'EXTRACTION_TIMEOUT' });
    const resume = await reparseResume('Jane Doe\njane@example.com\n');
    expect(resume.basics).toMatchObject({ name: 'Jane Doe', email: 'jane@example.com' });
  });

  it('reads a hostile text file (one 1 MB run of letters) quickly, parse included', async () => {
    const started = Date.now();
    const { document, resume } = await extractResume(Buffer.from('a'.repeat(1024 * 1024)), { filename: 'a.txt' });
    expect(document.kind).toBe('txt');
    expect(resume.basics.email).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
