import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ending) : ending.test(name) ? [path] : [];
  });
}

/**
 * Promise H4: card data never touches Candor. No page has a field that could take a card (Stripe
 * Checkout and the customer portal collect it), no script loads Stripe.js or any card widget, and no
 * table or migration has a column for it.
 */
describe('card data never touches Candor (H4)', () => {
  it('has no card field in any template', () => {
    const cardField = /autocomplete="cc-|name="[^"]*(card|cvc|cvv|expir|pan)\b[^"]*"|js\.stripe\.com|stripe\.js/i;
    const offenders = filesUnder('views', /\.njk$/).filter((path) => cardField.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('loads no payment script in the browser', () => {
    const offenders = filesUnder('static/js', /\.js$/).filter((path) => /stripe|card.?number|cvc/i.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has no column that could hold card data (the schema is the migrations)', () => {
    const migrations = filesUnder('migrations', /\.ts$/).map((path) => readFileSync(path, 'utf8')).join('\n');
    expect(migrations).toContain('"billing_accounts"');
    expect(migrations).not.toMatch(/"[a-z_]*(card|cvc|cvv|expiry)[a-z_]*"/i);
  });
});
