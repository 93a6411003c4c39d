import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpanCounter } from '../../../bench/span-metrics.js';
import { jobRequirements } from '../../../src/kernel/skills/job-requirements.js';
import { skillPhrases, unmappedSkillPhrases } from '../../../src/kernel/skills/skill-phrases.js';
import { loadTaggerModel, type SkillTaggerFile, tagSkillSpans } from '../../../src/kernel/skills/skill-tagger.js';
import taggerData from '../../../src/kernel/skills/data/skill-tagger.json' with { type: 'json' };

const texts = (text: string): string[] => tagSkillSpans(text).map((s) => s.text);

describe('skill tagger', () => {
  it('finds the obvious skills of a requirement line', () => {
    expect(texts('We are looking for someone with experience with Kubernetes and Terraform.')).toEqual(['Kubernetes', 'Terraform']);
    expect(texts('You have strong communication skills and experience in Python, SQL and machine learning.')).toEqual(
      expect.arrayContaining(['Python', 'SQL', 'machine learning']),
    );
  });

  it('gives offsets into the original text', () => {
    const text = 'Requirements:\n- Experience with Kubernetes and Terraform';
    for (const span of tagSkillSpans(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('is deterministic: same text, same spans, whatever was tagged before and however often the weights are loaded', () => {
    const text = 'Design and build REST APIs in Go. Mentor junior engineers; own CI/CD pipelines with Docker.';
    const first = tagSkillSpans(text);
    tagSkillSpans('Something else entirely: Excel, stakeholder management, Rust.');
    expect(tagSkillSpans(text)).toEqual(first);
    expect(tagSkillSpans(text, loadTaggerModel(taggerData as SkillTaggerFile))).toEqual(first);
  });

  it('stays linear on 1 MB adversarial inputs (no line breaks, one giant word, only punctuation)', () => {
    const megabyte = 1 << 20;
    const inputs = ['x '.repeat(megabyte / 2), 'a'.repeat(megabyte), '('.repeat(megabyte), 'C++ C# .NET ((( ,,, Kubernetes and '.repeat(megabyte / 34)];
    for (const input of inputs) {
      const started = performance.now();
      tagSkillSpans(input);
      // About a second each on a busy CI core; a quadratic decoder would take hours.
      expect(performance.now() - started).toBeLessThan(20_000);
    }
  }, 90_000);

  it('keeps its F1 on the tuning slice of SkillSpan train (never dev) above a floor', () => {
    // Measured 0.752 (overlap match) when the weights were trained; the floor catches a broken model or features.
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/analysis/skillspan-tune.eval.json'), 'utf8')) as { sentences: Array<{ text: string; spans: Array<[number, number]> }> };
    const counter = new SpanCounter();
    for (const sentence of file.sentences) counter.add(tagSkillSpans(sentence.text), sentence.spans.map(([start, end]) => ({ start, end })));
    expect(counter.overlap().f1).toBeGreaterThan(0.72);
    expect(counter.strict().f1).toBeGreaterThan(0.4);
  });
});

describe('skill phrases (tagger + taxonomy)', () => {
  it('names the taxonomy skills inside a tagger phrase and keeps taxonomy matches the tagger missed', () => {
    const phrases = skillPhrases('DevOps Engineer (Docker, Jenkins)\nExperience with Kubernetes and stakeholder communication.');
    expect(phrases.find((p) => p.text === 'Kubernetes')?.skills).toEqual([{ name: 'Kubernetes', kind: 'hard' }]);
    const names = phrases.flatMap((p) => p.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['DevOps', 'Docker', 'Jenkins CI', 'Kubernetes', 'Stakeholder Management']));
    // Every phrase the tagger did not read comes from the taxonomy, so it always names a skill.
    for (const p of phrases.filter((p) => p.source === 'taxonomy')) expect(p.skills.length).toBe(1);
  });

  it('keeps unmapped phrases as keywords only when they read like a skill', () => {
    const phrases = skillPhrases('You write clean, maintainable code and review pull requests.');
    expect(unmappedSkillPhrases(phrases)).toEqual(expect.arrayContaining(['review pull requests']));
    const thin = [{ start: 0, end: 15, text: 'good experience', skills: [], source: 'tagger' as const }];
    expect(unmappedSkillPhrases(thin)).toEqual([]);
  });

  it('adds the job’s own skill phrases to its requirements, without repeating skills or keywords', () => {
    const job = [
      'Data Engineer',
      '',
      'Requirements',
      '- Excellent stakeholder communication and the ability to prioritise competing requests.',
      '- Experience with Kubernetes and Terraform.',
      '- You write clean, maintainable code and review pull requests.',
      "- Bachelor's degree in Computer Science.",
      '',
      'Benefits',
      '- Flexible working and a generous learning budget.',
    ].join('\n');
    const requirements = jobRequirements(job);
    expect(requirements.required.map((s) => s.name)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
    expect(requirements.phrases).toEqual(expect.arrayContaining(['review pull requests']));
    expect(requirements.phrases).not.toContain('Kubernetes');
    expect(requirements.phrases.some((p) => /degree/i.test(p))).toBe(false);
    expect(requirements.phrases.some((p) => /learning budget|flexible/i.test(p))).toBe(false);
  });
});

describe('skill phrases: whole names (#12 advice set, wave 6)', () => {
  it('never starts or ends a phrase inside slash-joined words ("A/B testing", not "B testing")', () => {
    const phrases = jobRequirements('Requirements:\n- Experimentation and A/B testing; product analytics and SQL\n').phrases;
    expect(phrases).toContain('A/B testing');
    expect(phrases).not.toContain('B testing');
  });

  it('takes capitalised words next to a named product as the rest of its name ("Salesforce Service Cloud")', () => {
    const requirements = jobRequirements('Nice to have: Salesforce Service Cloud, SQL, workforce management\n');
    expect(requirements.phrases).not.toContain('Service');
    expect(requirements.phrases).not.toContain('Cloud');
    expect(requirements.preferred.map((s) => s.name)).toContain('Salesforce');
  });

  it('stays linear on a 1 MB run of slash-joined words', () => {
    const text = 'a/b '.repeat(250_000);
    const started = performance.now();
    skillPhrases(text);
    // Seconds on a busy core; reaching back over every earlier slash-joined word would take hours.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 90_000);
});
