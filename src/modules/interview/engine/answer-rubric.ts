import { extractSkills, jobRequirements, stem } from '../../../kernel/skills/index.js';
import {
  asksForStory,
  inferQuestionKind,
  quoteOf,
  readAnswer,
  topicOverlap,
  wordsOf,
  type AnswerSignals,
  type SentenceSignals,
  type StarPart,
  type TopicOverlap,
} from './answer-signals.js';
import {
  CRITERIA,
  type AnswerReport,
  type AnswerToScore,
  type CriterionId,
  type CriterionScore,
  type Delivery,
  type DeliveryReport,
  type PlannedQuestion,
} from './interview-types.js';
import { bankQuestion } from './question-bank.js';

export const CRITERION_LABELS: Record<CriterionId, string> = {
  structure: 'Structure',
  relevance: 'Relevance',
  specificity: 'Specificity and evidence',
  contribution: 'Personal contribution',
  impact: 'Results and impact',
  clarity: 'Clarity and conciseness',
};

/**
 * Published weights of the overall score, per question kind (each set sums to 1). For technical
 * questions the STAR shape and "I did" matter less; answering what was asked, with the right terms
 * and examples, matters more.
 */
export const RUBRIC_WEIGHTS: Record<'behavioral' | 'technical', Record<CriterionId, number>> = {
  behavioral: { structure: 0.2, relevance: 0.2, specificity: 0.15, contribution: 0.15, impact: 0.15, clarity: 0.15 },
  technical: { structure: 0.1, relevance: 0.3, specificity: 0.25, contribution: 0.05, impact: 0.1, clarity: 0.2 },
};

export const RUBRIC_FORMULA = 'overall = round(Σ weight × criterion score), weights by question kind (RUBRIC_WEIGHTS); delivery is reported on its own and not part of overall';

/** Targets for spoken answers; the numbers themselves are measured from the recognised words. */
export const DELIVERY_TARGETS = { minWordsPerMinute: 120, maxWordsPerMinute: 160, maxFillersPerMinute: 3, maxLongPausesPerMinute: 2, longestPauseSeconds: 5 } as const;

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

const STAR_NAMES: Record<StarPart, string> = { situation: 'situation', task: 'task', action: 'action', result: 'result' };
const STAR_ORDER: StarPart[] = ['situation', 'task', 'action', 'result'];
const STAR_ADVICE: Record<StarPart, string> = {
  situation: 'open with one sentence on where you were and what was going on',
  task: 'say what you were responsible for or what had to be achieved',
  action: 'describe the steps you took yourself, in the order you took them',
  result: 'finish with what changed because of it, with a number if you have one',
};

const EXAMPLE = /\b(?:for example|for instance|such as|e\.g\.|in my (?:last|previous|current) (?:role|job|team|project)|at my (?:last|previous|current)|when I (?:was|worked|built|used|had)|once,? I|in one project|on one project|I once)\b/i;
const REASONING = /\b(?:because|so that|which means|that means|that's why|this is why|the reason|therefore|trade-?offs?|whereas|unlike|instead of|on the other hand|in contrast|compared (?:to|with))\b/i;
const CONSEQUENCE = /\b(?:trade-?offs?|downsides?|drawbacks?|advantages?|benefits?|costs?|faster|slower|performance|risks?|so that|which means|impact|in practice|when (?:not )?to use|pitfalls?|overfit\w*|scal\w+|latency|memory|accura\w+|reliab\w+|maintainab\w+)\b/gi;
const REFLECTION = /\b(?:I learned|I learnt|lesson|next time|since then|from then on|I would (?:now|do)|I'd do|in hindsight|looking back|taught me)\b/i;
const USAGE = /\b(?:use (?:it|them|one|closures?) (?:to|for|when)|useful (?:for|when)|used (?:for|to|when)|you can use|I use|we use|helps? (?:to|with)|common use)\b/i;
const HEDGE = /\b(?:I guess|I'm not sure|not really sure|I don't know|maybe|probably|I suppose|kind of|sort of)\b/gi;
const TIME_ANCHOR = /\b(?:in (?:19|20)\d\d|last (?:year|month|quarter|week)|(?:over|within|in) (?:\d+|one|two|three|four|five|six|a few) (?:days|weeks|months|sprints)|(?:\d+|two|three|four|five|six) (?:weeks|months|years) ago)\b/i;
const FILLER_WORDS = /\b(?:um+|uh+|erm+|you know|basically|literally)\b,?\s*/gi;

interface Context {
  question: PlannedQuestion;
  kind: 'behavioral' | 'technical';
  story: boolean;
  signals: AnswerSignals;
  overlap: TopicOverlap;
  referenceTerms: string[];
  jobSkills: string[];
  answerSkills: string[];
}

function normaliseQuestion(question: PlannedQuestion | string): PlannedQuestion {
  if (typeof question !== 'string') return question;
  return { id: 'custom', text: question, kind: inferQuestionKind(question), topic: '' };
}

/** Sentences carrying a signal, first ones first, as exact quotes. */
function quotes(sentences: readonly SentenceSignals[], max = 2): string[] {
  return [...new Set(sentences.slice(0, max).map((s) => quoteOf(s)))];
}

/** The answer's own words whose stems are among `stems`, as written (for a "why" the user recognises). */
function ownWords(answer: string, stems: readonly string[], max = 4): string[] {
  const wanted = new Set(stems);
  const out = new Map<string, string>();
  for (const word of wordsOf(answer)) {
    const s = stem(word.toLowerCase());
    const hit = [...wanted].some((w) => w === s || (Math.min(w.length, s.length) >= 4 && (s.startsWith(w) || w.startsWith(s))));
    if (hit && !out.has(word.toLowerCase())) out.set(word.toLowerCase(), word);
    if (out.size >= max) break;
  }
  return [...out.values()];
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function criterion(id: CriterionId, score: number, why: string, quoteList: string[], suggestion: string): CriterionScore {
  return { id, label: CRITERION_LABELS[id], score: clamp(score), why, quotes: quoteList, suggestion };
}

function scoreStructure(c: Context): CriterionScore {
  const { signals } = c;
  const words = signals.size;
  if (c.story) {
    const present = STAR_ORDER.filter((p) => signals.star[p]);
    const missing = STAR_ORDER.filter((p) => !signals.star[p]);
    const firstAction = signals.sentences.findIndex((s) => s.star.has('action'));
    const lastResult = signals.sentences.findLastIndex((s) => s.star.has('result'));
    const ordered = firstAction >= 0 && lastResult > firstAction;
    let score = [10, 35, 55, 75, 90][present.length]! + (ordered && present.length >= 3 ? 10 : 0);
    if (words < 40) score = Math.min(score, 45);
    const found = present.map((p) => signals.sentences.find((s) => s.star.has(p))!).filter((s, i, all) => all.indexOf(s) === i);
    const why =
      present.length === 0
        ? 'The answer does not tell a story with a situation, your actions and a result.'
        : missing.length === 0
          ? `It follows the STAR shape: situation, task, action and result${ordered ? ', in that order' : ''}.`
          : `It covers the ${list(present.map((p) => STAR_NAMES[p]))}, but not the ${list(missing.map((p) => STAR_NAMES[p]))}.`;
    const suggestion =
      missing.length === 0
        ? 'Keep this shape: one or two sentences of context, most of the time on what you did, then the result.'
        : `Use the STAR shape: ${missing.map((p) => STAR_ADVICE[p]).join('; ')}.`;
    return criterion('structure', score, why, quotes(found, 4), suggestion);
  }
  const first = signals.sentences[0];
  const direct = first !== undefined && topicOverlap(c.question, first.text).sharedTerms.length > 0;
  // An example is a sentence that announces one or tells what the speaker did; the same test picks
  // the quote, so the "why" never says "lacks an example" while quoting one.
  const example = signals.sentences.find((s) => EXAMPLE.test(s.text) || s.iAction);
  const reasoning = signals.sentences.find((s) => REASONING.test(s.text));
  const enough = signals.sentences.length >= 3;
  let score = 20 + (direct ? 25 : 0) + (example ? 20 : 0) + (reasoning ? 20 : 0) + (enough ? 15 : 0);
  if (words < 30) score = Math.min(score, 45);
  const has = [direct && 'a direct answer up front', reasoning && 'reasons', example && 'an example'].filter((x): x is string => Boolean(x));
  const lacks = [!direct && 'a direct answer in the first sentence', !reasoning && 'the reasoning behind it', !example && 'a concrete example'].filter((x): x is string => Boolean(x));
  const why = has.length ? `The answer has ${list(has)}${lacks.length ? `; it lacks ${list(lacks)}` : ''}.` : `The answer lacks ${list(lacks)}.`;
  const suggestion = lacks.length
    ? `Answer in three steps: the point in one sentence, why or how in one or two, then one example from your own work.`
    : 'Keep this shape: point first, then the reasoning, then an example.';
  return criterion('structure', score, why, quotes([first, reasoning, example].filter((s): s is SentenceSignals => s !== undefined), 3), suggestion);
}

function scoreRelevance(c: Context): CriterionScore {
  const { overlap, signals } = c;
  const questionCoverage = overlap.questionTerms.length ? overlap.sharedTerms.length / overlap.questionTerms.length : 0.5;
  const referenceHits = c.referenceTerms.length ? overlap.extraHits.filter((h) => c.referenceTerms.some((t) => stem(t) === h || t.startsWith(h))).length : 0;
  const jobHits = c.answerSkills.filter((s) => c.jobSkills.includes(s));
  const nothingShared = overlap.sharedTerms.length === 0 && overlap.topicHits.length === 0 && overlap.extraHits.length === 0;
  let score: number;
  if (nothingShared && signals.size > 0) score = 15;
  else if (c.referenceTerms.length > 0) {
    score = 25 + 35 * Math.min(1, questionCoverage / 0.5) + 30 * Math.min(1, referenceHits / 3) + 10 * Math.min(1, overlap.topicHits.length / 2);
  } else {
    // The topic's wider vocabulary counts too: "we disagreed" answers a question about "conflict".
    // Long questions carry incidental words ("prevented", "matter"), so two fifths of them is full coverage.
    const coverage = Math.max(Math.min(1, questionCoverage / 0.4), 0.9 * Math.min(1, overlap.topicHits.length / 2));
    score = 25 + 75 * coverage;
  }
  if (jobHits.length > 0) score += 10;
  const matched = ownWords(signals.text, [...overlap.sharedTerms, ...overlap.topicHits]);
  const ranked = [...signals.sentences]
    .map((s) => {
      const o = topicOverlap(c.question, s.text);
      return { s, n: o.sharedTerms.length + o.topicHits.length };
    })
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.s.start - b.s.start)
    .map((x) => x.s);
  const jobSentence = jobHits.length ? signals.sentences.find((s) => jobHits.some((h) => s.text.toLowerCase().includes(h.toLowerCase()))) : undefined;
  const quoteSentences = [...ranked.slice(0, 2), ...(jobSentence && !ranked.slice(0, 2).includes(jobSentence) ? [jobSentence] : [])].sort((a, b) => a.start - b.start);
  let why = nothingShared
    ? 'The answer does not use any of the question’s key ideas, so it reads as off topic.'
    : matched.length
      ? `It stays on the question (you talk about ${list(matched.map((w) => `“${w}”`))}).`
      : 'It relates to the question only loosely.';
  if (jobHits.length) why += ` It also links to what the job asks for: ${list(jobHits)}.`;
  const suggestion = nothingShared
    ? `Answer the question that was asked: “${c.question.text}”. Restate its key idea in your first sentence.`
    : score < 60
      ? 'Address every part of the question, and name its key idea in your first sentence.'
      : // Only a technical answer is asked to name the job's skills: a mentoring story need not mention Go.
        c.kind === 'technical' && c.jobSkills.length && jobHits.length === 0
        ? `Tie the answer to this job: say how it relates to what the role needs, such as ${list(c.jobSkills.slice(0, 2))}.`
        : 'Stay this close to the question; cut any part that does not answer it.';
  return criterion('relevance', score, why, quotes(quoteSentences, 3), suggestion);
}

function scoreSpecificity(c: Context): CriterionScore {
  const { signals } = c;
  const quantities = [...new Set(signals.quantities.map((q) => q.trim().toLowerCase()))];
  const properNouns = new Set<string>();
  for (const s of signals.sentences) {
    wordsOf(s.text)
      .slice(1)
      .filter((w) => /^\p{Lu}[\p{Ll}\p{N}]/u.test(w) && w !== 'I')
      .forEach((w) => properNouns.add(w));
  }
  const example = signals.sentences.find((s) => EXAMPLE.test(s.text) || s.iAction);
  const told = signals.pastTense >= 3;
  const anchored = TIME_ANCHOR.test(signals.text);
  const referenceHits = c.referenceTerms.length ? c.overlap.extraHits.length : 0;
  let score: number;
  if (c.kind === 'technical' && !c.story) {
    // A technical explanation is specific when it explains (reasons, uses, examples) in the field's
    // terms; hedging ("I think it is…") is the opposite of evidence.
    const explaining = signals.sentences.filter((s) => REASONING.test(s.text) || USAGE.test(s.text) || EXAMPLE.test(s.text)).length;
    const hedges = (signals.text.match(HEDGE) ?? []).length + (signals.text.match(/\bI think\b/gi) ?? []).length;
    score =
      20 +
      12 * Math.min(3, explaining) +
      8 * Math.min(3, c.answerSkills.length) +
      5 * Math.min(3, referenceHits) +
      8 * Math.min(2, quantities.length) +
      (told ? 8 : 0) -
      6 * Math.min(4, signals.vague.length + hedges);
  } else {
    score =
      20 +
      15 * Math.min(2, quantities.length) +
      8 * Math.min(3, c.answerSkills.length) +
      5 * Math.min(2, properNouns.size) +
      (example || told ? 10 : 0) +
      (anchored ? 10 : 0) -
      5 * Math.min(4, signals.vague.length);
  }
  if (signals.size < 40) score = Math.min(score, 45);
  const evidence = signals.sentences.filter((s) => s.hasNumber || c.answerSkills.some((k) => s.text.includes(k)));
  const vagueSentences = signals.sentences.filter((s) => /\b(?:stuff|things|etc|various|whatever|somehow|a lot|lots of)\b/i.test(s.text));
  const details = [
    quantities.length && `${quantities.length} number${quantities.length > 1 ? 's' : ''} (${list(quantities.slice(0, 3))})`,
    c.answerSkills.length && `named tools or skills (${list(c.answerSkills.slice(0, 3))})`,
    (example || told) && 'a concrete example',
  ].filter((x): x is string => Boolean(x));
  const why = details.length
    ? `It gives ${list(details)}${signals.vague.length ? `, but also vague words such as “${signals.vague[0]}”` : ''}.`
    : `It stays general: no numbers, names or concrete example${signals.vague.length ? `, and vague words such as “${signals.vague[0]}”` : ''}.`;
  const suggestion =
    quantities.length === 0
      ? 'Add the facts that make it checkable: how big (users, money, people), how long, and one number for the result — [X%], [N hours].'
      : !example && !told
        ? 'Ground it in one real example: which project, which tool, what exactly happened.'
        : 'Keep the numbers and names; replace any remaining general words with the specific thing you mean.';
  return criterion('specificity', score, why, quotes(evidence.length ? evidence : vagueSentences, 2), suggestion);
}

function scoreContribution(c: Context): CriterionScore {
  const { signals } = c;
  const iSentences = signals.sentences.filter((s) => s.iAction);
  const weSentences = signals.sentences.filter((s) => s.we && !s.iAction);
  let score: number;
  let why: string;
  if (c.story || c.kind === 'behavioral') {
    score = signals.iActions >= 4 ? 92 : signals.iActions === 3 ? 85 : signals.iActions === 2 ? 75 : signals.iActions === 1 ? 55 : signals.weMentions >= 2 ? 20 : 35;
    if (signals.weMentions > 2 * Math.max(1, signals.iMentions)) score -= 10;
    why =
      signals.iActions === 0
        ? signals.weMentions >= 2
          ? 'It says what “we” did throughout; your own part is not visible.'
          : 'It does not say what you yourself did.'
        : `You say what you did yourself in ${signals.iActions} sentence${signals.iActions > 1 ? 's' : ''}${signals.weMentions > signals.iMentions ? ', though “we” still dominates' : ''}.`;
  } else {
    const personal = signals.iActions > 0 || /\b(?:in my (?:experience|last|previous|current)|I (?:use|used|prefer|would|usually|chose|have used))\b/.test(signals.text);
    score = personal ? 85 : 60;
    why = personal ? 'It draws on your own experience, not only the textbook answer.' : 'It explains the concept but not how you have used it.';
  }
  const suggestion =
    signals.iActions >= 2
      ? 'Keep saying “I” for your own decisions and actions, and “we” only for the team’s.'
      : 'Say what you personally decided and did — “I proposed…”, “I rewrote…” — and keep “we” for the team’s part.';
  return criterion('contribution', score, why, quotes(iSentences.length ? iSentences : weSentences, 2), suggestion);
}

function scoreImpact(c: Context): CriterionScore {
  const { signals } = c;
  const results = signals.sentences.filter((s) => s.star.has('result'));
  const quantified = results.some((s) => s.hasNumber);
  const reflection = signals.sentences.find((s) => REFLECTION.test(s.text));
  let score: number;
  let why: string;
  let suggestion: string;
  let quoteSentences = results;
  if (c.kind === 'technical' && !c.story) {
    const consequences = signals.sentences.filter((s) => new RegExp(CONSEQUENCE.source, 'i').test(s.text));
    const count = (signals.text.match(CONSEQUENCE) ?? []).length;
    score = 30 + 20 * Math.min(3, count) + (signals.quantities.length ? 10 : 0);
    why = count ? 'It explains what the choice changes in practice (benefits, costs or trade-offs).' : 'It explains what, but not why it matters or what it costs.';
    suggestion = count >= 2 ? 'Keep naming the trade-off, and add when you would not use it.' : 'Say why it matters in practice: the benefit, the cost, and when you would choose something else.';
    quoteSentences = consequences;
  } else if (!c.story) {
    const reasoning = signals.sentences.find((s) => REASONING.test(s.text));
    score = 40 + (reasoning ? 25 : 0) + (results.length ? 20 : 0) + (signals.quantities.length ? 15 : 0);
    why = results.length ? 'It points to something you achieved to back the answer.' : 'It makes claims without an achievement to back them.';
    suggestion = results.length && signals.quantities.length ? 'Keep backing claims with outcomes.' : 'Back the answer with one outcome you achieved — ideally with a number: [X%], [N users].';
    quoteSentences = [...results, ...(reasoning ? [reasoning] : [])];
  } else {
    score = results.length === 0 ? 10 : quantified ? 85 : 55;
    if (reflection) score += 10;
    why =
      results.length === 0
        ? 'The story stops before the outcome: we do not learn what changed.'
        : quantified
          ? 'It ends with a measurable result.'
          : 'It states a result, but without a number that shows its size.';
    if (reflection) why += ' It also says what you learned.';
    suggestion =
      results.length === 0
        ? 'End with the result: what changed, for whom, and by how much — [X%], [N days saved].'
        : quantified
          ? reflection
            ? 'Keep it: a measured result and a lesson learned.'
            : 'Add one sentence on what you learned or would do differently.'
          : 'Put a number on the result: time saved, % change, users or money — [X%].';
  }
  return criterion('impact', score, why, quotes(quoteSentences, 2), suggestion);
}

function scoreClarity(c: Context): CriterionScore {
  const { signals } = c;
  const words = signals.size;
  const [min, max] = c.story ? [120, 320] : c.kind === 'technical' ? [50, 250] : [60, 250];
  let score = 100;
  const problems: string[] = [];
  const flagged: SentenceSignals[] = [];
  if (words < min) {
    score -= Math.round(((min - words) / min) * 50);
    problems.push(`it is short (${words} words; aim for ${min}–${max})`);
  } else if (words > max) {
    score -= Math.min(30, Math.round((words - max) / 10));
    problems.push(`it is long (${words} words; aim for ${min}–${max})`);
  }
  const longest = [...signals.sentences].sort((a, b) => b.words - a.words || a.start - b.start)[0];
  const average = signals.sentences.length ? words / signals.sentences.length : 0;
  if (longest && longest.words > 45) {
    score -= 10;
    problems.push(`one sentence runs to ${longest.words} words`);
    flagged.push(longest);
  } else if (average > 28) {
    score -= 10;
    problems.push('the sentences are long');
  }
  const fillersPer100 = words ? (signals.fillers.length * 100) / words : 0;
  if (signals.fillers.length) {
    score -= Math.min(25, Math.round(fillersPer100 * 5));
    problems.push(`filler words (${list([...new Set(signals.fillers.map((f) => f.trim().toLowerCase().replace(/^,\s*|,$/g, '')))].slice(0, 3).map((f) => `“${f}”`))})`);
    const fillerSentence = signals.sentences.find((s) => /\b(?:um+|uh+|erm+|you know|I mean|basically|literally|kind of|sort of)\b|,\s*like,/i.test(s.text));
    if (fillerSentence && !flagged.includes(fillerSentence)) flagged.push(fillerSentence);
  }
  const hedges = signals.text.match(HEDGE) ?? [];
  if (hedges.length) {
    score -= Math.min(15, 5 * hedges.length);
    problems.push(`hedging (“${hedges[0]}”)`);
  }
  const starts = new Map<string, number>();
  for (const s of signals.sentences) {
    const w = wordsOf(s.text)[0]?.toLowerCase();
    if (w && w !== 'i') starts.set(w, (starts.get(w) ?? 0) + 1);
  }
  const repeated = [...starts.entries()].find(([, n]) => n >= 3);
  if (repeated) {
    score -= 5;
    problems.push(`several sentences start with “${repeated[0]}”`);
  }
  const why = problems.length ? `Easy to follow overall, but ${list(problems)}.` : `Clear and to the point (${words} words, short sentences).`;
  const suggestion = problems.length
    ? [
        words < min && 'Say more: finish the story or explanation instead of stopping at the first point.',
        words > max && 'Cut background and repeated points; keep one example.',
        flagged.some((s) => s === longest) && 'Split long sentences in two.',
        signals.fillers.length && 'Pause instead of filling silence with “um” or “you know”.',
        hedges.length && 'State what you did and think plainly, without “maybe” or “I guess”.',
      ]
        .filter((x): x is string => Boolean(x))
        .join(' ') || 'Vary how sentences start, and keep each to one idea.'
    : 'Keep it this tight.';
  return criterion('clarity', score, why, quotes(flagged, 2), suggestion);
}

export function scoreDelivery(delivery: Delivery): DeliveryReport {
  const { minWordsPerMinute: lo, maxWordsPerMinute: hi, maxFillersPerMinute, maxLongPausesPerMinute, longestPauseSeconds } = DELIVERY_TARGETS;
  const wpm = delivery.wordsPerMinute;
  const pace = wpm >= lo && wpm <= hi ? 100 : Math.max(30, 100 - 1.5 * (wpm < lo ? lo - wpm : wpm - hi));
  const fillers = Math.max(0, 100 - Math.max(0, delivery.fillersPerMinute - maxFillersPerMinute) * 15);
  const minutes = delivery.seconds > 0 ? delivery.seconds / 60 : 0;
  const pausesPerMinute = minutes > 0 ? delivery.longPauses / minutes : 0;
  const pauses = Math.max(0, 100 - Math.max(0, pausesPerMinute - maxLongPausesPerMinute) * 15 - (delivery.longestPauseSeconds > longestPauseSeconds ? 15 : 0));
  const score = clamp(0.4 * pace + 0.35 * fillers + 0.25 * pauses);
  const round1 = (n: number): number => Math.round(n * 10) / 10;
  const why = `You spoke at ${Math.round(wpm)} words per minute (target ${lo}–${hi}), used ${round1(delivery.fillersPerMinute)} filler words per minute (target ≤ ${maxFillersPerMinute}) and paused for 2 seconds or more ${delivery.longPauses} time${delivery.longPauses === 1 ? '' : 's'}${delivery.longPauses ? ` (longest ${round1(delivery.longestPauseSeconds)} s)` : ''}.`;
  const tips = [
    wpm > hi && 'Slow down a little: pause briefly after each key point.',
    wpm < lo && 'Pick up the pace a little: know your first sentence before you start.',
    delivery.fillersPerMinute > maxFillersPerMinute && 'Replace “um” and “you know” with a short silent pause.',
    (pausesPerMinute > maxLongPausesPerMinute || delivery.longestPauseSeconds > longestPauseSeconds) && 'Long silences: outline the answer (situation, action, result) before you speak.',
  ].filter((x): x is string => Boolean(x));
  return { ...delivery, score, why, suggestion: tips.join(' ') || 'Good pace and few fillers: keep it.' };
}

/** Drops spoken fillers from a sentence reused in the better version. */
function tidy(sentence: string): string {
  const cleaned = sentence.replace(FILLER_WORDS, '').replace(/,\s*like,/gi, ',').replace(/\s{2,}/g, ' ').trim();
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

/**
 * A stronger version built from the user's own sentences, restructured (STAR for stories; point,
 * reasoning, example for the rest), with [placeholders] for what only the user can know.
 */
function betterVersion(c: Context): string {
  const { signals } = c;
  const used = new Set<SentenceSignals>();
  const pick = (sentences: readonly SentenceSignals[], max: number): SentenceSignals[] => {
    const out = sentences.filter((s) => !used.has(s)).slice(0, max);
    out.forEach((s) => used.add(s));
    return out;
  };
  const text = (sentences: readonly SentenceSignals[]): string => sentences.map((s) => tidy(s.text)).join(' ');
  if (c.story) {
    const situation = pick(signals.sentences.filter((s) => s.star.has('situation')), 1);
    const task = pick(signals.sentences.filter((s) => s.star.has('task')), 1);
    const actions = pick(signals.sentences.filter((s) => s.iAction), 3);
    const weActions = actions.length ? [] : pick(signals.sentences.filter((s) => s.we && !s.star.has('result')), 2);
    const results = pick(signals.sentences.filter((s) => s.star.has('result')), 2);
    const resultText = results.length
      ? `${text(results)}${results.some((s) => s.hasNumber) ? '' : ' [By how much? Add a number: % change, time or money saved, people reached.]'}`
      : 'As a result, [what changed — with a number: % change, time or money saved, people reached].';
    return [
      `Situation: ${situation.length ? text(situation) : '[Where you were and what was going on, in one sentence.]'}`,
      `Task: ${task.length ? text(task) : '[What you were responsible for, or what had to be achieved.]'}`,
      `Action: ${actions.length ? text(actions) : weActions.length ? `${text(weActions)} [What you personally did: "I decided…", "I built…".]` : '[The steps you took yourself, in order: "First I…, then I…".]'}`,
      `Result: ${resultText}${signals.sentences.some((s) => REFLECTION.test(s.text)) ? '' : ' [One sentence on what you learned.]'}`,
    ].join('\n');
  }
  const ranked = [...signals.sentences].sort((a, b) => topicOverlap(c.question, b.text).sharedTerms.length - topicOverlap(c.question, a.text).sharedTerms.length || a.start - b.start);
  const point = pick(ranked, 1);
  const reasoning = pick(signals.sentences.filter((s) => REASONING.test(s.text)), 2);
  const example = pick(signals.sentences.filter((s) => EXAMPLE.test(s.text) || s.iAction), 2);
  const lines = [
    `Answer: ${point.length ? text(point) : '[Your answer to the question, in one sentence.]'}`,
    `Why: ${reasoning.length ? text(reasoning) : '[The reason or how it works, in one or two sentences.]'}`,
    `Example: ${example.length ? text(example) : '[A real case from your own work where this mattered.]'}`,
  ];
  if (c.kind === 'technical') {
    const tradeOff = pick(signals.sentences.filter((s) => new RegExp(CONSEQUENCE.source, 'i').test(s.text)), 1);
    lines.push(`Trade-off: ${tradeOff.length ? text(tradeOff) : '[When it is not the right choice, or what it costs.]'}`);
  } else {
    lines.push('Close: [One sentence tying this back to the role you are applying for.]');
  }
  return lines.join('\n');
}

function emptyReport(delivery: Delivery | undefined): AnswerReport {
  const criteria = CRITERIA.map((id) => criterion(id, 0, 'No answer was recorded.', [], 'Answer the question out loud or in writing; even a short attempt gets feedback.'));
  return {
    overall: 0,
    criteria,
    star: { situation: false, task: false, action: false, result: false },
    ...(delivery ? { delivery: scoreDelivery(delivery) } : {}),
    betterVersion: 'Situation: [Where you were.]\nTask: [What you had to do.]\nAction: [What you did.]\nResult: [What changed, with a number.]',
  };
}

/**
 * Scores one answer on six criteria (0–100, each with why, the user's own words, and a suggestion),
 * detects STAR coverage, reports delivery for spoken answers, and builds a better version.
 * Pure and deterministic: the same answer always gets the same report.
 */
export function scoreAnswer(input: AnswerToScore): AnswerReport {
  const question = normaliseQuestion(input.question);
  const kind = question.kind;
  if (!input.answer.trim()) return emptyReport(input.delivery);
  const referenceTerms = bankQuestion(question.id)?.terms ?? [];
  const job = input.jobText ? jobRequirements(input.jobText) : undefined;
  const jobSkills = job ? [...job.required, ...job.preferred].map((s) => s.name) : [];
  const signals = readAnswer(input.answer);
  const context: Context = {
    question,
    kind,
    story: asksForStory(question.text) || /^(?:skill|soft-skill):/.test(question.id),
    signals,
    overlap: topicOverlap(question, input.answer, [...referenceTerms, ...jobSkills]),
    referenceTerms,
    jobSkills,
    answerSkills: extractSkills(input.answer).map((s) => s.name),
  };
  const criteria = [scoreStructure(context), scoreRelevance(context), scoreSpecificity(context), scoreContribution(context), scoreImpact(context), scoreClarity(context)];
  const weights = RUBRIC_WEIGHTS[kind];
  const overall = clamp(criteria.reduce((sum, c) => sum + weights[c.id] * c.score, 0));
  return {
    overall,
    criteria,
    star: { ...signals.star },
    ...(input.delivery ? { delivery: scoreDelivery(input.delivery) } : {}),
    betterVersion: betterVersion(context),
  };
}
