import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorCodes } from '#domain/error-codes';
import { mondayOf } from '#domain/shared/calendar/calendar-days';
import { followingYear, schoolYearOf } from '#domain/shared/calendar/school-year';
import { type Route, routes } from '#infra/definitions/routes/index';
import { demoDirectory, demoPassword } from '#infra/local/seed/people/demo-people';
import { plusDays, todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

/**
 * Every route of the route table, fed what a careless client or an attacker sends: malformed escapes, ids of
 * 5,000 characters and unicode in the path; impossible and far dates, wrong types in the query; wrong types, nulls,
 * missing fields, huge strings and lists, a 1 MB body, invalid JSON in the body. The API answers each with a 4xx
 * that names the field, never a 5xx, and writes nothing it refuses. Routes added later are walked too: their path
 * parameters and bodies get the generic inputs, their known query parameters the generic names.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Answer {
  status: number;
  error?: { code?: unknown; field?: unknown; errors?: { field?: unknown; code?: unknown }[] };
}

interface Attempt {
  route: string;
  what: string;
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  as: 'admin' | 'student' | 'anonymous';
  /** The field a 400 must name, when the input is one the API must refuse. */
  refusedAt?: string;
  /** The field a 400 must name, or the list or object that holds it (a union of shapes is refused as a whole). */
  refusedWithin?: string;
  /** The status the API must give, when it is known. */
  expectedStatus?: number;
}

const keyOf = (route: Route) => `${route.method} ${route.path}`;
const handlerSource = (route: Route) =>
  readFileSync(new URL(`../../../functions/${route.handler}.ts`, import.meta.url), 'utf8');
/** Whether a route reads a JSON body or a query: the others ignore them, so sending them bad ones proves nothing. */
const readsBody = (route: Route) => handlerSource(route).includes('parseJsonBody(');
const readsQuery = (route: Route) => handlerSource(route).includes('parseQuery(');
/** Routes whose body is optional: without one they do their work (applying an import needs a body only to confirm a year). */
const optionalBodyRoutes = new Set(['POST /api/imports/{jobId}/apply']);

/** Routes a student uses; every other signed-in route is tried as a school administrator, who may do the most. */
const studentRoutes = new Set(['POST /api/bookings', 'GET /api/bookings/options', 'GET /api/bookings/mine']);

const longId = 'a'.repeat(5_000);
const hugeText = 'x'.repeat(100_000);

/** Path parameter values the API must refuse at the parameter, with a 400 naming it. */
const badPathValues: [string, string][] = [
  ['a malformed escape', '%E0%A4%A'],
  ['a lone %', '%'],
  ['a 5,000-character id', longId],
  ['unicode', encodeURIComponent('é🎹')],
  ['a key separator', encodeURIComponent('x#y')],
];

/** Query values; the dates among them must be refused at their parameter. */
const badQueryValues: [string, string][] = [
  ['an impossible date', '2027-02-30'],
  ['month 13', '2026-13-01'],
  ['a far date', '9999-12-31'],
  ['a zero date', '0000-00-00'],
  ['a word', 'abc'],
  ['a negative number', '-1'],
  ['an overflowing number', '1e309'],
  ['nothing', ''],
  ['a 5,000-character id', longId],
  ['a malformed escape', '%E0%A4%A'],
  ['a time past midnight', '24:00'],
  ['unicode', encodeURIComponent('Ωé🎹\u0000')],
];
/** Cursors of the places' listing made by hand: its partition, with keys DynamoDB would not take. */
const cursorOf = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');
const craftedCursors: [string, string][] = [
  ['the partition alone', cursorOf({ GSI1PK: 'PLACES#active' })],
  [
    'the partition and an unknown key',
    cursorOf({ GSI1PK: 'PLACES#active', PK: 'x', SK: 'y', GSI1SK: 'z', no: 'n' }),
  ],
  [
    'a 1,500-character sort key',
    cursorOf({ GSI1PK: 'PLACES#active', PK: 'x', SK: 'y', GSI1SK: 'z'.repeat(1_500) }),
  ],
  ['an empty sort key', cursorOf({ GSI1PK: 'PLACES#active', PK: 'x', SK: 'y', GSI1SK: '' })],
];
const refusedDates = new Set(['2027-02-30', '2026-13-01', '9999-12-31', '0000-00-00']);
const dateParameters = new Set(['date', 'from', 'to']);

/** Values put in place of each field of a valid body. */
const badFieldValues: [string, Json][] = [
  ['null', null],
  ['a number', 12345],
  ['a negative number', -1],
  ['a fraction', 0.5],
  ['a huge number', 1e308],
  ['true', true],
  ['a word', 'abc'],
  ['an empty string', ''],
  ['a 100,000-character string', hugeText],
  ['a 5,000-character id', longId],
  ['unicode', 'Ωé🎹\u0000\u202e'],
  ['an impossible date', '2027-02-30'],
  ['month 13', '2026-13-01'],
  ['a far date', '9999-12-31'],
  ['a time past midnight', '24:00'],
  ['an object', { unexpected: 1 }],
  ['a list', ['x']],
];

/** Bodies every route that reads one must refuse as a whole. */
const badBodies: { what: string; body: string; contentType?: string; status: number }[] = [
  { what: 'invalid JSON', body: '{"name":', status: 400 },
  { what: 'a JSON list', body: '[]', status: 400 },
  { what: 'JSON null', body: 'null', status: 400 },
  { what: 'a JSON string', body: '"text"', status: 400 },
  { what: 'a JSON number', body: '42', status: 400 },
  { what: 'lists nested 50,000 deep', body: `${'['.repeat(50_000)}${']'.repeat(50_000)}`, status: 400 },
  { what: 'a 1 MB body', body: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }), status: 413 },
  {
    what: 'bytes that are not JSON',
    body: '\u00ff\u00fe\u0000binary',
    contentType: 'application/pdf',
    status: 400,
  },
];

const missing = Symbol('missing');

const withValueAt = (root: Json, path: (string | number)[], value: Json | typeof missing): Json => {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (value === missing) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
};

/**
 * Whether a bad value put in place of a field must be refused at that field: an impossible or far day where a date
 * was, 24:00 where a time was, a 5,000-character id where an id was.
 */
const mustRefuse = (path: (string | number)[], original: Json, bad: Json) => {
  const lastKey = path.findLast((key) => typeof key === 'string') ?? '';
  const isId =
    typeof original === 'string' &&
    (/(?:^id|Id)$/.test(String(path.at(-1))) || (/Ids$/.test(lastKey) && typeof path.at(-1) === 'number'));
  return (
    (typeof original === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(original) &&
      refusedDates.has(bad as string)) ||
    (typeof original === 'string' && /^\d{2}:\d{2}$/.test(original) && bad === '24:00') ||
    (isId && bad === longId)
  );
};

/** Each field of a body (and each list and object in it, through its first element), changed one at a time. */
const mutationsOf = (root: Json): { what: string; body: Json; refusedWithin?: string }[] => {
  const mutations: { what: string; body: Json; refusedWithin?: string }[] = [];
  const walk = (value: Json, path: (string | number)[]) => {
    if (path.length > 0) {
      const at = path.join('.');
      for (const [what, bad] of badFieldValues) {
        mutations.push({
          what: `${at} as ${what}`,
          body: withValueAt(root, path, bad),
          ...(mustRefuse(path, value, bad) && { refusedWithin: at }),
        });
      }
      if (typeof path.at(-1) === 'string') {
        mutations.push({ what: `${at} missing`, body: withValueAt(root, path, missing) });
      }
    }
    if (Array.isArray(value)) {
      const first = value[0] ?? 'x';
      if (path.length > 0) {
        mutations.push({
          what: `${path.join('.')} with 2,000 elements`,
          body: withValueAt(
            root,
            path,
            Array.from({ length: 2_000 }, () => first),
          ),
        });
      }
      // The first element stands for the others: they go through the same schema.
      if (value.length > 0) walk(value[0] as Json, [...path, 0]);
    } else if (value !== null && typeof value === 'object') {
      mutations.push({
        what: `${path.join('.') || 'body'} with an unknown field`,
        body: path.length === 0 ? { ...value, unexpected: 1 } : withValueAt(root, [...path, 'unexpected'], 1),
      });
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(root, []);
  return mutations;
};

const knownCodes = new Set<string>(Object.values(apiErrorCodes).flat());

describe('every route, fed malformed input, answers a 4xx naming the field and never a 5xx', () => {
  let school: SchoolUnderTest;
  const tokens = { admin: '', student: '' };
  const today = todayInParis();
  /** Next week's Tuesday: within the booking rule's horizon, and a day of the weekly course. */
  const tuesday = (() => {
    const day = new Date(`${today}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + ((9 - day.getUTCDay()) % 7 || 7));
    return day.toISOString().slice(0, 10);
  })();
  const ids: Record<string, string> = {};
  const counts = { places: 0, activities: 0, forms: 0 };
  const created = { places: 0, activities: 0, forms: 0 };
  /** The places, activities and forms the attempts created (201), to compare with what the lists show. */
  const createdBy: Record<string, keyof typeof created> = {
    'POST /api/places': 'places',
    'POST /api/projects/{projectId}/activities': 'activities',
    'POST /api/request-forms': 'forms',
  };

  const send = async (attempt: Attempt): Promise<Answer> => {
    // As a browser does on every POST: the activation letters print the portal's address.
    const headers: Record<string, string> = { origin: school.url, ...attempt.headers };
    if (attempt.as !== 'anonymous') headers.authorization = `Bearer ${tokens[attempt.as]}`;
    if (attempt.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${school.url}${attempt.path}`, {
      method: attempt.method,
      headers,
      body: attempt.body,
    });
    const text = await response.text();
    const json =
      (response.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : {};
    return { status: response.status, error: json?.error };
  };

  const call = async (method: string, path: string, body?: unknown, as: 'admin' | 'student' = 'admin') => {
    const response = await fetch(`${school.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[as]}`,
        'content-type': 'application/json',
        origin: school.url,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  /** Sends the attempts a few at a time (the machine is shared), and notes every answer that breaks the rules. */
  const attemptAll = async (attempts: Attempt[]) => {
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < attempts.length) {
        const attempt = attempts[next++] as Attempt;
        const answer = await send(attempt);
        const problem = problemOf(attempt, answer);
        if (problem) failures.push(`${attempt.route} — ${attempt.what}: ${problem}`);
        const kind = createdBy[attempt.route];
        if (kind && answer.status === 201) created[kind] += 1;
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    return failures;
  };

  const problemOf = (attempt: Attempt, { status, error }: Answer) => {
    const said = `${status} ${JSON.stringify(error)}`;
    if (status >= 500) return `got ${said}`;
    if (attempt.expectedStatus !== undefined && status !== attempt.expectedStatus)
      return `expected ${attempt.expectedStatus}, got ${said}`;
    if (status === 400 || status === 413) {
      if (typeof error?.code !== 'string' || typeof error.field !== 'string' || error.field === '')
        return `a ${status} without a code and a field: ${said}`;
    }
    // Every refusal of the functions has a code of the catalogue, which the portal words; so has each problem of a 400.
    // API Gateway's own 401 (`{ message: 'Unauthorized' }`, locally as in AWS) is not the functions' to shape.
    const gateway = status === 401 && error === undefined;
    if (status >= 400 && !gateway && !knownCodes.has(String(error?.code)))
      return `a ${status} with a code of no catalogue: ${said}`;
    const problems = status === 400 ? error?.errors : [];
    if (!Array.isArray(problems) || problems.length === 0) {
      if (status === 400) return `a 400 without its list of errors: ${said}`;
    } else if (
      problems.some((each) => typeof each?.field !== 'string' || !knownCodes.has(String(each?.code)))
    ) {
      return `a 400 with a problem of no catalogue: ${said}`;
    }
    if (attempt.refusedAt !== undefined && (status !== 400 || error?.field !== attempt.refusedAt))
      return `expected 400 naming ${attempt.refusedAt}, got ${said}`;
    const within = attempt.refusedWithin;
    const field = String(error?.field);
    if (within !== undefined && (status !== 400 || (field !== within && !within.startsWith(`${field}.`))))
      return `expected 400 naming ${within}, got ${said}`;
    return undefined;
  };

  /** A valid value for each path parameter, so that only the one being tried is wrong. */
  const validPath = (route: Route, replaced?: { name: string; value: string }) =>
    route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      replaced?.name === name ? replaced.value : encodeURIComponent(ids[name] ?? 'x'),
    );

  const actorOf = (route: Route): Attempt['as'] =>
    route.access === 'public' ? 'anonymous' : studentRoutes.has(keyOf(route)) ? 'student' : 'admin';

  /** Valid queries of the routes that read one, and the parameters to try on each. */
  const queries = (): Record<string, { valid: Record<string, string>; parameters: string[] }> => ({
    'GET /api/places': { valid: {}, parameters: ['kind', 'site', 'status', 'limit', 'cursor'] },
    'GET /api/people': { valid: {}, parameters: ['name', 'kind', 'classId', 'limit'] },
    'GET /api/projects': { valid: {}, parameters: ['kind', 'status', 'mine'] },
    'GET /api/agenda/{kind}/{id}': {
      valid: { from: today, to: plusDays(today, 6) },
      parameters: ['from', 'to'],
    },
    'GET /api/agenda/{kind}/{id}/pdf': { valid: { date: today }, parameters: ['date'] },
    'GET /api/planning/day': { valid: { date: today }, parameters: ['date', 'site', 'kind'] },
    'GET /api/planning/day-conflicts': { valid: { date: today }, parameters: ['date'] },
    'GET /api/planning/free-places': {
      valid: { date: tuesday, start: '10:00', end: '11:00' },
      parameters: ['date', 'start', 'end', 'capacity', 'equipment', 'kind', 'site'],
    },
    'GET /api/planning/export': {
      valid: { from: today, to: plusDays(today, 6), format: 'json' },
      parameters: ['from', 'to', 'format'],
    },
    'GET /api/bookings/options': {
      valid: { date: tuesday, start: '10:00', end: '11:00' },
      parameters: ['date', 'start', 'end', 'capacity', 'equipment'],
    },
    'GET /api/booking-requests': { valid: {}, parameters: ['status'] },
    'GET /api/request-forms': { valid: {}, parameters: ['all'] },
    'GET /api/form-requests': { valid: { mine: 'true' }, parameters: ['mine', 'state', 'projectId'] },
    'GET /api/feeds': { valid: {}, parameters: ['all'] },
    'GET /api/work-groups/candidates': { valid: { name: 'ma' }, parameters: ['name'] },
    'GET /api/homework/books/{kind}/{id}': { valid: {}, parameters: ['year'] },
    'GET /api/homework/books/{kind}/{id}/pdf': { valid: {}, parameters: ['year'] },
    'GET /api/attendance/flagged': { valid: {}, parameters: ['month'] },
    'GET /api/attendance/export': {
      valid: { classId: ids.classId as string, from: plusDays(today, -30), to: today },
      parameters: ['classId', 'from', 'to'],
    },
    'GET /api/attendance/my-courses': { valid: {}, parameters: ['date'] },
    // Instruments: a family's items, the export, the labels.
    'GET /api/loans/items': { valid: { family: 'strings' }, parameters: ['family', 'q', 'cursor'] },
    'GET /api/loans/export': { valid: {}, parameters: ['family'] },
    'GET /api/loans/labels': { valid: { family: 'strings' }, parameters: ['family', 'itemIds'] },
    // L1 loans
    'GET /api/loans/availability': {
      valid: { family: 'strings', month: today.slice(0, 7) },
      parameters: ['family', 'month'],
    },
    'GET /api/loans': { valid: {}, parameters: ['status', 'itemId', 'borrowerId'] },
    // Sales (issue 18)
    'GET /api/sales/clients': { valid: {}, parameters: ['name', 'limit', 'after'] },
    'GET /api/sales/quotes': { valid: {}, parameters: ['status', 'limit', 'after'] },
    // S3 invoices
    'GET /api/sales/invoices': { valid: { status: 'issued' }, parameters: ['status', 'from', 'to'] },
    // Sales (S4): the journal of the last month.
    'GET /api/sales/journal': {
      valid: { from: plusDays(today, -30), to: today },
      parameters: ['from', 'to', 'part'],
    },
    // Technical staff's time (T1): candidates for a slot, a week, a shift removed on its version.
    'GET /api/time/candidates': {
      valid: {
        startsAt: `${plusDays(today, 30)}T09:00:00+01:00`,
        endsAt: `${plusDays(today, 30)}T12:00:00+01:00`,
      },
      parameters: ['startsAt', 'endsAt', 'skill'],
    },
    'GET /api/time/weeks/{monday}': { valid: {}, parameters: ['personId'] },
    'DELETE /api/time/shifts/{shiftId}': { valid: { version: '1' }, parameters: ['version'] },
    // T2 hours, approval, exports: a person's totals over a span, a month's exports.
    'GET /api/time/totals': { valid: {}, parameters: ['personId', 'from', 'to'] },
    'GET /api/time/exports/payroll.csv': { valid: { month: today.slice(0, 7) }, parameters: ['month'] },
    'GET /api/time/exports/intermittents.csv': { valid: { month: today.slice(0, 7) }, parameters: ['month'] },
  });
  /** An instrument of the inventory, with its kit. */
  const instrument = {
    family: 'strings',
    kind: 'Violoncelle 4/4',
    maker: 'Gliga',
    serialNumber: 'FZ-0',
    year: 2019,
    valueCents: 250_000,
    condition: 'good',
    location: 'Salle 12',
    accessories: ['housse', 'archet'],
    status: 'available',
  };
  /** A technician's shift: the head of school's, with the contract the fuzz gives them, a month ahead. */
  const timeShift = () => ({
    personId: ids.personId as string,
    work: 'set-up',
    link: { projectId: ids.projectId as string },
    planned: {
      startsAt: `${plusDays(today, 30)}T09:00:00+01:00`,
      endsAt: `${plusDays(today, 30)}T13:00:00+01:00`,
      breakMinutes: 15,
    },
    exception: { ground: 'premiere', reason: 'La première approche', premiereDate: plusDays(today, 35) },
  });
  /** What a route added later is tried with, for lack of a line above. */
  const commonParameters = ['date', 'from', 'to', 'start', 'end', 'limit', 'cursor', 'kind', 'status', 'all'];

  /** A valid body of each route that reads one; each of its fields is then made wrong in turn. */
  const bodies = (): Record<string, Json> => {
    const form: Json = {
      title: 'Besoins du récital',
      description: 'Pour la régie',
      projectKinds: ['course', 'exam'],
      fields: [
        { id: 'besoin', label: 'Besoin', kind: 'text', required: true, help: 'Décrivez' },
        { id: 'jour', label: 'Jour', kind: 'date', required: false },
        { id: 'pupitres', label: 'Pupitres', kind: 'number', required: false },
        { id: 'micro', label: 'Micro', kind: 'choices', required: false, options: ['Un', 'Deux'] },
      ],
    };
    const salesClient: Json = {
      legalName: 'Chœur des Lilas',
      category: 'association',
      siren: '732829320',
      siret: '73282932000074',
      vatNumber: 'FR44732829320',
      billingAddress: { lines: ['12 rue des Lilas'], postcode: '75019', city: 'Paris', countryCode: 'FR' },
      contact: { name: 'Marie Durand', email: 'marie.durand@example.org', phone: '01 23 45 67 89' },
    };
    const salesGrid: Json = {
      name: 'Saison 2026–2027',
      validFrom: '2026-09-01',
      validTo: '2027-08-31',
      rates: [
        {
          placeKind: 'practice-room',
          category: 'association',
          unit: 'hour',
          priceCents: 2000,
          vatRate: 20,
          setupMinutes: 15,
          teardownMinutes: 15,
        },
      ],
      extras: [{ extraId: 'tuning', label: 'Accord du piano', unit: 'unit', priceCents: 12000, vatRate: 20 }],
    };
    const salesQuote: Json = {
      clientId: ids.clientId as string,
      title: 'Répétition',
      slots: [
        {
          placeId: ids.placeId as string,
          startsAt: '2027-03-13T19:00:00+01:00',
          endsAt: '2027-03-13T21:00:00+01:00',
        },
      ],
      extras: [{ extraId: 'tuning', quantity: 1 }],
    };
    return {
      'POST /api/places': {
        name: 'Studio 12',
        kind: 'practice-room',
        capacity: 2,
        equipment: [{ type: 'upright-piano', quantity: 1 }],
        site: 'Site Jean-Jaurès',
        building: 'Bâtiment B',
        address: '1 rue de la Paix',
        bookable: true,
      },
      'PATCH /api/places/{placeId}': { name: 'Studio 11', capacity: 3, building: null },
      'PUT /api/settings/audit': { retentionDays: 400 },
      'POST /api/session': { username: 'inconnu.demo', password: 'Pas-le-bon-2026!' },
      'POST /api/activation': { code: 'ABCD-EFGH-JKLM', password: 'Un-mot-de-passe-2026!' },
      'POST /api/session/forgot-password': { username: 'inconnu.demo' },
      'POST /api/session/reset-password': {
        username: 'inconnu.demo',
        code: '123456',
        password: 'Un-mot-de-passe-2026!',
      },
      'POST /api/activation-batches': { scope: 'class', classId: ids.classId as string },
      'POST /api/people': {
        firstName: 'Clara',
        lastName: 'Haskil',
        kind: 'guest-artist',
        email: 'clara@example.fr',
        phone: '06 12 34 56 78',
        address: ['1 rue de la Paix'],
        organisation: 'Récitals',
      },
      'PATCH /api/people/{personId}': { email: 'agnes@example.fr', phone: '06 12 34 56 78' },
      'POST /api/duplicate-guardians/merge': {
        keepId: '00000000-0000-4000-8000-000000000001',
        mergeIds: ['00000000-0000-4000-8000-000000000002'],
      },
      'POST /api/imports': {
        source: 'spreadsheet',
        files: ['eleves.csv'],
        sourceName: 'Tableur',
        mapping: { id: 'Numéro', firstName: 'Prénom', lastName: 'Nom', kind: { fixed: 'student' } },
        target: 'current',
      },
      'POST /api/imports/{jobId}/apply': { confirmYear: '2025-2026' },
      'POST /api/projects': {
        kind: 'internal',
        name: 'Portes ouvertes',
        description: 'Le samedi',
        status: 'confirmed',
        members: [{ personId: ids.personId as string, role: 'accueil' }],
        classIds: [ids.classId as string],
        subject: 'Accueil',
      },
      'PATCH /api/projects/{projectId}': {
        name: 'Piano',
        description: 'Le mardi',
        status: 'confirmed',
        members: [{ personId: ids.personId as string, role: 'professeur' }],
        classIds: [ids.classId as string],
      },
      'POST /api/projects/{projectId}/activities': {
        title: 'Répétition',
        schedule: { kind: 'once', date: plusDays(tuesday, 1), start: '12:00', end: '13:00' },
        placeIds: [ids.placeId as string],
        personIds: [ids.personId as string],
        classIds: [ids.classId as string],
        equipmentIds: ['upright-piano'],
        acceptConflicts: true,
      },
      'POST /api/planning/conflicts': {
        projectId: ids.projectId as string,
        title: 'Cours',
        schedule: {
          kind: 'weekly',
          weekday: 3,
          start: '17:00',
          end: '18:00',
          from: today,
          until: plusDays(today, 60),
          exceptions: [
            { date: plusDays(tuesday, 1), cancelled: true, reason: 'Concert' },
            {
              date: plusDays(tuesday, 8),
              movedTo: {
                date: plusDays(tuesday, 9),
                start: '17:00',
                end: '18:00',
                placeIds: [ids.placeId as string],
              },
            },
          ],
        },
        placeIds: [ids.placeId as string],
        activityId: ids.activityId as string,
      },
      'POST /api/activities/{activityId}/move': {
        seriesDate: plusDays(tuesday, 7),
        scope: 'one',
        to: { date: plusDays(tuesday, 9), start: '17:00', end: '18:00' },
        placeIds: [ids.placeId as string],
        acceptConflicts: true,
      },
      'POST /api/activities/{activityId}/cancel': {
        scope: 'one',
        seriesDate: plusDays(tuesday, 14),
        reason: 'Professeur absent',
      },
      'PUT /api/planning/calendar': {
        schoolYear: '2026-2027',
        start: '2026-09-01',
        end: '2027-07-03',
        openWeekdays: [1, 2, 3, 4, 5, 6],
        holidays: [{ label: 'Vacances de Noël', from: '2026-12-19', to: '2027-01-03' }],
        closedDays: [{ label: 'Pont', date: '2027-05-07' }],
        frenchPublicHolidays: true,
      },
      'POST /api/feeds': { selection: { kind: 'place', id: ids.placeId as string }, name: 'Studio' },
      'POST /api/mini-sites': {
        name: 'Le cours de piano',
        locale: 'fr',
        tabs: [
          {
            kind: 'project-sheet',
            projectId: ids.projectId as string,
            title: 'Le cours',
            showMembers: false,
          },
          { kind: 'planning', resource: { kind: 'place', id: ids.placeId as string }, weeks: 2 },
          { kind: 'daily-bulletin', title: 'Aujourd’hui', site: 'Site Jean-Jaurès' },
        ],
      },
      'POST /api/projects/{projectId}/documents': {
        name: 'Programme.pdf',
        contentType: 'application/pdf',
        size: 1000,
      },
      'PUT /api/booking-rules': {
        rules: [
          {
            label: 'Cycle 1 : studios',
            levels: ['Cycle 1'],
            placeKinds: ['practice-room'],
            hoursPerWeek: 4,
            daysAhead: 21,
            windows: [{ weekdays: [1, 2, 3, 4, 5, 6], from: '08:00', to: '20:00' }],
          },
        ],
      },
      'POST /api/bookings': { placeId: ids.placeId as string, date: tuesday, start: '08:00', end: '08:30' },
      'POST /api/booking-requests/{requestId}/answer': { decision: 'refuse', reason: 'Studio fermé' },
      'POST /api/request-forms': form,
      'PUT /api/request-forms/{formId}': { ...(form as Record<string, Json>), status: 'open', version: 1 },
      'POST /api/form-requests': {
        formId: ids.formId as string,
        projectId: ids.projectId as string,
        answers: { besoin: 'Un pupitre', jour: tuesday, pupitres: 2, micro: ['Un'] },
      },
      'POST /api/form-requests/{requestId}/state': { state: 'in-progress', comment: 'Vu', version: 1 },
      'POST /api/form-requests/{requestId}/comments': { text: 'Merci' },
      // School life: messages, the liaison book, work groups, notifications.
      'POST /api/messaging/conversations': {
        to: [{ kind: 'person', personId: ids.studentId as string }],
        subject: 'Répétition',
        text: 'À mardi.',
      },
      'POST /api/messaging/conversations/{conversationId}/messages': { text: 'Merci' },
      'POST /api/messaging/attachments': { name: 'Sortie.pdf', contentType: 'application/pdf', size: 1000 },
      'POST /api/messaging/audiences/check': {
        audiences: [{ kind: 'class', classId: ids.classId as string }],
      },
      'PUT /api/messaging/settings': {
        whoMayWrite: {
          student: ['own-teachers', 'own-class', 'staff', 'group-members'],
          guardian: ['children-teachers', 'staff', 'group-members'],
          teacher: ['own-classes', 'own-pupils-guardians', 'colleagues', 'staff', 'group-members'],
          staff: ['everyone'],
          planner: ['colleagues', 'staff', 'group-members'],
        },
        replyAllLimit: 35,
        retentionDays: 30,
      },
      'PUT /api/messaging/muted/{personId}': { reason: 'Propos déplacés' },
      'POST /api/messaging/messages/{messageId}/report': { reason: 'Propos déplacés' },
      'POST /api/liaison-notes': {
        title: 'Sortie',
        text: 'Jeudi au musée.',
        kind: 'sortie',
        to: { kind: 'class', classId: ids.classId as string },
      },
      'POST /api/work-groups': {
        name: 'Équipe de piano',
        description: 'Les professeurs de piano',
        kind: 'teaching-team',
        memberIds: [ids.studentId as string],
      },
      'POST /api/work-groups/{groupId}/members': { personIds: [ids.studentId as string], role: 'member' },
      'POST /api/work-groups/{groupId}/documents': {
        name: 'Notes.pdf',
        contentType: 'application/pdf',
        size: 100,
      },
      'POST /api/work-groups/{groupId}/topics': { title: 'Question', text: 'Qui vient ?' },
      'PUT /api/work-groups/{groupId}/mini-site': { allowed: false },
      'POST /api/work-groups/{groupId}/topics/{topicId}/posts': { text: 'Je viens.' },
      'POST /api/notifications/read': { notificationId: 'someone-elses', occurredAt: '2026-12-01T08:00:00Z' },
      'PUT /api/notifications/preferences': {
        choices: {
          message: 'immediately',
          liaison: 'immediately',
          course: 'digest',
          booking: 'immediately',
          request: 'none',
          document: 'digest',
        },
        quietHours: true,
        quietWeekends: true,
      },
      'POST /api/notifications/push-subscriptions': {
        endpoint: 'https://push.example.com/send/input-fuzzing',
        keys: { p256dh: 'key', auth: 'secret' },
      },
      'POST /api/notifications/push-subscriptions/remove': {
        endpoint: 'https://push.example.com/send/input-fuzzing',
      },
      // The homework book, on the weekly course's sessions.
      'PUT /api/homework/sessions/{activityId}/{seriesDate}': {
        content: 'Les gammes majeures.',
        links: [{ url: 'https://www.lumni.fr/', title: 'Lumni' }],
        works: [
          { text: 'Réviser la gamme de ré', dueDate: plusDays(tuesday, 3) },
          {
            text: 'Jouer la gamme de sol',
            dueSession: { activityId: ids.activityId as string, seriesDate: plusDays(tuesday, 7) },
          },
        ],
      },
      'POST /api/homework/sessions/{activityId}/{seriesDate}/copy': {
        to: { activityId: ids.activityId as string, seriesDate: plusDays(tuesday, 7) },
      },
      'PUT /api/homework/pupils/{personId}/done': {
        activityId: ids.activityId as string,
        seriesDate: tuesday,
        workId: 'none',
        done: true,
      },
      'POST /api/homework/classes/{classId}/shelf': {
        url: 'https://www.lumni.fr/',
        title: 'Lumni',
        comment: 'Des vidéos pour réviser.',
      },
      // Absences: a reason for the student's absences, and a decision on one.
      'POST /api/attendance/pupils/{personId}/justifications': {
        from: today,
        fromHalf: 'pm',
        to: plusDays(today, 1),
        toHalf: 'am',
        reason: 'illness',
        note: 'Grippe.',
      },
      'POST /api/attendance/justification-documents': {
        name: 'Certificat.pdf',
        contentType: 'application/pdf',
        size: 1000,
      },
      'PUT /api/attendance/pupils/{personId}/justifications/{justificationId}/decision': {
        decision: 'accepted',
        answer: 'Merci.',
        version: 1,
      },
      // Sales (S2): sending a quote (none by that id: refused after its body), the client's answer by link.
      'POST /api/sales/quotes/{quoteId}/send': { hold: true, holdUntil: plusDays(today, 10) },
      'POST /api/sales/offers/{token}/accept': { name: 'Anne Roux' },
      'POST /api/sales/offers/{token}/refuse': { name: 'Anne Roux', reason: 'Le budget.' },
      // The roll call, on the weekly course's session (a course with no pupil in person: its register is not found).
      'PUT /api/attendance/registers/{activityId}/{seriesDate}': {
        marks: [{ personId: ids.studentId as string, mark: 'late', minutes: 5 }],
        version: 1,
      },
      // Instruments: an item with its kit, a change of it, a spreadsheet's dry run.
      'POST /api/loans/items': instrument,
      'PUT /api/loans/items/{itemId}': { ...instrument, serialNumber: 'FZ-2', version: 1 },
      'POST /api/loans/imports': {
        file: Buffer.from('Désignation;N° de série\r\nAlto 38 cm;FZ-3\r\n').toString('base64'),
        mapping: { kind: 'Désignation', serialNumber: 'N° de série' },
        family: 'strings',
        apply: false,
      },
      // L2 loan form: on a loan of nobody's (`ids.loanId`), each valid body answers 404.
      'POST /api/loans/{loanId}/insurance': {
        name: 'assurance.pdf',
        contentType: 'application/pdf',
        size: 100,
      },
      'PUT /api/loans/{loanId}/insurance': {
        id: 'upload-1',
        name: 'assurance.pdf',
        contentType: 'application/pdf',
        size: 100,
        version: 1,
      },
      'POST /api/loans/{loanId}/signature': { typedName: 'Prénom Nom', version: 1 },
      'POST /api/loans/{loanId}/hand-over': { version: 1 },
      'POST /api/loans/{loanId}/return': {
        condition: 'good',
        notes: 'RAS',
        openServicing: false,
        version: 1,
      },
      'POST /api/loans/{loanId}/deposit-return': { version: 1 },
      // L3 overdue and campaign: next year's campaign, decisions on it, an answer to a renewal.
      'POST /api/loans/campaigns': { schoolYear: followingYear(schoolYearOf(today)) },
      'POST /api/loans/campaigns/{year}/decisions': { approve: ['x'], refuse: [], reason: 'Trop petit' },
      'POST /api/loans/{loanId}/renewal-answer': { answer: 'renew' },
      // Loans: a cello for a pupil, asked by the head of school; a refusal of the loan asked in `beforeAll`.
      'POST /api/loans': {
        itemId: ids.itemId as string,
        startDate: plusDays(today, 30),
        endDate: plusDays(today, 60),
        note: 'Pour l’orchestre',
        borrowerId: ids.studentId as string,
      },
      'POST /api/loans/{loanId}/decision': { decision: 'refuse', reason: 'Plus de violoncelle', version: 1 },
      // L4 photos: a photo declared for the item, one added that was never uploaded (refused after its body).
      'POST /api/loans/items/{itemId}/photo-uploads': { contentType: 'image/jpeg', size: 2048 },
      'POST /api/loans/items/{itemId}/photos': { photoId: 'never-uploaded' },
      // L6 the school's rules of lending: on a version nobody has (409 loan_rules_stale once read right: nothing written).
      'PUT /api/loans/rules': {
        version: 999_999,
        rules: [
          {
            family: 'strings',
            kinds: ['Violon'],
            borrowers: ['student', 'teacher'],
            levels: ['Cycle 2'],
            bufferDays: 2,
            kind: 'rental',
            feeEuros: 60,
            depositEuros: 200,
          },
        ],
      },
      // Sales (issue 18): a client, the season's grid, a draft quote for the studio.
      // S1 clients, grids, quotes
      'POST /api/sales/clients': salesClient,
      'PUT /api/sales/clients/{clientId}': { ...salesClient, version: 1 },
      'POST /api/sales/grids': salesGrid,
      'PUT /api/sales/grids/{gridId}': { ...salesGrid, version: 1 },
      'POST /api/sales/quotes/preview': salesQuote,
      'POST /api/sales/quotes': salesQuote,
      'PUT /api/sales/quotes/{quoteId}': { ...salesQuote, version: 1 },
      // S3 invoices
      'POST /api/sales/quotes/{quoteId}/invoices': { kind: 'deposit', percent: 30 },
      'PUT /api/sales/invoices/{invoiceId}/external-number': { externalNumber: 'FAC-2026-001' },
      // S2 holds, client's link, documents
      // S3 invoices
      // S4 payments, journal
      // Sales (S4): a payment received (on an invoice of no one: a 404 once the body is read right).
      'POST /api/sales/invoices/{invoiceId}/payments': {
        date: today,
        amountCents: 12_345,
        means: 'cheque',
        reference: 'CHQ 1',
      },
      // Technical staff's time (T1): the head of school's contract (as a technician's), a shift, its change.
      'PUT /api/time/people/{personId}/contract': {
        kind: 'private-idcc-1285',
        weeklyHours: 35,
        skills: ['lighting', 'sound'],
        from: plusDays(today, -100),
        hourlyRate: 22.5,
      },
      'POST /api/time/shifts': timeShift(),
      'PUT /api/time/shifts/{shiftId}': { ...timeShift(), version: 1 },
      // T2 hours, approval, exports: the hours of a shift of nobody's (404 once read), the head's week approved.
      'PUT /api/time/shifts/{shiftId}/actual': {
        startsAt: `${plusDays(today, -3)}T09:00:00+01:00`,
        endsAt: `${plusDays(today, -3)}T12:00:00+01:00`,
        breakMinutes: 15,
        version: 1,
      },
      'POST /api/time/weeks/{monday}/approvals': { personIds: [ids.personId as string] },
      'POST /api/time/weeks/{monday}/reopenings': { personId: ids.personId as string, reason: 'Oubli' },
    };
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' });
    tokens.admin = await school.signIn('direction.demo');
    tokens.student = await school.signIn('eleve.demo');
    // A client's link token of the right shape that opens nothing: the answers reach their body, then 404.
    ids.token = 'A'.repeat(43);
    // Instruments' renewals: next school year's campaign (never opened here: its decisions reach their body, then 404).
    ids.year = followingYear(schoolYearOf(today));
    const directory = demoDirectory(school.school);
    const accountOf = (username: string) =>
      school.demoAccounts.find((account) => account.username === username)?.personId as string;
    const studentId = accountOf('eleve.demo');
    ids.studentId = studentId;
    ids.personId = accountOf('direction.demo');
    ids.classId = directory.people.find(({ personId }) => personId === studentId)?.classId as string;
    ids.placeId = (
      await call('POST', '/api/places', {
        name: 'Studio 7',
        kind: 'practice-room',
        capacity: 4,
        site: 'Site Jean-Jaurès',
        bookable: true,
      })
    ).id;
    ids.projectId = (
      await call('POST', '/api/projects', {
        kind: 'course',
        name: 'Piano',
        members: [{ personId: ids.personId, role: 'professeur' }],
        classIds: [ids.classId],
      })
    ).id;
    ids.activityId = (
      await call('POST', `/api/projects/${ids.projectId}/activities`, {
        title: 'Cours de piano',
        schedule: {
          kind: 'weekly',
          weekday: 2,
          start: '17:00',
          end: '18:00',
          from: tuesday,
          until: plusDays(tuesday, 63),
        },
        placeIds: [ids.placeId],
      })
    ).activity.id;
    ids.documentId = (
      await call('POST', `/api/projects/${ids.projectId}/documents`, {
        name: 'Partition.pdf',
        contentType: 'application/pdf',
        size: 1000,
      })
    ).document.documentId;
    ids.feedId = (
      await call('POST', '/api/feeds', { selection: { kind: 'place', id: ids.placeId } })
    ).feed.feedId;
    ids.siteId = (
      await call('POST', '/api/mini-sites', { name: 'Bulletin', tabs: [{ kind: 'daily-bulletin' }] })
    ).site.siteId;
    ids.batchId = (await call('POST', '/api/activation-batches', { scope: 'school-admins' })).batchId;
    ids.jobId = (
      await call('POST', '/api/imports', { source: 'siecle', files: ['ElevesAvecAdresses.xml'] })
    ).jobId;
    await call('PUT', '/api/booking-rules', bodies()['PUT /api/booking-rules']);
    const booking = { placeId: ids.placeId, date: tuesday, start: '09:00', end: '09:30' };
    ids.bookingId = (await call('POST', '/api/bookings', booking, 'student')).activity.id;
    const late = { placeId: ids.placeId, date: tuesday, start: '20:00', end: '20:30' };
    ids.bookingRequestId = (await call('POST', '/api/bookings', late, 'student')).request.requestId;
    ids.formId = (await call('POST', '/api/request-forms', bodies()['POST /api/request-forms'])).id;
    ids.formRequestId = (
      await call('POST', '/api/form-requests', {
        formId: ids.formId,
        projectId: ids.projectId,
        answers: { besoin: 'Un pupitre' },
      })
    ).id;
    // School life: a conversation and its message, a note of the liaison book, a work group, its document and topic.
    const sent = await call(
      'POST',
      '/api/messaging/conversations',
      bodies()['POST /api/messaging/conversations'],
    );
    ids.conversationId = sent.conversationId;
    ids.messageId = sent.id;
    ids.noteId = (await call('POST', '/api/liaison-notes', bodies()['POST /api/liaison-notes'])).id;
    ids.groupId = (await call('POST', '/api/work-groups', { name: 'Équipe', kind: 'other' })).group.id;
    ids.groupDocumentId = (
      await call('POST', `/api/work-groups/${ids.groupId}/documents`, {
        name: 'Notes.pdf',
        contentType: 'application/pdf',
        size: 100,
      })
    ).document.id;
    ids.topicId = (
      await call('POST', `/api/work-groups/${ids.groupId}/topics`, { title: 'Sortie', text: 'Qui vient ?' })
    ).topic.topicId;
    // The homework book: a session of the weekly course, and a link on the class's shelf.
    ids.seriesDate = tuesday;
    // The roll call: vie scolaire's day.
    ids.date = today;
    ids.linkId = (
      await call('POST', `/api/homework/classes/${ids.classId}/shelf`, {
        url: 'https://www.lumni.fr/',
        title: 'Lumni',
      })
    ).linkId;
    // Path parameters named alike in several routes take the id of the route's own resource.
    ids.kind = 'place';
    ids.id = ids.placeId as string;
    // Absences: the student's, with a reason awaiting vie scolaire.
    ids.itemId = (await call('POST', '/api/loans/items', { ...instrument, serialNumber: 'FZ-1' })).itemId;
    ids.loanId = 'fuzz-loan';
    ids.loanId = (await call('POST', '/api/loans', bodies()['POST /api/loans'])).loanId;
    ids.justificationId = (
      await call(
        'POST',
        `/api/attendance/pupils/${studentId}/justifications`,
        bodies()['POST /api/attendance/pupils/{personId}/justifications'],
      )
    ).justificationId;
    // Sales: a client, the season's grid and a draft quote.
    ids.clientId = (await call('POST', '/api/sales/clients', bodies()['POST /api/sales/clients'])).clientId;
    ids.gridId = (await call('POST', '/api/sales/grids', bodies()['POST /api/sales/grids'])).gridId;
    ids.quoteId = (await call('POST', '/api/sales/quotes', bodies()['POST /api/sales/quotes'])).quoteId;
    // Technical staff's time: a Monday, and a shift of nobody's (its changes reach their body, then 404).
    ids.monday = mondayOf(today);
    ids.shiftId = 'fuzz-shift';
    // Invoices: none issued from a draft quote; an unknown invoice's id answers 404 on each of its routes.
    ids.invoiceId = '00000000-0000-4000-8000-000000000001';
    counts.places = (await call('GET', '/api/places')).items.length;
    counts.activities = (await call('GET', `/api/projects/${ids.projectId}`)).activities.length;
    counts.forms = (await call('GET', '/api/request-forms?all=true')).items.length;
  }, 180_000);

  afterAll(() => school?.stop());

  /** `{requestId}` is a booking request's in one route and a form request's in others. */
  const idsOf = (route: Route) => ({
    ...ids,
    requestId: route.path.startsWith('/api/booking-requests') ? ids.bookingRequestId : ids.formRequestId,
    activityId: route.path.startsWith('/api/bookings') ? ids.bookingId : ids.activityId,
    // S2: sending or cancelling the fuzz's draft quote would change it for the other routes: none by that id.
    ...(/\/api\/sales\/quotes\/\{quoteId\}\/(send|cancel)$/.test(route.path) && { quoteId: 'none' }),
    // A homework book is a class's (or a teacher's); the other `{kind}/{id}` are the agenda's, of a place.
    ...(route.path.startsWith('/api/homework/books') && { kind: 'class', id: ids.classId }),
    documentId: route.path.startsWith('/api/work-groups') ? ids.groupDocumentId : ids.documentId,
    // One mutes someone else than oneself: the student, who sends nothing here.
    personId:
      route.path.startsWith('/api/messaging/muted') || route.path.startsWith('/api/attendance/pupils')
        ? ids.studentId
        : ids.personId,
  });

  const pathOf = (route: Route, replaced?: { name: string; value: string }) => {
    const saved = { ...ids };
    Object.assign(ids, idsOf(route));
    const path = validPath(route, replaced);
    Object.assign(ids, saved);
    return path;
  };

  it('refuses a malformed escape, a 5,000-character id or unicode in any path parameter, naming it', async () => {
    const attempts: Attempt[] = routes.flatMap((route) =>
      [...route.path.matchAll(/\{(\w+)\}/g)].flatMap(([, name]) =>
        badPathValues.map(([what, value]) => ({
          route: keyOf(route),
          what: `${name} as ${what}`,
          method: route.method,
          path: pathOf(route, { name: name as string, value }),
          body: readsBody(route) ? JSON.stringify(bodies()[keyOf(route)] ?? {}) : undefined,
          as: actorOf(route),
          refusedAt: name,
        })),
      ),
    );
    expect(attempts.length).toBeGreaterThan(100);
    expect(await attemptAll(attempts)).toEqual([]);
  }, 300_000);

  it('refuses impossible and far dates and wrong types in the query, naming the parameter', async () => {
    const known = queries();
    const attempts: Attempt[] = routes.filter(readsQuery).flatMap((route) => {
      const { valid, parameters } = known[keyOf(route)] ?? { valid: {}, parameters: commonParameters };
      const withQuery = (values: Record<string, string>) =>
        `${pathOf(route)}?${Object.entries(values)
          .map(([name, value]) => `${name}=${value.startsWith('%E0') ? value : encodeURIComponent(value)}`)
          .join('&')}`;
      const base = { route: keyOf(route), method: route.method, as: actorOf(route) } as const;
      return [
        { ...base, what: 'an unknown parameter', path: withQuery({ ...valid, unexpected: '1' }) },
        ...(parameters.includes('cursor') ? craftedCursors : []).map(([what, cursor]) => ({
          ...base,
          what: `cursor as ${what}`,
          path: withQuery({ ...valid, cursor }),
          refusedAt: 'cursor',
        })),
        ...parameters.flatMap((name) => [
          ...badQueryValues.map(([what, value]) => ({
            ...base,
            what: `${name} as ${what}`,
            path: withQuery({ ...valid, [name]: decodeURIComponentSafely(value) }),
            refusedAt: dateParameters.has(name) && refusedDates.has(value) ? name : undefined,
          })),
          { ...base, what: `${name} twice`, path: `${withQuery(valid)}&${name}=a&${name}=b` },
        ]),
      ];
    });
    expect(attempts.length).toBeGreaterThan(300);
    expect(await attemptAll(attempts)).toEqual([]);
  }, 300_000);

  it('refuses wrong types, nulls, missing fields, huge strings and lists in every field of every body', async () => {
    const samples = bodies();
    const bodyRoutes = routes.filter(readsBody);
    expect(bodyRoutes.map(keyOf).filter((key) => !(key in samples))).toEqual([]);
    const attempts: Attempt[] = bodyRoutes.flatMap((route) =>
      mutationsOf(samples[keyOf(route)] ?? {}).map(({ what, body, refusedWithin }) => ({
        route: keyOf(route),
        what,
        refusedWithin,
        method: route.method,
        path: pathOf(route),
        body: JSON.stringify(body),
        as: actorOf(route),
      })),
    );
    expect(attempts.length).toBeGreaterThan(1_000);
    // Dates, times and ids of the bodies: each bad one must be refused at its own field.
    expect(attempts.filter(({ refusedWithin }) => refusedWithin !== undefined).length).toBeGreaterThan(60);
    expect(await attemptAll(attempts)).toEqual([]);
  }, 600_000);

  it('refuses invalid JSON, a list, null, deep nesting and a 1 MB body on every route that reads one', async () => {
    const attempts: Attempt[] = routes.filter(readsBody).flatMap((route) => [
      ...badBodies.map(({ what, body, contentType, status }) => ({
        route: keyOf(route),
        what,
        method: route.method,
        path: pathOf(route),
        body,
        headers: contentType ? { 'content-type': contentType } : undefined,
        as: actorOf(route),
        expectedStatus: status,
      })),
      ...(optionalBodyRoutes.has(keyOf(route))
        ? []
        : [
            {
              route: keyOf(route),
              what: 'no body',
              method: route.method,
              path: pathOf(route),
              as: actorOf(route),
              refusedAt: 'body',
            },
          ]),
      {
        route: keyOf(route),
        what: 'an If-Match that is no version',
        method: route.method,
        path: pathOf(route),
        body: JSON.stringify(bodies()[keyOf(route)] ?? {}),
        headers: { 'if-match': '"%E0%A4%A"' },
        as: actorOf(route),
      },
    ]);
    expect(await attemptAll(attempts)).toEqual([]);
  }, 300_000);

  it('wrote nothing it refused: as many places, activities and forms more as it answered 201', async () => {
    expect((await call('GET', '/api/places')).items.length).toBe(counts.places + created.places);
    expect((await call('GET', `/api/projects/${ids.projectId}`)).activities.length).toBe(
      counts.activities + created.activities,
    );
    expect((await call('GET', '/api/request-forms?all=true')).items.length).toBe(
      counts.forms + created.forms,
    );
  });

  it('answers a session cookie that cannot be one with 401 or 204, never a 5xx; a real one refreshes', async () => {
    const signedIn = await fetch(`${school.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eleve.demo', password: demoPassword }),
    });
    const session = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const refreshed = await fetch(`${school.url}/api/session/refresh`, {
      method: 'POST',
      headers: { cookie: session },
    });
    expect(refreshed.status).toBe(200);
    const cookies = ['x', 'a'.repeat(5_000), '%E0%A4%A', encodeURIComponent('é🎹'), 'a.b.c.d.e', ''].map(
      (value) => `preau_session=${value}`,
    );
    for (const cookie of cookies) {
      for (const [method, path] of [
        ['POST', '/api/session/refresh'],
        ['DELETE', '/api/session'],
      ] as const) {
        const response = await fetch(`${school.url}${path}`, { method, headers: { cookie } });
        expect({ method, cookie: cookie.slice(0, 40), status: response.status }).toEqual({
          method,
          cookie: cookie.slice(0, 40),
          status: method === 'POST' ? 401 : 204,
        });
      }
    }
  });

  it('serves shared files and the web app with a 400 or 404 to a malformed escape, never a 500', async () => {
    for (const path of [
      '/feeds/%E0%A4%A.ics',
      '/feeds/%',
      '/s/%E0%A4%A/',
      '/s/%/index.html',
      '/%E0%A4%A',
      '/assets/%.js',
    ]) {
      const response = await fetch(`${school.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: expect.toBeOneOf([400, 404]) });
    }
  });
});

const decodeURIComponentSafely = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
