import * as z from 'zod/mini';
import { NotFoundError } from '#domain/shared/errors';
import { text } from '#domain/shared/text-input';
import type { PlanningPorts, ProjectStore } from './planning-ports';
import type { Project, ProjectDocument } from './project';
import { projectEvent } from './project-events';

/** A file of a project sheet: a score, a technical rider, a programme; uploaded straight to the bucket. */
export const newDocumentSchema = z.strictObject({
  name: text(160).check(z.regex(/^[^/\\\\]+$/, 'must be a file name, without folders')),
  contentType: z
    .string()
    .check(z.regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a media type such as application/pdf')),
  size: z
    .int('must be a whole number')
    .check(
      z.gte(1, 'must not be empty'),
      z.lte(50 * 1024 * 1024, 'must be at most 50 MB: share larger media by a link in the description'),
    ),
});

export type NewDocument = z.output<typeof newDocumentSchema>;

export const addProjectDocument = async (projectId: string, input: NewDocument, ports: PlanningPorts) => {
  const project = await requireProject(projectId, ports);
  const now = ports.clock.now().toISOString();
  const document: ProjectDocument = { documentId: ports.newId(), ...input, uploadedAt: now };
  const updated = await replaceDocuments(project, [...project.documents, document], now, ports);
  return { project: updated, document };
};

export const removeProjectDocument = async (projectId: string, documentId: string, ports: PlanningPorts) => {
  const project = await requireProject(projectId, ports);
  requireDocument(project, documentId);
  const now = ports.clock.now().toISOString();
  const documents = project.documents.filter((document) => document.documentId !== documentId);
  return replaceDocuments(project, documents, now, ports);
};

export const requireDocument = (project: Project, documentId: string) => {
  const document = project.documents.find((candidate) => candidate.documentId === documentId);
  if (!document) throw new NotFoundError('document', documentId);
  return document;
};

export const requireProject = async (projectId: string, ports: { projects: Pick<ProjectStore, 'get'> }) => {
  const project = await ports.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  return project;
};

const replaceDocuments = async (
  project: Project,
  documents: ProjectDocument[],
  now: string,
  ports: PlanningPorts,
) => {
  const updated: Project = { ...project, documents, updatedAt: now, version: project.version + 1 };
  await ports.projects.replace(updated, project, [
    projectEvent('updated', updated, { ...ports.school, newId: ports.newId }),
  ]);
  return updated;
};
