import type { Actor } from '#domain/identity/actor';
import type { Item } from '#domain/loans/item';
import type { Loan } from '#domain/loans/loan';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { ConflictError } from '#domain/shared/errors';
import { requireEnv } from '#functions/lib/env';
import { put, writeRequests } from '#functions/lib/write-requests';
import { functionEnvironment } from '#infra/definitions/environment';
import { countingDynamoCalls } from './call-count';
import { startDemoYearSchool } from './demo-year-school';
import { type Figure, writeFigures } from './figures';

const runs = 20;
/** The family: 300 items, most of them held some days of the month measured. */
const familySize = 300;
const heldItems = 200;
const racers = 10;

const keyboard = (index: number, at: string): Item => ({
  itemId: `bench-keyboard-${String(index).padStart(3, '0')}`,
  family: 'keyboards',
  kind: index % 2 ? 'Piano numérique' : 'Clavier MIDI',
  maker: 'Yamaha',
  condition: 'good',
  accessories: ['housse'],
  photos: [],
  status: 'available',
  version: 1,
  updatedAt: at,
  updatedBy: 'bench',
});

const requested = (loanId: string, itemId: string, startDate: string, days: number, at: string): Loan => ({
  loanId,
  borrowerId: 'bench-teacher',
  requestedBy: 'bench-teacher',
  itemId,
  family: 'keyboards',
  itemKind: 'Piano numérique',
  startDate,
  endDate: plusDays(startDate, days),
  bufferDays: 1,
  status: 'requested',
  kind: 'free',
  reminders: [],
  version: 1,
  createdAt: at,
  updatedAt: at,
});

/**
 * The loans' figures (issue 19), on DynamoDB Local through the functions' code: the availability of a family of
 * 300 items over a month (its queries), a decision (its transactions), and ten staff approving loans of one item
 * over overlapping dates at the same moment (how many succeed).
 */
export const benchLoans = async () => {
  const demo = await startDemoYearSchool('bench-loans');
  try {
    const { documentClient } = await import('#functions/lib/clients/dynamodb');
    const { itemRecord } = await import('#functions/loans/adapters/dynamo-inventory');
    const { loanRecord } = await import('#functions/loans/adapters/dynamo-loans');
    const { loanPorts } = await import('#functions/loans/adapters/loans-ports');
    const { decideOnLoan } = await import('#domain/loans/decide-loan');
    const { familyAvailability } = await import('#domain/loans/read-loans');
    const table = requireEnv(functionEnvironment.tableName);
    const at = new Date().toISOString();
    const today = todayInZone(new Date(), 'Europe/Paris');
    const month = plusDays(today, 40).slice(0, 7);
    const firstOfMonth = `${month}-01`;
    const staff: Actor = {
      personId: 'bench-staff',
      username: 'bench',
      firstName: 'Bench',
      lastName: 'Prêts',
      profiles: ['staff'],
    };
    const approve = (loan: Loan) =>
      decideOnLoan(loan.loanId, { decision: 'approve', version: 1 }, staff, loanPorts);

    // The family, and its first 200 items held some days of the month through the decisions themselves.
    const items = Array.from({ length: familySize }, (_, index) => keyboard(index, at));
    const held = items
      .slice(0, heldItems)
      .map((item, index) =>
        requested(`bench-held-${index}`, item.itemId, plusDays(firstOfMonth, index % 20), 6, at),
      );
    await writeRequests(table, [...items.map(itemRecord), ...held.map(loanRecord)].map(put), {
      client: documentClient,
    });
    for (const loan of held) await approve(loan);

    const measure = countingDynamoCalls(documentClient, runs);

    // 1. The availability of the family over the month.
    const availability = await measure(() =>
      familyAvailability({ family: 'keyboards', month }, staff, loanPorts),
    );
    const shown = await familyAvailability({ family: 'keyboards', month }, staff, loanPorts);
    const heldDays = shown.items.reduce((sum, item) => sum + item.held.length, 0);

    // 2. A decision: a request approved on a free item of the family (one of the 100 not held).
    const toDecide = Array.from({ length: runs + 1 }, (_, index) =>
      requested(`bench-decided-${index}`, items[heldItems + index]?.itemId as string, firstOfMonth, 27, at),
    );
    await writeRequests(table, toDecide.map(loanRecord).map(put), { client: documentClient });
    const decision = await measure((run) => approve(toDecide[run + 1] as Loan));

    // 3. Ten staff approving ten loans of one item over overlapping dates, at the same moment.
    const contested = items.at(-1) as Item;
    const racing = Array.from({ length: racers }, (_, index) =>
      requested(`bench-race-${index}`, contested.itemId, plusDays(today, 60 + index), 10, at),
    );
    await writeRequests(table, racing.map(loanRecord).map(put), { client: documentClient });
    const answers = await Promise.allSettled(racing.map(approve));
    const succeeded = answers.filter(({ status }) => status === 'fulfilled').length;
    const held409 = answers.filter(
      (answer) =>
        answer.status === 'rejected' &&
        answer.reason instanceof ConflictError &&
        answer.reason.code === 'item_held',
    ).length;

    console.log(
      `\nLoans: a family of ${familySize} items, ${heldItems} of them held over ${month} (${heldDays} held days); ` +
        `${racers} staff approving one item at once: ${succeeded} succeeded, ${held409} refused item_held`,
    );
    console.table({
      [`the availability of ${familySize} items over a month`]: {
        'DynamoDB calls': availability.calls,
        commands: availability.commands,
        ms: availability.ms.toFixed(1),
      },
      'a decision (approve, hold)': {
        'DynamoDB calls': decision.calls,
        commands: decision.commands,
        ms: decision.ms.toFixed(1),
      },
    });
    const queries = Number(/([\d.]+) QueryCommand/.exec(availability.commands)?.[1] ?? 0);
    const transactions = Number(/([\d.]+) TransactWriteItemsCommand/.exec(decision.commands)?.[1] ?? 0);
    const figures: Figure[] = [
      {
        figure: `the availability of ${familySize} items over a month: queries`,
        value: queries,
        unit: 'queries',
        target: '<= 2',
      },
      { figure: 'the availability: DynamoDB calls', value: availability.calls, unit: 'calls', target: null },
      {
        figure: 'the availability: time',
        value: Number(availability.ms.toFixed(1)),
        unit: 'ms',
        target: null,
      },
      { figure: 'a loan decision: transactions', value: transactions, unit: 'transactions', target: '= 1' },
      { figure: 'a loan decision: DynamoDB calls', value: decision.calls, unit: 'calls', target: null },
      { figure: 'a loan decision: time', value: Number(decision.ms.toFixed(1)), unit: 'ms', target: null },
      {
        figure: `${racers} staff lending one item at once: succeeded`,
        value: succeeded,
        unit: 'loans',
        target: '= 1',
      },
      {
        figure: `${racers} staff lending one item at once: refused item_held`,
        value: held409,
        unit: 'loans',
        target: `= ${racers - 1}`,
      },
    ];
    await writeFigures('loans', figures);
  } finally {
    await demo.stop();
  }
};
