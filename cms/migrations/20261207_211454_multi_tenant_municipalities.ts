import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_municipalities_kind" AS ENUM('municipality', 'provider');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'regional-admin';
  CREATE TABLE "users_tenants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL
  );
  
  CREATE TABLE "municipalities_origins" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin" varchar NOT NULL
  );
  
  CREATE TABLE "municipalities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_municipalities_kind" DEFAULT 'municipality' NOT NULL,
  	"default" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "support_resources" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_support_resources_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "organisations" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "council_meetings" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_council_meetings_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "trainings" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_trainings_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "districts" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_districts_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "departments" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_departments_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "pages" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "situations" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_situations_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "media" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "report_analyses" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "municipalities_id" integer;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities_origins" ADD CONSTRAINT "municipalities_origins_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_tenants_order_idx" ON "users_tenants" USING btree ("_order");
  CREATE INDEX "users_tenants_parent_id_idx" ON "users_tenants" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_tenant_idx" ON "users_tenants" USING btree ("tenant_id");
  CREATE INDEX "municipalities_origins_order_idx" ON "municipalities_origins" USING btree ("_order");
  CREATE INDEX "municipalities_origins_parent_id_idx" ON "municipalities_origins" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "municipalities_slug_idx" ON "municipalities" USING btree ("slug");
  CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at");
  CREATE INDEX "municipalities_created_at_idx" ON "municipalities" USING btree ("created_at");
  ALTER TABLE "support_resources" ADD CONSTRAINT "support_resources_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_resources_v" ADD CONSTRAINT "_support_resources_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_council_meetings_v" ADD CONSTRAINT "_council_meetings_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "districts" ADD CONSTRAINT "districts_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_districts_v" ADD CONSTRAINT "_districts_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_departments_v" ADD CONSTRAINT "_departments_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "situations" ADD CONSTRAINT "situations_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_situations_v" ADD CONSTRAINT "_situations_v_version_tenant_id_municipalities_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_analyses" ADD CONSTRAINT "report_analyses_tenant_id_municipalities_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "support_resources_tenant_idx" ON "support_resources" USING btree ("tenant_id");
  CREATE INDEX "_support_resources_v_version_version_tenant_idx" ON "_support_resources_v" USING btree ("version_tenant_id");
  CREATE INDEX "organisations_tenant_idx" ON "organisations" USING btree ("tenant_id");
  CREATE INDEX "_organisations_v_version_version_tenant_idx" ON "_organisations_v" USING btree ("version_tenant_id");
  CREATE INDEX "council_meetings_tenant_idx" ON "council_meetings" USING btree ("tenant_id");
  CREATE INDEX "_council_meetings_v_version_version_tenant_idx" ON "_council_meetings_v" USING btree ("version_tenant_id");
  CREATE INDEX "trainings_tenant_idx" ON "trainings" USING btree ("tenant_id");
  CREATE INDEX "_trainings_v_version_version_tenant_idx" ON "_trainings_v" USING btree ("version_tenant_id");
  CREATE INDEX "districts_tenant_idx" ON "districts" USING btree ("tenant_id");
  CREATE INDEX "_districts_v_version_version_tenant_idx" ON "_districts_v" USING btree ("version_tenant_id");
  CREATE INDEX "departments_tenant_idx" ON "departments" USING btree ("tenant_id");
  CREATE INDEX "_departments_v_version_version_tenant_idx" ON "_departments_v" USING btree ("version_tenant_id");
  CREATE INDEX "pages_tenant_idx" ON "pages" USING btree ("tenant_id");
  CREATE INDEX "_pages_v_version_version_tenant_idx" ON "_pages_v" USING btree ("version_tenant_id");
  CREATE INDEX "situations_tenant_idx" ON "situations" USING btree ("tenant_id");
  CREATE INDEX "_situations_v_version_version_tenant_idx" ON "_situations_v" USING btree ("version_tenant_id");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "report_analyses_tenant_idx" ON "report_analyses" USING btree ("tenant_id");
  CREATE INDEX "payload_locked_documents_rels_municipalities_id_idx" ON "payload_locked_documents_rels" USING btree ("municipalities_id");`)

  // Written by hand (issue 32): Botkyrka, the deployment's default municipality, holds everything written before
  // municipalities, and every user works there; in this transaction, so that no document or user is ever without one.
  await db.execute(sql`
  INSERT INTO "municipalities" ("name", "slug", "kind", "default") VALUES ('Botkyrka', 'botkyrka', 'municipality', true)
    ON CONFLICT ("slug") DO NOTHING;
  UPDATE "support_resources" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_support_resources_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "organisations" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_organisations_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "council_meetings" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_council_meetings_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "trainings" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_trainings_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "districts" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_districts_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "departments" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_departments_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "pages" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_pages_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "situations" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "_situations_v" SET "version_tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "version_tenant_id" IS NULL;
  UPDATE "media" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  UPDATE "report_analyses" SET "tenant_id" = (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka') WHERE "tenant_id" IS NULL;
  INSERT INTO "users_tenants" ("_order", "_parent_id", "id", "tenant_id")
    SELECT 1, "users"."id", substr(md5(random()::text || "users"."id"), 1, 24), (SELECT "id" FROM "municipalities" WHERE "slug" = 'botkyrka')
    FROM "users" WHERE NOT EXISTS (SELECT 1 FROM "users_tenants" WHERE "users_tenants"."_parent_id" = "users"."id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_tenants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "municipalities_origins" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "municipalities" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_tenants" CASCADE;
  DROP TABLE "municipalities_origins" CASCADE;
  DROP TABLE "municipalities" CASCADE;
  ALTER TABLE "support_resources" DROP CONSTRAINT "support_resources_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_support_resources_v" DROP CONSTRAINT "_support_resources_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_organisations_v" DROP CONSTRAINT "_organisations_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "council_meetings" DROP CONSTRAINT "council_meetings_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_council_meetings_v" DROP CONSTRAINT "_council_meetings_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "trainings" DROP CONSTRAINT "trainings_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_trainings_v" DROP CONSTRAINT "_trainings_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "districts" DROP CONSTRAINT "districts_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_districts_v" DROP CONSTRAINT "_districts_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "departments" DROP CONSTRAINT "departments_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_departments_v" DROP CONSTRAINT "_departments_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "situations" DROP CONSTRAINT "situations_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "_situations_v" DROP CONSTRAINT "_situations_v_version_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "report_analyses" DROP CONSTRAINT "report_analyses_tenant_id_municipalities_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_municipalities_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'contributor', 'coordinator');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "support_resources_tenant_idx";
  DROP INDEX "_support_resources_v_version_version_tenant_idx";
  DROP INDEX "organisations_tenant_idx";
  DROP INDEX "_organisations_v_version_version_tenant_idx";
  DROP INDEX "council_meetings_tenant_idx";
  DROP INDEX "_council_meetings_v_version_version_tenant_idx";
  DROP INDEX "trainings_tenant_idx";
  DROP INDEX "_trainings_v_version_version_tenant_idx";
  DROP INDEX "districts_tenant_idx";
  DROP INDEX "_districts_v_version_version_tenant_idx";
  DROP INDEX "departments_tenant_idx";
  DROP INDEX "_departments_v_version_version_tenant_idx";
  DROP INDEX "pages_tenant_idx";
  DROP INDEX "_pages_v_version_version_tenant_idx";
  DROP INDEX "situations_tenant_idx";
  DROP INDEX "_situations_v_version_version_tenant_idx";
  DROP INDEX "media_tenant_idx";
  DROP INDEX "report_analyses_tenant_idx";
  DROP INDEX "payload_locked_documents_rels_municipalities_id_idx";
  ALTER TABLE "support_resources" DROP COLUMN "tenant_id";
  ALTER TABLE "_support_resources_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "organisations" DROP COLUMN "tenant_id";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "council_meetings" DROP COLUMN "tenant_id";
  ALTER TABLE "_council_meetings_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "trainings" DROP COLUMN "tenant_id";
  ALTER TABLE "_trainings_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "districts" DROP COLUMN "tenant_id";
  ALTER TABLE "_districts_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "departments" DROP COLUMN "tenant_id";
  ALTER TABLE "_departments_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "pages" DROP COLUMN "tenant_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "situations" DROP COLUMN "tenant_id";
  ALTER TABLE "_situations_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "media" DROP COLUMN "tenant_id";
  ALTER TABLE "report_analyses" DROP COLUMN "tenant_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "municipalities_id";
  DROP TYPE "public"."enum_municipalities_kind";`)
}
