import { moduleBuses, type QueueDefinition } from './bus/index';

export type { QueueDefinition } from './bus/index';

/** Every work queue of a school, from each module's `bus/<module>.ts` (`queues`). */
export const queueDefinitions: readonly QueueDefinition[] = moduleBuses.flatMap((bus) => bus.queues ?? []);

/** The environment variable that holds a queue's URL, in the functions that declared `needs.queues: [name]`. */
export const queueUrlVariable = (queueName: string) =>
  `QUEUE_URL_${queueName.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;

export const queueDefinition = (queueName: string) => {
  const queue = queueDefinitions.find(({ name }) => name === queueName);
  if (!queue) throw new Error(`No queue ${queueName}: declare it in a module's bus file (queues)`);
  return queue;
};
