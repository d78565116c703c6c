import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_situations_audiences" AS ENUM('RELATIVES', 'PROFESSIONALS', 'YOUNG_PEOPLE', 'GENERAL_PUBLIC');
  CREATE TYPE "public"."enum_situations_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum_situations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__situations_v_version_audiences" AS ENUM('RELATIVES', 'PROFESSIONALS', 'YOUNG_PEOPLE', 'GENERAL_PUBLIC');
  CREATE TYPE "public"."enum__situations_v_version_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum__situations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__situations_v_published_locale" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TABLE "situations_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_situations_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "situations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"visibility" "enum_situations_visibility" DEFAULT 'PUBLIC',
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_situations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "situations_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"urgent_advice" jsonb,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "situations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"support_resources_id" integer
  );
  
  CREATE TABLE "_situations_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__situations_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_situations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_visibility" "enum__situations_v_version_visibility" DEFAULT 'PUBLIC',
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__situations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__situations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_situations_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_urgent_advice" jsonb,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_situations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"support_resources_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "situations_id" integer;
  ALTER TABLE "situations_audiences" ADD CONSTRAINT "situations_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "situations_locales" ADD CONSTRAINT "situations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "situations_rels" ADD CONSTRAINT "situations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "situations_rels" ADD CONSTRAINT "situations_rels_support_resources_fk" FOREIGN KEY ("support_resources_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_situations_v_version_audiences" ADD CONSTRAINT "_situations_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_situations_v" ADD CONSTRAINT "_situations_v_parent_id_situations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."situations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_situations_v_locales" ADD CONSTRAINT "_situations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_situations_v_rels" ADD CONSTRAINT "_situations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_situations_v_rels" ADD CONSTRAINT "_situations_v_rels_support_resources_fk" FOREIGN KEY ("support_resources_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "situations_audiences_order_idx" ON "situations_audiences" USING btree ("order");
  CREATE INDEX "situations_audiences_parent_idx" ON "situations_audiences" USING btree ("parent_id");
  CREATE UNIQUE INDEX "situations_key_idx" ON "situations" USING btree ("key");
  CREATE INDEX "situations_updated_at_idx" ON "situations" USING btree ("updated_at");
  CREATE INDEX "situations_created_at_idx" ON "situations" USING btree ("created_at");
  CREATE INDEX "situations__status_idx" ON "situations" USING btree ("_status");
  CREATE UNIQUE INDEX "situations_locales_locale_parent_id_unique" ON "situations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "situations_rels_order_idx" ON "situations_rels" USING btree ("order");
  CREATE INDEX "situations_rels_parent_idx" ON "situations_rels" USING btree ("parent_id");
  CREATE INDEX "situations_rels_path_idx" ON "situations_rels" USING btree ("path");
  CREATE INDEX "situations_rels_support_resources_id_idx" ON "situations_rels" USING btree ("support_resources_id");
  CREATE INDEX "_situations_v_version_audiences_order_idx" ON "_situations_v_version_audiences" USING btree ("order");
  CREATE INDEX "_situations_v_version_audiences_parent_idx" ON "_situations_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_situations_v_parent_idx" ON "_situations_v" USING btree ("parent_id");
  CREATE INDEX "_situations_v_version_version_key_idx" ON "_situations_v" USING btree ("version_key");
  CREATE INDEX "_situations_v_version_version_updated_at_idx" ON "_situations_v" USING btree ("version_updated_at");
  CREATE INDEX "_situations_v_version_version_created_at_idx" ON "_situations_v" USING btree ("version_created_at");
  CREATE INDEX "_situations_v_version_version__status_idx" ON "_situations_v" USING btree ("version__status");
  CREATE INDEX "_situations_v_created_at_idx" ON "_situations_v" USING btree ("created_at");
  CREATE INDEX "_situations_v_updated_at_idx" ON "_situations_v" USING btree ("updated_at");
  CREATE INDEX "_situations_v_snapshot_idx" ON "_situations_v" USING btree ("snapshot");
  CREATE INDEX "_situations_v_published_locale_idx" ON "_situations_v" USING btree ("published_locale");
  CREATE INDEX "_situations_v_latest_idx" ON "_situations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_situations_v_locales_locale_parent_id_unique" ON "_situations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_situations_v_rels_order_idx" ON "_situations_v_rels" USING btree ("order");
  CREATE INDEX "_situations_v_rels_parent_idx" ON "_situations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_situations_v_rels_path_idx" ON "_situations_v_rels" USING btree ("path");
  CREATE INDEX "_situations_v_rels_support_resources_id_idx" ON "_situations_v_rels" USING btree ("support_resources_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_situations_fk" FOREIGN KEY ("situations_id") REFERENCES "public"."situations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_situations_id_idx" ON "payload_locked_documents_rels" USING btree ("situations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "situations_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "situations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "situations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_situations_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_situations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_situations_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_situations_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "situations_audiences" CASCADE;
  DROP TABLE "situations" CASCADE;
  DROP TABLE "situations_locales" CASCADE;
  DROP TABLE "situations_rels" CASCADE;
  DROP TABLE "_situations_v_version_audiences" CASCADE;
  DROP TABLE "_situations_v" CASCADE;
  DROP TABLE "_situations_v_locales" CASCADE;
  DROP TABLE "_situations_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_situations_fk";
  
  DROP INDEX "payload_locked_documents_rels_situations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "situations_id";
  DROP TYPE "public"."enum_situations_audiences";
  DROP TYPE "public"."enum_situations_visibility";
  DROP TYPE "public"."enum_situations_status";
  DROP TYPE "public"."enum__situations_v_version_audiences";
  DROP TYPE "public"."enum__situations_v_version_visibility";
  DROP TYPE "public"."enum__situations_v_version_status";
  DROP TYPE "public"."enum__situations_v_published_locale";`)
}
