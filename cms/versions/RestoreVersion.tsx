import type { CollectionSlug, Payload, TypedUser } from 'payload';
import React from 'react';
import { planRestore } from './restore-plan.js';
import { RestoreVersionButton } from './RestoreVersionButton.js';

interface Props {
  payload: Payload;
  user?: TypedUser | null;
  collectionSlug?: CollectionSlug;
  originalDocID?: string | number;
  versionID?: string | number;
  className?: string;
}

/**
 * The version view's Restore control (in place of Payload's, see patches/@payloadcms+next+3.90.1.patch):
 * works out on the server what restoring this version would change in the document's newest draft, for
 * the dialog that asks which languages to restore.
 */
export async function RestoreVersion({ payload, user, collectionSlug, originalDocID, versionID, className }: Props) {
  if (!collectionSlug || originalDocID === undefined || versionID === undefined) return null;
  const plan = await planRestore(payload, collectionSlug, versionID, user ?? null);
  return (
    <RestoreVersionButton
      className={className}
      collectionSlug={collectionSlug}
      originalDocID={String(originalDocID)}
      versionID={String(versionID)}
      plan={plan}
    />
  );
}
