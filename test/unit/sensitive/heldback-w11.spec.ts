import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet } from '../../helpers/heldback-pii-set.js';

// The wave 11 held-back sensitive-data set (scripts/build-pii-heldback-w11.mjs; tuning data since
// wave 12, its figures were published) is only checked for being intact and well formed here. Its figures come from `npm run bench -- sensitive` (totals
// only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 11',
  folder: 'heldback-w11',
  /** SHA-256 of manifest.json as frozen on 2026-11-30, before the detector was run on the set. */
  manifestSha256: '63946a886e138bfc8be7e30f55f23d132ba2cefe729bcc6432a2c52d9c91e2f9',
  documents: 1250,
  locales: ['en_US', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'es_MX', 'nl_NL', 'en_ZA', 'en_SG', 'pt_PT', 'ko'],
  newLocalesAgainst: ['heldback-w10/documents.json'],
  least: { phones: 1000, addresses: 500, decoys: 100 },
  types: SENSITIVE_TYPES,
  vectorCategories: {
    positives: ['rrn-before-2020-10', 'frn-before-2020-10', 'rrn-since-2020-10', 'frn-since-2020-10', 'born-29-february-leap-year'],
    decoys: ['impossible-birth-date', 'impossible-7th-digit', 'birth-date-in-the-future', 'inside-a-longer-digit-run', 'joined-by-plus'],
    negatives: ['corporate-registration-number'],
  },
});
