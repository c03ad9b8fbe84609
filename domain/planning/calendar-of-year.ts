import { schoolYearOf } from '#domain/shared/calendar/school-year';
import type { CalendarStore } from './planning-ports';
import type { SchoolCalendar } from './school-calendar';

/**
 * A school year's calendar: the one the school saved, or until then a default one that planners correct: from
 * September 1st to early July, open Monday to Saturday, with France's public holidays and no school holidays
 * (they depend on the academic zone).
 */
export const calendarOfYear = async (calendars: CalendarStore, schoolYear: string): Promise<SchoolCalendar> =>
  (await calendars.get(schoolYear)) ?? defaultCalendar(schoolYear);

export const calendarOfDay = (calendars: CalendarStore, date: string) =>
  calendarOfYear(calendars, schoolYearOf(date));

export const defaultCalendar = (schoolYear: string): SchoolCalendar => {
  const startYear = Number(schoolYear.slice(0, 4));
  return {
    schoolYear,
    start: `${startYear}-09-01`,
    end: `${startYear + 1}-07-04`,
    openWeekdays: [1, 2, 3, 4, 5, 6],
    holidays: [],
    closedDays: [],
    frenchPublicHolidays: true,
  };
};
