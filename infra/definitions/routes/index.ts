import { attendanceRoutes } from './attendance';
import { auditRoutes } from './audit';
import { bookingRoutes } from './booking';
import { homeworkRoutes } from './homework';
import { identityRoutes } from './identity';
import { importsRoutes } from './imports';
import { loansRoutes } from './loans';
import { messagingRoutes } from './messaging';
import { peopleRoutes } from './people';
import { placesRoutes } from './places';
import { planningRoutes } from './planning';
import { platformRoutes } from './platform';
import { requestsRoutes } from './requests';
import type { ApiModule, ApiService, Route } from './route';
import { salesRoutes } from './sales';
import { sharingRoutes } from './sharing';
import { timeRoutes } from './time';

export type { ApiModule, ApiService, FunctionNeeds, HttpMethod, Route } from './route';

/**
 * The route table: every HTTP route of a school's API, each module's from its own file, one line a route.
 * The CDK stack creates one API Gateway route per entry, served by the Lambda function of its service; the local
 * server reads the same table, and the OpenAPI document is generated from it. A new module adds one line here.
 */
export const apiModules: readonly ApiModule[] = [
  platformRoutes,
  identityRoutes,
  placesRoutes,
  peopleRoutes,
  importsRoutes,
  planningRoutes,
  bookingRoutes,
  sharingRoutes,
  requestsRoutes,
  messagingRoutes,
  homeworkRoutes,
  attendanceRoutes,
  loansRoutes,
  salesRoutes,
  timeRoutes,
  auditRoutes,
];

export const routes: readonly Route[] = apiModules.flatMap((module) => module.routes);

/**
 * The Lambda functions of the API, one per service: a module's routes run in the module's function, a function
 * per group keeps a school stack far below CloudFormation's 500 resources and synthesis quick, and a route with a
 * heavy dependency names a service of its own (pdfkit for letters never slows the cold start of signing in).
 */
export const apiServices: readonly ApiService[] = [...new Set(routes.map((route) => route.service))];
