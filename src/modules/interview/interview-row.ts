import type { RetainedAudio } from './audio/retained-audio.entity.js';
import type { Interview, InterviewStatus } from './interview.entity.js';
import type { InterviewView, TurnView } from './interviews.service.js';
import { KIND_LABELS } from './dto/start-interview.form.js';

/** What pages show of interviews (templates get view models, never entities). */
const STATUS_TEXT: Record<InterviewStatus, string> = {
  in_progress: 'In progress',
  scoring: 'Preparing your report…',
  completed: 'Completed',
  failed: 'Report failed',
};

const FOLLOW_UP_LABELS: Record<string, string> = {
  too_short: 'Follow-up',
  no_result: 'Follow-up on the outcome',
  no_personal_contribution: 'Follow-up on your part',
  off_topic: 'Follow-up on the question',
  no_example: 'Follow-up asking for an example',
};

export function interviewRow(i: Interview) {
  return {
    id: i.id,
    role: i.role,
    kind: i.kind,
    kindText: KIND_LABELS[i.kind],
    status: i.status,
    statusText: STATUS_TEXT[i.status as InterviewStatus],
    overall: i.overall,
    jobTitle: i.jobTitle,
    startedAt: i.createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
    startedAtIso: i.createdAt.toISOString(),
  };
}

/** Overall scores of completed interviews over time, one line per role practised. */
export function interviewScoreSeries(interviews: readonly Interview[]): { label: string; points: { at: Date; score: number }[] }[] {
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
    followUpLabel: t.followUpReason ? (FOLLOW_UP_LABELS[t.followUpReason] ?? 'Follow-up') : undefined,
    answer: t.answer,
    answeredBy: t.answeredBy,
    delivery: t.delivery,
    recording: recordings.has(t.id) ? { id: recordings.get(t.id)!.id, expires: recordings.get(t.id)!.expiresAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) } : undefined,
  });
  const current = view.current;
  const answeredMain = new Set(view.turns.filter((t) => t.answer !== undefined && !t.isFollowUp).map((t) => t.questionIndex));
  return {
    interview: { ...interviewRow(view.interview), aiNote: view.interview.aiNote, failureReason: view.interview.failureReason, interviewer: view.interview.interviewer },
    jobText: view.jobText,
    conversation: view.turns.filter((t) => t.answer !== undefined).map(turn),
    current: current
      ? {
          ...turn(current),
          number: current.questionIndex + 1,
          of: view.questions.length,
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
