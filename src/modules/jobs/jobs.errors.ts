import { DomainError, messageKey, ResourceNotFoundError } from '../../platform/contracts/domain-error.js';

/** A company, posting or application the actor may not see, or that does not exist: one answer. */
export class JobsNotFoundError extends ResourceNotFoundError {}

/** The person already belongs to a company (one company per person). */
export class AlreadyInCompanyError extends DomainError {
  constructor() {
    super('CONFLICT', 'You already belong to a company.', { messageKey: messageKey('jobs:errors.alreadyInCompany') });
  }
}

/** The invitation link is unknown, used, expired, or addressed to someone else. */
export class InvitationInvalidError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'This invitation is not valid any more. Ask for a new one.', { messageKey: messageKey('jobs:errors.invitationInvalid') });
  }
}

const APPLY_REFUSALS = {
  alreadyApplied: messageKey('jobs:errors.apply.alreadyApplied'),
  notOpen: messageKey('jobs:errors.apply.notOpen'),
  noResume: messageKey('jobs:errors.apply.noResume'),
};

/** Applying twice to one posting, or to a posting that is not open. */
export class ApplicationRefusedError extends DomainError {
  constructor(reason: keyof typeof APPLY_REFUSALS) {
    super('CONFLICT', `The application was not sent (${reason}).`, { messageKey: APPLY_REFUSALS[reason] });
  }
}
