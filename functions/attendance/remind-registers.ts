import { remindRegistersNotTaken } from '#domain/attendance/live-day';
import { scheduleHandler } from '#functions/lib/event-handler';
import { attendancePorts } from './adapters/attendance-ports';

/** Every five minutes: the teachers of a course whose register is not taken 15 minutes after its start are reminded, once. */
export const handler = scheduleHandler('remind-registers-not-taken', async () => {
  await remindRegistersNotTaken(attendancePorts);
});
