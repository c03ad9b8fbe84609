import { keyOf } from '#domain/shared/text';

/** What a 1.2 sourcedId may hold (the GUID character set): letters, digits and `. _ / @ -`. */
export const sourcedIdPattern = /^[0-9A-Za-z._/@-]+$/;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A directory value (a class code `4e 1`, a person id) as part of a sourcedId: letters, digits and `-` stay, any
 * other character becomes `_` and its UTF-8 bytes in hex (`4e_201`, `_C3_A9` for é). Reversible, so two codes
 * never share an id, and the same code gives the same id at every export.
 */
export const encodeIdPart = (value: string): string =>
  [...value]
    .map((character) =>
      /[0-9A-Za-z-]/.test(character)
        ? character
        : [...encoder.encode(character)]
            .map((byte) => `_${byte.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''),
    )
    .join('');

/** The value `encodeIdPart` wrote. */
export const decodeIdPart = (part: string): string =>
  part.replace(/(?:_[0-9A-F]{2})+/g, (bytes) =>
    decoder.decode(Uint8Array.from(bytes.slice(1).split('_'), (hex) => Number.parseInt(hex, 16))),
  );

const idOf = (kind: string, ...parts: string[]) => [kind, ...parts.map(encodeIdPart)].join('.');

/** The sourcedIds Préau writes: derived from stable directory ids, so that each export repeats them. */
export const exportIds = {
  /** A user's is the person's id, which a re-import of the export maps back to the same person. */
  user: (personId: string) => encodeIdPart(personId),
  org: (uai: string) => encodeIdPart(uai),
  schoolYear: (schoolYear: string) => idOf('year', schoolYear),
  role: (personId: string) => idOf('role', personId),
  familyRole: (personId: string) => idOf('role', personId, 'guardian'),
  class: (code: string) => idOf('class', code),
  course: (code: string) => idOf('course', code),
  enrollment: (code: string, personId: string, subject?: string) =>
    idOf('enrollment', code, personId, ...(subject ? [keyOf(subject)] : [])),
};
