import { DomainError, messageKey } from '../../../platform/contracts/domain-error.js';

const REFUSALS = {
  blocked: messageKey('jobs:messages.errors.blocked'),
  closed: messageKey('jobs:messages.errors.closed'),
};

/** A message that cannot be sent: the candidate blocked the company, or withdrew the application. */
export class MessageRefusedError extends DomainError {
  constructor(reason: keyof typeof REFUSALS) {
    super('CONFLICT', `The message was not sent (${reason}).`, { messageKey: REFUSALS[reason] });
  }
}
