import { detectSensitive } from '../platform/privacy/index.js';
import { detectPersonalDetails } from '../platform/privacy/personal-details.js';
import { readAll, type CliCommand } from './cli-command.js';

/**
 * `detect-sensitive`: reads UTF-8 text on stdin and prints the personal data found in it as a JSON
 * array of {type,start,end,text,confidence} (offsets in UTF-16 code units). Pure: no app context.
 * With `--notes`, prints {findings, notes}: notes are personal details employers should not ask
 * about (marital status, children, religion, health, photo) — a softer category, never redacted.
 */
export const detectSensitiveCommand: CliCommand = {
  name: 'detect-sensitive',
  usage: 'detect-sensitive [--notes] < file.txt',
  summary: 'List personal data (phones, e-mails, ID/card/bank numbers, addresses, birth dates) found in stdin text, as JSON',
  async run(args, io) {
    const text = await readAll(io.stdin);
    const findings = detectSensitive(text).map(({ type, start, end, text: value, confidence }) => ({
      type,
      start,
      end,
      text: value,
      confidence,
    }));
    if (!args.includes('--notes')) {
      io.stdout.write(`${JSON.stringify(findings)}\n`);
      return 0;
    }
    const notes = detectPersonalDetails(text).map(({ topic, start, end, text: value }) => ({ severity: 'note', topic, start, end, text: value }));
    io.stdout.write(`${JSON.stringify({ findings, notes })}\n`);
    return 0;
  },
};
