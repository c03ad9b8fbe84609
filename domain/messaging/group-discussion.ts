import type { Actor } from '#domain/identity/actor';
import { NotFoundError } from '#domain/shared/errors';
import type { WorkGroupPorts } from './group-ports';
import { postsView } from './group-view';
import type { GroupPost, GroupTopic } from './work-group';
import { requireMemberSpace } from './work-groups';

/** A group's discussion: a thread per topic, plain text posts; any member starts a topic or writes in one. */
export const startTopic = async (
  groupId: string,
  input: { title: string; text: string },
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  await requireMemberSpace(groupId, actor, ports);
  const now = ports.clock.now().toISOString();
  const topic: GroupTopic = {
    topicId: ports.newId(),
    title: input.title,
    startedBy: actor.personId,
    createdAt: now,
    lastActivityAt: now,
    postCount: 1,
  };
  const post: GroupPost = {
    postId: ports.newId(),
    topicId: topic.topicId,
    authorId: actor.personId,
    text: input.text,
    at: now,
  };
  await ports.groups.addTopic(groupId, topic, post);
  return topic;
};

const requireTopic = async (groupId: string, topicId: string, actor: Actor, ports: WorkGroupPorts) => {
  const space = await requireMemberSpace(groupId, actor, ports);
  const topic = space.topics.find((candidate) => candidate.topicId === topicId);
  if (!topic) throw new NotFoundError('topic', topicId);
  return topic;
};

export const postInTopic = async (
  groupId: string,
  topicId: string,
  text: string,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  const topic = await requireTopic(groupId, topicId, actor, ports);
  const now = ports.clock.now().toISOString();
  const post: GroupPost = { postId: ports.newId(), topicId, authorId: actor.personId, text, at: now };
  await ports.groups.addPost(groupId, topic, post);
  return post;
};

/** A topic and its posts, oldest first, their authors named as the reader may see them. */
export const readTopic = async (groupId: string, topicId: string, actor: Actor, ports: WorkGroupPorts) => {
  const topic = await requireTopic(groupId, topicId, actor, ports);
  const posts = await ports.groups.posts(topicId);
  return { topic, posts: await postsView(posts, actor, ports) };
};
