import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, earlierPiiSets, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 22 held-back sensitive-data set (scripts/build-pii-heldback-w22.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 22',
  folder: 'heldback-w22',
  /** SHA-256 of manifest.json as frozen on 2026-12-02, before the detector was run on the set. */
  manifestSha256: '03e7057bdb87a97079fb828ec6d4cc269ca05cdeae653c4959914c3aaf1a6cd7',
  documents: 1250,
  locales: ['es_GT', 'es_DO', 'sq_AL', 'ar_QA', 'sw_TZ', 'en_ZM', 'ky_KG', 'es_PA', 'fr_TG', 'ms_BN', 'ko'],
  newLocalesAgainst: earlierPiiSets(22),
  least: { phones: 2200, addresses: 1200, decoys: 110 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
