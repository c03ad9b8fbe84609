import type { PupilContact } from '#domain/people/person';

/**
 * What an import file says, in one shape whatever its format: the parsers of `domain/imports/<format>/` turn a
 * SIECLE, STSWEB, OneRoster or spreadsheet export into a snapshot; the import engine compares a snapshot with the
 * directory to plan what to create, update and retire. Nothing here knows the table or the file format.
 */

/** Where something was read, so that a report can point at it: a file, and a line (CSV) or an element (XML). */
export interface SourceLocation {
  file: string;
  /** 1-based line of a CSV file (the header is line 1), or of an XML file where a problem of its text is. */
  line?: number;
  /** 1-based column (in characters) of that line, for a problem of the file's text: wrong encoding, cut short. */
  column?: number;
  /** An XML element with its identifying attribute, such as `ELEVE[ELEVE_ID=1234]`. */
  element?: string;
}

/** A problem found while reading: errors stop the import from being applied, warnings are shown and applied. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  at: SourceLocation;
  /** The field concerned, such as `DATE_NAISS` or `email`, when there is one. */
  field?: string;
  /** Plain English, one sentence: "is missing", "is not a date dd/mm/yyyy", "is used by two students". */
  reason: string;
  /** A stable code the portal words in French and English, with the values its sentence needs. */
  code?: ImportProblemCode;
  values?: Record<string, string>;
}

/**
 * Problems the portal words itself: a file of another school or year, text in the wrong encoding, a file cut
 * short, XML that does not hold together, a pupil without INE.
 */
export type ImportProblemCode =
  | 'wrong_school'
  | 'wrong_year'
  | 'wrong_encoding'
  | 'truncated_file'
  | 'malformed_xml'
  | 'missing_ine'
  | 'unreadable_file';

/** Which school and school year a file says it is about (SIECLE and STSWEB `PARAMETRES`). */
export interface FileOrigin {
  file: string;
  /** The establishment's UAI (`UAJ`), such as `0750001A`. */
  uai?: string;
  /** Such as `2026-2027`. */
  schoolYear?: string;
}

export type ImportedKind =
  | 'student'
  | 'guardian'
  | 'teacher'
  | 'staff'
  | 'guest-artist'
  | 'supplier'
  | 'client'
  | 'partner';

export interface ImportedPerson {
  /**
   * The person's stable identifier in the source, prefixed by the source's kind so that two sources never
   * collide: `siecle:eleve:1234`, `siecle:personne:987`, `sts:individu:42`, `oneroster:user:abc`, `csv:<id>`.
   */
  sourceId: string;
  /** Undefined when a delta file lists someone without their role, which did not change: the directory's stays. */
  kind?: ImportedKind;
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  email?: string;
  phone?: string;
  /** One line per element: street, complement, postcode and town, country. */
  address?: string[];
  /** A student's national identifier (INE), unique in France. */
  nationalId?: string;
  /** A student's division (class) code, such as `6A`, as the source names it. */
  classCode?: string;
  /** A student's group codes (language groups, options). */
  groupCodes?: string[];
  /** A student's level or curriculum code (SIECLE `CODE_MEF`, OneRoster grade, a conservatoire's cycle). */
  levelCode?: string;
  /** A badge (card) number, when the source has one. */
  badgeNumber?: string;
  /**
   * The person's id in this directory, when the file is Préau's own export (a OneRoster bundle whose sourcedIds
   * are the directory's ids): importing it back finds the same people, whatever source first brought them.
   */
  directoryId?: string;
  /** False for a student who has left (SIECLE `DATE_SORTIE` in the past) or a user the source disabled. */
  active: boolean;
  at: SourceLocation;
}

/** A class (division) or a group, as the source names it. */
export interface ImportedClass {
  /** The source's code, such as `6A` or `6A_ALL2`; the key that links students and teachers to it. */
  code: string;
  /**
   * The class's stable identifier in the source, when it has one apart from its code (`oneroster:class:<sourcedId>`):
   * the class it names keeps its identity when the source renames or recodes it.
   */
  sourceId?: string;
  label: string;
  kind: 'division' | 'group';
  /** The level code when the source gives it (MEF, grade). */
  levelCode?: string;
  at: SourceLocation;
}

/** A guardian's link to a child. */
export interface ImportedGuardianship {
  guardianSourceId: string;
  studentSourceId: string;
  /** Legal guardian (SIECLE `RESP_LEGAL` 1 or 2) or another contact (0). */
  legal: boolean;
  /** The source's relationship code or label, such as SIECLE `CODE_PARENTE` 10 (mère). */
  relationship?: string;
  /**
   * A delta named the link without saying which of the two is the child (neither role is in it): it holds only if
   * the directory has the guardian as a guardian and the child as a student, and is dropped silently otherwise.
   */
  directoryDecides?: true;
  at: SourceLocation;
}

/**
 * Someone to call about a pupil who is not their legal guardian (SIECLE `RESP_LEGAL` 0: a grandparent, a
 * neighbour). Kept on the pupil's record for the staff: no person of the directory, no account, no right.
 */
export interface ImportedContact {
  /** The contact's id in the source, such as `siecle:personne:987`. */
  sourceId: string;
  studentSourceId: string;
  firstName: string;
  lastName: string;
  /** The source's relationship code, such as SIECLE `CODE_PARENTE` 30 (another family member: a grandparent). */
  relationship?: string;
  phones: PupilContact['phones'];
  at: SourceLocation;
}

/** Who teaches what to which class or group. */
export interface ImportedTeaching {
  teacherSourceId: string;
  classCode: string;
  /** The subject code or label, when the source gives it. */
  subject?: string;
  at: SourceLocation;
}

/**
 * A change a delta file makes to a link (a OneRoster delta's enrollments.csv row): a student joins or leaves a class
 * or group, a teacher starts or stops teaching one. The class may be one the delta does not list: its source id
 * finds it in the directory.
 */
export interface ImportedEnrollmentChange {
  personSourceId: string;
  classSourceId: string;
  /** The class's code when the delta lists the class too. */
  classCode?: string;
  role: 'student' | 'teacher';
  subject?: string;
  removed: boolean;
  at: SourceLocation;
}

/**
 * What a delta file (OneRoster `delta` mode) says beyond the records it lists: people and classes it does not list
 * are unchanged, a listed student keeps the classes no enrollment row changes, a teacher the classes they teach.
 */
export interface ImportDelta {
  /** People the source is deleting (`tobedeleted`), by source id: retired, and their family links removed. */
  retiredPeople: { sourceId: string; at: SourceLocation }[];
  enrollments: ImportedEnrollmentChange[];
  /** Source ids of the people whose every family link the delta lists (users listed with `agentSourcedIds`). */
  familiesOf: string[];
}

/** A level or curriculum: SIECLE MEF, OneRoster grade. */
export interface ImportedLevel {
  code: string;
  label: string;
}

export interface ImportSnapshot {
  source: 'siecle' | 'stsweb' | 'oneroster' | 'spreadsheet';
  /** The school year the file is about, such as `2026-2027`, when the file says. */
  schoolYear?: string;
  people: ImportedPerson[];
  classes: ImportedClass[];
  guardianships: ImportedGuardianship[];
  teaching: ImportedTeaching[];
  levels: ImportedLevel[];
  problems: ImportProblem[];
  /**
   * Set when the file lists every family tie of the people whose source ids start with it (`siecle:`, the users
   * of a OneRoster bundle with `agentSourcedIds`): a link between two such people that it does not list is
   * removed, and their pupils' contacts become the file's.
   */
  familiesFrom?: string;
  /** The pupils' other contacts, when the file gives them (SIECLE's responsables). */
  contacts?: ImportedContact[];
  /** The school and year each file says it is about, checked against the school's before anything is written. */
  origins?: FileOrigin[];
  /** Classes the source is deleting (OneRoster `tobedeleted`), by source id: retired when the directory has them. */
  retiredClasses?: { sourceId: string; at: SourceLocation }[];
  /** Set when the file lists only changes (a OneRoster delta bundle): see `ImportDelta`. */
  delta?: ImportDelta;
}

/**
 * A file that cannot be read at all: the import is refused whole, with this message, and with the problem that
 * says where (`code`, line and column) when the reader knows.
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly details: Pick<ImportProblem, 'code' | 'values'> & { line?: number; column?: number } = {},
  ) {
    super(`${file}: ${reason}`);
    this.name = 'UnreadableFileError';
  }

  /** The refusal as a row of the report. */
  get problem(): ImportProblem {
    const { code = 'unreadable_file', values, line, column } = this.details;
    return {
      severity: 'error',
      at: { file: this.file, ...(line !== undefined && { line }), ...(column !== undefined && { column }) },
      reason: this.reason,
      code,
      ...(values && { values }),
    };
  }
}

export const emptySnapshot = (source: ImportSnapshot['source']): ImportSnapshot => ({
  source,
  people: [],
  classes: [],
  guardianships: [],
  teaching: [],
  levels: [],
  problems: [],
});
