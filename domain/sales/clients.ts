import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { compactId, isFrenchVatNumber, isSiren, isSiret } from './company-ids';
import type { Client, ClientInput } from './sales';
import type { Page, SalesPorts } from './sales-ports';

/**
 * The checks of a client's identifiers, each refusal naming its field: SIREN and SIRET with their Luhn key, the
 * SIRET starting with the SIREN, the VAT number's key and SIREN. A public body needs a SIRET (Chorus Pro names the
 * recipient by it), and its Chorus Pro service code when it is invoiced through Chorus Pro (`chorusPro` given).
 */
export const clientProblems = (input: ClientInput): ValidationError[] => {
  const problems: ValidationError[] = [];
  const siren = input.siren ? compactId(input.siren) : undefined;
  const siret = input.siret ? compactId(input.siret) : undefined;
  const vatNumber = input.vatNumber ? compactId(input.vatNumber) : undefined;
  if (siren !== undefined && !isSiren(siren)) {
    problems.push(new ValidationError('siren', 'must be 9 digits with a valid Luhn key', 'invalid_siren'));
  }
  if (siret !== undefined && !isSiret(siret)) {
    problems.push(new ValidationError('siret', 'must be 14 digits with a valid Luhn key', 'invalid_siret'));
  } else if (siret !== undefined && siren !== undefined && !siret.startsWith(siren)) {
    problems.push(new ValidationError('siret', 'must start with the SIREN', 'siret_not_of_siren'));
  }
  if (vatNumber !== undefined && !isFrenchVatNumber(vatNumber)) {
    problems.push(
      new ValidationError('vatNumber', 'must be FR, its 2-digit key, then the SIREN', 'invalid_vat_number'),
    );
  } else if (vatNumber !== undefined && siren !== undefined && !vatNumber.endsWith(siren)) {
    problems.push(new ValidationError('vatNumber', 'must end with the SIREN', 'vat_number_not_of_siren'));
  }
  if (input.category === 'public-body' && siret === undefined) {
    problems.push(new ValidationError('siret', 'a public body is invoiced by its SIRET', 'required'));
  }
  if (input.category === 'public-body' && input.chorusPro && !input.chorusPro.serviceCode) {
    problems.push(
      new ValidationError(
        'chorusPro.serviceCode',
        'a public body invoiced through Chorus Pro needs its service code',
        'chorus_service_code_required',
      ),
    );
  }
  return problems;
};

const clientOf = (clientId: string, input: ClientInput, version: number): Client => {
  const { version: _read, siren, siret, vatNumber, ...rest } = input;
  return {
    clientId,
    ...rest,
    ...(siren && { siren: compactId(siren) }),
    ...(siret && { siret: compactId(siret) }),
    ...(vatNumber && { vatNumber: compactId(vatNumber) }),
    version,
  };
};

const checked = async (input: ClientInput, ports: SalesPorts) => {
  const problems = clientProblems(input);
  if (input.personId && !(await ports.people.exists(input.personId))) {
    problems.push(new ValidationError('personId', 'names no person of the directory', 'unknown_id'));
  }
  const [first, ...rest] = problems;
  if (first) throw ValidationError.of([first, ...rest]);
};

export const createClient = async (input: ClientInput, actor: Actor, ports: SalesPorts): Promise<Client> => {
  await authorize(actor, 'sales:write', { kind: 'school' }, ports.relations);
  await checked(input, ports);
  const client = clientOf(ports.newId(), input, 1);
  await ports.sales.putClient(client, undefined);
  return client;
};

/** A new version of a client, on the version read: quotes already made keep their copy of it. */
export const updateClient = async (
  clientId: string,
  input: ClientInput,
  actor: Actor,
  ports: SalesPorts,
): Promise<Client> => {
  await authorize(actor, 'sales:write', { kind: 'school' }, ports.relations);
  const current = await ports.sales.getClient(clientId);
  if (!current) throw new NotFoundError('client', clientId);
  if (input.version === undefined) throw new ValidationError('version', 'is required', 'required');
  if (input.version !== current.version) throw new StaleVersionError('client', clientId, input.version);
  await checked(input, ports);
  const client = clientOf(clientId, input, current.version + 1);
  await ports.sales.putClient(client, current.version);
  return client;
};

export const readClient = async (clientId: string, actor: Actor, ports: SalesPorts): Promise<Client> => {
  await authorize(actor, 'sales:read', { kind: 'school' }, ports.relations);
  const client = await ports.sales.getClient(clientId);
  if (!client) throw new NotFoundError('client', clientId);
  return client;
};

export const listClients = async (
  query: { name?: string; limit: number; after?: string },
  actor: Actor,
  ports: SalesPorts,
): Promise<Page<Client>> => {
  await authorize(actor, 'sales:read', { kind: 'school' }, ports.relations);
  return ports.sales.listClients({
    ...(query.name && { namePrefix: query.name }),
    limit: query.limit,
    ...(query.after && { cursor: query.after }),
  });
};
