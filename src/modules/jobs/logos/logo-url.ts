import type { Company } from '../company.entity.js';

/** The logo's URL: the key's version in the query, so a replaced logo gets a new URL and the old one may be cached for a year. */
export function logoUrl(company: Pick<Company, 'id' | 'logoKey'>): string | null {
  return company.logoKey ? `/companies/${company.id}/logo?v=${company.logoKey.slice(company.logoKey.lastIndexOf('/logo-') + '/logo-'.length)}` : null;
}
