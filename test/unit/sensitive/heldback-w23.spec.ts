import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, earlierPiiSets, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 23 held-back sensitive-data set (scripts/build-pii-heldback-w23.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 23',
  folder: 'heldback-w23',
  /** SHA-256 of manifest.json as frozen on 2026-12-02, before the detector was run on the set. */
  manifestSha256: 'd548760dfb2fbd93022a675f0f5b7540abf99048f0303e1c88a2a29b348ce6d9',
  documents: 1250,
  locales: ['es_HN', 'es_SV', 'ar_OM', 'rw_RW', 'tn_BW', 'am_ET', 'tg_TJ', 'fr_BF', 'cnr_ME', 'en_FJ', 'ko'],
  newLocalesAgainst: earlierPiiSets(23),
  least: { phones: 2700, addresses: 1200, decoys: 120 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
