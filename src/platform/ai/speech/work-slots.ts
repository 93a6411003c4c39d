import { DomainError, messageKey } from '../../contracts/domain-error.js';

/**
 * At most `concurrency` pieces of work at once, at most `queue` more waiting; beyond that the caller
 * is told at once that the server is busy, instead of piling up recognisers until every request
 * times out.
 */
export class WorkSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly queue: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queue) {
        throw new DomainError('UNAVAILABLE', 'Many answers are being transcribed right now. Please try again in a moment, or type your answer.', {
          messageKey: messageKey('errors.transcriptionBusy'),
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
