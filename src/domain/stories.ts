import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { PersonRole } from '../db/schema/index.js';
import { organizations, people, programs, successStories } from '../db/schema/index.js';
import type { AccessDecision } from './access.js';
import { roleLabels } from './access.js';
import { recordChange } from './audit.js';
import { ValidationError } from './errors.js';
import { isUuid } from './record-owners.js';
import type { Parsed } from './validation.js';
import { parseForm, requiredText } from './validation.js';

export const STORY_TITLE_MAX = 150;
export const STORY_TEXT_MAX = 3000;
/** Maximum number of organizations, and of programs, that one story names. */
export const STORY_LINKS_MAX = 20;

export type StoryStatus = 'pending' | 'approved' | 'rejected';
export type StoryDecision = 'approved' | 'rejected';

/** Field names of the story form; the Slack modal maps them to its block ids. */
export const storyFields = {
  title: 'title',
  story: 'story',
  organizationIds: 'organizationIds',
  programIds: 'programIds',
} as const;

export interface StoryForm {
  title: string;
  story: string;
  organizationIds: string[];
  programIds: string[];
}

export interface Story {
  id: string;
  partnershipId: string;
  title: string;
  story: string;
  status: StoryStatus;
  organizations: Array<{ id: string; name: string }>;
  programs: Array<{ id: string; name: string }>;
  submittedBy: { id: string; name: string; slackUserId: string | null } | null;
  decidedBy: { id: string; name: string } | null;
  decidedAt: Date | null;
  createdAt: Date;
}

function idList(label: string) {
  return z
    .array(z.string())
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])])
    .refine((ids) => ids.every(isUuid), `Choose ${label} from the list.`)
    .refine(
      (ids) => ids.length <= STORY_LINKS_MAX,
      `Choose at most ${STORY_LINKS_MAX} ${label}; keep the ones the story is about.`,
    );
}

const storyFormSchema = z.object({
  [storyFields.title]: requiredText('Title', STORY_TITLE_MAX),
  [storyFields.story]: requiredText('Story', STORY_TEXT_MAX, { multiline: true }),
  [storyFields.organizationIds]: idList('organizations'),
  [storyFields.programIds]: idList('programs'),
});

/** Reads the story form's values, keyed by storyFields, into a story or field errors. */
export function parseStoryForm(form: Record<string, unknown>): Parsed<StoryForm> {
  return parseForm(storyFormSchema, form) as Parsed<StoryForm>;
}

/** Everyone but viewers may submit a success story; a convener approves it before it is shared. */
export function mayTellStory(role: PersonRole): AccessDecision {
  if (role !== 'viewer') return { allowed: true };

  return {
    allowed: false,
    reason: `Your role (${roleLabels[role]}) can read Bridge but not submit success stories. Ask the convener for a role with \`/bridge join\`.`,
  };
}

/**
 * Stores a success story as pending, for a convener to approve. Throws ValidationError, keyed
 * by storyFields, when an organization or program is not in the partnership.
 */
export async function submitStory(
  db: Database,
  input: { partnershipId: string; personId: string; role: PersonRole; form: StoryForm },
): Promise<{ outcome: 'submitted'; story: Story } | { outcome: 'not_allowed'; reason: string }> {
  const decision = mayTellStory(input.role);

  if (!decision.allowed) return { outcome: 'not_allowed', reason: decision.reason };

  await checkLinks(db, input.partnershipId, input.form);

  const id = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(successStories)
      .values({ partnershipId: input.partnershipId, submittedBy: input.personId, ...input.form })
      .returning({ id: successStories.id });

    if (!inserted) throw new Error('Inserting a success story returned no row');

    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.personId,
      channel: 'slack',
      action: 'create',
      entityType: 'success_story',
      entityId: inserted.id,
      before: null,
      after: { ...input.form, status: 'pending' },
    });

    return inserted.id;
  });
  const story = await getStory(db, { partnershipId: input.partnershipId, storyId: id });

  if (!story) throw new Error(`Success story ${id} vanished after insert`);

  return { outcome: 'submitted', story };
}

async function checkLinks(db: Database, partnershipId: string, form: StoryForm): Promise<void> {
  const errors: Record<string, string> = {};

  if (form.organizationIds.length > 0) {
    const found = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(
          eq(organizations.partnershipId, partnershipId),
          inArray(organizations.id, form.organizationIds),
        ),
      );

    if (found.length !== form.organizationIds.length) {
      errors[storyFields.organizationIds] =
        'An organization you chose is no longer in this partnership. Choose again from the list.';
    }
  }

  if (form.programIds.length > 0) {
    const found = await db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.partnershipId, partnershipId), inArray(programs.id, form.programIds)));

    if (found.length !== form.programIds.length) {
      errors[storyFields.programIds] =
        'A program you chose is no longer in this partnership. Choose again from the list.';
    }
  }

  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

export type StoryDecisionResult =
  | { outcome: 'decided' | 'already_decided'; story: Story }
  | { outcome: 'not_found' }
  | { outcome: 'not_allowed'; reason: string };

/**
 * Approves or rejects a pending story, as a convener. The first decision wins: the update only
 * applies while the story is pending, so a second click returns 'already_decided'.
 */
export async function decideStory(
  db: Database,
  input: {
    partnershipId: string;
    storyId: string;
    decider: { personId: string; role: PersonRole };
    decision: StoryDecision;
    now: Date;
  },
): Promise<StoryDecisionResult> {
  if (input.decider.role !== 'convener') {
    return {
      outcome: 'not_allowed',
      reason: `Only a convener approves or rejects success stories. Your role is ${roleLabels[input.decider.role]}.`,
    };
  }

  if (!isUuid(input.storyId)) return { outcome: 'not_found' };

  const decided = await db.transaction(async (tx) => {
    const changed = { status: input.decision, decidedBy: input.decider.personId };
    const updated = await tx
      .update(successStories)
      .set({ ...changed, decidedAt: input.now })
      .where(
        and(
          eq(successStories.id, input.storyId),
          eq(successStories.partnershipId, input.partnershipId),
          eq(successStories.status, 'pending'),
        ),
      )
      .returning({ id: successStories.id });

    if (updated.length === 0) return false;

    await recordChange(tx, {
      partnershipId: input.partnershipId,
      actorPersonId: input.decider.personId,
      channel: 'slack',
      action: 'update',
      entityType: 'success_story',
      entityId: input.storyId,
      before: { status: 'pending', decidedBy: null, decidedAt: null },
      after: { ...changed, decidedAt: input.now },
    });

    return true;
  });
  const story = await getStory(db, input);

  if (!story) return { outcome: 'not_found' };

  return { outcome: decided ? 'decided' : 'already_decided', story };
}

const submitters = alias(people, 'story_submitter');
const deciders = alias(people, 'story_decider');

/** Returns a story of the partnership with the names of what it links to, or undefined. */
export async function getStory(
  db: Database,
  input: { partnershipId: string; storyId: string },
): Promise<Story | undefined> {
  if (!isUuid(input.storyId)) return undefined;

  const [row] = await selectStories(db).where(
    and(
      eq(successStories.id, input.storyId),
      eq(successStories.partnershipId, input.partnershipId),
    ),
  );

  return row ? (await withLinks(db, [row]))[0] : undefined;
}

/**
 * Returns the partnership's stories approved at or after `since`, oldest decision first, for
 * digests and newsletters.
 */
export async function listApprovedStories(
  db: Database,
  partnershipId: string,
  since: Date,
): Promise<Story[]> {
  const rows = await selectStories(db)
    .where(
      and(
        eq(successStories.partnershipId, partnershipId),
        eq(successStories.status, 'approved'),
        gte(successStories.decidedAt, since),
      ),
    )
    .orderBy(asc(successStories.decidedAt), asc(successStories.id));

  return withLinks(db, rows);
}

function selectStories(db: Database) {
  return db
    .select({
      id: successStories.id,
      partnershipId: successStories.partnershipId,
      title: successStories.title,
      story: successStories.story,
      status: successStories.status,
      organizationIds: successStories.organizationIds,
      programIds: successStories.programIds,
      submitterId: submitters.id,
      submitterName: submitters.displayName,
      submitterSlackUserId: submitters.slackUserId,
      deciderId: deciders.id,
      deciderName: deciders.displayName,
      decidedAt: successStories.decidedAt,
      createdAt: successStories.createdAt,
    })
    .from(successStories)
    .leftJoin(submitters, eq(submitters.id, successStories.submittedBy))
    .leftJoin(deciders, eq(deciders.id, successStories.decidedBy))
    .$dynamic();
}

type StoryRow = Awaited<ReturnType<typeof selectStories>>[number];

/** Adds the names of each story's organizations and programs, in the order they were chosen. */
async function withLinks(db: Database, rows: StoryRow[]): Promise<Story[]> {
  const organizationIds = [...new Set(rows.flatMap((row) => row.organizationIds))];
  const programIds = [...new Set(rows.flatMap((row) => row.programIds))];
  const organizationNames = await namesById(db, 'organizations', organizationIds);
  const programNames = await namesById(db, 'programs', programIds);

  return rows.map((row) => ({
    id: row.id,
    partnershipId: row.partnershipId,
    title: row.title,
    story: row.story,
    status: row.status,
    organizations: named(row.organizationIds, organizationNames),
    programs: named(row.programIds, programNames),
    submittedBy:
      row.submitterId && row.submitterName
        ? { id: row.submitterId, name: row.submitterName, slackUserId: row.submitterSlackUserId }
        : null,
    decidedBy:
      row.deciderId && row.deciderName ? { id: row.deciderId, name: row.deciderName } : null,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
  }));
}

async function namesById(
  db: Database,
  table: 'organizations' | 'programs',
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();

  const source = table === 'organizations' ? organizations : programs;
  const rows = await db
    .select({ id: source.id, name: source.name })
    .from(source)
    .where(inArray(source.id, ids));

  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Pairs ids with names; an organization or program deleted since is left out. */
function named(ids: string[], names: Map<string, string>): Array<{ id: string; name: string }> {
  return ids.flatMap((id) => {
    const name = names.get(id);

    return name === undefined ? [] : [{ id, name }];
  });
}
