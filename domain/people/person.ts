import type { Profile } from '#domain/identity/profile';

/** Someone the school knows: a student, a guardian, a member of staff; with what the directory holds of them. */
export interface Person {
  personId: string;
  firstName: string;
  lastName: string;
  profiles: Profile[];
  /** A student's class. */
  classId?: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  email?: string;
  phone?: string;
  /** Set once the person has been given a username in an activation batch. */
  username?: string;
  /** When the person last chose a password; codes issued before it no longer work. */
  passwordSetAt?: string;
  /** Retired people (a student who left, a record a source dropped) keep their history but leave every list. */
  status?: 'active' | 'retired';
  /** A conservatoire's outside contacts, who hold no profile: guest artists, suppliers, clients, partners. */
  contactKind?: ContactKind;
  /** The company, orchestra or association an outside contact belongs to. */
  organisation?: string;
  /** The person's identifiers in the sources that feed the directory, such as `siecle:eleve:1234`. */
  sourceIds?: string[];
  /** A student's national identifier (INE). */
  nationalId?: string;
  /** A student's groups (language groups, options), as class ids. */
  groupIds?: string[];
  /** A student's level or curriculum code (MEF, cycle). */
  levelCode?: string;
  badgeNumber?: string;
  /** Postal address, one line per element. */
  address?: string[];
  /** A pupil's other contacts (SIECLE `RESP_LEGAL` 0), read by the staff only: they hold no right. */
  contacts?: PupilContact[];
  /** A record merged into another (a duplicate guardian): retired, and pointing to the one kept. */
  mergedInto?: string;
  version: number;
}

/** Someone to call about a pupil who is not their legal guardian: a grandparent, a neighbour. */
export interface PupilContact {
  /** The contact's id in the source, such as `siecle:personne:987`. */
  sourceId: string;
  firstName: string;
  lastName: string;
  /** The source's relationship code: SIECLE `CODE_PARENTE` (10 mother, 20 father, 30 another family member, 90 another tie). */
  relationship?: string;
  /** The numbers the source gives, the most direct first. */
  phones: { kind: 'mobile' | 'personal' | 'work'; number: string }[];
}

export const contactKinds = ['guest-artist', 'supplier', 'client', 'partner'] as const;
export type ContactKind = (typeof contactKinds)[number];

export const isRetired = (person: Person) => person.status === 'retired';

/** What lists show of a person. */
export interface PersonSummary {
  personId: string;
  firstName: string;
  lastName: string;
  classId?: string;
  classLabel?: string;
}

/** A class (a "division", 6e A in level 6e) or a group of students (a language group, an option). */
export interface SchoolClass {
  classId: string;
  label: string;
  level: string;
  /** Divisions unless said otherwise. */
  kind?: 'division' | 'group';
  /** The code the sources use for it, such as `6A`; imports match classes by it when no source id does. */
  code?: string;
  /** Its identifiers in the sources that have one apart from the code, such as `oneroster:class:<sourcedId>`. */
  sourceIds?: string[];
  status?: 'active' | 'retired';
}

export const isActivated = (person: Person) => person.passwordSetAt !== undefined;

export const summaryOf = (person: Person, classes: ReadonlyMap<string, SchoolClass>): PersonSummary => ({
  personId: person.personId,
  firstName: person.firstName,
  lastName: person.lastName,
  ...(person.classId && { classId: person.classId, classLabel: classes.get(person.classId)?.label }),
});

/** The contact fields a person (or the staff) may change themselves. */
export const contactFields = ['email', 'phone'] as const;
export type ContactField = (typeof contactFields)[number];
