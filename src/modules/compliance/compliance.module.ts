import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { DocumentsModule } from '../documents/index.js';
import { ComplianceRequestInterceptor } from './compliance-request.interceptor.js';
import { IncidentNoticesController, IncidentsAdminController } from './incidents/incidents.controller.js';
import { IncidentsJobs } from './incidents/incidents.jobs.js';
import { IncidentsService } from './incidents/incidents.service.js';
import { MarketingSettingsController, UnsubscribeController } from './marketing/marketing.controller.js';
import { MarketingService } from './marketing/marketing.service.js';
import { PolicyAcceptanceController, PolicyVersionsAdminController, PolicyVersionsPublicController } from './policies/policy-versions.controller.js';
import { PolicyVersionsJobs } from './policies/policy-versions.jobs.js';
import { PolicyVersionsService } from './policies/policy-versions.service.js';
import { PrivacyContactController } from './policies/privacy-contact.controller.js';
import { PrivacyChoicesDataParticipant } from './privacy-choices-data.participant.js';
import { KeepDataController } from './retention/keep-data.controller.js';
import { RetentionJobs } from './retention/retention.jobs.js';
import { RetentionService } from './retention/retention.service.js';
import { ProcessingRestrictionsModule } from './restrictions/processing-restrictions.js';
import { ComplianceJobs } from './compliance.jobs.js';
import { DataRightsService } from './data-rights.service.js';
import { AdminDashboardCard, SupportDashboardCard } from './operations.dashboard-cards.js';
import { PolicyController } from './policy.controller.js';
import { SettingsController } from './settings.controller.js';

@Module({
  imports: [DiscoveryModule, DocumentsModule, ProcessingRestrictionsModule],
  controllers: [SettingsController, PolicyController, IncidentsAdminController, IncidentNoticesController, MarketingSettingsController, UnsubscribeController, KeepDataController, PrivacyContactController, PolicyVersionsAdminController, PolicyVersionsPublicController, PolicyAcceptanceController],
  providers: [
    DataRightsService,
    ComplianceJobs,
    AdminDashboardCard,
    SupportDashboardCard,
    IncidentsService,
    IncidentsJobs,
    MarketingService,
    RetentionService,
    RetentionJobs,
    PrivacyChoicesDataParticipant,
    PolicyVersionsService,
    PolicyVersionsJobs,
    { provide: APP_INTERCEPTOR, useClass: ComplianceRequestInterceptor },
  ],
  exports: [DataRightsService, MarketingService],
})
export class ComplianceModule {}
