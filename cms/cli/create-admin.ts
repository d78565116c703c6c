/**
 * `npm run cms:create-admin -- --email ADDRESS [--name NAME] [--municipality SLUG | --regional]`: creates a CMS admin,
 * e.g. the first one of a deployed stage (`npx sst shell --stage production -- npm run cms:create-admin -- --email …`):
 * an admin of one municipality (issue 32; without --municipality the deployment's default one), or with --regional a
 * regional admin of every municipality (who creates the municipalities and their admins). The
 * password is read from standard input (a prompt that does not echo on a terminal), never from the
 * command line, where it would stay in the shell's history and the process list.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadPayload, runCli } from './environment.js';
import { defaultMunicipality, municipalityBySlug } from '../tenancy/municipality.js';

class UsageError extends Error {}

const MIN_PASSWORD_LENGTH = 12;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? '';
  }
  const prompt = 'Password (at least 12 characters): ';
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing of what is typed after the prompt.
  (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
    if (text.startsWith(prompt)) process.stdout.write(prompt);
  };
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      municipality: { type: 'string' },
      regional: { type: 'boolean' },
    },
  });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new UsageError(
      'Usage: npm run cms:create-admin -- --email ADDRESS [--name NAME] [--municipality SLUG | --regional]  (the password is read from standard input)',
    );
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new UsageError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  const payload = await loadPayload();
  try {
    const existing = await payload.count({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    });
    if (existing.totalDocs > 0) throw new UsageError(`A CMS user ${email} already exists; nothing was changed.`);
    const municipality = values.municipality
      ? await municipalityBySlug(payload, values.municipality)
      : await defaultMunicipality(payload);
    if (!municipality)
      throw new UsageError(`No municipality ${values.municipality ?? '(default)'} in the CMS; nothing was changed.`);
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email,
        password,
        name: values.name ?? email,
        roles: values.regional ? ['regional-admin', 'admin', 'editor'] : ['admin', 'editor'],
        tenants: [{ tenant: municipality.id }],
      },
    });
    console.log(
      values.regional
        ? `Created the regional CMS admin ${email} (every municipality).`
        : `Created the CMS admin ${email}. Municipality: ${municipality.slug}.`,
    );
  } finally {
    await payload.destroy();
  }
}

runCli(main);
