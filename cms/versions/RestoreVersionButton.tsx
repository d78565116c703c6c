'use client';

import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useLocale,
  useModal,
  useRouteTransition,
  useTranslation,
} from '@payloadcms/ui';
import { useRouter } from 'next/navigation.js';
import { formatAdminURL } from 'payload/shared';
import React, { useState } from 'react';
import { restoreDialogWords, type RestorePlan, type RestoreScope } from './restore-words.js';

const modalSlug = 'restore-version';

/**
 * "Restore this version": a dialog that asks whether to restore the language being edited (the default)
 * or all languages, says which languages change and when the version was written (Stockholm time), and
 * restores through the collection's endpoint (cms/versions/restore-as-draft.ts) as a new draft.
 */
export function RestoreVersionButton({
  className,
  collectionSlug,
  originalDocID,
  versionID,
  plan,
}: {
  className?: string | undefined;
  collectionSlug: string;
  originalDocID: string;
  versionID: string;
  plan: RestorePlan;
}) {
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig();
  const { toggleModal } = useModal();
  const { i18n } = useTranslation();
  const { code: locale } = useLocale();
  const router = useRouter();
  const { startRouteTransition } = useRouteTransition();
  const [scope, setScope] = useState<RestoreScope>('locale');
  const language = i18n.language;
  const words = restoreDialogWords(plan, scope, locale, language);

  const restore = async () => {
    const url = `${formatAdminURL({ apiRoute, path: '' })}/${collectionSlug}/versions/${versionID}?${new URLSearchParams({ locale, scope })}`;
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Accept-Language': language },
    });
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] };
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? words.failed);
      return;
    }
    toast.success(body.message ?? '');
    startRouteTransition(() =>
      router.push(
        formatAdminURL({ adminRoute, path: `/collections/${collectionSlug}/${originalDocID}?locale=${locale}` }),
      ),
    );
  };

  const option = (value: RestoreScope, label: string) => (
    <label style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 4 }}>
      <input
        type="radio"
        name="restore-scope"
        value={value}
        checked={scope === value}
        onChange={() => setScope(value)}
      />
      {label}
    </label>
  );

  return (
    <>
      <div className={className}>
        <Button buttonStyle="primary" size="xsmall" onClick={() => toggleModal(modalSlug)}>
          {words.button}
        </Button>
      </div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={words.heading}
        confirmLabel={words.confirm}
        confirmingLabel={words.confirming}
        cancelLabel={words.cancel}
        onConfirm={restore}
        body={
          <div data-restore-dialog>
            <p data-restore-written>{words.written}</p>
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 var(--base)' }}>
              <legend style={{ fontWeight: 600, marginBottom: 4 }}>{words.scopeLegend}</legend>
              {option('locale', words.onlyLocale)}
              {option('all', words.allLocales)}
            </fieldset>
            <p data-restore-changes>{words.changes}</p>
            <p>{words.outcome}</p>
          </div>
        }
      />
    </>
  );
}
