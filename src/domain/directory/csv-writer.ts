import type { Writable } from 'node:stream';
import type { DirectoryKindSpec, ImportScope } from './import-types.js';

/** Quotes a cell when it contains a delimiter, a quote, a line break or edge spaces. */
export function escapeCsvCell(cell: string): string {
  if (!/[",;\r\n]/.test(cell) && cell.trim() === cell) return cell;

  return `"${cell.replace(/"/g, '""')}"`;
}

/**
 * Writes the partnership's rows of one kind as comma-separated CSV with a header row of the
 * columns the import reads. Returns the number of rows written.
 */
export async function writeCsvExport(
  scope: ImportScope,
  spec: DirectoryKindSpec,
  output: Writable,
): Promise<number> {
  const header = spec.columns.map((column) => column.name);
  let count = 0;

  await writeLine(output, header.map(escapeCsvCell).join(','));

  for await (const row of spec.exportRows(scope)) {
    await writeLine(output, header.map((name) => escapeCsvCell(row[name] ?? '')).join(','));
    count += 1;
  }

  return count;
}

/** Writes one line and waits for the stream to drain when its buffer is full. */
async function writeLine(output: Writable, line: string): Promise<void> {
  if (output.write(`${line}\r\n`)) return;

  await new Promise<void>((resolve, reject) => {
    output.once('drain', resolve);
    output.once('error', reject);
  });
}
