const CLABE_WEIGHTS = [3, 7, 1] as const;

/**
 * Mexico's CLABE: 3 bank + 3 branch + 11 account digits + a check digit, the weighted sum (3, 7, 1
 * repeated, each product mod 10) completed to a multiple of 10. Only an 18-digit run that passes it
 * is read as an account (still only next to a banking cue).
 */
export function isValidClabe(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ((digits.charCodeAt(i) - 48) * CLABE_WEIGHTS[i % 3]!) % 10;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(17) - 48;
}
