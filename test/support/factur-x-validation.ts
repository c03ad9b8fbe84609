import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SaxonJS from 'saxon-js';
import { validateXML } from 'xmllint-wasm';

/**
 * The official Factur-X 1.09 checks, run on an invoice's XML: the EN16931 profile's XSD (with xmllint-wasm), and
 * the business rules, which ship as XSLT 2.0 (Schematron compiled): xslt3 compiles each to a SEF once (about 30 s;
 * kept in the temp folder under the stylesheet's hash, so later runs reuse it) and saxon-js runs it.
 */
export const standardsFolder = resolve('test/standards/factur-x-1.09');

export const xsdProblems = async (xml: string) => {
  const preload = readdirSync(standardsFolder)
    .filter((name) => name.endsWith('.xsd') && name !== 'Factur-X_EN16931.xsd')
    .map((name) => ({ fileName: name, contents: readFileSync(join(standardsFolder, name), 'utf8') }));
  const result = await validateXML({
    xml: [{ fileName: 'factur-x.xml', contents: xml }],
    schema: [
      {
        fileName: 'Factur-X_EN16931.xsd',
        contents: readFileSync(join(standardsFolder, 'Factur-X_EN16931.xsd'), 'utf8'),
      },
    ],
    preload,
  });
  return result.errors.map((error) => error.rawMessage);
};

const compiled = (stylesheet: string) => {
  const source = join(standardsFolder, stylesheet);
  const hash = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 16);
  const folder = join(tmpdir(), 'preau-factur-x-sef');
  const sef = join(folder, `${hash}.sef.json`);
  if (!existsSync(sef)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${sef}.${process.pid}.part`;
    execFileSync(
      resolve('node_modules/.bin/xslt3'),
      [`-xsl:${source}`, `-export:${partial}`, '-nogo', '-relocate:on'],
      {
        stdio: 'ignore',
      },
    );
    renameSync(partial, sef);
  }
  // The EN16931 rules read their code lists from a file beside the stylesheet.
  for (const name of readdirSync(standardsFolder).filter((file) => file.endsWith('_codedb.xml'))) {
    if (!existsSync(join(folder, name))) copyFileSync(join(standardsFolder, name), join(folder, name));
  }
  return sef;
};

export interface FailedRule {
  id: string;
  flag: string;
  text: string;
}

/** The rules the document breaks: each `svrl:failed-assert` of the stylesheet's report. */
export const failedRules = (xml: string, stylesheet: string): FailedRule[] => {
  const result = SaxonJS.transform(
    { stylesheetFileName: compiled(stylesheet), sourceText: xml, destination: 'serialized' },
    'sync',
  ) as { principalResult: string };
  const report = result.principalResult;
  return [...report.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)].map(
    (match) => ({
      id: /\bid="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? '',
      flag: /\bflag="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? '',
      text: (match[2] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    }),
  );
};

export const en16931Rules = 'Factur-X_1.09_EN16931.xsl';
export const frenchRules = 'BR-FR-Flux2-Schematron-CII.xslt';
