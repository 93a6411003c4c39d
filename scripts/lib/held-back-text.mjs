// Small text helpers of the held-back sensitive-data set builders, first shared by
// scripts/build-pii-heldback-w17.mjs (the w10–w16 builders keep their own copies, their sets being
// frozen): digit groups, digits of other scripts, and how people type a Korean registration number.
// Nothing here draws from a seeded stream except through the caller's `pick`, so a builder's output
// does not change when it moves a helper here.

/** `n` cut into groups of `sizes`, joined by `sep`. */
export function groups(n, sizes, sep = ' ') {
  const parts = [];
  let at = 0;
  for (const s of sizes) {
    parts.push(n.slice(at, at + s));
    at += s;
  }
  return parts.join(sep);
}

/** A function writing ASCII digits in the script whose zero is the code point `zero` (0x0660 Arabic-Indic, 0x06F0 extended Arabic-Indic, 0x17E0 Khmer…). */
export const digitsOfScript = (zero) => (s) => s.replace(/[0-9]/gu, (d) => String.fromCodePoint(zero + Number(d)));

/**
 * How people type a 13-digit Korean registration number, drawn with the caller's `pick`: a hyphen (most
 * often), nothing, a space, an en dash, a spaced hyphen, a full-width hyphen.
 */
export const koreanRegistrationLayout = (pick) => (n) => {
  const [a, b] = [n.slice(0, 6), n.slice(6)];
  return pick([`${a}-${b}`, `${a}-${b}`, `${a}-${b}`, `${a}-${b}`, `${a}${b}`, `${a} ${b}`, `${a}–${b}`, `${a} - ${b}`, `${a}－${b}`]);
};
