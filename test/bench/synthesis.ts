import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writeFigures } from './figures';

const script = resolve(import.meta.dirname, 'synth-schools.ts');

/** Each count is synthesized in a fresh process, as `cdk synth` runs: nothing is warm from the previous count. */
export const benchSynthesis = async (counts: readonly number[]) => {
  console.log('\nSynthesis of the authority stack and N school stacks (bundles already built)');
  const rows = counts.map((count) => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, String(count)], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const { stacks, milliseconds } = JSON.parse(output.toString().trim().split('\n').pop() as string);
    return { schools: count, stacks, seconds: (milliseconds / 1000).toFixed(1) };
  });
  console.table(rows);
  const largest = rows.at(-1);
  if (largest) console.log(`${largest.schools} schools in ${largest.seconds} s (target: under 60 s)`);
  await writeFigures(
    'synth',
    rows.map(({ schools, seconds }) => ({
      figure: `synthesis of ${schools} school stack(s) and the authority's`,
      value: Number(seconds),
      unit: 's',
      target: schools === largest?.schools ? '< 60' : null,
    })),
  );
};
