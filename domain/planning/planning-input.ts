import * as z from 'zod/mini';
import { daysFrom } from '#domain/shared/calendar/calendar-days';
import { minutesOf, slotMinutes } from '#domain/shared/calendar/time-of-day';
import {
  calendarDateSchema,
  idListSchema,
  idSchema,
  schoolYearSchema,
  timeOfDaySchema,
} from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import { projectKinds, projectStatuses } from './project';

/** The planning's dates are the API's one calendar date: 2027-02-30 and 9999-12-31 are refused. */
export const dateSchema = calendarDateSchema;

export const timeSchema = timeOfDaySchema.check(
  z.refine((value) => minutesOf(value) % slotMinutes === 0, 'must be on a 5-minute mark, such as 14:05'),
);

const idList = idListSchema;

const ids = (what: string, max: number) => z._default(idList(what, max), []);

const endsAfterStart = (span: { start: string; end: string }) => span.start < span.end;
const spanMessage = { message: 'must end after it starts, on the same day', path: ['end'] };

const spanSchema = z
  .strictObject({ date: dateSchema, start: timeSchema, end: timeSchema })
  .check(z.refine(endsAfterStart, spanMessage));

const movedToSchema = z
  .strictObject({
    date: dateSchema,
    start: timeSchema,
    end: timeSchema,
    placeIds: z.optional(idList('places', 10)),
  })
  .check(z.refine(endsAfterStart, spanMessage));

const exceptionSchema = z.union([
  z.strictObject({ date: dateSchema, cancelled: z.literal(true), reason: z.optional(text(200)) }),
  z.strictObject({ date: dateSchema, movedTo: movedToSchema }),
]);

export const scheduleSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('once'), date: dateSchema, start: timeSchema, end: timeSchema })
    .check(z.refine(endsAfterStart, spanMessage)),
  z
    .strictObject({
      kind: z.literal('weekly'),
      weekday: z
        .int('must be a whole number')
        .check(z.gte(1, 'must be 1 (Monday) to 7'), z.lte(7, 'must be 1 (Monday) to 7')),
      start: timeSchema,
      end: timeSchema,
      from: dateSchema,
      until: dateSchema,
      exceptions: z._default(
        z.array(exceptionSchema).check(z.maxLength(60, 'must list at most 60 exceptions')),
        [],
      ),
    })
    .check(
      z.refine(endsAfterStart, spanMessage),
      z.refine((series) => series.from <= series.until, {
        message: 'must not be before from',
        path: ['until'],
      }),
      z.refine((series) => daysFrom(series.from, series.until) <= 366, {
        message: 'must be at most a year after from: a series runs within a school year',
        path: ['until'],
      }),
    ),
]);

const resources = {
  placeIds: ids('places', 10),
  personIds: ids('people', 60),
  classIds: ids('classes', 20),
  equipmentIds: ids('pieces of equipment', 20),
};

export const newActivitySchema = z.strictObject({
  title: text(160),
  schedule: scheduleSchema,
  ...resources,
  acceptConflicts: z._default(z.boolean('must be true or false'), false),
});

export type NewActivity = z.output<typeof newActivitySchema>;

export const conflictCheckSchema = z.strictObject({
  projectId: idSchema,
  title: z._default(text(160), 'Activité'),
  schedule: scheduleSchema,
  ...resources,
  /** The activity being changed, whose own occurrences do not count. */
  activityId: z.optional(idSchema),
});

export const moveSchema = z.strictObject({
  seriesDate: dateSchema,
  scope: z.enum(['one', 'following'], 'must be one or following'),
  to: spanSchema,
  placeIds: z.optional(idList('places', 10)),
  acceptConflicts: z._default(z.boolean('must be true or false'), false),
});

export type MoveRequest = z.output<typeof moveSchema>;

export const cancellationSchema = z
  .strictObject({
    scope: z.enum(['one', 'following', 'all'], 'must be one, following or all'),
    seriesDate: z.optional(dateSchema),
    reason: z.optional(text(200)),
  })
  .check(
    z.refine((request) => request.scope === 'all' || request.seriesDate !== undefined, {
      message: 'is required to cancel one occurrence or the following ones',
      path: ['seriesDate'],
    }),
  );

export type CancellationRequest = z.output<typeof cancellationSchema>;

const memberSchema = z.strictObject({ personId: idSchema, role: text(80) });

const membersSchema = z.array(memberSchema).check(
  z.maxLength(500, 'must list at most 500 members'),
  z.refine(
    (list) => new Set(list.map(({ personId }) => personId)).size === list.length,
    'lists a person twice',
  ),
);

const kindSchema = z.enum(projectKinds, `must be one of ${projectKinds.join(', ')}`);
const statusSchema = z.enum(projectStatuses, `must be one of ${projectStatuses.join(', ')}`);

export const newProjectSchema = z.strictObject({
  kind: kindSchema,
  name: text(160),
  description: z._default(z.string().check(z.maxLength(20_000, 'must be at most 20,000 characters')), ''),
  status: z._default(statusSchema, 'confirmed'),
  members: z._default(membersSchema, []),
  classIds: ids('classes', 50),
  subject: z.optional(text(120)),
});

export type NewProject = z.output<typeof newProjectSchema>;

export const projectChangesSchema = z.strictObject({
  name: z.optional(text(160)),
  description: z.optional(z.string().check(z.maxLength(20_000, 'must be at most 20,000 characters'))),
  status: z.optional(statusSchema),
  members: z.optional(membersSchema),
  classIds: z.optional(idList('classes', 50)),
});

export type ProjectChanges = z.output<typeof projectChangesSchema>;

export const projectFilterSchema = z.strictObject({
  kind: z.optional(kindSchema),
  status: z.optional(statusSchema),
  /** Only the projects the signed-in person is a member of. */
  mine: z.optional(
    z.pipe(
      z.enum(['true', 'false'], 'must be true or false'),
      z.transform((v) => v === 'true'),
    ),
  ),
});

export const agendaQuerySchema = z.strictObject({ from: dateSchema, to: dateSchema }).check(
  z.refine(({ from, to }) => from <= to, { message: 'must not be before from', path: ['to'] }),
  z.refine(({ from, to }) => daysFrom(from, to) <= 41, {
    message: 'must be at most 6 weeks after from',
    path: ['to'],
  }),
);

/** The week a printed timetable is of: the one holding this date. */
export const timetableQuerySchema = z.strictObject({ date: dateSchema });

export const dayQuerySchema = z.strictObject({
  date: dateSchema,
  site: z.optional(text(120)),
  kind: z.optional(text(40)),
});

export const dayConflictsQuerySchema = z.strictObject({ date: dateSchema });

const wholeQueryNumber = () =>
  z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,6}$/, `must be a whole number`)),
      z.transform((value) => Number(value)),
    ),
  );

export const freePlacesQuerySchema = z
  .strictObject({
    date: dateSchema,
    start: timeSchema,
    end: timeSchema,
    capacity: wholeQueryNumber(),
    equipment: z.optional(text(40)),
    kind: z.optional(text(40)),
    site: z.optional(text(120)),
  })
  .check(z.refine(endsAfterStart, spanMessage));

const labelled = z.strictObject({ label: text(120), date: dateSchema });

export const calendarSchema = z
  .strictObject({
    schoolYear: schoolYearSchema,
    start: dateSchema,
    end: dateSchema,
    openWeekdays: z
      .array(z.int().check(z.gte(1, 'must be 1 (Monday) to 7'), z.lte(7, 'must be 1 (Monday) to 7')))
      .check(z.minLength(1, 'must name at least one day'), z.maxLength(7, 'must name at most 7 days')),
    holidays: z
      .array(
        z.strictObject({ label: text(120), from: dateSchema, to: dateSchema }).check(
          z.refine((holiday) => holiday.from <= holiday.to, {
            message: 'must not be before from',
            path: ['to'],
          }),
        ),
      )
      .check(z.maxLength(60, 'must list at most 60 holidays')),
    closedDays: z.array(labelled).check(z.maxLength(366, 'must list at most 366 days')),
    frenchPublicHolidays: z.boolean('must be true or false'),
  })
  .check(
    z.refine((calendar) => calendar.start <= calendar.end, {
      message: 'must not be before start',
      path: ['end'],
    }),
  );

export const planningExportSchema = z
  .strictObject({
    from: dateSchema,
    to: dateSchema,
    format: z._default(z.enum(['csv', 'json'], 'must be csv or json'), 'csv'),
  })
  .check(
    z.refine(({ from, to }) => from <= to, { message: 'must not be before from', path: ['to'] }),
    z.refine(({ from, to }) => daysFrom(from, to) <= 122, {
      message: 'must be at most four months after from: export a term at a time',
      path: ['to'],
    }),
  );
