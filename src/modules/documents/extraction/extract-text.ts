import type { ExtractedDocument } from './extracted-document.js';
import { assertWithinUploadLimit, MAX_UPLOAD_BYTES_DEFAULT } from './file-type-detector.js';
import type { JsonResume } from '../../../kernel/resume/json-resume.js';
import type { ResumeParseOptions } from './resume-parser.js';
import type { DocumentReading, ReadingOptions } from './document-reading.js';
import { parseResumeInWorker, readTextInWorker, runExtractionInWorker, runResumeExtractionInWorker, type WorkerLimits } from './run-in-worker.js';

export type { DocumentReading, ReadingOptions } from './document-reading.js';

export { DocumentRejectedError, DocumentRejectionCode } from './document-rejected.error.js';
export type { DocumentLayout, ExtractedDocument, PageLayout } from './extracted-document.js';
export { MAX_UPLOAD_BYTES_DEFAULT, type DocumentKind } from './file-type-detector.js';

export interface ExtractOptions extends Partial<WorkerLimits> {
  /** Only used to tell Markdown from plain text; the type is otherwise decided by the bytes. */
  filename?: string;
  maxUploadBytes?: number;
}

/**
 * Public entry point: checks size, then, in a resource-limited worker, decides the type from the
 * bytes and extracts the text. Throws `DocumentRejectedError` with a plain-language message on any
 * file we will not or cannot read. Nothing but the size check touches the file on the main thread.
 */
export async function extractDocumentText(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { filename, maxUploadBytes = MAX_UPLOAD_BYTES_DEFAULT, ...limits } = options;
  assertWithinUploadLimit(bytes.byteLength, maxUploadBytes);
  return runExtractionInWorker({ bytes, ...(filename === undefined ? {} : { filename }) }, limits);
}

export interface ExtractedResume {
  document: ExtractedDocument;
  resume: JsonResume;
  /** Present when `read` was given. */
  reading?: DocumentReading;
}

/**
 * Reads a file and parses it into JSON Resume: type detection, text and parse all run in the
 * worker; with `read`, so does the search for sensitive data the document page shows.
 */
export async function extractResume(bytes: Uint8Array, options: ExtractOptions & ResumeParseOptions & { read?: ReadingOptions } = {}): Promise<ExtractedResume> {
  const { defaultCountry, filename, read, maxUploadBytes = MAX_UPLOAD_BYTES_DEFAULT, ...limits } = options;
  assertWithinUploadLimit(bytes.byteLength, maxUploadBytes);
  return runResumeExtractionInWorker({ bytes, ...(filename === undefined ? {} : { filename }) }, defaultCountry === undefined ? {} : { defaultCountry }, limits, read);
}

/** Finds sensitive data and personal-detail notes in a text, in the worker. */
export function readText(text: string, options: ReadingOptions & Partial<WorkerLimits>): Promise<DocumentReading> {
  const { contactBlock, ...limits } = options;
  return readTextInWorker(text, { contactBlock }, limits);
}

/** Re-parses text already read from a document (after a redaction, say), in the worker. */
export function reparseResume(text: string, options: ResumeParseOptions & Partial<WorkerLimits> = {}): Promise<JsonResume> {
  const { defaultCountry, ...limits } = options;
  return parseResumeInWorker(text, defaultCountry === undefined ? {} : { defaultCountry }, limits);
}
