import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';
import { employerSpan } from '../../../src/modules/analysis/scoring/resume-outline.js';

const employerOf = (line: string): string | undefined => {
  const span = employerSpan(line);
  return span && line.slice(span.start, span.end);
};

// A hyphen inside a job title is part of the title (#12): "Engineer - Payments Platform — Acme".
describe('where a role line’s title ends and its employer starts', () => {
  it('keeps a hyphen inside the title when a dash, "at" or a bar separates the employer', () => {
    expect(employerOf('Engineer - Payments Platform — Acme | Jan 2020 – Present')).toBe('Acme | Jan 2020 – Present');
    expect(employerOf('Full-Stack Developer - Contract — Hubspot Ltd, Berlin | Mar 2019 – Dec 2021')).toBe('Hubspot Ltd, Berlin | Mar 2019 – Dec 2021');
    expect(employerOf('Engineer - Payments Platform at Acme, 2020 – 2023')).toBe('Acme, 2020 – 2023');
  });

  it('still takes a plain hyphen as the separator when the line has no other', () => {
    expect(employerOf('Software Engineer - Acme Corp | Jan 2020 – Present')).toBe('Acme Corp | Jan 2020 – Present');
    expect(employerOf('Software Engineer - Acme Corp')).toBe('Acme Corp');
  });

  it('finds no employer in a title alone, whatever dashes its dates have', () => {
    expect(employerOf('Backend Engineer | Jan 2020 – Present')).toBeUndefined();
    expect(employerOf('Backend Engineer 2019 - 2021')).toBeUndefined();
  });

  it('reads a skill named in the title after a hyphen, and still not an employer’s name', () => {
    const text = 'Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer - Kubernetes Platform — Salesforce | Jan 2020 – Present\n- Cut deploy time by 40% for 30 services\n';
    const names = analyzeResume({ text }).skills.map((s) => s.name);
    expect(names).toContain('Kubernetes');
    expect(names).not.toContain('Salesforce');
  });
});
