import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, earlierPiiSets, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 24 held-back sensitive-data set (scripts/build-pii-heldback-w24.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 24',
  folder: 'heldback-w24',
  /** SHA-256 of manifest.json as frozen on 2026-12-02, before the detector was run on the set. */
  manifestSha256: '6d8340ced7a68fff94ea98599e3e9fd6e00680ea925b0c0024dcffce54b06a5a',
  documents: 1250,
  locales: ['es_NI', 'es_VE', 'ar_BH', 'fr_DZ', 'fr_ML', 'en_ZW', 'ny_MW', 'lo_LA', 'tk_TM', 'my_MM', 'ko'],
  newLocalesAgainst: earlierPiiSets(24),
  least: { phones: 2300, addresses: 1400, decoys: 110 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
