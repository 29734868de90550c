ALTER TABLE "meetings" ADD COLUMN "channel_id" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "message_ts" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "calendar_token" text DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_calendar_token_unique" UNIQUE("calendar_token");