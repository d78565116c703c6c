import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindStaleContent' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindStaleContent' BEFORE 'schedulePublish';
  CREATE TABLE "stale_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" varchar NOT NULL,
  	"sent_at" timestamp(3) with time zone NOT NULL,
  	"to" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "support_resources" ADD COLUMN "owner_id" integer;
  ALTER TABLE "_support_resources_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "organisations" ADD COLUMN "verified_at" timestamp(3) with time zone;
  ALTER TABLE "organisations" ADD COLUMN "owner_id" integer;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stale_reminders_id" integer;
  CREATE UNIQUE INDEX "stale_reminders_document_idx" ON "stale_reminders" USING btree ("document");
  CREATE INDEX "stale_reminders_updated_at_idx" ON "stale_reminders" USING btree ("updated_at");
  CREATE INDEX "stale_reminders_created_at_idx" ON "stale_reminders" USING btree ("created_at");
  ALTER TABLE "support_resources" ADD CONSTRAINT "support_resources_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_resources_v" ADD CONSTRAINT "_support_resources_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stale_reminders_fk" FOREIGN KEY ("stale_reminders_id") REFERENCES "public"."stale_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "support_resources_owner_idx" ON "support_resources" USING btree ("owner_id");
  CREATE INDEX "_support_resources_v_version_version_owner_idx" ON "_support_resources_v" USING btree ("version_owner_id");
  CREATE INDEX "organisations_owner_idx" ON "organisations" USING btree ("owner_id");
  CREATE INDEX "_organisations_v_version_version_owner_idx" ON "_organisations_v" USING btree ("version_owner_id");
  CREATE INDEX "payload_locked_documents_rels_stale_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("stale_reminders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stale_reminders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stale_reminders" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "support_resources" DROP CONSTRAINT "support_resources_owner_id_users_id_fk";
  
  ALTER TABLE "_support_resources_v" DROP CONSTRAINT "_support_resources_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_owner_id_users_id_fk";
  
  ALTER TABLE "_organisations_v" DROP CONSTRAINT "_organisations_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stale_reminders_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'syncReadModel', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'syncReadModel', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "support_resources_owner_idx";
  DROP INDEX "_support_resources_v_version_version_owner_idx";
  DROP INDEX "organisations_owner_idx";
  DROP INDEX "_organisations_v_version_version_owner_idx";
  DROP INDEX "payload_locked_documents_rels_stale_reminders_id_idx";
  ALTER TABLE "support_resources" DROP COLUMN "owner_id";
  ALTER TABLE "_support_resources_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "organisations" DROP COLUMN "verified_at";
  ALTER TABLE "organisations" DROP COLUMN "owner_id";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_verified_at";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stale_reminders_id";`)
}
