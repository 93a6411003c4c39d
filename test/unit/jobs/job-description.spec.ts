import { describe, expect, it } from 'vitest';
import { plainParagraphs, renderMarkdownDescription } from '../../../src/modules/jobs/job-description.js';

// markdown-it is loaded by the first Markdown description drawn, not at start-up (issue #18): the
// rendering rules must hold from that first call on.
describe('job descriptions in Markdown', () => {
  const description = [
    '## What you will do',
    '',
    '- Own the **billing** service end to end',
    '- Read our [engineering blog](https://example.com/blog) and [this](javascript:alert(1))',
    '',
    '<script>alert("x")</script>',
  ].join('\n');

  it('renders headings, lists and emphasis, and shows raw HTML as text', () => {
    const html = renderMarkdownDescription(description);
    expect(html).toContain('<h2>What you will do</h2>');
    expect(html).toContain('<li>Own the <strong>billing</strong> service end to end</li>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps only http(s) and mailto links, opened without handing over the page', () => {
    const html = renderMarkdownDescription(description);
    expect(html).toContain('<a href="https://example.com/blog" rel="nofollow noopener noreferrer">engineering blog</a>');
    expect(html).not.toContain('href="javascript:');
    // The same renderer serves every later description.
    expect(renderMarkdownDescription('Mail [us](mailto:jobs@example.com)')).toContain('href="mailto:jobs@example.com" rel="nofollow noopener noreferrer"');
  });

  it('reads plain text as paragraphs of lines', () => {
    expect(plainParagraphs('First line\nsecond line\n\n\nNext block')).toEqual([['First line', 'second line'], ['Next block']]);
  });
});
