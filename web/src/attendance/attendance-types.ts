import type { Mark, PupilMark } from '#domain/attendance/register';

export type { Mark, PupilMark };

export interface SessionLine {
  activityId: string;
  seriesDate: string;
  title: string;
  date: string;
  start: string;
  end: string;
  classIds: string[];
}

export interface MyCourses {
  date: string;
  courses: { session: SessionLine; now: boolean; taken: boolean; absent: number; late: number }[];
}

export interface RegisterPage {
  session: SessionLine;
  pupils: PupilMark[];
  version: number | null;
  takenBy: { personId: string; firstName: string; lastName: string } | null;
  takenAt: string | null;
  mayTake: boolean;
}

export interface RegisterDraft {
  marks: { personId: string; mark: Mark; minutes?: number }[];
  version?: number;
}

interface PersonName {
  personId: string;
  firstName: string;
  lastName: string;
}

export interface LiveDay {
  date: string;
  courses: {
    session: SessionLine;
    teachers: PersonName[];
    taken: boolean;
    notTaken: boolean;
    remindedAt: string | null;
    pupilCount: number | null;
    absent: PupilMark[];
    late: PupilMark[];
  }[];
  absentOrLate: (PersonName & { marks: { session: SessionLine; mark: Mark; minutes?: number }[] })[];
  absentThenPresent: (PersonName & { absentAt: SessionLine; presentAt: SessionLine })[];
}
