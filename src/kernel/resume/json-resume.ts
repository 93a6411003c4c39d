import { z } from 'zod';

/**
 * The subset of the JSON Resume schema (https://jsonresume.org/schema, v1.0.0) that the parser
 * produces. Every field is optional as in the upstream schema; dates are `YYYY` or `YYYY-MM`
 * (the parser never invents a day). An ongoing role has no `endDate`.
 */
export const partialDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/);

export const jsonResumeProfileSchema = z.object({
  network: z.string().optional(),
  username: z.string().optional(),
  url: z.string().optional(),
});

export const jsonResumeLocationSchema = z.object({
  address: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  countryCode: z.string().optional(),
  region: z.string().optional(),
});

export const jsonResumeBasicsSchema = z.object({
  name: z.string().optional(),
  label: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
  location: jsonResumeLocationSchema.optional(),
  profiles: z.array(jsonResumeProfileSchema).optional(),
});

export const jsonResumeWorkSchema = z.object({
  name: z.string().optional(),
  position: z.string().optional(),
  location: z.string().optional(),
  url: z.string().optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

export const jsonResumeVolunteerSchema = z.object({
  organization: z.string().optional(),
  position: z.string().optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

export const jsonResumeEducationSchema = z.object({
  institution: z.string().optional(),
  area: z.string().optional(),
  studyType: z.string().optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  score: z.string().optional(),
  courses: z.array(z.string()).optional(),
});

export const jsonResumeSkillSchema = z.object({
  name: z.string().optional(),
  level: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

export const jsonResumeProjectSchema = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  url: z.string().optional(),
});

export const jsonResumeCertificateSchema = z.object({
  name: z.string().optional(),
  date: partialDateSchema.optional(),
  issuer: z.string().optional(),
  url: z.string().optional(),
});

export const jsonResumeLanguageSchema = z.object({
  language: z.string().optional(),
  fluency: z.string().optional(),
});

export const jsonResumeAwardSchema = z.object({
  title: z.string().optional(),
  date: partialDateSchema.optional(),
  awarder: z.string().optional(),
  summary: z.string().optional(),
});

export const jsonResumeSchema = z.object({
  basics: jsonResumeBasicsSchema,
  work: z.array(jsonResumeWorkSchema),
  volunteer: z.array(jsonResumeVolunteerSchema),
  education: z.array(jsonResumeEducationSchema),
  skills: z.array(jsonResumeSkillSchema),
  projects: z.array(jsonResumeProjectSchema),
  certificates: z.array(jsonResumeCertificateSchema),
  languages: z.array(jsonResumeLanguageSchema),
  awards: z.array(jsonResumeAwardSchema),
});

export type JsonResume = z.infer<typeof jsonResumeSchema>;
export type JsonResumeBasics = z.infer<typeof jsonResumeBasicsSchema>;
export type JsonResumeProfile = z.infer<typeof jsonResumeProfileSchema>;
export type JsonResumeWork = z.infer<typeof jsonResumeWorkSchema>;
export type JsonResumeVolunteer = z.infer<typeof jsonResumeVolunteerSchema>;
export type JsonResumeEducation = z.infer<typeof jsonResumeEducationSchema>;
export type JsonResumeSkill = z.infer<typeof jsonResumeSkillSchema>;
export type JsonResumeProject = z.infer<typeof jsonResumeProjectSchema>;
export type JsonResumeCertificate = z.infer<typeof jsonResumeCertificateSchema>;
export type JsonResumeLanguage = z.infer<typeof jsonResumeLanguageSchema>;
export type JsonResumeAward = z.infer<typeof jsonResumeAwardSchema>;
