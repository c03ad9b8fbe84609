import type { BookingRule } from '#domain/booking/booking-rule';

/** Monday to Saturday, while the conservatoire is open. */
const openingHours = [{ weekdays: [1, 2, 3, 4, 5, 6], from: '08:00', to: '21:00' }];

/**
 * What the demo school's curricula let their students book, given its levels from the first to the last (« Cycle
 * 1 » to « Cycle 3 »): every level the practice studios, the last one the rehearsal rooms of the Berlioz site too
 * (the only other rooms open to bookings). Teachers book the same rooms for their own work (preparing a
 * concert, a pupil's audition), two hours at a time at most.
 */
export const demoBookingRules = (levels: readonly string[]): BookingRule[] => {
  const higher = levels.at(-1) as string;
  return [
    {
      label: 'Studios de travail',
      levels: levels.slice(0, -1),
      placeKinds: ['practice-room'],
      hoursPerWeek: 4,
      daysAhead: 14,
      windows: openingHours,
    },
    {
      label: `${higher} : studios et salles de répétition`,
      levels: [higher],
      placeKinds: ['practice-room', 'rehearsal-room'],
      hoursPerWeek: 4,
      daysAhead: 14,
      windows: openingHours,
    },
    {
      label: 'Enseignants : studios et salles de répétition',
      audience: 'teachers',
      levels: [],
      placeKinds: ['practice-room', 'rehearsal-room'],
      hoursPerWeek: 6,
      maxMinutes: 120,
      daysAhead: 21,
      windows: openingHours,
    },
  ];
};
