export type DateFormat = 'dd/mm/yyyy' | 'yyyy-mm-dd';

const patterns: Record<DateFormat, { pattern: RegExp; order: [day: number, month: number, year: number] }> = {
  // Spreadsheets drop leading zeros and some people type `-` or `.`: 3/9/2014 and 03.09.2014 are the same day.
  'dd/mm/yyyy': { pattern: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, order: [1, 2, 3] },
  'yyyy-mm-dd': { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: [3, 2, 1] },
};

/** A calendar date written in the given format, as YYYY-MM-DD, or undefined when it is not a real date. */
export const parseCalendarDate = (text: string, format: DateFormat): string | undefined => {
  const { pattern, order } = patterns[format];
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = order.map((group) => Number(match[group]));
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isReal ? date.toISOString().slice(0, 10) : undefined;
};
