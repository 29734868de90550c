/** Formats a stored value as a CSV cell: null as empty, lists joined with "; ". */
export function csvCell(value: string | number | readonly string[] | null | undefined): string {
  if (value === null || value === undefined) return '';

  if (Array.isArray(value)) return value.join('; ');

  return String(value);
}
