CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"recipient" text NOT NULL,
	"status" text DEFAULT 'claimed' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"channel_id" text,
	"message_ts" text,
	"claimed_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "deliveries_kind_valid" CHECK ("deliveries"."kind" in ('channel_digest', 'role_digest', 'event_reminder', 'action_item_reminder', 'follow_up_nudge')),
	CONSTRAINT "deliveries_status_valid" CHECK ("deliveries"."status" in ('claimed', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "delivery_preferences" (
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"off" boolean DEFAULT false NOT NULL,
	"snoozed_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_figures" (
	"partnership_id" uuid NOT NULL,
	"period" text NOT NULL,
	"figures" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "digest_channel_id" text;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "digest_weekday" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "digest_time" text DEFAULT '08:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "week_starts_on" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_preferences" ADD CONSTRAINT "delivery_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_figures" ADD CONSTRAINT "digest_figures_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_once_key" ON "deliveries" USING btree ("partnership_id","kind","period","recipient");--> statement-breakpoint
CREATE INDEX "deliveries_retry_idx" ON "deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_preferences_person_kind_key" ON "delivery_preferences" USING btree ("person_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "digest_figures_period_key" ON "digest_figures" USING btree ("partnership_id","period");