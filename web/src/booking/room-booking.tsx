import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { PlaceFacts } from '../planning/place-facts';
import { paths } from '../routes';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { Slot } from './default-slot';
import { SlotFields, slotProblem } from './slot-fields';

interface RoomBookingProps {
  api: Api;
  format: Format;
  placeId: string;
  initial: Slot;
  onBook: (room: { id: string; name: string; kind?: string }, slot: Slot) => void;
}

/**
 * One room, named in the address (from the places page): booked directly, so that the API says whether the
 * student's curriculum opens it, and why not.
 */
export const RoomBooking = ({ api, format, placeId, initial, onBook }: RoomBookingProps) => {
  const words = format.messages.booking;
  const load = useCallback((signal: AbortSignal) => api.place(placeId, signal), [api, placeId]);
  const { state } = useLoad(load);
  const errorId = useId();
  const [slot, setSlot] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const other = (
    <p>
      <Link href={paths.booking()}>{words.room.other}</Link>
    </p>
  );

  if (state.status === 'loading') return <p class="loading">{format.messages.loadingPage}</p>;
  if (state.status === 'failed') {
    const gone = state.error instanceof ApiError && state.error.status === 404;
    return (
      <>
        <p class="notice notice--error" role="alert">
          {gone ? words.room.notFound : format.pageLoadError(failureReason(state.error, format))}
        </p>
        {other}
      </>
    );
  }
  const room = state.value;

  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = slotProblem(slot, format);
    setProblem(wrong);
    if (!wrong) setConfirming(true);
  };

  return (
    <>
      <section class="framed booking-card booking-card--room" aria-labelledby="booking-room-title">
        <h3 id="booking-room-title" class="booking-card__title">
          {format.fill(words.room.title, { name: room.name })}
        </h3>
        <PlaceFacts place={room} format={format} />
      </section>
      <p class="page__intro">{words.room.intro}</p>
      <form class="form booking-form" noValidate onSubmit={submit} aria-label={words.form}>
        <SlotFields slot={slot} onSlot={setSlot} format={format} errorId={problem ? errorId : undefined} />
        <FormAlert id={errorId} message={problem} />
        <button type="submit" class="button">
          {words.book}
        </button>
      </form>
      {other}
      <ConfirmDialog
        open={confirming}
        title={format.fill(words.confirmBook, { name: room.name })}
        text={format.fill(words.slotText, {
          name: room.name,
          day: format.day(slot.date),
          span: format.timeSpan(slot.start, slot.end),
        })}
        confirmLabel={words.confirm}
        cancelLabel={words.back}
        onConfirm={() => {
          setConfirming(false);
          onBook(room, slot);
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
};
