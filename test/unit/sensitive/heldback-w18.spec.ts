import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 18 held-back sensitive-data set (scripts/build-pii-heldback-w18.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 18',
  folder: 'heldback-w18',
  /** SHA-256 of manifest.json as frozen on 2026-12-01, before the detector was run on the set. */
  manifestSha256: '0f1bc9f56bb34c73824912d2da237ac6ab6134d8e20c695410471b73f5405fec',
  documents: 1250,
  locales: ['ro_MD', 'fr_SN', 'dv_MV', 'ckb_IQ', 'ta_LK', 'es_UY', 'pt_AO', 'ar_MA', 'en_UG', 'el_CY', 'ko'],
  newLocalesAgainst: [
    'heldback-w10/documents.json',
    'heldback-w11/documents.json',
    'heldback-w12/documents.json',
    'heldback-w13/documents.json',
    'heldback-w14/documents.json',
    'heldback-w15/documents.json',
    'heldback-w16/documents.json',
    'heldback-w17/documents.json',
    'eval.json',
  ],
  least: { phones: 1650, addresses: 1300, decoys: 110 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
