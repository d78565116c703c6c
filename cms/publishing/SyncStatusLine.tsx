'use client';

import { useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui';
import { formatAdminURL } from 'payload/shared';
import React, { useEffect, useState } from 'react';
import type { SyncLine } from './describe-sync-state.js';

type Line = SyncLine & { pending: boolean };

const colours = {
  ok: 'var(--theme-success-500)',
  waiting: 'var(--theme-warning-500)',
  failed: 'var(--theme-error-500)',
};

/**
 * How often the line asks again while a sync is under way (or failed with retries left): every half second
 * at first, then less often, for as long as the job's retries can take.
 */
const POLL_FIRST_MS = 500;
const POLL_MAX_MS = 10_000;
const POLL_FOR_MS = 6 * 60_000;

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
    setLine({ tone: initial.tone, text: initial.text, at: initial.at, pending: initial.pending });
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const until = Date.now() + POLL_FOR_MS;
    let delay = POLL_FIRST_MS;
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
      if (!stopped && Date.now() < until) {
        timer = setTimeout(() => void ask(), delay);
        delay = Math.min(delay * 1.5, POLL_MAX_MS);
      }
    };
    // Back to the tab (a scheduled publication may have run meanwhile, which changes no form state): ask again.
    const askWhenVisible = () => {
      if (document.visibilityState !== 'visible') return;
      clearTimeout(timer);
      delay = POLL_FIRST_MS;
      void ask();
    };
    void ask();
    document.addEventListener('visibilitychange', askWhenVisible);
    window.addEventListener('focus', askWhenVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', askWhenVisible);
      window.removeEventListener('focus', askWhenVisible);
    };
    // Asked again after every save (its update time) and whenever the server renders the field anew.
  }, [
    apiRoute,
    collectionSlug,
    id,
    i18n.language,
    lastUpdateTime,
    initial.tone,
    initial.text,
    initial.at,
    initial.pending,
  ]);

  return (
    <div
      data-sync-state={line.tone}
      style={{ marginBottom: 'var(--base)', borderLeft: `4px solid ${colours[line.tone]}`, paddingLeft: 8 }}
    >
      <div style={{ fontWeight: 600 }}>{words.heading}</div>
      {/* The instant in full beside the sentence's minute, for whoever reads it by machine. */}
      <div role="status" data-since={line.at}>
        {line.text}
      </div>
      {line.tone === 'ok' && hasPublishedDoc && unpublishedVersionCount > 0 ? (
        <div data-sync-draft>{words.unpublishedDraft}</div>
      ) : null}
      {modified && hasPublishPermission ? (
        <div data-schedule-hint style={{ marginTop: 4, color: 'var(--theme-elevation-600)' }}>
          {words.scheduleAfterSaving}
        </div>
      ) : null}
    </div>
  );
}
