import * as z from 'zod/mini';
import { type ProjectKind, projectKinds } from '#domain/planning/project';
import { text } from '#domain/shared/text-input';

/**
 * A request form the school defines (« Besoins techniques du récital d'examen »): the questions it asks, and the
 * kinds of projects it serves. People submit it for a project they take part in; the team in charge follows it.
 */
export const fieldKinds = ['text', 'long-text', 'number', 'date', 'yes-no', 'choice', 'choices'] as const;
export type FieldKind = (typeof fieldKinds)[number];

export const formStatuses = ['open', 'closed'] as const;
export type FormStatus = (typeof formStatuses)[number];

const offersOptions = (kind: FieldKind) => kind === 'choice' || kind === 'choices';

const optionsSchema = z.array(text(80)).check(
  z.minLength(2, 'must offer at least 2 options'),
  z.maxLength(30, 'must offer at most 30 options'),
  z.refine((options) => new Set(options).size === options.length, 'offers the same option twice'),
);

export const formFieldSchema = z
  .strictObject({
    id: z
      .string()
      .check(z.regex(/^[a-z0-9-]{1,40}$/, 'must be 1 to 40 lowercase letters, digits or hyphens')),
    label: text(200),
    kind: z.enum(fieldKinds, `must be one of ${fieldKinds.join(', ')}`),
    required: z._default(z.boolean('must be true or false'), false),
    options: z.optional(optionsSchema),
    help: z.optional(text(300)),
  })
  .check(
    z.refine((field) => !offersOptions(field.kind) || field.options !== undefined, {
      message: 'are required for a choice',
      path: ['options'],
    }),
    z.refine((field) => offersOptions(field.kind) || field.options === undefined, {
      message: 'are for choice and choices fields only',
      path: ['options'],
    }),
  );

export type FormField = z.output<typeof formFieldSchema>;

const fieldsSchema = z.array(formFieldSchema).check(
  z.minLength(1, 'must hold at least one field'),
  z.maxLength(40, 'must hold at most 40 fields'),
  z.superRefine((fields, context) => {
    const seen = new Set<string>();
    fields.forEach((field, index) => {
      if (seen.has(field.id)) {
        context.issues.push({
          code: 'custom',
          message: 'is the id of another field of this form',
          path: [index, 'id'],
          input: field.id,
        });
      }
      seen.add(field.id);
    });
  }),
);

const formShape = {
  title: text(160),
  description: z._default(
    z.string().check(z.trim(), z.maxLength(2000, 'must be at most 2000 characters')),
    '',
  ),
  /** Empty: the form serves every kind of project. */
  projectKinds: z._default(
    z
      .array(z.enum(projectKinds, `must be one of ${projectKinds.join(', ')}`))
      .check(z.refine((kinds) => new Set(kinds).size === kinds.length, 'names a kind twice')),
    [],
  ),
  fields: fieldsSchema,
};

export const newFormSchema = z.strictObject({
  ...formShape,
  status: z._default(z.enum(formStatuses, 'must be open or closed'), 'open'),
});

export type NewForm = z.output<typeof newFormSchema>;

export const formRevisionSchema = z.strictObject({
  ...formShape,
  status: z.enum(formStatuses, 'must be open or closed'),
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});

export type FormRevision = z.output<typeof formRevisionSchema>;

export interface RequestForm {
  id: string;
  title: string;
  description: string;
  projectKinds: ProjectKind[];
  fields: FormField[];
  status: FormStatus;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Whether a form serves a kind of project: a form naming no kind serves all. */
export const servesKind = (form: Pick<RequestForm, 'projectKinds'>, kind: ProjectKind) =>
  form.projectKinds.length === 0 || form.projectKinds.includes(kind);
