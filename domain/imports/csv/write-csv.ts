const encoder = new TextEncoder();

/** A cell as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A comma-separated UTF-8 file (RFC 4180: CRLF line ends), without a byte order mark, which strict readers
 * would take for part of the first column's name. Each record gives its cells by column; missing ones are empty.
 */
export const writeCsv = (
  headers: readonly string[],
  records: readonly Readonly<Record<string, string | undefined>>[],
): Uint8Array => {
  const lines = [headers, ...records.map((record) => headers.map((column) => record[column] ?? ''))];
  return encoder.encode(lines.map((cells) => `${cells.map(quoted).join(',')}\r\n`).join(''));
};
