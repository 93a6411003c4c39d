/**
 * `Content-Disposition: attachment` for a file name in any script (RFC 6266): `filename*` carries the
 * exact name as UTF-8 (RFC 5987 encoding), which every current browser uses; `filename` is an ASCII
 * fallback for older clients, with anything else replaced by `_`.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.normalize('NFC').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(fileName.normalize('NFC'))}`;
}

/** Percent-encodes everything outside RFC 5987's attr-char (encodeURIComponent leaves ' ( ) * ! alone). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
