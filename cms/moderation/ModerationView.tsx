import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import React from 'react';
import { isModerator } from '../../functions/auth/policies.js';
import type { AssociationItem } from '../../functions/data/entities/association.js';
import { latestVersion } from '../../functions/register/associations.js';
import { moderationQueue } from '../../functions/register/moderation-queue.js';
import { ModerationActions } from './ModerationActions.js';
import { PublicFields } from './PublicFields.js';
import { stockholmTime } from '../stockholm-time.js';
import { registerContextOf } from './register-context.js';

const associationFields = (association: AssociationItem): [string, string | undefined][] => [
  ['Name', association.name],
  ['Description', association.description],
  ['Website', association.website],
  ['E-mail', association.email],
  ['Districts', association.districts?.join(', ')],
];

/** The moderation view: pending registrations, changes of approved associations and submitted activities, each with everything the public would see and its decisions. */
export async function ModerationView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const context = registerContextOf(req);
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>Moderation</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  );
  if (!isModerator(context.viewer)) return template(<p>Only editors and admins moderate the association register.</p>);
  const queue = await moderationQueue(context);
  return template(
    <>
      <h2>Pending associations ({queue.associations.length})</h2>
      {queue.associations.length === 0 ? <p>No registration is waiting.</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {queue.associations.map((association) => (
          <li key={association.id} data-moderation-row={association.name} style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '12px 0' }}>
            <strong>{association.name}</strong> · {association.organisationNumber}
            <PublicFields fields={associationFields(association)} />
            <div>
              Contact: {association.contactPerson.name}, {association.contactPerson.email} · registered {new Date(association.createdAt).toLocaleDateString('sv-SE')}
            </div>
            <ModerationActions kind="association" id={association.id} label={association.name} />
          </li>
        ))}
      </ul>
      <h2>Changes of approved associations ({queue.changes.length})</h2>
      {queue.changes.length === 0 ? <p>No change is waiting.</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {queue.changes.map((association) => (
          <li key={association.id} data-moderation-row={association.name} style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '12px 0' }}>
            <strong>{association.name}</strong> · {association.organisationNumber} · changed {association.pendingChange ? stockholmTime(association.pendingChange.submittedAt) : ''}
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
              <div>
                <h3>Public now</h3>
                <PublicFields fields={associationFields(association)} />
              </div>
              <div>
                <h3>Proposed</h3>
                <PublicFields fields={associationFields(latestVersion(association))} />
              </div>
            </div>
            <ModerationActions kind="change" id={association.id} label={association.name} />
          </li>
        ))}
      </ul>
      <h2>Submitted activities ({queue.activities.length})</h2>
      {queue.activities.length === 0 ? <p>No activity is waiting.</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {queue.activities.map((activity) => (
          <li key={activity.id} data-moderation-row={activity.title} style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '12px 0' }}>
            <strong>{activity.title}</strong> · {activity.associationName ?? 'unknown association'}
            <PublicFields
              fields={[
                ['Time', `${stockholmTime(activity.startsAt)} – ${stockholmTime(activity.endsAt)}`],
                ['Description', activity.description],
                ['Place', activity.location ? [activity.location.name, activity.location.address].filter(Boolean).join(', ') : undefined],
                ['District', activity.district],
                ['Target groups', activity.targetGroups?.join(', ')],
                ['Languages', activity.languages?.join(', ')],
                ['Registration', activity.registrationUrl],
              ]}
            />
            <ModerationActions kind="activity" id={activity.id} label={activity.title} />
          </li>
        ))}
      </ul>
    </>,
  );
}
