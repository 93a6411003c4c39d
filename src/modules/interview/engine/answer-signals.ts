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
  return (text.match(QUANTITY) ?? []).map((q) => q.trim()).filter((q) => !BARE_YEAR.test(q));
}
const FILLER = /\b(?:um+|uh+|erm+|er|you know|I mean|basically|literally|kind of|sort of)\b|,\s*like,/gi;
const VAGUE = /\b(?:stuff|things|etc|various|whatever|somehow|something like that|and so on|a lot|lots of|always|never|usually|generally|many things|some things)\b/gi;
const WE = /\b(?:we|our|us|we're|we've|we'd|the team)\b/gi;
const I = /\b(?:I|I'm|I've|I'd|I'll|my|me|myself)\b/g;

export function readAnswer(text: string): AnswerSignals {
  const sentences: SentenceSignals[] = splitSentences(text).map((s) => {
    const star = new Set<StarPart>();
    if (SITUATION.test(s.text)) star.add('situation');
    if (TASK.test(s.text)) star.add('task');
    const iActions = iActionCount(s.text);
    const iAction = iActions > 0;
    if (iAction) star.add('action');
    const hasNumber = quantitiesIn(s.text).length > 0;
    if (RESULT.test(s.text)) star.add('result');
    return { ...s, star, words: wordsOf(s.text).length, hasNumber, iAction, iActions, we: new RegExp(WE.source, 'i').test(s.text) };
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
  const acted = sentences.slice(1).some((s) => s.iAction || (s.we && wordsOf(s.text).some(isPastTense)));
  if (first && first.star.size === 0 && acted && wordsOf(first.text).some(isPastTense)) first.star.add('situation');
  const words = wordsOf(text);
  return {
    text,
    words,
    sentences,
    star: {
      situation: sentences.some((s) => s.star.has('situation')),
      task: sentences.some((s) => s.star.has('task')),
      action: sentences.some((s) => s.star.has('action')),
      result: sentences.some((s) => s.star.has('result')),
    },
    iActions: sentences.reduce((sum, s) => sum + s.iActions, 0),
    iMentions: (text.match(I) ?? []).length,
    weMentions: (text.match(WE) ?? []).length,
    pastTense: words.filter(isPastTense).length,
    quantities: quantitiesIn(text),
    fillers: text.match(FILLER) ?? [],
    vague: text.match(VAGUE) ?? [],
  };
}

// Words every question or answer uses; they say nothing about the topic.
const STOP = new Set(
  'a an the and or but if of to in on at for with from by about as into than then so that this these those there here it its is are was were be been being am do does did done have has had having i me my mine you your yours we our us they them their he she his her him what which who whom whose when where why how would could should can will may might must shall not no yes very really just also too more most some any all each every both either neither one two own same other such only well like get got make made go went want wanted need needed tell told describe explain give example talk share walk through think know time times situation something anything someone anyone way thing things kind lot work worked working job role team company experience today please recent recently ever past current last first let us me'.split(
    ' ',
  ),
);

/** Topic stems: an answer about "a disagreement" is on topic for a question about "conflict". */
const TOPIC_WORDS: Record<string, string[]> = {
  conflict: ['conflict', 'disagree', 'argument', 'tension', 'dispute', 'pushback', 'compromise', 'opinion', 'clash', 'frustrat', 'upset', 'difficult', 'view'],
  failure: ['fail', 'mistake', 'wrong', 'error', 'miss', 'broke', 'learn', 'lesson', 'regret', 'outage'],
  feedback: ['feedback', 'critic', 'review', 'comment', 'suggest', 'improv', 'advice'],
  deadlines: ['deadline', 'due', 'late', 'schedul', 'week', 'day', 'priorit', 'deliver', 'launch', 'rush', 'time', 'plan'],
  leadership: ['lead', 'led', 'mentor', 'motivat', 'influenc', 'convinc', 'persuad', 'align', 'stakeholder', 'decision', 'decid', 'manag'],
  'problem solving': ['problem', 'issue', 'bug', 'debug', 'cause', 'fix', 'solv', 'investigat', 'challeng', 'diagnos', 'incident'],
  projects: ['project', 'built', 'build', 'launch', 'ship', 'feature', 'product', 'design', 'system'],
  motivation: ['excit', 'interest', 'passion', 'mission', 'product', 'grow', 'learn', 'career', 'goal', 'enjoy', 'love', 'impact', 'culture', 'values'],
  'self-awareness': ['strength', 'weak', 'improv', 'feedback', 'learn', 'colleague', 'manager', 'describe', 'working on'],
};

export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    const w = word.toLowerCase().replace(/['’]s$/, '');
    // Two-letter words only count as acronyms (ML, QA, UX), not as "co" of "co-worker".
    if ((w.length < 3 && !/^\p{Lu}{2}$/u.test(word)) || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function sharesStem(a: string, b: string): boolean {
  if (a === b) return true;
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
  const questionTerms = [...new Set(contentStems(`${question.text} ${question.topic}`))];
  const answerStems = new Set(contentStems(answer));
  const has = (term: string): boolean => {
    for (const a of answerStems) if (sharesStem(a, term)) return true;
    return false;
  };
  const topicVocabulary = TOPIC_WORDS[question.topic] ?? [];
  const extraStems = [...new Set(extraTerms.flatMap((t) => contentStems(t)))];
  return {
    questionTerms,
    sharedTerms: questionTerms.filter(has),
    topicHits: topicVocabulary.filter(has),
    extraHits: extraStems.filter(has),
  };
}

// Behavioral questions that ask for a told story (where "no concrete example" is a gap), as opposed
// to opinion questions such as "Why do you want to work here?".
const ASKS_FOR_STORY = /\b(?:tell (?:me|us) about|tell (?:me|us) (?:a|an) (?:time|situation|story|example)|give (?:me |us )?(?:an |one )?example|describe a (?:time|situation|scenario|moment|project)|(?:a|one) time (?:when|that|you)|when was a time|talk about (?:a|your|how)|walk (?:me|us) through|share (?:a|an|one)|have you ever|how did you (?:handle|deal|win|work|solve|overcome|resolve|get)|what (?:was|is) the (?:most|hardest|biggest)|what (?:did|have) you (?:learn|build|built|do|done)|what have you built|explain (?:a|your) (?:project|toughest)|situation where|instances? where|an? (?:analytical )?problem that you|experience (?:about|with)|your (?:greatest|biggest) (?:professional )?(?:accomplishment|failure|achievement|innovation)|can you (?:provide|show) (?:an )?examples?)\b/i;

export function asksForStory(questionText: string): boolean {
  return ASKS_FOR_STORY.test(questionText);
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
