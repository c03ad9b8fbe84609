import Courier from 'pdfkit/standard-fonts/Courier';
import CourierBold from 'pdfkit/standard-fonts/CourierBold';
import type {
  ActivationBatchContext,
  ActivationLetter,
  LetterAccount,
} from '#domain/identity/activation-letter';
import { passwordPolicy } from '#domain/identity/password-policy';
import { foldForComparison } from '#domain/shared/text';
import {
  bytesOf,
  PDFDocument,
  type PdfDocument,
  registerStdFonts,
} from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';
import { activationLinkOf, qrModulesOf } from './activation-qr-code';
import { longDateFr, longDayFr } from './french-dates';
import { profileLabelsFr } from './profile-labels-fr';

// Usernames and codes print in Courier, where 0 and O, 1 and l differ at a glance.
registerStdFonts(Courier, CourierBold);

interface TextStyle {
  font: 'Helvetica' | 'Helvetica-Bold' | 'Courier' | 'Courier-Bold';
  size: number;
  color?: string;
}

const styles = {
  school: { font: 'Helvetica-Bold', size: 16 },
  title: { font: 'Helvetica-Bold', size: 13 },
  body: { font: 'Helvetica', size: 10.5 },
  addressees: { font: 'Helvetica-Bold', size: 10.5 },
  name: { font: 'Helvetica-Bold', size: 12 },
  detail: { font: 'Helvetica', size: 10, color: '#444444' },
  label: { font: 'Helvetica', size: 10 },
  username: { font: 'Courier', size: 12 },
  code: { font: 'Courier-Bold', size: 16 },
} satisfies Record<string, TextStyle>;

/** 2 cm, a usual letter margin. */
const margin = 57;
const paragraph = { lineGap: 1.5, paragraphGap: 6 };
const labelWidth = 130;
/**
 * Room for one account's block, its QR code beside it; a block that would not fit goes to the next page whole. A
 * family of two guardians and three children fits on one page with its signature (test/unit/identity).
 */
const accountBlockHeight = 74;
/** 2 cm: a phone reads it from a desk. */
const qrSize = 56;
/** White above the QR code, under the rule that opens the block: a reader needs a quiet zone to find it. */
const qrMargin = 10;
/** Room for the signature block: the signatory's title and name. */
const signatureHeight = 48;

/**
 * The letters of a batch as one PDF for printing: one letter per family, each starting on its own page, that tells
 * the family how to activate their accounts and gives each person's username and one-time code.
 */
export const renderActivationLettersPdf = async (
  letters: ActivationLetter[],
  context: ActivationBatchContext,
): Promise<Uint8Array> => {
  const document = new PDFDocument({
    size: 'A4',
    margin,
    compress: true,
    autoFirstPage: false,
    lang: 'fr-FR',
    displayTitle: true,
    info: { Title: `Codes d’activation – ${context.schoolName}`, Author: 'Préau' },
  });
  const bytes = bytesOf(document);
  for (const letter of letters) writeLetter(document, letter, context);
  document.end();
  return bytes;
};

const writeLetter = (document: PdfDocument, letter: ActivationLetter, context: ActivationBatchContext) => {
  document.addPage();
  writeHeading(document, letter, context);
  writeInstructions(document, context);
  for (const account of letter.accounts) writeAccount(document, account, context);
  writeSignature(document, context);
};

const writeHeading = (document: PdfDocument, letter: ActivationLetter, context: ActivationBatchContext) => {
  write(document, styles.school, context.schoolName);
  for (const line of context.schoolAddress ?? []) write(document, styles.body, line);
  document.moveDown(0.5);
  write(document, styles.body, `Le ${longDateFr(context.createdAt, context.timeZone)}`, { align: 'right' });
  document.moveDown(1);
  write(document, styles.addressees, attentionOf(letter.addressees));
  document.moveDown(1);
  write(document, styles.title, 'Vos codes d’activation');
  document.moveDown(0.5);
};

/** French elides "de" before a vowel: "À l’attention d’Élodie Lefèvre". */
const attentionOf = (addressees: string[]) => {
  const names = addressees.join(', ');
  return /^[aeiouyh]/.test(foldForComparison(names))
    ? `À l’attention d’${names}`
    : `À l’attention de ${names}`;
};

const writeInstructions = (document: PdfDocument, context: ActivationBatchContext) => {
  const lastDay = longDayFr(context.validUntil);
  write(
    document,
    styles.body,
    `${context.schoolName} utilise Préau, sa plateforme en ligne. Chaque personne citée ci-dessous a son propre ` +
      'compte, à activer une seule fois. Pour activer un compte\u00a0:',
    paragraph,
  );
  writeSteps(document, [
    // No full stop after the address: someone would type it.
    `Scannez son code QR ou rendez-vous sur ${context.activationUrl}`,
    'Saisissez le code d’activation de la personne, si la page ne l’affiche pas déjà.',
    `Choisissez un mot de passe d’au moins ${passwordPolicy.minLength} caractères, avec une majuscule, une ` +
      'minuscule, un chiffre et un symbole (par exemple ! ? # ou %).',
  ]);
  write(
    document,
    styles.body,
    'La personne se connecte ensuite avec son identifiant et ce mot de passe.',
    paragraph,
  );
  write(
    document,
    styles.body,
    `Chaque code ne fonctionne qu’une seule fois, jusqu’au ${lastDay} inclus.`,
    paragraph,
  );
  write(
    document,
    styles.body,
    'Conservez cette lettre en lieu sûr et ne communiquez les codes à personne. En cas de perte, ' +
      'l’établissement peut vous remettre un nouveau code.',
    paragraph,
  );
  document.moveDown(0.5);
};

const writeSteps = (document: PdfDocument, steps: string[]) => {
  applyStyle(document, styles.body).list(steps.map(toWinAnsi), {
    listType: 'numbered',
    ...paragraph,
    paragraphGap: 3,
  });
  document.moveDown(0.5);
};

const writeAccount = (document: PdfDocument, account: LetterAccount, context: ActivationBatchContext) => {
  if (document.y + accountBlockHeight > document.page.maxY()) document.addPage();
  const left = document.page.margins.left;
  const right = document.page.width - document.page.margins.right;
  const top = document.y + 4;
  document.moveTo(left, top).lineTo(right, top).lineWidth(0.5).strokeColor('#999999').stroke();
  drawQrCode(document, activationLinkOf(context.activationUrl, account.code), right - qrSize, top + qrMargin);
  // The name, then who the person is, on one line: « Benali Yanis   élève · 6e B ».
  const name = `${account.lastName} ${account.firstName}`;
  const baseline = top + 6 + styles.name.size;
  const onBaseline = { baseline: 'alphabetic', lineBreak: false } as const;
  write(document, styles.name, name, onBaseline, { x: left, y: baseline });
  const nameWidth = applyStyle(document, styles.name).widthOfString(toWinAnsi(name));
  const profile = [profileLabelsFr[account.profile], account.classLabel].filter(Boolean).join(' · ');
  write(document, styles.detail, profile, onBaseline, { x: left + nameWidth + 10, y: baseline });
  document.x = left;
  document.y = baseline + 6;
  writeField(document, 'Identifiant', styles.username, account.username);
  writeField(document, 'Code d’activation', styles.code, account.code);
  document.y = Math.max(document.y, top + qrMargin + qrSize + 4);
};

/** The account's link as a QR code, drawn as vector squares: sharp at any printer's resolution. */
const drawQrCode = (document: PdfDocument, link: string, x: number, y: number) => {
  const { size, isDark } = qrModulesOf(link);
  const module = qrSize / size;
  document.save();
  for (let row = 0; row < size; row += 1)
    for (let column = 0; column < size; column += 1)
      if (isDark(row, column)) document.rect(x + column * module, y + row * module, module, module);
  document.fillColor('black').fill();
  document.restore();
};

/** The school's signatory closes the letter, on its last page, below the last account. */
const writeSignature = (document: PdfDocument, { signatory }: ActivationBatchContext) => {
  if (!signatory) return;
  if (document.y + signatureHeight > document.page.maxY()) document.addPage();
  const left = document.page.margins.left;
  const column = { x: left + (document.page.width - left - document.page.margins.right) / 2 };
  document.moveDown(1);
  write(document, styles.body, `${signatory.title},`, {}, { x: column.x, y: document.y });
  write(document, styles.addressees, signatory.name, {}, { x: column.x, y: document.y });
  document.x = left;
};

/** A label and its value on one baseline, so that a large code lines up with its small label. */
const writeField = (document: PdfDocument, label: string, valueStyle: TextStyle, value: string) => {
  const left = document.page.margins.left;
  const baseline = document.y + valueStyle.size;
  const onBaseline = { baseline: 'alphabetic', lineBreak: false } as const;
  write(document, styles.label, label, onBaseline, { x: left, y: baseline });
  write(document, valueStyle, value, onBaseline, { x: left + labelWidth, y: baseline });
  document.x = left;
  document.y = baseline + 6;
};

/** Every text goes through `toWinAnsi`: the standard fonts garble any character outside it. */
const write = (
  document: PdfDocument,
  style: TextStyle,
  text: string,
  options: PDFKit.Mixins.TextOptions = {},
  at?: { x: number; y: number },
) => {
  const styled = applyStyle(document, style);
  // pdfkit takes a missing x as the options, so the two forms of the call stay apart.
  if (at) styled.text(toWinAnsi(text), at.x, at.y, options);
  else styled.text(toWinAnsi(text), options);
};

const applyStyle = (document: PdfDocument, { font, size, color = 'black' }: TextStyle) =>
  document.font(font).fontSize(size).fillColor(color);
