import { XMLValidator } from 'fast-xml-parser';
import { UnreadableFileError } from '../import-snapshot';

/** A place in a text as an editor shows it: 1-based line, and 1-based column counted in characters. */
export const positionAt = (text: string, index: number) => {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
};

/** The word around an index (replacement characters kept), as a person would look for it in the file (at most 40 characters). */
export const wordAt = (text: string, index: number) => {
  const start = text.slice(0, index).search(/[^\s<>"']*$/);
  const end = index + (text.slice(index).match(/^[^\s<>"']*/)?.[0].length ?? 0);
  return text.slice(start, Math.min(end, start + 40));
};

// UTF-8 bytes read one by one: a lead byte (Â, Ã, Å) followed by a continuation byte (0x80–0xBF, or what
// ISO-8859-15 puts there). A French name never holds these pairs; text exported in UTF-8 and read as Latin does.
const UTF8_READ_AS_LATIN =
  /[\u00C2\u00C3\u00C5][\u0080-\u00BF\u20AC\u0160\u0161\u017D\u017E\u0152\u0153\u0178]/;
// Control characters that no export holds in text: bytes 0x80–0x9F read as ISO-8859, Windows-1252's œ or ’.
const C1_CONTROL = /[\u0080-\u009F]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Refuses text that was not written in the encoding it is read with, naming the first place it shows: a file that
 * declares ISO-8859-15 but holds UTF-8 bytes (« ZoÃ© »), text that went through that mistake once already, and C1
 * control characters (Windows-1252 bytes read as ISO-8859).
 */
export const refuseMisdecodedText = (bytes: Uint8Array, text: string, encoding: string, file: string) => {
  if (!/^utf-?(8|16)/i.test(encoding) && bytes.some((byte) => byte >= 0x80)) {
    const asUtf8 = tryUtf8(bytes);
    if (asUtf8 !== undefined) {
      const index = asUtf8.search(/[\u0080-\uFFFF]/);
      const { line, column } = positionAt(asUtf8, index);
      // The mistake is seen as the declared encoding reads it: where the UTF-8 text holds « Zoé », « ZoÃ© ».
      const read = wordAt(text, positionIndex(text, line, column));
      throw wrongEncoding(file, { line, column, read, encoding, meant: wordAt(asUtf8, index) });
    }
  }
  const misread = text.search(UTF8_READ_AS_LATIN);
  const control = text.search(C1_CONTROL);
  const first = [misread, control].filter((index) => index >= 0).sort((a, b) => a - b)[0];
  if (first === undefined) return;
  const { line, column } = positionAt(text, first);
  const read = wordAt(text, first).replace(/[\u0080-\u009F]/g, '\uFFFD');
  throw wrongEncoding(file, { line, column, read, encoding });
};

const tryUtf8 = (bytes: Uint8Array) => {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
};

const positionIndex = (text: string, line: number, column: number) => {
  let index = 0;
  for (let current = 1; current < line; current += 1) index = text.indexOf('\n', index) + 1;
  return index + column - 1;
};

const wrongEncoding = (
  file: string,
  found: { line: number; column: number; read: string; encoding: string; meant?: string },
) => {
  const { line, column, read, encoding, meant } = found;
  const reason =
    meant === undefined
      ? `holds text in another encoding than ${encoding} at line ${line}, column ${column}: "${read}"`
      : `is written in UTF-8 although it says ${encoding}: line ${line}, column ${column} would read "${read}" for "${meant}"`;
  const values = { line: String(line), column: String(column), read, encoding, ...(meant && { meant }) };
  return new UnreadableFileError(file, reason, { code: 'wrong_encoding', line, column, values });
};

const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/**
 * Refuses a file that stops before its root element closes (an export or an upload cut short), naming the line
 * and column where it stops and the element it stops in.
 */
export const refuseTruncatedXml = (text: string, file: string) => {
  const content = text.trimEnd();
  const open: string[] = [];
  let sawRoot = false;
  let closedRoot = false;
  for (const match of content.matchAll(TAG)) {
    const [, closing, name, attributes = '', selfClosing] = match;
    if (name === undefined) continue;
    if (closing) open.pop();
    else if (!selfClosing) open.push(`${name}${firstAttribute(attributes)}`);
    if (open.length === 0) closedRoot = sawRoot || selfClosing === '/';
    sawRoot = true;
  }
  // Not XML at all is for the XML check to say; a root that never closes is a file cut short.
  if (!sawRoot || closedRoot) return;
  const { line, column } = positionAt(content, Math.max(content.length - 1, 0));
  const element = open.at(-1) ?? open[0] ?? '';
  throw new UnreadableFileError(
    file,
    `is incomplete: it stops at line ${line}, column ${column}, inside ${element}, before the end of the file`,
    { code: 'truncated_file', line, column, values: { line: String(line), column: String(column), element } },
  );
};

const firstAttribute = (attributes: string) => {
  const match = /([A-Za-z_][\w.:-]*)\s*=\s*["']([^"']*)["']/.exec(attributes);
  return match ? `[${match[1]}=${match[2]}]` : '';
};

/**
 * Refuses text that is not well-formed XML, with the line and column the XML check names; a file cut short is
 * refused as such, where it stops. Well-formed XML closes its root: only a refused file is looked at for its end.
 */
export const refuseMalformedXml = (text: string, file: string) => {
  const verdict = XMLValidator.validate(text);
  if (verdict === true) return;
  refuseTruncatedXml(text, file);
  const { line, col: column, msg } = verdict.err;
  const where = column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
  throw new UnreadableFileError(file, `is not a well-formed XML file (${where}: ${msg})`, {
    code: 'malformed_xml',
    line,
    column,
    values: { line: String(line), column: String(column ?? 1) },
  });
};

/** Reads an XML export's text as Préau trusts it: decoded as it says, in that encoding indeed, whole, well-formed. */
export const checkXmlText = (bytes: Uint8Array, text: string, encoding: string, file: string) => {
  refuseMisdecodedText(bytes, text, encoding, file);
  refuseMalformedXml(text, file);
};
