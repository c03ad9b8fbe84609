import { useEffect, useRef } from 'preact/hooks';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import type { BookingFailure } from './booking-words';
import type { Slot } from './default-slot';

/** The room an outcome speaks of: its kind, when known, gives the gender its words agree with. */
interface Room {
  name: string;
  placeKind?: string;
}

/** What came of the last booking or cancelling, announced to screen readers as it appears. */
export type Outcome =
  | { kind: 'sending' }
  | ({ kind: 'confirmed'; slot: Slot } & Room)
  | ({ kind: 'requested'; slot: Slot } & Room)
  | ({ kind: 'cancelled'; slot: Slot } & Room)
  | { kind: 'cancel-failed'; reason: string }
  | (Room & BookingFailure);

interface BookingOutcomeProps {
  outcome: Outcome | undefined;
  me: Me;
  format: Format;
}

/**
 * Two live regions that stay in the page, empty until there is news: good news politely, a refusal at once.
 * A confirmed booking links to the student's week, where it now shows.
 */
export const BookingOutcome = ({ outcome, me, format }: BookingOutcomeProps) => {
  const words = format.messages.booking;
  const shown = useRef<HTMLDivElement>(null);
  // The news comes from a dialog, often far down the list on a phone: it is brought into view.
  useEffect(() => {
    if (outcome && outcome.kind !== 'sending') shown.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  const said = (template: string, { name, placeKind, slot }: Room & { slot: Slot }) =>
    format.message(template, {
      name,
      gender: format.placeGender(placeKind),
      day: format.day(slot.date),
      span: format.timeSpan(slot.start, slot.end),
    });
  const good = () => {
    switch (outcome?.kind) {
      case 'sending':
        return <p class="booking-outcome">{words.sending}</p>;
      case 'confirmed':
        return (
          <p class="notice notice--ok booking-outcome">
            <span class="notice__main">{said(words.confirmed, outcome)}</span>
            <Link href={paths.planningWeek('person', me.personId, { date: outcome.slot.date })}>
              {words.seeWeek}
            </Link>
          </p>
        );
      case 'requested':
        return <p class="notice notice--ok booking-outcome">{said(words.requested, outcome)}</p>;
      case 'cancelled':
        return <p class="notice notice--ok booking-outcome">{said(words.mine.cancelled, outcome)}</p>;
      default:
        return null;
    }
  };
  const bad = () => {
    switch (outcome?.kind) {
      case 'refused':
        return format.fill(words.refused, { reason: outcome.reason });
      case 'taken':
        return format.message(words.taken, {
          name: outcome.name,
          gender: format.placeGender(outcome.placeKind),
        });
      case 'failed':
        return format.fill(words.bookFailed, { reason: outcome.reason });
      case 'cancel-failed':
        return format.fill(words.mine.cancelFailed, { reason: outcome.reason });
      default:
        return undefined;
    }
  };
  const problem = bad();
  return (
    <div class="booking-outcomes" ref={shown}>
      <div role="status">{good()}</div>
      <div role="alert">{problem && <p class="notice notice--error booking-outcome">{problem}</p>}</div>
    </div>
  );
};
