// Line-level helpers shared by the résumé parser and its section readers (skills, …).

// "{" is moderncv's list dash as pdf.js reads it (see pdf-text.ts).
// A lower-case "o" is the bullet Word's lists turn into in plain text.
const BULLET_PREFIX = /^\s*(?:[•●▪◦‣∙·■□➢►▶✓✔*–—{o-]|\d{1,2}[.)])\s+/;

export function isBullet(line: string): boolean {
  return BULLET_PREFIX.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET_PREFIX, '').trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function splitOutsideParentheses(text: string, separator: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && separator.test(char)) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items;
}

/**
 * Splits at each comma followed by a space, but not inside brackets: "Cert IV Electrotechnology (APTC,
 * Suva campus), Suva" is two parts, "1,000" one.
 */
export function splitAtCommasOutsideBrackets(text: string): string[] {
  return splitOutsideParentheses(text, /,/).reduce<string[]>((parts, part, index) => {
    if (index > 0 && !/^\s/.test(part)) parts[parts.length - 1] += `,${part}`;
    else parts.push(index > 0 ? part.trimStart() : part);
    return parts;
  }, []);
}

/**
 * Splits "a, b; c • d | e / f" into items, but not inside parentheses ("Cloud (AWS, GCP)" stays
 * whole). A slash separates only with a space on each side: "CI/CD" and "Lockout/Tagout" are one item.
 */
export function splitList(text: string): string[] {
  return splitOutsideParentheses(text.replace(/(?<=\S)\s+\/\s+(?=\S)/g, '|'), /[,;•·|\t]/)
    .map((item) => item.trim().replace(/^(?:and|&)\s+/i, '').replace(/\.$/, '').trim())
    .filter((item) => item !== '' && item.length <= 60);
}
