// Place names compared the same way wherever they are read: the résumé parser's gazetteer
// (modules/documents/extraction/city-gazetteer.ts) and the job reader, which must not take a
// country for a skill ("between Finland, Åland and Sweden").

/** Names compared without accents, case or punctuation: "Medellin" is "Medellín". */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    // "St. John's" is GeoNames' "Saint John’s": the abbreviation is the word.
    .replace(/^st(?= )/, 'saint');
}

const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['usa', 'US'], ['us', 'US'], ['u s', 'US'], ['u s a', 'US'], ['uk', 'GB'], ['u k', 'GB'], ['england', 'GB'], ['scotland', 'GB'],
  ['wales', 'GB'], ['northern ireland', 'GB'], ['korea', 'KR'], ['republic of korea', 'KR'], ['uae', 'AE'], ['holland', 'NL'],
  ['czech republic', 'CZ'], ['turkey', 'TR'], ['russian federation', 'RU'], ['viet nam', 'VN'],
  // Territories written without "Islands", as their people write them.
  ['aland', 'AX'], ['faroes', 'FO'],
]);

let countryCodes: Map<string, string> | undefined;

/** "Rwanda", "South Korea", "UK" → the ISO code of the country a place's last part names, or undefined. */
export function countryCodeOf(name: string): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map(COUNTRY_ALIASES);
    const long = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        for (const spelled of [long.of(code), short.of(code)]) if (spelled && spelled.length > 2) countryCodes.set(placeKey(spelled.replace(/&/g, 'and')), code);
      }
    }
  }
  return countryCodes.get(placeKey(name.replace(/&/g, 'and')));
}
