import { describe, expect, it } from 'vitest';
import { withoutHeadingAttributes } from '../../../src/modules/documents/extraction/markdown-pandoc.js';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// An invented résumé written for R Markdown's pagedown `html_resume`: knitr chunk, "Aside" and
// "Main" columns, headings with attribute blocks, and each job as stacked paragraphs (title,
// employer, place, dates) under a level-three heading.
const PAGEDOWN_RESUME = [
  '---',
  'title: "Oriane Dufresne\'s resume"',
  'author: Oriane Dufresne',
  'output:',
  '  pagedown::html_resume:',
  '    self_contained: false',
  '---',
  '',
  '```{r, include=FALSE}',
  'knitr::opts_chunk$set(results = "asis", echo = FALSE)',
  '```',
  '',
  'Aside',
  '================================================================================',
  '',
  'Contact Info {#contact}',
  '--------------------------------------------------------------------------------',
  '',
  '- oriane.dufresne@example.org',
  '',
  'Main',
  '================================================================================',
  '',
  'Oriane Dufresne {#title}',
  '--------------------------------------------------------------------------------',
  '',
  '### Ferry Terminal Supervisor',
  '',
  'Experience {data-icon=suitcase}',
  '--------------------------------------------------------------------------------',
  '',
  '### Terminal Supervisor',
  '',
  'Compagnie des Bacs de Loire',
  '',
  'Le Pellerin ferry slip',
  '',
  'March 2019 – present',
  '',
  '- Scheduled crossings for 1.2 million passengers a year.',
  '',
  '### Deckhand',
  '',
  'Compagnie des Bacs de Loire',
  '',
  'Indret landing stage',
  '',
  'June 2014 – February 2019',
  '',
  'Education {data-icon=graduation-cap data-concise=true}',
  '--------------------------------------------------------------------------------',
  '',
  '### Lycée Maritime de Nantes',
  '',
  'Baccalauréat professionnel, Maritime Navigation',
  '',
  'N/A',
  '',
  '2011 – 2014',
].join('\n');

const read = (markdown: string): string => extractPlainText(new TextEncoder().encode(markdown), 'md').text;

describe('an R Markdown pagedown résumé', () => {
  it('drops heading attribute blocks, knitr chunks and the Aside / Main column headings', () => {
    const lines = read(PAGEDOWN_RESUME).split('\n');
    expect(lines).toContain('Experience');
    expect(lines).toContain('Contact Info');
    expect(lines.some((line) => line.includes('knitr') || line.includes('{#') || line.includes('data-icon'))).toBe(false);
    expect(lines).not.toContain('Aside');
    expect(lines).not.toContain('Main');
  });

  it('reads each job: title, employer, the place on its own line, dates and duties', () => {
    const resume = parseResume(read(PAGEDOWN_RESUME));
    expect(resume.work.map((job) => [job.position, job.name, job.location, job.startDate, job.endDate])).toEqual([
      ['Terminal Supervisor', 'Compagnie des Bacs de Loire', 'Le Pellerin ferry slip', '2019-03', undefined],
      ['Deckhand', 'Compagnie des Bacs de Loire', 'Indret landing stage', '2014-06', '2019-02'],
    ]);
    expect(resume.work[0]!.highlights).toEqual(['Scheduled crossings for 1.2 million passengers a year.']);
    expect(resume.education[0]!.institution).toBe('Lycée Maritime de Nantes');
  });

  it('takes "Name\'s resume" in the front matter for the page\'s title, not a headline', () => {
    expect(parseResume(read(PAGEDOWN_RESUME)).basics.label).not.toBe("Oriane Dufresne's resume");
  });

  it('strips only a well-formed attribute block', () => {
    expect(withoutHeadingAttributes('Skills {#skills .wide data-icon=wrench}')).toBe('Skills');
    expect(withoutHeadingAttributes('Budget {over 2 million}')).toBe('Budget {over 2 million}');
    expect(withoutHeadingAttributes('{#only}')).toBe('{#only}');
  });
});
