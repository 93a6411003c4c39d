/**
 * Context words: short cues ("passport", "계좌", "DOB") that turn an otherwise ambiguous number
 * into a finding, or raise a finding's confidence. The whole text is scanned for all cues in ONE
 * regex pass; recognizers then ask "is there a cue of kind K just before/after this span?" with a
 * binary search, so context lookups never re-scan the text.
 */
export type ContextKind =
  | 'rrn'
  | 'frn'
  | 'ssn'
  | 'passport'
  | 'driverLicense'
  | 'card'
  | 'bankAccount'
  | 'phone'
  | 'birth'
  | 'address'
  /** Routing/sort codes identify a bank, not a person: they veto a nearby account cue. */
  | 'routing';

/** English cues match whole words only ("tel" must not fire inside "hotel"). */
const ENGLISH_CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  rrn: ['rrn', 'resident registration number', 'resident registration no', 'resident registration', 'resident number', 'jumin'],
  frn: ['frn', 'foreigner registration number', 'foreigner registration', 'alien registration number', 'alien registration', 'arc number'],
  ssn: ['ssn', 'ssns', 'social security number', 'social security no', 'social security', 'soc sec'],
  passport: ['passport', 'passport no', 'passport number', 'travel document'],
  driverLicense: [
    "driver's license", 'drivers license', 'driver license', "driver's licence", 'drivers licence', 'driver licence',
    'driving licence', 'driving license', 'dl', 'dl no', 'license', 'licence', 'license no', 'license number',
  ],
  card: [
    'credit card', 'debit card', 'card number', 'card no', 'card', 'cc', 'visa', 'mastercard', 'amex',
    'american express', 'discover', 'jcb', 'diners', 'unionpay', 'maestro',
  ],
  bankAccount: [
    'account', 'account number', 'account no', 'acct', 'a/c', 'bank', 'bank account', 'checking',
    'savings', 'iban', 'wire transfer',
  ],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'fax', 'contact', 'call', 'whatsapp', 'ph', 'mob'],
  birth: ['dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'b-day'],
  address: ['address', 'addr', 'residence', 'lives at', 'located at', 'mailing address', 'home address'],
  routing: ['routing', 'routing number', 'routing no', 'aba', 'rtn', 'sort code', 'swift', 'bic'],
};

/** Korean cues attach to particles (여권번호는, 계좌로), so they match as plain substrings. */
const KOREAN_CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  rrn: ['주민등록번호', '주민번호', '주민등록'],
  frn: ['외국인등록번호', '외국인등록증', '외국인등록', '외국인번호'],
  ssn: [],
  passport: ['여권번호', '여권'],
  driverLicense: ['운전면허번호', '운전면허증', '운전면허', '면허번호'],
  card: ['카드번호', '신용카드', '체크카드', '카드'],
  bankAccount: ['계좌번호', '계좌', '입금', '예금주', '은행', '카카오뱅크', '토스뱅크', '케이뱅크', '농협', '신협', '수협', '우체국', '새마을금고'],
  phone: ['전화번호', '전화', '휴대폰', '핸드폰', '휴대전화', '연락처', '휴대번호'],
  birth: ['생년월일', '출생일', '생일', '출생'],
  address: ['주소', '거주지', '자택'],
  routing: [],
};

const KIND_BY_CUE = new Map<string, ContextKind>();
for (const table of [ENGLISH_CUES, KOREAN_CUES]) {
  for (const [kind, cues] of Object.entries(table) as [ContextKind, readonly string[]][]) {
    for (const cue of cues) KIND_BY_CUE.set(cue, kind);
  }
}

function alternation(cues: Iterable<string>): string {
  // Longest first so "passport number" wins over "passport"; literals only, so no backtracking.
  return [...cues]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

const englishCues = Object.values(ENGLISH_CUES).flat();
const koreanCues = Object.values(KOREAN_CUES).flat();
/** The apostrophe in "driver's" may be typographic; we normalise it before the lookup. */
const CUE_PATTERN = new RegExp(
  `(?<![A-Za-z])(?:${alternation(englishCues).replace(/'/g, "['’]")})(?![A-Za-z])|${alternation(koreanCues)}`,
  'gi',
);

interface CueOccurrences {
  starts: number[];
  ends: number[];
}

/** How far (UTF-16 units) a cue may sit before or after the span it qualifies. */
export const CONTEXT_WINDOW_BEFORE = 48;
export const CONTEXT_WINDOW_AFTER = 24;

export class ContextIndex {
  private readonly byKind = new Map<ContextKind, CueOccurrences>();

  constructor(text: string) {
    for (const match of text.matchAll(CUE_PATTERN)) {
      const cue = match[0].toLowerCase().replace(/’/g, "'");
      const kind = KIND_BY_CUE.get(cue);
      if (kind === undefined) continue;
      let occ = this.byKind.get(kind);
      if (!occ) this.byKind.set(kind, (occ = { starts: [], ends: [] }));
      occ.starts.push(match.index);
      occ.ends.push(match.index + match[0].length);
    }
  }

  /** Cue spans of one kind, in text order (used by recognizers that are driven by the cue itself). */
  occurrences(kind: ContextKind): Readonly<CueOccurrences> {
    return this.byKind.get(kind) ?? { starts: [], ends: [] };
  }

  /** True when a cue of `kind` ends within the window before `start` or begins within the window after `end`. */
  has(kind: ContextKind, start: number, end: number): boolean {
    return this.distance(kind, start, end) !== Infinity;
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
