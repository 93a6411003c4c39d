import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const RULE = '-'.repeat(80);

// An invented résumé written for pagedown's html_resume template, as its R Markdown source.
const PAGEDOWN_RESUME = [
  '---',
  'title: "Ingrid Solheim\'s resume"',
  'author: Ingrid Solheim',
  'output:',
  '  pagedown::html_resume:',
  "    css: ['resume']",
  '---',
  '',
  '```{r, include=FALSE}',
  'knitr::opts_chunk$set(echo = FALSE)',
  '```',
  '',
  'Aside',
  '='.repeat(80),
  '',
  'Contact Info {#contact}',
  RULE,
  '',
  '- <i class="fa fa-map-marker"></i> Tromsø, Norway',
  '- <i class="fa fa-phone"></i> +47 455 51 234',
  '- <i class="fa fa-envelope"></i> ingrid.solheim@example.no',
  '',
  'Skills {#skills}',
  RULE,
  '',
  '- **Fieldwork**: Ice coring, Snow pits, GNSS surveys',
  '',
  'Languages {#languages}',
  RULE,
  '',
  '- Norwegian (Native)',
  '- German (Fluent)',
  '',
  'Disclaimer {#disclaimer}',
  RULE,
  '',
  'Made with the R package [**pagedown**](https://github.com/rstudio/pagedown).',
  '',
  'Last updated on 2026-10-02.',
  '',
  'Main',
  '='.repeat(80),
  '',
  'Ingrid Solheim {#title}',
  RULE,
  '',
  '### Glaciology Field Technician',
  '',
  'I run the winter sampling camps on three Svalbard glaciers and keep their instruments alive at minus thirty.',
  '',
  'Education {data-icon=graduation-cap data-concise=true}',
  RULE,
  '',
  '### University of Tromsø',
  '',
  'Bachelor of Science, Geology',
  '',
  'N/A',
  '',
  '2013 – 2016',
].join('\n');

describe('an R Markdown résumé for pagedown', () => {
  const { text } = extractPlainText(bytes(PAGEDOWN_RESUME), 'md');
  const resume = parseResume(text);

  it('reads the name, headline and introduction first, never the code chunk, the page title or the credits', () => {
    expect(text.split('\n')[0]).toBe('Ingrid Solheim');
    expect(text).not.toContain('knitr');
    expect(text).not.toContain('pagedown');
    expect(text).not.toContain('{#');
    expect(resume.basics.name).toBe('Ingrid Solheim');
    expect(resume.basics.label).toBe('Glaciology Field Technician');
    expect(resume.basics.summary).toMatch(/^I run the winter sampling camps/);
  });

  it('reads the side column as contact details, skills and languages', () => {
    expect(resume.basics.email).toBe('ingrid.solheim@example.no');
    expect(resume.basics.location?.city).toBe('Tromsø');
    expect(resume.skills).toEqual([{ name: 'Fieldwork', keywords: ['Ice coring', 'Snow pits', 'GNSS surveys'] }]);
    expect(resume.languages).toEqual([
      { language: 'Norwegian', fluency: 'Native' },
      { language: 'German', fluency: 'Fluent' },
    ]);
  });

  it('reads an entry without its "N/A" placeholder', () => {
    expect(resume.education).toEqual([
      { institution: 'University of Tromsø', studyType: 'Bachelor of Science', area: 'Geology', startDate: '2013', endDate: '2016' },
    ]);
  });
});
