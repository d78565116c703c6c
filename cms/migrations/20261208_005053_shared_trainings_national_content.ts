import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_municipalities_kind" ADD VALUE 'national';
  CREATE TABLE "trainings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"municipalities_id" integer
  );
  
  CREATE TABLE "_trainings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"municipalities_id" integer
  );
  
  CREATE TABLE "municipalities_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities_texts" ADD CONSTRAINT "municipalities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "trainings_rels_order_idx" ON "trainings_rels" USING btree ("order");
  CREATE INDEX "trainings_rels_parent_idx" ON "trainings_rels" USING btree ("parent_id");
  CREATE INDEX "trainings_rels_path_idx" ON "trainings_rels" USING btree ("path");
  CREATE INDEX "trainings_rels_municipalities_id_idx" ON "trainings_rels" USING btree ("municipalities_id");
  CREATE INDEX "_trainings_v_rels_order_idx" ON "_trainings_v_rels" USING btree ("order");
  CREATE INDEX "_trainings_v_rels_parent_idx" ON "_trainings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_rels_path_idx" ON "_trainings_v_rels" USING btree ("path");
  CREATE INDEX "_trainings_v_rels_municipalities_id_idx" ON "_trainings_v_rels" USING btree ("municipalities_id");
  CREATE INDEX "municipalities_texts_order_parent" ON "municipalities_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "trainings_rels" CASCADE;
  DROP TABLE "_trainings_v_rels" CASCADE;
  DROP TABLE "municipalities_texts" CASCADE;
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DEFAULT 'municipality'::text;
  DROP TYPE "public"."enum_municipalities_kind";
  CREATE TYPE "public"."enum_municipalities_kind" AS ENUM('municipality', 'provider');
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DEFAULT 'municipality'::"public"."enum_municipalities_kind";
  ALTER TABLE "municipalities" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_municipalities_kind" USING "kind"::"public"."enum_municipalities_kind";`)
}
