import { describe, expect, it } from 'vitest';
import { chunksOf, summaryOf } from '#domain/imports/import-chunks';
import type { ImportJob, ImportSummary } from '#domain/imports/import-job';
import { type ImportPlan, writesOf } from '#domain/imports/import-plan';
import { type ImportChunkPorts, runImportChunk } from '#domain/imports/run-import-chunk';

/** A plan of placeholder entries: the splitter only cuts lists, whatever they hold. */
const planOf = (sizes: Partial<Record<keyof ImportPlan, number>>, unchanged = 0): ImportPlan => {
  const list = (name: keyof ImportPlan) =>
    Array.from({ length: sizes[name] ?? 0 }, (_, index) => ({ id: `${name}-${index}` })) as never[];
  return {
    createPeople: list('createPeople'),
    updatePeople: list('updatePeople'),
    retirePeople: list('retirePeople'),
    createClasses: list('createClasses'),
    updateClasses: list('updateClasses'),
    addGuardianships: list('addGuardianships'),
    removeGuardianships: list('removeGuardianships'),
    addTeaching: list('addTeaching'),
    removeTeaching: list('removeTeaching'),
    unchanged,
    problems: [],
  };
};

const plan = planOf(
  {
    createClasses: 3,
    createPeople: 11,
    updatePeople: 2,
    retirePeople: 1,
    addGuardianships: 9,
    addTeaching: 4,
  },
  40,
);

const add = (a: ImportSummary, b: ImportSummary): ImportSummary => ({
  create: a.create + b.create,
  update: a.update + b.update,
  retire: a.retire + b.retire,
  unchanged: a.unchanged + b.unchanged,
  classes: a.classes + b.classes,
  links: a.links + b.links,
});

describe('cutting an applied plan in chunks', () => {
  it('cuts it in chunks of at most the size, classes first and links last, losing and repeating nothing', () => {
    const chunks = chunksOf(plan, 8);

    expect(chunks.map(({ index }) => index)).toEqual([0, 1, 2, 3]);
    expect(chunks.map((chunk) => writesOf(chunk.plan))).toEqual([8, 8, 8, 6]);
    expect(chunks[0]?.plan.createClasses).toHaveLength(3);
    expect(chunks.at(-1)?.plan.addTeaching).toHaveLength(4);
    for (const list of ['createClasses', 'createPeople', 'addGuardianships', 'addTeaching'] as const) {
      expect(chunks.flatMap((chunk) => chunk.plan[list] as unknown[])).toEqual(plan[list]);
    }
  });

  it('gives chunks whose summaries, with what no chunk writes, add up to the plan’s', () => {
    const chunks = chunksOf(plan, 8);
    const start = { ...summaryOf(planOf({})), unchanged: plan.unchanged };

    expect(chunks.map((chunk) => summaryOf(chunk.plan)).reduce(add, start)).toEqual(summaryOf(plan));
    expect(chunksOf(planOf({}, 12))).toEqual([]);
  });
});

/** A job store that keeps DynamoDB's conditions: a chunk counts once, and only in an applying job of its run. */
const memoryStore = (start: ImportJob) => {
  let job = start;
  const counted = new Set<number>();
  const requested: number[] = [];
  const store: ImportChunkPorts['jobs'] = {
    get: async () => job,
    async recordChunk(_job, chunk, { summary, writes }) {
      if (job.status !== 'applying' || job.chunks?.run !== _job.chunks.run || counted.has(chunk))
        return false;
      counted.add(chunk);
      job = {
        ...job,
        summary: add(job.summary as ImportSummary, summary),
        progress: { done: (job.progress?.done ?? 0) + writes, total: job.progress?.total ?? 0 },
        chunks: { ...job.chunks, done: counted.size },
      };
      if (chunk + 1 < _job.chunks.total) requested.push(chunk + 1);
      return true;
    },
    async markApplied() {
      if (job.status === 'applying') job = { ...job, status: 'applied' };
    },
    async markFailed(_job, reason, failure) {
      if (job.status === 'applying') job = { ...job, status: 'failed', error: reason, failure };
    },
  };
  return { store, current: () => job, requested };
};

describe('running the chunks of an applied job', () => {
  const chunks = chunksOf(plan, 8);
  const applying = (): ImportJob => ({
    jobId: 'job-1',
    source: 'siecle',
    files: [],
    sourceName: null,
    mapping: null,
    status: 'applying',
    target: 'current',
    createdAt: '2026-09-01T08:00:00.000Z',
    createdBy: { personId: 'p-1', name: 'Direction' },
    progress: { done: 0, total: writesOf(plan) },
    summary: { ...summaryOf(planOf({})), unchanged: plan.unchanged },
    problems: [],
    problemCount: 0,
    hasErrors: false,
    checkedAt: '2026-09-01T07:59:00.000Z',
    error: null,
    chunks: { run: 5, total: chunks.length, done: 0 },
    version: 5,
  });
  const setUp = (failOn?: number) => {
    const memory = memoryStore(applying());
    const written: number[] = [];
    const finished: string[] = [];
    const ports: ImportChunkPorts = {
      jobs: memory.store,
      readChunk: async (_job, chunk) => {
        if (chunk === failOn) throw new Error('NoSuchKey');
        return (chunks[chunk] as (typeof chunks)[number]).plan;
      },
      write: async (chunkPlan) => {
        written.push(writesOf(chunkPlan));
      },
      readTeaching: async () => [],
      loadState: async () => ({ people: [], classes: [], guardianships: [], teaching: [] }),
      saveDuplicates: async () => {
        finished.push('duplicates');
      },
      saveCourses: async () => {},
      saveMapping: async () => {},
    };
    const run = (chunk: number, run = 5) => runImportChunk({ jobId: 'job-1', run, chunk }, ports);
    return { ...memory, written, finished, run };
  };

  it('ends with the plan’s summary however often a chunk comes, finishing the job once', async () => {
    const { run, current, requested, finished } = setUp();

    await run(0);
    await run(0);
    for (const chunk of [1, 2, 1, 3, 3]) await run(chunk);

    expect(current()).toMatchObject({
      status: 'applied',
      summary: summaryOf(plan),
      progress: { done: writesOf(plan), total: writesOf(plan) },
      chunks: { done: chunks.length },
    });
    expect(requested).toEqual([1, 2, 3]);
    expect(finished).toEqual(['duplicates']);
  });

  it('ignores a chunk of another run, or of a job that ended', async () => {
    const { run, current, written } = setUp();

    await run(0, 4);
    expect(written).toEqual([]);
    for (const chunk of [0, 1, 2, 3]) await run(chunk);
    await run(2);
    expect(written).toHaveLength(4);
    expect(current().status).toBe('applied');
  });

  it('ends the job failed, naming the part, when a chunk fails, and passes the error on to the bus', async () => {
    const { run, current } = setUp(2);

    await run(0);
    await run(1);
    await expect(run(2)).rejects.toThrow('NoSuchKey');

    expect(current()).toMatchObject({
      status: 'failed',
      failure: { code: 'chunk_failed', part: 3, parts: 4 },
      error: 'The import stopped on an error of ours at part 3 of 4: apply it again to finish it',
      chunks: { done: 2 },
      progress: { done: 16 },
    });
    await run(3);
    expect(current().status).toBe('failed');
  });
});
