import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import React from 'react';

/** A custom admin view inside the admin's own frame (navigation, header), with its heading: the Moderation and Reports views. */
export function AdminViewTemplate({
  initPageResult,
  params,
  searchParams,
  heading,
  children,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { heading: string; children: React.ReactNode }) {
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
      <Gutter>
        <h1>{heading}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  );
}
