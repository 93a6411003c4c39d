import { DomainError, ResourceNotFoundError, type DomainErrorOptions } from '../../platform/contracts/domain-error.js';

/** An interview, turn or kept recording that is missing or someone else's: one answer for both (D2). */
export class InterviewNotFoundError extends ResourceNotFoundError {}

export class NoQuestionsForRoleError extends DomainError {
  constructor() {
    super('INVALID_INPUT', 'We could not find questions for that role. Try a broader role name.');
  }
}

export class InterviewRateLimitedError extends DomainError {
  constructor(perHour: number) {
    super('RATE_LIMITED', `You can start up to ${perHour} practice interviews an hour. Please try again a little later.`);
  }
}

export class NothingAnsweredError extends DomainError {
  constructor() {
    super('INVALID_INPUT', 'Answer at least one question before finishing, or delete the interview.');
  }
}

/** The question was answered meanwhile (another tab, a double submit). */
export class QuestionAlreadyAnsweredError extends DomainError {
  constructor() {
    super('CONFLICT', 'This question has already been answered.');
  }
}

/** A recording that cannot be read as audio. */
export class RecordingRejectedError extends DomainError {
  constructor(message: string, options?: ErrorOptions) {
    super('INVALID_INPUT', message, options);
  }
}

/** Speech recognition is not installed, failed, or took too long; the recording is gone either way. */
export class TranscriptionFailedError extends DomainError {
  constructor(code: 'UNAVAILABLE' | 'TIMEOUT', message: string, options?: DomainErrorOptions) {
    super(code, message, options);
  }
}
