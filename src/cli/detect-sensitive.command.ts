import { detectSensitive } from '../platform/privacy/index.js';
import { readAll, type CliCommand } from './cli-command.js';

/**
 * `detect-sensitive`: reads UTF-8 text on stdin and prints the personal data found in it as a JSON
 * array of {type,start,end,text,confidence} (offsets in UTF-16 code units). Pure: no app context.
 */
export const detectSensitiveCommand: CliCommand = {
  name: 'detect-sensitive',
  usage: 'detect-sensitive < file.txt',
  summary: 'List personal data (phones, e-mails, ID/card/bank numbers, addresses, birth dates) found in stdin text, as JSON',
  async run(_args, io) {
    const text = await readAll(io.stdin);
    const findings = detectSensitive(text).map(({ type, start, end, text: value, confidence }) => ({
      type,
      start,
      end,
      text: value,
      confidence,
    }));
    io.stdout.write(`${JSON.stringify(findings)}\n`);
    return 0;
  },
};
