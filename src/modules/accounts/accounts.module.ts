import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AnalysisModule } from '../analysis/analysis.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { InterviewModule } from '../interview/interview.module.js';
import { AccountsDataParticipant } from './accounts-data.participant.js';
import { AccountsJobs } from './accounts.jobs.js';
import { AuthController } from './auth.controller.js';
import { HomeController } from './home.controller.js';
import { ProfileController } from './profile.controller.js';
import { SessionTokenService } from './session-token.service.js';
import { SessionStrategy } from './session.strategy.js';
import { SessionsService } from './sessions.service.js';
import { DevOidcProviderService } from './sign-in/dev-oidc-provider.service.js';
import { OidcClientService } from './sign-in/oidc-client.service.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [PassportModule, DocumentsModule, AnalysisModule, InterviewModule],
  controllers: [HomeController, AuthController, ProfileController],
  providers: [
    UsersService,
    SessionsService,
    SessionTokenService,
    SessionStrategy,
    OidcClientService,
    DevOidcProviderService,
    AccountsDataParticipant,
    AccountsJobs,
  ],
  exports: [UsersService, SessionsService, SessionTokenService, DevOidcProviderService],
})
export class AccountsModule {}
