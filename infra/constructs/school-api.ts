import { NestedStack, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpAuthorizer,
  HttpAuthorizerType,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  type HttpRouteAuthorizerBindOptions,
  type HttpRouteAuthorizerConfig,
  type HttpRouteIntegrationBindOptions,
  HttpRouteKey,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { CfnPermission, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { functionOfRoute } from '#infra/definitions/functions';
import { apiModules, type Route } from '#infra/definitions/routes/index';
import { modulesByRouteStack, type RouteStackName } from '#infra/definitions/routes/route-stacks';
import type { Tenant } from '#infra/tenants/tenant';
import { constructIdOf } from './construct-id';
import { acknowledge } from './nag';
import type { SchoolIdentity } from './school-identity';

export interface SchoolApiProps {
  school: Tenant;
  identity: SchoolIdentity;
  functionOf: (handler: string) => IFunction;
  /**
   * Whether the API has its routes: false only for the first of the two deploys that move routes from one stack to
   * another (README, Deploy to AWS), the API then answering 404 to everything until the second.
   */
  withRoutes?: boolean;
}

/** What API Gateway writes for each request: enough to follow a request, no header, no body, no token. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    responseLength: '$context.responseLength',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
  }),
);

/**
 * A function's integration, shared by the routes it serves. HttpLambdaIntegration would add a Lambda permission
 * for each route it is bound to; the route stack grants each function once for the whole API instead.
 */
class FunctionIntegration extends HttpLambdaIntegration {
  protected override completeBind(_options: HttpRouteIntegrationBindOptions) {
    // No permission per route: see SchoolApiRoutes.
  }
}

/**
 * The API's JWT authorizer: the school's user pool and its web client. Made in the school stack as soon as the API
 * exists (where HttpUserPoolAuthorizer would wait for a first route), so that it stays there, under the same
 * logical id, whatever stack holds the routes and even while no route does.
 */
class SignedInAuthorizer implements IHttpRouteAuthorizer {
  private authorizer?: HttpAuthorizer;

  constructor(private readonly identity: SchoolIdentity) {}

  createFor(httpApi: HttpApi) {
    this.authorizer = new HttpAuthorizer(httpApi, 'SignedIn', {
      httpApi,
      type: HttpAuthorizerType.JWT,
      authorizerName: 'SignedIn',
      identitySource: ['$request.header.Authorization'],
      jwtAudience: [this.identity.webClient.userPoolClientId],
      jwtIssuer: `https://cognito-idp.${Stack.of(httpApi).region}.amazonaws.com/${this.identity.userPool.userPoolId}`,
    });
  }

  bind(_options: HttpRouteAuthorizerBindOptions): HttpRouteAuthorizerConfig {
    if (!this.authorizer) throw new Error('The signed-in authorizer is bound before the API made it');
    return { authorizerId: this.authorizer.authorizerId, authorizationType: 'JWT' };
  }
}

/**
 * The school's HTTP API: its stage, access logs and authorizer in the school stack, its routes in nested stacks
 * (`infra/definitions/routes/route-stacks.ts`), one route per entry of the route table, each signed-in unless the
 * table says public.
 */
export class SchoolApi extends Construct {
  readonly httpApi: HttpApi;
  /** The nested stacks holding the routes, by name (none while the routes are off). */
  readonly routeStacks = new Map<RouteStackName, SchoolApiRoutes>();

  constructor(
    scope: Construct,
    id: string,
    { school, identity, functionOf, withRoutes = true }: SchoolApiProps,
  ) {
    super(scope, id);

    const signedIn = new SignedInAuthorizer(identity);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `preau-${school.id}`,
      description: `Préau API of ${school.displayName}`,
      // A route added without a word about access is signed-in, never public by omission.
      defaultAuthorizer: signedIn,
      createDefaultStage: false,
    });
    signedIn.createFor(this.httpApi);

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      // Every change of a route, in whichever stack, reaches the stage without a deployment resource.
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
      // No WAF in front (see the distribution): throttling bounds what a flood can cost.
      throttle: { rateLimit: 100, burstLimit: 200 },
    });

    if (!withRoutes) return;
    for (const { name, modules } of modulesByRouteStack(apiModules)) {
      const stack = new SchoolApiRoutes(this, `Routes${name}`, {
        description: `Préau: the API routes of ${modules.map((module) => module.name).join(', ')} for ${school.id}`,
        httpApi: this.httpApi,
        routes: modules.flatMap((module) => module.routes),
        functionOf,
      });
      this.routeStacks.set(name, stack);
    }
  }
}

interface SchoolApiRoutesProps {
  description: string;
  httpApi: HttpApi;
  routes: readonly Route[];
  functionOf: (handler: string) => IFunction;
}

/**
 * A nested stack of the school holding the routes of some modules, the integration of each function they run in and
 * its permission. It only refers to the school stack (the API's id, the authorizer's, the functions' ARNs, passed
 * as parameters by CDK); nothing of the school stack refers to it.
 */
export class SchoolApiRoutes extends NestedStack {
  constructor(
    scope: Construct,
    id: string,
    { description, httpApi, routes, functionOf }: SchoolApiRoutesProps,
  ) {
    super(scope, id, { description });

    // One integration per function, shared by its routes: API Gateway passes the route key, the function dispatches.
    // And one permission per function, for any route of this API, rather than one per route: a route then costs
    // the stack one resource, not two (CloudFormation takes 500 resources a stack at most).
    const integrations = new Map<string, FunctionIntegration>();
    const integrationOf = (name: string) => {
      let integration = integrations.get(name);
      if (!integration) {
        const fn = functionOf(name);
        integration = new FunctionIntegration(name.replaceAll('/', '-'), fn);
        new CfnPermission(this, `${constructIdOf(name)}InvokedBySchoolApi`, {
          action: 'lambda:InvokeFunction',
          functionName: fn.functionArn,
          principal: 'apigateway.amazonaws.com',
          // arn:…:execute-api:region:account:apiId/*/*/*: any stage, method and path of this school's API only.
          sourceArn: httpApi.arnForExecuteApi(),
        });
        integrations.set(name, integration);
      }
      return integration;
    };
    for (const route of routes) this.addRoute(httpApi, route, integrationOf(functionOfRoute(route)));
  }

  private addRoute(httpApi: HttpApi, route: Route, integration: FunctionIntegration) {
    const isPublic = route.access === 'public';
    const httpRoute = new HttpRoute(this, `${route.method}${route.path}`, {
      httpApi,
      routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
      integration,
      // Without an authorizer here, the API's default one applies: signed-in.
      authorizer: isPublic ? new HttpNoneAuthorizer() : undefined,
    });
    if (isPublic) {
      acknowledge(
        httpRoute,
        'AwsSolutions-APIG4',
        `${route.method} ${route.path} is public in the route table: ${route.summary}.`,
      );
    }
  }
}
