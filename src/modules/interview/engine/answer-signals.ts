import { HANGUL } from '../../../kernel/resume/resume-sections.js';
import { stem } from '../../../kernel/skills/index.js';
import type { PlannedQuestion, StarCoverage } from './interview-types.js';

/**
 * What the follow-up rules and the rubric read from an answer: its sentences (with offsets, so every
 * quote is an exact substring), STAR cues per sentence, who acted (I / we), outcomes and numbers,
 * and how much it shares with the question. Plain word rules, so the same answer always reads the same.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export type StarPart = keyof StarCoverage;

export interface SentenceSignals extends Sentence {
  star: Set<StarPart>;
  words: number;
  hasNumber: boolean;
  iAction: boolean;
  iActions: number;
  we: boolean;
}

export interface AnswerSignals {
  text: string;
  words: string[];
  /** Written mainly in Korean. */
  korean: boolean;
  /** Length in English-word equivalents (Korean 어절 × KOREAN_WORD_WEIGHT): the unit of every length rule. */
  size: number;
  sentences: SentenceSignals[];
  star: StarCoverage;
  /** "I" followed by a past-tense verb: "I rewrote", "I led". */
  iActions: number;
  /** First-person singular mentions (I, my, me). */
  iMentions: number;
  /** First-person plural mentions (we, our, us, the team). */
  weMentions: number;
  /** Past-tense verbs: a told story rather than a general statement. */
  pastTense: number;
  /** Quantities with a unit: 30%, 2x, 4 hours, $10k, 1,200 users. */
  quantities: string[];
  fillers: string[];
  vague: string[];
}

/** Sentences with their offsets. A full stop only ends a sentence before whitespace ("3.5", "Node.js" do not). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (/[.!?]/.test(ch)) {
      let j = i;
      while (j + 1 < text.length && /[.!?"'’)]/.test(text[j + 1]!)) j++;
      if (j + 1 >= text.length || /\s/.test(text[j + 1]!)) {
        push(j + 1);
        start = j + 1;
        i = j;
      }
    }
  }
  push(text.length);
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

const IRREGULAR_PAST = new Set(
  'built wrote rewrote led ran made took set sent met spoke found chose drove brought began did gave held kept taught put broke split caught got paid sold told went won read saw thought understood became shut cut lost left spent fought bought dealt felt heard knew let meant rose showed sought stuck threw drew grew fed flew forgot hid hit laid lent overcame quit was were had'.split(' '),
);
const NOT_PAST_ED = new Set(['need', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'bleed', 'embed', 'weed', 'proceed', 'succeed', 'exceed', 'indeed', 'hundred', 'bred']);

export function isPastTense(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PAST.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w);
}

// States and hedges after "I" that are not something the speaker did.
const NOT_ACTION = new Set(['was', 'had', 'felt', 'thought', 'knew', 'meant', 'wanted', 'needed', 'liked', 'loved', 'hated', 'hoped', 'guess', 'think', 'learned', 'learnt', 'realised', 'realized']);
const I_ACTION = /\bI\s+(?:(?:then|also|first|quickly|personally|finally|immediately|eventually|just|actually|carefully|ultimately|later|again|directly)\s+)?([A-Za-z]+)/g;

/** How many times the sentence says "I <did something>" (past tense, not a state such as "I was"). */
function iActionCount(sentence: string): number {
  let count = 0;
  for (const m of sentence.matchAll(I_ACTION)) {
    const verb = m[1]!.toLowerCase();
    if (!NOT_ACTION.has(verb) && isPastTense(verb)) count++;
  }
  return count;
}

const SITUATION = /\b(?:when I was|at my (?:last|previous|current|first|old)|in my (?:last|previous|current|first|old) (?:role|job|position|team|company)|at the time|back then|last (?:year|month|quarter|summer|spring|autumn|fall|winter)|(?:in|during) (?:19|20)\d\d|a few (?:years|months) ago|(?:years|months) ago|(?:our|the|my) (?:team|company|client|customer|product|project|startup|service|app|site|store|clinic|school|department) (?:was|were|had)|there (?:was|were)|we (?:were|had) (?:a|an|two|three|several|only)|I was (?:working|a|an|the|on|part)|I worked (?:at|as|on|for)|working (?:at|as) |the (?:problem|challenge|issue|situation|context) was)\b/i;
const TASK = /\b(?:my (?:task|goal|job|role|responsibility|assignment|objective|mission|brief) (?:was|were)|I (?:was|were) (?:responsible|asked|tasked|assigned|expected|hired|brought in|put in charge|in charge)|I (?:needed|had) to|we (?:needed|had) to|the (?:goal|aim|objective|task|mission|ask) was|our (?:goal|aim|objective|task) was|I (?:wanted|decided) to (?:find|make|get|fix|reduce|improve|understand)|so I set out to)\b/i;
const RESULT = /\b(?:as a result|result(?:ed|s)?|outcome|in the end|eventually|ended up|led to|which (?:meant|led|cut|reduced|increased|saved|improved)|reduc(?:ed|ing)|increas(?:ed|ing)|improv(?:ed|ing)|sav(?:ed|ing)|cut (?:the|our|down)|grew|dropped|doubled|halved|shipped|launched|delivered|on time|ahead of schedule|praised|promoted|award\w*|adopted|resolved|solved|fixed|went (?:live|down|up)|we (?:won|hit|met|achieved|beat|closed)|achiev\w+|succe\w+|never happened again|no longer|I learned|I learnt|lesson|since then|from then on|to this day|stopped)\b/i;
const NUMBER_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)';
const QUANTITY = new RegExp(
  String.raw`(?:[$€£]\s?\d[\d,.]*\s?(?:[kKmM]|bn)?\b|\b\d[\d,.]*\s?(?:%|percent\b|x\b|[kKmM]\b|[a-zA-Z]+\b)?|\b(?:doubled|tripled|halved)\b|\b${NUMBER_WORD}[\s-](?:minutes?|hours?|days?|weeks?|months?|years?|people|engineers|users|customers|clients|partners|teams)\b)`,
  'g',
);
const BARE_YEAR = /^(?:19|20)\d\d$/;

/** Quantities in a text, without bare years ("in 2021" is a date, not a measure). */
export function quantitiesIn(text: string): string[] {
  const english = (text.match(QUANTITY) ?? []).map((q) => q.trim()).filter((q) => !BARE_YEAR.test(q));
  if (!HANGUL.test(text)) return english;
  // Korean puts the unit right after the digits ("20분", "3분의 1", "1억 원"): read those with their unit.
  const korean = (text.match(QUANTITY_KO) ?? []).map((q) => q.trim()).filter((q) => !BARE_YEAR.test(q.replace(/년$/, '')) || !/년$/.test(q));
  return [...korean, ...english.filter((q) => /[A-Za-z%$€£]/.test(q) && !korean.some((k) => k.includes(q)))];
}
// Korean answers (해요체 / 합니다체): the same STAR cues, read from endings and particles. Korean
// writes few words per clause (an 어절 carries its particles), so counts are scaled by KOREAN_WORD_WEIGHT.
const SITUATION_KO = /당시|작년|재작년|지난\s?(?:해|달|분기|학기)|\d{1,2}\s?년 전|몇 (?:년|달) 전|초임|(?:일할|근무할|근무하던|있을|맡았을|하던) 때|(?:회사|팀|병동|병원|학교|센터|부서|매장)에서|야간 근무|문제가 (?:생겼|있었)|상황이었/;
const TASK_KO = /목표는|목표였|(?:제|저의) (?:역할|책임|임무|과제|담당)|맡은|담당(?:했|이었|자)|책임이었|해야 했|하는 것이었|리드를 맡/;
const I_ACTION_KO = /(?:저는|제가|직접|저 혼자)[^.!?。]*?(?:했|었|았|였|냈|줬|렸|봤|웠|졌|겼|뒀)(?:습니다|고|으며|는데|지만|어요|다|죠)/g;
const RESULT_KO = /결과|덕분에|결국|줄었|줄어|늘었|늘어|올랐|높아졌|낮아졌|개선(?:했|되)|향상|달성|성공|해결(?:했|되)|배웠|교훈|그 뒤로|이후로|회복|마무리했|끝났|없었습니다|바뀌었|멈췄/;
const WE_KO = /저희|우리 ?팀|우리는|우리가|팀원들과|다 ?같이/g;
const I_KO = /(?:^|\s)(?:저는|제가|저의|제|저를|저도|저에게)(?=\s)/g;
const PAST_KO = /(?:했|었|았|였|렸|냈|졌|웠|겼|봤|줬|됐|났|갔|왔|셨)(?:습니다|다|고|으며|는데|지만|어요|죠|던|을)?[.,!?]?$/;
const QUANTITY_KO = /\d[\d,.]{0,15}\s?(?:%|퍼센트|명|건|곳|개|번|시간|분|초|일|주|개월|달|년|배|원|만\s?원|억\s?원|밀리초|포인트)|(?:두|세|네|다섯|여섯|열|스무|백|천|만)\s?(?:번|명|건|곳|배|시간|달|주|개월)|\d{1,3}분의\s?\d{1,3}/g;
const FILLER_KO = /(?:^|\s)(?:음+|어+|그+|뭐랄까|약간|그냥|막)(?=[\s,])/g;
const VAGUE_KO = /열심히|여러 가지|등등|많이|항상|늘|보통|대부분|어떻게든/g;
export const KOREAN_WORD_WEIGHT = 1.6;

/** Whether a text is written mainly in Korean. */
export function isKorean(text: string): boolean {
  const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return hangul > 0 && hangul >= latin / 2;
}

const FILLER = /\b(?:um+|uh+|erm+|er|you know|I mean|basically|literally|kind of|sort of)\b|,\s*like,/gi;
const VAGUE = /\b(?:stuff|things|etc|various|whatever|somehow|something like that|and so on|a lot|lots of|always|never|usually|generally|many things|some things)\b/gi;
const WE = /\b(?:we|our|us|we're|we've|we'd|the team)\b/gi;
const I = /\b(?:I|I'm|I've|I'd|I'll|my|me|myself)\b/g;

/** Past-tense words: English -ed / irregular forms, Korean past endings (했습니다, 봤고…). */
function isPastWord(word: string): boolean {
  return HANGUL.test(word) ? PAST_KO.test(word) : isPastTense(word);
}

export function readAnswer(text: string): AnswerSignals {
  const korean = isKorean(text);
  const sentences: SentenceSignals[] = splitSentences(text).map((s) => {
    const star = new Set<StarPart>();
    if (SITUATION.test(s.text) || (korean && SITUATION_KO.test(s.text))) star.add('situation');
    if (TASK.test(s.text) || (korean && TASK_KO.test(s.text))) star.add('task');
    const iActions = iActionCount(s.text) + (korean ? (s.text.match(I_ACTION_KO) ?? []).length : 0);
    const iAction = iActions > 0;
    if (iAction) star.add('action');
    const hasNumber = quantitiesIn(s.text).length > 0;
    if (RESULT.test(s.text) || (korean && RESULT_KO.test(s.text))) star.add('result');
    const we = new RegExp(WE.source, 'i').test(s.text) || (korean && new RegExp(WE_KO.source).test(s.text));
    return { ...s, star, words: weighted(wordsOf(s.text).length, korean), hasNumber, iAction, iActions, we };
  });
  // A number after the first action is usually the result ("deploys now take 4 minutes"); before
  // it, it is context ("our 40 partner shops").
  const firstAction = sentences.findIndex((s) => s.iAction);
  sentences.forEach((s, i) => {
    if (firstAction >= 0 && i >= firstAction && s.hasNumber && !s.star.has('situation')) s.star.add('result');
  });
  // A told story often opens with plain scene-setting that no cue catches ("Our checkout kept timing
  // out."): a first sentence in the past tense, followed by actions, counts as the situation.
  const first = sentences[0];
  const acted = sentences.slice(1).some((s) => s.iAction || (s.we && wordsOf(s.text).some(isPastWord)));
  if (first && first.star.size === 0 && acted && wordsOf(first.text).some(isPastWord)) first.star.add('situation');
  const words = wordsOf(text);
  return {
    text,
    words,
    korean,
    size: weighted(words.length, korean),
    sentences,
    star: {
      situation: sentences.some((s) => s.star.has('situation')),
      task: sentences.some((s) => s.star.has('task')),
      action: sentences.some((s) => s.star.has('action')),
      result: sentences.some((s) => s.star.has('result')),
    },
    iActions: sentences.reduce((sum, s) => sum + s.iActions, 0),
    iMentions: (text.match(I) ?? []).length + (korean ? (text.match(I_KO) ?? []).length : 0),
    weMentions: (text.match(WE) ?? []).length + (korean ? (text.match(WE_KO) ?? []).length : 0),
    pastTense: words.filter(isPastWord).length,
    quantities: quantitiesIn(text),
    fillers: [...(text.match(FILLER) ?? []), ...(korean ? (text.match(FILLER_KO) ?? []).map((f) => f.trim()) : [])],
    vague: [...(text.match(VAGUE) ?? []), ...(korean ? (text.match(VAGUE_KO) ?? []) : [])],
  };
}

/** An 어절 count scaled to English words, so the same length targets apply to Korean answers. */
function weighted(count: number, korean: boolean): number {
  return korean ? Math.round(count * KOREAN_WORD_WEIGHT) : count;
}

// Words every question or answer uses; they say nothing about the topic.
const STOP = new Set(
  'a an the and or but if of to in on at for with from by about as into than then so that this these those there here it its is are was were be been being am do does did done have has had having i me my mine you your yours we our us they them their he she his her him what which who whom whose when where why how would could should can will may might must shall not no yes very really just also too more most some any all each every both either neither one two own same other such only well like get got make made go went want wanted need needed tell told describe explain give example talk share walk through think know time times situation something anything someone anyone way thing things kind lot work worked working job role team company experience today please recent recently ever past current last first let us me'.split(
    ' ',
  ),
);

// Korean function words and the words every question uses (경험, 말씀, 어떻게…), by their two-syllable stem.
const STOP_KO = new Set(
  '경험 말씀 주세요 상황 본인 어떻게 무엇 어떤 결과 이후 그때 당시 지금 하나 있나 했던 했고 했나 되었 어땠 구체 직접 사례 무슨 그리 그래 그리고 그런 그것 이것 저는 제가 저의 저희 우리 있었 있습 했습 하는 하고 합니 때문 정도 다시 처음 가장 통해 위해 대한 같은 같이 모두 또한 이런 주세요 어떻게 무엇이 무엇을'
    .split(' ')
    .map((w) => w.slice(0, 2)),
);

/** Topic stems: an answer about "a disagreement" is on topic for a question about "conflict". */
const TOPIC_WORDS: Record<string, string[]> = {
  conflict: ['conflict', 'disagree', 'argument', 'tension', 'dispute', 'pushback', 'compromise', 'opinion', 'clash', 'frustrat', 'upset', 'difficult', 'view', 'argu', 'agre', '갈등', '의견', '충돌', '반대', '다툼', '설득', '조율', '입장', '달랐'],
  failure: ['fail', 'mistake', 'wrong', 'error', 'miss', 'broke', 'learn', 'lesson', 'regret', 'outage', 'lost', 'lose', 'slip', '실패', '실수', '놓친', '놓쳤', '잘못', '교훈', '배웠', '달성하지'],
  feedback: ['feedback', 'critic', 'review', 'comment', 'suggest', 'improv', 'advice', 'observ', 'told', '피드', '지적', '조언', '평가', '참관', '말씀하'],
  deadlines: ['deadline', 'due', 'late', 'schedul', 'week', 'day', 'priorit', 'deliver', 'launch', 'rush', 'time', 'plan', 'busy', 'pressure', 'backlog', 'queue', 'overwhelm', 'workload', 'urgent', 'stress', '마감', '일정', '기한', '우선', '촉박', '밀렸'],
  leadership: ['lead', 'led', 'mentor', 'motivat', 'influenc', 'convinc', 'persuad', 'align', 'stakeholder', 'decision', 'decid', 'manag', 'propos', 'agre', 'buy-in', '리드', '이끌', '설득', '동기', '결정', '멘토'],
  'problem solving': ['problem', 'issue', 'bug', 'debug', 'cause', 'fix', 'solv', 'investigat', 'challeng', 'diagnos', 'incident', '문제', '원인', '해결', '분석'],
  projects: ['project', 'built', 'build', 'launch', 'ship', 'feature', 'product', 'design', 'system', '프로', '출시', '기능', '개발'],
  motivation: ['excit', 'interest', 'passion', 'mission', 'product', 'grow', 'learn', 'career', 'goal', 'enjoy', 'love', 'impact', 'culture', 'values'],
  'self-awareness': ['strength', 'weak', 'improv', 'feedback', 'learn', 'colleague', 'manager', 'describe', 'working on'],
  teamwork: ['team', 'colleague', 'help', 'together', 'collaborat', '팀원', '동료', '협업', '함께', '도왔'],
  customers: ['customer', 'client', 'complain', '고객', '불만', '신뢰', '파트너'],
  adaptability: ['change', 'adapt', 'learn', 'new', '변화', '적응', '익혔', '배웠'],
  communication: ['explain', 'told', 'present', 'message', '설명', '전달', '소통', '이해'],
  // The occupation families' own topics (occupation-families.ts).
  'clinical judgement': ['patient', 'vital', 'blood', 'pressure', 'doctor', 'assess', 'deteriorat', 'observ', '환자', '혈압', '의사', '활력', '상태'],
  handover: ['handover', 'hand', 'shift', 'next nurse', 'sbar', 'pass', 'report', '인수', '근무', '전달'],
  'medication safety': ['medication', 'dose', 'drug', 'prescri', 'error', 'allerg', '투약', '약물', '용량', '처방'],
  'struggling students': ['student', 'pupil', 'child', 'boy', 'girl', 'behind', 'below', 'struggl', 'progress', 'support', '학생', '아이', '뒤처', '도왔'],
  'classroom management': ['class', 'behaviour', 'behavior', 'pupil', 'student', 'routine', '수업', '학생', '분위'],
  objections: ['objection', 'price', 'expensive', 'concern', 'discount', 'competitor', 'cost', 'value', '반대', '가격', '비싸', '할인', '경쟁'],
  pipeline: ['pipeline', 'prospect', 'lead', 'deal', 'forecast', 'quota', '파이', '잠재', '거래'],
  'lost deals': ['lost', 'lose', 'deal', 'competitor', 'renewal', '놓친', '거래', '경쟁'],
  'difficult customers': ['customer', 'upset', 'angry', 'complain', 'calm', 'refund', '고객', '불만', '화가'],
  'root causes': ['cause', 'pattern', 'ticket', 'report', 'found', 'why', '원인', '반복', '문의'],
  reconciliation: ['reconcil', 'balanc', 'difference', 'ledger', 'match', 'account', 'entr', '대사', '차이', '계정', '장부'],
  'month-end close': ['close', 'month', 'journal', 'accrual', 'deadline', '결산', '마감'],
  'user research': ['user', 'research', 'test', 'interview', 'usability', 'session', '사용자', '조사', '테스트'],
  experiments: ['experiment', 'test', 'metric', 'sample', 'control', 'variant', 'significan', 'power', '실험', '지표', '표본'],
  modelling: ['model', 'feature', 'train', 'validat', 'predict', 'accura', '모델', '학습', '검증'],
  incidents: ['incident', 'outage', 'down', 'timeout', 'error', 'alert', 'root', 'postmortem', 'latency', 'on call', 'log', '장애', '원인', '재발', '알림', '로그', '타임'],
  'system design': ['design', 'option', 'trade', 'architect', 'scal', 'choose', '설계', '선택'],
  performance: ['faster', 'latency', 'slow', 'cost', 'cache', 'profil', 'measur', '성능', '속도', '비용'],
  campaigns: ['campaign', 'channel', 'audience', 'budget', 'conversion', 'launch', '캠페', '채널', '전환'],
  recruiting: ['hire', 'candidate', 'recruit', 'sourc', 'interview', 'role', '채용', '지원', '면접'],
  'supply disruption': ['supplier', 'delay', 'shipment', 'stock', 'delivery', 'carrier', '공급', '지연', '배송', '재고'],
};

/** The stem of a Korean 어절: its first two syllables ("갈등을" → "갈등", "해결했습니다" → "해결"). */
function koreanStem(word: string): string {
  return word.slice(0, 2);
}

export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    if (HANGUL.test(word)) {
      const k = koreanStem(word);
      if (k.length === 2 && !STOP_KO.has(k)) out.push(k);
      continue;
    }
    const w = word.toLowerCase().replace(/['’]s$/, '');
    // Two-letter words only count as acronyms (ML, QA, UX), not as "co" of "co-worker".
    if ((w.length < 3 && !/^\p{Lu}{2}$/u.test(word)) || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function sharesStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (HANGUL.test(a) || HANGUL.test(b)) return koreanStem(a) === koreanStem(b);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

export interface TopicOverlap {
  /** Distinct content stems of the question (and its topic). */
  questionTerms: string[];
  /** The question's terms the answer also uses. */
  sharedTerms: string[];
  /** Words of the topic's wider vocabulary the answer uses. */
  topicHits: string[];
  /** Extra terms (job skills, reference-answer terms) the answer uses. */
  extraHits: string[];
}

/** How much an answer is about what was asked, by shared word stems (and the topic's vocabulary). */
export function topicOverlap(question: PlannedQuestion, answer: string, extraTerms: readonly string[] = []): TopicOverlap {
  // The topic is an English key; a Korean question is compared in its own words (and the topic's vocabulary).
  const questionTerms = [...new Set(contentStems(HANGUL.test(question.text) ? question.text : `${question.text} ${question.topic}`))];
  const answerStems = new Set(contentStems(answer));
  const has = (term: string): boolean => {
    for (const a of answerStems) if (sharesStem(a, term)) return true;
    return false;
  };
  // The vocabulary is matched as written and as stemmed ("miss" → "mis", the stem of "missed").
  const has2 = (term: string): boolean => has(term) || (!HANGUL.test(term) && has(stem(term)));
  const topicVocabulary = TOPIC_WORDS[question.topic] ?? [];
  const extraStems = [...new Set(extraTerms.flatMap((t) => contentStems(t)))];
  return {
    questionTerms,
    sharedTerms: questionTerms.filter(has),
    topicHits: topicVocabulary.filter(has2),
    extraHits: extraStems.filter(has),
  };
}

// Behavioral questions that ask for a told story (where "no concrete example" is a gap), as opposed
// to opinion questions such as "Why do you want to work here?".
const ASKS_FOR_STORY = /\b(?:tell (?:me|us) about|tell (?:me|us) (?:a|an) (?:time|situation|story|example)|give (?:me |us )?(?:an |one )?example|describe a (?:time|situation|scenario|moment|project)|(?:a|one) time (?:when|that|you)|when was a time|talk about (?:a|your|how)|walk (?:me|us) through|share (?:a|an|one)|have you ever|how did you (?:handle|deal|win|work|solve|overcome|resolve|get)|what (?:was|is) the (?:most|hardest|biggest)|what (?:did|have) you (?:learn|build|built|do|done)|what have you built|explain (?:a|your) (?:project|toughest)|situation where|instances? where|an? (?:analytical )?problem that you|experience (?:about|with)|your (?:greatest|biggest) (?:professional )?(?:accomplishment|failure|achievement|innovation)|can you (?:provide|show) (?:an )?examples?)\b/i;

// Korean questions that ask for a told story: "…했던 경험을 말씀해 주세요", "…떠올려 주세요", "…적이 있나요?".
const ASKS_FOR_STORY_KO = /경험|사례|떠올려|적이 있|던 [^.?]*(?:말씀|설명|들려)/;

export function asksForStory(questionText: string): boolean {
  return ASKS_FOR_STORY.test(questionText) || ASKS_FOR_STORY_KO.test(questionText);
}

const TECHNICAL_QUESTION = /^(?:what is|what are|what's|what does|explain|describe the difference|how does|how do (?:we|you) (?:use|choose|select|train|check|handle|evaluate|interpret|decide|know|serve|ensure|measure)|how would you (?:optimi|implement|design|measure|approach|determine|store|evaluate|go about)|why (?:do|is|would) (?:we|you|it)|which|can you (?:explain|describe the|give an example of (?:a|an) (?!time))|when (?:would|do) you (?:use|choose))/i;

/** For questions typed by hand (the CLI): personal or story questions are behavioral, the rest technical. */
export function inferQuestionKind(questionText: string): 'behavioral' | 'technical' {
  const q = questionText.trim();
  if (asksForStory(q)) return 'behavioral';
  if (/\b(?:you|your)\b/i.test(q) && /\b(?:why|yourself|strengths?|weakness\w*|five years|5 years|motivat\w*|colleagues|manager|proud|passion\w*|career)\b/i.test(q)) return 'behavioral';
  return TECHNICAL_QUESTION.test(q) ? 'technical' : 'behavioral';
}

/** Up to `max` characters of a sentence, cut at a word boundary: still an exact substring of the answer. */
export function quoteOf(sentence: Sentence, max = 180): string {
  if (sentence.text.length <= max) return sentence.text;
  const cut = sentence.text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/, '');
}
