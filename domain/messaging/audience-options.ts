import type { Actor } from '#domain/identity/actor';
import type { SchoolClass } from '#domain/people/person';
import { type Audience, type AudienceKind, audienceKinds } from './audience';
import { type WhoMayWritePorts, writerTies } from './check-recipients';
import { decideWrite, type Grant, grantsHeld, kindsOfGrant, type PersonTies } from './who-may-write';

/** A list the compose page offers, with what it needs to say it (« Parents de 6e A »). */
export interface AudienceOption {
  audience: Audience;
  classLabel?: string;
}

export interface AudienceOptions {
  /** What the writer's profiles grant under the school's table: the kinds of people they may write to. */
  grants: Grant[];
  /** The kinds of audience the writer may pick. */
  kinds: AudienceKind[];
  /** The lists the writer may write to, each allowed by the rule. */
  lists: AudienceOption[];
}

export interface AudienceOptionsPorts extends WhoMayWritePorts {
  classes(classIds?: readonly string[]): Promise<SchoolClass[]>;
}

const classLists = (schoolClass: SchoolClass): AudienceOption[] =>
  (['class', 'class-guardians', 'class-teachers'] as const).map((kind) => ({
    audience: { kind, classId: schoolClass.classId },
    classLabel: schoolClass.label,
  }));

/** The classes worth offering: every class to a writer who writes to everyone, else those the writer is tied to. */
const classIdsOf = (writer: PersonTies) => [
  ...new Set([...writer.taughtClassIds, ...writer.classIds, ...writer.childClassIds]),
];

/**
 * What a person may write to, for the compose page: the lists the rule allows them (every candidate is decided by
 * `decideWrite`, so the page offers nothing the send would refuse), and the kinds of people they may name.
 */
export const audienceOptions = async (actor: Pick<Actor, 'personId'>, ports: AudienceOptionsPorts) => {
  const [writer, settings] = await Promise.all([writerTies(actor, ports.ties), ports.settings.read()]);
  const held = [...grantsHeld(writer.profiles, settings.whoMayWrite)];
  const everyClass = held.includes('everyone');
  const classes = (
    everyClass
      ? await ports.classes()
      : classIdsOf(writer).length > 0
        ? await ports.classes(classIdsOf(writer))
        : []
  ).filter((schoolClass) => schoolClass.status !== 'retired');
  const levels = [...new Set(classes.map((schoolClass) => schoolClass.level))];
  const candidates: AudienceOption[] = [
    ...classes.flatMap(classLists),
    ...levels.flatMap((level): AudienceOption[] => [
      { audience: { kind: 'level', level } },
      { audience: { kind: 'level-guardians', level } },
    ]),
    ...writer.groupIds.map((groupId): AudienceOption => ({ audience: { kind: 'group', groupId } })),
    { audience: { kind: 'staff' } },
    { audience: { kind: 'school' } },
  ];
  const lists = candidates.filter(
    ({ audience }) => decideWrite(writer, audience, undefined, settings.whoMayWrite).allowed,
  );
  const kinds = audienceKinds.filter(
    (kind) =>
      held.some((grant) => kindsOfGrant[grant].includes(kind)) &&
      (kind === 'person' ||
        kind === 'pupil-guardians' ||
        lists.some(({ audience }) => audience.kind === kind)),
  );
  return { grants: held, kinds, lists } satisfies AudienceOptions;
};
