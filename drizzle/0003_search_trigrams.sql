-- Trigram indexes make `/bridge find` typo-tolerant; PGlite loads the same extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organizations_name_trgm_idx" ON "organizations" USING gin (lower("name") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_display_name_trgm_idx" ON "people" USING gin (lower("display_name") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "programs_name_trgm_idx" ON "programs" USING gin (lower("name") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "opportunities_title_trgm_idx" ON "opportunities" USING gin (lower("title") gin_trgm_ops);
