import { SetMetadata } from '@nestjs/common';
import type { Role } from './user.entity.js';

export const REQUIRED_ROLES = 'candor:requiredRoles';

/** Restricts a signed-in route to the given roles (admin always passes). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);
