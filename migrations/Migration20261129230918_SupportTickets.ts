import { Migration } from '@mikro-orm/migrations';

export class Migration20261129230918_SupportTickets extends Migration {

  override name = 'Migration20261129230918_SupportTickets';

  override up(): void | Promise<void> {
    this.addSql(`create table "support_tickets" ("id" uuid not null, "requester_id" uuid not null, "subject_ciphertext" bytea not null, "status" text not null default 'open' check ("status" in ('open', 'answered', 'closed')), "created_at" timestamptz not null, "updated_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "support_tickets_requester_id_created_at_index" on "support_tickets" ("requester_id", "created_at");`);
    this.addSql(`create index "support_tickets_status_updated_at_index" on "support_tickets" ("status", "updated_at");`);
    this.addSql(`alter table "support_tickets" add constraint "support_tickets_requester_id_foreign" foreign key ("requester_id") references "users" ("id") on delete cascade;`);
    this.addSql(`create table "support_ticket_events" ("id" uuid not null, "ticket_id" uuid not null, "kind" text not null check ("kind" in ('message', 'opened', 'closed')), "actor_id" uuid null, "actor_role" varchar(20) not null, "body_ciphertext" bytea null, "reason" varchar(280) null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "support_ticket_events_ticket_id_at_index" on "support_ticket_events" ("ticket_id", "at");`);
    this.addSql(`create index "support_ticket_events_actor_id_index" on "support_ticket_events" ("actor_id");`);
    this.addSql(`alter table "support_ticket_events" add constraint "support_ticket_events_ticket_id_foreign" foreign key ("ticket_id") references "support_tickets" ("id") on delete cascade;`);
    this.addSql(`alter table "support_ticket_events" add constraint "support_ticket_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "support_ticket_events" cascade;`);
    this.addSql(`drop table if exists "support_tickets" cascade;`);
  }

}
