import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 16 held-back sensitive-data set (scripts/build-pii-heldback-w16.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 16',
  folder: 'heldback-w16',
  /** SHA-256 of manifest.json as frozen on 2026-12-01, before the detector was run on the set. */
  manifestSha256: 'd4c9d6e22086e87bbb7a7c0d0f69f27fc29ff0ba2c6991f4e967adc91dd9d115',
  documents: 1250,
  locales: ['it_CH', 'ar_SA', 'bg_BG', 'lt_LT', 'et_EE', 'bn_BD', 'ms_MY', 'es_PE', 'mk_MK', 'en_GH', 'ko'],
  newLocalesAgainst: ['heldback-w10/documents.json', 'heldback-w11/documents.json', 'heldback-w12/documents.json', 'heldback-w13/documents.json', 'heldback-w14/documents.json', 'heldback-w15/documents.json', 'eval.json'],
  least: { phones: 1450, addresses: 950, decoys: 90 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
