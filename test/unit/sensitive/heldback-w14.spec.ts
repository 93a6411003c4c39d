import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 14 held-back sensitive-data set (scripts/build-pii-heldback-w14.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive` (totals
// only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 14',
  folder: 'heldback-w14',
  /** SHA-256 of manifest.json as frozen on 2026-12-01, before the detector was run on the set. */
  manifestSha256: '7cd74d2ee3f645b18c7842dcef905ef4567f25c2663b2e4ab4048f34fd5349c2',
  documents: 1250,
  locales: ['zh_TW', 'th_TH', 'sl_SI', 'fr_CA', 'en_NG', 'en_HK', 'sr_RS', 'ka_GE', 'fr_LU', 'ar_AE', 'ko'],
  newLocalesAgainst: ['heldback-w10/documents.json', 'heldback-w11/documents.json', 'heldback-w12/documents.json', 'heldback-w13/documents.json', 'eval.json'],
  least: { phones: 1900, addresses: 1000, decoys: 130 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
