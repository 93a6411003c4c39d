import { DomainError, messageKey, ResourceNotFoundError } from '../../../platform/contracts/domain-error.js';

/** Missing, someone else's, or (for staff) not opened as a case: one answer for all (D2, H1). */
export class DataRequestNotFoundError extends ResourceNotFoundError {
  constructor() {
    super('Data request not found');
  }
}

/** The request is closed, or not in a state where that step makes sense. */
export class DataRequestStateError extends DomainError {
  constructor() {
    super('CONFLICT', 'This request has moved on; reload it to see where it stands.', { messageKey: messageKey('requests:errors.state') });
  }
}

/** Too many codes for one address, or too many wrong guesses. */
export class VerificationRateLimitedError extends DomainError {
  constructor() {
    super('RATE_LIMITED', 'Too many codes were asked for this address. Please try again in an hour.', { messageKey: messageKey('requests:errors.tooManyCodes') });
  }
}

/** The person stopped this use of their data (a restriction or an objection, R3). */
export class ProcessingRestrictedError extends DomainError {
  constructor() {
    super('FORBIDDEN', 'You paused this use of your data. Lift the pause in Settings → Data requests to use it again.', {
      messageKey: messageKey('requests:errors.restricted'),
    });
  }
}
