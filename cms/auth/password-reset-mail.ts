import type { PayloadRequest } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { adminOrigin } from './invitation.js';

/**
 * "Glömt lösenord?": Payload's own reset e-mail is English only. Värna's says it in Swedish (the editors'
 * language) with English below, like the invitation, and links to the same reset view. No personal data
 * in it beyond the address it goes to (no name: nothing to escape but the link, which URL encodes).
 */
export const passwordResetSubject = () => 'Värna: välj ett nytt lösenord / Choose a new password';

export function passwordResetHtml(args?: { req?: PayloadRequest; token?: string }): string {
  const { req, token } = args ?? {};
  if (!req || !token) throw new Error('A password reset mail needs its request and token.');
  const link = new URL(
    formatAdminURL({
      adminRoute: req.payload.config.routes.admin,
      path: `${req.payload.config.admin.routes.reset}/${token}`,
      serverURL: adminOrigin(req),
    }),
  ).href;
  return [
    '<p>Hej,</p>',
    '<p>Någon (förhoppningsvis du) har bett om ett nytt lösenord till ditt konto i Värna, Botkyrka kommuns redaktörsgränssnitt.',
    ` Välj ett nytt lösenord här: <a href="${link}">${link}</a></p>`,
    '<p>Länken gäller i en timme och kan användas en gång. Har du inte bett om detta kan du bortse från meddelandet: ditt lösenord är oförändrat.</p>',
    '<hr>',
    '<p lang="en">Someone (hopefully you) asked for a new password for your Värna account. Choose one at the link above',
    ' (valid for an hour, once). If it was not you, ignore this message: your password is unchanged.</p>',
  ].join('');
}
