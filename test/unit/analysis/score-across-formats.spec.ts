import { describe, expect, it } from 'vitest';
import { extractResume } from '../../../src/modules/documents/extraction/extract-text.js';
import { analysedText } from '../../../src/modules/analysis/scoring/analysed-text.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { SAMPLE_RESUME, sampleDocx, samplePdf, sampleText } from '../../helpers/resume-formats.js';

const JOB = `Senior Backend Engineer
Requirements:
- 5+ years of professional experience
- Go and PostgreSQL
- Kubernetes and AWS
- Event-driven architecture
Nice to have: Kafka, gRPC`;

/** The analysis as the service runs it: the file read in the extraction worker, then read through its sections. */
async function scoreOf(bytes: Buffer, filename: string, job?: string) {
  const { document, resume } = await extractResume(bytes, { filename });
  const report = analyzeResume({
    text: analysedText(document.text, resume, false),
    fileText: document.text,
    resume,
    job,
    layout: { columns: document.layout.columns, hasTextLayer: document.hasTextLayer, tables: document.layout.tables, pages: document.pages },
  });
  return { score: report.score, breakdown: Object.fromEntries(report.breakdown.map((b) => [b.id, b.score])) };
}

describe('the same candidate scores the same from PDF, DOCX and text (#12 item 2)', { timeout: 30_000 }, () => {
  for (const job of [undefined, JOB]) {
    it(job ? 'against a job' : 'without a job', async () => {
      const scores = {
        pdf: await scoreOf(await samplePdf(SAMPLE_RESUME), 'jordan-lee.pdf', job),
        docx: await scoreOf(await sampleDocx(SAMPLE_RESUME), 'jordan-lee.docx', job),
        txt: await scoreOf(Buffer.from(sampleText(SAMPLE_RESUME)), 'jordan-lee.txt', job),
      };
      const values = Object.values(scores).map((s) => s.score);
      expect(Math.max(...values) - Math.min(...values), JSON.stringify(scores)).toBeLessThanOrEqual(3);
      // Content is judged from the bullets whatever the file: the PDF's "•" glyphs and wrapped lines do not lose them.
      expect(scores.pdf.breakdown.content, JSON.stringify(scores)).toBeGreaterThan(50);
    });
  }
});
