import { z } from 'zod';

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** A language and a region, such as fr-FR: the region sets date and number formats. */
const isLocale = (locale: string) => {
  try {
    return /^[a-z]{2,3}-[A-Z]{2}$/.test(locale) && Intl.getCanonicalLocales(locale)[0] === locale;
  } catch {
    return false;
  }
};

/** A school id becomes part of stack names, domain names and resource names: one DNS label, kept short. */
export const schoolIdSchema = z
  .string()
  .regex(
    /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$/,
    'must be 2 to 40 lowercase letters, digits or single hyphens, start with a letter and not end with a hyphen',
  );

export const tenantSchema = z
  .object({
    id: schoolIdSchema,
    displayName: z.string().trim().min(1, 'must not be empty').max(120),
    kind: z.enum(['school', 'conservatoire']),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris'),
    locale: z.string().refine(isLocale, 'must be a canonical locale such as fr-FR'),
    /**
     * The establishment's UAI (7 digits and a letter, as the Éducation nationale numbers it): imports of SIECLE and
     * STSWEB files of another UAI are refused. Optional for now; `npm run add-school` requires it.
     */
    uai: z
      .string()
      .regex(/^\d{7}[A-Z]$/, 'must be a UAI: 7 digits and a capital letter, such as 0750001A')
      .optional(),
    /** The postal address the school's letters are headed with, one line each: street, then postcode and town. */
    address: z.array(z.string().trim().min(1).max(120)).min(1).max(5).optional(),
    /** Who signs the school's letters, such as the head of the school: their name and their title. */
    signatory: z
      .object({ name: z.string().trim().min(1).max(120), title: z.string().trim().min(1).max(120) })
      .strict()
      .optional(),
    /**
     * The address the school's mails come from (the codes of forgotten passwords), an identity verified in SES;
     * without it, the authority's (context value `preau:mailFrom`).
     */
    mailFrom: z.email('must be an e-mail address such as ne-pas-repondre@ecole.fr').optional(),
    /**
     * Who issues the legal invoices of the school's sales (issue 18): an association or a private body issues them
     * in Préau, with its numbers; a collège or lycée (`eple`) in its state accounting software, a municipal
     * conservatoire (`municipal`) in its town's, so Préau makes drafts for them to export and records their number.
     */
    legalStatus: z.enum(['association', 'private', 'eple', 'municipal']).optional(),
    /** The school's legal identity as a seller, printed on its invoices and carried by their Factur-X and UBL. */
    seller: z
      .object({
        legalName: z.string().trim().min(1).max(200),
        siren: z.string().regex(/^\d{9}$/, 'must be a SIREN: 9 digits'),
        siret: z.string().regex(/^\d{14}$/, 'must be a SIRET: 14 digits'),
        vatNumber: z
          .string()
          .regex(/^FR[0-9A-Z]{2}\d{9}$/, 'must be a French VAT number such as FR40775678907')
          .optional(),
        iban: z
          .string()
          .regex(/^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$/, 'must be an IBAN without spaces')
          .optional(),
        bic: z
          .string()
          .regex(/^[A-Z]{6}[0-9A-Z]{2}([0-9A-Z]{3})?$/, 'must be a BIC of 8 or 11 characters')
          .optional(),
        email: z.email().optional(),
        /** The school opted to pay VAT on debits: its invoices say so. */
        vatOnDebits: z.boolean().optional(),
        /** The wording when it charges no VAT, such as « TVA non applicable, art. 293 B du CGI ». */
        vatExemptionNote: z.string().trim().min(1).max(200).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Tenant = z.infer<typeof tenantSchema>;

export const registrySchema = z
  .object({ schools: z.array(tenantSchema) })
  .strict()
  .superRefine(({ schools }, context) => {
    const seen = new Set<string>();
    schools.forEach((school, index) => {
      if (seen.has(school.id)) {
        context.addIssue({
          code: 'custom',
          path: ['schools', index, 'id'],
          message: `${school.id} is listed twice`,
        });
      }
      seen.add(school.id);
    });
  });

export type Registry = z.infer<typeof registrySchema>;
