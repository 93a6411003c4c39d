import { Module } from '@nestjs/common';
import { AccountsDataParticipant } from './accounts-data.participant.js';
import { GoalsDashboardCard } from './accounts.dashboard-card.js';
import { AccountsJobs } from './accounts.jobs.js';
import { AuthController } from './auth.controller.js';
import { ProfileController } from './profile.controller.js';
import { DevOidcProviderService } from './sign-in/dev-oidc-provider.service.js';
import { OidcClientService } from './sign-in/oidc-client.service.js';

/** Sign-in (OpenID Connect, the development provider), sign-out and the person's job preferences. */
@Module({
  controllers: [AuthController, ProfileController],
  providers: [OidcClientService, DevOidcProviderService, AccountsDataParticipant, AccountsJobs, GoalsDashboardCard],
  exports: [DevOidcProviderService],
})
export class AccountsModule {}
