import React from 'react';

/** What the public would see of an association or activity: every public field, so that a moderator approves nothing unseen. */
export function PublicFields({ fields, empty }: { fields: [label: string, value: string | undefined | null][]; empty: string }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '6px 0' }}>
      {fields.map(([label, value]) => (
        <React.Fragment key={label}>
          <dt style={{ fontWeight: 600 }}>{label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value ? value : <em>{empty}</em>}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
