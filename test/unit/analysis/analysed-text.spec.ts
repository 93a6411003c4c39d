import { describe, expect, it } from 'vitest';
import { jsonResumeSchema, type JsonResume } from '../../../src/kernel/resume/json-resume.js';
import { analysedText } from '../../../src/modules/analysis/scoring/analysed-text.js';
import { analyzeResume } from '../../../src/modules/analysis/scoring/analyze-resume.js';

const profile = (work: JsonResume['work']): JsonResume =>
  jsonResumeSchema.parse({ basics: { name: 'Angeline Johnson', label: 'Software Engineer' }, work, volunteer: [], education: [], awards: [], certificates: [], skills: [{ name: 'Go' }], languages: [], projects: [] });
const role = { name: 'Toss Commerce', position: 'Software Engineer', startDate: '2021-10' };
const bullets = [
  'Designed a Kafka-based ledger that processes 2 million payments a day across three regions',
  'Cut checkout latency at the 99th percentile by 45% by moving session lookups to Redis.',
];
const contentOf = (resume: JsonResume, edited = false): number => analyzeResume({ text: analysedText('', resume, edited), resume }).breakdown.find((b) => b.id === 'content')!.score;

describe('the analysed text does not depend on how a file was rendered (#12 item 3)', () => {
  it('cuts two achievements that lost their bullet glyphs back into two', () => {
    const runOn = analysedText('', profile([{ ...role, highlights: [bullets.join(' ')] }]), false);
    expect(runOn).toContain(`- ${bullets[0]}\n- ${bullets[1]}`);
    expect(contentOf(profile([{ ...role, highlights: [bullets.join(' ')] }]))).toBe(contentOf(profile([{ ...role, highlights: bullets }])));
  });

  it('joins a wrapped achievement whose first line ends with a word no achievement ends with', () => {
    const wrapped = ['Built the design system annotations with the designers in', 'Figma: 60 components annotated for focus order.', bullets[1]!];
    const read = profile([{ ...role, highlights: wrapped }]);
    expect(analysedText('', read, false)).toContain('- Built the design system annotations with the designers in Figma: 60 components annotated for focus order.\n');
    expect(contentOf(read)).toBe(contentOf(profile([{ ...role, highlights: [`${wrapped[0]} ${wrapped[1]}`, bullets[1]!] }])));
    // A place in capitals is no such word: "Toronto, ON" ends an item of its own.
    const place = profile([{ ...role, highlights: ['Led the accessibility guild for the Toronto office, ON', 'Built accessible sites in HTML and CSS for 12 clients.'] }]);
    expect(analysedText('', place, false)).toContain('office, ON\n- Built accessible sites');
  });

  it('cuts two achievements a table cell ran together as sentences, Korean or English, from a file only', () => {
    const korean = ['거래처 40곳의 월 결산을 맡아 마감 기간을 5일에서 3일로 줄였습니다.', '신규 거래처 온보딩 절차를 만들고 담당 직원을 교육하고 있습니다.'];
    const english = ['Answered 911 and non-emergency lines for 25 agencies.', 'Trained new hires as a training officer on nights.'];
    for (const pair of [korean, english]) {
      const merged = profile([{ ...role, highlights: [pair.join(' ')] }]);
      expect(analysedText('', merged, false)).toContain(`- ${pair[0]}\n- ${pair[1]}`);
      expect(contentOf(merged)).toBe(contentOf(profile([{ ...role, highlights: pair }])));
      // Edited by its owner: read as written.
      expect(analysedText('', merged, true)).toContain(`- ${pair.join(' ')}`);
    }
    // A second sentence that starts no achievement stays with the first.
    const one = 'Cut month-end close from five days to three. This freed two analysts for audit work.';
    expect(analysedText('', profile([{ ...role, highlights: [one] }]), false)).toContain(`- ${one}`);
  });

  it('does not cut at a capitalised verb that is part of a name', () => {
    const item = 'Moved the shared team files from Dropbox to Google Drive Monitor pages for the support desk';
    expect(analysedText('', profile([{ ...role, highlights: [item] }]), false)).toContain(`- ${item}`);
  });

  it('reads a role paragraph of a file with no bullets as its achievements, so it scores as the bulleted file', () => {
    const paragraph = profile([{ ...role, summary: bullets.map((b) => (b.endsWith('.') ? b : `${b}.`)).join(' ') }]);
    expect(analysedText('', paragraph, false)).toContain(`- ${bullets[0]}.\n- ${bullets[1]}`);
    expect(contentOf(paragraph)).toBeGreaterThan(50);
  });

  it('leaves out a place or a side column label the layout handed over as an achievement', () => {
    const read = profile([{ ...role, highlights: ['Waterford, IE', bullets[0]!, 'WEB', bullets[1]!] }]);
    expect(analysedText('', read, false)).not.toMatch(/- (?:Waterford, IE|WEB)\n/);
    expect(contentOf(read)).toBe(contentOf(profile([{ ...role, highlights: bullets }])));
  });

  it('keeps a short line in capitals inside its role: the profile written out has only standard headings', () => {
    const file = profile([{ ...role, summary: 'CLINICAL', highlights: bullets }]);
    const text = analysedText('', file, false);
    const withLabel = analyzeResume({ text, fileText: 'the file as read', resume: file });
    const without = analyzeResume({ text: analysedText('', profile([{ ...role, highlights: bullets }]), false), fileText: 'the file as read', resume: file });
    expect(withLabel.breakdown.find((b) => b.id === 'content')!.score).toBe(without.breakdown.find((b) => b.id === 'content')!.score);
  });

  it('counts a standard section and contact details the file shows where the profile read from it lacks them', () => {
    const noSkills = jsonResumeSchema.parse({ basics: { name: 'A' }, work: [{ ...role, highlights: bullets }], volunteer: [], education: [], awards: [], certificates: [], skills: [], languages: [], projects: [] });
    const fileText = 'A\nS U M M A R Y\nEngineer.\nS K I L L S A ND T O OL S\nGo, Kafka\nEMAIL\nangeline.johnson@exampl\ne.com\n';
    const checks = (edited: boolean) => analyzeResume({ text: analysedText(fileText, noSkills, edited), fileText, resume: noSkills, edited }).checks;
    expect(checks(false).find((c) => c.id === 'sections')?.evidence ?? []).not.toContain('skills');
    expect(checks(false).find((c) => c.id === 'contact')?.evidence ?? []).not.toContain('email');
    // Edited, the profile alone says which sections there are: a section its owner removed is missing.
    expect(checks(true).find((c) => c.id === 'sections')?.evidence).toContain('skills');
  });

  it('reads a profile its owner edited as written', () => {
    const paragraph = profile([{ ...role, summary: 'Runs the payments platform.' }]);
    expect(analysedText('', paragraph, true)).not.toContain('- Runs the payments platform.');
  });
});
