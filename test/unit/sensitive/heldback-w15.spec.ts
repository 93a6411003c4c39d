import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 15 held-back sensitive-data set (scripts/build-pii-heldback-w15.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 15',
  folder: 'heldback-w15',
  /** SHA-256 of manifest.json as frozen on 2026-12-01, before the detector was run on the set. */
  manifestSha256: '713fc7d8c244f9caebcdd701690297ae2d1d0fe30c634d778548f0543c218735',
  documents: 1250,
  locales: ['fr_CH', 'nl_BE', 'es_CL', 'es_CO', 'hy_AM', 'fa_IR', 'ar_EG', 'zh_CN', 'ne_NP', 'az_AZ', 'ko'],
  newLocalesAgainst: ['heldback-w10/documents.json', 'heldback-w11/documents.json', 'heldback-w12/documents.json', 'heldback-w13/documents.json', 'heldback-w14/documents.json', 'eval.json'],
  least: { phones: 1550, addresses: 1000, decoys: 100 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
