import type { UIFieldServerComponent } from 'payload';
import React from 'react';
import { inLanguage, text } from '../i18n/labels.js';
import { describeSyncState, isSyncPending } from './describe-sync-state.js';
import { readSyncState } from './sync-state.js';
import { SyncStatusLine } from './SyncStatusLine.js';

/**
 * The edit view's sidebar line saying whether what is published has reached the API (and so the website):
 * rendered with the state at page load, then kept true by the client line (SyncStatusLine.tsx).
 */
export const SyncStatusField: UIFieldServerComponent = async ({ payload, id, collectionSlug, i18n }) => {
  if (id === undefined) return null;
  const state = await readSyncState(payload, collectionSlug, id);
  const say = (sv: string, en: string) => inLanguage(text(sv, en), i18n?.language);
  return (
    <SyncStatusLine
      collectionSlug={collectionSlug}
      id={String(id)}
      initial={{ ...describeSyncState(state, i18n?.language), pending: isSyncPending(state) }}
      words={{
        heading: say('Webbplatsen', 'Website'),
        unpublishedDraft: say(
          'Senare ändringar finns i ett utkast som inte är publicerat.',
          'Later changes are in a draft that is not published.',
        ),
        scheduleAfterSaving: say(
          'Schemalägg publicering finns i Publicera-menyn när ändringarna är sparade: ett schema publicerar det sparade utkastet, aldrig osparade ändringar.',
          'Schedule publish is in the Publish menu once the changes are saved: a schedule publishes the saved draft, never unsaved changes.',
        ),
      }}
    />
  );
};
