import { parseArgs } from 'node:util';
import type { DirectoryKindSpec } from '../domain/directory/import-types.js';
import { directoryKindSpecs } from '../domain/directory/kinds/index.js';
import { UsageError } from './usage.js';

interface CommonOptions {
  partnership: string | undefined;
}

/** A command line after parsing and checking. */
export type CliCommand =
  | { name: 'help' }
  | { name: 'partnerships' }
  | (CommonOptions & {
      name: 'import';
      spec: DirectoryKindSpec;
      filePath: string;
      dryRun: boolean;
      allOrNothing: boolean;
    })
  | (CommonOptions & { name: 'export'; spec: DirectoryKindSpec; outputPath: string | undefined });

const options = {
  partnership: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'all-or-nothing': { type: 'boolean', default: false },
  output: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** Parses the arguments after `bridge`. Throws UsageError naming the invalid argument. */
export function parseCliArguments(argv: string[]): CliCommand {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>
  >;

  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }

  const { values, positionals } = parsed;
  const [command, kind, filePath, ...rest] = positionals;

  if (values.help || command === undefined || command === 'help') return { name: 'help' };

  if (command === 'partnerships') {
    expectNoMore(positionals.slice(1));
    return { name: 'partnerships' };
  }

  if (command !== 'import' && command !== 'export') {
    throw new UsageError(`Unknown command "${command}". Use import, export or partnerships`);
  }

  const spec = findSpec(kind);
  const partnership = values.partnership;

  if (command === 'export') {
    expectNoMore(positionals.slice(2));
    rejectFlags(values, ['dry-run', 'all-or-nothing'], 'export');
    return { name: 'export', spec, partnership, outputPath: values.output };
  }

  if (filePath === undefined) throw new UsageError('Missing the CSV file to import');

  expectNoMore(rest);
  if (values.output !== undefined) throw new UsageError('--output is for export, not import');

  return {
    name: 'import',
    spec,
    partnership,
    filePath,
    dryRun: values['dry-run'],
    allOrNothing: values['all-or-nothing'],
  };
}

function findSpec(kind: string | undefined): DirectoryKindSpec {
  const spec =
    kind === undefined ? undefined : directoryKindSpecs[kind as keyof typeof directoryKindSpecs];

  if (!spec) {
    const kinds = Object.keys(directoryKindSpecs).join(', ');
    throw new UsageError(
      kind === undefined
        ? `Missing the kind; use one of: ${kinds}`
        : `Unknown kind "${kind}"; use one of: ${kinds}`,
    );
  }

  return spec;
}

function expectNoMore(extra: string[]) {
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra.join(' ')}"`);
}

function rejectFlags(values: Record<string, unknown>, flags: string[], command: string) {
  const given = flags.filter((flag) => values[flag] === true);

  if (given.length > 0)
    throw new UsageError(`--${given.join(', --')} is not an option of ${command}`);
}
