import { Migration } from '@mikro-orm/migrations';

/** A company's optional logo: where its bytes are in the public object store, and their type (read from the bytes). */
export class Migration20261129230733_CompanyLogos extends Migration {

  override name = 'Migration20261129230733_CompanyLogos';

  override up(): void | Promise<void> {
    this.addSql(`alter table "companies" add column "logo_key" varchar(200) null, add column "logo_type" text null check ("logo_type" in ('image/png', 'image/jpeg', 'image/webp'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "companies" drop column "logo_type", drop column "logo_key";`);
  }

}
