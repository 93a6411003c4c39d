import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../src/kernel/skills/extract-skills.js';
import { jobKeywords, jobRequirements } from '../../../src/kernel/skills/job-requirements.js';
import { skillsForRole } from '../../../src/kernel/skills/skills-for-role.js';

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

  it('reads a skills line that opens with the tool and its details in brackets as the tool', () => {
    // A skills section written one item per line (the profile written out, a PDF's list): "Excel (pivot tables, …)".
    expect(names('SKILLS\nRoute planning\nExcel (pivot tables, VLOOKUP)\ntachograph analysis')).toContain('Microsoft Excel');
    expect(names('Go (concurrency, gRPC services)')).toContain('Go');
    // The verb still opens a sentence: "Excel in …", "Go through …".
    expect(names('Excel in fast-paced teams and go through every detail.')).toEqual(expect.not.arrayContaining(['Microsoft Excel', 'Go']));
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

  it('reads the job as written: years with an apostrophe, an educational background, a lower-case "safe"', () => {
    const job = 'Qualifications:\n- 3+ years’ software engineer/developer experience.\n- An educational background in Math or Computer science.\n- Keep people safe.\n';
    const { required, keywords } = jobRequirements(job);
    expect(keywords).toContain('3+ years’ software engineer/developer experience');
    expect(required.map((s) => s.name)).not.toContain('computer science');
    expect(required.map((s) => s.name)).not.toContain('SAFe');
    expect(jobRequirements('Requirements:\n- Experience with SAFe.\n').required.map((s) => s.name)).toContain('SAFe');
  });

  it('takes a degree named only by its field as a keyword, once', () => {
    expect(jobKeywords('Requirements:\n- A degree in Mathematics or Physics.\n')).toContain('degree in Mathematics');
    const both = jobKeywords("Requirements:\n- Bachelor's degree in Computer Science.\n");
    expect(both.filter((k) => /computer science/i.test(k))).toEqual(["Bachelor's degree in Computer Science"]);
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

  it('reads job-board titles: a frontend or full-stack engineer is a web developer', () => {
    for (const title of ['Frontend engineer', 'Senior Front-End Engineer', 'Full stack engineer']) {
      const result = skillsForRole(title);
      expect(result.occupations.map((o) => o.title), title).toEqual(expect.arrayContaining(['web developer', 'Web Developers']));
      expect(result.skills.map((s) => s.name).slice(0, 5), title).toContain('CSS');
    }
  });

  it('returns nothing for an empty title', () => {
    expect(skillsForRole('  ').skills).toEqual([]);
  });
});

describe('false positives fixed in the taxonomy', () => {
  it('does not read the bare word "product" as Product Management', () => {
    expect(names('Led product discovery and shipped the product to 40k users.')).not.toContain('Product Management');
    expect(names('Five years of product management.')).toContain('Product Management');
  });

  it('does not report spoken languages as hard skills', () => {
    const found = extractSkills('Languages: English (fluent), Tamil (native), Hindi, Czech, Polish');
    expect(found.map((s) => s.name)).toEqual([]);
  });

  it('keeps Terraform as Terraform, not HCL', () => {
    const found = names('Infrastructure: Terraform, AWS, Docker');
    expect(found).toContain('Terraform');
    expect(found).not.toContain('HCL');
  });

  it('does not turn "startup" into a skill', () => {
    expect(names('Joined an early-stage startup after two other startups.')).toEqual([]);
  });

  it('does not match single generic English words', () => {
    expect(names('Energy, migration, robotics, source, medical, strategy, cloud, analytics, deployment, power.')).toEqual([]);
  });

  it('does not match generic job-ad phrases', () => {
    expect(names('Send your CV. You will be responsible for personal development and enjoy working remote-first.')).toEqual([]);
  });

  it('does not match fragments of company and product names', () => {
    expect(names('Acme Inc, San Francisco. Built an API.')).toEqual([]);
    const bi = names('Tools: Power BI, Spark');
    expect(bi).toEqual(expect.arrayContaining(['Microsoft Power BI', 'Apache Spark']));
    expect(bi).not.toContain('Microsoft Power');
  });
});

describe('jobRequirements soft skills', () => {
  it('maps people phrases to canonical soft skills', () => {
    const { required } = jobRequirements('Requirements:\n- Collaborate with designers in Figma.\n- Experience with stakeholder management.');
    const byName = new Map(required.map((s) => [s.name, s.kind]));
    expect(byName.get('Collaboration')).toBe('soft');
    expect(byName.get('Stakeholder Management')).toBe('soft');
    expect(byName.get('Figma')).toBe('hard');
    expect([...byName.keys()]).not.toContain('collaborate with designers');
    expect([...byName.keys()]).not.toContain('Stakeholder Communication');
  });
});

describe('skillsForRole ranking and title matching', () => {
  it('matches Backend Developer to software developer occupations, not blockchain developer', () => {
    const result = skillsForRole('Backend Developer');
    const titles = result.occupations.map((o) => o.title.toLowerCase());
    expect(titles.some((t) => t.includes('software developer'))).toBe(true);
    expect(titles.some((t) => t.includes('blockchain'))).toBe(false);
  });

  it('ranks skills by importance, not alphabetically', () => {
    const { skills } = skillsForRole('Software Developer');
    const scores = skills.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(skills[0]!.score).toBeGreaterThan(skills.at(-1)!.score);
    const top = skills.slice(0, 15).map((s) => s.name);
    expect(top).toEqual(expect.arrayContaining(['Python', 'SQL', 'JavaScript']));
  });
});

describe('jobRequirements: degree fields and collaborators', () => {
  const required = (job: string): string[] => jobRequirements(job).required.map((s) => s.name.toLowerCase());

  it('treats the field of a degree as a keyword, not a required skill', () => {
    const r = jobRequirements('Requirements:\n- BS in Computer Science or related field.\n- Strong Python.\n');
    expect(r.required.map((s) => s.name.toLowerCase())).not.toContain('computer science');
    expect(r.required.map((s) => s.name)).toContain('Python');
    expect(r.keywords).toContain('BS in Computer Science');
    expect(required("Requirements:\n- Bachelor's degree in Computer Science, Mathematics or Statistics.\n")).not.toContain('computer science');
  });

  it('keeps a field as a skill outside a degree sentence', () => {
    expect(required('Requirements:\n- Solid computer science fundamentals.\n')).toContain('computer science');
  });

  it('does not require a team the candidate only works with', () => {
    expect(required('Requirements:\n- Mentor junior engineers and work closely with product management.\n')).not.toContain('product management');
    expect(required('Requirements:\n- Experience in product management.\n')).toContain('product management');
    expect(required('Requirements:\n- Work with Docker and Kubernetes daily.\n')).toEqual(expect.arrayContaining(['docker', 'kubernetes']));
  });
});
