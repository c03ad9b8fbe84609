import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { abilitiesOf } from '../people/abilities';
import type { ClassSummary, Me } from '../people/person';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { type ActivationBatch, type BatchScopeKind, batchScopeKindsFor } from './batch';
import { BatchForm } from './batch-form';
import { BatchResult } from './batch-result';

interface ActivationCodesPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** « Codes d'activation »: administrators make the codes and letters of a class, a level, or the rest. */
export const ActivationCodesPage = ({ api, format, me }: ActivationCodesPageProps) => {
  const { activationCodes } = format.messages;
  const allowed = abilitiesOf(me.profiles).makesActivationCodes;
  return (
    <section class="page" aria-labelledby="activation-codes-title">
      <h2 id="activation-codes-title">{activationCodes.title}</h2>
      {allowed ? (
        <BatchMaker api={api} format={format} scopes={batchScopeKindsFor(me.profiles)} />
      ) : (
        <p class="notice">{activationCodes.reserved}</p>
      )}
    </section>
  );
};

const noClasses: ClassSummary[] = [];

interface BatchMakerProps {
  api: Api;
  format: Format;
  scopes: readonly BatchScopeKind[];
}

const BatchMaker = ({ api, format, scopes }: BatchMakerProps) => {
  // The classes and levels are asked for only by those who may pick one (not the authority: 404).
  const picksClasses = scopes.includes('class') || scopes.includes('level');
  const load = useCallback(
    async (signal: AbortSignal) => (picksClasses ? api.classes(signal) : noClasses),
    [api, picksClasses],
  );
  // Without the classes, the scopes that need none still work: the form simply offers no class or level.
  const { state } = useLoad(load);
  const [batch, setBatch] = useState<ActivationBatch>();
  return (
    <>
      <p class="page__intro">{format.messages.activationCodes.intro}</p>
      <BatchForm
        api={api}
        format={format}
        classes={state.status === 'loaded' ? state.value : noClasses}
        onBatch={setBatch}
        scopes={scopes}
      />
      {batch && <BatchResult batch={batch} format={format} />}
    </>
  );
};
