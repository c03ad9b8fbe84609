import type { Profile } from '#domain/identity/profile';

/** How a profile reads in the school's French documents. */
export const profileLabelsFr: Record<Profile, string> = {
  student: 'élève',
  guardian: 'responsable légal',
  teacher: 'enseignant',
  staff: 'personnel',
  planner: 'planificateur',
  sales: 'chargé des ventes',
  'school-admin': "administrateur de l'établissement",
  'authority-admin': "administrateur de l'académie",
};
