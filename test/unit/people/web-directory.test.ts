import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApi } from '#web/src/api';
import { checkImport } from '#web/src/imports/check-import';
import { describeSwitchError } from '#web/src/imports/describe-switch-error';
import type { SpreadsheetMapping } from '#web/src/imports/import-job';
import { draftOf, type MappingDraft, mappingOf } from '#web/src/imports/mapping-draft';
import {
  canSwitch,
  pollSchoolYears,
  type SchoolYears,
  switchPollingInterval,
} from '#web/src/imports/school-years';
import { mergesDuplicates, searchesDirectory } from '#web/src/people/abilities';
import { describeMergeError } from '#web/src/people/describe-merge-error';
import { criteriaFromSearch, searchFromCriteria } from '#web/src/people/directory-criteria-in-url';
import {
  type DirectoryCriteria,
  type FoundPerson,
  type PeopleQuery,
  peopleQueryOf,
  resultLimit,
} from '#web/src/people/directory-query';
import { createDirectorySearch, type SearchState, searchDelay } from '#web/src/people/directory-search';
import {
  type DuplicateCandidate,
  type DuplicateGroup,
  hasSeveralAccounts,
  mergeOf,
  preselectedKeep,
  sharesDetail,
} from '#web/src/people/duplicate-group';
import { paths, routeOf } from '#web/src/routes';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

const criteria = (changes: Partial<DirectoryCriteria> = {}): DirectoryCriteria => ({
  name: '',
  kind: '',
  classId: '',
  ...changes,
});

const found = (lastName: string, firstName = 'Marie'): FoundPerson => ({
  personId: `p-${lastName.toLowerCase()}`,
  firstName,
  lastName,
  profiles: ['guardian'],
});

describe('when the directory can search', () => {
  it('needs 2 letters of a name, whatever the spaces and marks around them', () => {
    expect(peopleQueryOf(criteria())).toEqual({ status: 'empty' });
    expect(peopleQueryOf(criteria({ name: '  ' }))).toEqual({ status: 'empty' });
    expect(peopleQueryOf(criteria({ name: 'd' }))).toEqual({ status: 'too-short' });
    expect(peopleQueryOf(criteria({ name: " d' " }))).toEqual({ status: 'too-short' });
    expect(peopleQueryOf(criteria({ name: 'c b' }))).toEqual({ status: 'too-short' });
    expect(peopleQueryOf(criteria({ name: "n'd" }))).toMatchObject({ status: 'ready' });
    expect(peopleQueryOf(criteria({ name: ' Œu ' }))).toEqual({
      status: 'ready',
      query: { name: 'Œu', limit: resultLimit },
    });
    expect(peopleQueryOf(criteria({ name: 'dupont ma' }))).toEqual({
      status: 'ready',
      query: { name: 'dupont ma', limit: 50 },
    });
  });

  it('lists a class, or a kind of staff or contacts, without a name', () => {
    expect(peopleQueryOf(criteria({ classId: '6a' }))).toEqual({
      status: 'ready',
      query: { classId: '6a', limit: 50 },
    });
    expect(peopleQueryOf(criteria({ classId: '6a', name: 'm' }))).toEqual({
      status: 'ready',
      query: { name: 'm', classId: '6a', limit: 50 },
    });
    for (const kind of ['teacher', 'staff', 'guest-artist', 'supplier', 'client', 'partner'] as const) {
      expect(peopleQueryOf(criteria({ kind })), kind).toEqual({
        status: 'ready',
        query: { kind, limit: 50 },
      });
    }
  });

  it('never asks for all the students or all the guardians at once', () => {
    expect(peopleQueryOf(criteria({ kind: 'student' }))).toEqual({ status: 'too-short' });
    expect(peopleQueryOf(criteria({ kind: 'guardian', name: 'd' }))).toEqual({ status: 'too-short' });
    expect(peopleQueryOf(criteria({ kind: 'guardian', name: 'du' }))).toEqual({
      status: 'ready',
      query: { name: 'du', kind: 'guardian', limit: 50 },
    });
  });
});

describe('searching as the name is typed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const directory = (answer: (query: PeopleQuery) => Promise<FoundPerson[]> | FoundPerson[]) => {
    const queries: PeopleQuery[] = [];
    const aborted: PeopleQuery[] = [];
    const states: SearchState[] = [];
    const search = createDirectorySearch({
      find: async (query, signal) => {
        queries.push(query);
        signal.addEventListener('abort', () => aborted.push(query));
        return answer(query);
      },
      onState: (state) => states.push(state),
    });
    return { search, queries, aborted, states, last: () => states.at(-1) };
  };

  it('waits for a pause in the typing, then sends one search with the last name typed', async () => {
    const { search, queries, last } = directory(() => [found('Dupont')]);

    for (const name of ['d', 'du', 'dup', 'dupo']) {
      search.change(criteria({ name }));
      await vi.advanceTimersByTimeAsync(searchDelay - 100);
    }
    expect(queries).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);

    expect(queries).toEqual([{ name: 'dupo', limit: 50 }]);
    expect(last()).toEqual({
      status: 'found',
      people: [found('Dupont')],
      query: { name: 'dupo', limit: 50 },
    });
  });

  it('says at once that a name is too short, and sends nothing', async () => {
    const { search, queries, states } = directory(() => []);

    search.change(criteria({ name: 'd' }));
    search.change(criteria());
    await vi.advanceTimersByTimeAsync(searchDelay * 3);

    expect(states).toEqual([{ status: 'too-short' }, { status: 'empty' }]);
    expect(queries).toEqual([]);
  });

  it('drops a search waiting for its pause when the name becomes too short', async () => {
    const { search, queries, last } = directory(() => [found('Dupont')]);

    search.change(criteria({ name: 'du' }));
    search.change(criteria({ name: 'd' }));
    await vi.advanceTimersByTimeAsync(searchDelay * 2);

    expect(queries).toEqual([]);
    expect(last()).toEqual({ status: 'too-short' });
  });

  it('searches at once for a choice in a list, keeping the people shown while it runs', async () => {
    const { search, queries, states } = directory((query) =>
      query.kind === 'teacher' ? [found('Martin', 'Paul')] : [found('Dupont')],
    );
    search.change(criteria({ name: 'ma' }), { immediately: true });
    await vi.advanceTimersByTimeAsync(0);

    search.change(criteria({ name: 'ma', kind: 'teacher' }), { immediately: true });
    expect(states.at(-1)).toEqual({ status: 'searching', people: [found('Dupont')] });
    await vi.advanceTimersByTimeAsync(0);

    expect(queries).toEqual([
      { name: 'ma', limit: 50 },
      { name: 'ma', kind: 'teacher', limit: 50 },
    ]);
    expect(states.at(-1)).toMatchObject({ status: 'found', people: [found('Martin', 'Paul')] });
  });

  it('never lets an older answer replace a newer one', async () => {
    const answers = new Map<string, (people: FoundPerson[]) => void>();
    const { search, aborted, states } = directory(
      (query) => new Promise((resolve) => answers.set(query.name ?? '', resolve)),
    );

    search.change(criteria({ name: 'dupont' }), { immediately: true });
    search.change(criteria({ name: 'durand' }), { immediately: true });
    answers.get('durand')?.([found('Durand')]);
    await vi.advanceTimersByTimeAsync(0);
    answers.get('dupont')?.([found('Dupont')]);
    await vi.advanceTimersByTimeAsync(0);

    expect(aborted).toEqual([{ name: 'dupont', limit: 50 }]);
    expect(states.at(-1)).toMatchObject({ status: 'found', people: [found('Durand')] });
  });

  it('reports a failure, and tries the same criteria again on retry', async () => {
    let refuse = true;
    const { search, queries, last } = directory(() => {
      if (refuse) throw new ApiError(403, 'Forbidden');
      return [found('Dupont')];
    });

    search.change(criteria({ name: 'dupont' }), { immediately: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toMatchObject({ status: 'failed', error: { status: 403 } });

    refuse = false;
    search.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(queries).toHaveLength(2);
    expect(last()).toMatchObject({ status: 'found', people: [found('Dupont')] });
  });

  it('stops the search waiting or running when the page is left', async () => {
    const { search, queries, states } = directory(() => [found('Dupont')]);

    search.change(criteria({ name: 'dupont' }));
    search.stop();
    await vi.advanceTimersByTimeAsync(searchDelay * 2);

    expect(queries).toEqual([]);
    expect(states).toEqual([]);
  });
});

describe('the directory API and address', () => {
  it('sends the criteria of a search as the query of GET /api/people', async () => {
    const requested: string[] = [];
    const api = createApi(async (url) => {
      requested.push(url);
      return Response.json({ items: [found('Dupont')] });
    });

    const people = await api.searchPeople({ name: 'dupont ma', kind: 'guardian', classId: '6a', limit: 50 });

    expect(people).toEqual([found('Dupont')]);
    expect(requested).toEqual(['/api/people?name=dupont+ma&kind=guardian&classId=6a&limit=50']);
  });

  it('keeps the criteria in the address, so that coming back from a sheet finds the same search', () => {
    const search = searchFromCriteria(criteria({ name: ' Œuvrard ', kind: 'teacher', classId: '6a' }));
    expect(search).toBe('?nom=%C5%92uvrard&type=teacher&classe=6a');
    expect(criteriaFromSearch(search)).toEqual({ name: 'Œuvrard', kind: 'teacher', classId: '6a' });
    expect(searchFromCriteria(criteria())).toBe('');
    expect(criteriaFromSearch('?type=wizard&nom=du')).toEqual(criteria({ name: 'du' }));
  });

  it('has the addresses of the new pages, and opens them to the right profiles', () => {
    expect(routeOf(paths.directory)).toEqual({ page: 'directory' });
    expect(routeOf('/doublons/')).toEqual({ page: 'duplicates' });
    expect(routeOf(paths.schoolYears)).toEqual({ page: 'school-years' });
    for (const profile of ['staff', 'planner', 'school-admin'] as const) {
      expect(searchesDirectory([profile]), profile).toBe(true);
    }
    expect(searchesDirectory(['teacher', 'guardian', 'student', 'authority-admin'])).toBe(false);
    expect(mergesDuplicates(['staff'])).toBe(true);
    expect(mergesDuplicates(['school-admin'])).toBe(true);
    expect(mergesDuplicates(['planner', 'teacher'])).toBe(false);
  });
});

const candidate = (personId: string, changes: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  personId,
  firstName: 'Marie',
  lastName: 'Dupont',
  hasAccount: false,
  sourceIds: [`siecle:personne:${personId}`],
  children: [],
  ...changes,
});

const group = (...people: DuplicateCandidate[]): DuplicateGroup => ({
  groupKey: `marie-dupont#${people[0]?.personId}`,
  personIds: people.map(({ personId }) => personId),
  shared: ['phone'],
  people,
});

describe('merging duplicate guardians', () => {
  it('offers to keep the record with an account, or else the first one', () => {
    const withAccount = group(candidate('p-1'), candidate('p-2', { hasAccount: true }), candidate('p-3'));
    expect(preselectedKeep(withAccount)).toBe('p-2');
    expect(preselectedKeep(group(candidate('p-1'), candidate('p-2')))).toBe('p-1');
  });

  it('merges every other record of the group into the one kept', () => {
    const three = group(candidate('p-1'), candidate('p-2', { hasAccount: true }), candidate('p-3'));
    expect(mergeOf(three, preselectedKeep(three))).toEqual({ keepId: 'p-2', mergeIds: ['p-1', 'p-3'] });
    expect(mergeOf(three, 'p-3')).toEqual({ keepId: 'p-3', mergeIds: ['p-1', 'p-2'] });
  });

  it('warns of a group where several records have an account', () => {
    expect(hasSeveralAccounts(group(candidate('p-1', { hasAccount: true }), candidate('p-2')))).toBe(false);
    expect(
      hasSeveralAccounts(
        group(candidate('p-1', { hasAccount: true }), candidate('p-2', { hasAccount: true })),
      ),
    ).toBe(true);
  });

  it('marks the details another record of the group holds, written either way', () => {
    const first = candidate('p-1', { phone: '+33 6 12 34 56 78', email: 'marie@example.org' });
    const second = candidate('p-2', { phone: '06.12.34.56.78', email: 'm.dupont@example.org' });
    const third = candidate('p-3', { phone: '07 00 00 00 00' });
    const found = group(first, second, third);

    expect(sharesDetail(found, first, 'phone')).toBe(true);
    expect(sharesDetail(found, second, 'phone')).toBe(true);
    expect(sharesDetail(found, third, 'phone')).toBe(false);
    expect(sharesDetail(found, first, 'email')).toBe(false);
  });

  it('says why a merge was refused', () => {
    const keepId = new ApiError(400, 'keepId: must be the record with an account', { field: 'keepId' });
    expect(describeMergeError(keepId, french)).toBe('Gardez la fiche qui a un compte activé.');
    const twoAccounts = new ApiError(400, 'mergeIds: names records that each have an account', {
      code: 'invalid_input',
      field: 'mergeIds',
      details: { errors: [{ field: 'mergeIds', code: 'two_accounts', message: 'mergeIds: names records…' }] },
    });
    expect(describeMergeError(twoAccounts, english)).toBe(
      'These records cannot be merged: several of these records have an account: only one may remain',
    );
    expect(describeMergeError(new ApiError(404, 'Not found'), french)).toBe(
      'Ces fiches ont changé depuis l’affichage de la page : rechargez-la.',
    );
  });

  it('posts the merge to its route', async () => {
    const requests: { url: string; method?: string; body: unknown }[] = [];
    const api = createApi(async (url, init) => {
      requests.push({ url, method: init.method, body: JSON.parse(String(init.body)) });
      return Response.json({ personId: 'p-2', firstName: 'Marie', lastName: 'Dupont' });
    });

    await api.mergeGuardians({ keepId: 'p-2', mergeIds: ['p-1'] });

    expect(requests).toEqual([
      { url: '/api/duplicate-guardians/merge', method: 'POST', body: { keepId: 'p-2', mergeIds: ['p-1'] } },
    ]);
  });
});

const conservatoire: SpreadsheetMapping = {
  id: 'N° inscription',
  firstName: 'Prénom',
  lastName: 'Nom',
  kind: { column: 'Profil' },
  email: 'Courriel',
  birthDate: { column: 'Né(e) le', format: 'dd/mm/yyyy' },
};

describe('the columns of a spreadsheet', () => {
  it('gives back the mapping the dry run used when nothing is changed', () => {
    expect(mappingOf(draftOf(conservatoire))).toEqual({ mapping: conservatoire });
  });

  it('sends the column typed for a field, trimmed, and leaves blank optional fields out', () => {
    const draft = draftOf(conservatoire);
    const edited: MappingDraft = {
      ...draft,
      columns: { ...draft.columns, email: '', phone: '  Portable ', classCode: 'Classe' },
      birthDateFormat: 'yyyy-mm-dd',
    };

    expect(JSON.stringify(mappingOf(edited).mapping)).toBe(
      JSON.stringify({
        id: 'N° inscription',
        firstName: 'Prénom',
        lastName: 'Nom',
        kind: { column: 'Profil' },
        classCode: 'Classe',
        phone: 'Portable',
        birthDate: { column: 'Né(e) le', format: 'yyyy-mm-dd' },
      }),
    );
  });

  it('gives every row one kind, or reads it from a column', () => {
    const fixed = mappingOf({ ...draftOf(conservatoire), fixedKind: 'student' }).mapping;
    expect(fixed?.kind).toEqual({ fixed: 'student' });
    const fromFixed = draftOf({ ...conservatoire, kind: { fixed: 'guest-artist' } });
    expect(fromFixed).toMatchObject({ fixedKind: 'guest-artist', kindColumn: '' });
    expect(mappingOf({ ...fromFixed, fixedKind: '', kindColumn: 'Type' }).mapping?.kind).toEqual({
      column: 'Type',
    });
  });

  it('drops the date of birth when its column is cleared', () => {
    const mapping = mappingOf({ ...draftOf(conservatoire), birthDateColumn: ' ' }).mapping;
    expect(mapping).not.toHaveProperty('birthDate');
  });

  it('names the fields still to fill, starting from nothing when no header was recognised', () => {
    const blank = draftOf(null);
    expect(Object.values(blank.columns).every((column) => column === '')).toBe(true);
    expect(mappingOf(blank)).toEqual({ missing: ['id', 'lastName', 'firstName', 'kind'] });
    const draft = draftOf(conservatoire);
    expect(mappingOf({ ...draft, columns: { ...draft.columns, firstName: '  ' } })).toEqual({
      missing: ['firstName'],
    });
  });

  it('creates the new job with the source’s name, the year and the mapping, then sends the files again', async () => {
    const bodies: unknown[] = [];
    const calls: string[] = [];
    const api = createApi(async (url, init) => {
      calls.push(`${init.method} ${url.split('?')[0]}`);
      if (url === '/api/imports') {
        bodies.push(JSON.parse(String(init.body)));
        return Response.json(
          {
            jobId: 'job-2',
            uploads: [{ file: 'inscriptions.csv', url: 'https://storage.test/job-2?sig=a' }],
          },
          { status: 201 },
        );
      }
      if (url.startsWith('https://storage.test')) return new Response(null, { status: 200 });
      return Response.json({ jobId: 'job-2', status: 'planning' }, { status: 202 });
    });
    const file = new File(['N° inscription;Nom;Prénom\n'], 'inscriptions.csv', { type: 'text/csv' });

    const jobId = await checkImport(
      api,
      {
        source: 'spreadsheet',
        sourceName: 'Inscriptions du conservatoire',
        target: 'next',
        mapping: conservatoire,
      },
      [file],
      () => undefined,
    );

    expect(jobId).toBe('job-2');
    expect(bodies).toEqual([
      {
        source: 'spreadsheet',
        sourceName: 'Inscriptions du conservatoire',
        target: 'next',
        mapping: conservatoire,
        files: ['inscriptions.csv'],
      },
    ]);
    expect(calls).toEqual([
      'POST /api/imports',
      'PUT https://storage.test/job-2',
      'POST /api/imports/job-2/dry-run',
    ]);
  });
});

const years = (changes: Partial<SchoolYears> = {}): SchoolYears => ({
  current: '2026-2027',
  next: {
    schoolYear: '2027-2028',
    imports: [
      {
        jobId: 'job-1',
        source: 'siecle',
        sourceName: null,
        files: ['ElevesAvecAdresses.xml'],
        appliedAt: '2027-06-30T08:00:00.000Z',
        summary: { create: 120, update: 400, retire: 110, unchanged: 0, classes: 30, links: 600 },
      },
    ],
  },
  switching: false,
  ...changes,
});

describe('the switch to next school year', () => {
  it('is offered once next year has a prepared import, and not while it runs', () => {
    expect(canSwitch(years())).toBe(true);
    expect(canSwitch(years({ switching: true }))).toBe(false);
    expect(canSwitch(years({ next: null }))).toBe(false);
    expect(canSwitch(years({ next: { schoolYear: '2027-2028', imports: [] } }))).toBe(false);
  });

  it('reads the years every two seconds while the switch runs, and stops once it is over', async () => {
    const readings = [
      years({ switching: true }),
      years({ switching: true }),
      years({ current: '2027-2028', next: null }),
    ];
    const pauses: number[] = [];
    const seen: string[] = [];

    const last = await pollSchoolYears(
      async () => readings.shift() ?? years(),
      (read) => seen.push(`${read.current} ${read.switching}`),
      new AbortController().signal,
      async (milliseconds) => {
        pauses.push(milliseconds);
      },
    );

    expect(last?.current).toBe('2027-2028');
    expect(seen).toEqual(['2026-2027 true', '2026-2027 true', '2027-2028 false']);
    expect(pauses).toEqual([switchPollingInterval, switchPollingInterval]);
    expect(switchPollingInterval).toBe(2000);
  });

  it('says why the switch did not start', () => {
    const nothing = new ApiError(409, 'Prepare next year first', { code: 'nothing_prepared' });
    expect(describeSwitchError(nothing, french)).toBe(
      'Aucun import n’est préparé pour l’année suivante : préparez-la depuis la page des imports.',
    );
    expect(describeSwitchError(new ApiError(500, ''), english)).toBe('The move could not start: error 500');
  });

  it('names the switch button after the year it moves to', () => {
    expect(french.fill(french.messages.schoolYears.switch, { year: '2027-2028' })).toBe(
      'Passer à l’année 2027-2028',
    );
  });
});
