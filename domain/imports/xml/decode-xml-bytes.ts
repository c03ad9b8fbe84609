import { UnreadableFileError } from '../import-snapshot';
import { checkXmlText, positionAt, wordAt } from './check-xml-text';

// Read byte by byte, a UTF-8 byte order mark shows as these three characters.
const PROLOG_ENCODING =
  /^(?:\u00EF\u00BB\u00BF)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * The text of an XML export, decoded with the encoding its prolog declares (SIECLE and STSWEB write ISO-8859-15),
 * or UTF-8 when it declares none, as the XML recommendation says; refused with the line and column that show it when it is not in the encoding it
 * says, stops before its end, or is not well-formed XML.
 */
export const readXmlText = (bytes: Uint8Array, file: string): string => {
  const { text, encoding } = decodeWithEncoding(bytes, file);
  checkXmlText(bytes, text, encoding, file);
  return text;
};

const decodeWithEncoding = (bytes: Uint8Array, file: string) => {
  const declared = declaredEncoding(bytes);
  const encoding = declared ?? 'UTF-8';
  const decoder = decoderFor(encoding, file);
  try {
    return { text: decoder.decode(bytes), encoding };
  } catch {
    const because = declared
      ? 'although its XML prolog says so'
      : 'as an XML file whose prolog names no encoding';
    // Where the first byte that is no character of the encoding is, as the file reads with it replaced.
    const lenient = new TextDecoder(encoding).decode(bytes);
    const index = Math.max(lenient.indexOf('\uFFFD'), 0);
    const { line, column } = positionAt(lenient, index);
    throw new UnreadableFileError(file, `is not ${encoding} text, ${because}`, {
      code: 'wrong_encoding',
      line,
      column,
      values: { line: String(line), column: String(column), encoding, read: wordAt(lenient, index) },
    });
  }
};

const declaredEncoding = (bytes: Uint8Array): string | undefined => {
  // The prolog is ASCII in every encoding SIECLE uses, so it can be read before the encoding is known.
  const start = String.fromCharCode(...bytes.subarray(0, 200));
  return PROLOG_ENCODING.exec(start)?.[1];
};

const decoderFor = (encoding: string, file: string): TextDecoder => {
  try {
    // Fatal, so that a UTF-8 file that is not UTF-8 is refused rather than read with broken names.
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new UnreadableFileError(file, `declares the encoding ${encoding}, which cannot be read`);
  }
};
