import { accept, type CellParser, reject } from './cell-parsers.js';

/** The sectors of the 2022 North American Industry Classification System, by 2-digit code. */
export const naicsSectors: Readonly<Record<string, string>> = {
  '11': 'Agriculture, Forestry, Fishing and Hunting',
  '21': 'Mining, Quarrying, and Oil and Gas Extraction',
  '22': 'Utilities',
  '23': 'Construction',
  '31': 'Manufacturing',
  '32': 'Manufacturing',
  '33': 'Manufacturing',
  '42': 'Wholesale Trade',
  '44': 'Retail Trade',
  '45': 'Retail Trade',
  '48': 'Transportation and Warehousing',
  '49': 'Transportation and Warehousing',
  '51': 'Information',
  '52': 'Finance and Insurance',
  '53': 'Real Estate and Rental and Leasing',
  '54': 'Professional, Scientific, and Technical Services',
  '55': 'Management of Companies and Enterprises',
  '56': 'Administrative and Support and Waste Management and Remediation Services',
  '61': 'Educational Services',
  '62': 'Health Care and Social Assistance',
  '71': 'Arts, Entertainment, and Recreation',
  '72': 'Accommodation and Food Services',
  '81': 'Other Services (except Public Administration)',
  '92': 'Public Administration',
};

/** Returns the 2022 NAICS sector name for a code of 2 to 6 digits, or undefined. */
export function naicsSectorName(code: string): string | undefined {
  return naicsSectors[code.slice(0, 2)];
}

/** Reads a NAICS code of 2 to 6 digits whose first two digits are a 2022 NAICS sector. */
export const naicsCode: CellParser<string> = (cell) => {
  if (!/^\d{2,6}$/.test(cell)) return reject(`"${cell}" is not a NAICS code of 2 to 6 digits`);

  if (!naicsSectorName(cell)) {
    return reject(
      `"${cell}" does not start with a 2022 NAICS sector; the first two digits must be one of ${Object.keys(naicsSectors).join(', ')}`,
    );
  }

  return accept(cell);
};
