import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DocumentRejectedError, extractResume, MAX_UPLOAD_BYTES_DEFAULT, type ExtractedResume } from '../modules/documents/index.js';
import { assertWithinUploadLimit } from '../modules/documents/index.js';
import type { CliIo } from './cli-command.js';

export const EXIT_OK = 0;
export const EXIT_REJECTED = 2;

/**
 * Reads a résumé file the way an upload is read (size checked before loading, type by content,
 * extraction in the sandboxed worker) and hands the result to `use`. A rejected file prints the
 * same plain message a user would see and exits with EXIT_REJECTED.
 */
export async function withExtractedFile(file: string, io: CliIo, use: (extracted: ExtractedResume) => Promise<void> | void): Promise<number> {
  try {
    assertWithinUploadLimit((await stat(file)).size, MAX_UPLOAD_BYTES_DEFAULT);
    await use(await extractResume(await readFile(file), { filename: basename(file) }));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof DocumentRejectedError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT_REJECTED;
    }
    throw error;
  }
}
