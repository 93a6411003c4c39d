import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type ScanInput } from './recognizer.js';

/** Kanji, the iteration mark 々, hiragana and katakana: the letters a Japanese place name is written in. */
const JAPANESE_LETTER = String.raw`\u3005\u3040-\u30FF\u4E00-\u9FFF`;

/** The 47 prefectures (都道府県), each with its suffix, so "東京" alone (a city, a wish) is none. */
const PREFECTURE = new RegExp(
  [
    '北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県',
    '石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県',
    '岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県',
  ].join('|'),
);
/** A municipality or ward suffix: 市, 区, 町, 村, 郡. */
const MUNICIPALITY = /[市区町村郡]/;
/** One of these is in every Japanese address this reader keeps: a prefecture's last letter or a municipality suffix. */
const REQUIRED_LETTER = /[都道府県市区町村郡]/;

const DIGITS = '[0-9０-９]{1,4}';
const DASH = '[-－‐−]';

/**
 * A Japanese address written in Japanese script: an optional postcode (`〒150-0002`, on its own line
 * or run into the address), the prefecture, municipality and district as one run of Japanese letters
 * (東京都渋谷区渋谷), then the block and house numbers — `4丁目22番7号`, `1丁目14-10`, `123番地`,
 * `2-12-21` — and an optional building or room after a space (`コーポ5F`, `325号`,
 * `サンライズマンション791号室`). The place-name run and the numbers use disjoint classes, so there is
 * one way to match a string; the run must hold a prefecture, or follow a postcode and name a city or
 * ward, which `recognizeJapaneseAddresses` checks.
 */
const JAPANESE_ADDRESS = new RegExp(
  String.raw`(?<![0-9０-９${JAPANESE_LETTER}])` +
    String.raw`(?:(?<postcode>(?:〒[ \u3000]?)?[0-9０-９]{3}${DASH}[0-9０-９]{4})(?:[ \u3000]{1,2}|\r?\n)?)?` +
    String.raw`(?<area>[${JAPANESE_LETTER}]{2,24})` +
    String.raw`${DIGITS}(?:丁目(?:${DIGITS}(?:番地?(?:${DIGITS}号)?|${DASH}${DIGITS}号?))?|番地?(?:${DIGITS}号)?|${DASH}${DIGITS}(?:${DASH}${DIGITS})?号?)` +
    String.raw`(?:[ \u3000][\u30A0-\u30FF\u4E00-\u9FFF]{0,16}[0-9０-９]{1,5}(?:号室|号|階|F)(?![A-Za-z]))?` +
    String.raw`(?![0-9０-９])`,
  'g',
);

/**
 * Japanese-script addresses. A span starts at the postcode when there is one, else at the prefecture
 * (a label run into it, 住所北海道…, is left out).
 */
export function recognizeJapaneseAddresses({ text, context }: Pick<ScanInput, 'text' | 'context'>): Candidate[] {
  const found: Candidate[] = [];
  // Every prefecture ends in 都, 道, 府 or 県, and a municipality suffix is one of MUNICIPALITY's: a text with none
  // of them (almost every Latin or Hangul one) holds no Japanese address, and the scan below would try every position.
  if (!REQUIRED_LETTER.test(text)) return found;
  for (const m of text.matchAll(JAPANESE_ADDRESS)) {
    const area = m.groups?.['area'] ?? '';
    const postcode = m.groups?.['postcode'];
    const prefecture = PREFECTURE.exec(area);
    if (!prefecture && !(postcode !== undefined && MUNICIPALITY.test(area))) continue;
    const areaStart = m.index + m[0].indexOf(area, postcode?.length ?? 0);
    const start = postcode !== undefined ? m.index : areaStart + (prefecture?.index ?? 0);
    const end = m.index + m[0].length;
    const confidence = 0.85 + (postcode !== undefined ? 0.05 : 0) + (context.has('address', start, end) ? 0.05 : 0);
    found.push({ type: 'ADDRESS', start, end, confidence: clampConfidence(confidence) });
  }
  return found;
}
