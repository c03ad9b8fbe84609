import { describe, expect, it } from 'vitest';
import { ApiError, ApiUnreachableError, createApi } from '#web/src/api';
import { checkImport, ImportUploadError, type UploadState } from '#web/src/imports/check-import';
import { describeApplyError, describeCheckError } from '#web/src/imports/describe-import-error';
import { failureText, stoppedPartWay } from '#web/src/imports/failure-text';
import {
  canApply,
  type ImportJob,
  type ImportProblem,
  progressFraction,
  stepOf,
} from '#web/src/imports/import-job';
import { problemPlace, problemReason, sortProblems } from '#web/src/imports/import-problems';
import { pauseFor, pollImportJob, pollingInterval } from '#web/src/imports/poll-import-job';
import { progressAnnouncement, progressCount } from '#web/src/imports/progress-text';
import { summaryText } from '#web/src/imports/summary-text';
import { importsDirectory } from '#web/src/people/abilities';
import { paths, routeOf } from '#web/src/routes';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');
/** fr-FR groups thousands with a narrow no-break space, and parts a percentage with a no-break space. */
const narrowSpace = '\u202f';
const noBreakSpace = '\u00a0';

const storage = 'https://documents.s3.eu-west-3.amazonaws.com';
const siecleFiles = () => [
  new File(['<BEE_ELEVES/>'], 'ElevesAvecAdresses.xml', { type: 'text/xml' }),
  new File(['<BEE_RESPONSABLES/>'], 'ResponsablesAvecAdresses.xml', { type: 'text/xml' }),
];

const job = (changes: Partial<ImportJob> = {}): ImportJob => ({
  jobId: 'job-1',
  source: 'siecle',
  files: ['ElevesAvecAdresses.xml', 'ResponsablesAvecAdresses.xml'],
  status: 'planned',
  createdAt: '2026-08-24T08:00:00.000Z',
  progress: null,
  summary: { create: 12, update: 3, retire: 1, unchanged: 480, classes: 2, links: 20 },
  problems: [],
  problemCount: 0,
  error: null,
  ...changes,
});

const problem = (severity: ImportProblem['severity'], reason: string, line?: number): ImportProblem => ({
  severity,
  file: 'eleves.csv',
  reason,
  ...(line === undefined ? {} : { line }),
});

interface SeenRequest {
  method: string;
  url: string;
  authorization: string | null;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

/** A school's API and its storage behind one fetch, as a browser would reach both; `refuse` fails an upload. */
const fakeSchool = ({ refuse }: { refuse?: string } = {}) => {
  const requests: SeenRequest[] = [];
  const answer = ({ method, url }: SeenRequest): Response => {
    if (url === '/api/session') return Response.json({ accessToken: 'access-1', expiresIn: 900 });
    if (method === 'POST' && url === '/api/imports') {
      return Response.json(
        {
          jobId: 'job-1',
          uploads: [
            {
              file: 'ElevesAvecAdresses.xml',
              url: `${storage}/imports/job-1/ElevesAvecAdresses.xml?X-Amz-Signature=a`,
            },
            {
              file: 'ResponsablesAvecAdresses.xml',
              url: `${storage}/imports/job-1/ResponsablesAvecAdresses.xml?X-Amz-Signature=b`,
            },
          ],
        },
        { status: 201 },
      );
    }
    if (method === 'PUT' && url.startsWith(storage)) {
      return refuse && url.includes(refuse)
        ? new Response('<Error><Code>AccessDenied</Code></Error>', { status: 403 })
        : new Response(null, { status: 200 });
    }
    if (method === 'POST' && url === '/api/imports/job-1/dry-run') {
      return Response.json({ jobId: 'job-1', status: 'planning' }, { status: 202 });
    }
    return Response.json({ error: { code: 'not_found', message: 'Not found' } }, { status: 404 });
  };
  const api = createApi(async (url, init) => {
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      url,
      authorization: new Headers(init.headers).get('authorization'),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    };
    requests.push(request);
    return answer(request);
  });
  return {
    api,
    requests,
    signIn: () => api.session.signIn('direction.demo', 'Demo-Preau-2026!'),
    calls: () => requests.slice(1).map(({ method, url }) => `${method} ${url.split('?')[0]}`),
  };
};

describe('starting the check of an import', () => {
  it('makes the job, puts each file at its own address without the token, then starts the dry run', async () => {
    const school = fakeSchool();
    await school.signIn();
    const files = siecleFiles();
    const states: string[] = [];

    const jobId = await checkImport(school.api, 'siecle', files, (file, state) =>
      states.push(`${file} ${state}`),
    );

    expect(jobId).toBe('job-1');
    expect(school.calls()).toEqual([
      'POST /api/imports',
      `PUT ${storage}/imports/job-1/ElevesAvecAdresses.xml`,
      `PUT ${storage}/imports/job-1/ResponsablesAvecAdresses.xml`,
      'POST /api/imports/job-1/dry-run',
    ]);
    const [create, eleves, responsables, dryRun] = school.requests.slice(1);
    expect(create).toMatchObject({
      authorization: 'Bearer access-1',
      body: { source: 'siecle', files: ['ElevesAvecAdresses.xml', 'ResponsablesAvecAdresses.xml'] },
    });
    for (const upload of [eleves, responsables]) {
      expect(upload).toMatchObject({ authorization: null, credentials: 'omit' });
    }
    expect(eleves?.body).toBe(files[0]);
    expect(responsables?.body).toBe(files[1]);
    expect(dryRun?.authorization).toBe('Bearer access-1');
    expect(states).toEqual([
      'ElevesAvecAdresses.xml sending',
      'ResponsablesAvecAdresses.xml sending',
      'ElevesAvecAdresses.xml sent',
      'ResponsablesAvecAdresses.xml sent',
    ]);
  });

  it('lets every upload finish, names the file that failed, and checks nothing', async () => {
    const school = fakeSchool({ refuse: 'Eleves' });
    await school.signIn();
    const states = new Map<string, UploadState>();

    const check = checkImport(school.api, 'siecle', siecleFiles(), (file, state) => states.set(file, state));

    await expect(check).rejects.toBeInstanceOf(ImportUploadError);
    await expect(check).rejects.toMatchObject({ file: 'ElevesAvecAdresses.xml', cause: { status: 403 } });
    expect(Object.fromEntries(states)).toEqual({
      'ElevesAvecAdresses.xml': 'failed',
      'ResponsablesAvecAdresses.xml': 'sent',
    });
    expect(school.calls()).not.toContain('POST /api/imports/job-1/dry-run');
  });

  it('says why an import could not start, in French and in English', () => {
    const twice = new ApiError(400, 'files.1: names eleves.csv twice', {
      code: 'invalid_input',
      field: 'files.1',
      details: {
        errors: [{ field: 'files.1', code: 'duplicate', message: 'files.1: names eleves.csv twice' }],
      },
    });
    expect(describeCheckError(twice, french)).toBe('Import refusé : ce fichier est donné deux fois');
    expect(describeCheckError(new ApiError(403, 'Forbidden'), french)).toBe(
      'Votre profil ne permet pas d’importer.',
    );
    const lost = new ImportUploadError('Nomenclature.xml', {
      cause: new ApiUnreachableError('Failed to fetch'),
    });
    expect(describeCheckError(lost, french)).toBe(
      'L’envoi de Nomenclature.xml a échoué (le serveur ne répond pas). Vérifiez votre connexion, puis recommencez.',
    );
    expect(describeCheckError(new ApiError(500, ''), english)).toBe('The import could not start: error 500');
  });

  it('says why a checked import cannot be applied', () => {
    const notReady = new ApiError(409, 'The dry run found errors: fix the files and import them again', {
      code: 'not_ready',
    });
    expect(describeApplyError(notReady, french)).toBe(
      'L’import ne peut pas encore être appliqué : l’import doit d’abord être vérifié, sans erreur',
    );
    expect(describeApplyError(new ApiUnreachableError('Failed to fetch'), english)).toBe(
      'The import could not start: the server does not answer',
    );
  });
});

describe('following a job', () => {
  const readings = (...statuses: ImportJob['status'][]) => {
    const read: string[] = [];
    const readJob = async () => {
      const status = statuses[read.length] ?? 'planned';
      read.push(status);
      return job({ status });
    };
    return { read, readJob };
  };

  it('reads the job every second while it runs, and stops at a final status', async () => {
    const { read, readJob } = readings('planning', 'planning', 'planned', 'applying');
    const shown: string[] = [];
    const pauses: number[] = [];

    const last = await pollImportJob(
      readJob,
      (seen) => shown.push(seen.status),
      new AbortController().signal,
      async (milliseconds) => {
        pauses.push(milliseconds);
      },
    );

    expect(last?.status).toBe('planned');
    expect(read).toEqual(['planning', 'planning', 'planned']);
    expect(shown).toEqual(['planning', 'planning', 'planned']);
    expect(pauses).toEqual([pollingInterval, pollingInterval]);
    expect(pollingInterval).toBe(1000);
  });

  it('stops for every final status', async () => {
    for (const status of ['created', 'planned', 'applied', 'failed'] as const) {
      const { read, readJob } = readings(status);
      await pollImportJob(
        readJob,
        () => undefined,
        new AbortController().signal,
        async () => undefined,
      );
      expect(read, status).toEqual([status]);
    }
  });

  it('stops when the page is left, even in the middle of a pause', async () => {
    const { read, readJob } = readings('applying', 'applying', 'applying');
    const leaving = new AbortController();
    const shown: string[] = [];

    const polling = pollImportJob(readJob, (seen) => shown.push(seen.status), leaving.signal, pauseFor);
    await new Promise((resolve) => setTimeout(resolve, 20));
    leaving.abort();

    expect(await polling).toBeUndefined();
    expect(read).toEqual(['applying']);
    expect(shown).toEqual(['applying']);
  });

  it('drops a reading that comes back after the page was left', async () => {
    const leaving = new AbortController();
    const shown: string[] = [];
    const readJob = async () => {
      leaving.abort();
      return job({ status: 'planning' });
    };

    expect(await pollImportJob(readJob, (seen) => shown.push(seen.status), leaving.signal)).toBeUndefined();
    expect(shown).toEqual([]);
  });

  it('reads the job and asks for it to be applied at its own addresses', async () => {
    const requests: string[] = [];
    const api = createApi(async (url, init) => {
      requests.push(`${init.method ?? 'GET'} ${url}`);
      return url.endsWith('/apply')
        ? Response.json({ error: { code: 'not_ready', message: 'Check the import first' } }, { status: 409 })
        : Response.json(job({ jobId: 'job 2/b' }));
    });

    expect((await api.importJob('job 2/b')).jobId).toBe('job 2/b');
    await expect(api.applyImport('job 2/b')).rejects.toMatchObject({ status: 409, code: 'not_ready' });
    expect(requests).toEqual(['GET /api/imports/job%202%2Fb', 'POST /api/imports/job%202%2Fb/apply']);
  });
});

describe('the report of a check', () => {
  it('lists errors first, keeping the order of the file otherwise', () => {
    const problems = [
      problem('warning', 'email is not an address', 3),
      problem('error', 'birth date is missing', 5),
      problem('warning', 'phone is not a number', 7),
      problem('error', 'class 6e Z is unknown', 9),
    ];

    expect(sortProblems(problems).map(({ line }) => line)).toEqual([5, 9, 3, 7]);
    expect(problems.map(({ line }) => line)).toEqual([3, 5, 7, 9]);
  });

  it('says where a problem is: its line, its element, or both', () => {
    expect(problemPlace(problem('error', 'x', 1204), french)).toBe(`ligne 1${narrowSpace}204`);
    expect(problemPlace({ ...problem('error', 'x'), element: 'ELEVE[ELEVE_ID=1234]' }, english)).toBe(
      'ELEVE[ELEVE_ID=1234]',
    );
    expect(problemPlace({ ...problem('error', 'x', 4), element: 'ELEVE' }, english)).toBe('line 4 · ELEVE');
    expect(problemPlace(problem('warning', 'x'), french)).toBe('');
    expect(problemPlace({ ...problem('error', 'x', 12), column: 7 }, french)).toBe('ligne 12, colonne 7');
  });

  it('words the refusals of a file in French and English, with their line and column', () => {
    const truncated = {
      ...problem('error', 'is incomplete: it stops at line 12, column 7, inside ELEVE[ELEVE_ID=2]', 12),
      column: 7,
      code: 'truncated_file',
      values: { line: '12', column: '7', element: 'ELEVE[ELEVE_ID=2]' },
    };
    expect(problemReason(truncated, french)).toBe(
      'Le fichier est incomplet : il s’arrête ligne 12, colonne 7, au milieu de «\u00a0ELEVE[ELEVE_ID=2]\u00a0». ' +
        'Il a sans doute été coupé pendant l’export ou l’envoi : exportez-le de nouveau.',
    );
    expect(problemReason(truncated, english)).toContain('it stops at line 12, column 7');
    const wrongSchool = {
      ...problem('error', 'is an export of another establishment'),
      code: 'wrong_school',
      values: { found: '0350999Z', expected: '0291234X' },
    };
    expect(problemReason(wrongSchool, french)).toBe(
      'Ce fichier est l’export d’un autre établissement (UAI 0350999Z) ; le vôtre a l’UAI 0291234X. Rien n’a été importé.',
    );
    expect(problemReason({ ...problem('warning', 'is missing'), code: 'missing_ine' }, english)).toBe(
      'This pupil has no INE: they are imported with their SIECLE identifier (ELEVE_ID).',
    );
    // A code the portal does not know yet keeps the backend's words.
    expect(problemReason({ ...problem('error', 'is odd'), code: 'other' }, french)).toBe('is odd');
  });

  it('sums up what the import will do, then what it did, with the numbers of the language', () => {
    const summary = { create: 12, update: 3, retire: 1, unchanged: 480, classes: 2, links: 20 };
    expect(summaryText(summary, 'planned', french)).toBe(
      '12 personnes à créer, 3 à mettre à jour, 1 à retirer, 480 inchangées, 2 classes, 20 liens',
    );
    expect(summaryText(summary, 'applied', french)).toBe(
      '12 personnes créées, 3 mises à jour, 1 retirée, 480 inchangées, 2 classes, 20 liens',
    );
    expect(summaryText(summary, 'planned', english)).toBe(
      '12 people to create, 3 to update, 1 to retire, 480 unchanged, 2 classes, 20 links',
    );
    const single = { create: 1, update: 0, retire: 0, unchanged: 1200, classes: 1, links: 1 };
    expect(summaryText(single, 'planned', french)).toBe(
      `1 personne à créer, 0 à mettre à jour, 0 à retirer, 1${narrowSpace}200 inchangées, 1 classe, 1 lien`,
    );
    expect(summaryText(single, 'applied', english)).toBe(
      '1 person created, 0 updated, 0 retired, 1,200 unchanged, 1 class, 1 link',
    );
  });

  it('offers to apply a check without errors, or a failed import to finish', () => {
    const warned = [problem('warning', 'phone is not a number', 7)];
    const blocked = [problem('error', 'birth date is missing', 5), ...warned];
    expect(canApply(job({ problems: warned, problemCount: 1 }))).toBe(true);
    expect(canApply(job({ problems: blocked, problemCount: 2 }))).toBe(false);
    expect(
      canApply(job({ status: 'failed', error: 'The import stopped on an error of ours: try again' })),
    ).toBe(true);
    expect(canApply(job({ status: 'failed', summary: null, error: 'eleves.xml is not XML' }))).toBe(false);
    for (const status of ['created', 'planning', 'applying', 'applied'] as const) {
      expect(canApply(job({ status })), status).toBe(false);
    }
  });

  it('places a job among the three steps', () => {
    expect(stepOf(undefined)).toBe('files');
    expect(stepOf(job({ status: 'planning', summary: null }))).toBe('check');
    expect(stepOf(job({ status: 'planned' }))).toBe('check');
    expect(stepOf(job({ status: 'failed', summary: null }))).toBe('check');
    expect(stepOf(job({ status: 'applying' }))).toBe('apply');
    expect(stepOf(job({ status: 'failed' }))).toBe('apply');
    expect(stepOf(job({ status: 'applied' }))).toBe('apply');
  });
});

describe('the progress of a running job', () => {
  it('fills the bar from the count, and leaves it indeterminate without one', () => {
    expect(progressFraction({ done: 120, total: 480 })).toBe(0.25);
    expect(progressFraction({ done: 500, total: 480 })).toBe(1);
    expect(progressFraction({ done: 0, total: 0 })).toBeUndefined();
    expect(progressFraction(null)).toBeUndefined();
  });

  it('reads out the phase and the progress by tens, and writes the count in full', () => {
    const planning = job({ status: 'planning', progress: { done: 1190, total: 2400 }, summary: null });
    expect(progressAnnouncement(planning, french)).toBe(`Vérification des fichiers… 40${noBreakSpace}%`);
    expect(progressAnnouncement(planning, english)).toBe('Checking the files… 40%');
    expect(progressCount(planning, french)).toBe(`1${narrowSpace}190 / 2${narrowSpace}400`);
    const applying = job({ status: 'applying', progress: { done: 2400, total: 4826 } });
    expect(progressCount(applying, french)).toBe(`2${narrowSpace}400 / 4${narrowSpace}826`);
    expect(progressCount(applying, english)).toBe('2,400 / 4,826');
    expect(progressAnnouncement(job({ status: 'applying' }), french)).toBe('Import en cours…');
    expect(progressCount(job({ status: 'applying' }), french)).toBe('');
    expect(progressAnnouncement(job({ status: 'applied' }), french)).toBe('Import terminé');
    expect(progressAnnouncement(job({ status: 'failed' }), french)).toBe('');
  });
});

describe('the notice of a failed import', () => {
  it('says in the page’s language which part of an apply failed, and what its finished parts did', () => {
    const stopped = job({
      status: 'failed',
      progress: { done: 500, total: 1710 },
      summary: { create: 480, update: 0, retire: 0, unchanged: 0, classes: 20, links: 0 },
      chunks: { run: 4, total: 7, done: 2 },
      failure: { code: 'chunk_failed', part: 3, parts: 7 },
      error: 'The import stopped on an error of ours at part 3 of 7: apply it again to finish it',
    });
    expect(failureText(stopped, french)).toEqual({
      message: 'L’import a échoué : une erreur de notre côté a arrêté l’écriture à l’étape 3 sur 7',
      doneSoFar:
        'Déjà fait : 480 personnes créées, 0 mise à jour, 0 retirée, 0 inchangée, 20 classes, 0 lien.',
    });
    expect(failureText(stopped, english).message).toBe(
      'The import failed: an error on our side stopped the writing at step 3 of 7',
    );
    expect(stoppedPartWay(stopped)).toBe(true);
    expect(canApply(stopped)).toBe(true);
  });

  it('gives the reason of a check that failed as the API words it, with no « already done »', () => {
    const unreadable = job({ status: 'failed', summary: null, error: 'eleves.xml is not XML' });
    expect(failureText(unreadable, french)).toEqual({
      message: 'La vérification a échoué : eleves.xml is not XML',
    });
    expect(stoppedPartWay(job({ status: 'failed' }))).toBe(false);
  });
});

describe('the imports page in the portal', () => {
  it('has an address of its own, and one per job', () => {
    expect(routeOf('/imports')).toEqual({ page: 'imports', jobId: '' });
    expect(paths.imports()).toBe('/imports');
    const report = new URL(paths.imports('job 2/b'), 'https://school.test');
    expect(routeOf(report.pathname, report.search)).toEqual({ page: 'imports', jobId: 'job 2/b' });
  });

  it('is for the school’s own administrators only', () => {
    expect(importsDirectory(['school-admin'])).toBe(true);
    expect(importsDirectory(['teacher', 'school-admin'])).toBe(true);
    expect(importsDirectory(['authority-admin'])).toBe(false);
    expect(importsDirectory(['staff', 'planner'])).toBe(false);
  });
});
