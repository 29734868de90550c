-- `/bridge find` also matches contact titles and the occupation titles, skills and SOC codes of
-- industry needs, and finds opportunities through their employer.
CREATE INDEX IF NOT EXISTS "people_title_trgm_idx" ON "people" USING gin (lower("title") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "industry_needs_occupation_title_trgm_idx" ON "industry_needs" USING gin (lower("occupation_title") gin_trgm_ops);
--> statement-breakpoint
-- A need's occupation title and skills as one lowercase text, so that a search for "welder SMAW"
-- finds a need with both. array_to_string is STABLE for arrays in general, so an index cannot call
-- it directly, but for text[] its result depends on no setting, so this wrapper may be IMMUTABLE.
-- Postgres does not inline it, because its body calls a function that is not immutable, so
-- queries that call it match the index expression.
CREATE OR REPLACE FUNCTION "industry_need_search_text"(occupation_title text, skills text[])
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ select lower(occupation_title || ' ' || array_to_string(skills, ' ')) $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "industry_needs_search_text_trgm_idx" ON "industry_needs" USING gin ("industry_need_search_text"("occupation_title", "skills") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "industry_needs_partnership_soc_code_idx" ON "industry_needs" ("partnership_id", "soc_code");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "opportunities_employer_idx" ON "opportunities" ("employer_id");
