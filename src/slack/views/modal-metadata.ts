import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * Context a modal carries from the command that opened it: the partnership's time zone for reading
 * dates before any database call, and the channel for the confirmation.
 */
const modalMetadataSchema = z.object({
  timeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone))
    .default('America/Chicago'),
  channelId: z.string().optional(),
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
