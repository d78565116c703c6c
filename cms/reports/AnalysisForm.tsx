'use client';

import { useRouter } from 'next/navigation.js';
import React, { useId, useState } from 'react';

/**
 * The coordinator's analysis of the window: a text area and its save button (POST /api/reports/analysis).
 * After a save the page is refreshed, so that its printed text is the saved one.
 */
export function AnalysisForm({
  from,
  to,
  analysis,
  maxLength,
  say,
}: {
  from: string;
  to: string;
  analysis: string;
  maxLength: number;
  say: { label: string; help: string; save: string; saved: string; notSaved: string };
}) {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(analysis);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setMessage('');
    const response = await fetch('/api/reports/analysis', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from, to, analysis: value }),
      credentials: 'include',
    }).catch(() => null);
    const body = (await response?.json().catch(() => ({}))) as { error?: string; analysis?: string } | undefined;
    setSaving(false);
    if (response?.ok) {
      setValue(body?.analysis ?? value);
      setMessage(say.saved);
      router.refresh();
    } else setMessage(`${say.notSaved} ${body?.error ?? response?.status ?? ''}`.trim());
  };
  return (
    <form onSubmit={(event) => void save(event)} data-analysis-form data-screen-only>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600 }}>
        {say.label}
      </label>
      <p id={`${id}-help`} style={{ margin: '4px 0 8px' }}>
        {say.help}
      </p>
      <textarea
        id={id}
        name="analysis"
        aria-describedby={`${id}-help`}
        value={value}
        maxLength={maxLength}
        rows={6}
        onChange={(event) => setValue(event.target.value)}
        style={{ width: '100%', maxWidth: 720, font: 'inherit', padding: 8 }}
      />
      <p style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <button
          type="submit"
          className="btn btn--style-primary btn--size-small"
          style={{ margin: 0 }}
          disabled={saving}
        >
          {say.save}
        </button>
        <span role="status">{message}</span>
      </p>
    </form>
  );
}
