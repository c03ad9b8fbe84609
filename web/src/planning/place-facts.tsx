import type { Format } from '../shell/i18n/format';
import type { PlaceSummary } from './planning-types';

/** What a place is chosen by, on its card: its kind, site and seats, and its equipment. */
export const PlaceFacts = ({ place, format }: { place: PlaceSummary; format: Format }) => (
  <>
    <p class="card__detail">
      {format.kind(place.kind)} · {place.site} · {format.capacity(place.capacity)}
    </p>
    {place.equipment.length > 0 && (
      <ul class="equipment card__detail">
        {place.equipment.map((item) => (
          <li key={item.type}>{format.equipment(item)}</li>
        ))}
      </ul>
    )}
  </>
);
