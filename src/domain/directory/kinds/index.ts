import type { DirectoryKind, DirectoryKindSpec } from '../import-types.js';
import { contactsSpec } from './contacts.js';
import { laborMarketSpec } from './labor-market.js';
import { needsSpec } from './needs.js';
import { organizationsSpec } from './organizations.js';
import { programsSpec } from './programs.js';

/** The import and export rules of each directory kind that the CLI offers. */
export const directoryKindSpecs: Partial<Record<DirectoryKind, DirectoryKindSpec>> = {
  organizations: organizationsSpec,
  contacts: contactsSpec,
  programs: programsSpec,
  needs: needsSpec,
  'labor-market': laborMarketSpec,
};
