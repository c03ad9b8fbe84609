import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  type PDFRef,
  PDFStream,
} from '@cantoo/pdf-lib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ciiXml, facturXPdf } from '#domain/sales/e-invoice';
import type { Invoice } from '#domain/sales/invoice';
import { renderInvoicePdf } from '#functions/sales/invoice-pdf/invoice-pdf';
import { embeddedFontsBundleOptions } from '#infra/build/bundle-functions';
import { en16931Rules, failedRules } from '../../support/factur-x-validation';
import { pdfPages } from '../../support/pdf-text';
import { creditNoteOf, issuedInvoice } from '../../support/sales-invoices';

/**
 * The Factur-X PDF is a PDF/A-3b (the profile EN 16931): what a PDF/A checker such as veraPDF looks at first, read
 * back from the file with pdf-lib. veraPDF itself (a Java application from its own site) cannot be installed here.
 */
const facturX = async (invoice: Invoice) => {
  const bytes = await facturXPdf(invoice, await renderInvoicePdf(invoice));
  return { bytes, pdf: await PDFDocument.load(bytes, { updateMetadata: false }) };
};

const streamText = (stream: PDFStream) =>
  new TextDecoder().decode(
    stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents(),
  );

const fontDescriptors = (pdf: PDFDocument) =>
  dictionaries(pdf)
    .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((descriptor) =>
      ['FontFile', 'FontFile2', 'FontFile3'].filter((key) => descriptor.has(PDFName.of(key))),
    );

const dictionaries = (pdf: PDFDocument) =>
  pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => (object instanceof PDFStream ? object.dict : object))
    .filter((object): object is PDFDict => object instanceof PDFDict);

const lookupDict = (pdf: PDFDocument, value: unknown) => pdf.context.lookup(value as PDFRef, PDFDict);

describe.each([
  ['an invoice', issuedInvoice({ kind: 'invoice' })],
  ['a credit note', creditNoteOf(issuedInvoice({ kind: 'invoice' }))],
])('the Factur-X PDF of %s', (_name, invoice) => {
  it('embeds every font it uses', async () => {
    const { pdf } = await facturX(invoice);
    const fonts = dictionaries(pdf).filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('Font'));
    const descriptors = fonts
      .map((font) => font.get(PDFName.of('FontDescriptor')))
      .filter((descriptor) => descriptor !== undefined)
      .map((descriptor) => lookupDict(pdf, descriptor));
    expect(fonts.length).toBeGreaterThan(0);
    // A Type0 font's descriptor is on its descendant; every simple font and every descendant has one.
    for (const font of fonts) {
      if (font.get(PDFName.of('Subtype')) === PDFName.of('Type0')) continue;
      expect(font.get(PDFName.of('FontDescriptor'))).toBeDefined();
    }
    for (const descriptor of descriptors) {
      const files = ['FontFile', 'FontFile2', 'FontFile3'].filter((key) => descriptor.has(PDFName.of(key)));
      expect(files).toHaveLength(1);
    }
  });

  it('has an sRGB output intent, PDF/A-3b and Factur-X EN 16931 metadata, and no encryption', async () => {
    const { pdf } = await facturX(invoice);
    const intents = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = lookupDict(pdf, intents.get(0));
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    const profile = pdf.context.lookup(intent.get(PDFName.of('DestOutputProfile')) as PDFRef, PDFStream);
    expect(profile.getContentsSize()).toBeGreaterThan(0);

    const xmp = streamText(pdf.catalog.lookup(PDFName.of('Metadata'), PDFStream));
    expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(xmp).toMatch(/<fx:ConformanceLevel>EN 16931<\/fx:ConformanceLevel>/);
    expect(xmp).toContain('urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#');
    expect(pdf.context.trailerInfo.Encrypt).toBeUndefined();
    expect(pdf.context.trailerInfo.ID).toBeDefined();
  });

  it('lists its factur-x.xml in the catalog’s /AF as Alternative, and that XML breaks no EN16931 rule', async () => {
    const { pdf } = await facturX(invoice);
    const associated = pdf.catalog.lookup(PDFName.of('AF'), PDFArray);
    const fileSpecs = associated.asArray().map((spec) => lookupDict(pdf, spec));
    const facturXSpec = fileSpecs.find((spec) =>
      spec.get(PDFName.of('F'))?.toString().includes('factur-x.xml'),
    );
    expect(facturXSpec?.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Alternative'));
    const embedded = lookupDict(pdf, facturXSpec?.get(PDFName.of('EF'))).get(PDFName.of('F'));
    const xml = streamText(pdf.context.lookup(embedded as PDFRef, PDFStream));
    expect(xml).toBe(await ciiXml(invoice));
    expect(failedRules(xml, en16931Rules)).toEqual([]);
  }, 180_000);

  it('still reads in French, with its typographic apostrophes', async () => {
    const { bytes } = await facturX(invoice);
    const text = (await pdfPages(bytes)).join(' ');
    expect(text).toContain(invoice.seller.legalName);
    expect(text).toContain('Pas d’escompte');
  });
});

describe('the invoice in the documents’ Lambda bundle', () => {
  let outdir: string;

  beforeAll(async () => {
    // Far from node_modules: the bundle carries fontkit and the font files.
    outdir = await mkdtemp(join(tmpdir(), 'preau-invoice-'));
  });

  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
  });

  it('prints with the fonts inside it, embedded, from one ESM file in a plain Node process', async () => {
    const entry = fileURLToPath(
      new URL('../../../functions/sales/invoice-pdf/invoice-pdf.ts', import.meta.url),
    );
    const bundle = join(outdir, 'index.mjs');
    await build({
      ...embeddedFontsBundleOptions,
      entryPoints: [entry],
      outfile: bundle,
      logLevel: 'warning',
    });
    const render =
      'const { renderInvoicePdf } = await import(process.argv[1]);' +
      'const pdf = await renderInvoicePdf(JSON.parse(process.argv[2]));' +
      'process.stdout.write(Buffer.from(pdf).toString("base64"));';
    const invoice = issuedInvoice({ kind: 'invoice' });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', render, bundle, JSON.stringify(invoice)],
      { cwd: outdir, maxBuffer: 16 * 1024 * 1024 },
    );
    const bytes = new Uint8Array(Buffer.from(stdout, 'base64'));
    const descriptors = fontDescriptors(await PDFDocument.load(bytes));
    expect(descriptors).toHaveLength(2);
    expect(descriptors).toEqual([['FontFile2'], ['FontFile2']]);
    expect((await pdfPages(bytes)).join(' ')).toContain(`Facture n° ${invoice.number}`);
  });
});
