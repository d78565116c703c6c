'use client';

import React from 'react';

/** Opens the browser's print dialog, where "Save as PDF" makes the report's PDF (the print styles hide the admin around it). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      style={{ margin: 0 }}
      onClick={() => window.print()}
      data-screen-only
    >
      {label}
    </button>
  );
}
