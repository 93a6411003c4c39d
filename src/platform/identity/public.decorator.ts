import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'candor:isPublic';

/** Opts a route out of the global sign-in requirement. Everything else is private by default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
