/**
 * One spelling of an English word where British and American spelling differ ("venepuncture" / "venipuncture",
 * "paediatric" / "pediatric", "organisation" / "organization", "licence" / "license", "centre" / "center"), so that a
 * résumé, a posting and the taxonomy written in either spelling meet. It is a key, never shown: both sides of every
 * comparison are folded alike, so folding a word that has one spelling ("supervise" → "supervize") changes nothing;
 * what a rule must not do is make two different words one ("rolled" and "roled"), hence the length limits.
 * Rule-based (the regular endings, as VarCon lists them) with a small table for the irregular ones. Maintained
 * libraries (npm american-english, americanify) are word lists without inflections and would be a new dependency.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  venepuncture: 'venipuncture',
  venepunctures: 'venipunctures',
  venesection: 'venisection',
  programme: 'program',
  programmes: 'programs',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  grey: 'gray',
  aluminium: 'aluminum',
  sulphur: 'sulfur',
  plough: 'plow',
  mould: 'mold',
  moulding: 'molding',
  judgement: 'judgment',
  acknowledgement: 'acknowledgment',
  ageing: 'aging',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  skilful: 'skillful',
  oedema: 'edema',
  diarrhoea: 'diarrhea',
  foetal: 'fetal',
  foetus: 'fetus',
}));
/** ae and oe of Greek and Latin words (paediatric, anaesthesia, haemoglobin, orthopaedic, oesophagus, oestrogen). */
const AE = /(?<=[^aeiou])ae(?=[bcdfghklmnprstvz])/g;
const OE_START = /^oe(?=[dsn])/;
/** -ise/-yse and their forms (organisation, organised, analyse), -our (colour, behaviour), -tre/-bre (centre, fibre), -ence (licence, defence). */
const ISE = /(?<=[a-z]{3})is(ation|ations|ational|e|es|ed|ing|er|ers)$/;
const YSE = /(?<=[a-z]{3})ys(e|es|ed|ing|er|ers)$/;
const OUR = /(?<=[a-z]{3})our(s|al|ally|ed|ing|ite|ites|able|ful|less|ist|ists|er|ers)?$/;
const TRE = /(?<=[a-z]{2})([tb])re(s?)$/;
const ENCE = /^(lic|def|off|pret)ence(s?)$/;
/** Doubled l before a suffix (labelled, modelling, travelled, counselling): only after a base of four letters or more. */
const DOUBLE_L = /(?<=[a-z]{3}[aeo])ll(ed|ing|er|ers)$/;
const OGUE = /(?<=[a-z]{2}log)ue(s?)$/;
const LATIN_WORD = /^[a-z]+$/;

/** The folded spelling of a lower-case word; anything but a plain Latin word is returned as it is. */
export function foldSpelling(word: string): string {
  if (word.length < 4 || !LATIN_WORD.test(word)) return word;
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  return word
    .replace(AE, 'e')
    .replace(OE_START, 'e')
    .replace(ISE, 'iz$1')
    .replace(YSE, 'yz$1')
    .replace(OUR, 'or$1')
    .replace(TRE, '$1er$2')
    .replace(ENCE, '$1ense$2')
    .replace(DOUBLE_L, 'l$1')
    .replace(OGUE, '$1');
}
