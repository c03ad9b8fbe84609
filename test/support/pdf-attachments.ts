import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The files a PDF embeds (a Factur-X's `factur-x.xml`), by name, as pdfjs reads them. */
export const pdfAttachments = async (pdf: Uint8Array): Promise<Map<string, Uint8Array>> => {
  const document = await getDocument({ data: pdf.slice() }).promise;
  const attachments = ((await document.getAttachments()) ?? {}) as Record<
    string,
    { filename: string; content: Uint8Array }
  >;
  return new Map(Object.values(attachments).map((file) => [file.filename, file.content]));
};
