import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { SessionTokenService } from './session-token.service.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { SessionsService } from './sessions.service.js';
import { UsersService } from './users.service.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

/**
 * Who is asking: users, roles, sessions and the session check behind the global guard. Global,
 * because every module's routes are guarded by it; sign-in flows live in the accounts module.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [UsersService, UsersRepository, SessionsService, SessionsRepository, SessionTokenService, SessionAuthenticator],
  exports: [UsersService, UsersRepository, SessionsService, SessionTokenService, SessionAuthenticator],
})
export class IdentityModule {}
