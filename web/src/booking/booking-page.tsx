import { useMemo, useState } from 'preact/hooks';
import type { Api } from '../api';
import { makesBookings } from '../people/abilities';
import type { Me } from '../people/person';
import { NoticePage } from '../shell/frame/notice-page';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { BookingOutcome, type Outcome } from './booking-outcome';
import type { Booking } from './booking-types';
import { bookingFailure } from './booking-words';
import { defaultSlot, type Slot } from './default-slot';
import { MyBookings } from './my-bookings';
import { RoomBooking } from './room-booking';
import { SlotSearch } from './slot-search';

interface BookingPageProps {
  api: Api;
  format: Format;
  me: Me;
  /** A room named in the address, booked directly; empty to search among all. */
  placeId: string;
}

/** `/reservations`: a student books a room to practise, and follows their bookings and requests. */
export const BookingPage = ({ api, format, me, placeId }: BookingPageProps) => {
  const words = format.messages.booking;
  const initial = useMemo(() => defaultSlot(format.timeZone), [format.timeZone]);
  const [outcome, setOutcome] = useState<Outcome>();
  // Every booking or cancelling changes the student's lists, the week's quota and the free rooms.
  const [version, setVersion] = useState(0);

  if (!makesBookings(me.profiles)) {
    return <NoticePage title={words.title} notice={words.onlyStudents} />;
  }

  const book = async (room: { id: string; name: string; kind?: string }, slot: Slot) => {
    setOutcome({ kind: 'sending' });
    try {
      const result = await api.bookRoom({ placeId: room.id, ...slot });
      const status = result.status === 'confirmed' ? 'confirmed' : 'requested';
      setOutcome({ kind: status, name: room.name, placeKind: room.kind, slot });
    } catch (error) {
      setOutcome({ name: room.name, placeKind: room.kind, ...bookingFailure(error, format) });
    }
    setVersion((count) => count + 1);
  };

  const cancel = async (booking: Booking) => {
    setOutcome({ kind: 'sending' });
    try {
      await api.cancelBooking(booking.activityId);
      setOutcome({ kind: 'cancelled', name: booking.placeName, slot: booking });
    } catch (error) {
      setOutcome({ kind: 'cancel-failed', reason: failureReason(error, format) });
    }
    setVersion((count) => count + 1);
  };

  return (
    <section class="page booking" aria-labelledby="booking-title">
      <h2 id="booking-title">{words.title}</h2>
      {!placeId && <p class="page__intro">{words.intro}</p>}
      <BookingOutcome outcome={outcome} me={me} format={format} />
      {placeId ? (
        <RoomBooking api={api} format={format} placeId={placeId} initial={initial} onBook={book} />
      ) : (
        <SlotSearch api={api} format={format} initial={initial} version={version} onBook={book} />
      )}
      <MyBookings key={version} api={api} format={format} onCancel={cancel} />
    </section>
  );
};
