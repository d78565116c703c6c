import type { CollectionSlug, UIFieldServerComponent } from 'payload';
import React from 'react';
import { fieldLabels, inLanguage, text } from './labels.js';

/** The localised text fields an editor translates, shown in Swedish above the form while translating. */
const sourceFields = ['title', 'name', 'summary', 'description'] as const;

/**
 * The edit view's first line: which language the editor is writing in, unmistakably, and while
 * translating (any locale but Swedish) the Swedish original of the document's short texts, so that a
 * translation is made from it and never written into the Swedish text by mistake.
 */
export const LocaleBanner: UIFieldServerComponent = async ({ payload, id, collectionSlug, req, i18n }) => {
  const language = i18n?.language;
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'sv';
  const localeLabel = payload.config.localization
    ? payload.config.localization.locales.find((candidate) => candidate.code === locale)
    : undefined;
  const name = typeof localeLabel?.label === 'string' ? localeLabel.label : locale;
  if (locale === 'sv') {
    return (
      <div
        data-content-locale="sv"
        style={{ marginBottom: 'var(--base)', padding: '6px 10px', borderLeft: '4px solid var(--theme-success-500)' }}
      >
        {inLanguage(
          text('Du skriver på svenska, huvudspråket.', 'You are writing in Swedish, the main language.'),
          language,
        )}
      </div>
    );
  }
  const original =
    id === undefined
      ? null
      : ((await payload.findByID({
          collection: collectionSlug as CollectionSlug,
          id,
          locale: 'sv',
          fallbackLocale: false,
          draft: true,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
        })) as Record<string, unknown> | null);
  const texts = sourceFields.flatMap((field) =>
    typeof original?.[field] === 'string' && original[field] ? [[field, original[field] as string] as const] : [],
  );
  return (
    <div
      data-content-locale={locale}
      style={{
        marginBottom: 'var(--base)',
        padding: '10px 12px',
        border: '2px solid var(--theme-warning-500)',
        background: 'var(--theme-warning-100)',
      }}
    >
      <strong>{inLanguage(text(`Du översätter till ${name}.`, `You are translating into ${name}.`), language)}</strong>{' '}
      {inLanguage(
        text(
          'Det du skriver sparas bara på det språket; den svenska texten ändras inte.',
          'What you write is saved in that language only; the Swedish text is not changed.',
        ),
        language,
      )}
      {texts.length ? (
        <dl
          data-swedish-original
          style={{ margin: '6px 0 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px' }}
        >
          <dt style={{ gridColumn: '1 / -1', fontWeight: 600 }}>
            {inLanguage(text('Svenska originalet:', 'The Swedish original:'), language)}
          </dt>
          {texts.map(([field, value]) => (
            <React.Fragment key={field}>
              <dt>{fieldLabels[field] ? inLanguage(fieldLabels[field], language) : field}</dt>
              <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</dd>
            </React.Fragment>
          ))}
        </dl>
      ) : null}
    </div>
  );
};
