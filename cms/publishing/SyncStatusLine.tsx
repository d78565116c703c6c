'use client';

import { useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui';
import { formatAdminURL } from 'payload/shared';
import React, { useEffect, useState } from 'react';
import type { SyncLine } from './describe-sync-state.js';

type Line = SyncLine & { pending: boolean };

const colours = { ok: 'var(--theme-success-500)', waiting: 'var(--theme-warning-500)', failed: 'var(--theme-error-500)' };

/** How often, and how long at most, the line asks again while a sync is under way. */
const POLL_MS = 500;
const POLL_FOR_MS = 60_000;

/**
 * The sidebar line about the website, kept true without a reload: it asks the CMS again
 * (GET /api/{collection}/{id}/sync-state, cms/publishing/sync-state-endpoint.ts) whenever the document
 * is saved, published or unpublished (the document's last update time changes), and then every half
 * second while the sync is under way.
 */
export function SyncStatusLine({
  collectionSlug,
  id,
  initial,
  words,
}: {
  collectionSlug: string;
  id: string;
  initial: Line;
  words: { heading: string; unpublishedDraft: string; scheduleAfterSaving: string };
}) {
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig();
  const { lastUpdateTime, hasPublishedDoc, hasPublishPermission, unpublishedVersionCount } = useDocumentInfo();
  const modified = useFormModified();
  const { i18n } = useTranslation();
  const [line, setLine] = useState<Line>(initial);

  useEffect(() => {
    setLine({ tone: initial.tone, text: initial.text, pending: initial.pending });
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const until = Date.now() + POLL_FOR_MS;
    const ask = async () => {
      try {
        const response = await fetch(`${formatAdminURL({ apiRoute, path: '' })}/${collectionSlug}/${id}/sync-state`, {
          credentials: 'include',
          cache: 'no-store',
          headers: { 'Accept-Language': i18n.language },
        });
        if (stopped) return;
        if (response.ok) {
          const next = (await response.json()) as Line;
          if (stopped) return;
          setLine(next);
          if (!next.pending) return;
        }
      } catch {
        // asked again below
      }
      if (!stopped && Date.now() < until) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // Asked again after every save (its update time) and whenever the server renders the field anew.
  }, [apiRoute, collectionSlug, id, i18n.language, lastUpdateTime, initial.tone, initial.text, initial.pending]);

  return (
    <div data-sync-state={line.tone} style={{ marginBottom: 'var(--base)', borderLeft: `4px solid ${colours[line.tone]}`, paddingLeft: 8 }}>
      <div style={{ fontWeight: 600 }}>{words.heading}</div>
      <div role="status">{line.text}</div>
      {line.tone === 'ok' && hasPublishedDoc && unpublishedVersionCount > 0 ? <div data-sync-draft>{words.unpublishedDraft}</div> : null}
      {modified && hasPublishPermission ? (
        <div data-schedule-hint style={{ marginTop: 4, color: 'var(--theme-elevation-600)' }}>
          {words.scheduleAfterSaving}
        </div>
      ) : null}
    </div>
  );
}
