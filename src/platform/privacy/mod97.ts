/**
 * ISO 7064 MOD 97-10 as used by IBAN: letters count as 10..35 and the remainder is computed
 * piecewise so the (up to 70-digit) number never needs a bigint.
 * Returns -1 when the input holds anything but ASCII digits and upper-case letters.
 */
export function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (let i = 0; i < alphanumeric.length; i++) {
    const c = alphanumeric.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      remainder = (remainder * 10 + (c - 48)) % 97;
    } else if (c >= 65 && c <= 90) {
      // A letter expands to two decimal digits (A=10 … Z=35).
      remainder = (remainder * 100 + (c - 55)) % 97;
    } else {
      return -1;
    }
  }
  return remainder;
}

/** An IBAN is valid when moving its first four characters to the end leaves remainder 1. */
export function ibanChecksumValid(compactIban: string): boolean {
  if (compactIban.length < 5) return false;
  return mod97(compactIban.slice(4) + compactIban.slice(0, 4)) === 1;
}
