import { parseArgs } from 'node:util';
import { addSchool, InvalidTenantError, loadRegistry, saveRegistry } from './registry';

const usage =
  'Usage: npm run add-school -- --id lycee-moliere --name "Lycée Molière" --uai 0750001A ' +
  '[--kind school|conservatoire] [--time-zone Europe/Paris] [--locale fr-FR] ' +
  '[--address "12 rue des Lilas" --address "75020 Paris"] [--signatory "Claire Fontaine" --signatory-title "Proviseure"]';

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    name: { type: 'string' },
    uai: { type: 'string' },
    kind: { type: 'string', default: 'school' },
    'time-zone': { type: 'string', default: 'Europe/Paris' },
    locale: { type: 'string', default: 'fr-FR' },
    // What heads and signs the school's letters: one --address a line.
    address: { type: 'string', multiple: true },
    signatory: { type: 'string' },
    'signatory-title': { type: 'string' },
  },
});

// A new school names its UAI: its imports are checked against it.
if (!values.id || !values.name || !values.uai) {
  console.error(usage);
  process.exit(2);
}

try {
  const registry = addSchool(loadRegistry(), {
    id: values.id,
    displayName: values.name,
    kind: values.kind,
    timeZone: values['time-zone'],
    locale: values.locale,
    uai: values.uai,
    ...(values.address && { address: values.address }),
    ...(values.signatory && {
      signatory: { name: values.signatory, title: values['signatory-title'] ?? '' },
    }),
  });
  saveRegistry(registry);
  console.log(`Added ${values.id}. Deploy its stack with: npx cdk deploy Preau-School-${values.id}`);
} catch (error) {
  if (!(error instanceof InvalidTenantError)) throw error;
  console.error(error.message);
  process.exit(1);
}
