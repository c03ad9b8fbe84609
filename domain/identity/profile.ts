/**
 * What a person is to the school. A person may hold several profiles (a teacher who is also a parent); each
 * profile brings its rights (see `rights.ts`).
 */
export const profiles = [
  'student',
  'guardian',
  'teacher',
  'staff',
  'planner',
  'sales',
  'school-admin',
  'authority-admin',
] as const;

export type Profile = (typeof profiles)[number];

export const isProfile = (value: string): value is Profile => (profiles as readonly string[]).includes(value);
