import { applyDecorators, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'candor:isPublic';

/** Opts a route out of the global sign-in requirement. Everything else is private by default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

export const IS_SESSIONLESS = 'candor:isSessionless';

/**
 * A public route that never looks at the session: health probes. It answers the same to everyone, so
 * the session lookup (a database query), its renewal and every per-person step after it are skipped —
 * a probe must measure the process, not the database or the caller's cookie.
 */
export const Sessionless = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(IS_SESSIONLESS, true));
