import { httpHandler } from '../lib/http-handler';
import { schoolFromEnvironment } from '../lib/school-environment';

const { schoolId, ...school } = schoolFromEnvironment();

export const handler = httpHandler(async () => ({
  status: 200,
  body: { status: 'ok', school: { id: schoolId, ...school } },
}));
