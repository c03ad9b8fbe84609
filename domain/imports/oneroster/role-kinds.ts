import type { ImportedKind } from '../import-snapshot';

/**
 * OneRoster roles (1.1 `users.role`, 1.2 `roles.role`) and the kind of person each one is in Préau. Every
 * school-side role that is neither a pupil, a family member nor a teacher is staff.
 */
const kindsByRole: Readonly<Record<string, ImportedKind>> = {
  student: 'student',
  parent: 'guardian',
  guardian: 'guardian',
  relative: 'guardian',
  teacher: 'teacher',
  administrator: 'staff',
  aide: 'staff',
  counselor: 'staff',
  districtadministrator: 'staff',
  principal: 'staff',
  proctor: 'staff',
  siteadministrator: 'staff',
  systemadministrator: 'staff',
};

/** The kind a role stands for, or undefined for a role outside the vocabulary (an `ext:` role). */
export const kindOfRole = (role: string): ImportedKind | undefined => kindsByRole[role.toLowerCase()];

// When a user holds several roles and none is marked primary, the one that shapes their access the most wins.
const precedence: readonly ImportedKind[] = ['student', 'teacher', 'staff', 'guardian'];

export const rankOfKind = (kind: ImportedKind) => {
  const rank = precedence.indexOf(kind);
  return rank === -1 ? precedence.length : rank;
};
