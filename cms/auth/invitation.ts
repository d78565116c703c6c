import { randomBytes } from 'node:crypto';
import type {
  CollectionBeforeOperationHook,
  CollectionAfterChangeHook,
  Payload,
  PayloadRequest,
  TaskConfig,
} from 'payload';
import { formatAdminURL } from 'payload/shared';
import { cmsSettings } from '../settings.js';

/**
 * Invitations: an admin who creates a CMS user without choosing a password invites them instead. The new
 * account gets a random password nobody knows, and a queued Payload job (`sendInvitation`, retried like
 * the stale reminders) mails the person a link to Payload's own reset-password view, where they choose
 * their password. The job, not the save, sends: a mail server that is down delays the invitation and
 * never fails the admin's save, and the job's retries are the CMS's outbox (its mail goes through
 * Payload's e-mail adapter, cms/mail.ts, not the register's DynamoDB outbox, which is for the API's mail).
 */

/** How long an invitation's link works: a week, where a reset link works an hour (Payload's default). */
export const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITATION_VALID_DAYS = INVITATION_VALID_MS / (24 * 60 * 60 * 1000);

/** Where the invited person opens the link: the CMS's public address, else the address the admin used. */
export function adminOrigin(req: PayloadRequest): string {
  const configured = cmsSettings.serverUrl();
  if (configured) return configured;
  const host = req.headers?.get('host');
  if (host && req.url) {
    try {
      return `${new URL(req.url).protocol}//${host}`;
    } catch {
      // a Local API request has no address of its own
    }
  }
  // `npm run dev`'s admin (functions/local): a Local API call or the CLI has no request to take it from.
  return 'http://127.0.0.1:3000';
}

/** The invitation, in Swedish (the editors' language) with English below, as the register's mail has it. */
export function invitationMail(user: { email: string; name?: string | null }, link: string) {
  const greeting = user.name ? `Hej ${user.name},` : 'Hej,';
  return {
    subject: 'Välkommen till Värna – välj ditt lösenord / Choose your password',
    text: [
      greeting,
      '',
      'Du har fått ett konto i Värna, Botkyrka kommuns redaktörsgränssnitt för stöd, föreningsregister och utbildningar.',
      'Välj ditt lösenord genom att öppna länken nedan. Därefter loggar du in med din e-postadress och lösenordet.',
      '',
      link,
      '',
      `Länken gäller i ${INVITATION_VALID_DAYS} dagar och kan användas en gång. Har den slutat gälla ber du en administratör om en ny inbjudan, eller väljer "Glömt lösenord?" på inloggningssidan.`,
      '',
      '—',
      '',
      'You have been given an account in Värna, Botkyrka municipality’s editorial admin.',
      `Choose your password at the link above (valid for ${INVITATION_VALID_DAYS} days, once), then sign in with your e-mail address.`,
    ].join('\n'),
  };
}

/**
 * Sends one invitation: a fresh reset token through Payload's forgotPassword operation (its mail turned
 * off: the invitation is its own), valid for a week, and the mail with its link. A retry after a failed
 * send makes a new token; the earlier one was never mailed.
 */
export async function sendInvitation(payload: Payload, userId: number | string, origin: string): Promise<string> {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true });
  const token = await payload.forgotPassword({
    collection: 'users',
    data: { email: user.email },
    disableEmail: true,
    expiration: INVITATION_VALID_MS,
    overrideAccess: true,
  });
  if (!token) throw new Error(`No user ${userId} to invite.`);
  const link = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `${payload.config.admin.routes.reset}/${token}`,
    serverURL: origin,
  });
  await payload.sendEmail({ to: user.email, ...invitationMail(user, link) });
  return user.email;
}

export const sendInvitationTask: TaskConfig<{
  input: { user: string; origin: string };
  output: { sentTo: string };
}> = {
  slug: 'sendInvitation',
  label: 'Send an invitation to a new CMS user',
  inputSchema: [
    { name: 'user', type: 'text', required: true },
    { name: 'origin', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sentTo', type: 'text', required: true }],
  // 1, 2, 4, 8 minutes: a mail server that is down for a while delays the invitation, and never loses it.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({
    output: { sentTo: await sendInvitation(req.payload, input.user, input.origin) },
  }),
};

/** Marks, on the request, that this create invites: nobody chose a password. */
const INVITES = 'varnaInvites';

/**
 * A user created without a password, or with `invite` (the admin form's choice, cms/auth/InviteField.tsx,
 * which fills the form's password fields for its own checks), gets a random password of the server's
 * (never shown, never mailed) and an invitation.
 */
export const inviteWithoutPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args;
  const data = (args as { data?: { password?: unknown; invite?: unknown } }).data;
  if (!data) return args;
  const chosen = typeof data.password === 'string' && data.password !== '';
  if (chosen && data.invite !== true) return args;
  data.password = randomBytes(32).toString('base64url');
  req.context[INVITES] = true;
  return args;
};

/** After the invited user is saved: queues their invitation (sent by the job runner, retried). */
export const queueInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context[INVITES] !== true) return doc;
  delete req.context[INVITES];
  await req.payload.jobs.queue({
    task: 'sendInvitation',
    input: { user: String(doc.id), origin: adminOrigin(req) },
    queue: 'default',
    req,
  });
  return doc;
};
