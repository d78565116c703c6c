import type { AdminViewServerProps } from 'payload';
import React from 'react';
import { adminViewFrame } from '../admin-view.js';
import { isModerator } from '../../functions/auth/policies.js';
import { activityVersion } from '../../functions/data/entities/activity.js';
import type { AssociationItem } from '../../functions/data/entities/association.js';
import type { RegisterDecisionItem } from '../../functions/data/entities/register-decision.js';
import { DomainError } from '../../functions/domain/errors.js';
import { associationWithHistory, findAssociations } from '../../functions/register/association-lookup.js';
import { latestVersion } from '../../functions/register/associations.js';
import type { RegisterContext } from '../../functions/register/context.js';
import { moderationQueue } from '../../functions/register/moderation-queue.js';
import { inLanguage } from '../i18n/labels.js';
import { AssociationSearch, statusOf } from './AssociationSearch.js';
import { DecisionLog } from './DecisionLog.js';
import { History } from './History.js';
import { ModerationActions } from './ModerationActions.js';
import { PublicFields } from './PublicFields.js';
import { stockholmTime } from '../stockholm-time.js';
import { registerContextOf } from './register-context.js';
import { valueWord, words } from './words.js';

type WordKey = keyof typeof words;
type DecisionKind = React.ComponentProps<typeof ModerationActions>['kind'];

// moderation view: every district's name (one Query), so that a moderator reads "Fittja", not a slug
async function districtNames(context: RegisterContext): Promise<Map<string, string>> {
  const { data } = await context.db.entities.district.query.list({ tenant: context.tenant }).go({ pages: 'all' });
  return new Map(data.map((district) => [district.key, district.name.sv ?? district.key]));
}

// moderation view: each shown association's history, newest first (one Query per association)
async function histories(context: RegisterContext, ids: string[]): Promise<Map<string, RegisterDecisionItem[]>> {
  const entries = await Promise.all(
    [...new Set(ids)].map(
      async (id) =>
        [
          id,
          (
            await context.db.entities.registerDecision.query
              .byAssociation({ tenant: context.tenant, associationId: id })
              .go({ order: 'desc', pages: 'all' })
          ).data,
        ] as const,
    ),
  );
  return new Map(entries);
}

/** District slugs as their names ("Fittja, Hallunda-Norsborg"). */
const namesOf = (names: Map<string, string>, slugs: readonly string[] | undefined) =>
  slugs?.map((slug) => names.get(slug) ?? slug).join(', ');

/** What the public sees of an association, field by field, in the admin's language. */
function publicFieldsOf(
  association: Pick<AssociationItem, 'name' | 'description' | 'website' | 'email' | 'districts'>,
  names: Map<string, string>,
  language: string | undefined,
): [string, string | undefined][] {
  const say = (key: WordKey) => inLanguage(words[key], language);
  return [
    [say('name'), association.name],
    [say('description'), association.description],
    [say('website'), association.website],
    [say('email'), association.email],
    [say('districts'), namesOf(names, association.districts)],
  ];
}

/**
 * One association's page, found through the search: its status, what the public sees, its contact, the
 * moderator's latest reason and its whole history, open. Its heading is the association's name.
 */
async function associationPage(
  context: RegisterContext,
  frame: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'>,
  id: string,
  language: string | undefined,
) {
  const say = (key: WordKey) => inLanguage(words[key], language);
  const back = (
    <p>
      <a href="/admin/moderation">← {say('backToModeration')}</a>
    </p>
  );
  let found: Awaited<ReturnType<typeof associationWithHistory>>;
  try {
    found = await associationWithHistory(context, id);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') {
      return adminViewFrame(
        frame,
        say('heading'),
      )(
        <>
          {back}
          <p>{say('noSuchAssociation')}</p>
        </>,
      );
    }
    throw error;
  }
  const { association, history } = found;
  const names = await districtNames(context);
  const contact = association.contactPerson;
  return adminViewFrame(
    frame,
    association.name,
  )(
    <div data-association-page={association.name}>
      {back}
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '6px 0' }}>
        <dt style={{ fontWeight: 600 }}>{say('status')}</dt>
        <dd style={{ margin: 0 }} data-association-status={association.status}>
          {statusOf(association, language)}
          {association.pendingChange ? ` · ${say('changeWaits')}` : ''}
        </dd>
        <dt style={{ fontWeight: 600 }}>{say('organisationNumber')}</dt>
        <dd style={{ margin: 0 }}>{association.organisationNumber}</dd>
        <dt style={{ fontWeight: 600 }}>{say('contact')}</dt>
        <dd style={{ margin: 0 }}>{contact ? `${contact.name}, ${contact.email}` : say('empty')}</dd>
        <dt style={{ fontWeight: 600 }}>{say('registeredAt')}</dt>
        <dd style={{ margin: 0 }}>{stockholmTime(association.createdAt)}</dd>
        {association.approvedAt ? (
          <>
            <dt style={{ fontWeight: 600 }}>{say('approvedAt')}</dt>
            <dd style={{ margin: 0 }}>{stockholmTime(association.approvedAt)}</dd>
          </>
        ) : null}
        {association.moderationNote ? (
          <>
            <dt style={{ fontWeight: 600 }}>{say('latestReason')}</dt>
            <dd style={{ margin: 0 }}>{association.moderationNote}</dd>
          </>
        ) : null}
      </dl>
      <h2>{say('publicNow')}</h2>
      <PublicFields fields={publicFieldsOf(association, names, language)} empty={say('empty')} />
      <History records={history} language={language} open />
    </div>,
  );
}

/** A search parameter's one value (the first of several); undefined when absent. */
const parameter = (searchParams: AdminViewServerProps['searchParams'], name: string): string | undefined => {
  const value = (searchParams as Record<string, string | string[] | undefined> | undefined)?.[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The moderation view: pending registrations, changes of approved associations and submitted activities, each
 * with everything the public would see, its history and its decisions; above them a search over every
 * association. With `?association=ID`, that association's page: its details and its whole history.
 */
export async function ModerationView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const language = req.i18n?.language;
  const say = (key: WordKey) => inLanguage(words[key], language);
  const context = await registerContextOf(req);
  const frame = { initPageResult, params, searchParams };
  const template = adminViewFrame(frame, say('heading'));
  if (!isModerator(context.viewer)) return template(<p>{say('onlyModerators')}</p>);
  const associationId = parameter(searchParams, 'association');
  if (associationId !== undefined) return associationPage(context, frame, associationId, language);
  const search = parameter(searchParams, 'search') ?? null;
  const [queue, found] = await Promise.all([
    moderationQueue(context),
    search === null ? null : findAssociations(context, search),
  ]);
  const [names, history] = await Promise.all([
    districtNames(context),
    histories(
      context,
      [...queue.associations, ...queue.changes]
        .map((association) => association.id)
        .concat(queue.activities.map((activity) => activity.associationId)),
    ),
  ]);
  const districtList = (slugs: readonly string[] | undefined) => namesOf(names, slugs);
  const associationFields = (association: AssociationItem) => publicFieldsOf(association, names, language);
  // A change's fields that differ from what is public now: marked on both sides.
  const changedLabels = (association: AssociationItem) => {
    const proposed = new Map(associationFields(latestVersion(association)));
    return new Set(
      associationFields(association).flatMap(([label, value]) =>
        (proposed.get(label) ?? '') !== (value ?? '') ? [label] : [],
      ),
    );
  };
  // Every row ends alike: the association's history, the version shown, and the decisions on that version.
  const historyAndDecisions = (
    kind: DecisionKind,
    id: string,
    version: number,
    label: string,
    associationId: string,
    named: { association?: string | undefined; organisationNumber?: string | undefined },
  ) => (
    <>
      <History records={history.get(associationId) ?? []} language={language} />
      {/* Secondary text at 7:1 (--theme-elevation-500 was 3.9:1 on white, under WCAG 1.4.3's 4.5:1). */}
      <div data-version={version} style={{ color: 'var(--theme-elevation-650)' }}>
        {say('version')} {version}
      </div>
      <ModerationActions kind={kind} id={id} version={version} label={label} language={language} {...named} />
    </>
  );
  // A queue: its heading with how many wait, a line when none do, and a row for each.
  const queueOf = <Item,>(
    heading: WordKey,
    none: WordKey,
    items: readonly Item[],
    rowOf: (item: Item) => React.ReactNode,
  ) => (
    <>
      <h2>
        {say(heading)} ({items.length})
      </h2>
      {items.length === 0 ? <p>{say(none)}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>{items.map(rowOf)}</ul>
    </>
  );
  const row = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '12px 0' };
  return template(
    <>
      <DecisionLog heading={say('decided')} />
      <AssociationSearch search={search} found={found} language={language} />
      {queueOf('pending', 'noPending', queue.associations, (association) => (
        <li key={association.id} data-moderation-row={association.name} style={row}>
          <strong>{association.name}</strong> · {association.organisationNumber}
          <PublicFields fields={associationFields(association)} empty={say('empty')} />
          <div>
            {say('contact')}:{' '}
            {association.contactPerson
              ? `${association.contactPerson.name}, ${association.contactPerson.email}`
              : say('empty')}{' '}
            · {say('registered')} {stockholmTime(association.createdAt)}
          </div>
          {historyAndDecisions('association', association.id, association.version, association.name, association.id, {
            organisationNumber: association.organisationNumber,
          })}
        </li>
      ))}
      {queueOf('changes', 'noChanges', queue.changes, (association) => (
        <li key={association.id} data-moderation-row={association.name} style={row}>
          <strong>{association.name}</strong> · {association.organisationNumber} · {say('changed')}{' '}
          {association.pendingChange ? stockholmTime(association.pendingChange.submittedAt) : ''}
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
            <div>
              <h3>{say('publicNow')}</h3>
              <PublicFields
                fields={associationFields(association)}
                empty={say('empty')}
                changed={changedLabels(association)}
                changedWord={say('changedField')}
              />
            </div>
            <div data-proposed>
              <h3>{say('proposed')}</h3>
              <PublicFields
                fields={associationFields(latestVersion(association))}
                empty={say('empty')}
                changed={changedLabels(association)}
                changedWord={say('changedField')}
              />
            </div>
          </div>
          {historyAndDecisions('change', association.id, association.version, association.name, association.id, {
            organisationNumber: association.organisationNumber,
          })}
        </li>
      ))}
      {queueOf('activities', 'noActivities', queue.activities, (activity) => (
        <li key={activity.id} data-moderation-row={activity.title} style={row}>
          <strong>{activity.title}</strong> · {activity.associationName ?? say('unknownAssociation')}
          <PublicFields
            empty={say('empty')}
            fields={[
              [say('time'), `${stockholmTime(activity.startsAt)} – ${stockholmTime(activity.endsAt)}`],
              [say('description'), activity.description],
              [
                say('place'),
                activity.location
                  ? [activity.location.name, activity.location.address].filter(Boolean).join(', ')
                  : undefined,
              ],
              [say('district'), activity.district ? districtList([activity.district]) : undefined],
              [say('targetGroups'), activity.targetGroups?.map((group) => valueWord(group, language)).join(', ')],
              [say('languages'), activity.languages?.join(', ')],
              [say('registration'), activity.registrationUrl],
            ]}
          />
          {historyAndDecisions(
            'activity',
            activity.id,
            activityVersion(activity),
            activity.title,
            activity.associationId,
            { association: activity.associationName ?? say('unknownAssociation') },
          )}
        </li>
      ))}
    </>,
  );
}
