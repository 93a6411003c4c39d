export { extractSkills, matchSkills, type Skill, type SkillMention } from './extract-skills.js';
export { jobKeywords, jobRequirements, type JobRequirements } from './job-requirements.js';
export { skillPhrases, type SkillPhrase } from './skill-phrases.js';
export { skillsForRole, type RoleSkills } from './skills-for-role.js';
export type { SkillKind } from './skills-taxonomy.js';
export { stem } from './stem.js';
export { tokenize, tokenKey, type Token } from './tokenizer.js';
export { FAMILY_TITLES, OCCUPATION_FAMILIES, familyByTitle, occupationFamilyFor, type FamilyOrGeneral, type OccupationFamily } from './occupation-families.js';
export { roleGaps, type RoleGap, type RoleGapsResult } from './role-gaps.js';
