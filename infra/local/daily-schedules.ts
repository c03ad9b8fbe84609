import { DateTime } from 'luxon';
import type { ScheduledRule } from '#infra/definitions/schedules';

/**
 * The local stand-in for EventBridge Scheduler: each scheduled target runs once when the school starts (the
 * machine may have slept through its hour), then every day at its local time in the school's zone, or every so
 * many minutes.
 */
export const startDailySchedules = (
  rules: readonly ScheduledRule[],
  timeZone: string,
  run: (handler: string) => Promise<void>,
  log: (line: string) => void,
) => {
  const timers = new Set<NodeJS.Timeout>();
  const runLogged = (rule: ScheduledRule) =>
    run(rule.target.handler).catch((error) => log(`schedule ${rule.name} failed: ${error}`));
  const plan = (rule: ScheduledRule) => {
    const now = DateTime.now().setZone(timeZone);
    let next: DateTime;
    if ('everyMinutes' in rule) next = now.plus({ minutes: rule.everyMinutes });
    else {
      const [hour, minute] = rule.atLocalTime.split(':').map(Number);
      next = now.set({ hour, minute, second: 0, millisecond: 0 });
      if (next <= now) next = next.plus({ days: 1 });
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      void runLogged(rule).then(() => plan(rule));
    }, next.toMillis() - now.toMillis());
    timer.unref();
    timers.add(timer);
  };
  for (const rule of rules) {
    void runLogged(rule);
    plan(rule);
  }
  return {
    stop() {
      for (const timer of timers) clearTimeout(timer);
    },
  };
};
