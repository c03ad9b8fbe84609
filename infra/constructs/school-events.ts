import { Duration, TimeZone } from 'aws-cdk-lib';
import { type EventPattern, type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type EventRule, eventRules } from '#infra/definitions/event-rules';
import { type ScheduledRule, scheduledRules } from '#infra/definitions/schedules';
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

/** How long a target's event is worth running: beyond, it goes to the dead letters unrun. */
const maxEventAge = Duration.hours(2);

/**
 * EventBridge and EventBridge Scheduler invoke a target asynchronously: their own retries and dead-letter queue
 * cover only the delivery (throttling, a missing permission). Once Lambda has the event, a failure of the function
 * itself (an error, a MalformedEventError of eventHandler, a timeout) is retried by Lambda, then sent by Lambda to
 * the on-failure destination: the same queue, so an operator finds both kinds in one place. A delivery failure
 * arrives as the event, with the reason in the message attributes ERROR_CODE and ERROR_MESSAGE; a function's
 * failure as Lambda's invocation record, the event in `requestPayload` and the reason in `responsePayload`
 * (`errorType`, `errorMessage`). A function has one such configuration: a handler targets one rule or schedule.
 */
const failuresOfFunctionTo = (target: IFunction, deadLetters: IQueue) =>
  target.configureAsyncInvoke({
    onFailure: new SqsDestination(deadLetters),
    // Lambda's default, written down: a passing fault gets two more chances, a malformed event fails each time.
    retryAttempts: 2,
    maxEventAge,
  });

/** At a local time every day, in the school's zone (the hour holds across summer time), or every few minutes. */
const scheduleExpressionOf = (scheduled: ScheduledRule, timeZone: string) => {
  if ('everyMinutes' in scheduled) return ScheduleExpression.rate(Duration.minutes(scheduled.everyMinutes));
  const [hour, minute] = scheduled.atLocalTime.split(':').map((part) => String(Number(part)));
  return ScheduleExpression.cron({ hour, minute, timeZone: TimeZone.of(timeZone) });
};

/** One EventBridge rule per entry of `events/rules.ts`, each target with retries and a dead-letter queue. */
export class SchoolEvents extends Construct {
  constructor(scope: Construct, id: string, { bus, functionOf, timeZone }: SchoolEventsProps) {
    super(scope, id);

    for (const scheduled of scheduledRules) {
      const scheduleId = constructIdOf(scheduled.name);
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
      const deadLetters = deadLetterQueue(this, `${scheduleId}DeadLetters`, `the schedule ${scheduled.name}`);
      new Schedule(this, scheduleId, {
        description: scheduled.description,
        schedule: scheduleExpressionOf(scheduled, timeZone),
        target: new LambdaInvoke(target, { role, deadLetterQueue: deadLetters, retryAttempts: 4 }),
      });
      failuresOfFunctionTo(target, deadLetters);
    }

    for (const eventRule of eventRules) {
      const ruleId = constructIdOf(eventRule.name);
      const deadLetters = deadLetterQueue(
        this,
        `${ruleId}DeadLetters`,
        `the target of rule ${eventRule.name}`,
      );

      const target = functionOf(eventRule.target.handler);
      new Rule(this, ruleId, {
        eventBus: bus,
        // Rule names are unique per bus, and each school has its own bus.
        ruleName: eventRule.name,
        description: eventRule.description,
        eventPattern: asEventPattern(eventRule.pattern),
        targets: [
          new LambdaFunction(target, { deadLetterQueue: deadLetters, retryAttempts: 8, maxEventAge }),
        ],
      });
      failuresOfFunctionTo(target, deadLetters);
    }
  }
}
