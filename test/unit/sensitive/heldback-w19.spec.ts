import { SENSITIVE_TYPES } from '../../../src/platform/privacy/sensitive-types.js';
import { describeHeldBackPiiSet, earlierPiiSets, KOREAN_VECTOR_CATEGORIES, KOREAN_VECTOR_TYPES } from '../../helpers/heldback-pii-set.js';

// The wave 19 held-back sensitive-data set (scripts/build-pii-heldback-w19.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive held-back`
// (totals only); no test runs the detector on it, so no failure message can name one of its documents.
describeHeldBackPiiSet({
  name: 'wave 19',
  folder: 'heldback-w19',
  /** SHA-256 of manifest.json as frozen on 2026-12-02, before the detector was run on the set. */
  manifestSha256: 'b6b3d3a67edebe066dd7571e467370ba51de699b019893068cafc2d2c73311c8',
  documents: 1250,
  locales: ['af_NA', 'zu_ZA', 'yo_NG', 'cy_GB', 'kmr_TR', 'hr_BA', 'fa_AF', 'nl_SR', 'fr_CI', 'ar_TN', 'ko'],
  newLocalesAgainst: earlierPiiSets(19),
  least: { phones: 1750, addresses: 1350, decoys: 100 },
  types: SENSITIVE_TYPES,
  vectorCategories: KOREAN_VECTOR_CATEGORIES,
  vectorTypes: KOREAN_VECTOR_TYPES,
});
