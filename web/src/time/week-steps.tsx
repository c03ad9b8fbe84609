import { mondayOf, plusDays } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';

/** The week shown and the way to the one before, this one and the one after. */
export const WeekSteps = ({
  format,
  monday,
  pathOf,
  titleId,
}: {
  format: Format;
  monday: string;
  pathOf: (monday: string) => string;
  titleId: string;
}) => {
  const words = format.messages.time;
  return (
    <div class="time-steps">
      <h3 id={titleId}>{format.message(words.week, { day: format.day(monday) })}</h3>
      <nav class="time-steps__links" aria-labelledby={titleId}>
        <Link href={pathOf(plusDays(monday, -7))} class="button button--secondary button--small">
          {words.previousWeek}
        </Link>
        <Link href={pathOf(mondayOf(format.today()))} class="button button--secondary button--small">
          {words.thisWeek}
        </Link>
        <Link href={pathOf(plusDays(monday, 7))} class="button button--secondary button--small">
          {words.nextWeek}
        </Link>
      </nav>
    </div>
  );
};
