/**
 * Personal details an employer should not ask about and a candidate need not volunteer: marital
 * status, children, religion, health, a photo. They are not identifiers — nothing here is ever
 * redacted or sent through the placeholder machinery — so they only earn a soft note, never a
 * warning that blocks anything.
 */
export const PERSONAL_DETAIL_TOPICS = ['MARITAL_STATUS', 'CHILDREN', 'RELIGION', 'HEALTH', 'PHOTO'] as const;
export type PersonalDetailTopic = (typeof PERSONAL_DETAIL_TOPICS)[number];

export interface PersonalDetailFinding {
  topic: PersonalDetailTopic;
  start: number;
  end: number;
  text: string;
}

/**
 * One alternation of fixed phrases per language, each word bounded: linear (every alternative is
 * a literal with at most a single optional space), and scanned once per text.
 */
const ENGLISH: Readonly<Record<PersonalDetailTopic, readonly string[]>> = {
  MARITAL_STATUS: ['marital status', 'married', 'unmarried', 'divorced', 'widowed', 'spouse', 'husband', 'wife', 'fiancée', 'fiancé'],
  CHILDREN: ['children', 'kids', 'pregnant', 'pregnancy', 'family planning'],
  RELIGION: ['religion', 'religious', 'church', 'christian', 'catholic', 'protestant', 'muslim', 'islam', 'buddhist', 'hindu', 'jewish', 'faith'],
  HEALTH: ['health condition', 'health status', 'medical condition', 'medical history', 'disability', 'disabilities', 'disabled', 'chronic illness', 'illness', 'blood type', 'height and weight'],
  PHOTO: ['photo', 'photograph', 'headshot', 'head shot', 'picture of yourself'],
};
const KOREAN: Readonly<Record<PersonalDetailTopic, readonly string[]>> = {
  MARITAL_STATUS: ['결혼 여부', '결혼여부', '결혼', '기혼', '미혼', '이혼', '배우자', '혼인'],
  CHILDREN: ['자녀', '슬하', '임신', '출산 계획'],
  RELIGION: ['종교', '기독교', '불교', '천주교', '개신교', '교회', '성당'],
  HEALTH: ['건강 상태', '건강상태', '병력', '질병', '장애', '혈액형', '신체 사항', '신체사항'],
  PHOTO: ['증명사진', '사진 첨부', '사진'],
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string): number => b.length - a.length;

const TOPIC_BY_PHRASE = new Map<string, PersonalDetailTopic>();
for (const table of [ENGLISH, KOREAN]) {
  for (const topic of PERSONAL_DETAIL_TOPICS) for (const phrase of table[topic]) TOPIC_BY_PHRASE.set(phrase, topic);
}

const ENGLISH_PHRASES = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${Object.values(ENGLISH).flat().sort(byLengthDesc).map(escape).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);
/** Korean attaches particles (종교는, 자녀가), so only the start is bounded. */
const KOREAN_PHRASES = new RegExp(`(?<![가-힣])(?:${Object.values(KOREAN).flat().sort(byLengthDesc).map(escape).join('|')})`, 'g');

export function detectPersonalDetails(text: string): PersonalDetailFinding[] {
  const found: PersonalDetailFinding[] = [];
  for (const pattern of [ENGLISH_PHRASES, KOREAN_PHRASES]) {
    for (const m of text.matchAll(pattern)) {
      const topic = TOPIC_BY_PHRASE.get(m[0].toLowerCase()) ?? TOPIC_BY_PHRASE.get(m[0]);
      if (topic) found.push({ topic, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
