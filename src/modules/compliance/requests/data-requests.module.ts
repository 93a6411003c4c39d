import { Module } from '@nestjs/common';
import { AdminController } from '../admin/admin.controller.js';
import { StaffCaseGrantSource } from '../cases/staff-case.grant-source.js';
import { SupportRequestsController } from '../cases/support-requests.controller.js';
import { ComplianceModule } from '../compliance.module.js';
import { ProcessingRestrictionsModule } from '../restrictions/processing-restrictions.js';
import { DataRequestAccessPolicy } from './data-request.access-policy.js';
import { DataRequestsDataParticipant } from './data-requests-data.participant.js';
import { DataRequestsJobs } from './data-requests.jobs.js';
import { DataRequestsRepository } from './data-requests.repository.js';
import { DataRequestsService } from './data-requests.service.js';
import { PublicRequestsController } from './public-requests.controller.js';
import { StorageModule } from '../../../platform/vault/storage.module.js';
import { SupportTicketAccessPolicy } from '../tickets/support-ticket.access-policy.js';
import { SupportTicketsDataParticipant } from '../tickets/support-tickets-data.participant.js';
import { SupportTicketsController, SupportTicketsStaffController } from '../tickets/support-tickets.controller.js';
import { SupportTicketsRepository } from '../tickets/support-tickets.repository.js';
import { SupportTicketsService } from '../tickets/support-tickets.service.js';
import { RequestsController } from './requests.controller.js';

/**
 * Data-subject requests (R3), support tickets, the support console and staff cases (H1), and the administrators'
 * pages. Completing a request works through the data-rights spine of the compliance module.
 */
@Module({
  imports: [ComplianceModule, ProcessingRestrictionsModule, StorageModule],
  controllers: [RequestsController, PublicRequestsController, SupportRequestsController, AdminController, SupportTicketsController, SupportTicketsStaffController],
  providers: [DataRequestsService, DataRequestsRepository, DataRequestsDataParticipant, DataRequestAccessPolicy, StaffCaseGrantSource, DataRequestsJobs, SupportTicketsService, SupportTicketsRepository, SupportTicketAccessPolicy, SupportTicketsDataParticipant],
})
export class DataRequestsModule {}
