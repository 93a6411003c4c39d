import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { SessionTokenService } from './session-token.service.js';
import { SessionStrategy } from './session.strategy.js';
import { SessionsService } from './sessions.service.js';
import { UsersService } from './users.service.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

/**
 * Who is asking: users, roles, sessions and the session strategy behind the global guard. Global,
 * because every module's routes are guarded by it; sign-in flows live in the accounts module.
 */
@Global()
@Module({
  imports: [PassportModule, DiscoveryModule],
  providers: [UsersService, UsersRepository, SessionsService, SessionsRepository, SessionTokenService, SessionStrategy],
  exports: [UsersService, UsersRepository, SessionsService, SessionTokenService],
})
export class IdentityModule {}
