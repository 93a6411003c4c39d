import { parentPort, workerData } from 'node:worker_threads';
import { DocumentRejectedError } from './document-rejected.error.js';
import { extractDetectedDocument } from './extract-by-kind.js';
import type { ExtractionWorkerInput, ExtractionWorkerOutput } from './run-in-worker.js';

// Entry point of the extraction worker: one document per worker, result posted once, then exit.
// Only plain data crosses the boundary; rejections travel as { code, message }.
const input = workerData as ExtractionWorkerInput;

async function run(): Promise<ExtractionWorkerOutput> {
  if (input.simulateHangForTests) {
    // Lets tests prove that a stuck parser is terminated: a busy loop that never yields.
    for (;;) {
      /* spin */
    }
  }
  try {
    return { ok: true, document: await extractDetectedDocument(input.kind, input.bytes) };
  } catch (error) {
    if (error instanceof DocumentRejectedError) return { ok: false, rejection: error.toPlain() };
    return { ok: false, rejection: new DocumentRejectedError('EXTRACTION_FAILED').toPlain() };
  }
}

parentPort?.postMessage(await run());
