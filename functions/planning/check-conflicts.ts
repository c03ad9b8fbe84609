import { authorize } from '../../domain/identity/authorize';
import { checkConflicts } from '../../domain/planning/check-conflicts';
import { conflictCheckSchema } from '../../domain/planning/planning-input';
import { directory } from '../lib/directory';
import { parseJsonBody } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const draft = parseJsonBody(event, conflictCheckSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  return { status: 200, body: { conflicts: await checkConflicts(draft, planningPorts) } };
});
