import { directoryKindSpecs } from '../domain/directory/kinds/index.js';

/** An invalid command line. The CLI prints it with the usage and exits with code 2. */
export class UsageError extends Error {
  readonly code = 'bridge_cli_usage';
}

/** Builds the help text, listing the columns each kind reads. */
export function usageText(): string {
  const kinds = Object.values(directoryKindSpecs).flatMap((spec) => {
    const columns = spec.columns.map((column) =>
      column.required ? `${column.name}*` : column.name,
    );

    return wrap(`  ${spec.kind.padEnd(14)} `, columns);
  });

  return [
    'Usage: npm run bridge -- <command> [options]',
    '',
    'Commands:',
    '  import <kind> <file.csv>  Create or update rows from a CSV file',
    '  export <kind>             Write the rows as CSV that import reads back unchanged',
    '  partnerships              List the partnerships in the database',
    '',
    'Options:',
    '  --partnership <name|id>   Partnership to use; required when the database has several',
    '  --dry-run                 (import) Report what would change and write nothing',
    '  --all-or-nothing          (import) Write nothing when any row is rejected',
    '  --output <file>           (export) File to write; standard output without it',
    '  --help                    Show this help',
    '',
    'Kinds and their columns (* required; header names ignore case, order, spaces, - and _):',
    ...kinds,
    '',
    'Values: kind is one of chamber, school_district, campus, workforce_board, employer, college,',
    'community_organization. size is 1-9, 10-49, 50-249, 250-999 or 1000+. zip has 5 digits and',
    'fills latitude and longitude when both are empty. naics_code has 2 to 6 digits of a 2022 NAICS',
    'sector. district, organization, campus and employer name an organization imported before or',
    'on an earlier line of the same file.',
    'career_cluster is a 2024 cluster, or an older cluster name that maps to one 2024 cluster.',
    'cip_code is like 51.3901, SOC codes like 15-1252 and as_of like 2026-01-31. median_wage and',
    'growth_percent take up to 2 decimals.',
    'Text cells take as many characters as the Slack forms (150 for a name) and no control',
    'characters; only an address may keep line breaks. role must fit the kind of the organization,',
    'such as employer for an employer; a blank role keeps the role a stored contact has.',
    '',
    'The delimiter is "," or ";", detected from the header line. List cells such as soc_codes,',
    'skills, certifications, wbl_offered and wbl_missing separate items with ";" or "|".',
    'The database is DATABASE_URL when set, otherwise PGlite in BRIDGE_DATA_DIR (default .bridge).',
    '',
    'Exit codes: 0 when every row is imported, 1 when rows are rejected, required columns are',
    'missing or the database fails, 2 for usage errors such as an unknown kind or unreadable file.',
  ].join('\n');
}

/** Joins the column names after a label, wrapping lines at 100 characters. */
function wrap(label: string, names: string[]): string[] {
  const lines: string[] = [];
  let line = label;

  for (const [index, name] of names.entries()) {
    const piece = index < names.length - 1 ? `${name}, ` : name;

    if (line.length + piece.length > 100 && line.length > label.length) {
      lines.push(line.trimEnd());
      line = ' '.repeat(label.length);
    }

    line += piece;
  }

  return [...lines, line];
}
