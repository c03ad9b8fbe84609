import type { Profile } from '#domain/identity/profile';

/** Who creates work groups, as `messaging:create-group` says: teachers, the staff, school administrators. */
export const createsGroups = (profiles: readonly Profile[]) =>
  profiles.some((profile) => profile === 'teacher' || profile === 'staff' || profile === 'school-admin');
