import type { RetainedAudio } from './audio/retained-audio.entity.js';
import type { InterviewStatus } from './interview.entity.js';
import type { InterviewListColumns } from './interview.repository.js';
import type { InterviewView, TurnView } from './interviews.service.js';

/** Follow-up reasons the catalog words (`interview:followUp.*`); any other reason reads as a plain follow-up. */
const FOLLOW_UP_REASONS = new Set(['too_short', 'no_result', 'no_personal_contribution', 'off_topic', 'no_example']);

/**
 * What pages show of interviews (templates get view models, never entities). Kind and status are
 * enums and the date a Date: templates word them in the reader's language (`interview:*`, `fmt`).
 */
export function interviewRow(i: InterviewListColumns) {
  return {
    id: i.id,
    role: i.role,
    kind: i.kind,
    status: i.status as InterviewStatus,
    overall: i.overall,
    jobTitle: i.jobTitle,
    startedAt: i.createdAt,
  };
}

/** Overall scores of completed interviews over time, one line per role practised. */
export function interviewScoreSeries(interviews: readonly InterviewListColumns[]): { label: string; points: { at: Date; score: number }[] }[] {
  const byRole = new Map<string, { label: string; points: { at: Date; score: number }[] }>();
  for (const i of [...interviews].reverse()) {
    if (i.status !== 'completed' || typeof i.overall !== 'number') continue;
    const key = i.role.toLowerCase();
    const series = byRole.get(key) ?? { label: i.role, points: [] };
    series.points.push({ at: i.completedAt ?? i.createdAt, score: i.overall });
    byRole.set(key, series);
  }
  return [...byRole.values()];
}

/** The interview page: the conversation so far, the waiting question, and — when scored — the report. */
export function interviewPage(view: InterviewView, retained: RetainedAudio[]) {
  const recordings = new Map(retained.map((r) => [r.turn.id, r]));
  const turn = (t: TurnView) => ({
    id: t.id,
    question: t.question,
    isFollowUp: t.isFollowUp,
    followUp: t.followUpReason ? (FOLLOW_UP_REASONS.has(t.followUpReason) ? t.followUpReason : 'generic') : undefined,
    answer: t.answer,
    answeredBy: t.answeredBy,
    delivery: t.delivery,
    lowConfidence: t.lowConfidence,
    recording: recordings.has(t.id) ? { id: recordings.get(t.id)!.id, expiresAt: recordings.get(t.id)!.expiresAt } : undefined,
  });
  const current = view.current;
  const answeredMain = new Set(view.turns.filter((t) => t.answer !== undefined && !t.isFollowUp).map((t) => t.questionIndex));
  return {
    interview: { ...interviewRow(view.interview), aiNote: view.interview.aiNote, failureReason: view.interview.failureReason, interviewer: view.interview.interviewer },
    /** The language the engine wrote this interview's questions and report in (`lang` of that text). */
    contentLang: view.interview.locale,
    jobText: view.jobText,
    conversation: view.turns.filter((t) => t.answer !== undefined).map(turn),
    current: current
      ? {
          ...turn(current),
          number: current.questionIndex + 1,
          of: view.questions.length,
          draft: current.draft,
        }
      : undefined,
    answeredCount: answeredMain.size,
    questionCount: view.questions.length,
    summary: view.summary,
    /** One entry per scored question: its turns (question, answer, follow-up) and its report. */
    questions: view.questions
      .map((q, index) => {
        const turns = view.turns.filter((t) => t.questionIndex === index);
        const main = turns.find((t) => !t.isFollowUp);
        return { number: index + 1, text: q.text, topic: q.topic, kind: q.kind, turns: turns.filter((t) => t.answer !== undefined).map(turn), report: main?.report, score: main?.score };
      })
      .filter((q) => q.turns.length > 0),
  };
}
