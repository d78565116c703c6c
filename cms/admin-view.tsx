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

/**
 * The view's frame as a function of what it shows, so that a view renders its refusal (a caller who may not see
 * it) and its content in the same frame under the same heading.
 */
export function adminViewFrame(
  { initPageResult, params, searchParams }: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'>,
  heading: string,
) {
  return (children: React.ReactNode) => (
    <AdminViewTemplate initPageResult={initPageResult} params={params} searchParams={searchParams} heading={heading}>
      {children}
    </AdminViewTemplate>
  );
}
