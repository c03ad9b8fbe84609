/** What a project is: every course, exam, production and event is one, and its activities are planned in places. */
export const projectKinds = ['course', 'exam', 'production', 'internal', 'external'] as const;
export type ProjectKind = (typeof projectKinds)[number];

export const projectStatuses = ['draft', 'confirmed', 'done', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** Someone taking part, with their role: « professeur », « élève », or a part in a production (« Chérubin »). */
export interface ProjectMember {
  personId: string;
  role: string;
}

/** A document of the project sheet (a score, a technical rider), stored in the school's documents bucket. */
export interface ProjectDocument {
  documentId: string;
  name: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export interface Project {
  id: string;
  kind: ProjectKind;
  name: string;
  /** The description sheet: what, for whom, the practical details. */
  description: string;
  status: ProjectStatus;
  members: ProjectMember[];
  /** Classes or groups taking part: a course of « 5e A », a choir of « FM 2A ». */
  classIds: string[];
  /** A course's subject, as the timetable names it. */
  subject?: string;
  /** Where a project came from, to match it again on the next import: `timetable:<subject>|<group>`. */
  sourceKey?: string;
  documents: ProjectDocument[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Whether someone takes part in a project, in person or through one of their classes. */
export const takesPart = (
  project: Pick<Project, 'members' | 'classIds'>,
  personId: string,
  classIds: string[],
) =>
  project.members.some((member) => member.personId === personId) ||
  project.classIds.some((classId) => classIds.includes(classId));
