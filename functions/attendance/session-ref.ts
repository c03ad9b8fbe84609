import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { calendarDateSchema } from '#domain/shared/input-types';
import { pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';

/** The session a path names: `/api/attendance/registers/{activityId}/{seriesDate}`. */
export const sessionRefOf = (event: APIGatewayProxyEventV2) => ({
  activityId: pathParameter(event, 'activityId'),
  seriesDate: parseWith(calendarDateSchema, pathParameter(event, 'seriesDate'), 'seriesDate'),
});
