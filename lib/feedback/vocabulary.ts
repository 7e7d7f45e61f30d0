// The closed lists of the feedback a user receives.

export const feedbackRelations = ['manager', 'peer', 'report', 'client', 'mentor'] as const;
export type FeedbackRelation = (typeof feedbackRelations)[number];
export const feedbackRelationLabels: Record<FeedbackRelation, string> = {
  manager: 'Manager',
  peer: 'Peer',
  report: 'Report',
  client: 'Client',
  mentor: 'Mentor',
};

export const feedbackKinds = ['praise', 'development'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];
export const feedbackKindLabels: Record<FeedbackKind, string> = {
  praise: 'Praise',
  development: 'Development area',
};
