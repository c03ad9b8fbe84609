import { XMLParser } from 'fast-xml-parser';
import { UnreadableFileError } from '../import-snapshot';
import { readXmlText } from '../xml/decode-xml-bytes';
import { ATTRIBUTE_PREFIX, isElement, type XmlElement } from './xml-element';

/** The root elements of the SIECLE exports Préau reads: students, guardians, and the nomenclature (levels). */
export const SIECLE_ROOTS = ['BEE_ELEVES', 'BEE_RESPONSABLES', 'BEE_NOMENCLATURES'] as const;
export type SiecleRoot = (typeof SIECLE_ROOTS)[number];

export interface SiecleDocument {
  file: string;
  root: SiecleRoot;
  /** The root element's content. */
  content: XmlElement;
}

/** Elements that repeat: read as arrays even when a file holds only one, so that one pupil reads like many. */
const REPEATED_ELEMENTS = new Set([
  'ELEVE',
  'STRUCTURES_ELEVE',
  'STRUCTURE',
  'PERSONNE',
  'RESPONSABLE_ELEVE',
  'ADRESSE',
  'MEF',
  'MATIERE',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  // Codes such as 0601 or 10010012110 are identifiers, not numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The only switch that decodes numeric character references such as &#338; (Œ) written by some exports.
  htmlEntities: true,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED_ELEMENTS.has(name),
  // The callbacks read names, not paths: no path written out as text for each of a large file's elements.
  jPath: false,
});

/** Decodes, checks and parses a SIECLE export whose root must be one of `expectedRoots`. */
export const readSiecleDocument = (
  bytes: Uint8Array,
  file: string,
  expectedRoots: readonly SiecleRoot[],
): SiecleDocument => {
  const text = readXmlText(bytes, file);
  const parsed: XmlElement = parser.parse(text);
  const root = singleRootOf(parsed, file);
  if (!isExpectedRoot(root, expectedRoots)) {
    throw new UnreadableFileError(
      file,
      `is not the SIECLE export expected (root ${expectedRoots.join(' or ')}): its root element is ${root}`,
    );
  }
  const content = parsed[root];
  return { file, root, content: isElement(content) ? content : {} };
};

const singleRootOf = (parsed: XmlElement, file: string): string => {
  const [root, ...others] = Object.keys(parsed);
  if (root === undefined || others.length > 0) {
    throw new UnreadableFileError(
      file,
      'is not a well-formed XML file (it must have exactly one root element)',
    );
  }
  return root;
};

const isExpectedRoot = (root: string, expectedRoots: readonly SiecleRoot[]): root is SiecleRoot =>
  expectedRoots.some((expected) => expected === root);
