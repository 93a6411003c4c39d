import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10, wave 21: a Quarto (or R Markdown) résumé names the person by the page's `title` and the job by its
// `subtitle`. The example is written for this spec (an invented person).

const read = (markdown: string): string => extractPlainText(new TextEncoder().encode(markdown), 'md').text;

const QUARTO_RESUME = [
  '---', 'title: "Maren Sollid"', 'subtitle: "Harbour Pilot"', 'format:', '  pdf:', '    documentclass: article', 'lang: en', '---', '',
  '## Contact {.unnumbered}', '', '| Bodø', '| maren.sollid@example.no', '',
  '## Experience {.unnumbered}', '', '### Harbour Pilot', 'Nordland Pilotage · Bodø · [2016 – present]', '', '- Piloted 300 calls a year',
].join('\n');

describe('a Quarto résumé’s title and subtitle', () => {
  it('reads the title as the name and the subtitle as the headline when no key names the person', () => {
    const { basics } = parseResume(read(QUARTO_RESUME));
    expect(basics.name).toBe('Maren Sollid');
    expect(basics.label).toBe('Harbour Pilot');
  });

  it('keeps a name key as the name and the title as the headline', () => {
    const { basics } = parseResume(read(QUARTO_RESUME.replace('title: "Maren Sollid"', 'name: "Maren Sollid"\ntitle: "Harbour Pilot"').replace('subtitle: "Harbour Pilot"\n', '')));
    expect(basics.name).toBe('Maren Sollid');
    expect(basics.label).toBe('Harbour Pilot');
  });
});
