/**
 * English sentences written into code as string literals: what a reader would see if the code put
 * them on a page instead of a catalog key. A sentence here starts with a capital letter and has at
 * least four words. Comments, regular expressions, log lines and thrown errors (for developers, or
 * domain errors that carry a catalog key) are left out. A heuristic for the engine's sources, with a test of its own below it.
 */
export function proseLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const line of code.split('\n')) {
    if (/\b(?:new \w*Error|logger\.\w+|console\.\w+)\(/.test(line)) continue;
    // A domain error's English message is for logs when the words a person sees are its catalog key.
    if (/\bsuper\(\s*'[A-Z_]+',/.test(line) && line.includes('messageKey(')) continue;
    for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
      const literal = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, 'X');
      if (/^[A-Z][a-z]+(?:[\s,]+[\p{L}'’-]+){3,}/u.test(literal.trim())) found.push(literal);
    }
  }
  return found;
}
