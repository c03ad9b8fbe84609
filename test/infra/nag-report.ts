import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALIDATION_REPORT_FILE } from 'aws-cdk-lib/cx-api';

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

/**
 * What cdk-nag 3 still reports after acknowledgements, errors and warnings alike: it is a CDK validation plugin,
 * so its findings land in the cloud assembly's validation report rather than in annotations.
 */
export const unresolvedNagFindings = (outdir: string) => {
  const report: ValidationReport = JSON.parse(readFileSync(join(outdir, VALIDATION_REPORT_FILE), 'utf8'));
  return report.pluginReports
    .filter(({ pluginName }) => pluginName === 'AwsSolutions')
    .flatMap(({ violations }) =>
      violations.map(({ ruleName, severity, violatingConstructs }) => ({
        rule: ruleName,
        severity,
        paths: violatingConstructs.map(({ constructPath }) => constructPath),
      })),
    );
};
