const encoder = new TextEncoder();

/**
 * Spreadsheets run a cell that starts like a formula, even from a CSV (OWASP's CSV injection): an apostrophe
 * first makes it text. A title typed by a planner ends up here.
 */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[;"\r\n]/;

const cellOf = (value: string) => {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * A CSV in the dialect French Excel opens by double-click with accents intact: UTF-8 with a byte order mark,
 * `;` between fields (the comma being the decimal mark), CRLF line ends.
 */
export const frenchExcelCsv = (
  headers: readonly string[],
  records: readonly Readonly<Record<string, string | undefined>>[],
): Uint8Array => {
  const lines = [headers, ...records.map((record) => headers.map((column) => record[column] ?? ''))];
  return encoder.encode(`\uFEFF${lines.map((cells) => `${cells.map(cellOf).join(';')}\r\n`).join('')}`);
};
