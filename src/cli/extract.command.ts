import { CliUsageError, type CliCommand, type CliIo } from './cli-command.js';
import { withExtractedFile } from './extracted-file.js';

/** `extract <file>`: prints the parsed JSON Resume; rejected files get the same plain message a user would see. */
export const extractCommand: CliCommand = {
  name: 'extract',
  usage: 'extract <file>',
  summary: 'Read a résumé (PDF, DOCX, TXT or Markdown) and print it as JSON Resume',
  async run(args: string[], io: CliIo): Promise<number> {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) throw new CliUsageError('usage: extract <file>');
    return withExtractedFile(file, io, ({ resume }) => {
      io.stdout.write(`${JSON.stringify(resume, null, 2)}\n`);
    });
  },
};
