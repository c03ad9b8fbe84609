/** The reasons a family gives for an absence, from a list (the portal words each): apart, so the page loads no zod. */
export const absenceReasons = [
  'illness',
  'medical-appointment',
  'family',
  'transport',
  'religious-holiday',
  'exam',
  'other',
] as const;
export type AbsenceReason = (typeof absenceReasons)[number];
