import type { ServerProps } from 'payload';
import React from 'react';
import { AdminNavLink } from '../admin-nav-link.js';
import { canReadReports } from '../access/can-read-reports.js';
import { inLanguage } from '../i18n/labels.js';
import { words } from './words.js';

/** A link to the Reports view in the admin's navigation, for those who may read it. */
export function ReportsNavLink({ i18n, user }: Pick<ServerProps, 'i18n' | 'user'>) {
  if (!canReadReports(user)) return null;
  return <AdminNavLink href="/admin/reports">{inLanguage(words.navLink, i18n?.language)}</AdminNavLink>;
}
