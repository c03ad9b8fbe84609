import { useId } from 'preact/hooks';
import { isCalendarDate, plusDays } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';

interface DateStepperProps {
  date: string;
  /** A day view steps by one day, a week view by seven. */
  step: 'day' | 'week';
  format: Format;
  onChange: (date: string) => void;
}

/** Previous and next day or week, a date picker, and back to today. */
export const DateStepper = ({ date, step, format, onChange }: DateStepperProps) => {
  const id = useId();
  const { planning } = format.messages;
  const days = step === 'day' ? 1 : 7;
  return (
    <fieldset class="stepper">
      <legend class="visually-hidden">{planning.dateNav}</legend>
      <button type="button" class="button button--secondary" onClick={() => onChange(plusDays(date, -days))}>
        <span aria-hidden="true">← </span>
        {step === 'day' ? planning.previousDay : planning.previousWeek}
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
      <button type="button" class="button button--secondary" onClick={() => onChange(plusDays(date, days))}>
        {step === 'day' ? planning.nextDay : planning.nextWeek}
        <span aria-hidden="true"> →</span>
      </button>
      <button type="button" class="button button--secondary" onClick={() => onChange(format.today())}>
        {step === 'day' ? planning.today : planning.thisWeek}
      </button>
    </fieldset>
  );
};
