/**
 * Issuer identification number (IIN) ranges of the card brands we recognise, with the PAN lengths
 * each brand issues. A Luhn-valid number outside every range is far more likely an order or
 * tracking id than a card.
 */
export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'jcb'
  | 'diners'
  | 'unionpay'
  | 'maestro'
  | 'uatp';

interface IinRange {
  brand: CardBrand;
  /** Inclusive numeric range over the first `prefixLength` digits. */
  low: number;
  high: number;
  prefixLength: number;
  lengths: readonly number[];
}

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19] as const;

const IIN_RANGES: readonly IinRange[] = [
  { brand: 'visa', low: 4, high: 4, prefixLength: 1, lengths: [13, 16, 19] },
  { brand: 'mastercard', low: 51, high: 55, prefixLength: 2, lengths: [16] },
  { brand: 'mastercard', low: 2221, high: 2720, prefixLength: 4, lengths: [16] },
  { brand: 'amex', low: 34, high: 34, prefixLength: 2, lengths: [15] },
  { brand: 'amex', low: 37, high: 37, prefixLength: 2, lengths: [15] },
  { brand: 'discover', low: 6011, high: 6011, prefixLength: 4, lengths: SIXTEEN_TO_NINETEEN },
  { brand: 'discover', low: 644, high: 649, prefixLength: 3, lengths: SIXTEEN_TO_NINETEEN },
  { brand: 'discover', low: 65, high: 65, prefixLength: 2, lengths: SIXTEEN_TO_NINETEEN },
  { brand: 'jcb', low: 3528, high: 3589, prefixLength: 4, lengths: SIXTEEN_TO_NINETEEN },
  { brand: 'diners', low: 300, high: 305, prefixLength: 3, lengths: [14, 16, 17, 18, 19] },
  { brand: 'diners', low: 3095, high: 3095, prefixLength: 4, lengths: [14, 16, 17, 18, 19] },
  { brand: 'diners', low: 36, high: 36, prefixLength: 2, lengths: [14, 16, 17, 18, 19] },
  { brand: 'diners', low: 38, high: 39, prefixLength: 2, lengths: [16, 17, 18, 19] },
  { brand: 'unionpay', low: 62, high: 62, prefixLength: 2, lengths: SIXTEEN_TO_NINETEEN },
  { brand: 'unionpay', low: 81, high: 81, prefixLength: 2, lengths: SIXTEEN_TO_NINETEEN },
  // Maestro spans the 50/56–58 and 6x ranges (5019 is Dankort, co-badged in the same space).
  { brand: 'maestro', low: 50, high: 50, prefixLength: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { brand: 'maestro', low: 56, high: 58, prefixLength: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { brand: 'maestro', low: 63, high: 63, prefixLength: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { brand: 'maestro', low: 67, high: 67, prefixLength: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  // UATP (airline cards) start with 1; only trusted when a card cue is nearby (see recognizer).
  { brand: 'uatp', low: 1, high: 1, prefixLength: 1, lengths: [15] },
];

/** The brand whose IIN range and length admit this PAN, or null. */
export function cardBrandOf(pan: string): CardBrand | null {
  for (const range of IIN_RANGES) {
    if (!range.lengths.includes(pan.length)) continue;
    const prefix = Number(pan.slice(0, range.prefixLength));
    if (prefix >= range.low && prefix <= range.high) return range.brand;
  }
  return null;
}
