import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190854_Billing extends Migration {

  override name = 'Migration20261129190854_Billing';

  override up(): void | Promise<void> {
    this.addSql(`create table "billing_accounts" ("id" uuid not null, "user_id" uuid not null, "stripe_customer_id" varchar(255) null, "stripe_subscription_id" varchar(255) null, "subscription_status" text null, "interval" text null, "current_period_end" timestamptz null, "cancel_at_period_end" boolean not null default false, "grace_until" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "billing_accounts" add constraint "billing_accounts_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "billing_accounts" add constraint "billing_accounts_stripe_customer_id_unique" unique ("stripe_customer_id");`);
    this.addSql(`alter table "billing_accounts" add constraint "billing_accounts_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "billing_accounts" add constraint "billing_accounts_subscription_status_check" check ("subscription_status" in ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'));`);
    this.addSql(`alter table "billing_accounts" add constraint "billing_accounts_interval_check" check ("interval" in ('month', 'year'));`);

    this.addSql(`create table "billing_stripe_events" ("id" varchar(255) not null, "type" varchar(100) not null, "account_id" uuid null, "processed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "billing_stripe_events_account_id_index" on "billing_stripe_events" ("account_id");`);
    this.addSql(`alter table "billing_stripe_events" add constraint "billing_stripe_events_account_id_foreign" foreign key ("account_id") references "billing_accounts" ("id") on delete cascade;`);

    this.addSql(`create table "billing_history" ("id" uuid not null, "account_id" uuid not null, "kind" text not null, "from_plan" text null, "to_plan" text null, "stripe_invoice_id" varchar(255) null, "hosted_invoice_url" varchar(2048) null, "amount" int null, "currency" varchar(3) null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "billing_history_account_id_at_index" on "billing_history" ("account_id", "at");`);
    this.addSql(`alter table "billing_history" add constraint "billing_history_account_id_foreign" foreign key ("account_id") references "billing_accounts" ("id") on delete cascade;`);
    this.addSql(`alter table "billing_history" add constraint "billing_history_kind_check" check ("kind" in ('plan_changed', 'invoice_paid', 'invoice_payment_failed'));`);
    this.addSql(`alter table "billing_history" add constraint "billing_history_from_plan_check" check ("from_plan" in ('free', 'pro'));`);
    this.addSql(`alter table "billing_history" add constraint "billing_history_to_plan_check" check ("to_plan" in ('free', 'pro'));`);

    this.addSql(`create table "billing_usage" ("id" uuid not null, "user_id" uuid not null, "kind" text not null, "period_start" timestamptz not null, "used" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "billing_usage" add constraint "billing_usage_user_id_kind_period_start_unique" unique ("user_id", "kind", "period_start");`);
    this.addSql(`alter table "billing_usage" add constraint "billing_usage_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "billing_usage" add constraint "billing_usage_kind_check" check ("kind" in ('analyses', 'interviews', 'voice_seconds', 'applications'));`);
    this.addSql(`alter table "billing_usage" add constraint "billing_usage_used_check" check ("used" >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "billing_usage" cascade;`);
    this.addSql(`drop table if exists "billing_history" cascade;`);
    this.addSql(`drop table if exists "billing_stripe_events" cascade;`);
    this.addSql(`drop table if exists "billing_accounts" cascade;`);
  }

}
