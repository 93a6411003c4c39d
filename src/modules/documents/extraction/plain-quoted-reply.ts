// A résumé pasted into an e-mail and sent back in a reply reaches us quoted: every line of it opens
// with "> " (or "> > " when quoted twice), under the reply and its "On …, X wrote:" line. Read as it
// stands, the markers open every line, so no heading, list item or hanging indent is found.

import type { PlainTextReader } from './plain-text-reader.js';

/** The quote markers opening a line: "> ", ">", "> > ", ">>". */
const QUOTE_MARKERS = /^(?:> ?)+/;
/** Quoted lines a text has at least before its quote is taken for the document. */
const MIN_QUOTED_LINES = 8;
/** The share of a text's lines with words that must be quoted: a reply above the quote is short. */
const MIN_QUOTED_SHARE = 0.6;

const hasWords = (line: string): boolean => /[\p{L}\p{N}]/u.test(line);

/**
 * The quoted text of a reply when the quote is most of it, without its markers (one space after each
 * ">" belongs to the marker; further indentation is the quoted text's own, so a hard-wrapped list
 * item's hanging indent survives); the reply around the quote is the sender's mail, not the résumé.
 * Any other text is returned as it is: a line or two opening with ">" ("> 5 years …") is no quote.
 */
export const quotedReplyReader: PlainTextReader<readonly string[]> = {
  name: 'reply quoting',
  /** The quoted lines, when eight or more of them have words and they are 60% of the lines with words. */
  gate(text) {
    const lines = text.split('\n');
    const quoted = lines.filter((line) => line.startsWith('>'));
    const quotedWithWords = quoted.filter(hasWords).length;
    const withWords = lines.filter(hasWords).length;
    return quotedWithWords < MIN_QUOTED_LINES || quotedWithWords < withWords * MIN_QUOTED_SHARE ? undefined : quoted;
  },
  read: (quoted) => quoted.map((line) => line.replace(QUOTE_MARKERS, '')).join('\n'),
};
