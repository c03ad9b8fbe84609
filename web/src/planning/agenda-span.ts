import { mondayOf, plusDays } from '../shell/i18n/calendar-dates';
import { monthSpan } from './month-span';
import type { WeekView } from './planning-in-url';

/**
 * What a week page shows and asks for: its date (today by default), its Monday and Sunday, the month of a month view,
 * and the days its agenda spans (whole weeks around a month). The page and its early request (week-data.ts) both
 * read it, so that the request the page makes is the one sent early.
 */
export const agendaSpanOf = (view: Pick<WeekView, 'date' | 'month'>, today: string) => {
  const date = view.date || today;
  const monday = mondayOf(date);
  const sunday = plusDays(monday, 6);
  const month = view.month ? monthSpan(date) : undefined;
  const from = month ? mondayOf(month.first) : monday;
  const to = month ? plusDays(mondayOf(month.last), 6) : sunday;
  return { date, monday, sunday, month, from, to };
};
