import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA: what Swedish public-sector digital services must meet (lagen om tillgänglighet till digital offentlig service, EN 301 549). */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One element axe-core finds against one rule. */
export interface Finding {
  rule: string;
  target: string;
  html: string;
  /** The class of the Payload field the element is part of (`field-type date-time-field`, …), if any. */
  field: string;
  summary: string;
}

/**
 * axe-core's WCAG 2.1 AA violations on `page` as it is now, one finding per element: in the whole page, or
 * only inside the elements `include` selects (each selector must match something, so that a renamed
 * component is not silently skipped). The page must come from `browser.newContext()`: axe's last step
 * opens a page of its own in that context.
 */
export async function axeFindings(page: Page, ...include: string[]): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  for (const selector of include) {
    if ((await page.locator(selector).count()) === 0)
      throw new Error(`Nothing to analyse: no ${selector} on ${page.url()}`);
    builder = builder.include(selector);
  }
  const { violations } = await builder.analyze();
  const findings = violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      target: node.target.flat().join(' '),
      html: node.html.slice(0, 300),
      field: '',
      summary: (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').trim(),
    })),
  );
  // Which field each element belongs to, read in the page (a string: the function's source is not sent as written).
  const fields = (await page.evaluate(
    `${JSON.stringify(findings.map((finding) => finding.target))}.map((target) => { try { return document.querySelector(target)?.closest('.field-type')?.className ?? ''; } catch { return ''; } })`,
  )) as string[];
  return findings.map((finding, index) => ({ ...finding, field: fields[index] ?? '' }));
}

/** Findings as the lines a failed assertion shows: rule id, element, and what axe says to fix. */
export const described = (findings: Finding[]): string[] =>
  findings.map((finding) => `${finding.rule} at ${finding.target}: ${finding.summary}`);

/** Payload's views this project checks, beside its own. */
export type PayloadView = 'login' | 'dashboard' | 'list' | 'edit';

/** A violation in Payload's own views that only Payload can fix: which rule, on which of its elements, and why it is Payload's. */
export interface PayloadViolation {
  rule: string;
  /** The element, by its axe target, its HTML and the class of its field. */
  element: RegExp;
  views: PayloadView[];
  why: string;
}

/**
 * What axe-core still finds in Payload's own views (Payload 3.90.1) after what the project fixed itself:
 * field descriptions, column headings, the language label and the editor's placeholder at 4.5:1
 * (`cms/app/(payload)/custom.scss`), a name for the rich-text editor (`cms/rich-text/`), and no drag handle
 * on hasMany selects and relationships whose order means nothing (`admin.isSortable: false`). README,
 * "Accessibility of the admin", names each with its upstream issue. A violation not listed here fails.
 */
export const payloadViolations: PayloadViolation[] = [
  {
    rule: 'label',
    element: /dashboard-breadcrumb-select|react-select-.*-input/,
    views: ['dashboard'],
    why: "the dashboard's breadcrumb select (react-select) has no name: Payload passes it no aria-label",
  },
  {
    rule: 'label',
    element: /class="rs__input"/,
    views: ['edit'],
    why: "select, relationship and hasMany text fields: Payload's label points at an id (`field-…`) that react-select's combobox input does not have (no inputId)",
  },
  {
    rule: 'aria-hidden-focus',
    element: /dropdown-indicator|clear-indicator/,
    views: ['dashboard', 'edit'],
    why: "react-select's open and clear indicators: Payload renders them as focusable buttons and passes on react-select's aria-hidden",
  },
  {
    rule: 'label',
    element: /type="checkbox"/,
    views: ['list'],
    why: 'the row selection checkboxes of the list view: Payload 3.x renders them with aria-label="" and nothing that names them',
  },
  {
    rule: 'label',
    element: /date-time-field|react-datepicker__input-container/,
    views: ['edit'],
    why: "date fields: the date picker's text input has no id for Payload's label and no name of its own",
  },
  {
    rule: 'button-name',
    element: /popup-button/,
    views: ['edit'],
    why: "icon-only popup triggers of the edit view (the publish options' arrow, the document's ⋯ menu, a field's copy menu, an array row's ⋯ menu): Payload gives them no name",
  },
  {
    rule: 'button-name',
    element: /date-time-picker__clear-button/,
    views: ['edit'],
    why: "a date field's clear button (an ×): Payload gives it no name",
  },
  {
    rule: 'aria-command-name',
    element: /collapsible__drag/,
    views: ['edit'],
    why: "an array field's rows (opening hours): Payload's drag handle is a role=button without a name",
  },
  {
    rule: 'label-content-name-mismatch',
    element: /doc-tab/,
    views: ['edit'],
    why: 'the Versions tab: its aria-label ("Versioner") leaves out the number of versions it shows',
  },
  {
    rule: 'list',
    element: /doc-tabs__tabs/,
    views: ['edit'],
    why: "the document tabs: Payload's <ul> holds <a> and <div> children, not <li>",
  },
  {
    rule: 'nested-interactive',
    element: /aria-roledescription="sortable".* field-type text .*has-many/,
    views: ['edit'],
    why: "a hasMany text field's values (languages): always draggable in Payload 3.x, each a button around its remove button",
  },
];

/** Whether `finding` in `view` is the listed violation `known`. */
export const isListed = (known: PayloadViolation, view: PayloadView, finding: Finding): boolean =>
  known.views.includes(view) &&
  known.rule === finding.rule &&
  known.element.test(`${finding.target} ${finding.html} ${finding.field}`);

/** The findings in `view` that the list does not name as Payload's. */
export const unlisted = (view: PayloadView, findings: Finding[]): Finding[] =>
  findings.filter((finding) => !payloadViolations.some((known) => isListed(known, view, finding)));
