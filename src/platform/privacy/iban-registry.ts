/**
 * Total IBAN length per country (SWIFT IBAN registry, plus the partner countries that publish
 * IBANs). A candidate whose length does not match its country's entry is not an IBAN.
 */
export const IBAN_LENGTH_BY_COUNTRY: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, DZ: 26, EE: 20, EG: 29, ES: 24,
  FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21,
  HU: 28, IE: 22, IL: 23, IQ: 23, IR: 26, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MA: 28, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, MZ: 25, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SN: 28, SO: 23,
  ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

export const MAX_IBAN_LENGTH = 34;

/**
 * National BBAN layouts for the countries whose layout mixes letters and digits (or is all
 * digits), from the SWIFT registry. mod-97 alone accepts e.g. "IE95TE82…", where the bank code
 * must be four letters; countries without an entry are checked by length and mod-97 only.
 */
export const BBAN_PATTERN_BY_COUNTRY: Readonly<Record<string, RegExp>> = {
  AT: /^\d{16}$/,
  BE: /^\d{12}$/,
  BG: /^[A-Z]{4}\d{6}[A-Z0-9]{8}$/,
  CH: /^\d{5}[A-Z0-9]{12}$/,
  DE: /^\d{18}$/,
  ES: /^\d{20}$/,
  FR: /^\d{10}[A-Z0-9]{11}\d{2}$/,
  GB: /^[A-Z]{4}\d{14}$/,
  IE: /^[A-Z]{4}\d{14}$/,
  IT: /^[A-Z]\d{10}[A-Z0-9]{12}$/,
  NL: /^[A-Z]{4}\d{10}$/,
  PS: /^[A-Z]{4}[A-Z0-9]{21}$/,
  RO: /^[A-Z]{4}[A-Z0-9]{16}$/,
  VG: /^[A-Z]{4}\d{16}$/,
};
