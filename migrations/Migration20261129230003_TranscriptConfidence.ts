import { Migration } from '@mikro-orm/migrations';

/** How sure the recogniser was of a voice answer's transcript (issue #17): its score and the low-confidence mark. */
export class Migration20261129230003_TranscriptConfidence extends Migration {

  override name = 'Migration20261129230003_TranscriptConfidence';

  override up(): void | Promise<void> {
    this.addSql(`alter table "interview_turns" add column "transcript_confidence" double precision null, add column "transcript_low_confidence" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "interview_turns" drop column "transcript_confidence", drop column "transcript_low_confidence";`);
  }

}
