import { type Actor, fullName } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { isRetired } from '#domain/people/person';
import { NotFoundError } from '#domain/shared/errors';
import type { LiaisonTarget } from './liaison-note';
import type { GuardianAudience, LiaisonPorts } from './liaison-ports';

/** A note's addressee, checked: what the pages call it, and the list of guardians it reaches. */
export interface CheckedTarget {
  label: string;
  audience: GuardianAudience;
  /** The key of the notes about it, read by the pupils it concerns: `pupil:<id>`, `class:<id>`, `level:<l>`. */
  about: string;
}

export const aboutKeyOf = (target: LiaisonTarget) => {
  switch (target.kind) {
    case 'pupil':
      return `pupil:${target.personId}`;
    case 'class':
      return `class:${target.classId}`;
    case 'level':
      return `level:${target.level}`;
  }
};

/**
 * Whether the actor may write to the guardians of this pupil, class or level, and what it is: a teacher writes to
 * their classes and pupils, the school's team to anyone's, and only the team to a whole level. A pupil or class the
 * actor may not write to is not found, as a 403 would tell that it exists.
 */
export const checkTarget = async (
  target: LiaisonTarget,
  actor: Actor,
  ports: Pick<LiaisonPorts, 'directory'>,
): Promise<CheckedTarget> => {
  const { directory } = ports;
  const about = aboutKeyOf(target);
  switch (target.kind) {
    case 'pupil': {
      await authorize(
        actor,
        'messaging:liaison-post',
        { kind: 'person', personId: target.personId },
        directory,
      );
      const pupil = await directory.person(target.personId);
      if (!pupil || isRetired(pupil) || !pupil.profiles.includes('student'))
        throw new NotFoundError('pupil', target.personId);
      return {
        label: fullName(pupil),
        audience: { kind: 'pupil-guardians', personId: pupil.personId },
        about,
      };
    }
    case 'class': {
      await authorize(actor, 'messaging:liaison-post', { kind: 'class', classId: target.classId }, directory);
      const schoolClass = await directory.schoolClass(target.classId);
      if (!schoolClass || schoolClass.status === 'retired') throw new NotFoundError('class', target.classId);
      return {
        label: schoolClass.label,
        audience: { kind: 'class-guardians', classId: target.classId },
        about,
      };
    }
    case 'level': {
      await authorize(actor, 'messaging:liaison-post-level', { kind: 'school' }, directory);
      const classes = await directory.schoolClasses();
      if (
        !classes.some((schoolClass) => schoolClass.level === target.level && schoolClass.status !== 'retired')
      )
        throw new NotFoundError('level', target.level);
      return { label: target.level, audience: { kind: 'level-guardians', level: target.level }, about };
    }
  }
};

/** Whether the actor may still write to a target: a teacher who no longer teaches the class sees no names. */
export const mayStillWriteTo = async (
  target: LiaisonTarget,
  actor: Actor,
  ports: Pick<LiaisonPorts, 'directory'>,
) =>
  checkTarget(target, actor, ports).then(
    () => true,
    () => false,
  );
