import { RequestContext } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { QuotaService } from '../billing/index.js';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { User } from '../../platform/identity/user.entity.js';
import { Document, DocumentNotFoundError } from '../documents/index.js';
import { DocumentsService } from '../documents/index.js';
import { withoutContactHeader } from '../../kernel/resume/resume-sections.js';
import { EncryptedObjectStore } from '../../platform/vault/encrypted-object-store.service.js';
import { JobQueue } from '../../platform/queue/job-queue.service.js';
import { summarizeInterview } from './engine/interview-summary.js';
import { outlineBetterVersion } from './engine/answer-rubric.js';
import type { TranscriptConfidence } from '../../platform/ai/speech/speech-to-text.js';
import type { AnswerReport, Delivery, FollowUp, InterviewKind, InterviewLocale, InterviewSummary, PlannedQuestion } from './engine/interview-types.js';
import { INTERVIEWER, type Interviewer } from './engine/interviewer.js';
import { InterviewTurn, type AnswerSource } from './interview-turn.entity.js';
import { Interview } from './interview.entity.js';
import { InterviewRepository, type InterviewListColumns } from './interview.repository.js';
import { InterviewNotFoundError, InterviewRateLimitedError, NoQuestionsForRoleError, NothingAnsweredError, QuestionAlreadyAnsweredError } from './interview.errors.js';
import { mergeDelivery } from './merge-delivery.js';

export const INTERVIEW_SCORING_QUEUE = 'interview.score';
/** Costly work is rate-limited per person. */
export const INTERVIEWS_PER_HOUR = 20;
export const MAX_ANSWER_CHARS = 10_000;
const MAX_SCORING_ATTEMPTS = 3;

const planPurpose = (id: string) => `interview-plan:${id}`;
const jobPurpose = (id: string) => `interview-job:${id}`;
const summaryPurpose = (id: string) => `interview-summary:${id}`;
const questionPurpose = (turnId: string) => `interview-question:${turnId}`;
const answerPurpose = (turnId: string) => `interview-answer:${turnId}`;
const reportPurpose = (turnId: string) => `interview-report:${turnId}`;
const draftPurpose = (turnId: string) => `interview-draft:${turnId}`;
/** A typed draft is kept for a day, then dropped (it is only meant to survive a reload). */
export const DRAFT_TTL_MS = 24 * 3_600_000;

export interface StartInterviewInput {
  role: string;
  kind: InterviewKind;
  length: number;
  documentId?: string;
  jobText?: string;
  /** The language of the page the interview was started on (default English). */
  locale?: InterviewLocale;
}

export interface TurnView {
  id: string;
  position: number;
  questionIndex: number;
  isFollowUp: boolean;
  followUpReason: string | undefined;
  question: string;
  answer: string | undefined;
  /** The typed answer saved before submitting (waiting turn only, less than a day old). */
  draft: string | undefined;
  answeredBy: AnswerSource | undefined;
  delivery: Delivery | undefined;
  /** The recogniser doubted the transcript of this turn's recording (promise of issue #17: said next to it). */
  lowConfidence: boolean;
  score: number | undefined;
  report: AnswerReport | undefined;
}

export interface InterviewView {
  interview: Interview;
  questions: PlannedQuestion[];
  turns: TurnView[];
  /** The question waiting for an answer (in progress only). */
  current: TurnView | undefined;
  summary: InterviewSummary | undefined;
  jobText: string | undefined;
}

export type AnswerOutcome = 'next_question' | 'follow_up' | 'finished' | 'already_answered';

/**
 * Practice interviews. Text only (promise V5): questions, answers (typed, or the edited transcript
 * of a recording) and scoring reports, each encrypted with the owner's data key. Every query is
 * scoped by owner (A3: see InterviewRepository). Scoring runs as a queued job, so a slow AI
 * provider never blocks a request and a restart loses nothing.
 */
@Injectable()
export class InterviewsService implements OnModuleInit {
  private readonly logger = new Logger('Interviews');

  constructor(
    private readonly em: EntityManager,
    private readonly interviews: InterviewRepository,
    private readonly documents: DocumentsService,
    private readonly store: EncryptedObjectStore,
    private readonly queue: JobQueue,
    @Inject(INTERVIEWER) private readonly interviewer: Interviewer,
    private readonly quota: QuotaService,
  ) {}

  onModuleInit(): void {
    this.queue.register<{ interviewId: string }>({
      name: INTERVIEW_SCORING_QUEUE,
      expireInSeconds: 300,
      retryLimit: MAX_SCORING_ATTEMPTS - 1,
      handle: ({ interviewId }) => RequestContext.create(this.em, () => this.score(interviewId)),
      // The last attempt's process died mid-scoring (score() never reached its catch): without this
      // the interview would say "preparing your report" forever; failed, it offers the retry button.
      onGiveUp: ({ interviewId, ownerId }) => this.giveUpScoring(ownerId, interviewId),
    });
  }

  private async giveUpScoring(ownerId: string, interviewId: string): Promise<void> {
    if (await this.interviews.markScoringFailed(ownerId, interviewId, 'Preparing the report was interrupted. Your answers are saved; please try again.')) {
      this.logger.error(`Scoring of interview ${interviewId} was given up after its last attempt was cut off`);
    }
  }

  /**
   * Plans the questions and asks the first. A double submit within a few seconds returns the first
   * interview: the check and the insert run under a per-person advisory lock.
   */
  async start(ownerId: string, input: StartInterviewInput): Promise<Interview> {
    const document = input.documentId ? await this.documents.get(ownerId, input.documentId) : undefined;
    const resumeText = document ? withoutContactHeader(await this.documents.text(ownerId, document.id)) : undefined;
    const jobText = input.jobText?.trim() ? input.jobText.trim().slice(0, 50_000) : undefined;
    const role = input.role.trim().slice(0, 120);

    const recent = await this.recentDuplicate(this.em.fork(), ownerId, { ...input, role });
    if (recent) return recent;

    // No AI call for an interview the plan's quota would refuse anyway.
    await this.quota.ensureAvailable(ownerId, 'interviews');
    // The plan may call an AI model: done before the transaction, never while holding a lock.
    const id = randomUUID();
    const locale = input.locale ?? 'en';
    const { questions, note } = await this.interviewer.plan({ role, kind: input.kind, length: input.length, resumeText, jobText, seed: id, locale });
    if (questions.length === 0) throw new NoQuestionsForRoleError();

    return this.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`interview-start:${ownerId}`]);
      const duplicate = await this.recentDuplicate(tx, ownerId, { ...input, role });
      if (duplicate) return duplicate;
      const lastHour = await this.interviews.countStartedSince(tx, ownerId, new Date(Date.now() - 3_600_000));
      if (lastHour >= INTERVIEWS_PER_HOUR) {
        throw new InterviewRateLimitedError(INTERVIEWS_PER_HOUR);
      }
      // The quota is used in this transaction: exactly when the interview row commits.
      await this.quota.consume(ownerId, 'interviews', 1, tx);
      const fresh = tx.create(Interview, {
        id,
        owner: tx.getReference(User, ownerId),
        document: document ? tx.getReference(Document, document.id) : null,
        role,
        kind: input.kind,
        locale,
        length: questions.length,
        interviewer: this.interviewer.name,
        aiNote: note?.slice(0, 300) ?? null,
        jobTitle: jobText ? (jobText.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? null) : null,
        planCiphertext: Buffer.alloc(0),
      });
      fresh.planCiphertext = await this.store.encryptField(ownerId, planPurpose(fresh.id), JSON.stringify(questions));
      if (jobText) fresh.jobTextCiphertext = await this.store.encryptField(ownerId, jobPurpose(fresh.id), jobText);
      await this.addTurn(tx, fresh, 0, 0, questions[0]!.text, null);
      return fresh;
    });
  }

  /** The same start submitted again moments ago (a double click), before anything was answered. */
  private async recentDuplicate(em: EntityManager, ownerId: string, input: StartInterviewInput & { role: string }): Promise<Interview | null> {
    const recent = await this.interviews.findRecentStart(em, ownerId, input, new Date(Date.now() - 10_000));
    if (!recent) return null;
    const answered = await this.interviews.countAnswered(em, ownerId, recent.id);
    return answered === 0 ? recent : null;
  }

  /**
   * Saves the answer to the waiting question and moves on: a follow-up when the answer is thin (at
   * most one per question), the next question, or — after the last — queues the scoring. A second
   * submit of the same turn (double click, back button) changes nothing and reports it.
   */
  async answer(ownerId: string, interviewId: string, turnId: string, text: string, source: AnswerSource): Promise<AnswerOutcome> {
    const answer = text.trim().slice(0, MAX_ANSWER_CHARS);
    const view = await this.view(ownerId, interviewId);
    const current = view.current;
    if (view.interview.status !== 'in_progress' || !current || current.id !== turnId) return 'already_answered';

    // Decided before the transaction (the interviewer may call an AI model); at most one per question.
    let followUp: FollowUp | null = null;
    if (!current.isFollowUp) {
      const resumeText = await this.resumeText(ownerId, view.interview);
      followUp = (await this.interviewer.followUp({ question: view.questions[current.questionIndex]!, answer, resumeText, jobText: view.jobText, locale: view.interview.locale }))
        .followUp;
    }

    const outcome = await this.em.fork().transactional(async (tx): Promise<AnswerOutcome> => {
      const interview = await this.interviews.findOwnedForUpdate(tx, ownerId, interviewId);
      if (!interview || interview.status !== 'in_progress') return 'already_answered';
      const turn = await this.interviews.findTurn(tx, ownerId, interviewId, turnId);
      const last = await this.interviews.lastTurn(tx, ownerId, interviewId);
      if (!turn || !last || last.id !== turn.id || turn.answerCiphertext) return 'already_answered';

      turn.answerCiphertext = await this.store.encryptField(ownerId, answerPurpose(turn.id), answer);
      turn.draftCiphertext = null;
      turn.draftSavedAt = null;
      // Spoken only when a recording of this turn was transcribed (delivery or a confidence was kept).
      const transcribed = Boolean(turn.delivery) || (turn.transcriptConfidence ?? null) !== null || turn.transcriptLowConfidence;
      turn.answeredBy = source === 'voice' && transcribed ? 'voice' : 'text';
      if (turn.answeredBy === 'text') {
        turn.delivery = null;
        turn.transcriptConfidence = null;
        turn.transcriptLowConfidence = false;
      }
      turn.answeredAt = new Date();

      if (followUp) {
        await this.addTurn(tx, interview, turn.position + 1, turn.questionIndex, followUp.text, followUp.reason);
        return 'follow_up';
      }
      const next = turn.questionIndex + 1;
      if (next < view.questions.length) {
        await this.addTurn(tx, interview, turn.position + 1, next, view.questions[next]!.text, null);
        return 'next_question';
      }
      interview.status = 'scoring';
      return 'finished';
    });
    if (outcome === 'finished') await this.enqueueScoring(ownerId, interviewId);
    return outcome;
  }

  /** Ends an interview early: the answered questions are scored, the rest are dropped from the report. */
  async finish(ownerId: string, interviewId: string): Promise<void> {
    const finished = await this.em.fork().transactional(async (tx) => {
      const interview = await this.interviews.findOwnedForUpdate(tx, ownerId, interviewId);
      if (!interview) throw new InterviewNotFoundError();
      if (interview.status !== 'in_progress') return false;
      const answered = await this.interviews.countAnswered(tx, ownerId, interviewId);
      if (answered === 0) {
        throw new NothingAnsweredError();
      }
      await this.interviews.deleteUnanswered(tx, ownerId, interviewId);
      interview.status = 'scoring';
      return true;
    });
    if (finished) await this.enqueueScoring(ownerId, interviewId);
  }

  async retryScoring(ownerId: string, interviewId: string): Promise<void> {
    const interview = await this.get(ownerId, interviewId);
    if (interview.status !== 'failed') return;
    this.em.assign(interview, { status: 'scoring', failureReason: null, scoringAttempts: 0 });
    await this.em.flush();
    await this.enqueueScoring(ownerId, interviewId);
  }

  private async enqueueScoring(ownerId: string, interviewId: string): Promise<void> {
    try {
      await this.queue.send(INTERVIEW_SCORING_QUEUE, { interviewId }, { ownerId });
    } catch (error) {
      this.logger.error(`Could not queue scoring of interview ${interviewId}: ${(error as Error).message}`);
      await this.interviews.markFailed(ownerId, interviewId, 'We could not start scoring. Your answers are saved; please try again.');
    }
  }

  /**
   * The queue handler: one report per question (its answer and the answer to its follow-up read as
   * one), then the summary. Scores come from the embedded rubric whatever the interviewer, so they
   * stay comparable over time. Idempotent: a completed interview is left alone.
   */
  async score(interviewId: string): Promise<void> {
    const em = this.em.fork();
    const interview = await this.interviews.findForJob(em, interviewId);
    if (!interview || interview.status === 'completed' || interview.status === 'in_progress') return;
    const ownerId = interview.owner.id;
    interview.scoringAttempts += 1;
    await em.flush();
    try {
      const view = await this.view(ownerId, interviewId, em);
      const reports: AnswerReport[] = [];
      const notes = new Set<string>();
      for (const [index, question] of view.questions.entries()) {
        const turns = view.turns.filter((t) => t.questionIndex === index && t.answer !== undefined);
        if (turns.length === 0) continue;
        const answer = turns.map((t) => t.answer!).join('\n\n');
        const delivery = mergeDelivery(turns.map((t) => t.delivery));
        const feedback = await this.interviewer.feedback({ question, answer, jobText: view.jobText, delivery, locale: interview.locale });
        const { note } = feedback;
        // Words the recogniser doubted are never quoted back as the person's own: an outline instead.
        const report: AnswerReport = turns.some((t) => t.lowConfidence)
          ? { ...feedback.report, betterVersion: outlineBetterVersion(question, interview.locale), lowConfidenceTranscript: true }
          : feedback.report;
        if (note) notes.add(note);
        reports.push(report);
        const main = await this.interviews.findTurn(em, ownerId, interviewId, turns[0]!.id);
        if (!main) throw new Error('A scored turn disappeared while scoring');
        main.score = report.overall;
        main.reportCiphertext = await this.store.encryptField(ownerId, reportPurpose(main.id), JSON.stringify(report));
      }
      const summary = summarizeInterview(reports, interview.locale);
      em.assign(interview, {
        status: 'completed',
        overall: summary.overall,
        summaryCiphertext: await this.store.encryptField(ownerId, summaryPurpose(interview.id), JSON.stringify(summary)),
        aiNote: [interview.aiNote, ...notes].filter(Boolean).join(' ').slice(0, 300) || null,
        failureReason: null,
        completedAt: new Date(),
      });
      await em.flush();
    } catch (error) {
      const final = interview.scoringAttempts >= MAX_SCORING_ATTEMPTS;
      this.logger.error(`Scoring of interview ${interview.id} attempt ${interview.scoringAttempts} failed: ${(error as Error).message}`);
      em.assign(interview, {
        status: final ? 'failed' : 'scoring',
        failureReason: final ? 'The report could not be prepared. Your answers are saved; please try again.' : null,
      });
      await em.flush();
      if (!final) throw error; // the queue retries with backoff
    }
  }

  /**
   * Keeps the answer being typed for the waiting question, encrypted like an answer, so a reload or a
   * lost connection does not lose it. An empty draft removes it. Dropped on submit or after a day.
   */
  async saveDraft(ownerId: string, interviewId: string, turnId: string, text: string): Promise<void> {
    const turn = await this.currentTurn(ownerId, interviewId, turnId);
    const draft = text.slice(0, MAX_ANSWER_CHARS);
    turn.draftCiphertext = draft.trim() ? await this.store.encryptField(ownerId, draftPurpose(turn.id), draft) : null;
    turn.draftSavedAt = draft.trim() ? new Date() : null;
    await this.em.flush();
  }

  /** Deletes drafts older than a day (hourly job); returns how many. */
  async expireDrafts(now = new Date()): Promise<number> {
    return this.interviews.clearDraftsSavedBefore(this.em.fork(), new Date(now.getTime() - DRAFT_TTL_MS));
  }

  /**
   * What a transcribed recording left on the waiting turn until the answer is submitted: its delivery
   * (none when the transcript's confidence was low) and the confidence. Low confidence sticks for the
   * turn: the answer box may still hold the doubtful text of an earlier recording.
   */
  async recordTranscription(ownerId: string, interviewId: string, turnId: string, result: { delivery: Delivery | undefined; confidence: TranscriptConfidence | undefined }): Promise<void> {
    const turn = await this.currentTurn(ownerId, interviewId, turnId);
    const low = turn.transcriptLowConfidence || (result.confidence?.low ?? false);
    turn.transcriptLowConfidence = low;
    // A double column may come back as a string: compared as a number.
    if (result.confidence) turn.transcriptConfidence = Math.min(result.confidence.score, Number(turn.transcriptConfidence ?? 1));
    turn.delivery = low ? null : (result.delivery ?? null);
    await this.em.flush();
  }

  /** The waiting turn, or 409 when the question was answered meanwhile (another tab, a double submit). */
  async currentTurn(ownerId: string, interviewId: string, turnId: string): Promise<InterviewTurn> {
    const interview = await this.get(ownerId, interviewId);
    const last = await this.interviews.lastTurn(this.em, ownerId, interview.id);
    if (interview.status !== 'in_progress' || !last || last.id !== turnId || last.answerCiphertext) {
      throw new QuestionAlreadyAnsweredError();
    }
    return last;
  }

  list(ownerId: string): Promise<Interview[]> {
    return this.interviews.listOwned(ownerId);
  }

  /** What the interviews page lists and charts: plain columns, one statement, nothing decrypted. */
  listColumns(ownerId: string): Promise<InterviewListColumns[]> {
    return this.interviews.listColumnsOwned(ownerId);
  }

  /** The `count` newest interviews (list columns) and whether any is completed, for the dashboard. */
  latest(ownerId: string, count: number): Promise<{ latest: InterviewListColumns[]; anyCompleted: boolean }> {
    return this.interviews.latestOwned(ownerId, count);
  }

  async get(ownerId: string, interviewId: string, em: EntityManager = this.em): Promise<Interview> {
    const interview = await this.interviews.findOwned(ownerId, interviewId, em);
    if (!interview) throw new InterviewNotFoundError();
    return interview;
  }

  async view(ownerId: string, interviewId: string, em: EntityManager = this.em): Promise<InterviewView> {
    const interview = await this.get(ownerId, interviewId, em);
    const questions = JSON.parse(await this.decrypt(ownerId, planPurpose(interview.id), interview.planCiphertext)) as PlannedQuestion[];
    const rows = await this.interviews.turnsOf(em, ownerId, interview.id);
    const turns: TurnView[] = [];
    for (const row of rows) {
      turns.push({
        id: row.id,
        position: row.position,
        questionIndex: row.questionIndex,
        isFollowUp: row.followUpReason !== null && row.followUpReason !== undefined,
        followUpReason: row.followUpReason ?? undefined,
        question: await this.decrypt(ownerId, questionPurpose(row.id), row.questionCiphertext),
        answer: row.answerCiphertext ? await this.decrypt(ownerId, answerPurpose(row.id), row.answerCiphertext) : undefined,
        draft:
          !row.answerCiphertext && row.draftCiphertext && row.draftSavedAt && row.draftSavedAt.getTime() > Date.now() - DRAFT_TTL_MS
            ? await this.decrypt(ownerId, draftPurpose(row.id), row.draftCiphertext)
            : undefined,
        answeredBy: row.answeredBy ?? undefined,
        delivery: row.answeredBy === 'voice' ? (row.delivery ?? undefined) : undefined,
        lowConfidence: row.transcriptLowConfidence && row.answeredBy !== 'text',
        score: row.score ?? undefined,
        report: row.reportCiphertext ? (JSON.parse(await this.decrypt(ownerId, reportPurpose(row.id), row.reportCiphertext)) as AnswerReport) : undefined,
      });
    }
    const last = turns.at(-1);
    return {
      interview,
      questions,
      turns,
      current: interview.status === 'in_progress' && last && last.answer === undefined ? last : undefined,
      summary: interview.summaryCiphertext ? (JSON.parse(await this.decrypt(ownerId, summaryPurpose(interview.id), interview.summaryCiphertext)) as InterviewSummary) : undefined,
      jobText: interview.jobTextCiphertext ? await this.decrypt(ownerId, jobPurpose(interview.id), interview.jobTextCiphertext) : undefined,
    };
  }

  /** Removes the interview with its conversation and report (delete kept recordings first: VoiceAnswersService). */
  async delete(ownerId: string, interviewId: string): Promise<void> {
    const interview = await this.get(ownerId, interviewId);
    await this.interviews.deleteOwned(ownerId, interview.id);
  }

  /** The résumé the interviewer may see: the work, without the name and contact lines. */
  private async resumeText(ownerId: string, interview: Interview): Promise<string | undefined> {
    if (!interview.document) return undefined;
    try {
      return withoutContactHeader(await this.documents.text(ownerId, interview.document.id));
    } catch (error) {
      if (error instanceof DocumentNotFoundError) return undefined; // deleted meanwhile: ask without it
      throw error;
    }
  }

  private async addTurn(em: EntityManager, interview: Interview, position: number, questionIndex: number, question: string, followUpReason: string | null): Promise<InterviewTurn> {
    const ownerId = interview.owner.id;
    const turn = em.create(InterviewTurn, {
      interview,
      owner: em.getReference(User, ownerId),
      position,
      questionIndex,
      followUpReason,
      questionCiphertext: Buffer.alloc(0),
    });
    turn.questionCiphertext = await this.store.encryptField(ownerId, questionPurpose(turn.id), question);
    return turn;
  }

  private decrypt(ownerId: string, purpose: string, ciphertext: Uint8Array): Promise<string> {
    return this.store.decryptField(ownerId, purpose, Buffer.from(ciphertext));
  }
}
