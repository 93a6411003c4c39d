import { extractSkills, jobRequirements, koreanSkillLabel, stem } from '../../../kernel/skills/index.js';
import {
  asksForStory,
  inferQuestionKind,
  isKorean,
  KOREAN_WORD_WEIGHT,
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
  type InterviewLocale,
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

/** The same labels in Korean, for reports of Korean sessions (the page's own labels come from the catalog). */
export const CRITERION_LABELS_KO: Record<CriterionId, string> = {
  structure: '구성',
  relevance: '질문과의 관련성',
  specificity: '구체성과 근거',
  contribution: '본인의 기여',
  impact: '결과와 성과',
  clarity: '명확성과 간결성',
};

export function criterionLabel(id: CriterionId, locale: InterviewLocale = 'en'): string {
  return (locale === 'ko' ? CRITERION_LABELS_KO : CRITERION_LABELS)[id];
}

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
const STAR_NAMES_KO: Record<StarPart, string> = { situation: '상황', task: '과제', action: '행동', result: '결과' };
const STAR_ADVICE_KO: Record<StarPart, string> = {
  situation: '어디서 어떤 일이 있었는지 한 문장으로 먼저 말해 보세요',
  task: '본인이 맡은 책임이나 달성해야 했던 목표를 밝혀 보세요',
  action: '본인이 직접 한 일을 순서대로 설명해 보세요',
  result: '그 덕분에 무엇이 달라졌는지 가능하면 숫자로 마무리해 보세요',
};

const EXAMPLE = /\b(?:for example|for instance|such as|e\.g\.|in my (?:last|previous|current) (?:role|job|team|project)|at my (?:last|previous|current)|when I (?:was|worked|built|used|had)|once,? I|in one project|on one project|I once)\b/i;
const REASONING = /\b(?:because|so that|which means|that means|that's why|this is why|the reason|therefore|trade-?offs?|whereas|unlike|instead of|on the other hand|in contrast|compared (?:to|with))\b/i;
const CONSEQUENCE = /\b(?:trade-?offs?|downsides?|drawbacks?|advantages?|benefits?|costs?|faster|slower|performance|risks?|so that|which means|impact|in practice|when (?:not )?to use|pitfalls?|overfit\w*|scal\w+|latency|memory|accura\w+|reliab\w+|maintainab\w+)\b/gi;
const REFLECTION_KO = /배웠|깨달|교훈|다음에는|그 뒤로|이후로|돌이켜/;
const reflects = (text: string): boolean => REFLECTION.test(text) || REFLECTION_KO.test(text);
const REFLECTION = /\b(?:I learned|I learnt|lesson|next time|since then|from then on|I would (?:now|do)|I'd do|in hindsight|looking back|taught me)\b/i;
const USAGE = /\b(?:use (?:it|them|one|closures?) (?:to|for|when)|useful (?:for|when)|used (?:for|to|when)|you can use|I use|we use|helps? (?:to|with)|common use)\b/i;
const HEDGE = /\b(?:I guess|I'm not sure|not really sure|I don't know|maybe|probably|I suppose|kind of|sort of)\b/gi;
const TIME_ANCHOR = /\b(?:in (?:19|20)\d\d|last (?:year|month|quarter|week)|(?:over|within|in) (?:\d+|one|two|three|four|five|six|a few) (?:days|weeks|months|sprints)|(?:\d+|two|three|four|five|six) (?:weeks|months|years) ago)\b/i;
const FILLER_WORDS = /\b(?:um+|uh+|erm+|you know|basically|literally)\b,?\s*/gi;

interface Context {
  /** The report is written in Korean. */
  ko: boolean;
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

function list(items: readonly string[], ko = false): string {
  if (ko) return items.join(', ');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Skill names as Korean feedback words them (taxonomy name → 데이터 분석; product terms as written). */
function inKorean(skills: readonly string[]): string[] {
  return skills.map((name) => koreanSkillLabel(name) ?? name);
}

function criterion(id: CriterionId, score: number, why: string, quoteList: string[], suggestion: string, ko = false): CriterionScore {
  return { id, label: criterionLabel(id, ko ? 'ko' : 'en'), score: clamp(score), why, quotes: quoteList, suggestion };
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
    const why = c.ko
      ? present.length === 0
        ? '상황, 본인의 행동, 결과가 있는 이야기로 답하지 않았어요.'
        : missing.length === 0
          ? `STAR 구조(상황, 과제, 행동, 결과)를 ${ordered ? '순서대로 ' : ''}갖췄어요.`
          : `${list(present.map((p) => STAR_NAMES_KO[p]), true)}은(는) 있지만 ${list(missing.map((p) => STAR_NAMES_KO[p]), true)}이(가) 빠졌어요.`
      : present.length === 0
        ? 'The answer does not tell a story with a situation, your actions and a result.'
        : missing.length === 0
          ? `It follows the STAR shape: situation, task, action and result${ordered ? ', in that order' : ''}.`
          : `It covers the ${list(present.map((p) => STAR_NAMES[p]))}, but not the ${list(missing.map((p) => STAR_NAMES[p]))}.`;
    const suggestion = c.ko
      ? missing.length === 0
        ? '지금 구조를 유지하세요. 배경은 한두 문장으로 짧게, 본인이 한 일에 가장 많은 시간을 쓰고, 결과로 마무리하면 좋아요.'
        : `STAR 구조로 답해 보세요. ${missing.map((p) => STAR_ADVICE_KO[p]).join('. ')}.`
      : missing.length === 0
        ? 'Keep this shape: one or two sentences of context, most of the time on what you did, then the result.'
        : `Use the STAR shape: ${missing.map((p) => STAR_ADVICE[p]).join('; ')}.`;
    return criterion('structure', score, why, quotes(found, 4), suggestion, c.ko);
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
  const hasKo = [direct && '첫 문장의 직접적인 답', reasoning && '이유', example && '예시'].filter((x): x is string => Boolean(x));
  const lacksKo = [!direct && '첫 문장의 직접적인 답', !reasoning && '그렇게 생각하는 이유', !example && '구체적인 예시'].filter((x): x is string => Boolean(x));
  const why = c.ko
    ? hasKo.length
      ? `${list(hasKo, true)}이(가) 있어요${lacksKo.length ? `. 다만 ${list(lacksKo, true)}이(가) 없어요` : ''}.`
      : `${list(lacksKo, true)}이(가) 없어요.`
    : has.length
      ? `The answer has ${list(has)}${lacks.length ? `; it lacks ${list(lacks)}` : ''}.`
      : `The answer lacks ${list(lacks)}.`;
  const suggestion = c.ko
    ? lacks.length
      ? '세 단계로 답해 보세요. 핵심을 한 문장으로 말하고, 이유나 방법을 한두 문장으로 덧붙인 뒤, 본인 업무의 예시를 하나 드세요.'
      : '지금처럼 핵심, 이유, 예시 순서를 유지하세요.'
    : lacks.length
      ? `Answer in three steps: the point in one sentence, why or how in one or two, then one example from your own work.`
      : 'Keep this shape: point first, then the reasoning, then an example.';
  return criterion('structure', score, why, quotes([first, reasoning, example].filter((s): s is SentenceSignals => s !== undefined), 3), suggestion, c.ko);
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
  let why = c.ko
    ? nothingShared
      ? '질문의 핵심 내용이 답변에 보이지 않아 질문과 거리가 있어 보여요.'
      : matched.length
        ? `질문에 맞게 답했어요 (${list(matched.map((w) => `“${w}”`), true)}).`
        : '질문과 느슨하게만 이어져 있어요.'
    : nothingShared
      ? 'The answer does not use any of the question’s key ideas, so it reads as off topic.'
      : matched.length
        ? `It stays on the question (you talk about ${list(matched.map((w) => `“${w}”`))}).`
        : 'It relates to the question only loosely.';
  if (jobHits.length) why += c.ko ? ` 채용 공고에서 요구하는 ${list(inKorean(jobHits), true)}과(와)도 이어져요.` : ` It also links to what the job asks for: ${list(jobHits)}.`;
  // Only a technical answer is asked to name the job's skills: a mentoring story need not mention Go.
  const tieToJob = score >= 60 && c.kind === 'technical' && c.jobSkills.length > 0 && jobHits.length === 0;
  const suggestion = c.ko
    ? nothingShared
      ? `받은 질문에 답해 주세요: “${c.question.text}” 첫 문장에서 질문의 핵심을 다시 짚어 보세요.`
      : score < 60
        ? '질문의 모든 부분에 답하고, 첫 문장에서 질문의 핵심을 짚어 보세요.'
        : tieToJob
          ? `이 직무와 연결해 보세요. 예를 들어 ${list(inKorean(c.jobSkills.slice(0, 2)), true)}과(와) 어떻게 이어지는지 말해 보세요.`
          : '지금처럼 질문에 집중하고, 질문과 관계없는 부분은 줄이세요.'
    : nothingShared
      ? `Answer the question that was asked: “${c.question.text}”. Restate its key idea in your first sentence.`
      : score < 60
        ? 'Address every part of the question, and name its key idea in your first sentence.'
        : tieToJob
          ? `Tie the answer to this job: say how it relates to what the role needs, such as ${list(c.jobSkills.slice(0, 2))}.`
          : 'Stay this close to the question; cut any part that does not answer it.';
  return criterion('relevance', score, why, quotes(quoteSentences, 3), suggestion, c.ko);
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
  const detailsKo = [
    quantities.length && `숫자 ${quantities.length}개(${list(quantities.slice(0, 3), true)})`,
    c.answerSkills.length && `구체적인 도구나 기술(${list(inKorean(c.answerSkills.slice(0, 3)), true)})`,
    (example || told) && '구체적인 사례',
  ].filter((x): x is string => Boolean(x));
  const why = c.ko
    ? detailsKo.length
      ? `${list(detailsKo, true)}이(가) 있어요${signals.vague.length ? `. 다만 “${signals.vague[0]}” 같은 모호한 표현도 있어요` : ''}.`
      : `일반적인 이야기에 머물러요. 숫자, 이름, 구체적인 사례가 없어요${signals.vague.length ? `. “${signals.vague[0]}” 같은 모호한 표현도 있어요` : ''}.`
    : details.length
      ? `It gives ${list(details)}${signals.vague.length ? `, but also vague words such as “${signals.vague[0]}”` : ''}.`
      : `It stays general: no numbers, names or concrete example${signals.vague.length ? `, and vague words such as “${signals.vague[0]}”` : ''}.`;
  const suggestion = c.ko
    ? quantities.length === 0
      ? '확인할 수 있는 사실을 더해 보세요. 규모(사용자, 금액, 인원), 기간, 결과를 보여 주는 숫자 하나 — [X%], [N시간].'
      : !example && !told
        ? '실제 사례 하나로 뒷받침해 보세요. 어떤 일이었는지, 무엇을 썼는지, 정확히 무슨 일이 있었는지요.'
        : '숫자와 이름은 그대로 두고, 남은 일반적인 표현을 구체적인 내용으로 바꿔 보세요.'
    : quantities.length === 0
      ? 'Add the facts that make it checkable: how big (users, money, people), how long, and one number for the result — [X%], [N hours].'
      : !example && !told
        ? 'Ground it in one real example: which project, which tool, what exactly happened.'
        : 'Keep the numbers and names; replace any remaining general words with the specific thing you mean.';
  return criterion('specificity', score, why, quotes(evidence.length ? evidence : vagueSentences, 2), suggestion, c.ko);
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
    why = c.ko
      ? signals.iActions === 0
        ? signals.weMentions >= 2
          ? '내내 “우리”가 한 일만 말해서 본인의 역할이 보이지 않아요.'
          : '본인이 직접 무엇을 했는지 말하지 않았어요.'
        : `본인이 직접 한 일을 ${signals.iActions}번 말했어요${signals.weMentions > signals.iMentions ? '. 다만 아직 “우리”가 더 많이 나와요' : ''}.`
      : signals.iActions === 0
        ? signals.weMentions >= 2
          ? 'It says what “we” did throughout; your own part is not visible.'
          : 'It does not say what you yourself did.'
        : `You say what you did yourself in ${signals.iActions} sentence${signals.iActions > 1 ? 's' : ''}${signals.weMentions > signals.iMentions ? ', though “we” still dominates' : ''}.`;
  } else {
    const personal =
      signals.iActions > 0 || /\b(?:in my (?:experience|last|previous|current)|I (?:use|used|prefer|would|usually|chose|have used))\b/.test(signals.text) || /제 경험|제가 (?:써|사용|해)|저는 (?:주로|보통)/.test(signals.text);
    score = personal ? 85 : 60;
    why = c.ko
      ? personal
        ? '교과서적인 설명에 그치지 않고 본인의 경험을 담았어요.'
        : '개념은 설명했지만 본인이 어떻게 써 봤는지는 없어요.'
      : personal
        ? 'It draws on your own experience, not only the textbook answer.'
        : 'It explains the concept but not how you have used it.';
  }
  const suggestion = c.ko
    ? signals.iActions >= 2
      ? '지금처럼 본인의 판단과 행동은 “제가”로, 팀의 일은 “우리”로 구분해서 말하세요.'
      : '본인이 직접 정하고 한 일을 말해 보세요. “제가 제안했습니다”, “제가 다시 만들었습니다”처럼요. “우리”는 팀이 한 일에만 쓰세요.'
    : signals.iActions >= 2
      ? 'Keep saying “I” for your own decisions and actions, and “we” only for the team’s.'
      : 'Say what you personally decided and did — “I proposed…”, “I rewrote…” — and keep “we” for the team’s part.';
  return criterion('contribution', score, why, quotes(iSentences.length ? iSentences : weSentences, 2), suggestion, c.ko);
}

function scoreImpact(c: Context): CriterionScore {
  const { signals } = c;
  const results = signals.sentences.filter((s) => s.star.has('result'));
  const quantified = results.some((s) => s.hasNumber);
  const reflection = signals.sentences.find((s) => reflects(s.text));
  let score: number;
  let why: string;
  let suggestion: string;
  let quoteSentences = results;
  if (c.kind === 'technical' && !c.story) {
    const consequences = signals.sentences.filter((s) => new RegExp(CONSEQUENCE.source, 'i').test(s.text));
    const count = (signals.text.match(CONSEQUENCE) ?? []).length;
    score = 30 + 20 * Math.min(3, count) + (signals.quantities.length ? 10 : 0);
    why = c.ko
      ? count
        ? '그 선택이 실제로 무엇을 바꾸는지(장점, 비용, 트레이드오프) 설명했어요.'
        : '무엇인지는 설명했지만, 왜 중요한지나 어떤 비용이 드는지는 없어요.'
      : count
        ? 'It explains what the choice changes in practice (benefits, costs or trade-offs).'
        : 'It explains what, but not why it matters or what it costs.';
    suggestion = c.ko
      ? count >= 2
        ? '지금처럼 트레이드오프를 짚고, 어떤 경우에는 쓰지 않을지도 덧붙여 보세요.'
        : '실제로 왜 중요한지 말해 보세요. 장점, 비용, 그리고 다른 방법을 고를 때는 언제인지요.'
      : count >= 2
        ? 'Keep naming the trade-off, and add when you would not use it.'
        : 'Say why it matters in practice: the benefit, the cost, and when you would choose something else.';
    quoteSentences = consequences;
  } else if (!c.story) {
    const reasoning = signals.sentences.find((s) => REASONING.test(s.text));
    score = 40 + (reasoning ? 25 : 0) + (results.length ? 20 : 0) + (signals.quantities.length ? 15 : 0);
    why = c.ko
      ? results.length
        ? '본인이 이룬 성과로 답변을 뒷받침했어요.'
        : '주장을 뒷받침할 성과가 없어요.'
      : results.length
        ? 'It points to something you achieved to back the answer.'
        : 'It makes claims without an achievement to back them.';
    suggestion = c.ko
      ? results.length && signals.quantities.length
        ? '지금처럼 성과로 주장을 뒷받침하세요.'
        : '본인이 이룬 성과 하나로 답변을 뒷받침해 보세요. 가능하면 숫자로요 — [X%], [N명].'
      : results.length && signals.quantities.length
        ? 'Keep backing claims with outcomes.'
        : 'Back the answer with one outcome you achieved — ideally with a number: [X%], [N users].';
    quoteSentences = [...results, ...(reasoning ? [reasoning] : [])];
  } else {
    score = results.length === 0 ? 10 : quantified ? 85 : 55;
    if (reflection) score += 10;
    why = c.ko
      ? results.length === 0
        ? '결과를 말하기 전에 이야기가 끝나서, 무엇이 달라졌는지 알 수 없어요.'
        : quantified
          ? '측정할 수 있는 결과로 마무리했어요.'
          : '결과는 말했지만, 그 크기를 보여 주는 숫자가 없어요.'
      : results.length === 0
        ? 'The story stops before the outcome: we do not learn what changed.'
        : quantified
          ? 'It ends with a measurable result.'
          : 'It states a result, but without a number that shows its size.';
    if (reflection) why += c.ko ? ' 배운 점도 말했어요.' : ' It also says what you learned.';
    suggestion = c.ko
      ? results.length === 0
        ? '결과로 마무리하세요. 무엇이, 누구에게, 얼마나 달라졌는지요 — [X%], [N일 단축].'
        : quantified
          ? reflection
            ? '좋아요. 측정된 결과와 배운 점을 그대로 유지하세요.'
            : '배운 점이나 다음에 다르게 할 점을 한 문장 덧붙여 보세요.'
          : '결과에 숫자를 붙여 보세요. 줄인 시간, 변화율, 사용자 수나 금액 — [X%].'
      : results.length === 0
        ? 'End with the result: what changed, for whom, and by how much — [X%], [N days saved].'
        : quantified
          ? reflection
            ? 'Keep it: a measured result and a lesson learned.'
            : 'Add one sentence on what you learned or would do differently.'
          : 'Put a number on the result: time saved, % change, users or money — [X%].';
  }
  return criterion('impact', score, why, quotes(quoteSentences, 2), suggestion, c.ko);
}

function scoreClarity(c: Context): CriterionScore {
  const { signals } = c;
  const words = signals.size;
  const [min, max] = c.story ? [120, 320] : c.kind === 'technical' ? [50, 250] : [60, 250];
  let score = 100;
  const problems: string[] = [];
  const flagged: SentenceSignals[] = [];
  // Korean is counted in 어절 for the reader; the rules use English-word equivalents (signals.size).
  const shown = (n: number): number => (c.ko ? Math.round(n / KOREAN_WORD_WEIGHT) : n);
  const range = `${shown(min)}–${shown(max)}`;
  if (words < min) {
    score -= Math.round(((min - words) / min) * 50);
    problems.push(c.ko ? `답변이 짧아요(${shown(words)}어절, 권장 ${range}어절)` : `it is short (${words} words; aim for ${range})`);
  } else if (words > max) {
    score -= Math.min(30, Math.round((words - max) / 10));
    problems.push(c.ko ? `답변이 길어요(${shown(words)}어절, 권장 ${range}어절)` : `it is long (${words} words; aim for ${range})`);
  }
  const longest = [...signals.sentences].sort((a, b) => b.words - a.words || a.start - b.start)[0];
  const average = signals.sentences.length ? words / signals.sentences.length : 0;
  if (longest && longest.words > 45) {
    score -= 10;
    problems.push(c.ko ? `한 문장이 ${shown(longest.words)}어절이나 돼요` : `one sentence runs to ${longest.words} words`);
    flagged.push(longest);
  } else if (average > 28) {
    score -= 10;
    problems.push(c.ko ? '문장이 전체적으로 길어요' : 'the sentences are long');
  }
  const fillersPer100 = words ? (signals.fillers.length * 100) / words : 0;
  if (signals.fillers.length) {
    score -= Math.min(25, Math.round(fillersPer100 * 5));
    const fillerList = list([...new Set(signals.fillers.map((f) => f.trim().toLowerCase().replace(/^,\s*|,$/g, '')))].slice(0, 3).map((f) => `“${f}”`), c.ko);
    problems.push(c.ko ? `군말이 있어요(${fillerList})` : `filler words (${fillerList})`);
    const fillerSentence = signals.sentences.find((s) => /\b(?:um+|uh+|erm+|you know|I mean|basically|literally|kind of|sort of)\b|,\s*like,/i.test(s.text));
    if (fillerSentence && !flagged.includes(fillerSentence)) flagged.push(fillerSentence);
  }
  const hedges = signals.text.match(HEDGE) ?? [];
  if (hedges.length) {
    score -= Math.min(15, 5 * hedges.length);
    problems.push(c.ko ? `확신 없는 표현이 있어요(“${hedges[0]}”)` : `hedging (“${hedges[0]}”)`);
  }
  const starts = new Map<string, number>();
  for (const s of signals.sentences) {
    const w = wordsOf(s.text)[0]?.toLowerCase();
    if (w && w !== 'i' && w !== '저는' && w !== '제가') starts.set(w, (starts.get(w) ?? 0) + 1);
  }
  const repeated = [...starts.entries()].find(([, n]) => n >= 3);
  if (repeated) {
    score -= 5;
    problems.push(c.ko ? `여러 문장이 “${repeated[0]}”(으)로 시작해요` : `several sentences start with “${repeated[0]}”`);
  }
  const why = c.ko
    ? problems.length
      ? `전체적으로 따라가기 쉽지만, ${problems.join('. ')}.`
      : `명확하고 핵심에 집중했어요(${shown(words)}어절, 짧은 문장).`
    : problems.length
      ? `Easy to follow overall, but ${list(problems)}.`
      : `Clear and to the point (${words} words, short sentences).`;
  const suggestion = c.ko
    ? problems.length
      ? [
          words < min && '조금 더 말해 보세요. 첫 요점에서 멈추지 말고 이야기나 설명을 끝까지 마무리하세요.',
          words > max && '배경 설명과 반복되는 내용을 줄이고, 예시는 하나만 남기세요.',
          flagged.some((s) => s === longest) && '긴 문장은 둘로 나눠 보세요.',
          signals.fillers.length && '“음”, “그” 같은 군말 대신 잠깐 멈췄다가 말해 보세요.',
          hedges.length && '“아마”, “것 같아요” 없이 한 일과 생각을 분명하게 말해 보세요.',
        ]
          .filter((x): x is string => Boolean(x))
          .join(' ') || '문장 시작을 다양하게 하고, 한 문장에는 한 가지 생각만 담아 보세요.'
      : '지금처럼 간결하게 유지하세요.'
    : problems.length
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
  return criterion('clarity', score, why, quotes(flagged, 2), suggestion, c.ko);
}

export function scoreDelivery(delivery: Delivery, locale: InterviewLocale = 'en'): DeliveryReport {
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
  if (locale === 'ko') {
    const whyKo = `1분에 ${Math.round(wpm)}단어 속도로 말했고(권장 ${lo}–${hi}), 군말은 1분에 ${round1(delivery.fillersPerMinute)}번(권장 ${maxFillersPerMinute}번 이하), 2초 이상 멈춘 횟수는 ${delivery.longPauses}번이에요${delivery.longPauses ? `(가장 길게 ${round1(delivery.longestPauseSeconds)}초)` : ''}.`;
    const tipsKo = [
      wpm > hi && '조금 천천히 말해 보세요. 요점마다 잠깐 쉬어 가면 좋아요.',
      wpm < lo && '조금 더 빠르게 말해 보세요. 첫 문장을 미리 정해 두면 시작이 쉬워요.',
      delivery.fillersPerMinute > maxFillersPerMinute && '“음”, “그” 대신 짧게 말없이 멈춰 보세요.',
      (pausesPerMinute > maxLongPausesPerMinute || delivery.longestPauseSeconds > longestPauseSeconds) && '침묵이 길어요. 말하기 전에 상황, 행동, 결과 순서로 답을 정리해 보세요.',
    ].filter((x): x is string => Boolean(x));
    return { ...delivery, score, why: whyKo, suggestion: tipsKo.join(' ') || '속도도 적당하고 군말도 적어요. 지금처럼 하세요.' };
  }
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

const BETTER_VERSION_EN = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  situationMissing: '[Where you were and what was going on, in one sentence.]',
  taskMissing: '[What you were responsible for, or what had to be achieved.]',
  actionMissing: '[The steps you took yourself, in order: "First I…, then I…".]',
  ownPart: '[What you personally did: "I decided…", "I built…".]',
  howMuch: '[By how much? Add a number: % change, time or money saved, people reached.]',
  resultMissing: 'As a result, [what changed — with a number: % change, time or money saved, people reached].',
  lesson: '[One sentence on what you learned.]',
  answer: 'Answer',
  why: 'Why',
  example: 'Example',
  tradeOff: 'Trade-off',
  close: 'Close',
  answerMissing: '[Your answer to the question, in one sentence.]',
  whyMissing: '[The reason or how it works, in one or two sentences.]',
  exampleMissing: '[A real case from your own work where this mattered.]',
  tradeOffMissing: '[When it is not the right choice, or what it costs.]',
  closeMissing: '[One sentence tying this back to the role you are applying for.]',
  empty: 'Situation: [Where you were.]\nTask: [What you had to do.]\nAction: [What you did.]\nResult: [What changed, with a number.]',
};
const BETTER_VERSION_KO: typeof BETTER_VERSION_EN = {
  situation: '상황',
  task: '과제',
  action: '행동',
  result: '결과',
  situationMissing: '[어디서 어떤 일이 있었는지 한 문장으로.]',
  taskMissing: '[본인이 맡은 책임이나 달성해야 했던 목표.]',
  actionMissing: '[본인이 직접 한 일을 순서대로: "먼저 제가…, 그다음…".]',
  ownPart: '[본인이 직접 한 일: "제가 결정했습니다…", "제가 만들었습니다…".]',
  howMuch: '[얼마나 달라졌나요? 숫자를 더해 보세요: 변화율, 줄인 시간이나 비용, 도움을 받은 사람 수.]',
  resultMissing: '그 결과 [무엇이 달라졌는지 — 숫자로: 변화율, 줄인 시간이나 비용, 도움을 받은 사람 수].',
  lesson: '[배운 점 한 문장.]',
  answer: '답',
  why: '이유',
  example: '예시',
  tradeOff: '트레이드오프',
  close: '마무리',
  answerMissing: '[질문에 대한 답을 한 문장으로.]',
  whyMissing: '[이유나 작동 방식을 한두 문장으로.]',
  exampleMissing: '[이 내용이 중요했던 본인 업무의 실제 사례.]',
  tradeOffMissing: '[적합하지 않은 경우나 드는 비용.]',
  closeMissing: '[지원하는 직무와 연결하는 한 문장.]',
  empty: '상황: [어디에 있었나요.]\n과제: [무엇을 해야 했나요.]\n행동: [무엇을 했나요.]\n결과: [무엇이 달라졌나요, 숫자로.]',
};

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
  const L = c.ko ? BETTER_VERSION_KO : BETTER_VERSION_EN;
  if (c.story) {
    const situation = pick(signals.sentences.filter((s) => s.star.has('situation')), 1);
    const task = pick(signals.sentences.filter((s) => s.star.has('task')), 1);
    const actions = pick(signals.sentences.filter((s) => s.iAction), 3);
    const weActions = actions.length ? [] : pick(signals.sentences.filter((s) => s.we && !s.star.has('result')), 2);
    const results = pick(signals.sentences.filter((s) => s.star.has('result')), 2);
    const resultText = results.length ? `${text(results)}${results.some((s) => s.hasNumber) ? '' : ` ${L.howMuch}`}` : L.resultMissing;
    return [
      `${L.situation}: ${situation.length ? text(situation) : L.situationMissing}`,
      `${L.task}: ${task.length ? text(task) : L.taskMissing}`,
      `${L.action}: ${actions.length ? text(actions) : weActions.length ? `${text(weActions)} ${L.ownPart}` : L.actionMissing}`,
      `${L.result}: ${resultText}${signals.sentences.some((s) => reflects(s.text)) ? '' : ` ${L.lesson}`}`,
    ].join('\n');
  }
  const ranked = [...signals.sentences].sort((a, b) => topicOverlap(c.question, b.text).sharedTerms.length - topicOverlap(c.question, a.text).sharedTerms.length || a.start - b.start);
  const point = pick(ranked, 1);
  const reasoning = pick(signals.sentences.filter((s) => REASONING.test(s.text)), 2);
  const example = pick(signals.sentences.filter((s) => EXAMPLE.test(s.text) || s.iAction), 2);
  const lines = [
    `${L.answer}: ${point.length ? text(point) : L.answerMissing}`,
    `${L.why}: ${reasoning.length ? text(reasoning) : L.whyMissing}`,
    `${L.example}: ${example.length ? text(example) : L.exampleMissing}`,
  ];
  if (c.kind === 'technical') {
    const tradeOff = pick(signals.sentences.filter((s) => new RegExp(CONSEQUENCE.source, 'i').test(s.text)), 1);
    lines.push(`${L.tradeOff}: ${tradeOff.length ? text(tradeOff) : L.tradeOffMissing}`);
  } else {
    lines.push(`${L.close}: ${L.closeMissing}`);
  }
  return lines.join('\n');
}

/**
 * The stronger version's outline with placeholders only, quoting nothing of the answer: for answers
 * whose transcript the recogniser doubted (its words may not be what was said).
 */
export function outlineBetterVersion(question: PlannedQuestion | string, locale: InterviewLocale = 'en'): string {
  const L = locale === 'ko' ? BETTER_VERSION_KO : BETTER_VERSION_EN;
  const q = normaliseQuestion(question);
  if (asksForStory(q.text) || /^(?:skill|soft-skill|family):/.test(q.id)) return L.empty;
  const last = q.kind === 'technical' ? `${L.tradeOff}: ${L.tradeOffMissing}` : `${L.close}: ${L.closeMissing}`;
  return [`${L.answer}: ${L.answerMissing}`, `${L.why}: ${L.whyMissing}`, `${L.example}: ${L.exampleMissing}`, last].join('\n');
}

function emptyReport(delivery: Delivery | undefined, locale: InterviewLocale): AnswerReport {
  const ko = locale === 'ko';
  const criteria = CRITERIA.map((id) =>
    ko
      ? criterion(id, 0, '기록된 답변이 없어요.', [], '말로든 글로든 질문에 답해 보세요. 짧게 답해도 피드백을 받을 수 있어요.', true)
      : criterion(id, 0, 'No answer was recorded.', [], 'Answer the question out loud or in writing; even a short attempt gets feedback.'),
  );
  return {
    overall: 0,
    criteria,
    star: { situation: false, task: false, action: false, result: false },
    ...(delivery ? { delivery: scoreDelivery(delivery, locale) } : {}),
    betterVersion: (ko ? BETTER_VERSION_KO : BETTER_VERSION_EN).empty,
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
  // The session's language; a question typed by hand (the CLI) is answered in its own.
  const locale: InterviewLocale = input.locale ?? (isKorean(question.text) ? 'ko' : 'en');
  if (!input.answer.trim()) return emptyReport(input.delivery, locale);
  const referenceTerms = bankQuestion(question.id)?.terms ?? [];
  const job = input.jobText ? jobRequirements(input.jobText) : undefined;
  const jobSkills = job ? [...job.required, ...job.preferred].map((s) => s.name) : [];
  const signals = readAnswer(input.answer);
  const context: Context = {
    ko: locale === 'ko',
    question,
    kind,
    story: asksForStory(question.text) || /^(?:skill|soft-skill|family):/.test(question.id),
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
    ...(input.delivery ? { delivery: scoreDelivery(input.delivery, locale) } : {}),
    betterVersion: betterVersion(context),
  };
}
