import { XMLParser } from 'fast-xml-parser';
import { UnreadableFileError } from '../import-snapshot';
import { readXmlText } from '../xml/decode-xml-bytes';

/**
 * The parts of an STSWEB `sts_emp_<UAI>_<year>.xml` export that Préau reads. Attributes carry an `@` prefix; every
 * field is optional because the file is not trusted. An empty element (`<INDIVIDUS/>`) parses as `''`, whose
 * properties read as `undefined`, like those of an absent element.
 */
export interface StsEdt {
  PARAMETRES?: {
    UAJ?: { '@CODE'?: string };
    ANNEE_SCOLAIRE?: { '@ANNEE'?: string };
  };
  NOMENCLATURES?: {
    MATIERES?: { MATIERE?: StsMatiere[] };
    MEFS?: { MEF?: StsMef[] };
  };
  DONNEES?: {
    INDIVIDUS?: { INDIVIDU?: StsIndividu[] };
    STRUCTURE?: {
      DIVISIONS?: { DIVISION?: StsStructure[] };
      GROUPES?: { GROUPE?: StsStructure[] };
    };
  };
}

/** An element's text: a string, or an object when the element also has attributes. */
export type XmlText = string | { '#text'?: string };

export interface StsMatiere {
  /** SIECLE's Nomenclature.xml names this attribute `CODE_MATIERE`. */
  '@CODE'?: string;
  '@CODE_MATIERE'?: string;
  CODE_GESTION?: XmlText;
  LIBELLE_COURT?: XmlText;
  LIBELLE_LONG?: XmlText;
  LIBELLE_EDITION?: XmlText;
}

export interface StsMef {
  '@CODE'?: string;
  FORMATION?: XmlText;
  LIBELLE_LONG?: XmlText;
  LIBELLE_EDITION?: XmlText;
}

export interface StsIndividu {
  '@ID'?: string;
  /** `epp` (from the national staff database) or `local` (entered by the school). */
  '@TYPE'?: string;
  NOM_USAGE?: XmlText;
  NOM_PATRONYMIQUE?: XmlText;
  PRENOM?: XmlText;
  /** YYYY-MM-DD. */
  DATE_NAISSANCE?: XmlText;
  /** ENS (teaching), EDU (education), DIR (management), DOC, ADF…; absent for people on leave. */
  FONCTION?: XmlText;
}

/** A division (class) or a group, with the services taught to it. */
export interface StsStructure {
  '@CODE'?: string;
  LIBELLE_LONG?: XmlText;
  MEFS_APPARTENANCE?: { MEF?: { '@CODE'?: string }[] };
  SERVICES?: { SERVICE?: StsService[] };
}

export interface StsService {
  '@CODE_MATIERE'?: string;
  ENSEIGNANTS?: { ENSEIGNANT?: { '@ID'?: string }[] };
}

const repeatedElements = new Set([
  'MATIERE',
  'MEF',
  'INDIVIDU',
  'DIVISION',
  'GROUPE',
  'SERVICE',
  'ENSEIGNANT',
  'DIVISION_APPARTENANCE',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  // Exports in ISO-8859-1, which has no Œ, write it as a numeric character reference (&#338;).
  htmlEntities: true,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && repeatedElements.has(name),
  // The callbacks read names, not paths: no path written out as text for each element.
  jPath: false,
});

/** Reads the file, or refuses it whole when it is no XML or not an STSWEB export. */
export const readStsEdt = (bytes: Uint8Array, fileName: string): StsEdt => {
  const text = readXmlText(bytes, fileName);
  const parsed: Record<string, unknown> = parser.parse(text);
  const roots = Object.keys(parsed).filter((name) => name !== '?xml');
  if (roots.length !== 1 || roots[0] !== 'STS_EDT') {
    throw new UnreadableFileError(fileName, wrongRootReason(roots.join(', ')));
  }
  return parsed.STS_EDT as StsEdt;
};

const wrongRootReason = (root: string) => {
  const reason = `is not an STSWEB sts_emp export: its root element is ${root || 'missing'}, not STS_EDT`;
  // The two files' names are anagrams: EDT_STS is what timetable software sends back to STSWEB.
  return root === 'EDT_STS'
    ? `${reason} (this is an emp_sts file sent to STSWEB, not one exported from it)`
    : reason;
};

/** The trimmed text of an element, or `undefined` when it is absent or blank. */
export const textOf = (value: XmlText | undefined): string | undefined => {
  const text = typeof value === 'string' ? value : value?.['#text'];
  return text?.trim() || undefined;
};

/** Names an element for a report: `INDIVIDU[ID=42]`, `DIVISION[CODE=6A]/SERVICE[CODE_MATIERE=020100]`. */
export const elementAt = (name: string, attribute: string, value: string) => `${name}[${attribute}=${value}]`;
