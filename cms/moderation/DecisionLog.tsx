'use client';

import React, { useEffect, useState } from 'react';

const DECISION_EVENT = 'varna:moderation-decision';

/** Tells the page's decision log what was just decided (the decided row leaves the queue with its own message). */
export const announceDecision = (message: string) =>
  window.dispatchEvent(new CustomEvent<string>(DECISION_EVENT, { detail: message }));

/**
 * The decisions of this visit, newest first, above the queues: a decided row leaves its queue when the page
 * refreshes, and its result stays readable here. A live region from the start, so that each one is announced.
 */
export function DecisionLog({ heading }: { heading: string }) {
  const [decided, setDecided] = useState<string[]>([]);
  useEffect(() => {
    const onDecision = (event: Event) => setDecided((earlier) => [(event as CustomEvent<string>).detail, ...earlier]);
    window.addEventListener(DECISION_EVENT, onDecision);
    return () => window.removeEventListener(DECISION_EVENT, onDecision);
  }, []);
  return (
    <div role="status" data-decision-log>
      {decided.length > 0 ? (
        <>
          {/* Focusable by script: a dialog's decision returns focus here, as its row leaves the page. */}
          <h2 tabIndex={-1}>{heading}</h2>
          <ul>
            {decided.map((message, index) => (
              <li key={decided.length - index}>{message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
