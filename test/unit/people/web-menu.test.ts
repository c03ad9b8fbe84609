import { describe, expect, it } from 'vitest';
import type { Profile } from '#domain/identity/profile';
import type { Me } from '#domain/people/read-me';
import { currentLinkOf, menuOf } from '#web/src/people/menu-of';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

const child = (personId: string, firstName: string) => ({
  personId,
  firstName,
  lastName: 'David',
  profiles: ['student' as Profile],
  classId: '6A',
  classLabel: '6e A',
});

const me = (profiles: Profile[], extra: Partial<Me> = {}): Me =>
  ({
    personId: 'me',
    firstName: 'Camille',
    lastName: 'Martin',
    username: 'camille.martin',
    profiles,
    children: [],
    classes: [],
    ...extra,
  }) as Me;

const labels = (person: Me) => menuOf(person, french).map(({ label }) => label);

describe('the menu of each profile, one level deep', () => {
  it('gives a student their week, their projects, the planning and a room to book', () => {
    expect(labels(me(['student']))).toEqual([
      'Accueil',
      'Ma fiche',
      'Messagerie',
      'Mon planning',
      'Lieux',
      'Planning',
      'Projets',
      'Cahier de textes',
      'Absences',
      'Mes prêts',
      'Réserver une salle',
      'Partage',
      'Carnet de liaison',
      'Demandes',
    ]);
    expect(menuOf(me(['student']), french)[3]?.href).toBe('/planning/semaine/person/me');
  });

  it('gives a guardian each child’s week, one link each, and no planning of the school', () => {
    const parent = me(['guardian'], { children: [child('anais', 'Anaïs'), child('hugo', 'Hugo')] });
    expect(menuOf(parent, french)).toEqual([
      { href: '/', label: 'Accueil' },
      { href: '/personnes/me', label: 'Ma fiche' },
      { href: '/messagerie', label: 'Messagerie' },
      { href: '/planning/semaine/person/anais', label: 'Planning : Anaïs' },
      { href: '/planning/semaine/person/hugo', label: 'Planning : Hugo' },
      { href: '/lieux', label: 'Lieux' },
      { href: '/cahier-de-textes', label: 'Cahier de textes' },
      { href: '/absences', label: 'Absences' },
      { href: '/mes-prets', label: 'Mes prêts' },
      { href: '/partage', label: 'Partage' },
      { href: '/carnet', label: 'Carnet de liaison' },
    ]);
    expect(labels(parent)).not.toContain('Planning');
  });

  it('gives pupils and families « Groupes » once they are members of a work group', () => {
    expect(labels(me(['student']))).not.toContain('Groupes');
    expect(labels(me(['guardian']))).not.toContain('Groupes');
    expect(labels(me(['student'], { inWorkGroups: true }))).toContain('Groupes');
    expect(menuOf(me(['guardian'], { inWorkGroups: true }), french)).toContainEqual({
      href: '/groupes',
      label: 'Groupes',
    });
  });

  it('gives a teacher who is also a parent their week, their projects and their child’s week', () => {
    const teacher = me(['teacher', 'guardian'], { children: [child('lea', 'Léa')] });
    expect(labels(teacher)).toEqual([
      'Accueil',
      'Ma fiche',
      'Messagerie',
      'Mon planning',
      'Planning : Léa',
      'Lieux',
      'Planning',
      'Mes projets',
      'Appel',
      'Cahier de textes',
      'Absences',
      'Mes prêts',
      'Réserver une salle',
      'Partage',
      'Carnet de liaison',
      'Demandes',
      'Groupes',
    ]);
    expect(menuOf(teacher, french).find(({ label }) => label === 'Mes projets')?.href).toBe('/mes-projets');
  });

  it('gives the staff the directory, the planning, every project and the duplicates', () => {
    expect(labels(me(['staff']))).toEqual([
      'Accueil',
      'Ma fiche',
      'Messagerie',
      'Annuaire',
      'Lieux',
      'Planning',
      'Projets',
      'Vie scolaire',
      'Justifications',
      'Cahier de textes',
      'Instruments',
      'Prêts',
      'Partage',
      'Carnet de liaison',
      'Demandes',
      'Groupes',
      'Doublons',
    ]);
  });

  it('gives « Mes heures » to a staff member with a time contract only', () => {
    expect(labels(me(['staff']))).not.toContain('Mes heures');
    expect(labels(me(['staff'], { hasTimeContract: false }))).not.toContain('Mes heures');
    expect(menuOf(me(['staff'], { hasTimeContract: true }), french)).toContainEqual({
      href: '/mes-heures',
      label: 'Mes heures',
    });
    expect(labels(me(['staff'], { hasTimeContract: true }))).toEqual(
      expect.arrayContaining(['Prêts', 'Mes heures', 'Partage']),
    );
  });

  it('gives a planner the planning, the projects and the bookings to answer', () => {
    expect(labels(me(['planner']))).toEqual([
      'Accueil',
      'Ma fiche',
      'Messagerie',
      'Annuaire',
      'Lieux',
      'Planning',
      'Projets',
      'Temps',
      'Réservations',
      'Partage',
      'Demandes',
    ]);
  });

  it('gives the sales desk « Ventes »', () => {
    expect(labels(me(['sales']))).toEqual(['Accueil', 'Ma fiche', 'Lieux', 'Partage', 'Ventes']);
    expect(menuOf(me(['sales']), french).find(({ label }) => label === 'Ventes')?.href).toBe('/ventes');
  });

  it('gives the school’s administrators codes, imports, the school year, the audit and the safety of messages', () => {
    expect(labels(me(['school-admin']))).toEqual([
      'Accueil',
      'Ma fiche',
      'Messagerie',
      'Annuaire',
      'Lieux',
      'Planning',
      'Projets',
      'Vie scolaire',
      'Justifications',
      'Cahier de textes',
      'Instruments',
      'Prêts',
      'Temps',
      'Réservations',
      'Partage',
      'Carnet de liaison',
      'Demandes',
      'Groupes',
      'Doublons',
      'Codes d’activation',
      'Imports',
      'Année scolaire',
      'Ventes',
      'Journal',
      'Signalements',
      'Règles de la messagerie',
    ]);
  });

  it('gives the authority’s account in a school only what it may do there', () => {
    expect(labels(me(['authority-admin']))).toEqual([
      'Accueil',
      'Ma fiche',
      'Lieux',
      'Partage',
      'Codes d’activation',
    ]);
  });

  it('has one link per page, and words every link in English too', () => {
    const everyone = me(
      ['student', 'guardian', 'teacher', 'staff', 'planner', 'school-admin', 'authority-admin'],
      { children: [child('anais', 'Anaïs')] },
    );
    const hrefs = menuOf(everyone, french).map(({ href }) => href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(menuOf(everyone, english).map(({ label }) => label)).toContain('Planning: Anaïs');
    expect(menuOf(everyone, english).map(({ label }) => label)).toContain('My projects');
  });
});

describe('the current link of the menu', () => {
  const teacher = menuOf(me(['teacher', 'guardian'], { children: [child('lea', 'Léa')] }), french);
  const staff = menuOf(me(['staff']), french);

  it('is the page’s own link when the menu has one', () => {
    expect(currentLinkOf(teacher, '/planning/semaine/person/me')).toBe('/planning/semaine/person/me');
    expect(currentLinkOf(teacher, '/planning/semaine/person/lea')).toBe('/planning/semaine/person/lea');
    expect(currentLinkOf(teacher, '/mes-projets')).toBe('/mes-projets');
    expect(currentLinkOf(staff, '/projets')).toBe('/projets');
  });

  it('is the section a page belongs to otherwise, and none for a page outside the menu', () => {
    expect(currentLinkOf(teacher, '/planning/semaine/place/studio-1')).toBe('/planning');
    expect(currentLinkOf(teacher, '/planning/salles-libres')).toBe('/planning');
    expect(currentLinkOf(staff, '/projets/p1')).toBe('/projets');
    expect(currentLinkOf(teacher, '/projets/p1')).toBe('/mes-projets');
    expect(currentLinkOf(staff, '/demandes/r1')).toBe('/formulaires');
    expect(currentLinkOf(teacher, '/personnes/someone')).toBeUndefined();
  });
});
