import type { Place } from '#domain/places/place';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';

interface PlacesTableProps {
  places: readonly Place[];
  format: Format;
  busy: boolean;
  /** A student may go and book each bookable room from its row. */
  booksRooms?: boolean;
}

/** The places as a table on a wide screen; the stylesheet lays each row out as a card on a phone. */
export const PlacesTable = ({ places, format, busy, booksRooms = false }: PlacesTableProps) => {
  const { columns } = format.messages;
  return (
    <table class="places" aria-label={format.messages.placesTitle} aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">{columns.name}</th>
          <th scope="col">{columns.kind}</th>
          <th scope="col" class="places__number">
            {columns.capacity}
          </th>
          <th scope="col">{columns.equipment}</th>
          <th scope="col">{columns.location}</th>
          <th scope="col">{columns.booking}</th>
        </tr>
      </thead>
      <tbody>
        {places.map((place) => (
          <PlaceRow key={place.id} place={place} format={format} booksRooms={booksRooms} />
        ))}
      </tbody>
    </table>
  );
};

const PlaceRow = ({ place, format, booksRooms }: { place: Place; format: Format; booksRooms: boolean }) => (
  <tr>
    <th scope="row" class="places__name">
      {place.name}
    </th>
    <td class="places__kind">{format.kind(place.kind)}</td>
    <td class="places__number places__capacity">{format.capacity(place.capacity)}</td>
    <td class={place.equipment.length ? 'places__equipment' : 'places__equipment places__equipment--none'}>
      {place.equipment.length ? (
        <ul class="equipment">
          {place.equipment.map((item) => (
            <li key={item.type}>{format.equipment(item)}</li>
          ))}
        </ul>
      ) : (
        <>
          <span aria-hidden="true">—</span>
          <span class="visually-hidden">{format.messages.noEquipment}</span>
        </>
      )}
    </td>
    <td class="places__location">
      {format.location(place)}
      {place.address && <span class="places__address">{place.address}</span>}
    </td>
    <td class="places__booking">
      {place.bookable ? (
        <>
          <span class="badge badge--bookable">{format.messages.bookable}</span>
          {booksRooms && (
            <Link href={paths.booking(place.id)} class="places__book">
              {format.messages.booking.book}
              <span class="visually-hidden"> {place.name}</span>
            </Link>
          )}
        </>
      ) : (
        <span class="badge badge--muted">{format.messages.notBookable}</span>
      )}
    </td>
  </tr>
);
