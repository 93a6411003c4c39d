import { foldSpelling } from './spelling.js';

// A deliberately small suffix stripper (not a full Porter stemmer): enough to tell that "managed",
// "managing", "manager" and "management" share a root, which is what the variant report needs.
const SUFFIXES = ['izations', 'ization', 'isations', 'isation', 'ements', 'ement', 'ments', 'ment', 'ations', 'ation', 'ings', 'ing', 'ers', 'er', 'ied', 'ies', 'ed', 'es', 's', 'ly'];

export function stem(word: string): string {
  // British and American spelling stem alike ("paediatric" and "pediatric", "organised" and "organized").
  let w = foldSpelling(word.toLowerCase()).replace(/\.js$/, '');
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (suffix === 'ied' || suffix === 'ies') w += 'y';
      break;
    }
  }
  // managed → manag, manage → manag: drop a final silent "e" and undouble a final consonant.
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
