const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "a", "a and b", "a, b and c": a list in words, for sentences built from parts. */
export function listInWords(items: readonly string[]): string {
  return LIST.format(items);
}
