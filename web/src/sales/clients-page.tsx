import { useCallback, useId, useState } from 'preact/hooks';
import { type Client, type ClientCategory, clientCategories } from '#domain/sales/sales';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';

interface ClientsPageProps {
  api: Api;
  format: Format;
}

/** `/ventes/clients`: the clients by name, a filter, and the form to add or change one. */
export const ClientsPage = ({ api, format }: ClientsPageProps) => {
  const texts = format.messages.sales.clients;
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<Client | 'new' | undefined>();
  const load = useCallback(
    async (signal: AbortSignal) => (await api.salesClients({ name: name.trim() || undefined }, signal)).items,
    [api, name],
  );
  const { state, retry } = useLoad(load, { keepValue: true });
  return (
    <section class="page sales stack--loose" aria-labelledby="clients-title">
      <h2 id="clients-title">{texts.title}</h2>
      <div class="field">
        <label for="clients-filter">{texts.filter}</label>
        <input
          id="clients-filter"
          type="search"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      {editing ? (
        <ClientForm
          key={editing === 'new' ? 'new' : editing.clientId}
          api={api}
          format={format}
          client={editing === 'new' ? undefined : editing}
          done={() => {
            setEditing(undefined);
            retry();
          }}
        />
      ) : (
        <p>
          <button type="button" class="button" onClick={() => setEditing('new')}>
            {texts.add}
          </button>
        </p>
      )}
      <LoadedList state={state} format={format} retry={retry} none={texts.none}>
        {(clients) => (
          <ul class="sales__list">
            {clients.map((client) => (
              <li key={client.clientId} class="sales__item">
                <span>
                  <strong>{client.legalName}</strong>
                  <span class="muted"> · {texts.categories[client.category]}</span>
                </span>
                <span class="muted">{[client.contact.name, client.billingAddress.city].join(' · ')}</span>
                <button type="button" class="button button--secondary" onClick={() => setEditing(client)}>
                  {texts.edit}
                </button>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};

interface ClientFormProps {
  api: Api;
  format: Format;
  client: Client | undefined;
  done: () => void;
}

const ClientForm = ({ api, format, client, done }: ClientFormProps) => {
  const texts = format.messages.sales.clients;
  const errorId = useId();
  const [fields, setFields] = useState({
    legalName: client?.legalName ?? '',
    category: client?.category ?? ('association' as ClientCategory),
    siren: client?.siren ?? '',
    siret: client?.siret ?? '',
    vatNumber: client?.vatNumber ?? '',
    lines: client?.billingAddress.lines.join('\n') ?? '',
    postcode: client?.billingAddress.postcode ?? '',
    city: client?.billingAddress.city ?? '',
    contactName: client?.contact.name ?? '',
    email: client?.contact.email ?? '',
    phone: client?.contact.phone ?? '',
    serviceCode: client?.chorusPro?.serviceCode ?? '',
    commitmentNumber: client?.chorusPro?.commitmentNumber ?? '',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof fields) => (event: { currentTarget: { value: string } }) =>
    setFields((previous) => ({ ...previous, [name]: event.currentTarget.value }));
  const optional = (value: string) => value.trim() || undefined;
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const input = {
      legalName: fields.legalName,
      category: fields.category,
      siren: optional(fields.siren),
      siret: optional(fields.siret),
      vatNumber: optional(fields.vatNumber),
      billingAddress: {
        lines: fields.lines
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        postcode: fields.postcode,
        city: fields.city,
        countryCode: 'FR',
      },
      contact: { name: fields.contactName, email: optional(fields.email), phone: optional(fields.phone) },
      ...((fields.serviceCode.trim() || fields.commitmentNumber.trim()) && {
        chorusPro: {
          serviceCode: optional(fields.serviceCode),
          commitmentNumber: optional(fields.commitmentNumber),
        },
      }),
    };
    try {
      if (client) await api.updateSalesClient(client.clientId, { ...input, version: client.version });
      else await api.createSalesClient(input);
      done();
    } catch (failure) {
      setError(
        failureReason(failure, format, {
          legalName: texts.legalName,
          siren: texts.siren,
          siret: texts.siret,
          vatNumber: texts.vatNumber,
          'chorusPro.serviceCode': texts.chorusServiceCode,
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const field = (
    name: keyof typeof fields,
    label: string,
    options: { type?: 'text' | 'email' | 'tel'; autocomplete?: string } = {},
  ) => (
    <div class="field">
      <label for={`client-${name}`}>{label}</label>
      {options.type === 'email' ? (
        <input
          id={`client-${name}`}
          type="email"
          value={fields[name]}
          onInput={set(name)}
          autocomplete="email"
        />
      ) : options.type === 'tel' ? (
        <input id={`client-${name}`} type="tel" value={fields[name]} onInput={set(name)} autocomplete="tel" />
      ) : (
        <input
          id={`client-${name}`}
          type="text"
          value={fields[name]}
          onInput={set(name)}
          autocomplete={options.autocomplete ?? 'off'}
        />
      )}
    </div>
  );
  return (
    <form class="sales__form stack" onSubmit={submit} aria-labelledby="client-form-title">
      <h3 id="client-form-title">{client?.legalName ?? texts.add}</h3>
      {field('legalName', texts.legalName, { autocomplete: 'organization' })}
      <div class="field">
        <label for="client-category">{texts.category}</label>
        <select id="client-category" value={fields.category} onChange={set('category')}>
          {clientCategories.map((category) => (
            <option key={category} value={category}>
              {texts.categories[category]}
            </option>
          ))}
        </select>
      </div>
      {field('siren', texts.siren)}
      {field('siret', texts.siret)}
      {field('vatNumber', texts.vatNumber)}
      <div class="field">
        <label for="client-lines">{texts.addressLines}</label>
        <textarea id="client-lines" rows={2} value={fields.lines} onInput={set('lines')} />
      </div>
      {field('postcode', texts.postcode, { autocomplete: 'postal-code' })}
      {field('city', texts.city)}
      {field('contactName', texts.contactName)}
      {field('email', texts.email, { type: 'email', autocomplete: 'email' })}
      {field('phone', texts.phone, { type: 'tel', autocomplete: 'tel' })}
      {fields.category === 'public-body' && (
        <>
          {field('serviceCode', texts.chorusServiceCode)}
          {field('commitmentNumber', texts.chorusCommitment)}
        </>
      )}
      <FormAlert id={errorId} message={error} />
      <div class="sales__actions">
        <button type="submit" class="button" disabled={busy}>
          {texts.save}
        </button>
        <button type="button" class="button button--secondary" onClick={done}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
};
