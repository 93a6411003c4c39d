import { describeHeldBackPiiSet } from '../../helpers/heldback-pii-set.js';

// The wave 10 held-back sensitive-data set (scripts/build-pii-heldback-w10.mjs) is only checked for
// being intact and well formed here. Its figures come from `npm run bench -- sensitive` (totals
// only); no test runs the detector on it, so no failure message can name one of its documents.
// Its figures were published in wave 10, so it is tuning data from wave 11 on; heldback-w11 is the
// set nobody has tuned on.
describeHeldBackPiiSet({
  name: 'wave 10',
  folder: 'heldback-w10',
  /** SHA-256 of manifest.json as frozen on 2026-11-30. */
  manifestSha256: 'cb181de76c54b20d7595d80659aa804c1e6cbf04f780259d0bd4d3e5fdd22d1d',
  documents: 1250,
  locales: ['en_AU', 'en_CA', 'en_IN', 'en_IE', 'en_NZ', 'it', 'pt_BR', 'pl', 'sv', 'da', 'ko'],
  newLocalesAgainst: ['eval.json'],
  least: { phones: 1000, addresses: 500, decoys: 100 },
  types: ['PHONE', 'EMAIL', 'ADDRESS', 'DATE_OF_BIRTH', 'KR_RRN', 'KR_FRN'],
  vectorCategories: {
    positives: ['rrn-before-2020-10', 'frn-before-2020-10', 'rrn-since-2020-10', 'frn-since-2020-10'],
    decoys: ['impossible-birth-date', 'impossible-7th-digit', 'birth-date-in-the-future', 'inside-a-longer-digit-run', 'joined-by-plus'],
    negatives: [],
  },
});
