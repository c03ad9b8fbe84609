import type { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { functionBundlePath } from '#infra/build/bundle-functions';
import { functionEnvironment } from '#infra/definitions/environment';
import { acknowledge } from './nag';

export interface PreauFunctionProps {
  /** `places/create-place`: the bundle of `functions/places/create-place.ts`. */
  handler: string;
  description: string;
  environment: Record<string, string>;
  timeout: Duration;
}

/**
 * The one Lambda function construct: every function of Préau gets these defaults.
 * Its code is the bundle folder of its handler, so every school stack points at the same asset.
 */
export class PreauFunction extends Construct {
  readonly lambda: LambdaFunction;

  constructor(
    scope: Construct,
    id: string,
    { handler, description, environment, timeout }: PreauFunctionProps,
  ) {
    super(scope, id);

    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    // Its own role rather than AWSLambdaBasicExecutionRole: it may write to its log group, and nowhere else.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    this.lambda = new LambdaFunction(this, 'Function', {
      description,
      code: Code.fromAsset(functionBundlePath(handler)),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout,
      environment: { [functionEnvironment.serviceName]: handler, ...environment },
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
    });

    acknowledge(
      this,
      'AwsSolutions-L1',
      'The design card fixes nodejs22.x, the runtime the bundles target (esbuild target node22) and the local ' +
        'platform tests; moving to a newer runtime is its own change, with its own tests.',
    );
    acknowledge(
      this,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    );
  }
}
