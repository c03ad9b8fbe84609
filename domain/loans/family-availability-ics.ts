import ical, { ICalCalendarMethod } from 'ical-generator';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { holdingStatuses, type Loan } from './loan';

/**
 * An instrument family's availability as a calendar for staff (issue 19): one all-day event per loan that holds an
 * item (approved, signed, out), over its span, « Violoncelle 4/4 n° … — en prêt ». It names nobody, so the file may
 * sit behind a signed feed URL like the plannings' (`domain/sharing`): wiring it as a feed kind of the sharing
 * module, regenerated on a loan's change, is what remains.
 */
export const familyAvailabilityIcs = (input: {
  calendarName: string;
  uidDomain: string;
  loans: readonly { loan: Loan; kind: string; serialNumber?: string }[];
  generatedAt: string;
}) => {
  const calendar = ical({
    prodId: { company: 'Préau', product: 'Instruments', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    name: input.calendarName.replace(/\s*[\r\n]+\s*/g, ' '),
  });
  for (const { loan, kind, serialNumber } of input.loans) {
    if (!holdingStatuses.includes(loan.status)) continue;
    calendar.createEvent({
      id: `loan-${loan.loanId}@${input.uidDomain}`,
      sequence: loan.version,
      stamp: input.generatedAt,
      lastModified: loan.updatedAt,
      allDay: true,
      // All-day events end the day after (RFC 5545: DTEND is not included).
      start: new Date(`${loan.startDate}T00:00:00Z`),
      end: new Date(`${plusDays(loan.endDate, 1)}T00:00:00Z`),
      summary: `${kind}${serialNumber ? ` n° ${serialNumber}` : ''} — ${loan.status === 'out' ? 'en prêt' : 'réservé'}`,
    });
  }
  return `${calendar.toString()}\r\n`;
};
