import nunjucks from 'nunjucks';
import { reloadTemplatesOnChange, type TemplateReloader } from '../web/template-reload.js';
import type { MailLocale } from './mail-outbox.entity.js';

export interface RenderedMail {
  /** One line: newlines and runs of spaces collapse, so a value cannot add a header. */
  subject: string;
  text: string;
  html: string;
}

/** The three parts of every message; each template has them in every locale. */
export const MAIL_PARTS = ['subject', 'text', 'html'] as const;

const TEMPLATE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class MailTemplateError extends Error {
  override name = 'MailTemplateError';
}

/**
 * Renders `views/mail/<template>.<locale>.{subject,text,html}.njk` with nunjucks. The HTML part is
 * autoescaped like every page; the subject and the text part are plain text, where HTML escaping
 * would only garble `&` and quotes, so they come from an environment without it.
 */
export class MailTemplates {
  private readonly html: nunjucks.Environment;
  private readonly plain: nunjucks.Environment;
  private readonly watchers: TemplateReloader[] = [];

  /**
   * Compiled templates are kept, as the pages' are (issue #18: reading and compiling them for every
   * message was the development default); `reloadOnChange` (development) recompiles after a file changes.
   */
  constructor(viewsDir: string, options: { reloadOnChange: boolean }) {
    const loader = (): nunjucks.FileSystemLoader => new nunjucks.FileSystemLoader(viewsDir, { noCache: false });
    this.html = new nunjucks.Environment(loader(), { autoescape: true, throwOnUndefined: false });
    this.plain = new nunjucks.Environment(loader(), { autoescape: false, throwOnUndefined: false });
    if (options.reloadOnChange) this.watchers.push(reloadTemplatesOnChange(this.html, viewsDir), reloadTemplatesOnChange(this.plain, viewsDir));
  }

  /** Stops watching the template files (development) when the app closes. */
  onModuleDestroy(): void {
    for (const watcher of this.watchers.splice(0)) watcher.close();
  }

  render(template: string, locale: MailLocale, context: Record<string, unknown>): RenderedMail {
    if (!TEMPLATE_NAME.test(template)) throw new MailTemplateError(`Not a mail template name: ${template}`);
    const file = (part: (typeof MAIL_PARTS)[number]): string => `mail/${template}.${locale}.${part}.njk`;
    try {
      return {
        subject: this.plain.render(file('subject'), context).replace(/\s+/g, ' ').trim(),
        text: `${this.plain.render(file('text'), context).trim()}\n`,
        html: this.html.render(file('html'), context),
      };
    } catch (error) {
      // nunjucks names the missing file; the context (which may hold personal data) is never quoted.
      throw new MailTemplateError(`Mail template ${template} (${locale}) failed to render: ${(error as Error).message}`);
    }
  }
}
