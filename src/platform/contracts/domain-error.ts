/**
 * What went wrong, in terms of the use case rather than the transport. The web layer maps each code
 * to an HTTP status in one place (platform/web/app-exception.filter.ts); services and adapters never
 * speak HTTP.
 */
export const DOMAIN_ERROR_CODES = ['NOT_FOUND', 'INVALID_INPUT', 'CONFLICT', 'RATE_LIMITED', 'UNAVAILABLE', 'TIMEOUT', 'FORBIDDEN'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Base of every module's `*.errors.ts`. The message is shown to the user as written: it must say what
 * happened and what to do, and never carry internals (ids, paths, SQL, provider answers).
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    userMessage: string,
    options?: ErrorOptions,
  ) {
    super(userMessage, options);
    this.name = new.target.name;
  }
}

/**
 * Something that does not exist or that the actor may not see: one answer for both, so ids of other
 * people's data reveal nothing (promise D2).
 */
export class ResourceNotFoundError extends DomainError {
  constructor(message = 'Not Found') {
    super('NOT_FOUND', message);
  }
}
