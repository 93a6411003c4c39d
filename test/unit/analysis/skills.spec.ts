import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../src/modules/analysis/skills/extract-skills.js';
import { jobRequirements } from '../../../src/modules/analysis/skills/job-requirements.js';
import { skillsForRole } from '../../../src/modules/analysis/skills/skills-for-role.js';

const names = (text: string): string[] => extractSkills(text).map((s) => s.name);

describe('extractSkills', () => {
  it('normalises aliases to canonical names', () => {
    const found = names('Skills: JS, k8s, Golang, React.js, node.js, Postgres, AWS');
    expect(found).toEqual(expect.arrayContaining(['JavaScript', 'Kubernetes', 'Go', 'React', 'Node.js', 'PostgreSQL', 'Amazon Web Services']));
  });

  it('keeps the exact wording and offsets of each mention', () => {
    const text = 'Built APIs in Golang and Go.';
    const go = extractSkills(text).find((s) => s.name === 'Go');
    expect(go?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Golang', 'Go']);
  });

  it('does not turn ordinary English into skills', () => {
    expect(names('I will go to the office and excel at teamwork.')).not.toEqual(expect.arrayContaining(['Go']));
    expect(names('I will go to the office and excel at teamwork.')).not.toContain('Microsoft Excel');
    expect(names('Excel at R&D with the C-suite.')).toEqual(expect.not.arrayContaining(['R', 'C', 'Microsoft Excel']));
    expect(names('Go to market plan, grade C in maths.')).toEqual(expect.not.arrayContaining(['Go', 'C']));
  });

  it('accepts ambiguous names in a list context', () => {
    expect(names('Languages: Go, R, C and Python. Tools: Excel.')).toEqual(expect.arrayContaining(['Go', 'R', 'C', 'Python', 'Microsoft Excel']));
  });

  it('labels soft skills', () => {
    const soft = extractSkills('Strong communication and problem-solving skills.').filter((s) => s.kind === 'soft').map((s) => s.name);
    expect(soft).toEqual(expect.arrayContaining(['Communication', 'Problem Solving']));
  });

  it('stays linear on a 1 MB input', () => {
    const chunk = 'Built Go services on Kubernetes with PostgreSQL; excel at teamwork and go to meetups. ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    extractSkills('warm up');
    const started = performance.now();
    const skills = extractSkills(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(skills.find((s) => s.name === 'Kubernetes')?.mentions.length).toBe(Math.ceil(1_000_000 / chunk.length));
  });
});

describe('jobRequirements', () => {
  const job = `Senior Data Engineer

About us
We love Ruby.

Requirements
- 3+ years of experience with Python and SQL.
- Bachelor's degree in Computer Science.

Nice to have
- Apache Spark and Airflow.

Experience with Docker is a plus.`;

  it('splits required and preferred by section and sentence cues', () => {
    const result = jobRequirements(job);
    const required = result.required.map((s) => s.name);
    const preferred = result.preferred.map((s) => s.name);
    expect(required).toEqual(expect.arrayContaining(['Python', 'SQL']));
    expect(preferred).toEqual(expect.arrayContaining(['Docker']));
    expect(required).not.toContain('Docker');
    expect([...required, ...preferred]).not.toContain('Ruby');
  });

  it('lists degrees, years of experience and title words as keywords', () => {
    const { keywords } = jobRequirements(job);
    expect(keywords).toEqual(expect.arrayContaining(['3+ years of experience', "Bachelor's degree in Computer Science", 'data', 'engineer']));
  });
});

describe('skillsForRole', () => {
  it('fuzzy-matches a title to occupations with essential skills', () => {
    const result = skillsForRole('Backend Software Developer');
    expect(result.occupations.length).toBeGreaterThan(0);
    expect(result.skills.length).toBeGreaterThan(5);
  });

  it('returns nothing for an empty title', () => {
    expect(skillsForRole('  ').skills).toEqual([]);
  });
});
