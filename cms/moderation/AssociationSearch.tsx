import React from 'react';
import type { AssociationItem } from '../../functions/data/entities/association.js';
import type { AssociationSearchResult } from '../../functions/register/association-lookup.js';
import { inLanguage } from '../i18n/labels.js';
import { associationCount, statusWords, words } from './words.js';

/** An association's page in the Moderation view: its details and its whole history. */
export const associationHref = (id: string) => `/admin/moderation?${new URLSearchParams({ association: id })}`;

/** An association's status in words ("avslagen"), the code itself for one the words do not know. */
export const statusOf = (association: Pick<AssociationItem, 'status'>, language: string | undefined) =>
  statusWords[association.status] ? inLanguage(statusWords[association.status]!, language) : association.status;

/**
 * The moderators' association list: a search by name or organisation number over every association, any
 * status, each linking to its page, so that an association decided on (and gone from the queues) is found
 * again. A plain GET form: the search is in the address, and Back returns to it.
 */
export function AssociationSearch({
  search,
  found,
  language,
}: {
  /** What was searched for; null before any search. */
  search: string | null;
  found: AssociationSearchResult | null;
  language: string | undefined;
}) {
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  return (
    <section aria-labelledby="association-search-heading" data-association-search style={{ marginBottom: 24 }}>
      <h2 id="association-search-heading">{say('findHeading')}</h2>
      <form method="get" action="/admin/moderation" role="search" aria-labelledby="association-search-heading">
        <label htmlFor="association-search" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
          {say('searchLabel')}
        </label>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <input
            id="association-search"
            name="search"
            type="search"
            defaultValue={search ?? ''}
            aria-describedby="association-search-hint"
            style={{ minWidth: 280, padding: '6px 8px', font: 'inherit' }}
          />
          <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
            {say('searchButton')}
          </button>
        </div>
        <p id="association-search-hint" style={{ margin: '4px 0', color: 'var(--theme-elevation-650)' }}>
          {say('searchHint')}
        </p>
      </form>
      {found ? (
        <div data-association-results>
          <h3>{say('results')}</h3>
          <p>{associationCount(found.associations.length, found.total, language)}</p>
          {found.total === 0 ? <p>{say('noMatch')}</p> : null}
          <ul style={{ paddingLeft: 20 }}>
            {found.associations.map((association) => (
              <li key={association.id} data-association-result={association.name}>
                <a href={associationHref(association.id)}>{association.name}</a> · {association.organisationNumber} ·{' '}
                {statusOf(association, language)}
                {association.pendingChange ? ` · ${say('changeWaits')}` : ''}
              </li>
            ))}
          </ul>
          <a href="/admin/moderation">{say('clearSearch')}</a>
        </div>
      ) : null}
    </section>
  );
}
