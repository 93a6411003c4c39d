/**
 * One whole-text reader of a plain-text résumé (the table is `PLAIN_TEXT_READERS` in plain-text.ts): `gate`
 * finds the evidence that the text is the reader's kind (an Org source's lines, a chat's messages, a margin's
 * gutter …) or undefined when it is not, and `read` rewrites the text from that evidence alone, so nothing the
 * gate worked out is worked out again. A text the gate refuses is passed on unchanged.
 */
export interface PlainTextReader<Found> {
  readonly name: string;
  gate(text: string): Found | undefined;
  read(found: Found): string;
}

/** The text as one reader reads it: rewritten when its gate finds its kind, unchanged otherwise. */
export function readWith<Found>(reader: PlainTextReader<Found>, text: string): string {
  const found = reader.gate(text);
  return found === undefined ? text : reader.read(found);
}
