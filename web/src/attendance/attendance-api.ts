import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type { LiveDay, MyCourses, RegisterDraft, RegisterPage } from './attendance-types';

const registerPath = (activityId: string, seriesDate: string) =>
  `/api/attendance/registers/${segment(activityId)}/${segment(seriesDate)}`;

/** The calls of the roll call: a teacher's courses of the day, a register, vie scolaire's day. */
export const attendanceApi = (getJson: GetJson, putJson: SendJson) => ({
  myCourses: (signal?: AbortSignal, date?: string) =>
    getJson<MyCourses>(`/api/attendance/my-courses?${queryOf({ date })}`, signal),

  register: (activityId: string, seriesDate: string, signal?: AbortSignal) =>
    getJson<RegisterPage>(registerPath(activityId, seriesDate), signal),

  /** Refused with 412 when someone saved the register since `version`. */
  takeRegister: (activityId: string, seriesDate: string, draft: RegisterDraft) =>
    putJson<{ version: number }>(registerPath(activityId, seriesDate), draft),

  liveDay: (date: string, signal?: AbortSignal) =>
    getJson<LiveDay>(`/api/attendance/days/${segment(date)}`, signal),
});
