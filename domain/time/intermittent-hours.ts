import { daysFrom } from '#domain/shared/calendar/calendar-days';
import { type CachetHours, intermittentRulebook } from './rulebooks';

/**
 * An intermittent's hours as France Travail counts them, contract by contract: a contract paid by the hour counts
 * its hours; a contract paid by cachet counts each cachet 12 h when alone, 8 h a day when grouped (a contract of at
 * least five consecutive days with one employer). The figures are the rulebook's data (`cachets`).
 */
export type IntermittentContractWork =
  | { contractId: string; pay: 'hours'; workedMinutes: number }
  | {
      contractId: string;
      pay: 'cachets';
      /** The contract's first and last days, YYYY-MM-DD, both included. */
      from: string;
      until: string;
      /** The days a cachet is paid, YYYY-MM-DD. */
      cachetDays: readonly string[];
    };

export interface ContractHours {
  contractId: string;
  /** For cachets: alone, or grouped. */
  counting: 'hours' | 'cachets-alone' | 'cachets-grouped';
  cachets: number;
  minutes: number;
}

const consecutiveDays = (from: string, until: string) => daysFrom(from, until) + 1;

export const contractHoursOf = (
  work: IntermittentContractWork,
  counting: CachetHours = intermittentRulebook.cachets as CachetHours,
): ContractHours => {
  if (work.pay === 'hours') {
    return { contractId: work.contractId, counting: 'hours', cachets: 0, minutes: work.workedMinutes };
  }
  const cachets = new Set(work.cachetDays).size;
  const grouped = consecutiveDays(work.from, work.until) >= counting.groupedFromDays;
  return {
    contractId: work.contractId,
    counting: grouped ? 'cachets-grouped' : 'cachets-alone',
    cachets,
    minutes: cachets * (grouped ? counting.groupedMinutesPerDay : counting.aloneMinutes),
  };
};

/** Every contract's hours, and their total in minutes. */
export const intermittentHoursOf = (works: readonly IntermittentContractWork[], counting?: CachetHours) => {
  const contracts = works.map((work) => contractHoursOf(work, counting));
  return { contracts, totalMinutes: contracts.reduce((sum, { minutes }) => sum + minutes, 0) };
};
