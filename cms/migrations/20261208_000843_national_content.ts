import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_municipalities_kind" ADD VALUE 'national';
  CREATE TABLE "municipalities_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "municipalities_texts" ADD CONSTRAINT "municipalities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "municipalities_texts_order_parent" ON "municipalities_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "municipalities_texts" CASCADE;
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DEFAULT 'municipality'::text;
  DROP TYPE "public"."enum_municipalities_kind";
  CREATE TYPE "public"."enum_municipalities_kind" AS ENUM('municipality', 'provider');
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DEFAULT 'municipality'::"public"."enum_municipalities_kind";
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_municipalities_kind" USING "kind"::"public"."enum_municipalities_kind";`)
}
