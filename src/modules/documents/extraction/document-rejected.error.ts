import en from '../i18n/en.json' with { type: 'json' };

/**
 * Why an uploaded document could not be turned into text. The codes are stable (callers, the HTTP
 * layer and analytics switch on them); the messages (catalog `documents:rejected.*`) are written for
 * the person who uploaded the file, so they never contain parser internals.
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

/**
 * What a rejection says, as a key of the documents catalog (`documents:rejected.<key>`) with its
 * parameters: pages translate it for the reader; `message` is the English text (CLI, logs-free
 * callers), made from the same catalog so the two never drift apart.
 */
export type RejectionKey = keyof typeof en.rejected;

export interface RejectionReason {
  key: RejectionKey;
  params?: Record<string, string | number>;
}

export class DocumentRejectedError extends Error {
  override readonly name = 'DocumentRejectedError';
  readonly reason: RejectionReason;

  constructor(
    readonly code: DocumentRejectionCode,
    reason: RejectionReason = { key: code },
    options?: { cause?: unknown },
  ) {
    super(englishMessage(reason), options);
    this.reason = reason;
  }

  /** The plain shape that crosses the worker boundary (Error subclasses lose their fields in structured clone). */
  toPlain(): RejectionPayload {
    return { code: this.code, reason: this.reason };
  }

  static fromPlain(payload: RejectionPayload): DocumentRejectedError {
    return new DocumentRejectedError(payload.code, payload.reason);
  }
}

export interface RejectionPayload {
  code: DocumentRejectionCode;
  reason: RejectionReason;
}

export function isRejectionCode(value: unknown): value is DocumentRejectionCode {
  return typeof value === 'string' && Object.hasOwn(DocumentRejectionCode, value);
}

export function isRejectionKey(value: unknown): value is RejectionKey {
  return typeof value === 'string' && Object.hasOwn(en.rejected, value);
}

/** The catalog's English text with `{{name}}` parameters filled in. */
function englishMessage({ key, params = {} }: RejectionReason): string {
  return en.rejected[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
