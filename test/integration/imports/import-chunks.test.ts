import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunkEntries } from '#domain/imports/import-chunks';
import { importChunkRequested } from '#events/imports/import-events';
import { lambdaContext } from '#infra/local/lambda-context';
import { generateSiecle } from '../../fixtures/siecle/generate-siecle';
import { busEventOf } from '../../support/bus-event';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';
import { waitForJob } from '../../support/wait-for-job';

const siecle = generateSiecle({ students: 300, seed: 13, today: todayInParis() });
const files = {
  'ElevesAvecAdresses.xml': siecle.eleves,
  'ResponsablesAvecAdresses.xml': siecle.responsables,
  'Nomenclature.xml': siecle.nomenclature,
};

/**
 * An apply is cut in chunks, each its own run on the bus: the job ends once, with the dry run's summary, however
 * often a chunk is delivered, and a chunk that fails ends it in `failed` with the reason.
 */
describe('import jobs applied in chunks', () => {
  let school: SchoolUnderTest;
  let jobId: string;
  let dryRun: { summary: Record<string, number>; progress: unknown };

  const waitFor = (statuses: string[]) => waitForJob(school.request, jobId, statuses);

  /** A chunk delivered by the bus, as EventBridge hands it to the function. */
  const deliverChunk = async (run: number, chunk: number) => {
    const { handler } = await import('#functions/imports/run-import-chunk');
    const requested = busEventOf(importChunkRequested, { jobId, run, chunk }, school.school.id);
    return handler(requested, lambdaContext('run-import-chunk'));
  };

  /**
   * The job as it stands when its chunks have just been asked for (runImport's `startChunks`), its chunk files in
   * the bucket: what a chunk delivered again, late, meets. Written here so that the test holds the chunks' order.
   */
  const backToFirstChunk = async () => {
    const { documentClient } = await import('#functions/lib/clients/dynamodb');
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    const { importKeys } = await import('#infra/definitions/school-table');
    await documentClient.send(
      new UpdateCommand({
        TableName: school.tableName,
        Key: importKeys.job(jobId),
        UpdateExpression:
          'SET #status = :applying, #error = :null, #progress.#done = :zero, #chunks.#done = :zero, #summary = :start REMOVE chunksDone',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#error': 'error',
          '#progress': 'progress',
          '#chunks': 'chunks',
          '#done': 'done',
          '#summary': 'summary',
        },
        ExpressionAttributeValues: {
          ':applying': 'applying',
          ':null': null,
          ':zero': 0,
          ':start': {
            create: 0,
            update: 0,
            retire: 0,
            classes: 0,
            links: 0,
            unchanged: dryRun.summary.unchanged,
          },
        },
      }),
    );
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'direction.demo' });
    const created = await school.request('POST', '/api/imports', {
      source: 'siecle',
      files: Object.keys(files),
    });
    jobId = created.body.jobId;
    for (const { file, url } of created.body.uploads) {
      await fetch(url, { method: 'PUT', body: Buffer.from(files[file as keyof typeof files]) });
    }
    await school.request('POST', `/api/imports/${jobId}/dry-run`);
    dryRun = await waitFor(['planned', 'failed']);
  }, 360_000);
  afterAll(async () => school?.stop());

  it('applies a 300-pupil SIECLE in several chunks, and its summary is the dry run’s', async () => {
    expect(dryRun).toMatchObject({ status: 'planned', progress: null });
    expect(dryRun.summary.create).toBeGreaterThan(300);

    expect((await school.request('POST', `/api/imports/${jobId}/apply`)).status).toBe(202);
    const applied = await waitFor(['applied', 'failed']);

    expect(applied).toMatchObject({ status: 'applied', error: null, summary: dryRun.summary });
    const { create, classes, links } = dryRun.summary as Record<string, number>;
    const entries = (create as number) + (classes as number) + (links as number);
    expect(applied.progress).toEqual({ done: entries, total: entries });
    expect(applied.chunks).toMatchObject({ total: Math.ceil(entries / importChunkEntries) });
    expect(applied.chunks.total).toBeGreaterThan(3);
    expect(applied.chunks.done).toBe(applied.chunks.total);
    expect(applied).not.toHaveProperty('chunksDone');
    const students = await school.request('GET', '/api/classes/6a/students');
    expect(students.body.items.length).toBeGreaterThan(0);
  }, 360_000);

  it('counts a chunk delivered again, and twice at once, once', async () => {
    const { chunks } = (await school.request('GET', `/api/imports/${jobId}`)).body;
    await backToFirstChunk();

    // The first chunk three times, two of them at the same moment: each asks for the second chunk at most once.
    await Promise.all([deliverChunk(chunks.run, 0), deliverChunk(chunks.run, 0)]);
    await deliverChunk(chunks.run, 0);
    await school.eventsDelivered();
    const applied = await waitFor(['applied', 'failed']);

    expect(applied).toMatchObject({ status: 'applied', summary: dryRun.summary });
    expect(applied.progress.done).toBe(applied.progress.total);
    expect(applied.chunks).toEqual({ ...chunks, done: chunks.total });
    // A chunk of a run that ended changes nothing.
    await deliverChunk(chunks.run, 1);
    expect((await school.request('GET', `/api/imports/${jobId}`)).body.summary).toEqual(dryRun.summary);
  }, 360_000);

  it('ends the job failed, with the reason, when a chunk fails', async () => {
    const { chunks } = (await school.request('GET', `/api/imports/${jobId}`)).body;
    await backToFirstChunk();
    const { s3Client } = await import('#functions/lib/clients/s3');
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await s3Client.send(
      new DeleteObjectCommand({
        Bucket: process.env.DOCUMENTS_BUCKET,
        Key: `imports/${jobId}/apply-${chunks.run}/chunk-2.json`,
      }),
    );

    await deliverChunk(chunks.run, 0);
    await school.eventsDelivered();
    const failed = await waitFor(['applied', 'failed']);

    expect(failed.status).toBe('failed');
    expect(failed.error).toBe(
      `The import stopped on an error of ours at part 3 of ${chunks.total}: apply it again to finish it`,
    );
    // What the first two chunks wrote is counted, no more: the page tells what was done.
    expect(failed.chunks.done).toBe(2);
    expect(failed.progress.done).toBe(2 * importChunkEntries);

    // Applied again, the job plans what is left and finishes.
    expect((await school.request('POST', `/api/imports/${jobId}/apply`)).status).toBe(202);
    // The failed chunk retried late, as Lambda retries it, meets a run that is no longer its own: it neither writes
    // nor fails the new one.
    await deliverChunk(chunks.run, 2);
    expect(await waitFor(['applied', 'failed'])).toMatchObject({ status: 'applied', error: null });
  }, 360_000);
});
