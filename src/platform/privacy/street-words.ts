/**
 * Street-type words of languages whose addresses the street-first patterns do not read, by where the
 * street's name stands (`recognizers/street-word-address.ts` reads the address around them). The
 * context index finds them in its one pass (kind `streetWord`), so they cost no regex over the text.
 */
/** Street-type words written after the street's name: "Rīgas iela", "Király utca", "Savska cesta". */
export const AFTER_NAME = [
  // Latvian, Lithuanian, Estonian.
  'iela', 'bulvāris', 'gatve', 'prospektas', 'laukums', 'šoseja', 'gatvė', 'prospekts', 'tänav', 'maantee', 'mnt', 'mnt.', 'pst',
  // Lithuanian street and avenue abbreviated ("Žalgirio g. 92", "Laisvės al. 18B"); Estonian street and road
  // ("Ülikooli tn 52-24", "Mustamäe tee 89").
  'g.', 'al.', 'tn', 'tn.', 'tee',
  // Hungarian (also abbreviated: "Petőfi Sándor u. 5.", "Szent István krt. 138.").
  'utca', 'u.', 'út', 'útja', 'körút', 'krt.', 'tér', 'tere', 'köz', 'fasor', 'sétány', 'rakpart', 'sor', 'lakótelep', 'ltp.',
  // Croatian, Serbian, Slovene, Slovak, Czech words after the name.
  'cesta', 'ulica', 'obala', 'trg',
  // English words after the name when the number follows them ("Herzl St. 107", "Rothschild Blvd 22",
  // "Rustaveli Ave 12").
  'St.', 'Blvd', 'Blvd.', 'Ave', 'Ave.',
  // Georgian avenue and street, also abbreviated ("ჭავჭავაძის გამზ. 24", "პეკინის ქ. 27"), lane and dead end.
  'გამზ.', 'გამზირი', 'ქ.', 'ქუჩა', 'შესახვევი', 'ჩიხი',
  // Azerbaijani street, avenue and lane ("Nizami küç. 146", "Azadlıq pr. 93"); Armenian street and avenue
  // ("Սարյան փ. 32", "Բաղրամյան պող. 41").
  'küç.', 'küçəsi', 'pr.', 'prospekti', 'döngəsi', 'dalanı', 'փ.', 'փողոց', 'պող.', 'պողոտա',
];
/** Street-type words written before the street's name: "вул. Городоцька", "Οδός Ερμού", "Bv. Oroño". */
const BEFORE_NAME = [
  // Ukrainian, Russian, Bulgarian, Serbian (Cyrillic) and their transliterations.
  'вул.', 'вулиця', 'ул.', 'улица', 'просп.', 'проспект', 'пр-т', 'бульв.', 'бульвар', 'пров.', 'провулок', 'пер.', 'переулок',
  'пл.', 'площа', 'площадь', 'наб.', 'набережна', 'шосе', 'шоссе', 'вулиця', 'бул.',
  // Bulgarian residential complex ("жк „Люлин“ 5, бл. 283, вх. Б"); the Latin "bul." of Macedonian and Bulgarian.
  'жк', 'ж.к.', 'bul.',
  'vul.', 'vulytsia', 'ul.', 'prosp.', 'prospekt', 'bulv.', 'prov.', 'pl.',
  // Greek.
  'Οδός', 'Οδ.', 'οδός', 'Λεωφ.', 'Λεωφόρος', 'Πλατεία', 'Πλ.', 'Odos', 'Leof.', 'Leoforos',
  // Hebrew (geresh written as an apostrophe or as U+05F3).
  'רחוב', "רח'", 'רח׳', 'שדרות', "שד'", 'שד׳', 'כיכר', 'סמטת',
  // Spanish (Argentina, Uruguay…): boulevard, avenue, passage, diagonal.
  'Bv.', 'Bvd.', 'Bulevar', 'Pje.', 'Pasaje', 'Diagonal', 'Calle', 'Av.', 'Avda.', 'Avenida',
  // Vietnamese: house number, road, street, lane, alley, national/provincial road.
  'Số', 'Căn hộ', 'Đường', 'Phố', 'Ngõ', 'Ngách', 'Hẻm', 'Quốc lộ', 'Tỉnh lộ',
  // Indonesian and Malay: road, lane, housing estate, apartment block.
  'Jl.', 'Jln.', 'Jalan', 'Gg.', 'Gang', 'Perumahan', 'Apartemen', 'Komplek', 'Kompleks',
  // Croatian and Slovak words before the name ("Ulica kralja Zvonimira", "Trg bana Jelačića", "Námestie SNP").
  'Ulica', 'Trg', 'Námestie', 'nám.',
  // Persian street, boulevard, lane, square, highway; Arabic street and road ("تهران، خیابان شریعتی،
  // کوچه ۳۶، پلاک ۱۱۹", "٣٢ شارع التحرير، المعادي").
  'خیابان', 'بلوار', 'کوچه', 'میدان', 'بزرگراه', 'شارع', 'طريق',
  // Colombian street words before the grid number ("Cl. 108 # 26-57", "Cra. 30 # 10-69", "Transversal 57 Bis # 76-15").
  'Cl.', 'Cll.', 'Calle', 'Cra.', 'Kra.', 'Carrera', 'Kr', 'Kr.', 'Cr.', 'Transversal', 'Tv.', 'Dg.', 'Ak.', 'Ac.',
  // French street words written in lower case, as Swiss and Belgian addresses often are ("rue du Seyon 16bis").
  'rue', 'chemin', 'avenue', 'boulevard', 'quai', 'impasse', 'allée', 'ruelle',
  // Peruvian block and lot ("Mz. E Lt. 19, Urb. Las Gardenias, Surco, Lima").
  'Mz.',
];
/**
 * Wards and districts, which a Vietnamese or Indonesian address names after its street: the street line
 * before them must hold the house number ("140 Bạch Đằng, Phường Phạm Đình Hổ, Quận Hai Bà Trưng"). The
 * Greek postcode label (Τ.Κ., ταχυδρομικός κώδικας) works the same way ("Μητροπόλεως 64, Τ.Κ. 185 36, Πειραιάς").
 */
const AREA = ['Phường', 'Quận', 'Huyện', 'P.', 'Q.', 'TP.', 'Kec.', 'Kecamatan', 'Kel.', 'Kelurahan', 'Τ.Κ.'];

/**
 * Words that open an address with the flat, house, plot or box number, written where no street word
 * or postcode marks one (the Gulf states, Nigeria, Hong Kong): "Villa 65, Street 33b, Al Barsha 2,
 * Dubai", "Plot 894, Aminu Kano Crescent, Wuse II, Abuja", "شقة 1355، برج النور، دبي". Capitalised only.
 */
const UNIT_FIRST = ['Villa', 'Flat', 'Apartment', 'Apt.', 'House', 'Plot', 'شقة', 'فيلا', 'منزل', 'বাড়ি', 'বাড়ি'];
/** Post-office boxes: a box number and its city are an address ("P.O. Box 438478, Dubai", "ص.ب 85157، دبي"). */
export const POST_BOX = ['Case postale', 'Casella postale', 'Postfach', 'P.O. Box', 'PO Box', 'P.O.Box', 'POB', 'P.M.B.', 'PMB', 'B.P.', 'ص.ب', 'ص.ب.', 'ص. ب', 'صندوق بريد'];

export const STREET_WORD_KIND = new Map<string, 'after' | 'before' | 'area' | 'unit'>();
for (const w of AFTER_NAME) STREET_WORD_KIND.set(w, 'after');
for (const w of BEFORE_NAME) STREET_WORD_KIND.set(w, 'before');
for (const w of AREA) STREET_WORD_KIND.set(w, 'area');
for (const w of [...UNIT_FIRST, ...POST_BOX]) STREET_WORD_KIND.set(w, 'unit');


/** The same words for the cue trie: Latin-script ones (Vietnamese included) and the others. */
export const LATIN_STREET_CUES = [...STREET_WORD_KIND.keys()].filter((w) => isLatinWord(w)).map((w) => w.toLowerCase());
export const NON_LATIN_STREET_CUES = [...STREET_WORD_KIND.keys()].filter((w) => !isLatinWord(w)).map((w) => w.toLowerCase());

function isLatinWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x250 || (c >= 0x1e00 && c <= 0x1eff);
}
