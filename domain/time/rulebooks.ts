/**
 * The rulebooks of the technical staff's hours, as data: each rule with its limit, its unit, the text it comes
 * from and the article, and the exceptions a planner may accept with a reason. A contract names its rulebook
 * (`contract.ts`); the checker (`check-shift.ts`) reads the rules a rulebook has and skips the ones it has not.
 *
 * Durations are in minutes. Sources are the texts in force as of 2026; the README lists each rule with its source.
 */

export const rulebookIds = ['public-service', 'idcc-1285', 'intermittent'] as const;
export type RulebookId = (typeof rulebookIds)[number];

export const ruleIds = [
  /** The most worked in one day (the shifts that start that day). */
  'daily-work-max',
  /** The most worked in one ISO week, Monday to Sunday. */
  'weekly-work-max',
  /** The most worked on average over any run of consecutive weeks (`weeks`). */
  'rolling-average-max',
  /** The least rest between one working day and the next. */
  'daily-rest-min',
  /** The longest stretch of rest each week must hold. */
  'weekly-rest-min',
  /** The most from the first start to the last end of one day. */
  'daily-span-max',
  /** The least break a run of work of `threshold` minutes must hold. */
  'break-min',
  /** The least a call lasts: a shift shorter is paid as if it lasted that long, and is not planned so. */
  'minimum-call',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** Why a rule may be exceeded, when its rulebook allows it. */
export const exceptionGrounds = [
  /** The days before a production's premiere (`premiereDays` of the rulebook). */
  'premiere',
  'tour',
  'festival',
  /** The shift is a set-up or a strike (`work` of the shift). */
  'set-up-strike',
  /** A head of service's decision, for a limited time (public employees). */
  'exceptional-circumstances',
] as const;
export type ExceptionGround = (typeof exceptionGrounds)[number];

export interface RuleSource {
  /** The text's words, in short. */
  text: string;
  /** Where: the text and its article. */
  article: string;
}

export interface RuleException {
  grounds: readonly ExceptionGround[];
  /** How far the exception goes; none: as far as the decision says. */
  limit?: number;
  source: RuleSource;
}

export interface Rule {
  id: RuleId;
  /** A maximum or a minimum, in `unit`. */
  limit: number;
  unit: 'minutes';
  /** For the rolling average: over how many consecutive weeks. */
  weeks?: number;
  /** For breaks: the run of work from which the break is due. */
  threshold?: number;
  source: RuleSource;
  exception?: RuleException;
}

export interface NightHours {
  /** Local times HH:mm: night runs from `from` to `to` the next morning. */
  from: string;
  to: string;
  source: RuleSource;
}

/** How an intermittent's cachets count in hours (France Travail, annexes VIII and X). */
export interface CachetHours {
  /** A cachet alone. */
  aloneMinutes: number;
  /** A cachet of a contract of `groupedFromDays` consecutive days or more with one employer, per day. */
  groupedMinutesPerDay: number;
  groupedFromDays: number;
  source: RuleSource;
}

export interface Rulebook {
  id: RulebookId;
  name: string;
  rules: readonly Rule[];
  night: NightHours;
  /** How many days before a premiere the `premiere` exception covers. */
  premiereDays: number;
  cachets?: CachetHours;
}

const hours = (count: number) => count * 60;

const publicText =
  'Décret n° 2000-815 du 25 août 2000 (État), applicable aux agents territoriaux par le décret n° 2001-623 du 12 juillet 2001, art. 1';
const publicArticle = (paragraph: string) =>
  `Décret n° 2000-815, art. 3, ${paragraph} ; décret n° 2001-623, art. 1`;

const exceptionalCircumstances: RuleException = {
  grounds: ['exceptional-circumstances'],
  source: {
    text: 'Lorsque des circonstances exceptionnelles le justifient et pour une période limitée, par décision du chef de service qui en informe les représentants du personnel.',
    article: publicArticle('II, b'),
  },
};

const night: NightHours = {
  from: '22:00',
  to: '05:00',
  source: {
    text: 'Le travail de nuit comprend au moins la période comprise entre 22 heures et 5 heures.',
    article: publicArticle('I'),
  },
};

/** Public employees of the State or of a local authority. */
export const publicServiceRulebook: Rulebook = {
  id: 'public-service',
  name: `Agents publics (${publicText})`,
  premiereDays: 15,
  night,
  rules: [
    {
      id: 'daily-work-max',
      limit: hours(10),
      unit: 'minutes',
      source: {
        text: 'La durée quotidienne du travail ne peut excéder dix heures.',
        article: publicArticle('I'),
      },
      exception: exceptionalCircumstances,
    },
    {
      id: 'weekly-work-max',
      limit: hours(48),
      unit: 'minutes',
      source: {
        text: 'La durée hebdomadaire du travail effectif, heures supplémentaires comprises, ne peut excéder quarante-huit heures au cours d’une même semaine.',
        article: publicArticle('I'),
      },
      exception: exceptionalCircumstances,
    },
    {
      id: 'rolling-average-max',
      limit: hours(44),
      unit: 'minutes',
      weeks: 12,
      source: {
        text: '… ni quarante-quatre heures en moyenne sur une période quelconque de douze semaines consécutives.',
        article: publicArticle('I'),
      },
      exception: exceptionalCircumstances,
    },
    {
      id: 'daily-rest-min',
      limit: hours(11),
      unit: 'minutes',
      source: {
        text: 'Les agents bénéficient d’un repos minimum quotidien de onze heures.',
        article: publicArticle('I'),
      },
      exception: exceptionalCircumstances,
    },
    {
      id: 'weekly-rest-min',
      limit: hours(35),
      unit: 'minutes',
      source: {
        text: 'Le repos hebdomadaire, comprenant en principe le dimanche, ne peut être inférieur à trente-cinq heures.',
        article: publicArticle('I'),
      },
      exception: exceptionalCircumstances,
    },
    {
      id: 'daily-span-max',
      limit: hours(12),
      unit: 'minutes',
      source: {
        text: 'L’amplitude maximale de la journée de travail est fixée à douze heures.',
        article: publicArticle('I'),
      },
      exception: exceptionalCircumstances,
    },
    {
      id: 'break-min',
      limit: 20,
      threshold: hours(6),
      unit: 'minutes',
      source: {
        text: 'Aucun temps de travail quotidien ne peut atteindre six heures sans que les agents bénéficient d’un temps de pause d’une durée minimale de vingt minutes.',
        article: publicArticle('I'),
      },
    },
  ],
};

/** The Code du travail's limits, which every private employee has whatever their agreement. */
const labourCodeRules: readonly Rule[] = [
  {
    id: 'weekly-work-max',
    limit: hours(48),
    unit: 'minutes',
    source: {
      text: 'Au cours d’une même semaine, la durée maximale hebdomadaire de travail est de quarante-huit heures.',
      article: 'Code du travail, art. L3121-20',
    },
  },
  {
    id: 'rolling-average-max',
    limit: hours(44),
    unit: 'minutes',
    weeks: 12,
    source: {
      text: 'La durée hebdomadaire de travail calculée sur une période quelconque de douze semaines consécutives ne peut dépasser quarante-quatre heures.',
      article: 'Code du travail, art. L3121-22',
    },
  },
  {
    id: 'daily-rest-min',
    limit: hours(11),
    unit: 'minutes',
    source: {
      text: 'Tout salarié bénéficie d’un repos quotidien d’une durée minimale de onze heures consécutives.',
      article: 'Code du travail, art. L3131-1',
    },
  },
  {
    id: 'weekly-rest-min',
    limit: hours(35),
    unit: 'minutes',
    source: {
      text: 'Le repos hebdomadaire a une durée minimale de vingt-quatre heures consécutives auxquelles s’ajoutent les heures consécutives de repos quotidien.',
      article: 'Code du travail, art. L3132-2',
    },
  },
  {
    id: 'break-min',
    limit: 20,
    threshold: hours(6),
    unit: 'minutes',
    source: {
      text: 'Dès que le temps de travail quotidien atteint six heures, le salarié bénéficie d’un temps de pause d’une durée minimale de vingt minutes consécutives.',
      article: 'Code du travail, art. L3121-16',
    },
  },
];

const labourCodeNight: NightHours = {
  from: '22:00',
  to: '05:00',
  source: {
    text: 'La période de travail de nuit commence au plus tôt à 21 heures et s’achève au plus tard à 7 heures ; elle comprend la période entre minuit et 5 heures. Préau compte de 22 heures à 5 heures, comme les agents publics.',
    article: 'Code du travail, art. L3122-2 et L3122-20',
  },
};

/** The live-performance agreement's own daily limit: 10 h, 12 h on tour, at a festival, before a premiere, for set-up and strike. */
const idccDailyWork: Rule = {
  id: 'daily-work-max',
  limit: hours(10),
  unit: 'minutes',
  source: {
    text: 'La durée quotidienne du travail effectif ne peut excéder dix heures.',
    article: 'Code du travail, art. L3121-18 ; CCNEAC (IDCC 1285), art. VI.6.1',
  },
  exception: {
    grounds: ['tour', 'festival', 'premiere', 'set-up-strike'],
    limit: hours(12),
    source: {
      text: 'Portée à douze heures en tournée, en festival, dans les quinze jours précédant la première d’une création ou d’une reprise, et pour les montages et démontages.',
      article: 'CCNEAC (IDCC 1285), art. VI.6.1',
    },
  },
};

/** Private employees of a subsidised live-performance company (Convention collective des entreprises artistiques et culturelles). */
export const idcc1285Rulebook: Rulebook = {
  id: 'idcc-1285',
  name: 'Salariés de droit privé — convention collective des entreprises artistiques et culturelles (IDCC 1285)',
  premiereDays: 15,
  night: labourCodeNight,
  rules: [
    idccDailyWork,
    ...labourCodeRules,
    {
      id: 'minimum-call',
      limit: 210,
      unit: 'minutes',
      source: {
        text: 'Un salarié technique appelé pour un service l’est pour trois heures trente au moins.',
        article:
          'CCNEAC (IDCC 1285), titre VI, durée du travail des personnels techniques (article à confirmer)',
      },
    },
  ],
};

/**
 * Intermittents on short contracts (CDD d’usage): the Code du travail's limits, the agreement's daily limit and
 * its exceptions, and their cachets counted in hours for France Travail.
 */
export const intermittentRulebook: Rulebook = {
  id: 'intermittent',
  name: 'Intermittents du spectacle (CDD d’usage)',
  premiereDays: 15,
  night: labourCodeNight,
  rules: [idccDailyWork, ...labourCodeRules],
  cachets: {
    aloneMinutes: hours(12),
    groupedMinutesPerDay: hours(8),
    groupedFromDays: 5,
    source: {
      text: 'Un cachet isolé compte pour douze heures ; des cachets groupés (un contrat d’au moins cinq jours continus chez un même employeur) comptent pour huit heures par jour.',
      article: 'Règlement d’assurance chômage, annexes VIII et X (cachets isolés et groupés)',
    },
  },
};

export const rulebooks: Record<RulebookId, Rulebook> = {
  'public-service': publicServiceRulebook,
  'idcc-1285': idcc1285Rulebook,
  intermittent: intermittentRulebook,
};

/** A rulebook's rule, or nothing when it has none of that kind. */
export const ruleOf = (rulebook: Rulebook, ruleId: RuleId): Rule | undefined =>
  rulebook.rules.find((rule) => rule.id === ruleId);
