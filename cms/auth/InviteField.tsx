'use client';

import { useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui';
import React, { useId } from 'react';
import { inLanguage, text } from '../i18n/labels.js';

const words = {
  invite: text(
    'Skicka en inbjudan i stället för att välja lösenord',
    'Send an invitation instead of choosing a password',
  ),
  hint: text(
    'Användaren får ett e-postmeddelande med en länk där hen väljer sitt lösenord (länken gäller i 7 dagar). Lösenordsfälten fylls med ett slumpat lösenord som ingen får veta.',
    'The user gets an e-mail with a link to choose their password (valid for 7 days). The password fields are filled with a random password nobody is told.',
  ),
};

/** A random password for the form's own checks; the server replaces it with one of its own (cms/auth/invitation.ts). */
function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}

/**
 * The new user form's "send an invitation" (users' virtual `invite` field): Payload's form asks for a
 * password on create, so choosing the invitation fills both password fields for it; the server then
 * invites (cms/auth/invitation.ts). Not shown on an existing user.
 */
export function InviteField({ path }: { path: string }) {
  const { id } = useDocumentInfo();
  const { i18n } = useTranslation();
  const { value, setValue } = useField<boolean>({ path });
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields);
  const hintId = useId();
  if (id) return null;
  const say = (message: { sv: string; en: string }) => inLanguage(message, i18n.language);
  function choose(invite: boolean) {
    setValue(invite);
    const password = invite ? randomPassword() : '';
    for (const field of ['password', 'confirm-password'])
      dispatch({ type: 'UPDATE', path: field, value: password, valid: invite, errorMessage: undefined });
  }
  return (
    <div className="field-type checkbox" style={{ marginBottom: 'var(--base)' }} data-invite-field>
      <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <input
          type="checkbox"
          checked={value === true}
          aria-describedby={hintId}
          onChange={(event) => choose(event.target.checked)}
        />
        {say(words.invite)}
      </label>
      <p id={hintId} className="field-description">
        {say(words.hint)}
      </p>
    </div>
  );
}
