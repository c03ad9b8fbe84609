const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Windows-1252 characters of bytes 0x80–0x9F (WHATWG index; the five unassigned bytes stay C1 controls). Node
 * 20.18.3+ and 22.13+ decode `windows-1252` as Latin-1, giving C1 controls for these bytes (nodejs/node#60888):
 * without this table, "cœur" would read "c\u009Cur" and "l’été" "l\u0092été".
 */
const c1Characters = String.fromCodePoint(
  ...[
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
    0x17d,
  ],
  ...[
    0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153,
  ],
  ...[0x9d, 0x17e, 0x178],
);

/**
 * The text of a file exported by a school's software or saved by a spreadsheet: UTF-16 when it starts with a
 * UTF-16 byte order mark or looks like UTF-16 (timetable software and Excel's « Texte Unicode » write it), UTF-8
 * (with or without a byte order mark) when the bytes are valid UTF-8, otherwise Windows-1252, which is what Excel
 * writes on a French Windows machine and which also covers ISO-8859-1.
 */
export const decodeText = (bytes: Uint8Array): string => {
  const utf16 = utf16Of(bytes);
  if (utf16 !== undefined) return new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '');
};

const decodeWindows1252 = (bytes: Uint8Array) =>
  windows1252
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (control) => c1Characters[control.charCodeAt(0) - 0x80] ?? control);

/**
 * UTF-16 by its byte order mark, or, without one, by its zero bytes: French text in UTF-16 has a zero byte in every
 * other place (the high byte of every Latin character), which no UTF-8 or Windows-1252 text has.
 */
const utf16Of = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 2_000);
  if (sample.length < 4 || sample.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, index) => {
    if (byte === 0 && index % 2 === 0) evenZeros += 1;
    if (byte === 0 && index % 2 === 1) oddZeros += 1;
  });
  const half = sample.length / 2;
  if (oddZeros > half * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros === 0) return 'utf-16be';
  return undefined;
};
