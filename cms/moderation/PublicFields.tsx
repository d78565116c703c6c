import React from 'react';

/**
 * A changed value's highlight, seen without reading the word: the theme's warning colours, light on light and
 * dark on dark (Payload swaps the scale in its dark theme), so the text keeps its contrast in both, and a bar
 * at its start that does not rely on colour alone. The word in its label ("Beskrivning (ändrat)") is what a
 * screen reader says, as it does not announce a mark.
 */
const changedStyle: React.CSSProperties = {
  background: 'var(--theme-warning-100)',
  color: 'var(--theme-warning-900)',
  borderInlineStart: '4px solid var(--theme-warning-500)',
  padding: '0 4px',
};

/**
 * What the public would see of an association or activity: every public field, so that a moderator approves
 * nothing unseen. Fields named in `changed` (a proposed change beside what is public now) are marked.
 */
export function PublicFields({
  fields,
  empty,
  changed,
  changedWord,
}: {
  fields: [label: string, value: string | undefined | null][];
  empty: string;
  changed?: ReadonlySet<string>;
  changedWord?: string;
}) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '6px 0' }}>
      {fields.map(([label, value]) => {
        const isChanged = changed?.has(label) ?? false;
        const shown = value ? value : <em>{empty}</em>;
        return (
          <React.Fragment key={label}>
            <dt style={{ fontWeight: 600 }}>
              {label}
              {isChanged ? <span data-changed-field> ({changedWord})</span> : null}
            </dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {isChanged ? <mark style={changedStyle}>{shown}</mark> : shown}
            </dd>
          </React.Fragment>
        );
      })}
    </dl>
  );
}
