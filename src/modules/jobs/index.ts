// The jobs module's public face: the only file others import.
export { JobsModule } from './jobs.module.js';
export { JOBS_CATALOG } from './i18n/jobs.catalog.js';
export { JOB_ALERTS_CATALOG } from './alerts/i18n/job-alerts.catalog.js';
export { JOB_ALERT_STOP_PATH } from './alerts/saved-searches.service.js';
export { ADVISORS_CATALOG } from './advisors/i18n/advisors.catalog.js';
export { PostingsService, extractPostingSkills, type PostingInput } from './postings.service.js';
export { DemoPostingsService } from './demo/demo-postings.service.js';
export { CompaniesService } from './companies.service.js';
export { JobSearchService, searchTsQuery, type JobSearchQuery } from './job-search.service.js';
export { jobFit, type SeekerProfile } from './matching/job-fit.js';

import { Application, ApplicationNote, ApplicationStageChange, SavedJob } from './application.entity.js';
import { Company, CompanyInvitation, CompanyMember } from './company.entity.js';
import { JobPosting } from './job-posting.entity.js';
import { ShareGrant } from './share-grant.entity.js';
import { SavedSearch } from './alerts/saved-search.entity.js';
import { AdvisorProfile, Consultation } from './advisors/advisor.entities.js';
import { MESSAGE_ENTITIES } from './messages/application-message.entity.js';
export const JOBS_ENTITIES = [Company, CompanyMember, CompanyInvitation, JobPosting, ShareGrant, Application, ApplicationStageChange, ApplicationNote, SavedJob, SavedSearch, AdvisorProfile, Consultation, ...MESSAGE_ENTITIES];
