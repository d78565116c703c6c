import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "report_analyses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"window" varchar NOT NULL,
  	"analysis" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "trainings" ADD COLUMN "district_id" integer;
  ALTER TABLE "_trainings_v" ADD COLUMN "version_district_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_analyses_id" integer;
  CREATE UNIQUE INDEX "report_analyses_window_idx" ON "report_analyses" USING btree ("window");
  CREATE INDEX "report_analyses_updated_at_idx" ON "report_analyses" USING btree ("updated_at");
  CREATE INDEX "report_analyses_created_at_idx" ON "report_analyses" USING btree ("created_at");
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_district_id_districts_id_fk" FOREIGN KEY ("version_district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_analyses_fk" FOREIGN KEY ("report_analyses_id") REFERENCES "public"."report_analyses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trainings_district_idx" ON "trainings" USING btree ("district_id");
  CREATE INDEX "_trainings_v_version_version_district_idx" ON "_trainings_v" USING btree ("version_district_id");
  CREATE INDEX "payload_locked_documents_rels_report_analyses_id_idx" ON "payload_locked_documents_rels" USING btree ("report_analyses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_analyses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_analyses" CASCADE;
  ALTER TABLE "trainings" DROP CONSTRAINT "trainings_district_id_districts_id_fk";
  
  ALTER TABLE "_trainings_v" DROP CONSTRAINT "_trainings_v_version_district_id_districts_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_analyses_fk";
  
  DROP INDEX "trainings_district_idx";
  DROP INDEX "_trainings_v_version_version_district_idx";
  DROP INDEX "payload_locked_documents_rels_report_analyses_id_idx";
  ALTER TABLE "trainings" DROP COLUMN "district_id";
  ALTER TABLE "_trainings_v" DROP COLUMN "version_district_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_analyses_id";`)
}
