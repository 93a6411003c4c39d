import { describe, expect, it } from 'vitest';
import { markdownHtmlAsMarkdown } from '../../../src/modules/documents/extraction/markdown-html.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';
import { markdownToPlainText } from '../../../src/modules/documents/extraction/plain-text.js';

// Issue #10 §2, wave 11: the header of a résumé (name, headline, contact items) read by general
// signals: HTML inside Markdown, pictographs before contact items, phone numbers written with an
// area code and a slash, places labelled "Home:" or given with their country in brackets, a headline
// over a contact line that names its own town. Every example is invented for this spec.

const parse = (lines: readonly string[]) => parseResume(lines.join('\n'));

describe('HTML inside Markdown (GitHub profile READMEs)', () => {
  it('reads <h1>, <p> and <b> as the blocks a reader sees, not as tags', () => {
    const markdown = ['<h1 align="center">', '  Ada Brook', '</h1>', '', '<p align="center"><b>Cellar Hand</b></p>', '', '<p align="center">', 'Leeds &middot; ada@example.org', '</p>'].join('\n');
    expect(markdownHtmlAsMarkdown(markdown).split('\n')).toEqual(['# Ada Brook', '', 'Cellar Hand', '', 'Leeds · ada@example.org', '']);
    const resume = parseResume(markdownToPlainText(`${markdown}\n\n## Experience\n\n**Cellar Hand** @ Brook Wines  \n\`2020 – 2024\`\n`));
    expect(resume.basics).toMatchObject({ name: 'Ada Brook', label: 'Cellar Hand', email: 'ada@example.org', location: { city: 'Leeds' } });
  });

  it('leaves autolinks, e-mail autolinks and a "<5" in the text alone', () => {
    const markdown = 'See <https://example.org> or <ada@example.org>; teams of <5 people';
    expect(markdownHtmlAsMarkdown(markdown)).toBe(markdown);
  });

  it('keeps a link written as an <a> tag as its text and address', () => {
    expect(markdownHtmlAsMarkdown('<a href="https://ada.example.net">Portfolio</a>')).toBe('Portfolio (https://ada.example.net)');
  });
});

describe('contact items', () => {
  it('reads a contact item after a pictograph ("📍 Town, Country · 📞 …")', () => {
    const resume = parse(['Ada Brook', '', '📍 Graz, Austria · 📞 +43 660 555 0101 · ✉️ ada@example.org']);
    expect(resume.basics.location).toEqual({ city: 'Graz', region: 'Austria' });
  });

  it('takes a phone number with its area code before a slash whole ("070/555-019", "0664 / 555 01 92")', () => {
    expect(parse(['Ada Brook', 'Ohrid · 070/555-019 · ada@example.org']).basics.phone).toBe('070/555-019');
    expect(parse(['Ada Brook', 'Linz | 0664 / 555 01 92 | ada@example.org']).basics.phone).toBe('0664 / 555 01 92');
    expect(parse(['Ada Brook', 'Phone number: 8 (912) 555-01-89\tEmail address: ada@example.org']).basics.phone).toBe('8 (912) 555-01-89');
  });

  it('still takes no date for a phone number', () => {
    expect(parse(['Ada Brook', 'Graz · 06/2021 · ada@example.org']).basics.phone).toBeUndefined();
  });

  it('reads "Town (Country)" and an item labelled "Home:" as the place', () => {
    expect(parse(['Ada Brook', 'Delémont (Switzerland) · +41 76 555 02 23 · ada@example.org']).basics.location).toEqual({ city: 'Delémont', region: 'Switzerland' });
    expect(parse(['Ada Brook', 'Phone: +27 72 555 0100\tEmail: ada@example.org', 'Website: ada.example.net\tHome: Kimberley']).basics.location).toEqual({ city: 'Kimberley' });
  });

  it('reads a town in a contact section, one item a line, with a country a narrow column wrapped', () => {
    const resume = parse(['ADA BROOK', '', 'Contact', '+27 72 555 0100', 'ada@example.org', 'George, Western Cape, South', 'Africa', 'ada.example.net']);
    expect(resume.basics.location).toEqual({ city: 'George', region: 'Western Cape, South Africa' });
    expect(parse(['ADA BROOK', '', 'Contact', '+27 72 555 0100', 'ada@example.org', 'Kimberley', 'ada.example.net']).basics.location).toEqual({ city: 'Kimberley' });
  });
});

describe('headline', () => {
  it('is the line under the name when the contact line below names the town', () => {
    const resume = parse(['Ada Brook', 'Tailor', 'Salzburg | +43 660 555 0101 | ada@example.org']);
    expect(resume.basics).toMatchObject({ label: 'Tailor', location: { city: 'Salzburg' } });
  });

  it('is still no town over the phone and e-mail lines', () => {
    expect(parse(['Ada Brook', 'Salzburg', '+43 660 555 0101', 'ada@example.org']).basics).toMatchObject({ location: { city: 'Salzburg' } });
    expect(parse(['Ada Brook', 'Salzburg', '+43 660 555 0101', 'ada@example.org']).basics.label).toBeUndefined();
  });

  it('is never a contact row ("Address⇥Town") or a sentence of the summary', () => {
    expect(parse(['ADA BROOK', '', 'Address\tAkre', 'Phone\t0750 555 0801', 'E-mail\tada@example.org']).basics.label).toBeUndefined();
    expect(parse(['Ada Brook', 'Linz | +43 660 555 0101 | ada@example.org', 'Careful, patient technician who likes a tricky repair.']).basics.label).toBeUndefined();
  });
});

describe('summary', () => {
  it('is the sentence under the name and contact lines when no heading names it', () => {
    const resume = parse(['Ada Brook', 'Linz | +43 660 555 0101 | ada@example.org', 'Careful, patient technician who likes a tricky repair.', 'EXPERIENCE', 'Technician', 'Brook Repairs', '2019 – 2024']);
    expect(resume.basics.summary).toBe('Careful, patient technician who likes a tricky repair.');
  });

  it('is never a short line or a line with a date in the header', () => {
    expect(parse(['Ada Brook', 'Service Technician', 'Linz | ada@example.org', 'EXPERIENCE', 'Technician', 'Brook Repairs', '2019 – 2024']).basics.summary).toBeUndefined();
  });

  it('is found under "About myself" (Europass 2020) and under a letter-spaced heading a PDF kerned ("S UM M ARY")', () => {
    expect(parse(['Ada Brook', 'ada@example.org', '', 'ABOUT MYSELF', 'Tailor who loves good cloth.']).basics.summary).toBe('Tailor who loves good cloth.');
    expect(parse(['Ada Brook', 'ada@example.org', 'S UM M ARY', 'Engineer at ease on site.', 'E M P L O Y M E N T']).basics.summary).toBe('Engineer at ease on site.');
  });
});

describe('education: degree and field', () => {
  const education = (lines: readonly string[]) => parse(['Ada Brook', 'ada@example.org', '', 'Education', ...lines]).education[0];

  it('reads a craft master title named by its qualification noun whole ("Master Baker Diploma"), with no field', () => {
    const entry = education(['Master Baker Diploma — Northfield Technical Institute', '2021 – 2023']);
    expect(entry).toMatchObject({ studyType: 'Master Baker Diploma', institution: 'Northfield Technical Institute' });
    expect(entry?.area).toBeUndefined();
    expect(education(['Master of Science in Climate Physics', 'Northfield University', '2019 – 2021'])).toMatchObject({ studyType: 'Master of Science', area: 'Climate Physics' });
  });

  it('leaves a grade in brackets after the field out of the field', () => {
    expect(education(['BSc in Rail Transport (Magna cum laude)', 'Northfield University', '2015 – 2018'])?.area).toBe('Rail Transport');
    expect(education(['MSc in Climate Physics (Red diploma (with honours))', 'Northfield University', '2015 – 2017'])?.area).toBe('Climate Physics');
    expect(education(['MSc in Audiology (Final mark 5.6/6)', 'Northfield University', '2015 – 2017'])?.area).toBe('Audiology');
  });

  it('never takes a grade beside the school ("Final grade: Mark 1.4") for the school or the field', () => {
    const entry = education(['2005', 'MASTER GOLDSMITH DIPLOMA', 'Northfield Craft School', 'Final grade: Mark 1.4 (very good)']);
    expect(entry).toMatchObject({ studyType: 'MASTER GOLDSMITH DIPLOMA', institution: 'Northfield Craft School' });
    expect(entry?.area).toBeUndefined();
  });
});

describe('an avatar monogram under the name (wave 14)', () => {
  it('is no region after a town: the name stays the name and the town line gives the city', () => {
    const resume = parseResume(['Oksana Teodora Vilde', '• OV', 'Grain Elevator Supervisor', 'Dorfmark, Halvania', 'oksana.vilde@example.org · +44 7700 900412', '', 'Experience', '', 'Shift Supervisor\t2020 – present', 'Northmere Grain Co-op', '• Ran the night intake.'].join('\n'));
    expect(resume.basics.name).toBe('Oksana Teodora Vilde');
    expect(resume.basics.location?.city).toBe('Dorfmark');
  });

  it('leaves a town over its region code further down a moderncv header alone', () => {
    const resume = parseResume(['Jon Brack', 'Welder', 'New York', 'NY', 'jon.brack@example.org', '', 'Experience', '', 'Welder\t2020 – present', 'Hudson Steelworks', '• Welded beams.'].join('\n'));
    expect(resume.basics.location).toMatchObject({ city: 'New York', region: 'NY' });
  });
});
