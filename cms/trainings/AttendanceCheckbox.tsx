'use client';

import { useRouter } from 'next/navigation.js';
import React, { useState } from 'react';

/**
 * One person's attendance on the Deltagare tab: the box saves at once through the CMS's attendance endpoint and
 * shows what was saved (the endpoint's answer), or the refusal in the admin's language with the box as it was.
 */
export function AttendanceCheckbox({
  trainingId,
  registrationId,
  initial,
  label,
  words,
}: {
  trainingId: string | number;
  registrationId: string;
  initial: boolean;
  /** The box's accessible name: "Närvaro för Anna Andersson". */
  label: string;
  words: { saving: string; savedPresent: string; savedAbsent: string; failed: string };
}) {
  const router = useRouter();
  const [attended, setAttended] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  async function save(next: boolean) {
    setSaving(true);
    setMessage({ text: words.saving, error: false });
    try {
      const response = await fetch(`/api/trainings/${trainingId}/attendance`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ registrationId, attended: next }),
      });
      const answer = (await response.json().catch(() => ({}))) as { attended?: boolean; error?: string };
      if (response.ok && typeof answer.attended === 'boolean') {
        setAttended(answer.attended);
        setMessage({ text: answer.attended ? words.savedPresent : words.savedAbsent, error: false });
        // The tab's count of those present (rendered on the server) follows the saved box.
        router.refresh();
      } else setMessage({ text: answer.error ?? words.failed, error: true });
    } catch {
      setMessage({ text: words.failed, error: true });
    } finally {
      setSaving(false);
    }
  }
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <input
        type="checkbox"
        aria-label={label}
        checked={attended}
        disabled={saving}
        onChange={(event) => void save(event.target.checked)}
      />
      <span role="status" data-attendance-status style={message?.error ? { color: 'var(--theme-error-500)' } : {}}>
        {message?.text ?? ''}
      </span>
    </span>
  );
}
