import { describe, expect, it } from 'vitest';
import { formatImportReport } from '../../../src/cli/report-text.js';
import type { ImportReport } from '../../../src/domain/directory/import-types.js';

function report(changes: Partial<ImportReport>): ImportReport {
  return {
    kind: 'organizations',
    counts: { created: 2, updated: 1, unchanged: 0, rejected: 1 },
    errors: [{ line: 3, column: 'kind', message: '"emplyer" is not one of: employer' }],
    omittedErrors: 0,
    ignoredColumns: [],
    missingColumns: [],
    written: true,
    ...changes,
  };
}

describe('formatImportReport', () => {
  it('counts written rows as done', () => {
    const lines = formatImportReport(report({}), { dryRun: false });

    expect(lines[0]).toBe('organizations: 2 created, 1 updated, 0 unchanged, 1 rejected');
  });

  it('counts rolled-back rows as would-be changes', () => {
    const lines = formatImportReport(report({ written: false }), { dryRun: false });

    expect(lines[0]).toBe(
      'organizations: 2 would be created, 1 would be updated, 0 unchanged, 1 rejected',
    );
    expect(lines[1]).toBe('nothing was written because 1 row was rejected (--all-or-nothing)');
  });

  it('counts several rejected rows', () => {
    const counts = { created: 0, updated: 0, unchanged: 0, rejected: 3 };
    const lines = formatImportReport(report({ counts, written: false }), { dryRun: false });

    expect(lines[1]).toBe('nothing was written because 3 rows were rejected (--all-or-nothing)');
  });

  it('says a dry run wrote nothing', () => {
    const lines = formatImportReport(report({ written: false }), { dryRun: true });

    expect(lines[0]).toContain('2 would be created');
    expect(lines[1]).toBe('dry run: nothing was written');
  });
});
