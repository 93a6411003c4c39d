/**
 * Why an uploaded document could not be turned into text. The codes are stable (callers, the HTTP
 * layer and analytics switch on them); the messages are written for the person who uploaded the
 * file, so they never contain parser internals.
 */
export const DocumentRejectionCode = {
  UNSUPPORTED_TYPE: 'UNSUPPORTED_TYPE',
  TOO_LARGE: 'TOO_LARGE',
  ENCRYPTED_PDF: 'ENCRYPTED_PDF',
  BROKEN_FILE: 'BROKEN_FILE',
  ZIP_BOMB: 'ZIP_BOMB',
  NO_TEXT_LAYER: 'NO_TEXT_LAYER',
  EXTRACTION_TIMEOUT: 'EXTRACTION_TIMEOUT',
  RESOURCE_LIMIT: 'RESOURCE_LIMIT',
  EXTRACTION_FAILED: 'EXTRACTION_FAILED',
} as const;

export type DocumentRejectionCode = (typeof DocumentRejectionCode)[keyof typeof DocumentRejectionCode];

const DEFAULT_MESSAGES: Record<DocumentRejectionCode, string> = {
  UNSUPPORTED_TYPE: 'This file type is not supported. Please upload a PDF, a Word document (.docx), or a plain text or Markdown file.',
  TOO_LARGE: 'This file is too large. Please upload a file under 10 MB.',
  ENCRYPTED_PDF: 'This PDF is password-protected. Please remove the password and upload it again.',
  BROKEN_FILE: 'This file appears to be damaged or incomplete, so we could not open it. Please export it again and retry.',
  ZIP_BOMB: 'This Word document is unusually large once unpacked, so we did not open it. Please save it again from your word processor and retry.',
  NO_TEXT_LAYER: 'We could not read text from this file. It may be a scan or an image; please upload a version with selectable text.',
  EXTRACTION_TIMEOUT: 'Reading this file took too long, so we stopped. Please try a simpler version of the document.',
  RESOURCE_LIMIT: 'Reading this file needed more memory than we allow, so we stopped. Please try a simpler version of the document.',
  EXTRACTION_FAILED: 'Something went wrong while reading this file. Please try again or upload it in another format.',
};

export class DocumentRejectedError extends Error {
  override readonly name = 'DocumentRejectedError';

  constructor(
    readonly code: DocumentRejectionCode,
    message: string = DEFAULT_MESSAGES[code],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The plain shape that crosses the worker boundary (Error subclasses lose their fields in structured clone). */
  toPlain(): RejectionPayload {
    return { code: this.code, message: this.message };
  }

  static fromPlain(payload: RejectionPayload): DocumentRejectedError {
    return new DocumentRejectedError(payload.code, payload.message);
  }
}

export interface RejectionPayload {
  code: DocumentRejectionCode;
  message: string;
}

export function isRejectionCode(value: unknown): value is DocumentRejectionCode {
  return typeof value === 'string' && value in DEFAULT_MESSAGES;
}
