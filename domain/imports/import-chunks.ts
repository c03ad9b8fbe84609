import type { ImportSummary } from './import-job';
import type { ImportPlan } from './import-plan';

/**
 * How many plan entries (a person, a class, a link) one chunk writes: with a person's profile memberships and
 * audit entry, some 1,000 puts, a few seconds of BatchWriteItem, far within its function's time limit.
 */
export const importChunkEntries = 250;

/** One chunk of an applied plan: a plan of its own, written and counted on its own. */
export interface ImportChunk {
  index: number;
  plan: ImportPlan;
}

type PlanList = Exclude<keyof ImportPlan, 'unchanged' | 'problems'>;

/** The order writes go in: classes, people, then the links between them. */
const listsInOrder: readonly PlanList[] = [
  'createClasses',
  'updateClasses',
  'createPeople',
  'updatePeople',
  'retirePeople',
  'addGuardianships',
  'removeGuardianships',
  'addTeaching',
  'removeTeaching',
];

const emptyPlan = (): ImportPlan => ({
  createPeople: [],
  updatePeople: [],
  retirePeople: [],
  createClasses: [],
  updateClasses: [],
  addGuardianships: [],
  removeGuardianships: [],
  addTeaching: [],
  removeTeaching: [],
  unchanged: 0,
  problems: [],
});

/**
 * A plan cut into chunks of at most `entries` entries, in write order (classes first, links last). `unchanged`
 * and the problems stay with the whole plan: chunks only write.
 */
export const chunksOf = (plan: ImportPlan, entries = importChunkEntries): ImportChunk[] => {
  const chunks: ImportChunk[] = [];
  let current = emptyPlan();
  let size = 0;
  for (const list of listsInOrder) {
    for (const entry of plan[list]) {
      if (size === entries) {
        chunks.push({ index: chunks.length, plan: current });
        current = emptyPlan();
        size = 0;
      }
      (current[list] as unknown[]).push(entry);
      size += 1;
    }
  }
  if (size > 0) chunks.push({ index: chunks.length, plan: current });
  return chunks;
};

/** What a plan (or a chunk of one) changes, as the job's summary counts it. */
export const summaryOf = (plan: ImportPlan): ImportSummary => ({
  create: plan.createPeople.length,
  update: plan.updatePeople.length,
  retire: plan.retirePeople.length,
  unchanged: plan.unchanged,
  classes: plan.createClasses.length + plan.updateClasses.length,
  links:
    plan.addGuardianships.length +
    plan.removeGuardianships.length +
    plan.addTeaching.length +
    plan.removeTeaching.length,
});
