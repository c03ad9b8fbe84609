import { type DirectoryCriteria, type DirectoryKind, directoryKinds } from './directory-query';

const isDirectoryKind = (value: string | null): value is DirectoryKind =>
  directoryKinds.includes(value as DirectoryKind);

/** The criteria a link carries, e.g. `?nom=dupont&type=guardian&classe=6a`; an unknown kind is ignored. */
export const criteriaFromSearch = (search: string): DirectoryCriteria => {
  const query = new URLSearchParams(search);
  const kind = query.get('type');
  return {
    name: query.get('nom') ?? '',
    kind: isDirectoryKind(kind) ? kind : '',
    classId: query.get('classe')?.trim() ?? '',
  };
};

/** The query string of the criteria: coming back from a sheet finds the same search. */
export const searchFromCriteria = ({ name, kind, classId }: DirectoryCriteria): string => {
  const query = new URLSearchParams();
  if (name.trim()) query.set('nom', name.trim());
  if (kind) query.set('type', kind);
  if (classId) query.set('classe', classId);
  const search = query.toString();
  return search ? `?${search}` : '';
};
