import { DomainError, messageKey, ResourceNotFoundError } from '../../platform/contracts/domain-error.js';

/** Missing or someone else's: the same answer for both (promise D2). */
export class AnalysisNotFoundError extends ResourceNotFoundError {}

/** Analyses are costly: each person may run a limited number an hour. */
export class AnalysisRateLimitedError extends DomainError {
  constructor(perHour: number) {
    super('RATE_LIMITED', `You can run up to ${perHour} analyses an hour. Please try again a little later.`, { messageKey: messageKey('analysis:errors.rateLimited', { perHour }) });
  }
}
