import { ContextIndex } from './context-words.js';
import { maskValue } from './masking.js';
import { withAsciiDigits } from './native-digits.js';
import { resolveOverlaps } from './overlap-resolution.js';
import { recognizeAddresses } from './recognizers/address.recognizer.js';
import { recognizeBankAccounts } from './recognizers/bank-account.recognizer.js';
import { recognizeDatesOfBirth } from './recognizers/date-of-birth.recognizer.js';
import { recognizeEmails } from './recognizers/email.recognizer.js';
import { recognizeIbans } from './recognizers/iban.recognizer.js';
import { recognizeIdentityDocuments } from './recognizers/identity-document.recognizer.js';
import { recognizeKoreanRegistrationNumbers, recognizeUsSsn } from './recognizers/national-id.recognizer.js';
import { recognizeNationalIdsAbroad } from './recognizers/national-ids-abroad.recognizer.js';
import { recognizePaymentCards } from './recognizers/payment-card.recognizer.js';
import { recognizePhones } from './recognizers/phone.recognizer.js';
import type { Recognizer, ScanInput } from './recognizers/recognizer.js';
import { SENSITIVE_TYPES, type Candidate, type DetectOptions, type SensitiveFinding, type SensitiveType } from './sensitive-types.js';

interface RecognizerEntry {
  recognize: Recognizer;
  /** The types it can emit; it is skipped when none of them is requested. */
  emits: readonly SensitiveType[];
}

const RECOGNIZERS: readonly RecognizerEntry[] = [
  { recognize: recognizeKoreanRegistrationNumbers, emits: ['KR_RRN', 'KR_FRN'] },
  { recognize: recognizeUsSsn, emits: ['US_SSN'] },
  {
    recognize: recognizeNationalIdsAbroad,
    emits: ['UK_NINO', 'CA_SIN', 'DE_TAX_ID', 'FR_NIR', 'ES_DNI', 'IT_FISCAL_CODE', 'NL_BSN', 'IN_AADHAAR', 'IN_PAN', 'CN_RESIDENT_ID', 'JP_MY_NUMBER'],
  },
  { recognize: recognizeIdentityDocuments, emits: ['PASSPORT', 'DRIVER_LICENSE'] },
  { recognize: recognizePaymentCards, emits: ['CREDIT_CARD'] },
  { recognize: recognizeIbans, emits: ['IBAN'] },
  { recognize: recognizeBankAccounts, emits: ['BANK_ACCOUNT'] },
  { recognize: recognizePhones, emits: ['PHONE'] },
  { recognize: recognizeEmails, emits: ['EMAIL'] },
  { recognize: recognizeAddresses, emits: ['ADDRESS'] },
  { recognize: recognizeDatesOfBirth, emits: ['DATE_OF_BIRTH'] },
];

/**
 * Finds personal data in free text (CVs, cover letters, chat messages). Pure and synchronous; runs
 * in time linear in the input. Findings never overlap and are sorted by `start`; offsets are
 * UTF-16 code units, i.e. plain JavaScript string indices.
 */
export function detectSensitive(text: string, options: DetectOptions = {}): SensitiveFinding[] {
  const wanted = new Set<SensitiveType>(options.types ?? SENSITIVE_TYPES);
  const minConfidence = options.minConfidence ?? 0;
  // Recognizers read digits of every script ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "٣٢ شارع …") as ASCII; offsets are the same.
  const scanned = withAsciiDigits(text);
  const input: ScanInput = {
    text: scanned,
    context: new ContextIndex(scanned),
    defaultCountry: options.defaultCountry ?? 'US',
    fallbackCountries: options.fallbackCountries ?? ['KR'],
  };

  // Candidates of unwanted types still take part in overlap resolution when their recognizer runs
  // anyway (e.g. an RRN is not re-reported as a phone number because only PHONE was requested)…
  const candidates: Candidate[] = [];
  for (const entry of RECOGNIZERS) {
    if (!entry.emits.some((t) => wanted.has(t))) continue;
    // Not push(...found): spreading 100k+ findings (a page of repeated addresses) overflows the stack.
    for (const candidate of entry.recognize(input)) candidates.push(candidate);
  }

  return resolveOverlaps(candidates, text.length)
    .filter((c) => wanted.has(c.type) && c.confidence >= minConfidence) // …and are filtered out only here.
    .map((c) => {
      const value = text.slice(c.start, c.end);
      return { type: c.type, start: c.start, end: c.end, text: value, confidence: c.confidence, masked: maskValue(c.type, value) };
    });
}
