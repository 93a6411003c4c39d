import type { ExtractedDocument } from './extracted-document.js';
import { assertWithinUploadLimit, detectDocumentType, MAX_UPLOAD_BYTES_DEFAULT } from './file-type-detector.js';
import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import type { ResumeParseOptions } from './resume-parser.js';
import { runExtractionInWorker, runResumeExtractionInWorker, type WorkerLimits } from './run-in-worker.js';

export { DocumentRejectedError, DocumentRejectionCode } from './document-rejected.error.js';
export type { DocumentLayout, ExtractedDocument, PageLayout } from './extracted-document.js';
export { MAX_UPLOAD_BYTES_DEFAULT, type DocumentKind } from './file-type-detector.js';

export interface ExtractOptions extends Partial<WorkerLimits> {
  /** Only used to tell Markdown from plain text; the type is otherwise decided by the bytes. */
  filename?: string;
  maxUploadBytes?: number;
}

/**
 * Public entry point: checks size, decides the type from the bytes, then extracts text in a
 * resource-limited worker. Throws `DocumentRejectedError` with a plain-language message on any
 * file we will not or cannot read.
 */
export async function extractDocumentText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { filename, maxUploadBytes = MAX_UPLOAD_BYTES_DEFAULT, ...limits } = options;
  assertWithinUploadLimit(bytes.byteLength, maxUploadBytes);
  const detected = await detectDocumentType(bytes, filename);
  return runExtractionInWorker({ kind: detected.kind, bytes }, limits);
}

export interface ExtractedResume {
  document: ExtractedDocument;
  resume: JsonResume;
}

/** Reads a file and parses it into JSON Resume, both inside the resource-limited worker. */
export async function extractResume(bytes: Uint8Array, options: ExtractOptions & ResumeParseOptions = {}): Promise<ExtractedResume> {
  const { defaultCountry, filename, maxUploadBytes = MAX_UPLOAD_BYTES_DEFAULT, ...limits } = options;
  assertWithinUploadLimit(bytes.byteLength, maxUploadBytes);
  const detected = await detectDocumentType(bytes, filename);
  return runResumeExtractionInWorker({ kind: detected.kind, bytes }, defaultCountry === undefined ? {} : { defaultCountry }, limits);
}
