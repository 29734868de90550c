import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvRecords } from '../../src/domain/directory/csv-reader.js';
import { createCsvFolder } from './support.js';

async function readAll(filePath: string, delimiter: ',' | ';' = ',') {
  const records = [];

  for await (const record of readCsvRecords(filePath, delimiter)) records.push(record);

  return records;
}

describe('CSV reader', () => {
  let files: Awaited<ReturnType<typeof createCsvFolder>>;

  beforeAll(async () => {
    files = await createCsvFolder();
  });

  afterAll(async () => {
    await files.remove();
  });

  it('detects the delimiter outside quotes', () => {
    expect(detectDelimiter('kind;name;address')).toBe(';');
    expect(detectDelimiter('kind,name,"a;b;c"')).toBe(',');
    expect(detectDelimiter('"x,y,z";name')).toBe(';');
    expect(detectDelimiter('name')).toBe(',');
  });

  it('numbers lines across quoted line breaks', async () => {
    const file = await files.write('a,b\r\n"one\r\ntwo\r\nthree",x\r\n\r\nlast,y\r\n');

    const records = await readAll(file);

    expect(records.map((record) => record.line)).toEqual([1, 2, 6]);
    expect(records[1]?.cells[0]).toBe('one\ntwo\nthree');
  });

  it('joins a CRLF split across read chunks', async () => {
    const header = 'a,b\r\n';
    // The first row ends with \r at byte 65535 and \n at byte 65536, the start of the next chunk.
    const padding = 'p'.repeat(64 * 1024 - header.length - 3);
    const content = `${header}${padding},1\r\nnext,2\r\n`;

    const records = await readAll(await files.write(content));

    expect(content.charAt(64 * 1024 - 1)).toBe('\r');
    expect(records).toHaveLength(3);
    expect(records[1]?.cells[1]).toBe('1');
    expect(records[2]).toEqual({ line: 3, cells: ['next', '2'] });
  });

  it('skips a byte-order mark', async () => {
    const file = await files.write(Buffer.from('\uFEFFkind;name\nemployer;Acme\n', 'utf8'));

    const records = await readAll(file, ';');

    expect(records[0]?.cells).toEqual(['kind', 'name']);
  });
});
