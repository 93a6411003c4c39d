import { describe, expect, it } from 'vitest';
import { withoutSiteMarkup } from '../../../src/modules/documents/extraction/markdown-site.js';
import { extractPlainText } from '../../../src/modules/documents/extraction/plain-text.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

const read = (markdown: string) => parseResume(extractPlainText(new TextEncoder().encode(markdown), 'md').text);

// An invented CV page of a personal MkDocs Material site: front matter with the page's settings, icon
// shortcodes, the profile in an admonition, buttons with attribute lists, employer and place in <small>.
const MKDOCS_PAGE = [
  '---',
  'title: CV',
  'description: Ilse Vandamme — curriculum vitae',
  'hide:',
  '  - navigation',
  '---',
  '',
  '# Ilse Vandamme',
  '',
  '**Lock Keeper**',
  '',
  ':material-map-marker: Ghent · :material-phone: +32 470 55 01 23 · :material-email: [ilse.vandamme@example.org](mailto:ilse.vandamme@example.org)',
  '',
  '[:fontawesome-brands-linkedin: LinkedIn](https://www.linkedin.com/in/ilse-vandamme){ .md-button }',
  '',
  '!!! abstract "Profile"',
  '',
  '    Nine years working the locks of the Ringvaart, keeping barges moving through the night shift without a single incident.',
  '',
  '## :material-briefcase: Experience',
  '',
  '### Senior Lock Keeper',
  '',
  '<small>Flemish Waterways Agency · Evergem</small>',
  '',
  ':material-calendar: Apr 2019 – present',
  '',
  '- Run the Evergem lock on a rota of four keepers.',
  '',
  '## :material-school: Education',
  '',
  '### Ghent Maritime Institute',
  '',
  'Certificate in Inland Navigation  ',
  ':material-calendar: 2014–15',
].join('\n');

// An invented Obsidian note: properties, a callout as the headline, wikilinks, inline fields, tasks.
const OBSIDIAN_NOTE = [
  '---',
  'tags: [cv]',
  'email: tomas.reyes@example.org',
  'location: "Valparaíso, Chile"',
  '---',
  '',
  '# Tomás Reyes',
  '',
  '> [!info] Harbour Pilot',
  '',
  '## Experience',
  '',
  '### Harbour Pilot — [[Valparaíso Port Authority]]',
  '*Mar 2017 – present* · Valparaíso',
  '- Bring container ships of up to 366 m alongside.',
  '',
  '## Languages',
  '',
  '- Spanish:: Native',
  '- English:: Fluent',
  '',
  '## Certificates',
  '',
  '- [x] Pilotage Licence, [[DIRECTEMAR|Maritime Authority]] (2016)',
].join('\n');

describe('Markdown from static-site generators and note apps', () => {
  it('reads icons, admonitions, attribute lists and <small> lines as the page shows them', () => {
    const resume = read(MKDOCS_PAGE);
    expect(resume.basics.name).toBe('Ilse Vandamme');
    expect(resume.basics.label).toBe('Lock Keeper');
    expect(resume.basics.summary).toBe('Nine years working the locks of the Ringvaart, keeping barges moving through the night shift without a single incident.');
    expect(resume.work).toHaveLength(1);
    expect(resume.work[0]).toMatchObject({ position: 'Senior Lock Keeper', name: 'Flemish Waterways Agency', location: 'Evergem', startDate: '2019-04' });
    expect(resume.education[0]).toMatchObject({ institution: 'Ghent Maritime Institute', startDate: '2014', endDate: '2015' });
  });

  it('reads callouts, wikilinks, inline fields and tasks as their text', () => {
    const resume = read(OBSIDIAN_NOTE);
    expect(resume.basics.label).toBe('Harbour Pilot');
    expect(resume.work[0]).toMatchObject({ position: 'Harbour Pilot', name: 'Valparaíso Port Authority', location: 'Valparaíso' });
    expect(resume.languages.map((language) => language.language)).toEqual(['Spanish', 'English']);
  });

  it('drops shortcodes and markers and leaves other text alone', () => {
    expect(withoutSiteMarkup('{{< icon "phone" >}} +43 660 555 0192 · :email: a@b.org')).toBe('+43 660 555 0192 · a@b.org');
    expect(withoutSiteMarkup('- [x] First Aid, [[Red Cross|Austrian Red Cross]] (2019)')).toBe('- First Aid, Austrian Red Cross (2019)');
    expect(withoutSiteMarkup('???+ tip\n    Shift lead\n\nNext')).toBe('Shift lead\n\nNext');
    expect(withoutSiteMarkup('Ratio 1:2:3 at 10:30, budget {over 2 million}')).toBe('Ratio 1:2:3 at 10:30, budget {over 2 million}');
  });
});
