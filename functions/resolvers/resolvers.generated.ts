/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './../graphql/types.generated.js';
    import    { activities as Query_activities } from './Query/activities.js';
import    { association as Query_association } from './Query/association.js';
import    { associations as Query_associations } from './Query/associations.js';
import    { councilMeetings as Query_councilMeetings } from './Query/councilMeetings.js';
import    { departments as Query_departments } from './Query/departments.js';
import    { districts as Query_districts } from './Query/districts.js';
import    { organisations as Query_organisations } from './Query/organisations.js';
import    { page as Query_page } from './Query/page.js';
import    { preventionReport as Query_preventionReport } from './Query/preventionReport.js';
import    { search as Query_search } from './Query/search.js';
import    { situation as Query_situation } from './Query/situation.js';
import    { situations as Query_situations } from './Query/situations.js';
import    { supportResource as Query_supportResource } from './Query/supportResource.js';
import    { supportResources as Query_supportResources } from './Query/supportResources.js';
import    { training as Query_training } from './Query/training.js';
import    { trainingCoverage as Query_trainingCoverage } from './Query/trainingCoverage.js';
import    { trainings as Query_trainings } from './Query/trainings.js';
import    { viewer as Query_viewer } from './Query/viewer.js';
import    { approveAssociation as Mutation_approveAssociation } from './Mutation/approveAssociation.js';
import    { approveAssociationChange as Mutation_approveAssociationChange } from './Mutation/approveAssociationChange.js';
import    { cancelActivity as Mutation_cancelActivity } from './Mutation/cancelActivity.js';
import    { cancelTrainingRegistration as Mutation_cancelTrainingRegistration } from './Mutation/cancelTrainingRegistration.js';
import    { createCalendarToken as Mutation_createCalendarToken } from './Mutation/createCalendarToken.js';
import    { publishActivity as Mutation_publishActivity } from './Mutation/publishActivity.js';
import    { recordAttendance as Mutation_recordAttendance } from './Mutation/recordAttendance.js';
import    { registerAssociation as Mutation_registerAssociation } from './Mutation/registerAssociation.js';
import    { registerForTraining as Mutation_registerForTraining } from './Mutation/registerForTraining.js';
import    { rejectActivity as Mutation_rejectActivity } from './Mutation/rejectActivity.js';
import    { rejectAssociation as Mutation_rejectAssociation } from './Mutation/rejectAssociation.js';
import    { rejectAssociationChange as Mutation_rejectAssociationChange } from './Mutation/rejectAssociationChange.js';
import    { revokeCalendarToken as Mutation_revokeCalendarToken } from './Mutation/revokeCalendarToken.js';
import    { submitActivity as Mutation_submitActivity } from './Mutation/submitActivity.js';
import    { suspendAssociation as Mutation_suspendAssociation } from './Mutation/suspendAssociation.js';
import    { updateAssociation as Mutation_updateAssociation } from './Mutation/updateAssociation.js';
import    { Activity } from './Activity.js';
import    { Association } from './Association.js';
import    { AssociationPublicVersion } from './AssociationPublicVersion.js';
import    { CalendarToken } from './CalendarToken.js';
import    { CouncilMeeting } from './CouncilMeeting.js';
import    { Department } from './Department.js';
import    { District } from './District.js';
import    { Organisation } from './Organisation.js';
import    { Page } from './Page.js';
import    { RegisterDecision } from './RegisterDecision.js';
import    { Situation } from './Situation.js';
import    { SupportResource } from './SupportResource.js';
import    { Training } from './Training.js';
import    { TrainingRegistration } from './TrainingRegistration.js';
import    { Viewer } from './Viewer.js';
import    { DateTime } from './DateTime.js';
import    { SearchNode } from './SearchNode.js';
    export const resolvers: Resolvers = {
      Query: { activities: Query_activities,association: Query_association,associations: Query_associations,councilMeetings: Query_councilMeetings,departments: Query_departments,districts: Query_districts,organisations: Query_organisations,page: Query_page,preventionReport: Query_preventionReport,search: Query_search,situation: Query_situation,situations: Query_situations,supportResource: Query_supportResource,supportResources: Query_supportResources,training: Query_training,trainingCoverage: Query_trainingCoverage,trainings: Query_trainings,viewer: Query_viewer },
      Mutation: { approveAssociation: Mutation_approveAssociation,approveAssociationChange: Mutation_approveAssociationChange,cancelActivity: Mutation_cancelActivity,cancelTrainingRegistration: Mutation_cancelTrainingRegistration,createCalendarToken: Mutation_createCalendarToken,publishActivity: Mutation_publishActivity,recordAttendance: Mutation_recordAttendance,registerAssociation: Mutation_registerAssociation,registerForTraining: Mutation_registerForTraining,rejectActivity: Mutation_rejectActivity,rejectAssociation: Mutation_rejectAssociation,rejectAssociationChange: Mutation_rejectAssociationChange,revokeCalendarToken: Mutation_revokeCalendarToken,submitActivity: Mutation_submitActivity,suspendAssociation: Mutation_suspendAssociation,updateAssociation: Mutation_updateAssociation },
      
      Activity: Activity,
Association: Association,
AssociationPublicVersion: AssociationPublicVersion,
CalendarToken: CalendarToken,
CouncilMeeting: CouncilMeeting,
Department: Department,
District: District,
Organisation: Organisation,
Page: Page,
RegisterDecision: RegisterDecision,
Situation: Situation,
SupportResource: SupportResource,
Training: Training,
TrainingRegistration: TrainingRegistration,
Viewer: Viewer,
DateTime: DateTime,
SearchNode: SearchNode
    }