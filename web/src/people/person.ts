import type { Profile } from '../../../domain/identity/profile';

/** A person named in a list: a child of a guardian, a student of a class, a guardian on a sheet. */
export interface PersonSummary {
  personId: string;
  firstName: string;
  lastName: string;
  classId?: string;
  classLabel?: string;
}

export interface ClassSummary {
  classId: string;
  label: string;
  level: string;
}

/** Who is signed in (`GET /api/me`): their children when a guardian, their classes when a teacher. */
export interface Me {
  personId: string;
  firstName: string;
  lastName: string;
  username: string;
  profiles: Profile[];
  children: PersonSummary[];
  classes: ClassSummary[];
}

/** A person's sheet (`GET /api/people/{personId}`), as much of it as the caller may see. */
export interface PersonSheet {
  personId: string;
  firstName: string;
  lastName: string;
  profiles: Profile[];
  classId?: string;
  classLabel?: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  email?: string;
  phone?: string;
  guardians?: PersonSummary[];
  children?: PersonSummary[];
  activated: boolean;
  version: number;
}

/** The account an activation code opened. */
export interface ActivatedAccount {
  username: string;
  firstName: string;
  lastName: string;
}
