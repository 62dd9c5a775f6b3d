/**
 * What may leave the machine. The Analysis shown to the analyst in the terminal holds every
 * team; anything written out (JSON, CSV, Markdown, HTML, GEXF, GraphML, text) is built from the
 * released Analysis, in which teams smaller than the minimum group size have no figures (a small
 * team's figures point at individuals, DESIGN §6) and staff columns appear only when named.
 */
import { basename } from 'node:path';
import type { Analysis, BrokerageRoles, PersonAnalysis } from '../analyse.js';
import { UsageError } from '../errors.js';
import { INTRODUCTION_DEFAULTS } from '../introductions/suggest-introductions.js';
import { refuseUnknownOptions } from '../option-names.js';
import type { SkipReason } from '../load/report.js';
import type { Organisation, Person } from '../organisation/organisation.js';
import { checkKeptColumns, STAFF_FIELDS } from './keepable-columns.js';
import { PSEUDONYM_PATTERN } from './pseudonymise.js';
import { releasedChannels } from './released-channels.js';
import { isWithheldAsSmall } from './small-team.js';

export interface PrivacyOptions {
  /** Teams with fewer members than this get no team-level figures in outputs. */
  readonly minGroupSize: number;
  /** True when people are under pseudonyms (see pseudonymise.ts). */
  readonly pseudonymised: boolean;
  /** Staff columns carried into outputs as person attributes; none by default. */
  readonly keepAttributes: readonly string[];
  /**
   * Ids of teams to withhold as the small ones are, whatever their size: `compare` withholds the
   * teams small in either period, or the after period's members would leave the before period's
   * small team to be found by difference. Introductions with an end in such a team are left out,
   * as their reasons name it (they call only teams below minGroupSize "a small team").
   */
  readonly withholdTeams: readonly string[];
}

export const PRIVACY_DEFAULTS: PrivacyOptions = { minGroupSize: 5, pseudonymised: false, keepAttributes: [], withholdTeams: [] };

/** The protections applied to an output, recorded in it. */
export interface PrivacyApplied {
  readonly minGroupSize: number;
  /** Teams with members but below the minimum group size (or withheld: withholdTeams), whose figures were left out; not a team with no members. */
  readonly teamsSuppressed: number;
  /** Their members, who appear with no team. */
  readonly peopleInSuppressedTeams: number;
  readonly pseudonymised: boolean;
  readonly keptAttributes: readonly string[];
}

/** The Analysis as it may be written out, with a `privacy` block saying what was done. */
export function releaseAnalysis(analysis: Analysis, organisation: Organisation, options: Partial<PrivacyOptions> = {}): Analysis {
  // A mistyped option would otherwise release with its default: { minGroupsize: 10 } suppressing teams of fewer than 5.
  refuseUnknownOptions('releaseAnalysis', options, Object.keys(PRIVACY_DEFAULTS));
  checkSamePeople(analysis, organisation);
  // Only pseudonymiseOrganisation puts people under pseudonyms: a release saying so next to real names would mislead whoever reads it.
  if (options.pseudonymised === true && !organisation.pseudonymised) {
    throw new UsageError('releaseAnalysis: pseudonymised is true, but the organisation\'s people are under their own ids',
      'pseudonymise the organisation with pseudonymiseOrganisation(organisation, key) before analyse, and release that analysis');
  }
  if (organisation.pseudonymised) checkPseudonyms(organisation);
  // People under pseudonyms make a pseudonymised release, whatever the options say.
  const o = { ...PRIVACY_DEFAULTS, ...options, pseudonymised: organisation.pseudonymised };
  if (!Number.isSafeInteger(o.minGroupSize) || o.minGroupSize < 1) throw new UsageError(`minimum group size must be a whole number of at least 1, not ${o.minGroupSize}`);
  // The reasons were written when the introductions were suggested: they must not name a team this release suppresses.
  // An analysis saved before this was recorded explained its introductions for the default, 5.
  const named = analysis.options.introductions?.minGroupSize ?? INTRODUCTION_DEFAULTS.minGroupSize;
  if (named < o.minGroupSize) {
    throw new UsageError(`the introductions' reasons name teams of ${named} or more people, but this release suppresses teams of fewer than ${o.minGroupSize}`,
      `analyse with introductions: { minGroupSize: ${o.minGroupSize} }, as the release, so that the reasons call such teams "a small team"`);
  }
  checkKeptColumns(organisation, o.keepAttributes, o.pseudonymised);
  const withheld = new Set(o.withholdTeams);
  // A team with no members is released as it is, size 0, for the outputs to say it has no members.
  const suppressed = new Set(analysis.teams.filter((team) => isWithheldAsSmall(team.size, o.minGroupSize) || (team.size > 0 && withheld.has(team.id))).map((team) => team.id));
  const teamOrNull = (team: string | null) => (team !== null && suppressed.has(team) ? null : team);
  // Ids of the suppressed teams' members.
  const inSmallTeam = new Set(analysis.people.filter((person) => person.team !== null && suppressed.has(person.team)).map((person) => person.id));
  const people = analysis.people.map((person, v) => {
    const released = inSmallTeam.has(person.id) ? withoutTeamFigures(person) : person;
    return o.keepAttributes.length > 0 ? { ...released, attributes: attributesOf(organisation.people[v], o.keepAttributes) } : released;
  });
  const teams = analysis.teams.filter((team) => !suppressed.has(team.id));
  // An introduction's need and value are figures of its two teams (a need of 2 is a silo with no
  // tie out): for one with an end in a small team they are left out, and the score made of them.
  // Teams withheld though not small are named in the introductions' reasons: theirs are left out.
  const namedWithheld = new Set(analysis.teams.filter((team) => withheld.has(team.id) && team.size >= o.minGroupSize).map((team) => team.id));
  const inNamedWithheld = new Set(analysis.people.filter((person) => person.team !== null && namedWithheld.has(person.team)).map((person) => person.id));
  const listed = analysis.introductions.filter((item) => !inNamedWithheld.has(item.from) && !inNamedWithheld.has(item.to));
  const introductions = listed.map((item) =>
    inSmallTeam.has(item.from) || inSmallTeam.has(item.to) ? { ...item, score: NaN, components: { ...item.components, need: NaN, value: NaN } } : item);
  const privacy: PrivacyApplied = {
    minGroupSize: o.minGroupSize,
    teamsSuppressed: suppressed.size,
    peopleInSuppressedTeams: inSmallTeam.size,
    pseudonymised: o.pseudonymised,
    keptAttributes: [...o.keepAttributes],
  };
  return {
    ...analysis,
    load: analysis.load && releasedLoad(analysis.load, organisation, o.pseudonymised),
    summary: { ...analysis.summary, silos: teams.filter((team) => team.silo).length },
    people,
    teams,
    introductions,
    risks: {
      ...analysis.risks,
      singlePointsOfFailure: analysis.risks.singlePointsOfFailure.map((risk) => ({ ...risk, team: teamOrNull(risk.team) })),
    },
    privacy,
  };
}

/** The analysis must be of this organisation: its people are released with the organisation's columns and privacy. */
function checkSamePeople(analysis: Analysis, organisation: Organisation): void {
  const same = analysis.people.length === organisation.people.length && analysis.people.every((person, v) => person.id === organisation.people[v].id);
  if (!same) throw new UsageError('releaseAnalysis: the analysis is not of this organisation (the people differ)', 'release an analysis with the organisation it was made from');
}

/**
 * An organisation marked pseudonymised (createOrganisation takes the mark) must hold only what
 * pseudonymiseOrganisation leaves: pseudonyms, and no names, e-mail addresses or managers.
 */
function checkPseudonyms(organisation: Organisation): void {
  const exposed = organisation.people.filter((person) => !PSEUDONYM.test(person.id) || person.name !== '' || person.email !== '' || person.manager !== '').length;
  if (exposed > 0) {
    throw new UsageError(`releaseAnalysis: the organisation is marked pseudonymised, but ${exposed} of its people ${exposed === 1 ? 'is' : 'are'} not under a pseudonym, or still ${exposed === 1 ? 'has' : 'have'} a name, e-mail address or manager`,
      'make it with pseudonymiseOrganisation(organisation, key)');
  }
}

const PSEUDONYM = new RegExp(`^${PSEUDONYM_PATTERN}$`);

/** Measures taken against a person's own team. */
const TEAM_MEASURES = ['eiIndex', 'participation', 'withinTeamZ'] as const;

/**
 * A small team's member with no team and none of the figures taken against it: their E-I index,
 * participation, within-team z-score and brokerage counts would tell how many of their ties are
 * within the team, and so rebuild it from the network. Nor their community: a small team is
 * often a community of its own, and the teamless people sharing one would be the team again.
 */
function withoutTeamFigures(person: PersonAnalysis): PersonAnalysis {
  const evidence = Object.fromEntries(
    Object.entries(person.evidence).map(([role, items]) => [role, items.filter((item) => !(TEAM_MEASURES as readonly string[]).includes(item.measure))]),
  );
  const brokerage = Object.fromEntries(Object.keys(person.brokerage).map((role) => [role, NaN])) as unknown as BrokerageRoles;
  // Boundary spanning is judged on participation: the role would say what the figure was.
  const { 'boundary-spanner': _spanning, ...otherEvidence } = evidence;
  const roles = person.roles.filter((role) => role !== 'boundary-spanner');
  return { ...person, team: null, community: NaN, eiIndex: NaN, participation: NaN, withinTeamZ: NaN, brokerage, roles, evidence: otherEvidence };
}

function attributesOf(person: Person, columns: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const column of columns) {
    attributes[column] = (STAFF_FIELDS as readonly string[]).includes(column) ? person[column as (typeof STAFF_FIELDS)[number]] : (person.attributes[column] ?? '');
  }
  return attributes;
}

/**
 * Skip reasons whose examples are channels. The others' are ids: people not in the staff file
 * (an outside correspondent's e-mail address), recipients, messages.
 */
const CHANNEL_EXAMPLES: ReadonlySet<SkipReason> = new Set(['other-channel', 'outside-window']);

/**
 * The load report as released: files by name alone, as the reports name them (a folder's path can
 * name a person, /home/asmith, and the same data read from another folder gave other bytes); the
 * skipped rows' line numbers, but no example ids, which are raw values from the input naming people
 * the outputs otherwise leave out (`validate`, for fixing the input, lists them); pseudonymised,
 * no example channels either, nor channel names that point at a person (released-channels.ts).
 */
function releasedLoad(load: NonNullable<Analysis['load']>, organisation: Organisation, pseudonymised: boolean): NonNullable<Analysis['load']> {
  const files = load.files.map((file) => ({
    ...file,
    file: basename(file.file),
    skipped: file.skipped.map(({ examples, ...rest }) => (examples && !pseudonymised && CHANNEL_EXAMPLES.has(rest.reason) ? { ...rest, examples } : rest)),
  }));
  return pseudonymised ? { ...load, files, ...releasedChannels(load, organisation) } : { ...load, files };
}
