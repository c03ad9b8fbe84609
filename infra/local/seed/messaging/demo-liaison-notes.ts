import { fullName } from '#domain/identity/actor';
import { copyOf, type LiaisonCopy, type LiaisonNote } from '#domain/messaging/liaison-note';
import type { DemoDirectory } from '../people/demo-people';

const hours = 60 * 60 * 1000;

/**
 * Two notes of the demo school's liaison book: the school's team announces an outing to the class of
 * `parent.demo`'s child (theirs to sign), and `prof.demo` asks one of their classes for equipment, signed by about
 * half its families, so that the teacher sees who has not.
 */
export const demoLiaisonNotes = (directory: DemoDirectory, now: Date) => {
  const personOf = (personId: string) => directory.people.find((person) => person.personId === personId);
  const accountOf = (username: string) =>
    directory.accounts.find((account) => account.username === username)?.personId as string;
  const guardiansOfClass = (classId: string) => {
    const pupils = new Set(directory.people.filter((p) => p.classId === classId).map((p) => p.personId));
    return [...new Set(directory.guardianships.filter(([, child]) => pupils.has(child)).map(([g]) => g))];
  };
  const labelOf = (classId: string) => directory.classes.find((c) => c.classId === classId)?.label ?? classId;
  const staff = personOf(accountOf('vie-scolaire.demo'));
  const teacher = personOf(accountOf('prof.demo'));
  const child = directory.guardianships.find(([g]) => g === accountOf('parent.demo'))?.[1];
  const childClass = child ? personOf(child)?.classId : undefined;
  const taughtClass = directory.teaching.find(([t]) => t === teacher?.personId)?.[1];
  if (!staff || !teacher || !childClass || !taughtClass) return [];

  const note = (
    id: string,
    author: { personId: string; firstName: string; lastName: string },
    classId: string,
    content: Pick<LiaisonNote, 'title' | 'text' | 'kind'>,
    postedAt: Date,
  ): LiaisonNote => ({
    id,
    ...content,
    to: { kind: 'class', classId },
    toLabel: labelOf(classId),
    author: { personId: author.personId, name: fullName(author) },
    postedAt: postedAt.toISOString(),
    guardianCount: guardiansOfClass(classId).length,
    signedCount: 0,
  });
  const outing = note(
    'demo-liaison-sortie',
    staff,
    childClass,
    {
      title: 'Sortie à l’auditorium jeudi',
      text: 'Les élèves assisteront à la répétition générale de l’orchestre jeudi après-midi.\nRetour prévu à 17 h. Programme : https://example.fr/auditorium',
      kind: 'sortie',
    },
    new Date(now.getTime() - 26 * hours),
  );
  const equipment = note(
    'demo-liaison-materiel',
    teacher,
    taughtClass,
    {
      title: 'Cahier de musique à apporter',
      text: 'Merci de vérifier que votre enfant a son cahier de musique et un crayon à papier à chaque cours.',
      kind: 'materiel',
    },
    new Date(now.getTime() - 50 * hours),
  );
  const copies: LiaisonCopy[] = [
    ...guardiansOfClass(childClass).map((guardianId) => copyOf(outing, guardianId)),
    ...guardiansOfClass(taughtClass).map((guardianId, index) => ({
      ...copyOf(equipment, guardianId),
      ...(index % 2 === 0 && { signedAt: new Date(now.getTime() - (40 - index) * hours).toISOString() }),
    })),
  ];
  equipment.signedCount = copies.filter((copy) => copy.noteId === equipment.id && copy.signedAt).length;
  return [
    { note: outing, copies: copies.filter((copy) => copy.noteId === outing.id) },
    { note: equipment, copies: copies.filter((copy) => copy.noteId === equipment.id) },
  ];
};
