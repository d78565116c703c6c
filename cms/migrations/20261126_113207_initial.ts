import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TYPE "public"."enum_support_resources_audiences" AS ENUM('RELATIVES', 'PROFESSIONALS', 'YOUNG_PEOPLE', 'GENERAL_PUBLIC');
  CREATE TYPE "public"."enum_support_resources_opening_hours_weekday" AS ENUM('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');
  CREATE TYPE "public"."enum_support_resources_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum_support_resources_prevention_level" AS ENUM('GENERAL', 'SPECIFIC', 'INDIVIDUAL');
  CREATE TYPE "public"."enum_support_resources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_resources_v_version_audiences" AS ENUM('RELATIVES', 'PROFESSIONALS', 'YOUNG_PEOPLE', 'GENERAL_PUBLIC');
  CREATE TYPE "public"."enum__support_resources_v_version_opening_hours_weekday" AS ENUM('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');
  CREATE TYPE "public"."enum__support_resources_v_version_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum__support_resources_v_version_prevention_level" AS ENUM('GENERAL', 'SPECIFIC', 'INDIVIDUAL');
  CREATE TYPE "public"."enum__support_resources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_resources_v_published_locale" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TYPE "public"."enum_organisations_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum_organisations_kind" AS ENUM('ASSOCIATION', 'FAITH_COMMUNITY', 'NGO', 'AUTHORITY', 'MUNICIPAL_UNIT', 'OTHER');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum__organisations_v_version_kind" AS ENUM('ASSOCIATION', 'FAITH_COMMUNITY', 'NGO', 'AUTHORITY', 'MUNICIPAL_UNIT', 'OTHER');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_published_locale" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TYPE "public"."enum_council_meetings_meeting_status" AS ENUM('PLANNED', 'HELD', 'CANCELLED');
  CREATE TYPE "public"."enum_council_meetings_minutes_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum_council_meetings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__council_meetings_v_version_meeting_status" AS ENUM('PLANNED', 'HELD', 'CANCELLED');
  CREATE TYPE "public"."enum__council_meetings_v_version_minutes_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum__council_meetings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__council_meetings_v_published_locale" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TYPE "public"."enum_trainings_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum_trainings_audience" AS ENUM('FIRST_LINE_STAFF', 'SPECIALISTS', 'MANAGERS', 'ALL_STAFF');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum__trainings_v_version_audience" AS ENUM('FIRST_LINE_STAFF', 'SPECIALISTS', 'MANAGERS', 'ALL_STAFF');
  CREATE TYPE "public"."enum__trainings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_published_locale" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TYPE "public"."enum_pages_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_visibility" AS ENUM('PUBLIC', 'INTERNAL');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TYPE "public"."enum_districts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__districts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__districts_v_published_locale" AS ENUM('sv', 'en', 'fi', 'ar', 'so');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'contributor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'syncReadModel', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'syncReadModel', 'schedulePublish');
  CREATE TABLE "support_resources_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_support_resources_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_resources_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_support_resources_opening_hours_weekday",
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "support_resources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"visibility" "enum_support_resources_visibility" DEFAULT 'PUBLIC',
  	"priority" numeric DEFAULT 0,
  	"prevention_level" "enum_support_resources_prevention_level",
  	"phone" varchar,
  	"email" varchar,
  	"url" varchar,
  	"provider_id" integer,
  	"verified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_support_resources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "support_resources_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"opening_hours_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "support_resources_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "support_resources_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer
  );
  
  CREATE TABLE "_support_resources_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_resources_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_resources_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"weekday" "enum__support_resources_v_version_opening_hours_weekday",
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_support_resources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_visibility" "enum__support_resources_v_version_visibility" DEFAULT 'PUBLIC',
  	"version_priority" numeric DEFAULT 0,
  	"version_prevention_level" "enum__support_resources_v_version_prevention_level",
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_url" varchar,
  	"version_provider_id" integer,
  	"version_verified_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__support_resources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__support_resources_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_support_resources_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_opening_hours_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_support_resources_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_support_resources_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer
  );
  
  CREATE TABLE "organisations_contact_persons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"public_consent" boolean DEFAULT false
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"visibility" "enum_organisations_visibility" DEFAULT 'PUBLIC',
  	"name" varchar,
  	"kind" "enum_organisations_kind",
  	"website" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"interreligious_council_member" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organisations_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organisations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer
  );
  
  CREATE TABLE "_organisations_v_version_contact_persons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"public_consent" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_visibility" "enum__organisations_v_version_visibility" DEFAULT 'PUBLIC',
  	"version_name" varchar,
  	"version_kind" "enum__organisations_v_version_kind",
  	"version_website" varchar,
  	"version_email" varchar,
  	"version_phone" varchar,
  	"version_interreligious_council_member" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organisations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_organisations_v_locales" (
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organisations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer
  );
  
  CREATE TABLE "council_meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"meeting_status" "enum_council_meetings_meeting_status" DEFAULT 'PLANNED',
  	"location_name" varchar,
  	"location_address" varchar,
  	"minutes_document_id" integer,
  	"minutes_visibility" "enum_council_meetings_minutes_visibility" DEFAULT 'INTERNAL',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_council_meetings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "council_meetings_locales" (
  	"title" varchar,
  	"agenda" jsonb,
  	"minutes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "council_meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_council_meetings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_meeting_status" "enum__council_meetings_v_version_meeting_status" DEFAULT 'PLANNED',
  	"version_location_name" varchar,
  	"version_location_address" varchar,
  	"version_minutes_document_id" integer,
  	"version_minutes_visibility" "enum__council_meetings_v_version_minutes_visibility" DEFAULT 'INTERNAL',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__council_meetings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__council_meetings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_council_meetings_v_locales" (
  	"version_title" varchar,
  	"version_agenda" jsonb,
  	"version_minutes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_council_meetings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"visibility" "enum_trainings_visibility" DEFAULT 'INTERNAL',
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"audience" "enum_trainings_audience",
  	"registration_url" varchar,
  	"provider_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trainings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trainings_locales" (
  	"title" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_visibility" "enum__trainings_v_version_visibility" DEFAULT 'INTERNAL',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_audience" "enum__trainings_v_version_audience",
  	"version_registration_url" varchar,
  	"version_provider_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trainings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__trainings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_trainings_v_locales" (
  	"version_title" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"visibility" "enum_pages_visibility" DEFAULT 'PUBLIC',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_visibility" "enum__pages_v_version_visibility" DEFAULT 'PUBLIC',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "districts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_districts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "districts_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_districts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__districts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__districts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_districts_v_locales" (
  	"version_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"support_resources_id" integer,
  	"organisations_id" integer,
  	"council_meetings_id" integer,
  	"trainings_id" integer,
  	"pages_id" integer,
  	"districts_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "support_resources_audiences" ADD CONSTRAINT "support_resources_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_resources_opening_hours" ADD CONSTRAINT "support_resources_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_resources" ADD CONSTRAINT "support_resources_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_resources_locales" ADD CONSTRAINT "support_resources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_resources_texts" ADD CONSTRAINT "support_resources_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_resources_rels" ADD CONSTRAINT "support_resources_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_resources_rels" ADD CONSTRAINT "support_resources_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_resources_v_version_audiences" ADD CONSTRAINT "_support_resources_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_resources_v_version_opening_hours" ADD CONSTRAINT "_support_resources_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_resources_v" ADD CONSTRAINT "_support_resources_v_parent_id_support_resources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_resources_v" ADD CONSTRAINT "_support_resources_v_version_provider_id_organisations_id_fk" FOREIGN KEY ("version_provider_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_resources_v_locales" ADD CONSTRAINT "_support_resources_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_resources_v_texts" ADD CONSTRAINT "_support_resources_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_resources_v_rels" ADD CONSTRAINT "_support_resources_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_resources_v_rels" ADD CONSTRAINT "_support_resources_v_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_contact_persons" ADD CONSTRAINT "organisations_contact_persons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_rels" ADD CONSTRAINT "organisations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_rels" ADD CONSTRAINT "organisations_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_contact_persons" ADD CONSTRAINT "_organisations_v_version_contact_persons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v_locales" ADD CONSTRAINT "_organisations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_rels" ADD CONSTRAINT "_organisations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_rels" ADD CONSTRAINT "_organisations_v_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_minutes_document_id_media_id_fk" FOREIGN KEY ("minutes_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "council_meetings_locales" ADD CONSTRAINT "council_meetings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "council_meetings_rels" ADD CONSTRAINT "council_meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "council_meetings_rels" ADD CONSTRAINT "council_meetings_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_council_meetings_v" ADD CONSTRAINT "_council_meetings_v_parent_id_council_meetings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."council_meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_council_meetings_v" ADD CONSTRAINT "_council_meetings_v_version_minutes_document_id_media_id_fk" FOREIGN KEY ("version_minutes_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_council_meetings_v_locales" ADD CONSTRAINT "_council_meetings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_council_meetings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_council_meetings_v_rels" ADD CONSTRAINT "_council_meetings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_council_meetings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_council_meetings_v_rels" ADD CONSTRAINT "_council_meetings_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_locales" ADD CONSTRAINT "trainings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_parent_id_trainings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_provider_id_organisations_id_fk" FOREIGN KEY ("version_provider_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_locales" ADD CONSTRAINT "_trainings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts_locales" ADD CONSTRAINT "districts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_districts_v" ADD CONSTRAINT "_districts_v_parent_id_districts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_districts_v_locales" ADD CONSTRAINT "_districts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_districts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_support_resources_fk" FOREIGN KEY ("support_resources_id") REFERENCES "public"."support_resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_council_meetings_fk" FOREIGN KEY ("council_meetings_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "support_resources_audiences_order_idx" ON "support_resources_audiences" USING btree ("order");
  CREATE INDEX "support_resources_audiences_parent_idx" ON "support_resources_audiences" USING btree ("parent_id");
  CREATE INDEX "support_resources_opening_hours_order_idx" ON "support_resources_opening_hours" USING btree ("_order");
  CREATE INDEX "support_resources_opening_hours_parent_id_idx" ON "support_resources_opening_hours" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "support_resources_key_idx" ON "support_resources" USING btree ("key");
  CREATE INDEX "support_resources_provider_idx" ON "support_resources" USING btree ("provider_id");
  CREATE INDEX "support_resources_updated_at_idx" ON "support_resources" USING btree ("updated_at");
  CREATE INDEX "support_resources_created_at_idx" ON "support_resources" USING btree ("created_at");
  CREATE INDEX "support_resources__status_idx" ON "support_resources" USING btree ("_status");
  CREATE UNIQUE INDEX "support_resources_locales_locale_parent_id_unique" ON "support_resources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "support_resources_texts_order_parent" ON "support_resources_texts" USING btree ("order","parent_id");
  CREATE INDEX "support_resources_rels_order_idx" ON "support_resources_rels" USING btree ("order");
  CREATE INDEX "support_resources_rels_parent_idx" ON "support_resources_rels" USING btree ("parent_id");
  CREATE INDEX "support_resources_rels_path_idx" ON "support_resources_rels" USING btree ("path");
  CREATE INDEX "support_resources_rels_districts_id_idx" ON "support_resources_rels" USING btree ("districts_id");
  CREATE INDEX "_support_resources_v_version_audiences_order_idx" ON "_support_resources_v_version_audiences" USING btree ("order");
  CREATE INDEX "_support_resources_v_version_audiences_parent_idx" ON "_support_resources_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_support_resources_v_version_opening_hours_order_idx" ON "_support_resources_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_support_resources_v_version_opening_hours_parent_id_idx" ON "_support_resources_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_support_resources_v_parent_idx" ON "_support_resources_v" USING btree ("parent_id");
  CREATE INDEX "_support_resources_v_version_version_key_idx" ON "_support_resources_v" USING btree ("version_key");
  CREATE INDEX "_support_resources_v_version_version_provider_idx" ON "_support_resources_v" USING btree ("version_provider_id");
  CREATE INDEX "_support_resources_v_version_version_updated_at_idx" ON "_support_resources_v" USING btree ("version_updated_at");
  CREATE INDEX "_support_resources_v_version_version_created_at_idx" ON "_support_resources_v" USING btree ("version_created_at");
  CREATE INDEX "_support_resources_v_version_version__status_idx" ON "_support_resources_v" USING btree ("version__status");
  CREATE INDEX "_support_resources_v_created_at_idx" ON "_support_resources_v" USING btree ("created_at");
  CREATE INDEX "_support_resources_v_updated_at_idx" ON "_support_resources_v" USING btree ("updated_at");
  CREATE INDEX "_support_resources_v_snapshot_idx" ON "_support_resources_v" USING btree ("snapshot");
  CREATE INDEX "_support_resources_v_published_locale_idx" ON "_support_resources_v" USING btree ("published_locale");
  CREATE INDEX "_support_resources_v_latest_idx" ON "_support_resources_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_support_resources_v_locales_locale_parent_id_unique" ON "_support_resources_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_support_resources_v_texts_order_parent" ON "_support_resources_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_support_resources_v_rels_order_idx" ON "_support_resources_v_rels" USING btree ("order");
  CREATE INDEX "_support_resources_v_rels_parent_idx" ON "_support_resources_v_rels" USING btree ("parent_id");
  CREATE INDEX "_support_resources_v_rels_path_idx" ON "_support_resources_v_rels" USING btree ("path");
  CREATE INDEX "_support_resources_v_rels_districts_id_idx" ON "_support_resources_v_rels" USING btree ("districts_id");
  CREATE INDEX "organisations_contact_persons_order_idx" ON "organisations_contact_persons" USING btree ("_order");
  CREATE INDEX "organisations_contact_persons_parent_id_idx" ON "organisations_contact_persons" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organisations_key_idx" ON "organisations" USING btree ("key");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organisations_rels_order_idx" ON "organisations_rels" USING btree ("order");
  CREATE INDEX "organisations_rels_parent_idx" ON "organisations_rels" USING btree ("parent_id");
  CREATE INDEX "organisations_rels_path_idx" ON "organisations_rels" USING btree ("path");
  CREATE INDEX "organisations_rels_districts_id_idx" ON "organisations_rels" USING btree ("districts_id");
  CREATE INDEX "_organisations_v_version_contact_persons_order_idx" ON "_organisations_v_version_contact_persons" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_contact_persons_parent_id_idx" ON "_organisations_v_version_contact_persons" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_version_key_idx" ON "_organisations_v" USING btree ("version_key");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_snapshot_idx" ON "_organisations_v" USING btree ("snapshot");
  CREATE INDEX "_organisations_v_published_locale_idx" ON "_organisations_v" USING btree ("published_locale");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_organisations_v_locales_locale_parent_id_unique" ON "_organisations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organisations_v_rels_order_idx" ON "_organisations_v_rels" USING btree ("order");
  CREATE INDEX "_organisations_v_rels_parent_idx" ON "_organisations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_rels_path_idx" ON "_organisations_v_rels" USING btree ("path");
  CREATE INDEX "_organisations_v_rels_districts_id_idx" ON "_organisations_v_rels" USING btree ("districts_id");
  CREATE UNIQUE INDEX "council_meetings_key_idx" ON "council_meetings" USING btree ("key");
  CREATE INDEX "council_meetings_minutes_document_idx" ON "council_meetings" USING btree ("minutes_document_id");
  CREATE INDEX "council_meetings_updated_at_idx" ON "council_meetings" USING btree ("updated_at");
  CREATE INDEX "council_meetings_created_at_idx" ON "council_meetings" USING btree ("created_at");
  CREATE INDEX "council_meetings__status_idx" ON "council_meetings" USING btree ("_status");
  CREATE UNIQUE INDEX "council_meetings_locales_locale_parent_id_unique" ON "council_meetings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "council_meetings_rels_order_idx" ON "council_meetings_rels" USING btree ("order");
  CREATE INDEX "council_meetings_rels_parent_idx" ON "council_meetings_rels" USING btree ("parent_id");
  CREATE INDEX "council_meetings_rels_path_idx" ON "council_meetings_rels" USING btree ("path");
  CREATE INDEX "council_meetings_rels_organisations_id_idx" ON "council_meetings_rels" USING btree ("organisations_id");
  CREATE INDEX "_council_meetings_v_parent_idx" ON "_council_meetings_v" USING btree ("parent_id");
  CREATE INDEX "_council_meetings_v_version_version_key_idx" ON "_council_meetings_v" USING btree ("version_key");
  CREATE INDEX "_council_meetings_v_version_version_minutes_document_idx" ON "_council_meetings_v" USING btree ("version_minutes_document_id");
  CREATE INDEX "_council_meetings_v_version_version_updated_at_idx" ON "_council_meetings_v" USING btree ("version_updated_at");
  CREATE INDEX "_council_meetings_v_version_version_created_at_idx" ON "_council_meetings_v" USING btree ("version_created_at");
  CREATE INDEX "_council_meetings_v_version_version__status_idx" ON "_council_meetings_v" USING btree ("version__status");
  CREATE INDEX "_council_meetings_v_created_at_idx" ON "_council_meetings_v" USING btree ("created_at");
  CREATE INDEX "_council_meetings_v_updated_at_idx" ON "_council_meetings_v" USING btree ("updated_at");
  CREATE INDEX "_council_meetings_v_snapshot_idx" ON "_council_meetings_v" USING btree ("snapshot");
  CREATE INDEX "_council_meetings_v_published_locale_idx" ON "_council_meetings_v" USING btree ("published_locale");
  CREATE INDEX "_council_meetings_v_latest_idx" ON "_council_meetings_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_council_meetings_v_locales_locale_parent_id_unique" ON "_council_meetings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_council_meetings_v_rels_order_idx" ON "_council_meetings_v_rels" USING btree ("order");
  CREATE INDEX "_council_meetings_v_rels_parent_idx" ON "_council_meetings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_council_meetings_v_rels_path_idx" ON "_council_meetings_v_rels" USING btree ("path");
  CREATE INDEX "_council_meetings_v_rels_organisations_id_idx" ON "_council_meetings_v_rels" USING btree ("organisations_id");
  CREATE UNIQUE INDEX "trainings_key_idx" ON "trainings" USING btree ("key");
  CREATE INDEX "trainings_provider_idx" ON "trainings" USING btree ("provider_id");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "trainings__status_idx" ON "trainings" USING btree ("_status");
  CREATE UNIQUE INDEX "trainings_locales_locale_parent_id_unique" ON "trainings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_parent_idx" ON "_trainings_v" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_version_key_idx" ON "_trainings_v" USING btree ("version_key");
  CREATE INDEX "_trainings_v_version_version_provider_idx" ON "_trainings_v" USING btree ("version_provider_id");
  CREATE INDEX "_trainings_v_version_version_updated_at_idx" ON "_trainings_v" USING btree ("version_updated_at");
  CREATE INDEX "_trainings_v_version_version_created_at_idx" ON "_trainings_v" USING btree ("version_created_at");
  CREATE INDEX "_trainings_v_version_version__status_idx" ON "_trainings_v" USING btree ("version__status");
  CREATE INDEX "_trainings_v_created_at_idx" ON "_trainings_v" USING btree ("created_at");
  CREATE INDEX "_trainings_v_updated_at_idx" ON "_trainings_v" USING btree ("updated_at");
  CREATE INDEX "_trainings_v_snapshot_idx" ON "_trainings_v" USING btree ("snapshot");
  CREATE INDEX "_trainings_v_published_locale_idx" ON "_trainings_v" USING btree ("published_locale");
  CREATE INDEX "_trainings_v_latest_idx" ON "_trainings_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_trainings_v_locales_locale_parent_id_unique" ON "_trainings_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_key_idx" ON "pages" USING btree ("key");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_key_idx" ON "_pages_v" USING btree ("version_key");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "districts_key_idx" ON "districts" USING btree ("key");
  CREATE INDEX "districts_updated_at_idx" ON "districts" USING btree ("updated_at");
  CREATE INDEX "districts_created_at_idx" ON "districts" USING btree ("created_at");
  CREATE INDEX "districts__status_idx" ON "districts" USING btree ("_status");
  CREATE UNIQUE INDEX "districts_locales_locale_parent_id_unique" ON "districts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_districts_v_parent_idx" ON "_districts_v" USING btree ("parent_id");
  CREATE INDEX "_districts_v_version_version_key_idx" ON "_districts_v" USING btree ("version_key");
  CREATE INDEX "_districts_v_version_version_updated_at_idx" ON "_districts_v" USING btree ("version_updated_at");
  CREATE INDEX "_districts_v_version_version_created_at_idx" ON "_districts_v" USING btree ("version_created_at");
  CREATE INDEX "_districts_v_version_version__status_idx" ON "_districts_v" USING btree ("version__status");
  CREATE INDEX "_districts_v_created_at_idx" ON "_districts_v" USING btree ("created_at");
  CREATE INDEX "_districts_v_updated_at_idx" ON "_districts_v" USING btree ("updated_at");
  CREATE INDEX "_districts_v_snapshot_idx" ON "_districts_v" USING btree ("snapshot");
  CREATE INDEX "_districts_v_published_locale_idx" ON "_districts_v" USING btree ("published_locale");
  CREATE INDEX "_districts_v_latest_idx" ON "_districts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_districts_v_locales_locale_parent_id_unique" ON "_districts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_support_resources_id_idx" ON "payload_locked_documents_rels" USING btree ("support_resources_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_council_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("council_meetings_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_districts_id_idx" ON "payload_locked_documents_rels" USING btree ("districts_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "support_resources_audiences" CASCADE;
  DROP TABLE "support_resources_opening_hours" CASCADE;
  DROP TABLE "support_resources" CASCADE;
  DROP TABLE "support_resources_locales" CASCADE;
  DROP TABLE "support_resources_texts" CASCADE;
  DROP TABLE "support_resources_rels" CASCADE;
  DROP TABLE "_support_resources_v_version_audiences" CASCADE;
  DROP TABLE "_support_resources_v_version_opening_hours" CASCADE;
  DROP TABLE "_support_resources_v" CASCADE;
  DROP TABLE "_support_resources_v_locales" CASCADE;
  DROP TABLE "_support_resources_v_texts" CASCADE;
  DROP TABLE "_support_resources_v_rels" CASCADE;
  DROP TABLE "organisations_contact_persons" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP TABLE "organisations_rels" CASCADE;
  DROP TABLE "_organisations_v_version_contact_persons" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "_organisations_v_locales" CASCADE;
  DROP TABLE "_organisations_v_rels" CASCADE;
  DROP TABLE "council_meetings" CASCADE;
  DROP TABLE "council_meetings_locales" CASCADE;
  DROP TABLE "council_meetings_rels" CASCADE;
  DROP TABLE "_council_meetings_v" CASCADE;
  DROP TABLE "_council_meetings_v_locales" CASCADE;
  DROP TABLE "_council_meetings_v_rels" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "trainings_locales" CASCADE;
  DROP TABLE "_trainings_v" CASCADE;
  DROP TABLE "_trainings_v_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "districts" CASCADE;
  DROP TABLE "districts_locales" CASCADE;
  DROP TABLE "_districts_v" CASCADE;
  DROP TABLE "_districts_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_support_resources_audiences";
  DROP TYPE "public"."enum_support_resources_opening_hours_weekday";
  DROP TYPE "public"."enum_support_resources_visibility";
  DROP TYPE "public"."enum_support_resources_prevention_level";
  DROP TYPE "public"."enum_support_resources_status";
  DROP TYPE "public"."enum__support_resources_v_version_audiences";
  DROP TYPE "public"."enum__support_resources_v_version_opening_hours_weekday";
  DROP TYPE "public"."enum__support_resources_v_version_visibility";
  DROP TYPE "public"."enum__support_resources_v_version_prevention_level";
  DROP TYPE "public"."enum__support_resources_v_version_status";
  DROP TYPE "public"."enum__support_resources_v_published_locale";
  DROP TYPE "public"."enum_organisations_visibility";
  DROP TYPE "public"."enum_organisations_kind";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_visibility";
  DROP TYPE "public"."enum__organisations_v_version_kind";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum__organisations_v_published_locale";
  DROP TYPE "public"."enum_council_meetings_meeting_status";
  DROP TYPE "public"."enum_council_meetings_minutes_visibility";
  DROP TYPE "public"."enum_council_meetings_status";
  DROP TYPE "public"."enum__council_meetings_v_version_meeting_status";
  DROP TYPE "public"."enum__council_meetings_v_version_minutes_visibility";
  DROP TYPE "public"."enum__council_meetings_v_version_status";
  DROP TYPE "public"."enum__council_meetings_v_published_locale";
  DROP TYPE "public"."enum_trainings_visibility";
  DROP TYPE "public"."enum_trainings_audience";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum__trainings_v_version_visibility";
  DROP TYPE "public"."enum__trainings_v_version_audience";
  DROP TYPE "public"."enum__trainings_v_version_status";
  DROP TYPE "public"."enum__trainings_v_published_locale";
  DROP TYPE "public"."enum_pages_visibility";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_visibility";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_districts_status";
  DROP TYPE "public"."enum__districts_v_version_status";
  DROP TYPE "public"."enum__districts_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
