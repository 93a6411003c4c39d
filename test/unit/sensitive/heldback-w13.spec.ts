import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 13 held-back sensitive-data set (scripts/build-pii-heldback-w13.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive` (totals
// only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 13',
  folder: 'heldback-w13',
  /** SHA-256 of manifest.json as frozen on 2026-12-01, before the detector was run on the set. */
  manifestSha256: 'cae1fd23d4ab521ce02362933eb4d252b7d17e5dde8b28c8d42e833ec702da45',
  documents: 1250,
  locales: ['el_GR', 'hu_HU', 'es_AR', 'vi_VN', 'id_ID', 'he_IL', 'hr_HR', 'sk_SK', 'lv_LV', 'uk_UA', 'ko'],
  newLocalesAgainst: ['heldback-w10/documents.json', 'heldback-w11/documents.json', 'heldback-w12/documents.json', 'eval.json'],
  least: { phones: 2000, addresses: 900, decoys: 100 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
