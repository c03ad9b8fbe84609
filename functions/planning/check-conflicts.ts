import { authorize } from '#domain/identity/authorize';
import { checkConflicts } from '#domain/planning/check-conflicts';
import { conflictCheckSchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const draft = parseJsonBody(event, conflictCheckSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  return { status: 200, body: { conflicts: await checkConflicts(draft, planningPorts) } };
});
