// The jobs bench's held-back set: queries, filters and profiles written before the wave-5 search
// tuning (issue #13) and frozen since. The bench's main set (jobs.bench.ts) is the tuning data; this one
// only checks that what was tuned there carries over. Never change it, never tune on its figures, and
// the bench prints only its totals (no per-query lines to tune against).
import type { JobSearchQuery, SeekerProfile } from '../src/modules/jobs/index.js';

const base: Omit<JobSearchQuery, 'text'> = { location: '', workplace: '', seniority: '', employmentType: '', salaryAtLeast: null, postedWithinDays: null, page: 1 };

export const HELD_BACK_QUERIES: readonly JobSearchQuery[] = [
  { ...base, text: 'program manager' },
  { ...base, text: 'quantum research' },
  { ...base, text: '프론트엔드 개발자' },
  { ...base, text: '데이터', location: 'busan' },
  { ...base, text: 'security', workplace: 'hybrid', employmentType: 'full_time' },
  { ...base, text: '', location: 'Berlin', seniority: 'lead' },
  { ...base, text: 'designer', location: 'London', postedWithinDays: 7 },
  { ...base, text: 'principal', salaryAtLeast: 80_000_000 },
  { ...base, text: 'sre', page: 2 },
  { ...base, text: 'devops 엔지니어' },
  { ...base, text: '', workplace: 'on_site', postedWithinDays: 1 },
  { ...base, text: 'senior software engineer azure', location: 'Redmond' },
];

export const HELD_BACK_PROFILES: readonly (SeekerProfile | null)[] = [
  { skills: ['Go', 'Kubernetes', 'AWS', 'Docker', 'Terraform'], targetRoles: ['DevOps engineer', 'Site reliability engineer'], locations: ['Busan'], workMode: 'remote', seniority: 'mid' },
  { skills: ['React', 'TypeScript', 'CSS', 'JavaScript'], targetRoles: ['Frontend developer'], locations: ['서울'], workMode: 'on_site', seniority: 'junior' },
  { skills: ['Product management', 'SQL', 'Agile'], targetRoles: ['Program manager'], locations: ['London', 'Berlin'], workMode: 'hybrid', seniority: 'lead' },
];
