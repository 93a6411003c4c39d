import type { SENIORITIES, WORK_MODES } from '../../platform/identity/user.entity.js';

/** How the job preferences read on the profile form and the dashboard's goals card. */
export const WORK_MODE_LABELS: Record<(typeof WORK_MODES)[number], string> = {
  any: 'No preference',
  remote: 'Remote',
  hybrid: 'Hybrid',
  on_site: 'On-site',
};
export const SENIORITY_LABELS: Record<(typeof SENIORITIES)[number], string> = {
  unspecified: 'Not specified',
  entry: 'Entry level / graduate',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead / principal',
  executive: 'Executive',
};
