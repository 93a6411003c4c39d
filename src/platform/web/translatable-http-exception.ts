import { HttpException } from '@nestjs/common';
import type { UserMessageKey } from '../contracts/domain-error.js';

/**
 * An HTTP error raised by the web layer itself (a guard, a body check) whose words are in the
 * catalogs: `message` stays English for logs, API clients without a locale and tests, and the
 * exception filter shows `messageKey` in the request's language.
 */
export class TranslatableHttpException extends HttpException {
  constructor(
    status: number,
    message: string,
    readonly messageKey: UserMessageKey,
  ) {
    super(message, status);
  }
}
