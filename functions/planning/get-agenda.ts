import { agendaQuerySchema } from '#domain/planning/planning-input';
import { resourceKindSchema } from '#domain/planning/planning-resource';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { readVisibleAgenda } from './adapters/visible-agenda';

export const handler = signedInHandler(async (event, actor) => {
  const kind = parseWith(resourceKindSchema, pathParameter(event, 'kind'), 'kind');
  const id = pathParameter(event, 'id');
  const span = parseQuery(event, agendaQuerySchema);
  return { status: 200, body: await readVisibleAgenda(actor, { kind, id }, span) };
});
