import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';

/** One CSV record with the file line on which it starts (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvDelimiter = ',' | ';';

/** How many bytes of the file are read to find the header line and its delimiter. */
const HEADER_SAMPLE_BYTES = 64 * 1024;

/**
 * Picks `;` or `,` by counting both outside quotes on the first non-blank line. Ties go to `,`.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;

  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === ',') commas += 1;
    else if (!quoted && character === ';') semicolons += 1;
  }

  return semicolons > commas ? ';' : ',';
}

/** Reads the start of a file and returns its first non-blank line, without a byte-order mark. */
export async function readHeaderLine(filePath: string): Promise<string> {
  const file = await open(filePath, 'r');

  try {
    const buffer = Buffer.alloc(HEADER_SAMPLE_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEADER_SAMPLE_BYTES, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');

    return text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  } finally {
    await file.close();
  }
}

/**
 * Streams the records of a CSV file, header included, skipping blank lines. Each record carries
 * the line where it starts, which differs from csv-parse's end line when a quoted cell spans lines.
 */
export async function* readCsvRecords(
  filePath: string,
  delimiter: CsvDelimiter,
): AsyncGenerator<CsvRecord> {
  // csv-parse 7.0.3 counts a CRLF inside a quoted cell as two lines, so later line numbers drift.
  // Turning CRLF into LF first keeps the count exact.
  const parser = createReadStream(filePath)
    .pipe(crlfToLf())
    .pipe(
      parse({
        bom: true,
        delimiter,
        info: true,
        skip_empty_lines: true,
        relax_column_count: true,
      }),
    );

  for await (const parsed of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    const newlinesInside = parsed.record.reduce((sum, cell) => sum + countLineBreaks(cell), 0);

    yield { line: parsed.info.lines - newlinesInside, cells: parsed.record };
  }
}

function countLineBreaks(cell: string): number {
  return cell.match(/\r\n|\n|\r/g)?.length ?? 0;
}

const CR = 0x0d;
const LF = 0x0a;

/** Drops each CR byte that comes right before an LF, holding a chunk's final CR for the next. */
function crlfToLf(): Transform {
  let heldCr = false;

  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      const input = heldCr ? Buffer.concat([Buffer.from([CR]), chunk]) : chunk;
      heldCr = input.length > 0 && input[input.length - 1] === CR;
      const end = heldCr ? input.length - 1 : input.length;
      const output = Buffer.allocUnsafe(end);
      let length = 0;

      for (let index = 0; index < end; index += 1) {
        const byte = input[index] as number;

        if (byte === CR && input[index + 1] === LF) continue;
        output[length] = byte;
        length += 1;
      }

      callback(null, output.subarray(0, length));
    },
    flush(callback: TransformCallback) {
      callback(null, heldCr ? Buffer.from([CR]) : null);
    },
  });
}
