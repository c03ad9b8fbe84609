import { useId } from 'preact/hooks';
import { isCalendarDate, plusDays } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { nextMonth } from './month-span';

interface DateStepperProps {
  date: string;
  /** A day view steps by one day, a week view by seven, a month view to the first of the next month. */
  step: 'day' | 'week' | 'month';
  format: Format;
  onChange: (date: string) => void;
}

/** Previous and next day, week or month, a date picker, and back to today. */
export const DateStepper = ({ date, step, format, onChange }: DateStepperProps) => {
  const id = useId();
  const { planning } = format.messages;
  const days = step === 'day' ? 1 : 7;
  const stepped = (by: number) => (step === 'month' ? nextMonth(date, by) : plusDays(date, by * days));
  const words = {
    day: [planning.previousDay, planning.nextDay, planning.today],
    week: [planning.previousWeek, planning.nextWeek, planning.thisWeek],
    month: [planning.views.previousMonth, planning.views.nextMonth, planning.views.thisMonth],
  }[step];
  return (
    <fieldset class="stepper">
      <legend class="visually-hidden">{planning.dateNav}</legend>
      <button type="button" class="button button--secondary" onClick={() => onChange(stepped(-1))}>
        <span aria-hidden="true">← </span>
        {words[0]}
      </button>
      <div class="stepper__date">
        <label for={id}>{planning.date}</label>
        <input
          id={id}
          type="date"
          value={date}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isCalendarDate(value)) onChange(value);
          }}
        />
      </div>
      <button type="button" class="button button--secondary" onClick={() => onChange(stepped(1))}>
        {words[1]}
        <span aria-hidden="true"> →</span>
      </button>
      <button type="button" class="button button--secondary" onClick={() => onChange(format.today())}>
        {words[2]}
      </button>
    </fieldset>
  );
};
