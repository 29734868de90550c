import type { ImportReport, RowError } from '../domain/directory/import-types.js';

/** Formats a row error as `line 14, column zip: "7840" is not a 5-digit ZIP code`. */
export function formatRowError(error: RowError): string {
  return `line ${error.line}, column ${error.column}: ${error.message}`;
}

/** Builds the lines printed after an import: warnings, the summary, then one line per row error. */
export function formatImportReport(report: ImportReport, options: { dryRun: boolean }): string[] {
  const lines: string[] = [];

  if (report.ignoredColumns.length > 0) {
    lines.push(
      `warning: ignored columns that ${report.kind} import does not read: ${report.ignoredColumns.join(', ')}`,
    );
  }

  if (report.missingColumns.length > 0) {
    lines.push(
      `${report.kind}: the header is missing required columns: ${report.missingColumns.join(', ')}. Add them and import again; no row was read.`,
    );
    return lines;
  }

  const { created, updated, unchanged, rejected } = report.counts;
  // A dry run, and an all-or-nothing import that rolled back, only counted what would change.
  const verb = options.dryRun || !report.written ? 'would be ' : '';
  lines.push(
    `${report.kind}: ${created} ${verb}created, ${updated} ${verb}updated, ${unchanged} unchanged, ${rejected} rejected`,
  );

  if (options.dryRun) {
    lines.push('dry run: nothing was written');
  } else if (!report.written) {
    const rows = rejected === 1 ? '1 row was' : `${rejected} rows were`;
    lines.push(`nothing was written because ${rows} rejected (--all-or-nothing)`);
  }

  lines.push(...report.errors.map(formatRowError));

  if (report.omittedErrors > 0) lines.push(`… and ${report.omittedErrors} more errors`);

  return lines;
}
