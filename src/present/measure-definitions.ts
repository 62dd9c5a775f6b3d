/** What each measure means, for the methods section of reports (the README's table, in short). */

/** One measure: its name in the JSON output, what it describes, and its definition. */
export interface MeasureDefinition {
  readonly measure: string;
  readonly per: 'person' | 'team' | 'person, team' | 'organisation';
  readonly definition: string;
}

export const MEASURE_DEFINITIONS: readonly MeasureDefinition[] = [
  { measure: 'degree', per: 'person', definition: 'distinct contacts (people interacted with, either direction)' },
  { measure: 'strength', per: 'person', definition: 'interactions over all of a person\'s ties (sum of tie strengths)' },
  { measure: 'betweenness', per: 'person', definition: 'share of shortest paths between other people that pass through the person (Brandes; normalised as networkx)' },
  { measure: 'closeness, harmonic', per: 'person', definition: 'Wasserman–Faust closeness for networks in several parts; harmonic centrality, the sum of 1 / distance' },
  { measure: 'pagerank, eigenvector', per: 'person', definition: 'importance from being tied to important people, on tie strengths (PageRank α = 0.85)' },
  { measure: 'clustering', per: 'person', definition: 'share of pairs of a person\'s contacts who are tied to each other' },
  { measure: 'constraint, effectiveSize, efficiency', per: 'person', definition: 'Burt (1992): how much a person\'s contacts are tied to each other (low constraint: the person spans structural holes); efficiency = effective size / degree' },
  { measure: 'brokerage', per: 'person', definition: 'Gould–Fernandez counts of the two-paths a→person→b with no a→b tie, by the teams of a, the person and b: coordinator, itinerant, gatekeeper, representative, liaison' },
  { measure: 'eiIndex', per: 'person, team', definition: 'Krackhardt–Stern E-I index (E - I) / (E + I) over ties: -1 all inside the team, +1 all outside' },
  { measure: 'participation, withinTeamZ', per: 'person', definition: 'Guimerà–Amaral participation coefficient 1 − Σ (ties into team s / degree)²; within-team degree z-score' },
  { measure: 'teamsReached', per: 'person, team', definition: 'other teams tied to' },
  { measure: 'peopleCutOff, teamsCutOff', per: 'person', definition: 'people cut off from the rest if this person left, and the teams those people are in (not teams cut off whole): articulation points' },
  { measure: 'internalTies, externalTies, density', per: 'team', definition: 'ties inside the team, ties leaving it, and the share of possible pairs inside the team that are tied' },
  { measure: 'busFactor', per: 'team', definition: 'share of the team\'s external ties held by its single most-connected member' },
  { measure: 'communities, modularity, NMI', per: 'organisation', definition: 'seeded Louvain communities on tie strengths, over the people with ties (a person with no ties is in none); their modularity; normalised mutual information between communities and formal teams, over the people with ties and a team' },
];
