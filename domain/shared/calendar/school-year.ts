/** The school year a day falls in: it starts in August, as French school years do (`2026-2027`). */
export const schoolYearOf = (day: string) => {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
};

/** The school year after another: `2026-2027` is followed by `2027-2028`. */
export const followingYear = (schoolYear: string) => {
  const start = Number(schoolYear.slice(0, 4)) + 1;
  return `${start}-${start + 1}`;
};
