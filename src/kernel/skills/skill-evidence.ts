/**
 * Some skills are rarely named in a résumé; they show in what the person did or used. Soft skills in
 * deeds ("partnered with design" for Collaboration), practices in their tools ("Jest" for Unit
 * Testing). A job's requirement then counts as met in other words, with the job's wording for an
 * ATS, rather than missing. Patterns are deliberately narrow: a verb of doing, not a topic word, so
 * "leadership team" is no evidence of Leadership.
 */
const EVIDENCE: Readonly<Record<string, RegExp>> = {
  Collaboration: /\b(?:partnered with|collaborated with|worked (?:closely )?with|cross-functional(?:ly)?|jointly with|together with)\b[^.\n]{0,60}/i,
  Teamwork: /\b(?:as part of (?:a|the) team|in a team of \d+|partnered with|collaborated with|worked (?:closely )?with)\b[^.\n]{0,60}/i,
  // "Managed a fulfillment center of 180 staff": people counted in the same clause as "managed".
  Leadership: /\b(?:led|headed|spearheaded|directed|supervised|managed a team|managed (?:[\w-]+ ){0,5}?(?:of |with )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten) (?:engineers|people|staff|employees|workers|developers|reports|designers|analysts|nurses|agents|associates))\b[^.\n]{0,60}/i,
  Mentoring: /\b(?:mentored|coached|onboarded|trained (?:new|junior|\d+))\b[^.\n]{0,60}/i,
  Communication: /\b(?:presented|wrote (?:the )?(?:documentation|reports?|proposals?|guides?)|documented|briefed|authored)\b[^.\n]{0,60}/i,
  'Public Speaking': /\b(?:spoke at|presented at|gave (?:a )?talks?|keynote)\b[^.\n]{0,60}/i,
  'Problem Solving': /\b(?:solved|resolved|troubleshot|diagnosed|root[- ]caused|found the root cause)\b[^.\n]{0,60}/i,
  'Time Management': /\b(?:ahead of schedule|on time|met (?:every |all )?deadlines?|prioriti[sz]ed)\b[^.\n]{0,60}/i,
  Negotiation: /\bnegotiated\b[^.\n]{0,60}/i,
  'Conflict Resolution': /\b(?:mediated|de-escalated|resolved (?:a |the )?(?:conflicts?|disputes?|disagreements?))\b[^.\n]{0,60}/i,
  'Team Building': /\b(?:hired|recruited|built (?:a|the) team|grew the team)\b[^.\n]{0,60}/i,
  'Unit Testing': /\b(?:Jest|JUnit|pytest|Mocha|Vitest|Jasmine|RSpec|NUnit|xUnit|PHPUnit|unittest)\b/,
  'Integration Testing': /\b(?:Cypress|Playwright|Selenium|Testcontainers|Postman)\b/,
  'Test Automation': /\b(?:Cypress|Playwright|Selenium|Appium|Robot Framework)\b/,
  // The tools that run a pipeline: "Fastlane과 GitHub Actions로 … 배포를 자동화", "Jenkins pipelines".
  'CI/CD': /\b(?:GitHub Actions|GitLab CI|Jenkins|CircleCI|Travis CI|Bitrise|Fastlane|Azure Pipelines|TeamCity|Buildkite|Argo CD|ArgoCD)\b/,
  'Backend Development': /\b(?:back[- ]?end|server[- ]side) (?:engineer|developer|engineering|services?|systems?)\b/i,
  'Frontend Development': /\b(?:front[- ]?end) (?:engineer|developer|engineering)\b/i,
  'Web Development': /\bweb (?:developer|engineer)\b/i,
  'Software Development': /\bsoftware (?:engineer|developer)\b/i,
  // "event-driven microservices", "event-driven payment system": the architecture, in the résumé's words.
  'Event-Driven Architecture': /\bevent[- ]driven\b(?: [\w-]+){0,3}/i,
  // "risk plans for outdoor stages", "ran the risk assessments": managing risk, in the résumé's words.
  'Risk Management': /\b(?:risk (?:plans?|assessments?|registers?|reviews?|mitigation)|mitigated (?:[\w-]+ ){0,3}?risks?)\b[^.\n]{0,40}/i,
  // The products that make the category: a résumé names the tool, a SOC posting the category.
  'Endpoint Detection and Response': /\b(?:CrowdStrike(?: Falcon)?|SentinelOne|Carbon Black|Microsoft Defender for Endpoint|Defender for Endpoint|Cortex XDR|Sophos Intercept X|Trellix EDR)\b/,
  'Electronic Signatures': /\b(?:DocuSign|Adobe Sign|HelloSign|Dropbox Sign|PandaDoc|SignNow|Authentisign|zipForm)\b/,
  'Stakeholder Management': /\b(?:aligned|managed expectations of|reported to|presented to) (?:[a-z-]+ ){0,3}(?:stakeholders|executives|leadership|clients|the board)\b/i,
};

/** The résumé's own words that show `skill`, or undefined (also for skills we have no pattern for). */
export function skillEvidence(skill: string, resumeText: string): string | undefined {
  const pattern = EVIDENCE[skill];
  const found = pattern?.exec(resumeText)?.[0];
  return found?.trim().replace(/[,;:]$/, '');
}
