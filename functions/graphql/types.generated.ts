import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupportResourceParent, OrganisationParent, CouncilMeetingParent, TrainingParent, PageParent, DistrictParent, AssociationParent, ActivityParent } from './mappers.js';
import type { ViewerModel } from '../auth/viewer.js';
import type { Context } from '../server/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with a UTC offset (`2026-12-10T17:00:00+01:00`). Answers are given in UTC. */
  DateTime: { input: string; output: string; }
};

/** An activity an association runs: a dialogue evening, homework help, a youth activity. */
export type Activity = {
  __typename?: 'Activity';
  /** The association running the activity. */
  association?: Maybe<Association>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The district the activity is held in. */
  district?: Maybe<District>;
  /** When the activity ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Languages spoken at the activity, ISO 639-1 codes. */
  languages: Array<Scalars['String']['output']>;
  /** Where the activity is held. */
  location?: Maybe<Location>;
  /** The moderator's note, e.g. the reason for a rejection. Seen by moderators and the owner only. */
  moderationNote?: Maybe<Scalars['String']['output']>;
  /** Where to sign up, when sign-up is needed. */
  registrationUrl?: Maybe<Scalars['String']['output']>;
  /** When the activity starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Where the activity stands. */
  status: ActivityStatus;
  /** Who the activity is for. */
  targetGroups: Array<TargetGroup>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The edges of this page. */
  edges: Array<ActivityEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
};

/** An edge of an activity connection. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** Narrows the activity calendar; every given criterion must hold. */
export type ActivityFilter = {
  /** Only activities in this district (slug). */
  district?: InputMaybe<Scalars['String']['input']>;
  /** With `to`: only activities overlapping [from, to). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only activities in this status; statuses other than PUBLISHED need the moderator role. Default PUBLISHED. */
  status?: InputMaybe<ActivityStatus>;
  /** Only activities for this target group. */
  targetGroup?: InputMaybe<TargetGroup>;
  /** With `from`: only activities overlapping [from, to). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Where an activity stands. */
export type ActivityStatus =
  /** Cancelled by its association. */
  | 'CANCELLED'
  /** Published in the public calendar. */
  | 'PUBLISHED'
  /** Rejected by a moderator (see moderationNote). */
  | 'REJECTED'
  /** Submitted by its association, waiting for a moderator. */
  | 'SUBMITTED';

/** An association in the register, registered by an association account. */
export type Association = {
  __typename?: 'Association';
  /** The association's activities the caller may see, ordered by start time ascending. */
  activities: ActivityConnection;
  /** When the waiting change was submitted. Moderators and the owner only. */
  changeSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The contact person; null unless the caller is a moderator or the owner. */
  contactPerson?: Maybe<AssociationContact>;
  /** When the association registered. */
  createdAt: Scalars['DateTime']['output'];
  /** What the association does. */
  description?: Maybe<Scalars['String']['output']>;
  /** Districts the association is active in. */
  districts: Array<District>;
  /** Public e-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** The moderator's note, e.g. the reason for a rejection. Seen by moderators and the owner only. */
  moderationNote?: Maybe<Scalars['String']['output']>;
  /** The association's name. */
  name: Scalars['String']['output'];
  /** Swedish organisation number, NNNNNN-NNNN. */
  organisationNumber: Scalars['String']['output'];
  /**
   * While a change of an APPROVED association waits for a moderator: what the public sees until the change
   * is approved. Moderators and the owner only (null otherwise, and when nothing waits); to them the fields
   * above show the association as changed.
   */
  publicVersion?: Maybe<AssociationPublicVersion>;
  /** Where the association stands in the register. */
  status: AssociationStatus;
  /** Version for optimistic locking; pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** Web address (https). */
  website?: Maybe<Scalars['String']['output']>;
};


/** An association in the register, registered by an association account. */
export type AssociationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of associations. */
export type AssociationConnection = {
  __typename?: 'AssociationConnection';
  /** The edges of this page. */
  edges: Array<AssociationEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
};

/** The person an association gives as its contact. Seen only by moderators and the association's own account. */
export type AssociationContact = {
  __typename?: 'AssociationContact';
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A contact person given at registration. */
export type AssociationContactInput = {
  /** E-mail address. */
  email: Scalars['String']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** An edge of an association connection. */
export type AssociationEdge = {
  __typename?: 'AssociationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The association. */
  node: Association;
};

/** Narrows the register. */
export type AssociationFilter = {
  /** Only approved associations whose change waits for a moderator (moderator role). */
  changePending?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only associations active in this district (slug). */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Only associations in this status; statuses other than APPROVED need the moderator role. Default APPROVED. */
  status?: InputMaybe<AssociationStatus>;
};

/** What the public sees of an approved association while a change of it waits for a moderator. */
export type AssociationPublicVersion = {
  __typename?: 'AssociationPublicVersion';
  /** What the association does. */
  description?: Maybe<Scalars['String']['output']>;
  /** Districts the association is active in. */
  districts: Array<District>;
  /** Public e-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** The association's name. */
  name: Scalars['String']['output'];
  /** Web address (https). */
  website?: Maybe<Scalars['String']['output']>;
};

/** Where an association stands in the register. */
export type AssociationStatus =
  /** Approved by a moderator: listed publicly, may submit activities. */
  | 'APPROVED'
  /** Registered, waiting for a moderator. */
  | 'PENDING'
  /** Rejected by a moderator (see moderationNote). */
  | 'REJECTED'
  /** Approved earlier, now suspended by a moderator. */
  | 'SUSPENDED';

/** Who a support resource is meant for. */
export type Audience =
  /** Anyone. */
  | 'GENERAL_PUBLIC'
  /** Professionals such as teachers, social workers and youth workers. */
  | 'PROFESSIONALS'
  /** Relatives and friends who are worried about someone. */
  | 'RELATIVES'
  /** Young people themselves. */
  | 'YOUNG_PEOPLE';

/** A person to contact at an organisation. The public sees only those who consented to publication. */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Role in the organisation, e.g. chair. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A meeting of the interreligious council. */
export type CouncilMeeting = {
  __typename?: 'CouncilMeeting';
  /** The agenda: sanitised HTML in the requested locale. */
  agenda?: Maybe<Scalars['String']['output']>;
  /** When the meeting ends. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier (the editors' key). */
  id: Scalars['ID']['output'];
  /** Where the meeting is held. */
  location?: Maybe<Location>;
  /** The minutes: sanitised HTML; null until published, and for the public only when the minutes are public. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** The signed minutes as a file (a PDF), for those who may read the minutes: a link that works for a few minutes; null otherwise. */
  minutesDocument?: Maybe<FileLink>;
  /** Organisations taking part, those the caller may see. */
  participants: Array<Organisation>;
  /** When the meeting starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Whether the meeting is planned, held or cancelled. */
  status: MeetingStatus;
  /** Title in the requested locale. */
  title: Scalars['String']['output'];
};

/** A page of council meetings. */
export type CouncilMeetingConnection = {
  __typename?: 'CouncilMeetingConnection';
  /** The edges of this page. */
  edges: Array<CouncilMeetingEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
};

/** An edge of a council meeting connection. */
export type CouncilMeetingEdge = {
  __typename?: 'CouncilMeetingEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: CouncilMeeting;
};

/** A time window for council meetings: those starting in [from, to). */
export type CouncilMeetingFilter = {
  /** Only meetings starting at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only meetings starting before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A district (kommundel) of the municipality, named by its slug. */
export type District = {
  __typename?: 'District';
  /** The district's name in the requested locale. */
  name: Scalars['String']['output'];
  /** The district's stable slug, e.g. `alby`. */
  slug: Scalars['String']['output'];
};

/** A stored file, reachable for a short time through its link (ask again for a fresh one). */
export type FileLink = {
  __typename?: 'FileLink';
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The file's name. */
  filename: Scalars['String']['output'];
  /** Its media type, e.g. application/pdf. */
  mimeType: Scalars['String']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
  /** The file's address; it stops working at expiresAt. */
  url: Scalars['String']['output'];
};

/** The language of an answer. A field with no translation in the requested locale falls back to Swedish. */
export type Locale =
  /** Arabic. */
  | 'AR'
  /** English. */
  | 'EN'
  /** Finnish (Botkyrka is in the Finnish administrative area). */
  | 'FI'
  /** Somali. */
  | 'SO'
  /** Swedish, the default and the fallback of every translation. */
  | 'SV';

/** A place where something happens. */
export type Location = {
  __typename?: 'Location';
  /** The street address, when known. */
  address?: Maybe<Scalars['String']['output']>;
  /** The name of the place, e.g. a community centre. */
  name: Scalars['String']['output'];
};

/** Where an activity is held. */
export type LocationInput = {
  /** The street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The name of the place. */
  name: Scalars['String']['input'];
};

/** Where a council meeting stands. */
export type MeetingStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Held; minutes may follow. */
  | 'HELD'
  /** Announced and not yet held. */
  | 'PLANNED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a pending or suspended association (moderator role). */
  approveAssociation: Association;
  /** Makes an approved association's waiting change public (moderator role). */
  approveAssociationChange: Association;
  /** Cancels one of the caller's own activities. */
  cancelActivity: Activity;
  /** Publishes a submitted activity in the public calendar (moderator role). */
  publishActivity: Activity;
  /** Registers the caller's association (association role); it lands as PENDING. */
  registerAssociation: Association;
  /** Rejects a submitted activity with a reason shown to its owner (moderator role). */
  rejectActivity: Activity;
  /** Rejects a pending association with a reason shown to its owner (moderator role). */
  rejectAssociation: Association;
  /** Drops an approved association's waiting change, with a reason shown to its owner (moderator role). */
  rejectAssociationChange: Association;
  /** Submits an activity of the caller's APPROVED association; it lands as SUBMITTED. */
  submitActivity: Activity;
  /**
   * Suspends an approved association with a reason shown to its owner (moderator role): it and its published
   * activities leave every public list until approveAssociation lifts the suspension.
   */
  suspendAssociation: Association;
  /**
   * Changes the caller's own association; a stale expectedVersion is a CONFLICT and changes nothing. Changes
   * an APPROVED association makes to what the public sees (name, description, website, email, districts)
   * wait for a moderator (approveAssociationChange); the approved version stays public until then.
   */
  updateAssociation: Association;
};


export type MutationApproveAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveAssociationChangeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterAssociationArgs = {
  input: RegisterAssociationInput;
};


export type MutationRejectActivityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectAssociationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectAssociationChangeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSubmitActivityArgs = {
  input: SubmitActivityInput;
};


export type MutationSuspendAssociationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateAssociationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateAssociationInput;
};

/** One opening interval of a week, in Europe/Stockholm local time. */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time, `HH:MM`; earlier than `opens` means the interval runs past midnight. */
  closes: Scalars['String']['output'];
  /** Opening time, `HH:MM`. */
  opens: Scalars['String']['output'];
  /** The day the interval starts. */
  weekday: Weekday;
};

/** An organisation the municipality works with: an association, a faith community, an NGO, an authority. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Contact persons the caller may see: the public only those with consent, staff all. */
  contactPersons: Array<ContactPerson>;
  /** Description in the requested locale. */
  description?: Maybe<Scalars['String']['output']>;
  /** Districts the organisation is active in. */
  districts: Array<District>;
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (the editors' key). */
  id: Scalars['ID']['output'];
  /** Whether the organisation is a member of the interreligious council. */
  interreligiousCouncilMember: Scalars['Boolean']['output'];
  /** What kind of organisation it is. */
  kind: OrganisationKind;
  /** The organisation's name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Who may see the organisation. */
  visibility: Visibility;
  /** Web address. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The edges of this page. */
  edges: Array<OrganisationEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
};

/** An edge of an organisation connection. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** Narrows the organisations; every given criterion must hold. */
export type OrganisationFilter = {
  /** Only organisations active in this district (slug). */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Only members (true) or non-members (false) of the interreligious council. */
  interreligiousCouncilMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only organisations of this kind. */
  kind?: InputMaybe<OrganisationKind>;
};

/** What kind of organisation a civil-society contact is. */
export type OrganisationKind =
  /** A non-profit association (förening). */
  | 'ASSOCIATION'
  /** A public authority, e.g. the police. */
  | 'AUTHORITY'
  /** A congregation or other faith community. */
  | 'FAITH_COMMUNITY'
  /** A unit of the municipality itself. */
  | 'MUNICIPAL_UNIT'
  /** A non-governmental organisation. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER';

/** An information page, e.g. "Worried about someone?". */
export type Page = {
  __typename?: 'Page';
  /** Sanitised HTML rendered from the CMS rich text, in the requested locale. */
  body?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (the editors' key). */
  id: Scalars['ID']['output'];
  /** The slug used in the website's address; the same as the key. */
  slug: Scalars['String']['output'];
  /** Title in the requested locale. */
  title: Scalars['String']['output'];
  /** When the published content last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who may see the page. */
  visibility: Visibility;
};

/** Relay-style page information for forward pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page; pass it as `after` for the next page. Null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows the last edge of this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: connections are paged forwards only with `first`/`after`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The three prevention levels of the municipality's guidelines. */
export type PreventionLevel =
  /** Work aimed at everyone: democracy, inclusion, a rich association life. */
  | 'GENERAL'
  /** Work with individuals who are involved or at risk of becoming involved. */
  | 'INDIVIDUAL'
  /** Work aimed at groups and environments at risk. */
  | 'SPECIFIC';

export type Query = {
  __typename?: 'Query';
  /** The activity calendar ordered by start time ascending. The public sees PUBLISHED activities only. */
  activities: ActivityConnection;
  /** The association register, ordered by name. The public sees APPROVED associations only. */
  associations: AssociationConnection;
  /** The interreligious council's meetings, ordered by start time ascending. */
  councilMeetings: CouncilMeetingConnection;
  /** Every district of the municipality, ordered by name. */
  districts: Array<District>;
  /** The civil-society directory: organisations the caller may see, ordered by name (Swedish alphabetical order). */
  organisations: OrganisationConnection;
  /** One information page by slug; null when unknown or not visible to the caller. */
  page?: Maybe<Page>;
  /** One support resource by slug; null when unknown or not visible to the caller. */
  supportResource?: Maybe<SupportResource>;
  /** Support resources the caller may see, ordered by the editors' priority (highest first), then by Swedish title. */
  supportResources: SupportResourceConnection;
  /** Trainings the caller may see, ordered by start time ascending. */
  trainings: TrainingConnection;
  /** Who is calling: the role from the bearer token, and for association accounts their association. */
  viewer: Viewer;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCouncilMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouncilMeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryDistrictsArgs = {
  locale?: InputMaybe<Locale>;
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryPageArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QuerySupportResourceArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QuerySupportResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};

/** A new association's registration. */
export type RegisterAssociationInput = {
  /** The contact person for the municipality. */
  contactPerson: AssociationContactInput;
  /** What the association does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Districts (slugs) the association is active in. */
  districts: Array<Scalars['String']['input']>;
  /** Public e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A client-chosen key: a retried request with the same key returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** The association's name. */
  name: Scalars['String']['input'];
  /** Swedish organisation number, NNNNNN-NNNN with a valid check digit. */
  organisationNumber: Scalars['String']['input'];
  /** Web address (https only). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A new activity of the caller's association. */
export type SubmitActivityInput = {
  /** What happens at the activity. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** District slug. */
  district: Scalars['String']['input'];
  /** When it ends; after startsAt. */
  endsAt: Scalars['DateTime']['input'];
  /** A client-chosen key: a retried request with the same key returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  /** ISO 639-1 codes. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where it is held. */
  location?: InputMaybe<LocationInput>;
  /** https address for sign-up. */
  registrationUrl?: InputMaybe<Scalars['String']['input']>;
  /** When it starts; not in the past. */
  startsAt: Scalars['DateTime']['input'];
  /** Who it is for. */
  targetGroups: Array<TargetGroup>;
  /** Title, as the calendar shows it. */
  title: Scalars['String']['input'];
};

/** Somewhere to turn for advice and support: a phone line, a counselling service, a web guide. */
export type SupportResource = {
  __typename?: 'SupportResource';
  /** Who the resource is meant for. */
  audiences: Array<Audience>;
  /** The full description: sanitised HTML rendered from the CMS rich text. */
  body?: Maybe<Scalars['String']['output']>;
  /** Districts the resource serves. */
  districts: Array<District>;
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (the editors' key). */
  id: Scalars['ID']['output'];
  /** Languages the resource can be used in, ISO 639-1 codes (`sv`, `ar`, …). */
  languages: Array<Scalars['String']['output']>;
  /** Whether the resource is open at the time of the request (Europe/Stockholm); null when it has no opening hours. */
  openNow?: Maybe<Scalars['Boolean']['output']>;
  /** Weekly opening hours, empty when the resource has none (e.g. a web guide). */
  openingHours: Array<OpeningHours>;
  /** A note about the opening hours in the requested locale, e.g. what to do out of hours. */
  openingHoursNote?: Maybe<Scalars['String']['output']>;
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The prevention level the resource works at. */
  preventionLevel?: Maybe<PreventionLevel>;
  /** The organisation behind the resource, when it is one the caller may see. */
  provider?: Maybe<Organisation>;
  /** The slug used in the website's address; the same as the key. */
  slug: Scalars['String']['output'];
  /** A short summary in the requested locale. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Title in the requested locale. */
  title: Scalars['String']['output'];
  /** When the published content last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Web address. */
  url?: Maybe<Scalars['String']['output']>;
  /** When an editor last confirmed that the details still hold. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who may see the resource. */
  visibility: Visibility;
};

/** A page of support resources. */
export type SupportResourceConnection = {
  __typename?: 'SupportResourceConnection';
  /** The edges of this page. */
  edges: Array<SupportResourceEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
};

/** An edge of a support resource connection. */
export type SupportResourceEdge = {
  __typename?: 'SupportResourceEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The support resource. */
  node: SupportResource;
};

/** Narrows the support resources; every given criterion must hold. */
export type SupportResourceFilter = {
  /** Only resources meant for this audience. */
  audience?: InputMaybe<Audience>;
  /** Only resources usable in this language (ISO 639-1 code). */
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Who an activity is for. */
export type TargetGroup =
  /** Adults. */
  | 'ADULTS'
  /** Children up to 12. */
  | 'CHILDREN'
  /** Everyone. */
  | 'EVERYONE'
  /** Parents and guardians. */
  | 'PARENTS'
  /** Older people. */
  | 'SENIORS'
  /** Young adults 18 to 25. */
  | 'YOUNG_ADULTS'
  /** Young people 13 to 17. */
  | 'YOUTH';

/** A training for municipal staff (competence development). */
export type Training = {
  __typename?: 'Training';
  /** Who the training is for. */
  audience: TrainingAudience;
  /** Description: sanitised HTML in the requested locale. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the training ends. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier (the editors' key). */
  id: Scalars['ID']['output'];
  /** The organisation giving the training, when it is one the caller may see. */
  provider?: Maybe<Organisation>;
  /** Where to sign up. */
  registrationUrl?: Maybe<Scalars['String']['output']>;
  /** When the training starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Title in the requested locale. */
  title: Scalars['String']['output'];
  /** Who may see the training. */
  visibility: Visibility;
};

/** Who a training is for. */
export type TrainingAudience =
  /** All municipal staff. */
  | 'ALL_STAFF'
  /** Staff who meet residents: schools, social services, youth centres. */
  | 'FIRST_LINE_STAFF'
  /** Managers. */
  | 'MANAGERS'
  /** Specialists such as the support function. */
  | 'SPECIALISTS';

/** A page of trainings. */
export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  /** The edges of this page. */
  edges: Array<TrainingEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
};

/** An edge of a training connection. */
export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The training. */
  node: Training;
};

/** Narrows the trainings. */
export type TrainingFilter = {
  /** Only trainings starting at or after this instant; default: now (upcoming trainings). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Changes to an association; omitted fields stay as they are. */
export type UpdateAssociationInput = {
  /** The contact person for the municipality. */
  contactPerson?: InputMaybe<AssociationContactInput>;
  /** What the association does. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Districts (slugs) the association is active in. */
  districts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Public e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The association's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Web address (https only). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The caller of this request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** For an association account: the association it registered (in any status); otherwise null. */
  association?: Maybe<Association>;
  /** The caller's role. */
  role: ViewerRole;
};

/** The caller's role, derived from a verified bearer token; no token means ANONYMOUS. */
export type ViewerRole =
  /** No token: the public website. */
  | 'ANONYMOUS'
  /** An association account of the association portal. */
  | 'ASSOCIATION'
  /** Staff who moderate the association register. */
  | 'MODERATOR'
  /** Municipal staff (the intranet). */
  | 'STAFF';

/** Who may see an editorial item. */
export type Visibility =
  /** Municipal staff only (the intranet). */
  | 'INTERNAL'
  /** Everyone, including the public website. */
  | 'PUBLIC';

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityParent>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityStatus: ActivityStatus;
  Association: ResolverTypeWrapper<AssociationParent>;
  AssociationConnection: ResolverTypeWrapper<Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversTypes['AssociationEdge']> }>;
  AssociationContact: ResolverTypeWrapper<AssociationContact>;
  AssociationContactInput: AssociationContactInput;
  AssociationEdge: ResolverTypeWrapper<Omit<AssociationEdge, 'node'> & { node: ResolversTypes['Association'] }>;
  AssociationFilter: AssociationFilter;
  AssociationPublicVersion: ResolverTypeWrapper<AssociationParent>;
  AssociationStatus: AssociationStatus;
  Audience: Audience;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContactPerson: ResolverTypeWrapper<ContactPerson>;
  CouncilMeeting: ResolverTypeWrapper<CouncilMeetingParent>;
  CouncilMeetingConnection: ResolverTypeWrapper<Omit<CouncilMeetingConnection, 'edges'> & { edges: Array<ResolversTypes['CouncilMeetingEdge']> }>;
  CouncilMeetingEdge: ResolverTypeWrapper<Omit<CouncilMeetingEdge, 'node'> & { node: ResolversTypes['CouncilMeeting'] }>;
  CouncilMeetingFilter: CouncilMeetingFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictParent>;
  FileLink: ResolverTypeWrapper<FileLink>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Locale: Locale;
  Location: ResolverTypeWrapper<Location>;
  LocationInput: LocationInput;
  MeetingStatus: MeetingStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  Organisation: ResolverTypeWrapper<OrganisationParent>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationKind: OrganisationKind;
  Page: ResolverTypeWrapper<PageParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreventionLevel: PreventionLevel;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterAssociationInput: RegisterAssociationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitActivityInput: SubmitActivityInput;
  SupportResource: ResolverTypeWrapper<SupportResourceParent>;
  SupportResourceConnection: ResolverTypeWrapper<Omit<SupportResourceConnection, 'edges'> & { edges: Array<ResolversTypes['SupportResourceEdge']> }>;
  SupportResourceEdge: ResolverTypeWrapper<Omit<SupportResourceEdge, 'node'> & { node: ResolversTypes['SupportResource'] }>;
  SupportResourceFilter: SupportResourceFilter;
  TargetGroup: TargetGroup;
  Training: ResolverTypeWrapper<TrainingParent>;
  TrainingAudience: TrainingAudience;
  TrainingConnection: ResolverTypeWrapper<Omit<TrainingConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingEdge']> }>;
  TrainingEdge: ResolverTypeWrapper<Omit<TrainingEdge, 'node'> & { node: ResolversTypes['Training'] }>;
  TrainingFilter: TrainingFilter;
  UpdateAssociationInput: UpdateAssociationInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  ViewerRole: ViewerRole;
  Visibility: Visibility;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityParent;
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  Association: AssociationParent;
  AssociationConnection: Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssociationEdge']> };
  AssociationContact: AssociationContact;
  AssociationContactInput: AssociationContactInput;
  AssociationEdge: Omit<AssociationEdge, 'node'> & { node: ResolversParentTypes['Association'] };
  AssociationFilter: AssociationFilter;
  AssociationPublicVersion: AssociationParent;
  Boolean: Scalars['Boolean']['output'];
  ContactPerson: ContactPerson;
  CouncilMeeting: CouncilMeetingParent;
  CouncilMeetingConnection: Omit<CouncilMeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['CouncilMeetingEdge']> };
  CouncilMeetingEdge: Omit<CouncilMeetingEdge, 'node'> & { node: ResolversParentTypes['CouncilMeeting'] };
  CouncilMeetingFilter: CouncilMeetingFilter;
  DateTime: Scalars['DateTime']['output'];
  District: DistrictParent;
  FileLink: FileLink;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Location: Location;
  LocationInput: LocationInput;
  Mutation: Record<PropertyKey, never>;
  OpeningHours: OpeningHours;
  Organisation: OrganisationParent;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFilter: OrganisationFilter;
  Page: PageParent;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterAssociationInput: RegisterAssociationInput;
  String: Scalars['String']['output'];
  SubmitActivityInput: SubmitActivityInput;
  SupportResource: SupportResourceParent;
  SupportResourceConnection: Omit<SupportResourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupportResourceEdge']> };
  SupportResourceEdge: Omit<SupportResourceEdge, 'node'> & { node: ResolversParentTypes['SupportResource'] };
  SupportResourceFilter: SupportResourceFilter;
  Training: TrainingParent;
  TrainingConnection: Omit<TrainingConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingEdge']> };
  TrainingEdge: Omit<TrainingEdge, 'node'> & { node: ResolversParentTypes['Training'] };
  TrainingFilter: TrainingFilter;
  UpdateAssociationInput: UpdateAssociationInput;
  Viewer: ViewerModel;
};

export type ActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  moderationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = {
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<AssociationActivitiesArgs>>;
  changeSubmittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactPerson?: Resolver<Maybe<ResolversTypes['AssociationContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moderationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicVersion?: Resolver<Maybe<ResolversTypes['AssociationPublicVersion']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssociationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssociationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationConnection'] = ResolversParentTypes['AssociationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssociationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AssociationContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationContact'] = ResolversParentTypes['AssociationContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssociationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationEdge'] = ResolversParentTypes['AssociationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Association'], ParentType, ContextType>;
};

export type AssociationPublicVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationPublicVersion'] = ResolversParentTypes['AssociationPublicVersion']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPerson'] = ResolversParentTypes['ContactPerson']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilMeeting'] = ResolversParentTypes['CouncilMeeting']> = {
  agenda?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minutesDocument?: Resolver<Maybe<ResolversTypes['FileLink']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CouncilMeetingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilMeetingConnection'] = ResolversParentTypes['CouncilMeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CouncilMeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CouncilMeetingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilMeetingEdge'] = ResolversParentTypes['CouncilMeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilMeeting'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FileLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FileLink'] = ResolversParentTypes['FileLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveAssociation?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationApproveAssociationArgs, 'id'>>;
  approveAssociationChange?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationApproveAssociationChangeArgs, 'id'>>;
  cancelActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCancelActivityArgs, 'id'>>;
  publishActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationPublishActivityArgs, 'id'>>;
  registerAssociation?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationRegisterAssociationArgs, 'input'>>;
  rejectActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationRejectActivityArgs, 'id' | 'reason'>>;
  rejectAssociation?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationRejectAssociationArgs, 'id' | 'reason'>>;
  rejectAssociationChange?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationRejectAssociationChangeArgs, 'id' | 'reason'>>;
  submitActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationSubmitActivityArgs, 'input'>>;
  suspendAssociation?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationSuspendAssociationArgs, 'id' | 'reason'>>;
  updateAssociation?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationUpdateAssociationArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OpeningHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  contactPersons?: Resolver<Array<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interreligiousCouncilMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryActivitiesArgs>>;
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, Partial<QueryAssociationsArgs>>;
  councilMeetings?: Resolver<ResolversTypes['CouncilMeetingConnection'], ParentType, ContextType, Partial<QueryCouncilMeetingsArgs>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType, Partial<QueryDistrictsArgs>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  page?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryPageArgs, 'slug'>>;
  supportResource?: Resolver<Maybe<ResolversTypes['SupportResource']>, ParentType, ContextType, RequireFields<QuerySupportResourceArgs, 'slug'>>;
  supportResources?: Resolver<ResolversTypes['SupportResourceConnection'], ParentType, ContextType, Partial<QuerySupportResourcesArgs>>;
  trainings?: Resolver<ResolversTypes['TrainingConnection'], ParentType, ContextType, Partial<QueryTrainingsArgs>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type SupportResourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportResource'] = ResolversParentTypes['SupportResource']> = {
  audiences?: Resolver<Array<ResolversTypes['Audience']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  openNow?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  openingHoursNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preventionLevel?: Resolver<Maybe<ResolversTypes['PreventionLevel']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type SupportResourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportResourceConnection'] = ResolversParentTypes['SupportResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportResourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SupportResourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportResourceEdge'] = ResolversParentTypes['SupportResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupportResource'], ParentType, ContextType>;
};

export type TrainingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Training'] = ResolversParentTypes['Training']> = {
  audience?: Resolver<ResolversTypes['TrainingAudience'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  registrationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type TrainingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingConnection'] = ResolversParentTypes['TrainingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrainingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingEdge'] = ResolversParentTypes['TrainingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Training'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ViewerRole'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  Association?: AssociationResolvers<ContextType>;
  AssociationConnection?: AssociationConnectionResolvers<ContextType>;
  AssociationContact?: AssociationContactResolvers<ContextType>;
  AssociationEdge?: AssociationEdgeResolvers<ContextType>;
  AssociationPublicVersion?: AssociationPublicVersionResolvers<ContextType>;
  ContactPerson?: ContactPersonResolvers<ContextType>;
  CouncilMeeting?: CouncilMeetingResolvers<ContextType>;
  CouncilMeetingConnection?: CouncilMeetingConnectionResolvers<ContextType>;
  CouncilMeetingEdge?: CouncilMeetingEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  FileLink?: FileLinkResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportResource?: SupportResourceResolvers<ContextType>;
  SupportResourceConnection?: SupportResourceConnectionResolvers<ContextType>;
  SupportResourceEdge?: SupportResourceEdgeResolvers<ContextType>;
  Training?: TrainingResolvers<ContextType>;
  TrainingConnection?: TrainingConnectionResolvers<ContextType>;
  TrainingEdge?: TrainingEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

