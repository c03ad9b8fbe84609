import type { Profile } from '../identity/profile';

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
  version: number;
}

/** What lists show of a person. */
export interface PersonSummary {
  personId: string;
  firstName: string;
  lastName: string;
  classId?: string;
  classLabel?: string;
}

/** A class (a "division"): 6e A, in level 6e. */
export interface SchoolClass {
  classId: string;
  label: string;
  level: string;
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
