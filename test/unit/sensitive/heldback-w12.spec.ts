import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet } from '../../helpers/heldback-pii-set.js';

// The wave 12 held-back sensitive-data set (scripts/build-pii-heldback-w12.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive` (totals
// only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 12',
  folder: 'heldback-w12',
  /** SHA-256 of manifest.json as frozen on 2026-12-01, before the detector was run on the set. */
  manifestSha256: 'b7511b4bfa60ee8511f6b46db1a8665fe9b3cb8d56fb7560df72030de3f74d2b',
  documents: 1250,
  locales: ['fi_FI', 'nb_NO', 'cs_CZ', 'tr_TR', 'de_AT', 'de_CH', 'fr_BE', 'en_PH', 'ja_JP', 'ro_RO', 'ko'],
  newLocalesAgainst: ['heldback-w10/documents.json', 'heldback-w11/documents.json', 'eval.json'],
  least: { phones: 1500, addresses: 1000, decoys: 100 },
  types: SENSITIVE_TYPES,
  vectorCategories: {
    positives: ['rrn-with-check-digit', 'frn-with-check-digit', 'rrn-since-2020-10', 'frn-since-2020-10', 'passport', 'driver-licence', 'bank-account'],
    decoys: ['impossible-birth-date', 'impossible-7th-digit', 'birth-date-in-the-future'],
    negatives: ['business-registration-number', 'military-or-student-number'],
  },
  vectorTypes: ['KR_RRN', 'KR_FRN', 'PASSPORT', 'DRIVER_LICENSE', 'BANK_ACCOUNT'],
});
