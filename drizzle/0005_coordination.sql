CREATE TABLE "capacity_surveys" (
	"employer_id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"interns" integer DEFAULT 0 NOT NULL,
	"apprentices" integer DEFAULT 0 NOT NULL,
	"mentors" integer DEFAULT 0 NOT NULL,
	"job_shadows" integer DEFAULT 0 NOT NULL,
	"tour_group_size" integer DEFAULT 0 NOT NULL,
	"guest_speakers" integer DEFAULT 0 NOT NULL,
	"equipment" text,
	"seasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"career_clusters" text[] DEFAULT '{}'::text[] NOT NULL,
	"answered_by" uuid,
	"on_behalf" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "capacity_surveys_counts_not_negative" CHECK ("capacity_surveys"."interns" >= 0 and "capacity_surveys"."apprentices" >= 0 and "capacity_surveys"."mentors" >= 0 and "capacity_surveys"."job_shadows" >= 0 and "capacity_surveys"."tour_group_size" >= 0 and "capacity_surveys"."guest_speakers" >= 0),
	CONSTRAINT "capacity_surveys_seasons_valid" CHECK ("capacity_surveys"."seasons" <@ array['fall', 'winter', 'spring', 'summer']::text[])
);
--> statement-breakpoint
CREATE TABLE "committee_seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"stakeholder_group" text NOT NULL,
	"seated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_seats_group_valid" CHECK ("committee_seats"."stakeholder_group" in ('chamber', 'school_district', 'workforce_board', 'employer', 'college', 'community', 'other'))
);
--> statement-breakpoint
CREATE TABLE "employer_outreach" (
	"employer_id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"stage" text DEFAULT 'not_contacted' NOT NULL,
	"owner_person_id" uuid,
	"last_contact_on" date,
	"next_follow_up_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_outreach_stage_valid" CHECK ("employer_outreach"."stage" in ('not_contacted', 'contacted', 'interested', 'meeting_scheduled', 'partnered', 'declined', 'unresponsive'))
);
--> statement-breakpoint
CREATE TABLE "outreach_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"person_id" uuid,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"contacted_on" date NOT NULL,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outreach_contacts_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "outreach_contacts_channel_valid" CHECK ("outreach_contacts"."channel" in ('call', 'email', 'meeting', 'note')),
	CONSTRAINT "outreach_contacts_summary_not_blank" CHECK (length(trim("outreach_contacts"."summary")) > 0)
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"owner_person_id" uuid,
	"status" text DEFAULT 'not_started' NOT NULL,
	"due_on" date,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_tasks_phase_valid" CHECK ("plan_tasks"."phase" in ('establishment', 'alignment_of_needs', 'program_development', 'rollout_and_scaling', 'continuous_improvement', 'communication_strategy')),
	CONSTRAINT "plan_tasks_status_valid" CHECK ("plan_tasks"."status" in ('not_started', 'in_progress', 'done', 'blocked')),
	CONSTRAINT "plan_tasks_title_not_blank" CHECK (length(trim("plan_tasks"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "success_stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"story" text NOT NULL,
	"organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"program_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"submitted_by" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "success_stories_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "success_stories_status_valid" CHECK ("success_stories"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "success_stories_title_not_blank" CHECK (length(trim("success_stories"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "event_booths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"program_id" uuid,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_booths_one_holder" CHECK (("event_booths"."program_id" is null) <> ("event_booths"."organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "event_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_feedback_rating_valid" CHECK ("event_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"meeting_id" uuid,
	"owner_person_id" uuid NOT NULL,
	"description" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_status_valid" CHECK ("action_items"."status" in ('open', 'done')),
	CONSTRAINT "action_items_description_not_blank" CHECK (length(trim("action_items"."description")) > 0)
);
--> statement-breakpoint
CREATE TABLE "employer_handoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"district_id" uuid,
	"sent_to_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_invitees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid,
	"response" text DEFAULT 'pending' NOT NULL,
	"responded_at" timestamp with time zone,
	"channel_id" text,
	"message_ts" text,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_invitees_response_valid" CHECK ("meeting_invitees"."response" in ('pending', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "meeting_outcomes" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"attendee_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"summary" text NOT NULL,
	"decisions" text,
	"employer_id" uuid,
	"employer_stage" text,
	"source_message" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"district_id" uuid,
	"created_by" uuid,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "meetings_times_ordered" CHECK ("meetings"."ends_at" > "meetings"."starts_at"),
	CONSTRAINT "meetings_title_not_blank" CHECK (length(trim("meetings"."title")) > 0),
	CONSTRAINT "meetings_kind_valid" CHECK ("meetings"."kind" in ('steering_committee', 'introduction', 'employer_alignment', 'educator_session', 'other'))
);
--> statement-breakpoint
CREATE TABLE "equipment_donations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"program_id" uuid,
	"request_id" uuid,
	"description" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"delivered_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_donations_quantity_positive" CHECK ("equipment_donations"."quantity" > 0),
	CONSTRAINT "equipment_donations_status_valid" CHECK ("equipment_donations"."status" in ('offered', 'accepted', 'scheduled', 'delivered', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "request_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"sent_by" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_offers_status_valid" CHECK ("request_offers"."status" in ('pending', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "wbl_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"requester_person_id" uuid,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"details" text NOT NULL,
	"group_size" integer,
	"needed_by" date,
	"status" text DEFAULT 'open' NOT NULL,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wbl_requests_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "wbl_requests_kind_valid" CHECK ("wbl_requests"."kind" in ('guest_speaker', 'facility_tour', 'mentor', 'equipment')),
	CONSTRAINT "wbl_requests_status_valid" CHECK ("wbl_requests"."status" in ('open', 'sent', 'accepted', 'fulfilled', 'cancelled')),
	CONSTRAINT "wbl_requests_group_positive" CHECK ("wbl_requests"."group_size" is null or "wbl_requests"."group_size" > 0)
);
--> statement-breakpoint
ALTER TABLE "rsvps" DROP CONSTRAINT "rsvps_status_valid";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "feedback_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rsvps" ADD COLUMN "waitlisted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rsvps" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "is_pilot" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "meeting_response_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "capacity_surveys" ADD CONSTRAINT "capacity_surveys_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_surveys" ADD CONSTRAINT "capacity_surveys_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_surveys" ADD CONSTRAINT "capacity_surveys_answered_by_people_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_seats" ADD CONSTRAINT "committee_seats_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_seats" ADD CONSTRAINT "committee_seats_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_seats" ADD CONSTRAINT "committee_seats_seated_by_people_id_fk" FOREIGN KEY ("seated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_outreach" ADD CONSTRAINT "employer_outreach_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_outreach" ADD CONSTRAINT "employer_outreach_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_outreach" ADD CONSTRAINT "employer_outreach_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_contacts" ADD CONSTRAINT "outreach_contacts_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_contacts" ADD CONSTRAINT "outreach_contacts_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_contacts" ADD CONSTRAINT "outreach_contacts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_stories" ADD CONSTRAINT "success_stories_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_booths" ADD CONSTRAINT "event_booths_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_booths" ADD CONSTRAINT "event_booths_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_booths" ADD CONSTRAINT "event_booths_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_handoffs" ADD CONSTRAINT "employer_handoffs_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_handoffs" ADD CONSTRAINT "employer_handoffs_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_handoffs" ADD CONSTRAINT "employer_handoffs_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_handoffs" ADD CONSTRAINT "employer_handoffs_district_id_organizations_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_handoffs" ADD CONSTRAINT "employer_handoffs_sent_to_person_id_people_id_fk" FOREIGN KEY ("sent_to_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitees" ADD CONSTRAINT "meeting_invitees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_district_id_organizations_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_donations" ADD CONSTRAINT "equipment_donations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_donations" ADD CONSTRAINT "equipment_donations_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_donations" ADD CONSTRAINT "equipment_donations_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_donations" ADD CONSTRAINT "equipment_donations_request_id_wbl_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."wbl_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_donations" ADD CONSTRAINT "equipment_donations_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_offers" ADD CONSTRAINT "request_offers_request_id_wbl_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."wbl_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_offers" ADD CONSTRAINT "request_offers_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_offers" ADD CONSTRAINT "request_offers_sent_by_people_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_offers" ADD CONSTRAINT "request_offers_responded_by_people_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wbl_requests" ADD CONSTRAINT "wbl_requests_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wbl_requests" ADD CONSTRAINT "wbl_requests_requester_person_id_people_id_fk" FOREIGN KEY ("requester_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wbl_requests" ADD CONSTRAINT "wbl_requests_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capacity_surveys_partnership_idx" ON "capacity_surveys" USING btree ("partnership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_seats_person_key" ON "committee_seats" USING btree ("partnership_id","person_id");--> statement-breakpoint
CREATE INDEX "employer_outreach_partnership_stage_idx" ON "employer_outreach" USING btree ("partnership_id","stage");--> statement-breakpoint
CREATE INDEX "outreach_contacts_employer_idx" ON "outreach_contacts" USING btree ("employer_id","contacted_on");--> statement-breakpoint
CREATE INDEX "plan_tasks_partnership_phase_idx" ON "plan_tasks" USING btree ("partnership_id","phase","position");--> statement-breakpoint
CREATE INDEX "plan_tasks_owner_idx" ON "plan_tasks" USING btree ("owner_person_id");--> statement-breakpoint
CREATE INDEX "success_stories_partnership_status_idx" ON "success_stories" USING btree ("partnership_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "event_booths_program_key" ON "event_booths" USING btree ("event_id","program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_booths_organization_key" ON "event_booths" USING btree ("event_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_feedback_person_key" ON "event_feedback" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE INDEX "action_items_owner_status_idx" ON "action_items" USING btree ("owner_person_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "employer_handoffs_meeting_employer_key" ON "employer_handoffs" USING btree ("meeting_id","employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitees_person_key" ON "meeting_invitees" USING btree ("meeting_id","person_id");--> statement-breakpoint
CREATE INDEX "meeting_invitees_person_idx" ON "meeting_invitees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "meetings_partnership_starts_idx" ON "meetings" USING btree ("partnership_id","starts_at");--> statement-breakpoint
CREATE INDEX "equipment_donations_partnership_status_idx" ON "equipment_donations" USING btree ("partnership_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "request_offers_request_employer_key" ON "request_offers" USING btree ("request_id","employer_id");--> statement-breakpoint
CREATE INDEX "wbl_requests_partnership_status_idx" ON "wbl_requests" USING btree ("partnership_id","status");--> statement-breakpoint
CREATE INDEX "rsvps_event_waitlist_idx" ON "rsvps" USING btree ("event_id","waitlisted_at");--> statement-breakpoint
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_status_valid" CHECK ("rsvps"."status" in ('going', 'maybe', 'not_going', 'waitlisted'));