import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Counts the DynamoDB calls a piece of work makes through this client, by command: `measure(work)` runs it once to
 * warm up, then `runs` times, and answers the calls and time per run with the commands seen.
 */
export const countingDynamoCalls = (client: DynamoDBDocumentClient, runs: number) => {
  let calls = 0;
  let commands = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls += 1;
      const command = String(context.commandName);
      commands.set(command, (commands.get(command) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return async (work: (run: number) => Promise<unknown>) => {
    await work(-1);
    const started = performance.now();
    calls = 0;
    commands = new Map();
    for (let run = 0; run < runs; run += 1) await work(run);
    return {
      calls: calls / runs,
      ms: (performance.now() - started) / runs,
      commands: [...commands].map(([command, count]) => `${count / runs} ${command}`).join(', '),
    };
  };
};
