import { httpHandler } from '#functions/lib/http-handler';
import { schoolFromEnvironment } from '#functions/lib/school-environment';

const { schoolId, ...school } = schoolFromEnvironment();

export const handler = httpHandler(async () => ({
  status: 200,
  body: { status: 'ok', school: { id: schoolId, ...school } },
}));
