import { Duration, TimeZone } from 'aws-cdk-lib';
import { type EventPattern, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { type EventRule, eventRules } from '../definitions/event-rules';
import { scheduledRules } from '../definitions/schedules';
import { constructIdOf } from './construct-id';
import { deadLetterQueue } from './dead-letter-queue';
import { acknowledge, wildcardResourceFinding } from './nag';

export interface SchoolEventsProps {
  bus: IEventBus;
  functionOf: (handler: string) => IFunction;
  timeZone: string;
}

/** The L2 type only renames `detailType`; EventBridge receives the pattern of `infra/definitions/event-rules.ts` as written. */
const asEventPattern = ({ 'detail-type': detailType, ...pattern }: EventRule['pattern']) =>
  ({ ...pattern, ...(detailType === undefined ? {} : { detailType }) }) as EventPattern;

/** One EventBridge rule per entry of `infra/definitions/event-rules.ts`, each target with retries and a dead-letter queue. */
export class SchoolEvents extends Construct {
  constructor(scope: Construct, id: string, { bus, functionOf, timeZone }: SchoolEventsProps) {
    super(scope, id);

    for (const scheduled of scheduledRules) {
      const scheduleId = constructIdOf(scheduled.name);
      const [hour, minute] = scheduled.atLocalTime.split(':').map((part) => String(Number(part)));
      const target = functionOf(scheduled.target.handler);
      const role = new Role(this, `${scheduleId}Role`, {
        assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
        description: `Runs ${scheduled.target.handler} on the schedule ${scheduled.name}`,
      });
      acknowledge(
        role,
        wildcardResourceFinding(role, `${target.functionArn}:*`),
        'EventBridge Scheduler invokes the function and its versions: the wildcard covers this one function only.',
      );
      new Schedule(this, scheduleId, {
        description: scheduled.description,
        schedule: ScheduleExpression.cron({ hour, minute, timeZone: TimeZone.of(timeZone) }),
        target: new LambdaInvoke(target, {
          role,
          deadLetterQueue: deadLetterQueue(
            this,
            `${scheduleId}DeadLetters`,
            `the schedule ${scheduled.name}`,
          ),
          retryAttempts: 4,
        }),
      });
    }

    for (const eventRule of eventRules) {
      const ruleId = constructIdOf(eventRule.name);
      const deadLetters = deadLetterQueue(
        this,
        `${ruleId}DeadLetters`,
        `the target of rule ${eventRule.name}`,
      );

      new Rule(this, ruleId, {
        eventBus: bus,
        // Rule names are unique per bus, and each school has its own bus.
        ruleName: eventRule.name,
        description: eventRule.description,
        eventPattern: asEventPattern(eventRule.pattern),
        targets: [
          new LambdaFunction(functionOf(eventRule.target.handler), {
            deadLetterQueue: deadLetters,
            retryAttempts: 8,
            maxEventAge: Duration.hours(2),
          }),
        ],
      });
    }
  }
}
