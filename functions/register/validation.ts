import organisationsnummerModule from 'organisationsnummer';
import { z } from 'zod';
import { email, languageCode, phone } from '../read-model/documents/fields.js';
import { badUserInput } from '../server/errors.js';
import { rules } from './rules.js';

// The package's types describe an ES module, while the CommonJS build Node loads exports the class itself.
const Organisationsnummer = organisationsnummerModule as unknown as typeof organisationsnummerModule.default;

/**
 * Input rules of the register's mutations. A breach is BAD_USER_INPUT naming the input path
 * (`input.organisationNumber`), checked before anything is read or written.
 */

const text = (min: number, max: number) => z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https:// address' }).max(2000);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a district slug such as "alby"');

export const organisationNumber = z
  .string()
  .trim()
  .regex(/^\d{6}-?\d{4}$/, 'must be a Swedish organisation number, NNNNNN-NNNN')
  .refine((value) => Organisationsnummer.valid(value), 'has an invalid check digit')
  .transform((value) => `${value.replace('-', '').slice(0, 6)}-${value.replace('-', '').slice(6)}`);

const contactPerson = z.object({ name: text(2, 120), email: email, phone: phone.nullish() });
const idempotencyKey = z.string().regex(/^[A-Za-z0-9_.:-]{8,100}$/, 'must be 8–100 letters, digits or _.:-');

export const registerAssociationInput = z.object({
  name: text(2, 120),
  organisationNumber,
  description: text(0, 2000).nullish(),
  districts: z.array(slug).min(1, 'must name at least one district').max(20).transform((values) => [...new Set(values)]),
  email: email.nullish(),
  website: httpsUrl.nullish(),
  contactPerson,
  idempotencyKey,
});

export const updateAssociationInput = z.object({
  name: text(2, 120).nullish(),
  description: text(0, 2000).nullish(),
  districts: z.array(slug).min(1, 'must name at least one district').max(20).transform((values) => [...new Set(values)]).nullish(),
  email: email.nullish(),
  website: httpsUrl.nullish(),
  contactPerson: contactPerson.nullish(),
});

export const submitActivityInput = (now: Date) =>
  z
    .object({
      title: text(3, 120),
      description: text(0, 4000).nullish(),
      startsAt: z.string().refine((value) => Date.parse(value) >= now.getTime(), 'must not be in the past'),
      endsAt: z.string(),
      location: z.object({ name: text(2, 200), address: text(0, 300).nullish() }).nullish(),
      district: slug,
      targetGroups: z.array(z.string()).min(1, 'must name at least one target group').transform((values) => [...new Set(values)]),
      languages: z.array(languageCode).max(10).nullish(),
      registrationUrl: httpsUrl.nullish(),
      idempotencyKey,
    })
    .superRefine((input, context) => {
      const duration = Date.parse(input.endsAt) - Date.parse(input.startsAt);
      if (!(duration > 0)) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
      else if (duration > rules.maxActivityDurationMs) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be at most 14 days after startsAt' });
    });

export const moderationReason = text(3, 1000);

/** Parses `value` with `schema`; the first breach becomes BAD_USER_INPUT on `prefix.path`. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  // The same path notation graphql-js uses for its own input errors: input.languages[0].
  const field = issue!.path.reduce<string>((path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${String(segment)}` : String(segment)), prefix);
  throw badUserInput(field, `${field} ${issue!.message}`);
}
