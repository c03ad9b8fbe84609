import type { StaffContract } from '#domain/time/contract';
import type { ShiftException, ShiftLink, ShiftWork } from '#domain/time/shift';

/**
 * The demo opera production's technical team and their shifts (« Les Noces de Figaro », performed on 4 and 5 June
 * 2027 at the Théâtre municipal): a régisseur général, a régisseuse lumière and two stagehands of the town (public
 * employees), a sound engineer under the live-performance agreement (IDCC 1285), an intermittent for the week of
 * the shows. The set-up, the last rehearsal, the performances and the strike, one long set-up day accepted by
 * exception for the régisseur général, another within the premiere's exception for the sound engineer.
 */

export interface DemoShift {
  technician: number;
  work: ShiftWork;
  day: string;
  start: string;
  end: string;
  breakMinutes: number;
  /** `performance`: the performance of that day; `production`: the project only; none: standing alone. */
  link?: 'production' | 'performance';
  exception?: ShiftException;
}

/** Each technician's contract (by their place in `demoTechnicians`), without the person. */
export const demoContracts: Omit<StaffContract, 'personId'>[] = [
  {
    kind: 'public-local',
    rulebookId: 'public-service',
    weeklyMinutes: 2100,
    skills: ['stage', 'rigging'],
    from: '2024-09-01',
    hourlyRateCents: 2650,
  },
  {
    kind: 'public-local',
    rulebookId: 'public-service',
    weeklyMinutes: 2100,
    skills: ['lighting', 'video'],
    from: '2025-01-01',
    hourlyRateCents: 2400,
  },
  {
    kind: 'private-idcc-1285',
    rulebookId: 'idcc-1285',
    weeklyMinutes: 2100,
    skills: ['sound', 'video'],
    from: '2026-09-01',
    hourlyRateCents: 2300,
  },
  {
    kind: 'public-local',
    rulebookId: 'public-service',
    weeklyMinutes: 2100,
    skills: ['stage', 'rigging'],
    from: '2023-09-01',
    hourlyRateCents: 2050,
  },
  {
    kind: 'public-local',
    rulebookId: 'public-service',
    weeklyMinutes: 1050,
    skills: ['stage', 'maintenance'],
    from: '2026-01-05',
    hourlyRateCents: 1950,
  },
  {
    kind: 'intermittent',
    rulebookId: 'intermittent',
    skills: ['lighting', 'sound'],
    from: '2027-06-01',
    until: '2027-06-06',
    pay: 'cachets',
    hourlyRateCents: 2800,
  },
];

const everyone = [0, 1, 2, 3, 4, 5];
const premiere = '2027-06-04';

export const demoShifts: DemoShift[] = [
  // The stagehand's maintenance of the stage's machinery, standing alone.
  { technician: 4, work: 'maintenance', day: '2027-05-31', start: '09:00', end: '12:30', breakMinutes: 0 },
  // The last rehearsal on Friday evening, with lights and sound.
  ...[0, 1, 2].map((technician) => ({
    technician,
    work: 'rehearsal' as const,
    day: '2027-05-28',
    start: '17:30',
    end: '21:30',
    breakMinutes: 0,
    link: 'production' as const,
  })),
  // Two days of set-up at the Théâtre municipal; the second runs late for the régisseur général and the sound.
  ...[1, 3, 4, 5].flatMap((technician) =>
    ['2027-06-02', '2027-06-03'].map((day) => ({
      technician,
      work: 'set-up' as const,
      day,
      start: '08:00',
      end: '17:00',
      breakMinutes: 60,
      link: 'production' as const,
    })),
  ),
  {
    technician: 0,
    work: 'set-up',
    day: '2027-06-02',
    start: '08:00',
    end: '17:00',
    breakMinutes: 60,
    link: 'production',
  },
  {
    technician: 0,
    work: 'set-up',
    day: '2027-06-03',
    start: '08:00',
    end: '20:00',
    breakMinutes: 60,
    link: 'production',
    exception: {
      ground: 'exceptional-circumstances',
      reason: 'Montage du décor au Théâtre municipal : décision de la direction du 12 mai',
    },
  },
  {
    technician: 2,
    work: 'set-up',
    day: '2027-06-02',
    start: '08:00',
    end: '17:00',
    breakMinutes: 60,
    link: 'production',
  },
  {
    technician: 2,
    work: 'set-up',
    day: '2027-06-03',
    start: '08:00',
    end: '20:00',
    breakMinutes: 60,
    link: 'production',
    exception: {
      ground: 'premiere',
      reason: 'Réglages du son la veille de la première',
      premiereDate: premiere,
    },
  },
  // The two performances, everyone.
  ...everyone.flatMap((technician) =>
    ['2027-06-04', '2027-06-05'].map((day) => ({
      technician,
      work: 'performance' as const,
      day,
      start: '18:00',
      end: '23:30',
      breakMinutes: 30,
      link: 'performance' as const,
    })),
  ),
  // The strike on Sunday, after eleven hours of rest.
  ...[0, 3, 5].map((technician) => ({
    technician,
    work: 'strike' as const,
    day: '2027-06-06',
    start: '10:30',
    end: '14:30',
    breakMinutes: 0,
    link: 'production' as const,
  })),
];

/** The link of a demo shift to the production and the day's performance. */
export const linkOf = (
  shift: DemoShift,
  production: { projectId: string; performances: ReadonlyMap<string, string> },
): ShiftLink | undefined => {
  if (!shift.link) return undefined;
  const activityId = shift.link === 'performance' ? production.performances.get(shift.day) : undefined;
  return { projectId: production.projectId, ...(activityId && { activityId }) };
};
