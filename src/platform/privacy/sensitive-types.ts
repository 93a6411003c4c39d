import type { CountryCode } from 'libphonenumber-js/max';

/** Every kind of sensitive datum the detector reports. The strings are part of the public contract. */
export const SENSITIVE_TYPES = [
  'KR_RRN',
  'KR_FRN',
  'US_SSN',
  'UK_NINO',
  'CA_SIN',
  'DE_TAX_ID',
  'FR_NIR',
  'ES_DNI',
  'IT_FISCAL_CODE',
  'NL_BSN',
  'IN_AADHAAR',
  'IN_PAN',
  'CN_RESIDENT_ID',
  'JP_MY_NUMBER',
  'PASSPORT',
  'DRIVER_LICENSE',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'DATE_OF_BIRTH',
] as const;

export type SensitiveType = (typeof SENSITIVE_TYPES)[number];

/** A recognizer's raw hit, before overlap resolution and masking. Offsets are UTF-16 code units. */
export interface Candidate {
  type: SensitiveType;
  start: number;
  end: number;
  confidence: number;
}

export interface SensitiveFinding extends Candidate {
  /** Exactly `text.slice(start, end)` of the scanned input. */
  text: string;
  /** A preview that is safe to show or log, e.g. `***-**-6789`. */
  masked: string;
}

export interface DetectOptions {
  /** Region assumed for phone numbers written without a `+country` prefix. Default 'US'. */
  defaultCountry?: CountryCode;
  /**
   * Regions also tried for national-format phone numbers that start with a trunk `0` (which a
   * NANP number never does). Default ['KR'].
   */
  fallbackCountries?: readonly CountryCode[];
  /** Only report these types (default: all). */
  types?: readonly SensitiveType[];
  /** Drop findings below this confidence (default 0: report everything the recognizers emit). */
  minConfidence?: number;
}
