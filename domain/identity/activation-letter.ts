import type { Profile } from './profile';

/** One account to activate, as printed for the family: who it is for, its username and its one-time code. */
export interface LetterAccount {
  firstName: string;
  lastName: string;
  profile: Profile;
  /** The class of a student, such as "6e A"; absent for other profiles. */
  classLabel?: string;
  username: string;
  /** The plain code: it exists only in the batch's documents, the table stores its hash. */
  code: string;
}

/** One letter: a family (guardians and their children in the batch), or one adult on their own. */
export interface ActivationLetter {
  /** Who the letter is addressed to, such as "Marie Dupont, Paul Dupont". */
  addressees: string[];
  accounts: LetterAccount[];
}

/** What every letter of a batch shares. */
export interface ActivationBatchContext {
  schoolName: string;
  /** The page where a code is entered, such as https://lycee.example.fr/activation. */
  activationUrl: string;
  /** ISO instant after which the codes no longer work. */
  expiresAt: string;
  /** ISO instant the batch was made. */
  createdAt: string;
  /** The school's IANA time zone: dates are printed in it. */
  timeZone: string;
}
