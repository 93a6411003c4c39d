import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/index.js';
import { ProcessingRestrictionsModule } from '../compliance/index.js';
import { StorageModule } from '../../platform/vault/storage.module.js';
import { PageDataCacheModule } from '../../platform/web/page-data-cache.js';
import { DocumentsModule } from '../documents/index.js';
import { AdvisorsDataParticipant } from './advisors/advisors-data.participant.js';
import { AdvisorAdminController, AdvisorController, AdvisorDirectoryController, ConsultationSharingController } from './advisors/advisors.controller.js';
import { AdvisorsService } from './advisors/advisors.service.js';
import { ConsultationGrantSource } from './advisors/consultation-grant.source.js';
import { AlertsDataParticipant } from './alerts/alerts-data.participant.js';
import { AlertsJobs } from './alerts/alerts.jobs.js';
import { AlertStopController, SavedSearchesController } from './alerts/saved-searches.controller.js';
import { SavedSearchesService } from './alerts/saved-searches.service.js';
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
import { CompanyLogoController, PublicCompanyLogoController } from './logos/company-logos.controller.js';
import { CompanyLogosService } from './logos/company-logos.service.js';
import { ApplicationAccessPolicy } from './messages/application.access-policy.js';
import { ApplicationThreadGrantSource } from './messages/application-thread.grant-source.js';
import { MessageReportAccessPolicy, MessageReportCaseSource } from './messages/message-report.access.js';
import { CandidateMessagesController, EmployerMessagesController, MessageReportsController } from './messages/messages.controller.js';
import { MessagesService } from './messages/messages.service.js';
import { EmployerDashboardCard } from './jobs.dashboard-card.js';
import { SeekerProfileService } from './matching/seeker-profile.service.js';
import { PostingPoolCache } from './posting-pool.cache.js';
import { PostingsService } from './postings.service.js';
import { SavedJobsService } from './saved-jobs.service.js';
import { ShareGrantSource } from './share-grant.source.js';
import { SharingController } from './sharing.controller.js';
import { SharingService } from './sharing.service.js';

/** See README.md in this folder. */
@Module({
  imports: [DocumentsModule, BillingModule, ProcessingRestrictionsModule, StorageModule, PageDataCacheModule],
  // Invitations before the employer controller: its routes are open to any signed-in role.
  // Saved searches (/jobs/alerts) before the jobs controller, whose /jobs/:id would take the path.
  controllers: [InvitationsController, EmployerController, AlertStopController, SavedSearchesController, JobsController, CompaniesController, SharingController, AdvisorDirectoryController, AdvisorController, AdvisorAdminController, ConsultationSharingController, CandidateMessagesController, EmployerMessagesController, MessageReportsController, CompanyLogoController, PublicCompanyLogoController],
  providers: [
    CompaniesService,
    CompanyLogosService,
    PostingsService,
    PostingPoolCache,
    SavedJobsService,
    JobSearchService,
    SeekerProfileService,
    SharingService,
    ShareGrantSource,
    ApplicationsService,
    EmployerGrantsService,
    JobsDataParticipant,
    EmployerDashboardCard,
    DemoPostingsService,
    SavedSearchesService,
    AlertsJobs,
    AlertsDataParticipant,
    AdvisorsService,
    ConsultationGrantSource,
    AdvisorsDataParticipant,
    MessagesService,
    ApplicationAccessPolicy,
    ApplicationThreadGrantSource,
    MessageReportAccessPolicy,
    MessageReportCaseSource,
  ],
  exports: [DemoPostingsService, PostingsService, CompaniesService, JobSearchService],
})
export class JobsModule {}
