import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type {
  GroupDocument,
  GroupMember,
  GroupPost,
  GroupTopic,
  WorkGroup,
} from '#domain/messaging/work-group';
import { put, writeRequests } from '#functions/lib/write-requests';
import {
  documentItem,
  groupItem,
  memberItem,
  postItem,
  topicItem,
} from '#functions/messaging/adapters/dynamo-work-groups';
import { localResourceNames } from '#infra/definitions/environment';
import { seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoDirectory } from '../people/demo-people';

const at = '2026-11-30T17:00:00.000Z';
const agenda = 'Ordre du jour du conseil de classe\n1. Bilan du trimestre\n2. Projet de sortie\n';

/**
 * One work group in the demo school: `prof.demo`'s teaching team, with a colleague, `vie-scolaire.demo`,
 * `parent.demo` (a parent delegate) and a pupil of a class they teach; a document to download and a topic.
 */
export const seedDemoWorkGroup = async (
  school: Pick<Tenant, 'id' | 'kind'>,
  dynamodb: DynamoDBClient,
  s3: S3Client,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('work-groups');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false };
  const directory = demoDirectory(school);
  const idOf = (username: string) =>
    directory.accounts.find((account) => account.username === username)?.personId as string;
  const teacherId = idOf('prof.demo');
  const taught = new Set(directory.teaching.filter(([t]) => t === teacherId).map(([, c]) => c));
  const colleague = directory.people.find(
    (person) => person.profiles.includes('teacher') && person.personId !== teacherId,
  );
  const taughtPupils = directory.people.filter(
    (person) => person.profiles.includes('student') && person.classId && taught.has(person.classId),
  );
  // `eleve.demo` when prof.demo teaches them, so that the demo pupil sees the group too.
  const pupil = taughtPupils.find(({ personId }) => personId === idOf('eleve.demo')) ?? taughtPupils[0];
  const member = (personId: string, role: GroupMember['role']): GroupMember => ({
    personId,
    role,
    addedBy: teacherId,
    addedAt: at,
  });
  const members = [
    member(teacherId, 'manager'),
    ...[colleague?.personId, idOf('vie-scolaire.demo'), idOf('parent.demo'), pupil?.personId]
      .filter((id): id is string => id !== undefined)
      .map((personId) => member(personId, 'member')),
  ];
  const group: WorkGroup = {
    id: `demo-${school.id}-team`,
    name: 'Équipe pédagogique',
    description: 'Préparer le conseil de classe et la sortie de fin de trimestre.',
    kind: 'teaching-team',
    createdBy: teacherId,
    memberCount: members.length,
    miniSite: { allowed: false },
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const document: GroupDocument = {
    id: 'demo-agenda',
    name: 'Ordre du jour.txt',
    contentType: 'text/plain',
    size: Buffer.byteLength(agenda),
    state: 'shared',
    uploadedBy: teacherId,
    createdAt: at,
    sharedAt: at,
  };
  const topic: GroupTopic = {
    topicId: 'demo-outing',
    title: 'Sortie de fin de trimestre',
    startedBy: teacherId,
    createdAt: at,
    lastActivityAt: at,
    postCount: 1,
  };
  const post: GroupPost = {
    postId: 'demo-outing-1',
    topicId: topic.topicId,
    authorId: teacherId,
    text: 'Le musée propose une visite le 18 décembre : https://www.example.fr/visites. Qui peut accompagner ?',
    at,
  };
  await s3.send(
    new PutObjectCommand({
      Bucket: localResourceNames(school.id).documentsBucket,
      Key: `work-groups/${group.id}/${document.id}`,
      Body: agenda,
      ContentType: document.contentType,
    }),
  );
  await writeRequests(
    tableName,
    [
      groupItem(group),
      ...members.map((one) => memberItem(group, one)),
      documentItem(group.id, document),
      topicItem(group.id, topic),
      postItem(post),
    ].map(put),
    { client: documents },
  );
  await documents.send(new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: at } }));
  return { seeded: true };
};
