import * as z from 'zod/mini';
import { type ResourceKind, resourceKinds } from './resource-kinds';

export { type ResourceKind, resourceKinds };

export const resourceKindSchema = z.enum(resourceKinds, `must be one of ${resourceKinds.join(', ')}`);

export interface PlanningResource {
  kind: ResourceKind;
  id: string;
}

export const isExclusive = (kind: ResourceKind) => kind !== 'project';
