import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/** The zone is not in the time zone database the VTIMEZONE blocks come from: no client could read its times. */
export class UnknownTimeZoneError extends Error {
  constructor(readonly timeZone: string) {
    super(`Unknown time zone ${timeZone}: no VTIMEZONE can describe it`);
    this.name = 'UnknownTimeZoneError';
  }
}

/**
 * The VTIMEZONE block (CRLF lines) that lets clients read `TZID=<zone>` times: Exchange shifted events without one.
 * timezones-ical-library answers the block of the zone's canonical entry, whose TZID may differ from the name asked
 * (Indian/Reunion gives Asia/Dubai, Europe/Monaco gives Europe/Paris, same rules since 1970); the block is renamed
 * so that it matches the TZID of the events, which clients look up by name. (For an unknown zone it answers an
 * empty string after a console.error, hence the check first.)
 */
export const vtimezoneOf = (timeZone: string): string => {
  if (!(tzlib_get_timezones() as string[]).includes(timeZone)) throw new UnknownTimeZoneError(timeZone);
  const [block] = tzlib_get_ical_block(timeZone) as string[];
  if (!block) throw new UnknownTimeZoneError(timeZone);
  return block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${timeZone}`);
};
