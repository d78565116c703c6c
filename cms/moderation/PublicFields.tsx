import React from 'react';

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
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{isChanged ? <mark>{shown}</mark> : shown}</dd>
          </React.Fragment>
        );
      })}
    </dl>
  );
}
