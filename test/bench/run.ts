import '#infra/local/quiet-sdk';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: figures printed and written to `dist/bench/<section>.json`, never asserted, but the portal's:
 * a missed target there makes the run fail. `npm run bench -- import` (or `bundles`, `synth`, `planning`,
 * `sharing`, `homework`, `attendance`, `portal`, `messaging`, `sales`, `loans`, `time`) runs one alone.
 *
 * Run whole, each section runs in a process of its own: the functions' SDK clients are made once per process, at
 * module load, as in a Lambda, so a section that starts its own DynamoDB Local must not find the previous one's.
 */
const sections = {
  bundles: async () => (await import('./function-bundles')).benchFunctionBundles(),
  synth: async () => {
    await (await import('#infra/app')).prepareAssets();
    await (await import('./synthesis')).benchSynthesis([1, 50, 200]);
  },
  import: async () => (await import('./siecle-import')).benchSiecleImport(),
  planning: async () => (await import('./planning')).benchPlanning(),
  sharing: async () => (await import('./sharing')).benchSharing(),
  homework: async () => (await import('./homework')).benchHomework(),
  attendance: async () => (await import('./attendance')).benchAttendance(),
  portal: async () => (await import('./portal')).benchPortal(),
  messaging: async () => (await import('./messaging')).benchMessaging(),
  sales: async () => (await import('./sales')).benchSales(),
  loans: async () => (await import('./loans')).benchLoans(),
  time: async () => (await import('./time')).benchTime(),
};
type Section = keyof typeof sections;
const isSection = (name: string): name is Section => Object.hasOwn(sections, name);

const only = process.argv[2];
if (only === undefined) {
  for (const section of Object.keys(sections)) {
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), section], {
      stdio: 'inherit',
    });
  }
} else if (isSection(only)) {
  await sections[only]();
} else {
  console.error(`No bench section ${only}: ${Object.keys(sections).join(', ')}`);
  process.exitCode = 2;
}
