import { SlotFields as DayAndHours } from '../planning/fields';
import { timeSpanProblem } from '../planning/time-span-check';
import { isCalendarDate } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import type { Slot } from './default-slot';

interface SlotFieldsProps {
  slot: Slot;
  onSlot: (slot: Slot) => void;
  format: Format;
  /** The id of the form's error message, set when the slot is at fault. */
  errorId?: string;
}

/** The day and hours of a booking, side by side on a wide screen. */
export const SlotFields = ({ slot, onSlot, format, errorId }: SlotFieldsProps) => {
  const { date, start, end } = format.messages.booking;
  return <DayAndHours slot={slot} onSlot={onSlot} labels={{ date, start, end }} errorId={errorId} />;
};

/** What is wrong with a slot as typed, in the student's words; undefined when it will do. */
export const slotProblem = (slot: Slot, format: Format) => {
  const words = format.messages.booking;
  if (!isCalendarDate(slot.date)) return words.incomplete;
  if (slot.date < format.today()) return words.pastDay;
  return timeSpanProblem(slot.start, slot.end, format);
};
