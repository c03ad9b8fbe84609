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

/** Who signs a school's letters: « Claire Fontaine », « Directrice du conservatoire ». */
export interface Signatory {
  name: string;
  title: string;
}

/** What every letter of a batch shares. */
export interface ActivationBatchContext {
  schoolName: string;
  /** The school's postal address, one line each; absent when the registry has none. */
  schoolAddress?: readonly string[];
  signatory?: Signatory;
  /**
   * The page where a code is entered, such as https://lycee.example.fr/activation; `?code=` after it opens the
   * page with the code filled in.
   */
  activationUrl: string;
  /** The last day the codes work, YYYY-MM-DD in the school's time zone: every document prints this one day. */
  validUntil: string;
  /** ISO instant the batch was made. */
  createdAt: string;
  /** The school's IANA time zone: dates are printed in it. */
  timeZone: string;
}
