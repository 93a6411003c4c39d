import { inflateRawSync } from 'node:zlib';
import { DocumentRejectedError } from './document-rejected.error.js';

/**
 * Zip-bomb defence for DOCX uploads, in two layers:
 *  1. `inspectZipCentralDirectory` reads only the central directory (no inflating) and rejects
 *     archives whose *declared* sizes, entry count or compression ratios are out of bounds.
 *  2. `inflateZipEntriesWithinLimits` then inflates every entry with a hard output cap, because the
 *     declared sizes are written by the uploader and can lie.
 * Both run before mammoth (whose JSZip would otherwise inflate whatever it is given).
 */
export interface ZipLimits {
  /** Sum of all entries' uncompressed sizes. */
  maxTotalUncompressedBytes: number;
  maxEntries: number;
  /** Uncompressed/compressed ratio allowed for entries big enough to matter (see `ratioAppliesAboveBytes`). */
  maxCompressionRatio: number;
  ratioAppliesAboveBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
  // Word XML typically compresses 5-30x; deflate's theoretical maximum is ~1032x.
  maxCompressionRatio: 200,
  ratioAppliesAboveBytes: 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  compressionMethod: number;
  compressedSize: number;
  declaredUncompressedSize: number;
  localHeaderOffset: number;
  isEncrypted: boolean;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_MARKER_32 = 0xffffffff;
const ZIP64_MARKER_16 = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

function broken(detail: string): DocumentRejectedError {
  return new DocumentRejectedError('BROKEN_FILE', { key: 'damagedDocx', params: { detail } });
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The EOCD record is 22 bytes plus an optional comment of up to 65535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

export function inspectZipCentralDirectory(input: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 22) throw broken('the archive is truncated');
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw broken('the archive index is missing, the file may be truncated');

  const entryCount = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entryCount === ZIP64_MARKER_16 || directoryOffset === ZIP64_MARKER_32 || directorySize === ZIP64_MARKER_32) {
    // Zip64 is never needed for a document under the upload limit; refusing it keeps the parser small.
    throw broken('it uses an unusual archive format');
  }
  if (entryCount > limits.maxEntries) {
    throw new DocumentRejectedError('ZIP_BOMB');
  }
  if (directoryOffset + directorySize > eocd) throw broken('the archive index is inconsistent');

  const entries: ZipEntryInfo[] = [];
  let declaredTotal = 0;
  let cursor = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (cursor + 46 > eocd || bytes.readUInt32LE(cursor) !== CENTRAL_DIRECTORY_ENTRY) {
      throw broken('the archive index is inconsistent');
    }
    const flags = bytes.readUInt16LE(cursor + 8);
    const compressionMethod = bytes.readUInt16LE(cursor + 10);
    const compressedSize = bytes.readUInt32LE(cursor + 20);
    const declaredUncompressedSize = bytes.readUInt32LE(cursor + 24);
    const nameLength = bytes.readUInt16LE(cursor + 28);
    const extraLength = bytes.readUInt16LE(cursor + 30);
    const commentLength = bytes.readUInt16LE(cursor + 32);
    const localHeaderOffset = bytes.readUInt32LE(cursor + 42);
    if (compressedSize === ZIP64_MARKER_32 || declaredUncompressedSize === ZIP64_MARKER_32 || localHeaderOffset === ZIP64_MARKER_32) {
      throw broken('it uses an unusual archive format');
    }
    const name = bytes.toString('utf8', cursor + 46, cursor + 46 + nameLength);
    cursor += 46 + nameLength + extraLength + commentLength;

    declaredTotal += declaredUncompressedSize;
    if (declaredTotal > limits.maxTotalUncompressedBytes) throw new DocumentRejectedError('ZIP_BOMB');
    if (
      declaredUncompressedSize > limits.ratioAppliesAboveBytes &&
      declaredUncompressedSize / Math.max(1, compressedSize) > limits.maxCompressionRatio
    ) {
      throw new DocumentRejectedError('ZIP_BOMB');
    }
    entries.push({
      name,
      compressionMethod,
      compressedSize,
      declaredUncompressedSize,
      localHeaderOffset,
      isEncrypted: (flags & 0x1) !== 0,
    });
  }
  return entries;
}

/**
 * Inflates every entry with an output cap equal to the budget that remains, so a lying archive is
 * stopped after at most `maxTotalUncompressedBytes` of output. Returns the contents of the entries
 * named in `keep` (the others are inflated only to be measured, then dropped).
 */
export function inflateZipEntriesWithinLimits(
  input: Uint8Array,
  entries: readonly ZipEntryInfo[],
  keep: ReadonlySet<string>,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Buffer> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const kept = new Map<string, Buffer>();
  let remaining = limits.maxTotalUncompressedBytes;
  for (const entry of entries) {
    if (entry.isEncrypted) throw broken('parts of it are encrypted');
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_FILE_HEADER) {
      throw broken('an archive entry is missing');
    }
    const dataStart = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.length) throw broken('the archive is truncated');
    const compressed = bytes.subarray(dataStart, dataEnd);

    let content: Buffer;
    if (entry.compressionMethod === METHOD_STORED) {
      content = compressed;
    } else if (entry.compressionMethod === METHOD_DEFLATE) {
      try {
        // One byte over the budget is enough to prove the budget is exceeded.
        content = inflateRawSync(compressed, { maxOutputLength: remaining + 1 });
      } catch (error) {
        if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new DocumentRejectedError('ZIP_BOMB');
        }
        throw broken('an archive entry cannot be decompressed');
      }
    } else {
      throw broken('it uses an unsupported compression method');
    }
    if (content.length > remaining) throw new DocumentRejectedError('ZIP_BOMB');
    if (content.length !== entry.declaredUncompressedSize) {
      // Sizes that disagree with the index are either corruption or an attempt to slip past layer 1.
      throw content.length > entry.declaredUncompressedSize ? new DocumentRejectedError('ZIP_BOMB') : broken('an archive entry has the wrong size');
    }
    remaining -= content.length;
    if (keep.has(entry.name)) kept.set(entry.name, content);
  }
  return kept;
}
