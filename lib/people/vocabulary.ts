// The closed lists of the people a user keeps in touch with.

export const personRelations = ['mentor', 'mentee', 'manager', 'peer', 'client', 'contact'] as const;
export type PersonRelation = (typeof personRelations)[number];
export const personRelationLabels: Record<PersonRelation, string> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  manager: 'Manager',
  peer: 'Peer',
  client: 'Client',
  contact: 'Contact',
};

export const interactionKinds = ['meeting', 'call', 'message', 'event', 'other'] as const;
export type InteractionKind = (typeof interactionKinds)[number];
export const interactionKindLabels: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  message: 'Message',
  event: 'Event',
  other: 'Other',
};
