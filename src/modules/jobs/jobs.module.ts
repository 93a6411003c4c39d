import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/index.js';
import { ProcessingRestrictionsModule } from '../compliance/index.js';
import { DocumentsModule } from '../documents/index.js';
import { ApplicationsService } from './applications.service.js';
import { CompaniesController } from './companies.controller.js';
import { CompaniesService } from './companies.service.js';
import { DemoPostingsService } from './demo/demo-postings.service.js';
import { EmployerGrantsService } from './employer-grants.service.js';
import { EmployerController } from './employer.controller.js';
import { InvitationsController } from './invitations.controller.js';
import { JobSearchService } from './job-search.service.js';
import { JobsDataParticipant } from './jobs-data.participant.js';
import { JobsController } from './jobs.controller.js';
import { ApplicationAccessPolicy } from './messages/application.access-policy.js';
import { ApplicationThreadGrantSource } from './messages/application-thread.grant-source.js';
import { CandidateMessagesController, EmployerMessagesController, MessageReportsController } from './messages/messages.controller.js';
import { MessagesService } from './messages/messages.service.js';
import { EmployerDashboardCard } from './jobs.dashboard-card.js';
import { SeekerProfileService } from './matching/seeker-profile.service.js';
import { PostingsService } from './postings.service.js';
import { ShareGrantSource } from './share-grant.source.js';
import { SharingController } from './sharing.controller.js';
import { SharingService } from './sharing.service.js';

/** See README.md in this folder. */
@Module({
  imports: [DocumentsModule, BillingModule, ProcessingRestrictionsModule],
  // Invitations before the employer controller: its routes are open to any signed-in role.
  controllers: [InvitationsController, EmployerController, JobsController, CompaniesController, SharingController, CandidateMessagesController, EmployerMessagesController, MessageReportsController],
  providers: [
    CompaniesService,
    PostingsService,
    JobSearchService,
    SeekerProfileService,
    SharingService,
    ShareGrantSource,
    ApplicationsService,
    EmployerGrantsService,
    JobsDataParticipant,
    EmployerDashboardCard,
    DemoPostingsService,
    MessagesService,
    ApplicationAccessPolicy,
    ApplicationThreadGrantSource,
  ],
  exports: [DemoPostingsService, PostingsService, CompaniesService, JobSearchService],
})
export class JobsModule {}
