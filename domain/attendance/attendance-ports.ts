import type { Person } from '#domain/people/person';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Register, RegisterSession, SessionRef } from './register';

/** The planning, as the roll call reads it: a session, a teacher's day, the school's day, a session's pupils. */
export interface CourseFinder {
  /** The occurrence of an activity on its series date, as planned now (moved or not); none once cancelled. */
  session(ref: SessionRef): Promise<RegisterSession | undefined>;
  /** The sessions a person takes part in on a day (a teacher's courses), in time order. */
  sessionsOf(personId: string, date: string): Promise<RegisterSession[]>;
  /** Every course session of a day that has pupils (a class, a group, a pupil in person), in time order. */
  coursesOn(date: string): Promise<RegisterSession[]>;
  /** The pupils of a session: its classes' and groups' students, and the students taking part in person. */
  pupilsOf(session: RegisterSession): Promise<Person[]>;
}

/** A reminder sent to a session's teachers that its register is not taken. */
export interface RegisterReminder extends SessionRef {
  remindedAt: string;
}

export interface AttendanceStore {
  register(ref: SessionRef): Promise<Register | undefined>;
  /** Every version of a register, the first first: who marked what, and when. */
  history(ref: SessionRef): Promise<Register[]>;
  /**
   * Stores a register's new version with its day copy, the absence items it adds, changes and removes, and its
   * events, in one transaction, on condition that the register is still at `previous`'s version (none: that it has
   * none yet): `StaleVersionError` otherwise, and nothing is written.
   */
  save(register: Register, previous: Register | undefined, events: readonly OutgoingEvent[]): Promise<void>;
  /** The registers of a day and the reminders sent: one query of the day's partition. */
  day(date: string): Promise<{ registers: Register[]; reminders: RegisterReminder[] }>;
  /** Records a session's reminder with its event, unless one was recorded before: false then, and nothing sent. */
  remindOnce(date: string, reminder: RegisterReminder, events: readonly OutgoingEvent[]): Promise<boolean>;
}

export interface AttendancePorts {
  attendance: AttendanceStore;
  courses: CourseFinder;
  directory: {
    people(personIds: readonly string[]): Promise<Person[]>;
    teachesClass(teacherId: string, classId: string): Promise<boolean>;
  };
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string };
}
