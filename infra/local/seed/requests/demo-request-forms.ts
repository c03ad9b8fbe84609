import type { NewForm, RequestForm } from '#domain/requests/request-form';

/** Stable, so that the form keeps its id on every machine and every restart. */
export const demoRecitalFormId = '5f1d2c3b-4a59-4e68-9d7c-8b6a5f4e3d21';

/** What the team needs to prepare an exam recital, as a planner defines it through the API. */
export const demoRecitalForm: NewForm = {
  title: 'Besoins techniques du récital d’examen',
  description:
    'À remplir par le professeur ou l’élève au moins trois semaines avant le récital : la régie prépare la scène, les instruments et l’enregistrement.',
  projectKinds: ['exam'],
  fields: [
    {
      id: 'mise-en-place',
      label: 'Mise en place',
      kind: 'choice',
      required: true,
      options: ['Récital seul', 'Avec accompagnateur', 'Ensemble'],
    },
    {
      id: 'instruments',
      label: 'Instruments et mobilier',
      kind: 'choices',
      required: false,
      options: ['Piano à queue', 'Clavecin', 'Percussions', 'Pupitres', 'Chaises'],
      help: 'Ce que la régie installe sur scène.',
    },
    {
      id: 'enregistrement',
      label: 'Enregistrement',
      kind: 'choice',
      required: true,
      options: ['Aucun', 'Audio', 'Audio et vidéo'],
    },
    { id: 'lumiere', label: 'Éclairage de scène', kind: 'yes-no', required: false },
    { id: 'remarques', label: 'Remarques', kind: 'long-text', required: false },
  ],
  status: 'open',
};

/** The demo conservatoire's request forms. */
export const demoRequestForms = (): RequestForm[] => [
  {
    id: demoRecitalFormId,
    ...demoRecitalForm,
    createdAt: '2026-08-31T08:00:00.000Z',
    updatedAt: '2026-08-31T08:00:00.000Z',
    version: 1,
  },
];
