import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 17 held-back sensitive-data set (scripts/build-pii-heldback-w17.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 17',
  folder: 'heldback-w17',
  /** SHA-256 of manifest.json as frozen on 2026-12-01, before the detector was run on the set. */
  manifestSha256: 'be46c0ad084b92398af24a344ceacb51b0005840e6f44f3db327d510a385d595',
  documents: 1250,
  locales: ['ru_RU', 'kk_KZ', 'uz_UZ', 'en_KE', 'en_MT', 'es_EC', 'ar_JO', 'ur_PK', 'mn_MN', 'km_KH', 'ko'],
  newLocalesAgainst: [
    'heldback-w10/documents.json',
    'heldback-w11/documents.json',
    'heldback-w12/documents.json',
    'heldback-w13/documents.json',
    'heldback-w14/documents.json',
    'heldback-w15/documents.json',
    'heldback-w16/documents.json',
    'eval.json',
  ],
  least: { phones: 1650, addresses: 1100, decoys: 100 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
