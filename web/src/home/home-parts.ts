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
    children: abilities.seesOwnChildren,
    ownClasses: abilities.seesOwnClasses,
    allClasses: abilities.seesAllClasses,
    activationCodes: abilities.makesActivationCodes,
    imports: importsDirectory(profiles),
  };
};
