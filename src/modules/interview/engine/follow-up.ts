import { extractSkills } from '../../../kernel/skills/index.js';
import { scoreAnswer } from './answer-rubric.js';
import { asksForStory, isKorean, readAnswer, topicOverlap } from './answer-signals.js';
import type { FollowUp, FollowUpInput, FollowUpReason } from './interview-types.js';

/** Below this many words an answer is too thin to score fairly. */
export const MIN_ANSWER_WORDS = 25;
/**
 * A follow-up is asked only when the report would call the answer weak on that same criterion, so the
 * interviewer never says "let's come back to the question" to an answer the report calls on topic.
 */
export const WEAK_BELOW = 50;
const CRITERION_OF = { off_topic: 'relevance', no_example: 'specificity', no_personal_contribution: 'contribution', no_result: 'impact' } as const;

/**
 * A skill the question is about that the job or the resume also names, to ground the follow-up in
 * the user's own material ("your Kubernetes work"). Undefined when nothing ties them together.
 */
function groundingSkill(input: FollowUpInput): string | undefined {
  const material = `${input.jobText ?? ''}\n${input.resumeText ?? ''}`;
  if (!material.trim()) return undefined;
  const mentioned = new Set(extractSkills(material).map((s) => s.name.toLowerCase()));
  const inQuestion = extractSkills(`${input.question.topic}. ${input.question.text}`).filter((s) => s.kind === 'hard');
  return inQuestion.find((s) => mentioned.has(s.name.toLowerCase()))?.name;
}

/**
 * The follow-up texts. They ask; they never say what a good answer contains or how it is scored
 * (the interview gives no hints until the report).
 */
function followUpTextKo(reason: FollowUpReason, behavioral: boolean, skill: string | undefined): string {
  switch (reason) {
    case 'too_short':
      if (skill) return `그때 하신 ${skill} 작업을 조금 더 자세히 말씀해 주시겠어요?`;
      return behavioral ? '그때 어떤 일이 있었는지 조금 더 자세히 말씀해 주시겠어요?' : '그렇게 생각하신 과정을 조금 더 자세히 말씀해 주시겠어요?';
    case 'off_topic':
      return '제가 드린 질문으로 다시 돌아가 볼게요. 어떻게 답하시겠어요?';
    case 'no_example':
      if (skill) return `${skill}(으)로 일했던 구체적인 때를 하나 떠올려 보시겠어요? 그 이야기를 들려주세요.`;
      return '실제로 그런 일이 있었던 때를 하나 떠올려 보시겠어요? 그 이야기를 들려주세요.';
    case 'no_personal_contribution':
      return '그중에서 본인이 맡은 부분은 무엇이었나요? 직접 하신 일을 말씀해 주세요.';
    case 'no_result':
      if (skill) return `그 ${skill} 작업의 결과는 어땠나요?`;
      return '결과는 어땠나요?';
  }
}

function followUpText(reason: FollowUpReason, behavioral: boolean, skill: string | undefined): string {
  switch (reason) {
    case 'too_short':
      if (skill) return `Could you take me through your ${skill} work there in a bit more detail?`;
      return behavioral ? 'Could you take me through what happened in a bit more detail?' : 'Could you take me through your reasoning in a bit more detail?';
    case 'off_topic':
      return 'Let’s come back to the question I asked. How would you answer it?';
    case 'no_example':
      if (skill) return `Can you think of one specific time you worked with ${skill}? Tell me about that one.`;
      return 'Can you think of one specific time this happened? Tell me about that one.';
    case 'no_personal_contribution':
      return 'What was your own part in that? What did you personally do?';
    case 'no_result':
      if (skill) return `What was the outcome of that ${skill} work?`;
      return 'What was the outcome?';
  }
}

/**
 * Whether the interviewer should ask a follow-up to this answer, and which. Checked in order: too
 * short, off topic, then, for questions that ask for a story: no concrete example, no personal
 * contribution ("we" throughout, no "I" doing anything), no result. Technical questions about the
 * user's own experience (generated from skills) are held to the same story checks; definition
 * questions ("What is a closure?") are not. One follow-up per main question is the caller's rule.
 */
export function decideFollowUp(input: FollowUpInput): FollowUp | null {
  const { question, answer } = input;
  const signals = readAnswer(answer);
  const behavioral = question.kind === 'behavioral';
  const skill = groundingSkill(input);
  const korean = input.locale === 'ko' || (input.locale === undefined && isKorean(question.text));
  const ask = (reason: FollowUpReason): FollowUp => ({ reason, text: (korean ? followUpTextKo : followUpText)(reason, behavioral, skill) });

  if (signals.size < MIN_ANSWER_WORDS) return ask('too_short');

  // Off topic: the answer shares no word stem with the question, its topic's vocabulary or the job's
  // skills named in it. Questions with fewer than two content words ("Why product?") give too little
  // to compare, so they are only judged through their topic's vocabulary, when they have one.
  const report = scoreAnswer({ question, answer, ...(input.jobText ? { jobText: input.jobText } : {}) });
  const weak = (reason: keyof typeof CRITERION_OF): boolean => (report.criteria.find((c) => c.id === CRITERION_OF[reason])?.score ?? 0) < WEAK_BELOW;
  const overlap = topicOverlap(question, answer, skill ? [skill] : []);
  const comparable = overlap.questionTerms.length >= 2 || overlap.topicHits.length > 0;
  if (comparable && overlap.sharedTerms.length === 0 && overlap.topicHits.length === 0 && overlap.extraHits.length === 0 && weak('off_topic')) return ask('off_topic');

  const story = asksForStory(question.text) || /^(?:skill|soft-skill|family):/.test(question.id);
  if (!story) return null;
  const told = signals.pastTense >= 3 || signals.star.situation;
  if (!told && weak('no_example')) return ask('no_example');
  if (signals.iActions === 0 && signals.weMentions >= 2 && weak('no_personal_contribution')) return ask('no_personal_contribution');
  if (!signals.star.result && signals.quantities.length === 0 && weak('no_result')) return ask('no_result');
  return null;
}
