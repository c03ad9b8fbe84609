import type { Actor } from '#domain/identity/actor';
import { isPupil } from '#domain/identity/person-visibility';
import { RefusedError } from '#domain/shared/errors';
import { renderMiniSite } from '#domain/sharing/mini-site/render-mini-site';
import type { MiniSiteContent } from '#domain/sharing/mini-site/site-content';
import type { WorkGroupPorts } from './group-ports';
import { requireManager } from './group-rules';
import type { GroupSpace } from './work-group';
import { requireMemberSpace } from './work-groups';

/**
 * A group's public page (« mini-site »): written by the mini-site composer of the sharing module at an unguessable
 * address `/s/<token>/`, for people without an account. Its managers allow it, then publish it (again after a
 * change); disallowing takes it down. It names the group, its kind, its description and its adult managers: no
 * pupil, no member list, no document.
 */
export const allowGroupMiniSite = async (
  groupId: string,
  allowed: boolean,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  const space = await requireMemberSpace(groupId, actor, ports);
  requireManager(space, actor);
  const { token } = space.group.miniSite;
  if (!allowed && token) await ports.site.removeMiniSite(token);
  const miniSite = allowed ? space.group.miniSite : { allowed };
  await ports.groups.setMiniSite(groupId, { ...miniSite, allowed });
  return { ...miniSite, allowed };
};

export const groupSiteContent = async (
  space: GroupSpace,
  ports: WorkGroupPorts,
): Promise<MiniSiteContent> => {
  const managerIds = space.members.filter(({ role }) => role === 'manager').map(({ personId }) => personId);
  const managers = (await ports.directory.people(managerIds))
    .filter((person) => !isPupil(person))
    .map((person) => `${person.firstName} ${person.lastName}`)
    .sort((a, b) => a.localeCompare(b, 'fr'));
  return {
    site: {
      name: space.group.name,
      locale: ports.school.locale === 'en' ? 'en' : 'fr',
      schoolName: ports.school.name,
      timeZone: ports.school.timeZone,
      generatedAt: ports.clock.now().toISOString(),
    },
    tabs: [
      {
        kind: 'work-group',
        slug: 'groupe',
        title: space.group.name,
        group: { kind: space.group.kind, description: space.group.description },
        managers,
      },
    ],
  };
};

export const publishGroupMiniSite = async (
  groupId: string,
  origin: string,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  const space = await requireMemberSpace(groupId, actor, ports);
  requireManager(space, actor);
  if (!space.group.miniSite.allowed)
    throw new RefusedError(
      'mini_site_not_allowed',
      'A manager of the group must allow its public page first',
    );
  const token = space.group.miniSite.token ?? ports.newToken();
  await ports.site.putMiniSite(token, renderMiniSite(await groupSiteContent(space, ports)));
  const miniSite = { allowed: true, token, url: `${origin}/s/${token}/` };
  await ports.groups.setMiniSite(groupId, miniSite);
  return miniSite;
};
