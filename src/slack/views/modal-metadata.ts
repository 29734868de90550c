import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * Context a modal carries from the command that opened it: the partnership's time zone for reading
 * dates before any database call, the channel for the confirmation, and the record being edited.
 */
const modalMetadataSchema = z.object({
  timeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone))
    .default('America/Chicago'),
  channelId: z.string().optional(),
  /**
   * The record an edit form changes; add forms have none. Any string is kept, so that a
   * malformed id is reported as a missing record instead of turning the edit into an add.
   */
  recordId: z.string().optional(),
});

export type ModalMetadata = z.infer<typeof modalMetadataSchema>;

export function encodeModalMetadata(metadata: ModalMetadata): string {
  return JSON.stringify(metadata);
}

/** Reads a modal's private_metadata; anything unreadable gives the defaults. */
export function decodeModalMetadata(privateMetadata: string | undefined): ModalMetadata {
  try {
    return modalMetadataSchema.parse(JSON.parse(privateMetadata || '{}'));
  } catch {
    return modalMetadataSchema.parse({});
  }
}
