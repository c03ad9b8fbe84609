import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import type { FormRevision, NewForm, RequestForm } from './request-form';
import type { RequestPorts } from './request-ports';

export const createForm = async (input: NewForm, ports: Pick<RequestPorts, 'forms' | 'clock' | 'newId'>) => {
  const now = ports.clock.now().toISOString();
  const form: RequestForm = { id: ports.newId(), ...input, createdAt: now, updatedAt: now, version: 1 };
  await ports.forms.add(form);
  return form;
};

/** A whole new version of a form. Requests already submitted keep the fields they were answered with. */
export const reviseForm = async (
  formId: string,
  { version, ...revision }: FormRevision,
  ports: Pick<RequestPorts, 'forms' | 'clock'>,
) => {
  const form = await requireForm(formId, ports);
  if (form.version !== version) throw new StaleVersionError('request form', formId, version);
  const revised: RequestForm = {
    ...form,
    ...revision,
    updatedAt: ports.clock.now().toISOString(),
    version: form.version + 1,
  };
  await ports.forms.replace(revised, version);
  return revised;
};

export const requireForm = async (formId: string, ports: Pick<RequestPorts, 'forms'>) => {
  const form = await ports.forms.get(formId);
  if (!form) throw new NotFoundError('request form', formId);
  return form;
};
