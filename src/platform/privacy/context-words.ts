/**
 * Context words: short cues ("passport", "계좌", "DOB") that turn an otherwise ambiguous number
 * into a finding, or raise a finding's confidence. The whole text is scanned for all cues in ONE
 * pass; recognizers then ask "is there a cue of kind K just before/after this span?" with a
 * binary search, so context lookups never re-scan the text.
 */
export type ContextKind =
  | 'rrn'
  | 'frn'
  | 'ssn'
  | 'passport'
  | 'driverLicense'
  /** "licence"/"license"/"DL" alone: software, trade and class licences too, so only when it names the number. */
  | 'licenceWord'
  | 'card'
  | 'bankAccount'
  | 'phone'
  | 'birth'
  | 'address'
  /** Routing/sort codes identify a bank, not a person: they veto a nearby account cue. */
  | 'routing'
  /** Order, tracking, invoice, business-registration numbers: they veto a farther account or phone cue. */
  | 'reference'
  /** Names of identity numbers that carry letters or a strong layout: they only raise confidence. */
  | 'nationalId'
  /** Purely numeric national numbers are reported only next to their own name (see national-id-checks.ts). */
  | 'caSin'
  | 'nlBsn'
  | 'deTaxId'
  | 'inAadhaar'
  | 'jpMyNumber';

/** Lower-case; matched case-insensitively as whole words (see ENGLISH_TRIE). */
const ENGLISH_CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  rrn: ['rrn', 'resident registration number', 'resident registration no', 'resident registration', 'resident number', 'jumin'],
  frn: ['frn', 'foreigner registration number', 'foreigner registration', 'alien registration number', 'alien registration', 'arc number'],
  ssn: ['ssn', 'ssns', 'social security number', 'social security no', 'social security', 'soc sec'],
  passport: ['passport', 'passport no', 'passport number', 'travel document'],
  driverLicense: [
    "driver's license", 'drivers license', 'driver license', "driver's licence", 'drivers licence', 'driver licence',
    'driving licence', 'driving license', 'dl no', 'license no', 'license number', 'licence no', 'licence number',
    "driver's license number", "driver's licence number", 'driving licence number', 'driving licence no',
  ],
  licenceWord: ['dl', 'license', 'licence'],
  card: [
    'credit card', 'debit card', 'card number', 'card no', 'card', 'cc', 'visa', 'mastercard', 'amex',
    'american express', 'discover', 'jcb', 'diners', 'unionpay', 'maestro',
  ],
  bankAccount: [
    'account', 'account number', 'account no', 'acct', 'a/c', 'bank', 'bank account', 'checking',
    'savings', 'iban', 'wire transfer',
    // Italian, Portuguese, Polish, Swedish, Danish account words.
    'conto corrente', 'numero di conto', 'conta', 'conta corrente', 'número da conta', 'numer konta', 'nr konta', 'rachunek',
    'kontonummer', 'bankkonto', 'konto',
  ],
  phone: [
    'phone', 'phone number', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'fax', 'contact', 'call', 'whatsapp', 'ph', 'mob',
    // The words people in the other supported countries put before a number (it, pt, pl, sv, da) and Korean "H.P".
    // (Not the Polish abbreviation "kom." alone: "kom" is "come"/"came" in Dutch, Swedish and Danish.)
    'telefono', 'cellulare', 'cellulare n', 'telefone', 'celular', 'contato', 'fone', 'telefon', 'tel. kom', 'komórka',
    'mobil', 'tlf', 'mobilnummer', 'telefonnummer', 'h.p', 'handphone',
  ],
  birth: [
    'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'b-day',
    // Italian, Portuguese, Polish, Swedish, Danish.
    'data di nascita', 'nato il', 'nata il', 'data de nascimento', 'nascido em', 'nascida em', 'data urodzenia',
    'urodzony', 'urodzona', 'födelsedatum', 'född', 'fødselsdato', 'født',
  ],
  address: ['address', 'addr', 'residence', 'lives at', 'located at', 'mailing address', 'home address'],
  routing: ['routing', 'routing number', 'routing no', 'aba', 'rtn', 'sort code', 'swift', 'bic', 'bsb', 'ifsc', 'transit number', 'clearingnummer', 'reg. nr', 'agência'],
  reference: [
    'order', 'order no', 'tracking', 'tracking number', 'shipment', 'parcel', 'consignment', 'batch', 'invoice', 'ticket', 'serial', 'reference', 'ref', 'part number', 'isbn', 'sku', 'ein', 'tax id', 'vat',
    // Numbers that name themselves: membership, customer, policy, case, booking numbers.
    'order number', 'invoice no', 'invoice number', 'part no', 'membership', 'membership no', 'membership number', 'member no',
    'member number', 'member id', 'customer no', 'customer number', 'client no', 'client number', 'account ref', 'policy no',
    'policy number', 'case no', 'case number', 'claim number', 'booking reference', 'booking ref', 'receipt no', 'voucher',
    // The same in Italian, Portuguese, Polish, Swedish and Danish.
    'ordine', 'numero ordine', 'fattura', 'codice articolo', 'tessera', 'pedido', 'protocolo', 'nota fiscal', 'rastreio',
    'zamówienia', 'faktury', 'przesyłki', 'członkowski', 'ordernummer', 'medlemsnummer', 'fakturanummer', 'artikelnummer',
    'ordrenummer', 'varenummer', 'kundnummer', 'kundenummer',
    // Business and student numbers: Australian ABN/ACN, NZBN and GST, Canadian business number,
    // Polish NIP/REGON, student numbers.
    'abn', 'acn', 'nzbn', 'gst', 'gst no', 'business number', 'company number', 'nip', 'regon', 'student number', 'student no', 'student id',
  ],
  nationalId: [
    'national insurance', 'national insurance number', 'national insurance no', 'nino', 'ni number', 'ni no',
    'nir', 'insee', 'numéro de sécurité sociale', 'securite sociale',
    'dni', 'nie', 'nif', 'documento nacional de identidad', 'codice fiscale', 'c.f', 'cf',
    'pan', 'pan no', 'pan number', 'pan card', 'permanent account number',
    'resident identity card', 'resident id', 'identity card', 'id card', 'id number', 'id no', 'national id', 'national identity number',
  ],
  caSin: [
    'sin', 'sin number', 'sin no', 'social insurance number', 'social insurance no', 'social insurance', 'numéro d’assurance sociale',
    // The French name with a straight apostrophe. (Not the abbreviation "NAS": a storage box in a CV.)
    "numéro d'assurance sociale", 'no d’assurance sociale',
  ],
  nlBsn: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofi number'],
  deTaxId: [
    'steuer-id', 'steuerid', 'steuer id', 'steuer-identifikationsnummer', 'steueridentifikationsnummer',
    'steuerliche identifikationsnummer', 'identifikationsnummer', 'idnr', 'tax identification number', 'german tax id',
  ],
  inAadhaar: [
    'aadhaar', 'aadhar', 'aadhaar number', 'aadhaar no', 'aadhaar card', 'uidai', 'uid', 'uid no',
    'aadhar no', 'aadhar number', 'aadhar card', 'aadhaar card no', 'aadhaar card number', 'uid number',
  ],
  jpMyNumber: ['my number', 'mynumber', 'my number card', 'individual number', 'kojin bango'],
};

const KOREAN_CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  rrn: ['주민등록번호', '주민번호', '주민등록'],
  frn: ['외국인등록번호', '외국인등록증', '외국인등록', '외국인번호'],
  ssn: [],
  passport: ['여권번호', '여권'],
  driverLicense: ['운전면허번호', '운전면허증', '운전면허', '면허번호'],
  licenceWord: [],
  card: ['카드번호', '신용카드', '체크카드', '카드'],
  bankAccount: ['계좌번호', '계좌', '입금', '예금주', '은행', '카카오뱅크', '토스뱅크', '케이뱅크', '농협', '신협', '수협', '우체국', '새마을금고'],
  phone: ['전화번호', '전화', '휴대폰', '핸드폰', '휴대전화', '연락처', '휴대번호'],
  birth: ['생년월일', '출생일', '생일', '출생'],
  address: ['주소', '거주지', '자택'],
  routing: [],
  reference: ['주문번호', '송장번호', '운송장', '사업자등록번호', '사업자번호', '문서번호', '일련번호', '접수번호', '회원번호', '관리번호'],
  nationalId: ['신분증번호'],
  caSin: [],
  nlBsn: [],
  deTaxId: [],
  inAadhaar: [],
  jpMyNumber: ['마이넘버'],
};

/**
 * Cues are found by walking a trie of their characters rather than with one regex alternation of
 * all ~150 cues: V8 tries the alternation at every position of the text, which made it one of the
 * most expensive passes of the detector. The walk only starts at word starts (English) or at
 * Hangul syllables (Korean) and takes the longest cue there, as the longest-first alternation did.
 */
interface CueNode {
  next: Map<number, CueNode>;
  /** Set when a cue ends at this node. */
  kind: ContextKind | undefined;
}

function cueTrie(table: Readonly<Record<ContextKind, readonly string[]>>, fold: (c: number) => number): CueNode {
  const root: CueNode = { next: new Map(), kind: undefined };
  for (const [kind, cues] of Object.entries(table) as [ContextKind, readonly string[]][]) {
    for (const cue of cues) {
      let node = root;
      for (let i = 0; i < cue.length; i++) {
        const c = fold(cue.charCodeAt(i));
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), kind: undefined }));
        node = child;
      }
      node.kind = kind;
    }
  }
  return root;
}

const RIGHT_SINGLE_QUOTE = 0x2019;
const APOSTROPHE = 0x27;

/** English cues match ASCII letters case-insensitively, and "driver’s" with a typographic apostrophe. */
function foldEnglish(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === RIGHT_SINGLE_QUOTE ? APOSTROPHE : c;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const HANGUL_FIRST = 0xac00; // 가
const HANGUL_LAST = 0xd7a3; // 힣

function isHangulSyllable(c: number): boolean {
  return c >= HANGUL_FIRST && c <= HANGUL_LAST;
}

/** English cues match whole words only ("tel" must not fire inside "hotel"). */
const ENGLISH_TRIE = cueTrie(ENGLISH_CUES, foldEnglish);
/** Korean cues attach to particles (여권번호는, 계좌로), so they match as plain substrings. */
const KOREAN_TRIE = cueTrie(KOREAN_CUES, (c) => c);

interface CueMatch {
  end: number;
  kind: ContextKind;
}

/**
 * Most words and syllables start no cue. Bitmaps of the cues' first two (folded) ASCII characters
 * and of their first syllables reject them without walking the trie (every cue has 2+ characters).
 */
const ENGLISH_PAIRS = new Uint8Array(128 * 128);
for (const cue of Object.values(ENGLISH_CUES).flat()) {
  const second = foldEnglish(cue.charCodeAt(1));
  if (second < 128) ENGLISH_PAIRS[cue.charCodeAt(0) * 128 + second] = 1;
}
const KOREAN_FIRST_SYLLABLES = new Uint8Array(HANGUL_LAST - HANGUL_FIRST + 1);
for (const cue of Object.values(KOREAN_CUES).flat()) KOREAN_FIRST_SYLLABLES[cue.charCodeAt(0) - HANGUL_FIRST] = 1;

function mayStartCue(text: string, start: number, english: boolean): boolean {
  if (!english) return KOREAN_FIRST_SYLLABLES[text.charCodeAt(start) - HANGUL_FIRST] === 1;
  const first = foldEnglish(text.charCodeAt(start));
  const second = foldEnglish(text.charCodeAt(start + 1));
  // A non-ASCII second letter ("födelsedatum", "fødselsdato") is rare enough to walk the trie for.
  return second >= 128 || ENGLISH_PAIRS[first * 128 + second] === 1;
}

/** The longest cue starting at `start`; an English cue must also end at a word boundary. */
function longestCueAt(text: string, start: number, english: boolean): CueMatch | null {
  if (!mayStartCue(text, start, english)) return null;
  let node = english ? ENGLISH_TRIE : KOREAN_TRIE;
  let best: CueMatch | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const child = node.next.get(english ? foldEnglish(c) : c);
    if (!child) break;
    node = child;
    if (node.kind !== undefined && !(english && isAsciiLetter(text.charCodeAt(i + 1)))) best = { end: i + 1, kind: node.kind };
  }
  return best;
}

interface CueOccurrences {
  starts: number[];
  ends: number[];
}

/** How far (UTF-16 units) a cue may sit before or after the span it qualifies. */
/** At most this many characters (": ", " #", " no. ") between a cue and the value it names. */
export const NAMED_BY_CUE_GAP = 5;
export const CONTEXT_WINDOW_BEFORE = 48;
export const CONTEXT_WINDOW_AFTER = 24;

export class ContextIndex {
  private readonly byKind = new Map<ContextKind, CueOccurrences>();

  constructor(text: string) {
    // Invariant: whenever `i` reaches an ASCII letter, the character before it is not one (we only
    // stop after a non-letter, after a cue, or at 0), so `i` is a word start.
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const english = isAsciiLetter(c);
      if (!english && !isHangulSyllable(c)) {
        i++;
        continue;
      }
      const cue = longestCueAt(text, i, english);
      if (cue) {
        this.add(cue.kind, i, cue.end);
        i = cue.end; // cues do not overlap: scanning resumes after this one
      } else if (english) {
        // No English cue starts inside a word, so skip the rest of it.
        do i++;
        while (i < text.length && isAsciiLetter(text.charCodeAt(i)));
      } else {
        i++; // a Korean cue may still start at the next syllable
      }
    }
  }

  private add(kind: ContextKind, start: number, end: number): void {
    let occ = this.byKind.get(kind);
    if (!occ) this.byKind.set(kind, (occ = { starts: [], ends: [] }));
    occ.starts.push(start);
    occ.ends.push(end);
  }

  /** Cue spans of one kind, in text order (used by recognizers that are driven by the cue itself). */
  occurrences(kind: ContextKind): Readonly<CueOccurrences> {
    return this.byKind.get(kind) ?? { starts: [], ends: [] };
  }

  /** True when a cue of `kind` ends within the window before `start` or begins within the window after `end`. */
  has(kind: ContextKind, start: number, end: number): boolean {
    return this.distance(kind, start, end) !== Infinity;
  }

  /**
   * Whether a cue of `kind` ends at most `maxGap` UTF-16 units before `start`: the cue names the
   * value that follows it ("Ticket 267-834-122", "주문번호 2023…"), not merely a neighbour.
   */
  names(kind: ContextKind, start: number, maxGap: number): boolean {
    const occ = this.byKind.get(kind);
    if (!occ) return false;
    const before = lastIndexAtMost(occ.ends, start);
    return before >= 0 && start - occ.ends[before]! <= maxGap;
  }

  /** Where the nearest cue of `kind` ending at most `maxGap` units before `start` ends, else -1. */
  endBefore(kind: ContextKind, start: number, maxGap: number = CONTEXT_WINDOW_BEFORE): number {
    const occ = this.byKind.get(kind);
    if (!occ) return -1;
    const before = lastIndexAtMost(occ.ends, start);
    return before >= 0 && start - occ.ends[before]! <= maxGap ? occ.ends[before]! : -1;
  }

  /** Gap in UTF-16 units between the span and the nearest cue of `kind` inside the window, else Infinity. */
  distance(kind: ContextKind, start: number, end: number): number {
    const occ = this.byKind.get(kind);
    if (!occ) return Infinity;
    let best = Infinity;
    // Last cue ending at or before `start` (ends are sorted because cues of a kind never overlap).
    const before = lastIndexAtMost(occ.ends, start);
    if (before >= 0 && start - occ.ends[before]! <= CONTEXT_WINDOW_BEFORE) best = start - occ.ends[before]!;
    const after = firstIndexAtLeast(occ.starts, end);
    if (after >= 0 && occ.starts[after]! - end <= CONTEXT_WINDOW_AFTER) best = Math.min(best, occ.starts[after]! - end);
    return best;
  }
}

function lastIndexAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function firstIndexAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! >= value) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}
