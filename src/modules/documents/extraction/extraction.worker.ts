import { parentPort } from 'node:worker_threads';
import { DocumentRejectedError } from './document-rejected.error.js';
import { extractDetectedDocument } from './extract-by-kind.js';
import { detectDocumentType } from './file-type-detector.js';
import { readDocumentText } from './document-reading.js';
import { parseResume } from './resume-parser.js';
import type { ExtractionWorkerInput, ExtractionWorkerOutput } from './run-in-worker.js';

// Entry point of a pooled extraction worker: each message is one document, answered with exactly one
// message; the pool reuses the worker (modules already loaded) or ends it (see WorkerPool).
// Reading the file, parsing the résumé and finding sensitive data all happen here, under the worker's time and memory
// limits, so no user text is parsed on the main thread. Only plain data crosses the boundary;
// rejections travel as { code, message }. Nothing is kept between messages.
async function run(input: ExtractionWorkerInput): Promise<ExtractionWorkerOutput> {
  if (input.simulateHangForTests) {
    // Lets tests prove that a stuck parser is terminated: a busy loop that never yields.
    for (;;) {
      /* spin */
    }
  }
  try {
    const kind = 'text' in input ? undefined : (input.kind ?? (await detectDocumentType(input.bytes, input.filename)).kind);
    const document = 'text' in input ? undefined : await extractDetectedDocument(kind!, input.bytes);
    const text = document ? document.text : 'text' in input ? input.text : '';
    const resume = input.parseResume ? parseResume(text, input.parseResume) : undefined;
    const reading = input.read ? readDocumentText(text, input.read) : undefined;
    return { ok: true, ...(document ? { document } : {}), ...(resume ? { resume } : {}), ...(reading ? { reading } : {}) };
  } catch (error) {
    if (error instanceof DocumentRejectedError) return { ok: false, rejection: error.toPlain() };
    return { ok: false, rejection: new DocumentRejectedError('EXTRACTION_FAILED').toPlain() };
  }
}

if (!parentPort) throw new Error('extraction.worker.js runs only as a worker thread');
const port = parentPort;
port.on('message', (input: ExtractionWorkerInput) => {
  // run() turns every failure into an answer, so each message gets exactly one.
  void run(input).then((output) => port.postMessage(output));
});
