import { timetableQuerySchema } from '#domain/planning/planning-input';
import { resourceKindSchema } from '#domain/planning/planning-resource';
import { mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { planningPorts } from './adapters/planning-ports';
import { readVisibleAgenda } from './adapters/visible-agenda';
import { renderTimetablePdf } from './timetable/timetable-pdf';

/** A week's timetable to print: the agenda the reader may see, on one A4 page. */
export const handler = signedInHandler(async (event, actor) => {
  const kind = parseWith(resourceKindSchema, pathParameter(event, 'kind'), 'kind');
  const id = pathParameter(event, 'id');
  const monday = mondayOf(parseQuery(event, timetableQuerySchema).date);
  const agenda = await readVisibleAgenda(actor, { kind, id }, { from: monday, to: plusDays(monday, 6) });
  const placeIds = [...new Set(agenda.days.flatMap((day) => day.items.flatMap((item) => item.placeIds)))];
  const places = placeIds.length > 0 ? await planningPorts.directory.places(placeIds) : [];
  const bytes = await renderTimetablePdf(
    { ...agenda, placeNames: new Map(places.map((place) => [place.id, place.name])) },
    { timeZone: planningPorts.school.timeZone, printedAt: planningPorts.clock.now().toISOString() },
  );
  return {
    status: 200,
    file: { bytes, contentType: 'application/pdf', fileName: `emploi-du-temps-${kind}-${id}-${monday}.pdf` },
  };
});
