import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PublicObjectStore } from '../../../platform/vault/public-object-store.service.js';
import { CompaniesService } from '../companies.service.js';
import { Company } from '../company.entity.js';
import { JobsNotFoundError } from '../jobs.errors.js';
import { readLogo, type LogoType } from './logo-image.js';

/**
 * A company's logo: company data (not anyone's personal data), public wherever the company is. Each
 * upload gets a new object key, so a cached copy of the old logo is never served under the new URL;
 * the old object is deleted once the row points at the new one.
 */
@Injectable()
export class CompanyLogosService {
  constructor(
    private readonly em: EntityManager,
    private readonly companies: CompaniesService,
    private readonly store: PublicObjectStore,
  ) {}

  /** Checks, cleans and stores the image as the acting member's company logo; throws LogoRejectedError. */
  async replace(userId: string, upload: Buffer): Promise<void> {
    const logo = readLogo(upload);
    const em = this.em.fork();
    const { company } = await this.companies.requireMembership(userId, em);
    const key = `public/companies/${company.id}/logo-${randomUUID()}`;
    await this.store.put(key, logo.bytes);
    const previous = company.logoKey;
    em.assign(company, { logoKey: key, logoType: logo.type });
    await em.flush();
    if (previous) await this.store.delete(previous);
  }

  async remove(userId: string): Promise<void> {
    const em = this.em.fork();
    const { company } = await this.companies.requireMembership(userId, em);
    const previous = company.logoKey;
    if (!previous) return;
    em.assign(company, { logoKey: null, logoType: null });
    await em.flush();
    await this.store.delete(previous);
  }

  /** The logo's bytes and type, or the not-found error when the company has none. */
  async read(companyId: string): Promise<{ bytes: Buffer; type: LogoType }> {
    const company = await this.em.fork().findOne(Company, { id: companyId }, { fields: ['logoKey', 'logoType'] });
    if (!company?.logoKey || !company.logoType) throw new JobsNotFoundError();
    return { bytes: await this.store.get(company.logoKey), type: company.logoType };
  }
}
