import { z } from 'zod';

/**
 * The JSON Resume schema (https://jsonresume.org/schema, v1.0.0). Every field is optional as in the
 * upstream schema, and — as upstream allows — objects keep properties this schema does not name, so
 * a profile imported from another tool survives loading and saving unchanged. Dates are `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD` (upstream's iso8601); the parser never invents a month or a day. An
 * ongoing role has no `endDate`. Keys are listed in upstream's order, which is the order we write.
 */
export const partialDateSchema = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);

export const jsonResumeProfileSchema = z.looseObject({
  network: z.string().optional(),
  username: z.string().optional(),
  url: z.string().optional(),
});

export const jsonResumeLocationSchema = z.looseObject({
  address: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  countryCode: z.string().optional(),
  region: z.string().optional(),
});

export const jsonResumeBasicsSchema = z.looseObject({
  name: z.string().optional(),
  label: z.string().optional(),
  image: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
  location: jsonResumeLocationSchema.optional(),
  profiles: z.array(jsonResumeProfileSchema).optional(),
});

export const jsonResumeWorkSchema = z.looseObject({
  name: z.string().optional(),
  location: z.string().optional(),
  description: z.string().optional(),
  position: z.string().optional(),
  url: z.string().optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

export const jsonResumeVolunteerSchema = z.looseObject({
  organization: z.string().optional(),
  position: z.string().optional(),
  url: z.string().optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

export const jsonResumeEducationSchema = z.looseObject({
  institution: z.string().optional(),
  url: z.string().optional(),
  area: z.string().optional(),
  studyType: z.string().optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  score: z.string().optional(),
  courses: z.array(z.string()).optional(),
});

export const jsonResumeSkillSchema = z.looseObject({
  name: z.string().optional(),
  level: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

export const jsonResumeProjectSchema = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  startDate: partialDateSchema.optional(),
  endDate: partialDateSchema.optional(),
  url: z.string().optional(),
  roles: z.array(z.string()).optional(),
  entity: z.string().optional(),
  type: z.string().optional(),
});

export const jsonResumeCertificateSchema = z.looseObject({
  name: z.string().optional(),
  date: partialDateSchema.optional(),
  url: z.string().optional(),
  issuer: z.string().optional(),
});

export const jsonResumeLanguageSchema = z.looseObject({
  language: z.string().optional(),
  fluency: z.string().optional(),
});

export const jsonResumeAwardSchema = z.looseObject({
  title: z.string().optional(),
  date: partialDateSchema.optional(),
  awarder: z.string().optional(),
  summary: z.string().optional(),
});

export const jsonResumePublicationSchema = z.looseObject({
  name: z.string().optional(),
  publisher: z.string().optional(),
  releaseDate: partialDateSchema.optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
});

export const jsonResumeInterestSchema = z.looseObject({
  name: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

export const jsonResumeReferenceSchema = z.looseObject({
  name: z.string().optional(),
  reference: z.string().optional(),
});

/**
 * The sections the parser always writes are required arrays; publications, interests and references
 * come only from imports and the editor, so profiles stored before they existed stay valid.
 */
export const jsonResumeSchema = z.looseObject({
  basics: jsonResumeBasicsSchema,
  work: z.array(jsonResumeWorkSchema),
  volunteer: z.array(jsonResumeVolunteerSchema),
  education: z.array(jsonResumeEducationSchema),
  awards: z.array(jsonResumeAwardSchema),
  certificates: z.array(jsonResumeCertificateSchema),
  publications: z.array(jsonResumePublicationSchema).optional(),
  skills: z.array(jsonResumeSkillSchema),
  languages: z.array(jsonResumeLanguageSchema),
  interests: z.array(jsonResumeInterestSchema).optional(),
  references: z.array(jsonResumeReferenceSchema).optional(),
  projects: z.array(jsonResumeProjectSchema),
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
export type JsonResumePublication = z.infer<typeof jsonResumePublicationSchema>;
export type JsonResumeInterest = z.infer<typeof jsonResumeInterestSchema>;
export type JsonResumeReference = z.infer<typeof jsonResumeReferenceSchema>;
