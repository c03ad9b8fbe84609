import type { Profile } from '#domain/identity/profile';
import { abilitiesOf, hasOwnPlanning, importsDirectory } from '../people/abilities';

/**
 * The parts of the home page a person's profiles call for, each what that profile comes for: a student's or a
 * teacher's day, a planner's desk, the requests the staff handles, a guardian's children, the administration's
 * tools. A person with several profiles sees each part once.
 */
export const homePartsOf = (profiles: readonly Profile[]) => {
  const abilities = abilitiesOf(profiles);
  const plans = profiles.includes('planner');
  return {
    ownDay: hasOwnPlanning(profiles),
    booksRooms: abilities.isStudent,
    plannerDesk: plans,
    formRequests: profiles.includes('staff') && !plans,
    /** The school's day, for those who run it day to day (a planner's desk already starts from it). */
    schoolDay: (profiles.includes('staff') || profiles.includes('school-admin')) && !plans,
    ownProjects: profiles.includes('teacher'),
    children: abilities.seesOwnChildren,
    ownClasses: abilities.seesOwnClasses,
    allClasses: abilities.seesAllClasses,
    activationCodes: abilities.makesActivationCodes,
    /** The authority's account in a school makes the codes of its administrators, and nothing else there. */
    forAuthority: profiles.includes('authority-admin') && !profiles.includes('school-admin'),
    imports: importsDirectory(profiles),
  };
};
