import { beforeAll, describe, expect, it } from 'vitest';
import { startAnalysis, uploadDocument } from '../helpers/analysis.js';
import { readFixture } from '../helpers/document-fixtures.js';
import { startInterview } from '../helpers/interview.js';
import { csrfFrom, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * Every irreversible action has a confirmation page (no JavaScript needed) and, on the item's page,
 * a dialog with exactly the same words; the POST that deletes is unchanged.
 */
const ctx = useTestApp();
let owner: Agent;
let intruder: Agent;
const items: Record<'document' | 'analysis' | 'interview', { page: string; confirm: string }> = {} as never;

/** The visible words of an HTML fragment: tags dropped, whitespace collapsed. */
function words(html: string): string {
  return html
    .replace(/<input[^>]*type="hidden"[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function dialogOf(html: string): string {
  const match = /<dialog id="confirm-delete"[^>]*>([\s\S]*?)<\/dialog>/.exec(html);
  if (!match) throw new Error('No confirmation dialog on the page');
  return match[1]!;
}

function confirmationOf(html: string): string {
  const match = /<section class="narrow">([\s\S]*?)<\/section>/.exec(html);
  if (!match) throw new Error('No confirmation on the page');
  return match[1]!;
}

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Dana Owner', email: 'dana@example.com' });
  intruder = await signIn(ctx.t.origin, { name: 'Mallory', email: 'mallory@example.com' });
  const documentId = await uploadDocument(owner, 'Dana_Résumé.txt', readFixture('sofia-garcia.plain.txt'));
  const analysisId = await startAnalysis(owner, documentId);
  const interviewId = await startInterview(owner, { role: 'Data analyst' });
  items.document = { page: `/documents/${documentId}`, confirm: `/documents/${documentId}/delete` };
  items.analysis = { page: `/analyses/${analysisId}`, confirm: `/analyses/${analysisId}/delete` };
  items.interview = { page: `/interviews/${interviewId}`, confirm: `/interviews/${interviewId}/delete` };
});

describe.each(['analysis', 'interview', 'document'] as const)('deleting a %s', (kind) => {
  it('has a confirmation page for the owner that names what is deleted, with a POST button', async () => {
    const page = await owner.get(items[kind].confirm).expect(200);
    expect(page.text).toContain(`<form method="post" action="${items[kind].confirm}"`);
    expect(page.text).toContain('This cannot be undone.');
    expect(page.text).toContain(`href="${items[kind].page}" data-close-dialog>Cancel</a>`);
    if (kind === 'document') expect(page.text).toContain('Delete Dana_Résumé.txt?');
    if (kind === 'interview') expect(page.text).toContain('“Data analyst”');
    if (kind === 'analysis') expect(page.text).toContain('Dana_Résumé.txt');
  });

  it('shows the same words in the dialog on the item’s page', async () => {
    const confirmation = words(confirmationOf((await owner.get(items[kind].confirm).expect(200)).text));
    const itemPage = (await owner.get(items[kind].page).expect(200)).text;
    expect(words(dialogOf(itemPage))).toBe(confirmation);
    // The link opens the dialog with JavaScript and leads to the confirmation page without it.
    expect(itemPage).toMatch(new RegExp(`<a class="button button-danger" href="${items[kind].confirm}" hx-boost="false" data-confirm-dialog="confirm-delete">`));
  });

  it('is not found for another account', async () => {
    await intruder.get(items[kind].confirm).set('Accept', 'text/html').expect(404);
  });

  it('still deletes with the unchanged POST', async () => {
    const token = csrfFrom((await owner.get(items[kind].confirm).expect(200)).text);
    await owner.post(items[kind].confirm).type('form').send({ _csrf: token }).expect(303);
    await owner.get(items[kind].page).set('Accept', 'text/html').expect(404);
  });
});

describe('deleting the account', () => {
  it('has the same words on the confirmation page and in the settings dialog, with the email to type', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Leaving', email: 'leaving@example.com' });
    const confirmation = (await person.get('/settings/delete').expect(200)).text;
    expect(confirmation).toContain('To confirm, type your email address: <strong>leaving@example.com</strong>');
    const settings = (await person.get('/settings').expect(200)).text;
    expect(words(dialogOf(settings))).toBe(words(confirmationOf(confirmation)));
    const refused = await person.post('/settings/delete').type('form').send({ _csrf: csrfFrom(confirmation), confirmEmail: 'nope@example.com' }).expect(422);
    expect(refused.text).toContain('Type your email address exactly as shown to confirm');
    await person.post('/settings/delete').type('form').send({ _csrf: csrfFrom(refused.text), confirmEmail: 'leaving@example.com' }).expect(303);
    await person.get('/settings').set('Accept', 'text/html').expect(303);
  });
});
