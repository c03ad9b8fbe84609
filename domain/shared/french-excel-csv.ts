const encoder = new TextEncoder();

/**
 * Spreadsheets run a cell that starts like a formula, even from a CSV (OWASP's CSV injection): an apostrophe
 * first makes it text. Names and titles people typed end up here.
 */
const formulaStart = /^[=+\-@\t\r]/;
/** A negative amount as French Excel writes one (`-1234,50`): a number, never a formula, kept as it is. */
const plainNumber = /^-\d+(,\d+)?$/;
const needsQuotes = /[;"\r\n]/;

const cellOf = (value: string) => {
  const text = formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * A CSV in the dialect French Excel opens by double-click with accents intact: UTF-8 with a byte order mark,
 * `;` between fields (the comma being the decimal mark), CRLF line ends.
 */
export const frenchExcelCsvText = (lines: readonly (readonly string[])[]) =>
  `\uFEFF${lines.map((cells) => `${cells.map(cellOf).join(';')}\r\n`).join('')}`;

/** Records under their headers, as the bytes of a French Excel CSV. */
export const frenchExcelCsv = (
  headers: readonly string[],
  records: readonly Readonly<Record<string, string | undefined>>[],
): Uint8Array =>
  encoder.encode(
    frenchExcelCsvText([headers, ...records.map((record) => headers.map((column) => record[column] ?? ''))]),
  );
