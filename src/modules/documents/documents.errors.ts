import { ResourceNotFoundError } from '../../platform/contracts/domain-error.js';

/**
 * A document that does not exist or belongs to someone else: the same answer for both, so ids of
 * other people's documents reveal nothing (promise D2).
 */
export class DocumentNotFoundError extends ResourceNotFoundError {
  constructor() {
    super('Document not found');
  }
}
