import { authorize } from '#domain/identity/authorize';
import { requireProject } from '#domain/planning/project-documents';
import { projectResource } from '#domain/planning/project-resource';
import { submissionSchema } from '#domain/requests/request-input';
import { submitRequest } from '#domain/requests/submit-request';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

/** Students and teachers submit for the projects they take part in; to them, the others do not exist. */
export const handler = signedInHandler(async (event, actor) => {
  const submission = parseJsonBody(event, submissionSchema);
  const project = await requireProject(submission.projectId, requestPorts);
  await authorize(actor, 'form-requests:submit', projectResource(project), directory);
  return { status: 201, body: await submitRequest(submission, project, actor, requestPorts) };
});
