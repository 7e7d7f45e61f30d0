// The names an achievement's links are shown and picked by.
type Choices = {
  goals: { id: string; title: string }[];
  skills: { id: string; name: string }[];
  positions: { id: string; title: string; employer: string }[];
};

export type LinkOption = { id: string; label: string };

/** Goals, skills and positions as options of the form: "Data analyst, Acme". */
export function linkOptions(choices: Choices): { goals: LinkOption[]; skills: LinkOption[]; positions: LinkOption[] } {
  return {
    goals: choices.goals.map((goal) => ({ id: goal.id, label: goal.title })),
    skills: choices.skills.map((skill) => ({ id: skill.id, label: skill.name })),
    positions: choices.positions.map((position) => ({
      id: position.id,
      label: `${position.title}, ${position.employer}`,
    })),
  };
}
