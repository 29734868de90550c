CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text,
	"capacity" integer,
	"description" text,
	"channel_id" text,
	"message_ts" text,
	"created_by" uuid,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "events_times_ordered" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_capacity_positive" CHECK ("events"."capacity" is null or "events"."capacity" > 0),
	CONSTRAINT "events_title_not_blank" CHECK (length(trim("events"."title")) > 0),
	CONSTRAINT "events_kind_valid" CHECK ("events"."kind" in ('career_fair', 'wbl_showcase', 'guest_speaker', 'facility_tour', 'educator_session', 'chamber_member_session', 'other'))
);
--> statement-breakpoint
CREATE TABLE "rsvps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rsvps_status_valid" CHECK ("rsvps"."status" in ('going', 'maybe', 'not_going'))
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"career_cluster" text NOT NULL,
	"slots" integer NOT NULL,
	"paid" boolean DEFAULT false NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"location" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "opportunities_slots_positive" CHECK ("opportunities"."slots" > 0),
	CONSTRAINT "opportunities_dates_ordered" CHECK ("opportunities"."ends_on" is null or "opportunities"."starts_on" is null or "opportunities"."ends_on" >= "opportunities"."starts_on"),
	CONSTRAINT "opportunities_title_not_blank" CHECK (length(trim("opportunities"."title")) > 0),
	CONSTRAINT "opportunities_type_valid" CHECK ("opportunities"."type" in ('internship', 'apprenticeship', 'mentorship', 'job_shadow', 'facility_tour', 'guest_speaker', 'equipment_donation', 'other')),
	CONSTRAINT "opportunities_status_valid" CHECK ("opportunities"."status" in ('open', 'filled', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"naics_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_kind_valid" CHECK ("organizations"."kind" in ('chamber', 'school_district', 'campus', 'workforce_board', 'employer', 'college', 'community_organization')),
	CONSTRAINT "organizations_name_not_blank" CHECK (length(trim("organizations"."name")) > 0),
	CONSTRAINT "organizations_naics_code_format" CHECK ("organizations"."naics_code" is null or "organizations"."naics_code" ~ '^[0-9]{2,6}$')
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"time_zone" text DEFAULT 'America/Chicago' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_teams" (
	"team_id" text PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"team_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slack_teams_team_id_not_blank" CHECK (length("slack_teams"."team_id") > 0)
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"organization_id" uuid,
	"display_name" text NOT NULL,
	"slack_user_id" text,
	"role" text DEFAULT 'viewer' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_role_valid" CHECK ("people"."role" in ('convener', 'chamber', 'district', 'employer', 'educator', 'viewer'))
);
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_teams" ADD CONSTRAINT "slack_teams_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_partnership_starts_idx" ON "events" USING btree ("partnership_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rsvps_event_person_key" ON "rsvps" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE INDEX "rsvps_person_idx" ON "rsvps" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "opportunities_partnership_status_created_idx" ON "opportunities" USING btree ("partnership_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_partnership_kind_name_key" ON "organizations" USING btree ("partnership_id","kind",lower("name"));--> statement-breakpoint
CREATE INDEX "organizations_partnership_kind_idx" ON "organizations" USING btree ("partnership_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "people_partnership_slack_user_key" ON "people" USING btree ("partnership_id","slack_user_id");