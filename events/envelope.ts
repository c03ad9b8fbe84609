import * as z from 'zod/mini';

/** Every event travels on the school's bus as `detail = { metadata, data }`. */
export const metadataSchema = z.strictObject({
  eventId: z.string().check(z.minLength(1)),
  version: z.string().check(z.regex(/^\d+$/)),
  schoolId: z.string().check(z.minLength(1)),
  occurredAt: z.iso.datetime({ offset: true }),
});

export type EventMetadata = z.infer<typeof metadataSchema>;

export interface EventContract<Data> {
  source: string;
  detailType: string;
  version: string;
  description: string;
  dataSchema: z.ZodMiniType<Data>;
}

export interface EventEnvelope<Data> {
  metadata: EventMetadata;
  data: Data;
}

/** An event ready to be put on a bus: what a publisher needs and nothing else. */
export interface OutgoingEvent {
  source: string;
  detailType: string;
  detail: EventEnvelope<unknown>;
}

export const defineEvent = <Data>(contract: EventContract<Data>) => contract;

export const envelopeSchemaOf = <Data>(contract: EventContract<Data>) =>
  z.strictObject({ metadata: metadataSchema, data: contract.dataSchema });

/** What every new event needs besides its data: the school it happened in, when, and a fresh id. */
export interface EventContext {
  schoolId: string;
  newId: () => string;
  /** An ISO 8601 instant with its offset: the moment of the change the event announces. */
  occurredAt: string;
}

/** The one way to build an event: its contract's source, type and version, fresh metadata, and its data. */
export const newEvent = <Data>(
  contract: EventContract<Data>,
  data: Data,
  context: EventContext,
): OutgoingEvent => ({
  source: contract.source,
  detailType: contract.detailType,
  detail: {
    metadata: {
      eventId: context.newId(),
      version: contract.version,
      schoolId: context.schoolId,
      occurredAt: context.occurredAt,
    },
    data,
  },
});

/** An event a consumer refuses: not one of the contracts it takes, or not in the shape its contract says. */
export class MalformedEventError extends Error {
  override name = 'MalformedEventError';
}

/** An event as a consumer receives it, before its contract is checked. */
export interface ReceivedEvent {
  source: string;
  detailType: string;
  detail: unknown;
}

type DataOf<Contract> = Contract extends EventContract<infer Data> ? Data : never;

/**
 * Reads an event with the contract of its source and type among those a consumer takes: the envelope, its
 * metadata and its data must be as that contract says, in its version. Anything else throws a
 * MalformedEventError whose message says what is wrong, for the dead-letter queue.
 */
export const readEnvelope = <const Contracts extends readonly EventContract<unknown>[]>(
  contracts: Contracts,
  { source, detailType, detail }: ReceivedEvent,
): EventEnvelope<DataOf<Contracts[number]>> & { contract: Contracts[number] } => {
  const contract = contracts.find(
    (candidate) => candidate.source === source && candidate.detailType === detailType,
  );
  const refused = (reason: string) =>
    new MalformedEventError(`${detailType} from ${source} refused: ${reason}`);
  if (!contract) {
    const taken = contracts.map((candidate) => `${candidate.detailType} from ${candidate.source}`).join(', ');
    throw refused(`this consumer takes only ${taken}`);
  }
  const parsed = envelopeSchemaOf(contract).safeParse(detail);
  if (!parsed.success) {
    throw refused(parsed.error.issues.map((issue) => describeIssue(issue, detail)).join('; '));
  }
  if (parsed.data.metadata.version !== contract.version) {
    throw refused(`version ${parsed.data.metadata.version}, where this consumer reads ${contract.version}`);
  }
  return { ...(parsed.data as EventEnvelope<DataOf<Contracts[number]>>), contract };
};

/** One problem of an envelope, in words an operator reading a dead-letter queue understands without the code. */
const describeIssue = (issue: z.core.$ZodIssue, detail: unknown) => {
  const field = ['detail', ...issue.path.map(String)].join('.');
  const value = issue.path.reduce<unknown>(
    (current, key) => (current as Record<PropertyKey, unknown> | undefined)?.[key],
    detail,
  );
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field}: unknown field ${issue.keys.join(', ')}`;
    case 'invalid_type':
      if (value === undefined) return `${field}: missing`;
      return `${field}: expected ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}, not ${JSON.stringify(value)}`;
    case 'invalid_value':
      return `${field}: ${JSON.stringify(value)} is not one of ${issue.values.map((one) => JSON.stringify(one)).join(', ')}`;
    case 'invalid_format':
      return `${field}: not in the ${issue.format} format`;
    default:
      return `${field}: ${issue.message}`;
  }
};
