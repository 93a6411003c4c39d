import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliUsageError, type CliCommand, type CliIo } from './cli-command.js';
import { DocumentRejectedError, extractResume, MAX_UPLOAD_BYTES_DEFAULT } from '../modules/documents/extraction/extract-text.js';
import { assertWithinUploadLimit } from '../modules/documents/extraction/file-type-detector.js';

const EXIT_OK = 0;
const EXIT_REJECTED = 2;

/** `extract <file>`: prints the parsed JSON Resume; rejected files get the same plain message a user would see. */
export const extractCommand: CliCommand = {
  name: 'extract',
  usage: 'extract <file>',
  summary: 'Read a résumé (PDF, DOCX, TXT or Markdown) and print it as JSON Resume',
  async run(args: string[], io: CliIo): Promise<number> {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) throw new CliUsageError('usage: extract <file>');
    try {
      // Check the size before reading, as the upload path does, so a huge file is never loaded.
      assertWithinUploadLimit((await stat(file)).size, MAX_UPLOAD_BYTES_DEFAULT);
      const bytes = await readFile(file);
      const { resume } = await extractResume(bytes, { filename: basename(file) });
      io.stdout.write(`${JSON.stringify(resume, null, 2)}\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof DocumentRejectedError) {
        io.stderr.write(`${error.message}\n`);
        return EXIT_REJECTED;
      }
      throw error;
    }
  },
};
