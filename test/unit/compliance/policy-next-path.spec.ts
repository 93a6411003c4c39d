import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../src/modules/compliance/policies/policy-versions.controller.js';

describe('where the policy acceptance page sends people back to', () => {
  it('keeps a path on this site', () => {
    expect(safeNext('/documents?page=2')).toBe('/documents?page=2');
  });

  it.each([['//evil.example/x'], ['https://evil.example/'], ['/\\evil.example'], ['/policy/accept?next=/x'], [''], [undefined], [['/a']]])('refuses %j and goes to the dashboard', (value) => {
    expect(safeNext(value)).toBe('/dashboard');
  });
});
