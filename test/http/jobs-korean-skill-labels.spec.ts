import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import skillLabelsKo from '../../src/kernel/skills/data/skill-labels-ko.json' with { type: 'json' };
import { uploadDocument } from '../helpers/analysis.js';
import { publishPosting, signInEmployer } from '../helpers/jobs.js';
import { signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

// #11: a posting's skills are stored as the taxonomy names the job engine read (Data analysis); a Korean
// reader sees them in Korean (데이터 분석) in search results (what they have, what they miss) and on the
// posting, product terms as written (Kubernetes), and an English reader sees the stored names.

const ctx = useTestApp();
const KOREAN_LABELS = new Map((skillLabelsKo as unknown as { labels: Array<[string, string]> }).labels);

const RESUME = Buffer.from('Jiwoo Kim\njiwoo@example.com\n\nSkills\nData analysis, Project management, Python\n\nExperience\nAnalyst at Hanbit, 2019–2024\n- Led data analysis for the sales team in Python\n');
const JOB = `We are looking for an operations analyst.

Requirements:
- Data analysis in Python
- Project management
- Stakeholder management
- Kubernetes`;

/** The skill tags of a page (search results' fit lists, a posting's skills). */
const tags = (html: string, cls = 'tag'): string[] => [...html.matchAll(new RegExp(`<li class="${cls}"[^>]*>([^<]+)</li>`, 'g'))].map((m) => m[1]!.trim());
/** A tag in English that is no product term: a generic skill left untranslated. */
const untranslated = (list: string[]): string[] => list.filter((tag) => !/\p{Script=Hangul}/u.test(tag) && KOREAN_LABELS.get(tag) !== tag);

let seeker: Agent;
let postingId: string;

beforeAll(async () => {
  const employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Olive Owner', email: 'olive@ops.example' }, 'Ops Analytics');
  postingId = await publishPosting(employer, { title: 'Operations Analyst', description: JOB });
  seeker = await signIn(ctx.t.origin, { name: 'Jiwoo Kim', email: 'jiwoo@example.com' });
  await uploadDocument(seeker, 'jiwoo-resume.txt', RESUME, 'resume');
});

describe('job skills for a Korean reader', () => {
  it('words the skills a search result says you have and miss in Korean', async () => {
    const page = (await seeker.get('/jobs').query({ q: 'analyst' }).set('Accept-Language', 'ko').expect(200)).text;
    expect(page).toContain(`href="/jobs/${postingId}"`);
    const have = tags(page, 'tag tag-ok');
    const missing = tags(page, 'tag tag-missing');
    expect(have).toEqual(expect.arrayContaining(['데이터 분석', '프로젝트 관리']));
    expect(missing).toEqual(expect.arrayContaining(['이해관계자 관리', 'Kubernetes']));
    expect(untranslated([...have, ...missing])).toEqual([]);
    expect(page).not.toMatch(/>(?:Data analysis|Project management|Stakeholder Management)</i);
  });

  it('words a posting’s skills in Korean, product terms as written', async () => {
    const page = (await request(ctx.t.origin).get(`/jobs/${postingId}`).set('Accept-Language', 'ko').expect(200)).text;
    const skills = tags(page);
    expect(skills).toEqual(expect.arrayContaining(['데이터 분석', '프로젝트 관리', '이해관계자 관리', 'Kubernetes']));
    expect(untranslated(skills)).toEqual([]);
  });

  it('shows the stored names to an English reader', async () => {
    const page = (await seeker.get('/jobs').query({ q: 'analyst' }).set('Accept-Language', 'en').expect(200)).text;
    expect(tags(page, 'tag tag-ok')).toEqual(expect.arrayContaining(['Data analysis', 'Project management']));
    expect(tags(page, 'tag tag-missing')).toContain('Stakeholder Management');
  });
});
