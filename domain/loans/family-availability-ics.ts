import ical, { ICalCalendarMethod } from 'ical-generator';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { familyTitles } from './catalogue';
import { type ItemFamily, itemFamilies } from './item';
import { holdingStatuses, type LoanStatus } from './loan';
import type { InventoryStore, LoanStore } from './loans-ports';

/** A loan holding an item, as the family's calendar shows it: the item and the span, never the borrower. */
export interface HeldSpan {
  loanId: string;
  status: LoanStatus;
  startDate: string;
  endDate: string;
  kind: string;
  serialNumber?: string;
}

/**
 * An instrument family's availability as a calendar for staff (issue 19): one all-day event per loan that holds an
 * item (approved, signed, out), over its span, « Violoncelle 4/4 n° … — en prêt ». It names nobody, so the file
 * sits behind a signed feed URL like the plannings' (a feed kind `instrument-family` of `domain/sharing`).
 */
export const familyAvailabilityIcs = (input: {
  calendarName: string;
  uidDomain: string;
  spans: readonly HeldSpan[];
  generatedAt: string;
}) => {
  const calendar = ical({
    prodId: { company: 'Préau', product: 'Instruments', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    name: input.calendarName.replace(/\s*[\r\n]+\s*/g, ' '),
    ttl: 4 * 3600,
  });
  for (const span of input.spans) {
    if (!holdingStatuses.includes(span.status)) continue;
    calendar.createEvent({
      id: `loan-${span.loanId}@${input.uidDomain}`,
      // A loan only moves forward while it holds its item (approved → signed → out): its event's version.
      sequence: holdingStatuses.indexOf(span.status),
      stamp: input.generatedAt,
      allDay: true,
      // All-day events end the day after (RFC 5545: DTEND is not included).
      start: new Date(`${span.startDate}T00:00:00Z`),
      end: new Date(`${plusDays(span.endDate, 1)}T00:00:00Z`),
      summary: `${span.kind}${span.serialNumber ? ` n° ${span.serialNumber}` : ''} — ${span.status === 'out' ? 'en prêt' : 'réservé'}`,
    });
  }
  return `${calendar.toString()}\r\n`;
};

/** How far ahead a family's feed looks: this month and the five next, one query of the month's marks each. */
export const familyFeedMonths = 6;

export interface FamilyFeedPorts {
  inventory: Pick<InventoryStore, 'allOfFamily'>;
  loans: Pick<LoanStore, 'holdsOf'>;
  clock: { now(): Date };
  school: { schoolId: string; name: string; timeZone: string };
}

/** The months a family's feed reads from a day: `2026-12`, `2027-01`… */
export const monthsFrom = (today: string, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const month = Number(today.slice(5, 7)) - 1 + index;
    const year = Number(today.slice(0, 4)) + Math.floor(month / 12);
    return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
  });

export const isItemFamily = (value: string): value is ItemFamily =>
  (itemFamilies as readonly string[]).includes(value);

/** The family's name as its feed is titled: « Cordes ». Undefined for no family of the inventory. */
export const familyFeedLabel = (family: string) => (isItemFamily(family) ? familyTitles[family] : undefined);

/**
 * A family's feed: the loans holding its items over the coming months, read from the month marks (the family's
 * items once, then one query per month: 7 queries), each loan once with the span its marks summarise.
 */
export const familyFeedIcs = async (family: ItemFamily, calendarName: string, ports: FamilyFeedPorts) => {
  const now = ports.clock.now();
  const months = monthsFrom(todayInZone(now, ports.school.timeZone), familyFeedMonths);
  const [items, ...holds] = await Promise.all([
    ports.inventory.allOfFamily(family),
    ...months.map((month) => ports.loans.holdsOf(family, month)),
  ]);
  const itemsById = new Map(items.map((item) => [item.itemId, item]));
  const spans = new Map<string, HeldSpan>();
  for (const hold of holds.flat()) {
    const item = itemsById.get(hold.itemId);
    for (const [loanId, summary] of Object.entries(hold.loans)) {
      if (spans.has(loanId) || !Object.values(hold.days).includes(loanId)) continue;
      spans.set(loanId, {
        loanId,
        status: summary.status,
        startDate: summary.startDate,
        endDate: summary.endDate,
        kind: item?.kind ?? 'Instrument',
        ...(item?.serialNumber && { serialNumber: item.serialNumber }),
      });
    }
  }
  return familyAvailabilityIcs({
    calendarName,
    uidDomain: `${ports.school.schoolId}.preau`,
    spans: [...spans.values()].sort(
      (a, b) => a.startDate.localeCompare(b.startDate) || a.loanId.localeCompare(b.loanId),
    ),
    generatedAt: now.toISOString(),
  });
};
