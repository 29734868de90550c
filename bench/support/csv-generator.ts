import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

const sizes = ['1-9', '10-49', '50-249', '250-999', '1000+'];
const naicsCodes = ['236220', '311812', '332710', '423830', '484121', '541511', '622110', '722511'];
const zips = ['78701', '78741', '78613', '78660', '78664', '78745', '76574', '78626'];

/** Writes lines to a file, waiting for the stream to drain so memory stays flat. */
async function writeLines(
  filePath: string,
  header: string,
  line: (index: number) => string,
  rows: number,
) {
  const file = createWriteStream(filePath);

  file.write(`${header}\n`);

  for (let index = 0; index < rows; index += 1) {
    if (!file.write(`${line(index)}\n`)) await once(file, 'drain');
  }

  file.end();
  await finished(file);
}

export function employerName(index: number): string {
  return `Employer ${String(index).padStart(6, '0')}`;
}

/** Writes `rows` employers with NAICS codes, sizes, quoted addresses and ZIP codes. */
export function writeOrganizationsCsv(filePath: string, rows: number): Promise<void> {
  return writeLines(
    filePath,
    'kind,name,naics_code,size,address,zip',
    (index) =>
      [
        'employer',
        employerName(index),
        naicsCodes[index % naicsCodes.length],
        sizes[index % sizes.length],
        `"${100 + (index % 900)} Main St, Suite ${index % 50}"`,
        zips[index % zips.length],
      ].join(','),
    rows,
  );
}

/** Writes `rows` contacts spread over the first `employers` employers. */
export function writeContactsCsv(filePath: string, rows: number, employers: number): Promise<void> {
  return writeLines(
    filePath,
    'name,organization,organization_kind,title,email,phone,role',
    (index) =>
      [
        `Contact ${index}`,
        employerName(index % employers),
        'employer',
        'HR manager',
        `contact.${index}@example.org`,
        `512-555-${String(index % 10_000).padStart(4, '0')}`,
        'employer',
      ].join(','),
    rows,
  );
}
