/**
 * US Social Security number rules (SSA, post-2011 randomisation): area 001–899 except 666,
 * group 01–99, serial 0001–9999. Numbers published as examples (the Woolworth wallet card,
 * advertising samples) were voided and are rejected too — they appear in templates, not in
 * real documents.
 */
const VOIDED_EXAMPLES: ReadonlySet<string> = new Set([
  '078051120', // Woolworth's wallet insert, 1938
  '219099999', // SSA pamphlet sample
  '457555462', // Lifelock advertising
  '123456789', // the universal placeholder
]);

export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  const group = digits.slice(3, 5);
  const serial = digits.slice(5);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  if (VOIDED_EXAMPLES.has(digits)) return false;
  // 111-11-1111 and the like are structurally valid but only ever used as filler.
  return !/^(\d)\1{8}$/.test(digits);
}
