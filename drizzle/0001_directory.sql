CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"actor_person_id" uuid,
	"channel" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_action_valid" CHECK ("audit_log"."action" in ('create', 'update', 'delete'))
);
--> statement-breakpoint
CREATE TABLE "role_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"requested_role" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_requests_status_valid" CHECK ("role_requests"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "industry_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"occupation_title" text NOT NULL,
	"soc_code" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"openings_per_year" integer,
	"time_frame" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industry_needs_soc_code_format" CHECK ("industry_needs"."soc_code" is null or "industry_needs"."soc_code" ~ '^[0-9]{2}-[0-9]{4}$'),
	CONSTRAINT "industry_needs_openings_not_negative" CHECK ("industry_needs"."openings_per_year" is null or "industry_needs"."openings_per_year" >= 0)
);
--> statement-breakpoint
CREATE TABLE "labor_market_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"occupation_title" text NOT NULL,
	"soc_code" text,
	"career_cluster" text,
	"employment" integer,
	"annual_openings" integer,
	"growth_percent" numeric(7, 2),
	"median_wage" numeric(12, 2),
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labor_market_figures_soc_code_format" CHECK ("labor_market_figures"."soc_code" is null or "labor_market_figures"."soc_code" ~ '^[0-9]{2}-[0-9]{4}$'),
	CONSTRAINT "labor_market_figures_counts_not_negative" CHECK (("labor_market_figures"."employment" is null or "labor_market_figures"."employment" >= 0) and ("labor_market_figures"."annual_openings" is null or "labor_market_figures"."annual_openings" >= 0)),
	CONSTRAINT "labor_market_figures_wage_not_negative" CHECK ("labor_market_figures"."median_wage" is null or "labor_market_figures"."median_wage" >= 0)
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"campus_id" uuid NOT NULL,
	"name" text NOT NULL,
	"career_cluster" text NOT NULL,
	"cip_code" text,
	"soc_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"lowest_grade" smallint,
	"highest_grade" smallint,
	"enrollment" integer,
	"certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"wbl_offered" text[] DEFAULT '{}'::text[] NOT NULL,
	"wbl_missing" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_name_not_blank" CHECK (length(trim("programs"."name")) > 0),
	CONSTRAINT "programs_cip_code_format" CHECK ("programs"."cip_code" is null or "programs"."cip_code" ~ '^[0-9]{2}\.[0-9]{4}$'),
	CONSTRAINT "programs_grades_valid" CHECK (("programs"."lowest_grade" is null or "programs"."lowest_grade" between 6 and 12) and ("programs"."highest_grade" is null or "programs"."highest_grade" between 6 and 12) and ("programs"."lowest_grade" is null or "programs"."highest_grade" is null or "programs"."lowest_grade" <= "programs"."highest_grade")),
	CONSTRAINT "programs_enrollment_not_negative" CHECK ("programs"."enrollment" is null or "programs"."enrollment" >= 0),
	CONSTRAINT "programs_wbl_offered_valid" CHECK ("programs"."wbl_offered" <@ array['internship', 'apprenticeship', 'mentorship', 'job_shadow', 'facility_tour', 'guest_speaker', 'equipment_donation']::text[]),
	CONSTRAINT "programs_wbl_missing_valid" CHECK ("programs"."wbl_missing" <@ array['internship', 'apprenticeship', 'mentorship', 'job_shadow', 'facility_tour', 'guest_speaker', 'equipment_donation']::text[])
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "size" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "zip" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "latitude" numeric(9, 6);--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "longitude" numeric(9, 6);--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "contact_stale_after_days" integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "teams_user_id" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requests" ADD CONSTRAINT "role_requests_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requests" ADD CONSTRAINT "role_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requests" ADD CONSTRAINT "role_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requests" ADD CONSTRAINT "role_requests_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_needs" ADD CONSTRAINT "industry_needs_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "industry_needs" ADD CONSTRAINT "industry_needs_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_market_figures" ADD CONSTRAINT "labor_market_figures_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_campus_id_organizations_id_fk" FOREIGN KEY ("campus_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("partnership_id","entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_requests_one_pending_key" ON "role_requests" USING btree ("person_id") WHERE "role_requests"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "industry_needs_employer_occupation_key" ON "industry_needs" USING btree ("partnership_id","employer_id",lower("occupation_title"));--> statement-breakpoint
CREATE UNIQUE INDEX "labor_market_figures_occupation_source_key" ON "labor_market_figures" USING btree ("partnership_id",lower("occupation_title"),"source","as_of");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_campus_name_key" ON "programs" USING btree ("partnership_id","campus_id",lower("name"));--> statement-breakpoint
CREATE INDEX "programs_partnership_cluster_idx" ON "programs" USING btree ("partnership_id","career_cluster");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_partnership_email_key" ON "people" USING btree ("partnership_id",lower("email")) WHERE "people"."email" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "people_partnership_teams_user_key" ON "people" USING btree ("partnership_id","teams_user_id");--> statement-breakpoint
CREATE INDEX "people_organization_idx" ON "people" USING btree ("organization_id");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_size_valid" CHECK ("organizations"."size" is null or "organizations"."size" in ('1-9', '10-49', '50-249', '250-999', '1000+'));--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_zip_format" CHECK ("organizations"."zip" is null or "organizations"."zip" ~ '^[0-9]{5}$');--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_coordinates_valid" CHECK (("organizations"."latitude" is null) = ("organizations"."longitude" is null) and ("organizations"."latitude" is null or ("organizations"."latitude" between -90 and 90 and "organizations"."longitude" between -180 and 180)));