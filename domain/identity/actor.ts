import type { Profile } from './profile';

/** Who makes a request: the signed-in person, as the school's directory knows them. */
export interface Actor {
  personId: string;
  username: string;
  firstName: string;
  lastName: string;
  profiles: readonly Profile[];
  /** Set when the person has left the school (retired by an import or a merge): messages refuse them at once. */
  left?: true;
}

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;
