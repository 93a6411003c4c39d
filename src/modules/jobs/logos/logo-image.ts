/**
 * A company logo's bytes, checked and cleaned without an image library (none is installed): the
 * type is read from the file's own signature (never the upload's Content-Type), the dimensions from
 * its header, and metadata is removed by dropping the container's metadata chunks (PNG text/EXIF/time
 * chunks, JPEG APP1–APP15 and comments, WebP EXIF/XMP). The pixels are not re-encoded: they are
 * stored as sent, so a malformed image stream inside a valid container is passed on to the browser,
 * which decodes it in its own sandboxed image decoder (served with `nosniff`, as an image only).
 */

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_SIDE = 2048;

export type LogoRejection = 'notImage' | 'tooLarge' | 'tooManyPixels';

export class LogoRejectedError extends Error {
  override name = 'LogoRejectedError';
  constructor(readonly reason: LogoRejection) {
    super(`Logo rejected: ${reason}`);
  }
}

export interface LogoImage {
  type: LogoType;
  width: number;
  height: number;
  /** The file without its metadata. */
  bytes: Buffer;
}

/** Checks and cleans an uploaded logo; throws LogoRejectedError with the reason to show. */
export function readLogo(input: Buffer): LogoImage {
  if (input.length > LOGO_MAX_BYTES) throw new LogoRejectedError('tooLarge');
  const image = parse(input);
  if (!image || image.width < 1 || image.height < 1) throw new LogoRejectedError('notImage');
  if (image.width > LOGO_MAX_SIDE || image.height > LOGO_MAX_SIDE) throw new LogoRejectedError('tooManyPixels');
  return image;
}

function parse(input: Buffer): LogoImage | null {
  try {
    if (input.subarray(0, 8).equals(PNG_SIGNATURE)) return png(input);
    if (input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return jpeg(input);
    if (input.toString('latin1', 0, 4) === 'RIFF' && input.toString('latin1', 8, 12) === 'WEBP') return webp(input);
    return null;
  } catch (error) {
    // A header that points past the end of the file: not an image we can vouch for.
    if (error instanceof RangeError || error instanceof MalformedImageError) return null;
    throw error;
  }
}

class MalformedImageError extends Error {}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Chunks needed to draw the image and its colours; everything else (tEXt, zTXt, iTXt, eXIf, tIME, …) is dropped. */
const PNG_KEPT_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'IDAT', 'IEND']);

function png(input: Buffer): LogoImage {
  const kept: Buffer[] = [PNG_SIGNATURE];
  let offset = 8;
  let width = 0;
  let height = 0;
  let ended = false;
  while (offset < input.length && !ended) {
    const length = input.readUInt32BE(offset);
    const type = input.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > input.length) throw new MalformedImageError('PNG chunk past the end');
    if (offset === 8) {
      if (type !== 'IHDR') throw new MalformedImageError('PNG without IHDR first');
      width = input.readUInt32BE(offset + 8);
      height = input.readUInt32BE(offset + 12);
    }
    if (PNG_KEPT_CHUNKS.has(type)) kept.push(input.subarray(offset, end));
    ended = type === 'IEND';
    offset = end;
  }
  if (!ended) throw new MalformedImageError('PNG without IEND');
  return { type: 'image/png', width, height, bytes: Buffer.concat(kept) };
}

/** Start-of-frame markers (SOF0–SOF15 except DHT, JPG and DAC), which carry the dimensions. */
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** APP0 (JFIF) and APP14 (Adobe colour transform) are needed to decode; APP1–APP13 and APP15 (EXIF, XMP, IPTC, ICC…) and comments are not. */
const isMetadata = (marker: number): boolean => (marker >= 0xe1 && marker <= 0xef && marker !== 0xee) || marker === 0xfe;

function jpeg(input: Buffer): LogoImage {
  const kept: Buffer[] = [input.subarray(0, 2)];
  let offset = 2;
  let width = 0;
  let height = 0;
  while (offset < input.length) {
    if (input[offset] !== 0xff) throw new MalformedImageError('JPEG segment without a marker');
    const marker = input[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      kept.push(input.subarray(offset, offset + 2));
      if (!width) throw new MalformedImageError('JPEG without a frame');
      return { type: 'image/jpeg', width, height, bytes: Buffer.concat(kept) };
    }
    const length = input.readUInt16BE(offset + 2);
    let end = offset + 2 + length;
    if (length < 2 || end > input.length) throw new MalformedImageError('JPEG segment past the end');
    if (isStartOfFrame(marker)) {
      height = input.readUInt16BE(offset + 5);
      width = input.readUInt16BE(offset + 7);
    }
    if (marker === 0xda) end = endOfScan(input, end); // the scan's entropy-coded data runs to the next marker
    if (!isMetadata(marker)) kept.push(input.subarray(offset, end));
    offset = end;
  }
  throw new MalformedImageError('JPEG without an end marker');
}

/** The offset of the first marker after a scan's data: 0xFF followed by neither 0x00 (a stuffed byte) nor a restart marker. */
function endOfScan(input: Buffer, from: number): number {
  for (let i = from; i < input.length - 1; i++) {
    if (input[i] !== 0xff) continue;
    const next = input[i + 1]!;
    if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) return i;
  }
  throw new MalformedImageError('JPEG scan without an end');
}

/** VP8X flags for the EXIF and XMP chunks this drops. */
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function webp(input: Buffer): LogoImage {
  const riffEnd = 8 + input.readUInt32LE(4);
  if (riffEnd > input.length) throw new MalformedImageError('WebP shorter than its RIFF size');
  const kept: Buffer[] = [];
  let width = 0;
  let height = 0;
  let offset = 12;
  while (offset + 8 <= riffEnd) {
    const type = input.toString('latin1', offset, offset + 4);
    const size = input.readUInt32LE(offset + 4);
    const data = offset + 8;
    const end = data + size + (size % 2);
    if (data + size > riffEnd) throw new MalformedImageError('WebP chunk past the end');
    if (type === 'VP8X') {
      width = 1 + input.readUIntLE(data + 4, 3);
      height = 1 + input.readUIntLE(data + 7, 3);
      const chunk = Buffer.from(input.subarray(offset, end));
      chunk[8] = chunk[8]! & ~(VP8X_EXIF | VP8X_XMP);
      kept.push(chunk);
    } else if (type === 'VP8 ' && !width) {
      if (input[data + 3] !== 0x9d || input[data + 4] !== 0x01 || input[data + 5] !== 0x2a) throw new MalformedImageError('VP8 without its start code');
      width = input.readUInt16LE(data + 6) & 0x3fff;
      height = input.readUInt16LE(data + 8) & 0x3fff;
      kept.push(input.subarray(offset, end));
    } else if (type === 'VP8L' && !width) {
      if (input[data] !== 0x2f) throw new MalformedImageError('VP8L without its signature');
      const bits = input.readUInt32LE(data + 1);
      width = 1 + (bits & 0x3fff);
      height = 1 + ((bits >>> 14) & 0x3fff);
      kept.push(input.subarray(offset, end));
    } else if (type !== 'EXIF' && type !== 'XMP ') {
      kept.push(input.subarray(offset, end));
    }
    offset = end;
  }
  if (!width) throw new MalformedImageError('WebP without an image chunk');
  const body = Buffer.concat(kept);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return { type: 'image/webp', width, height, bytes: Buffer.concat([header, body]) };
}
