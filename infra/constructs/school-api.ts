import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type HttpRouteIntegrationBindOptions,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { functionOfRoute } from '#infra/definitions/functions';
import { type Route, routes } from '#infra/definitions/routes/index';
import type { Tenant } from '#infra/tenants/tenant';
import { acknowledge } from './nag';
import type { SchoolIdentity } from './school-identity';

export interface SchoolApiProps {
  school: Tenant;
  identity: SchoolIdentity;
  functionOf: (handler: string) => IFunction;
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
 * for each route it is bound to; SchoolApi grants each function once for the whole API instead.
 */
class FunctionIntegration extends HttpLambdaIntegration {
  protected override completeBind(_options: HttpRouteIntegrationBindOptions) {
    // No permission per route: see SchoolApi.
  }
}

/** The school's HTTP API: one route per entry of the route table, each signed-in unless the table says public. */
export class SchoolApi extends Construct {
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, { school, identity, functionOf }: SchoolApiProps) {
    super(scope, id);

    const signedIn = new HttpUserPoolAuthorizer('SignedIn', identity.userPool, {
      userPoolClients: [identity.webClient],
    });
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `preau-${school.id}`,
      description: `Préau API of ${school.displayName}`,
      // A route added without a word about access is signed-in, never public by omission.
      defaultAuthorizer: signedIn,
      createDefaultStage: false,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
      // No WAF in front (see the distribution): throttling bounds what a flood can cost.
      throttle: { rateLimit: 100, burstLimit: 200 },
    });

    // One integration per function, shared by its routes: API Gateway passes the route key, the function dispatches.
    // And one permission per function, for any route of this API, rather than one per route: a route then costs
    // the stack one resource, not two (CloudFormation takes 500 resources a stack at most).
    const integrations = new Map<string, FunctionIntegration>();
    const integrationOf = (name: string) => {
      let integration = integrations.get(name);
      if (!integration) {
        const fn = functionOf(name);
        integration = new FunctionIntegration(name.replaceAll('/', '-'), fn);
        fn.addPermission('InvokedBySchoolApi', {
          principal: new ServicePrincipal('apigateway.amazonaws.com'),
          // arn:…:execute-api:region:account:apiId/*/*/*: any stage, method and path of this school's API only.
          sourceArn: this.httpApi.arnForExecuteApi(),
        });
        integrations.set(name, integration);
      }
      return integration;
    };
    for (const route of routes) this.addRoute(route, integrationOf(functionOfRoute(route)));
  }

  private addRoute(route: Route, integration: FunctionIntegration) {
    const isPublic = route.access === 'public';
    const [httpRoute] = this.httpApi.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration,
      // Without an authorizer here, the API's default one applies: signed-in.
      authorizer: isPublic ? new HttpNoneAuthorizer() : undefined,
    });
    if (isPublic && httpRoute) {
      acknowledge(
        httpRoute,
        'AwsSolutions-APIG4',
        `${route.method} ${route.path} is public in the route table: ${route.summary}.`,
      );
    }
  }
}
