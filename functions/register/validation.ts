// zod's tree-shakable build: the Lambda bundle carries only the checks used here.
import * as z from 'zod/mini';
import { formats } from '../domain/formats.js';
import { badUserInput } from '../domain/errors.js';
import swedishZodLocale from 'zod/v4/locales/sv.js';
import { rules } from './rules.js';
import { digitsOf, organisationNumberProblem } from './organisation-number.js';

/**
 * Input rules of the register's mutations. A breach is BAD_USER_INPUT naming the input path
 * (`input.organisationNumber`), checked before anything is read or written.
 */

const text = (min: number, max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(min, `must be at least ${min} characters`),
      z.maxLength(max, `must be at most ${max} characters`),
    );
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).check(z.maxLength(2000));
const email = z.email({ error: 'must be an e-mail address' }).check(z.maxLength(320));
const phone = z.string().check(z.regex(formats.phone.pattern, formats.phone.message));
const slug = z.string().check(z.regex(formats.slug.pattern, 'must be a district slug such as "alby"'));
const languageCode = z.string().check(z.regex(formats.languageCode.pattern, formats.languageCode.message));
const districts = z.pipe(
  z.array(slug).check(z.minLength(1, 'must name at least one district'), z.maxLength(20)),
  z.transform((values: string[]) => [...new Set(values)]),
);

/**
 * An association's organisation number (organisation-number.ts says what is refused and why), stored as
 * NNNNNN-NNNN.
 */
export const organisationNumber = z.pipe(
  z.string().check(
    z.trim(),
    z.superRefine((value, context) => {
      const problem = organisationNumberProblem(value);
      if (problem) context.issues.push({ code: 'custom', message: problem, input: value });
    }),
  ),
  z.transform((value: string) => {
    const digits = digitsOf(value)!;
    return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  }),
);

const contactPerson = z.object({ name: text(2, 120), email, phone: z.nullish(phone) });
const idempotencyKey = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{8,100}$/, 'must be 8–100 letters, digits or _.:-'));

export const registerAssociationInput = z.object({
  name: text(2, 120),
  organisationNumber,
  description: z.nullish(text(0, 2000)),
  districts,
  email: z.nullish(email),
  website: z.nullish(httpsUrl),
  contactPerson,
  idempotencyKey,
});

export const updateAssociationInput = z.object({
  name: z.nullish(text(2, 120)),
  description: z.nullish(text(0, 2000)),
  districts: z.nullish(districts),
  email: z.nullish(email),
  website: z.nullish(httpsUrl),
  contactPerson: z.nullish(contactPerson),
});

export const submitActivityInput = (now: Date) =>
  z
    .object({
      title: text(3, 120),
      description: z.nullish(text(0, 4000)),
      startsAt: z.string().check(z.refine((value) => Date.parse(value) >= now.getTime(), 'must not be in the past')),
      endsAt: z.string(),
      location: z.nullish(z.object({ name: text(2, 200), address: z.nullish(text(0, 300)) })),
      district: slug,
      targetGroups: z.pipe(
        z.array(z.string()).check(z.minLength(1, 'must name at least one target group')),
        z.transform((values: string[]) => [...new Set(values)]),
      ),
      languages: z.nullish(z.array(languageCode).check(z.maxLength(10))),
      registrationUrl: z.nullish(httpsUrl),
      idempotencyKey,
    })
    .check(
      z.superRefine((input, context) => {
        const duration = Date.parse(input.endsAt) - Date.parse(input.startsAt);
        if (!(duration > 0))
          context.issues.push({
            code: 'custom',
            path: ['endsAt'],
            message: 'must be after startsAt',
            input: input.endsAt,
          });
        else if (duration > rules.maxActivityDurationMs)
          context.issues.push({
            code: 'custom',
            path: ['endsAt'],
            message: 'must be at most 14 days after startsAt',
            input: input.endsAt,
          });
      }),
    );

export const moderationReason = text(3, 1000);

const swedishZod = swedishZodLocale();

/** The register's own rule messages (this file's, formats' and the organisation number's) in Swedish. */
const swedishRuleWords: Record<string, string> = {
  'must be an https:// address': 'måste vara en https://-adress',
  'must be an e-mail address': 'måste vara en e-postadress',
  [formats.phone.message]: 'måste vara ett telefonnummer',
  [formats.languageCode.message]: 'måste vara en ISO 639-1-kod som "sv"',
  'must be a district slug such as "alby"': 'måste vara en kommundels slug som "alby"',
  'must be 8–100 letters, digits or _.:-': 'måste vara 8–100 bokstäver, siffror eller _.:-',
  'must be after startsAt': 'måste vara efter startsAt',
  'must be at most 14 days after startsAt': 'får vara högst 14 dagar efter startsAt',
  'must be a Swedish organisation number, NNNNNN-NNNN': 'måste vara ett svenskt organisationsnummer, NNNNNN-NNNN',
  'has an invalid check digit': 'har en felaktig kontrollsiffra',
  "reads as a personnummer or samordningsnummer, a person's own number (as a sole trader's is): give the association's organisation number, whose third and fourth digits are 20 or more":
    'ser ut som ett personnummer eller samordningsnummer, en persons eget nummer (som en enskild firmas): ange föreningens organisationsnummer, vars tredje och fjärde siffror är 20 eller mer',
  "is not an association's organisation number: its third and fourth digits are 20 or more":
    'är inte en förenings organisationsnummer: dess tredje och fjärde siffror är 20 eller mer',
  'must be a Swedish organisation number, NNNNNN-NNNN (or 16NNNNNN-NNNN)':
    'måste vara ett svenskt organisationsnummer, NNNNNN-NNNN (eller 16NNNNNN-NNNN)',
};

/** `text`'s length rules in Swedish. */
function swedishLength(message: string): string | undefined {
  const [, bound, count] = /^must be at (least|most) (\d+) characters$/.exec(message) ?? [];
  if (!bound) return undefined;
  return bound === 'least' ? `måste ha minst ${count} tecken` : `får ha högst ${count} tecken`;
}

/** Parses `value` with `schema`; the first breach becomes BAD_USER_INPUT on `prefix.path`. */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown, prefix: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  // The same path notation graphql-js uses for its own input errors: input.languages[0].
  const field = issue!.path.reduce<string>(
    (path, segment) =>
      typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${String(segment)}` : String(segment),
    prefix,
  );
  // The same breach in Swedish: zod's Swedish words for its own checks, ours from swedishRuleWords.
  const swedish =
    schema.safeParse(value, { error: swedishZod.localeError }).error?.issues[0]?.message ?? issue!.message;
  return badUserInputOf(field, issue!.message, swedishRuleWords[swedish] ?? swedishLength(swedish) ?? swedish);
}

function badUserInputOf(field: string, english: string, swedish: string): never {
  throw badUserInput(field, { sv: `${field} ${swedish}`, en: `${field} ${english}` });
}
