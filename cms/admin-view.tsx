import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import React from 'react';

/**
 * A custom admin view inside the admin's own frame (navigation, header), with its heading: the Moderation,
 * Reports and Webhooks views. Its content is the page's `main` landmark (as in Payload's edit view), which a
 * screen reader jumps to and the accessibility test analyses.
 */
export function AdminViewTemplate({
  initPageResult,
  params,
  searchParams,
  heading,
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  heading: string;
  children: React.ReactNode;
}) {
  const { req } = initPageResult;
  return (
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
      <main data-admin-view>
        <Gutter>
          <h1>{heading}</h1>
          {children}
        </Gutter>
      </main>
    </DefaultTemplate>
  );
}
