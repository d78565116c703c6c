import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_document_sync_state" AS ENUM('waiting', 'synced', 'failed');
  CREATE TYPE "public"."enum_document_sync_action" AS ENUM('publish', 'unpublish');
  CREATE TABLE "document_sync" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document" varchar NOT NULL,
  	"state" "enum_document_sync_state" NOT NULL,
  	"action" "enum_document_sync_action",
  	"error" varchar,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"synced_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_sync_id" integer;
  CREATE UNIQUE INDEX "document_sync_document_idx" ON "document_sync" USING btree ("document");
  CREATE INDEX "document_sync_updated_at_idx" ON "document_sync" USING btree ("updated_at");
  CREATE INDEX "document_sync_created_at_idx" ON "document_sync" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_sync_fk" FOREIGN KEY ("document_sync_id") REFERENCES "public"."document_sync"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_document_sync_id_idx" ON "payload_locked_documents_rels" USING btree ("document_sync_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "document_sync" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "document_sync" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_sync_fk";
  
  DROP INDEX "payload_locked_documents_rels_document_sync_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_sync_id";
  DROP TYPE "public"."enum_document_sync_state";
  DROP TYPE "public"."enum_document_sync_action";`)
}
