import { describe, expect, it } from 'vitest';
import { jobFit, type PostingForFit, type SeekerProfile } from '../../../src/modules/jobs/matching/job-fit.js';
import { searchTsQuery } from '../../../src/modules/jobs/job-search.service.js';
import { pageLink } from '../../../src/modules/jobs/dto/jobs.forms.js';
import { renderMarkdownDescription } from '../../../src/modules/jobs/job-description.js';

const posting: PostingForFit = { title: 'Senior Backend Engineer', requiredSkills: ['TypeScript', 'PostgreSQL', 'Kafka'], preferredSkills: ['Kubernetes'], locations: ['Seoul'], workplace: 'hybrid', seniority: 'senior' };
const seeker: SeekerProfile = { skills: ['typescript', 'PostgreSQL', 'React'], targetRoles: ['Backend engineer'], locations: ['Seoul'], workMode: 'hybrid', seniority: 'senior' };

describe('job fit', () => {
  it('explains matched and missing required skills, case-insensitively', () => {
    const fit = jobFit(posting, seeker);
    expect(fit.matched).toEqual(['TypeScript', 'PostgreSQL']);
    expect(fit.missing).toEqual(['Kafka']);
    expect(fit.roleMatch).toBe(true);
  });

  it('ranks a closer profile higher: more required skills, the target role, the right place', () => {
    const strong = jobFit(posting, { ...seeker, skills: [...seeker.skills, 'Kafka', 'Kubernetes'] }).score;
    const base = jobFit(posting, seeker).score;
    const elsewhere = jobFit(posting, { ...seeker, locations: ['Busan'], workMode: 'remote', targetRoles: ['Designer'] }).score;
    expect(strong).toBeGreaterThan(base);
    expect(base).toBeGreaterThan(elsewhere);
    expect(strong).toBeLessThanOrEqual(1);
  });
});

describe('search query text', () => {
  it('makes a query of letters and digits only, so nothing typed can break its syntax', () => {
    expect(searchTsQuery("node.js ' | !(x) :*")).toBe("'node' & 'js' & 'x'");
    expect(searchTsQuery('  ')).toBeNull();
  });

  it('matches Hangul words as prefixes (particles follow the word) and other words exactly', () => {
    expect(searchTsQuery('백엔드 개발자')).toBe("'백엔드':* & '개발자':*");
    expect(searchTsQuery('Software ENGINEER')).toBe("'software' & 'engineer'");
    expect(searchTsQuery('iOS개발자 React')).toBe("'ios개발자':* & 'react'");
  });

  it('pages by plain links that keep the filters', () => {
    const query = { text: '백엔드', location: 'Seoul', workplace: 'remote' as const, seniority: '' as const, employmentType: '' as const, salaryAtLeast: 50_000_000, postedWithinDays: 7 as const, page: 1 };
    expect(pageLink(query, 2)).toBe('/jobs?q=%EB%B0%B1%EC%97%94%EB%93%9C&location=Seoul&workplace=remote&salary=50000000&posted=7&page=2');
    expect(pageLink({ ...query, text: '', location: '', workplace: '', salaryAtLeast: null, postedWithinDays: null }, 1)).toBe('/jobs');
  });
});

describe('Markdown descriptions', () => {
  it('shows raw HTML as text and drops unsafe links', () => {
    const html = renderMarkdownDescription('**Go** <script>alert(1)</script> [x](javascript:alert(1)) [ok](https://example.com)');
    expect(html).toContain('<strong>Go</strong>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer">ok</a>');
  });
});
