import { z } from 'zod';

const optionSchema = z.object({
  text: z.object({ type: z.string(), text: z.string(), emoji: z.boolean().optional() }),
  value: z.string(),
  description: z.unknown().optional(),
});

const enteredValueSchema = z.union([
  z.string(),
  z.array(z.string()),
  optionSchema,
  z.array(optionSchema),
  z.null(),
]);

const enteredValuesSchema = z.record(z.string(), z.record(z.string(), enteredValueSchema));

const surfaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), channelId: z.string(), ts: z.string() }),
  z.object({ kind: z.literal('ephemeral'), channelId: z.string(), messageTs: z.string() }),
  z.object({ kind: z.literal('view'), viewId: z.string() }),
]);

const userId = z.string().min(1, 'userId is missing');

/** Bodies of the JSON endpoints the page calls, checked before anything reaches the app. */
export const pageRequests = {
  command: z.object({
    userId,
    channelId: z.string().min(1, 'channelId is missing'),
    text: z.string().trim().startsWith('/', 'a slash command starts with "/"'),
  }),
  blockAction: z.object({
    userId,
    surface: surfaceSchema,
    blockId: z.string(),
    actionId: z.string(),
    value: enteredValueSchema.optional(),
    values: enteredValuesSchema.optional(),
  }),
  blockSuggestion: z.object({
    userId,
    surface: surfaceSchema,
    blockId: z.string(),
    actionId: z.string(),
    value: z.string(),
  }),
  viewSubmission: z.object({ userId, viewId: z.string(), values: enteredValuesSchema.optional() }),
  viewClosed: z.object({ userId, viewId: z.string() }),
  homeOpened: z.object({ userId }),
  state: z.object({ userId, channelId: z.string().optional() }),
};

/** Returns the problems of a rejected request in one line, such as `text: a slash command…`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}
