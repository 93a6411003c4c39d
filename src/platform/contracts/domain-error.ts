/**
 * What went wrong, in terms of the use case rather than the transport. The web layer maps each code
 * to an HTTP status in one place (platform/web/app-exception.filter.ts); services and adapters never
 * speak HTTP.
 */
export const DOMAIN_ERROR_CODES = ['NOT_FOUND', 'INVALID_INPUT', 'CONFLICT', 'RATE_LIMITED', 'UNAVAILABLE', 'TIMEOUT', 'FORBIDDEN'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * The words a person sees, as a message-catalog key (`namespace:key.path`, or a bare key in the
 * `common` catalog) and its interpolation parameters. Translated where the locale is known: the
 * exception filter, with the request's translator.
 */
export interface UserMessageKey {
  key: string;
  params?: Record<string, unknown>;
}

/** A catalog key to translate where the locale is known; the catalog check finds keys written this way. */
export function messageKey(key: string, params?: Record<string, unknown>): UserMessageKey {
  return params ? { key, params } : { key };
}

export interface DomainErrorOptions extends ErrorOptions {
  /** The catalog key of `userMessage`; without one, the English message is shown as written. */
  messageKey?: UserMessageKey;
}

/**
 * Base of every module's `*.errors.ts`. `message` stays English, for logs and tests; what a person
 * sees is `messageKey` translated into their language (or `message` when no key is given). Either
 * must say what happened and what to do, and never carry internals (ids, paths, SQL, provider answers).
 */
export class DomainError extends Error {
  readonly messageKey?: UserMessageKey;

  constructor(
    readonly code: DomainErrorCode,
    userMessage: string,
    options?: DomainErrorOptions,
  ) {
    super(userMessage, options);
    this.name = new.target.name;
    if (options?.messageKey) this.messageKey = options.messageKey;
  }
}

/**
 * Something that does not exist or that the actor may not see: one answer for both, so ids of other
 * people's data reveal nothing (promise D2).
 */
export class ResourceNotFoundError extends DomainError {
  constructor(message = 'Not Found', key: UserMessageKey = messageKey('errors.notFound')) {
    super('NOT_FOUND', message, { messageKey: key });
  }
}
