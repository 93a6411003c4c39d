import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, earlierPiiSets, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 20 held-back sensitive-data set (scripts/build-pii-heldback-w20.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 20',
  folder: 'heldback-w20',
  /** SHA-256 of manifest.json as frozen on 2026-12-02, before the detector was run on the set. */
  manifestSha256: 'a16e930bb94766693cd99c67ff1000cb015154776ad1985b85386be993e67580',
  documents: 1250,
  locales: ['es_BO', 'pt_MZ', 'fr_CM', 'en_JM', 'ru_BY', 'de_LI', 'ar_LB', 'zh_MO', 'fr_HT', 'nl_CW', 'ko'],
  newLocalesAgainst: earlierPiiSets(20),
  least: { phones: 1750, addresses: 1450, decoys: 100 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
