import { NotFoundException } from '@nestjs/common';

/**
 * A document that does not exist or belongs to someone else: the same answer for both, so ids of
 * other people's documents reveal nothing (promise D2).
 */
export class DocumentNotFoundError extends NotFoundException {
  constructor() {
    super('Document not found');
  }
}
