import { DomainError, messageKey } from '../../../platform/contracts/domain-error.js';

/** A person keeps at most this many saved searches. */
export class TooManySavedSearchesError extends DomainError {
  constructor(max: number) {
    super('CONFLICT', `You can keep up to ${max} saved searches. Delete one first.`, { messageKey: messageKey('jobAlerts:errors.tooMany', { max }) });
  }
}
