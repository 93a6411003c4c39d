import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, earlierPiiSets, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 21 held-back sensitive-data set (scripts/build-pii-heldback-w21.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 21',
  folder: 'heldback-w21',
  /** SHA-256 of manifest.json as frozen on 2026-12-02, before the detector was run on the set. */
  manifestSha256: '46eb29b83496a8b8670012e22f1b245c066548ed7817e3dfbb823e3e91d6ad47',
  documents: 1250,
  locales: ['af_ZA', 'en_NP', 'ta_IN', 'es_PY', 'pt_CV', 'fr_MG', 'en_TT', 'es_CR', 'is_IS', 'ar_KW', 'ko'],
  newLocalesAgainst: earlierPiiSets(21),
  least: { phones: 1900, addresses: 1350, decoys: 110 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
