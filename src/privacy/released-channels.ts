/**
 * The channels a pseudonymised release names. The list leaves out, and counts, the channels whose
 * names point at a person: pseudonymiseOrganisation left those with no name (personal-channels.ts).
 * The warnings that a --channel matched nothing name only the channels listed: the skipped rows'
 * channels, which they also named, are values from the input that the release strips from the
 * skipped rows' examples too. A --channel whose rows are all outside the time window is still told
 * so: those rows' channels are --channel values, which the release records as typed.
 */
import type { Analysis } from '../analyse.js';
import { channelsNotMatched, skippedChannels, unmatchedChannels } from '../load/load-warnings.js';
import type { LoadReport } from '../load/report.js';
import type { Organisation } from '../organisation/organisation.js';

export function releasedChannels(load: LoadReport, organisation: Organisation): Pick<NonNullable<Analysis['load']>, 'channels' | 'channelsWithheld' | 'warnings'> {
  const named = new Set(organisation.channels);
  const channels = load.channels.filter((channel) => named.has(channel));
  const withheld = load.channels.length - channels.length;
  // The interactions file is read last (load-organisation.ts); its skipped rows hold the other channels.
  const interactions = load.files[load.files.length - 1];
  const otherChannels = interactions.skipped.some((entry) => entry.reason === 'other-channel');
  // Not listed, but "…" stands for them.
  const outside = skippedChannels(interactions, 'outside-window').channels;
  const unlisted = outside.some((channel) => !channels.includes(channel));
  // The warnings as the loader wrote them, found by writing them again from the same report.
  const asRead = unmatchedChannels(load.settings.channels, load.channels, interactions);
  const released = channelsNotMatched(load.settings.channels, load.channels, channels, withheld > 0 || otherChannels || unlisted, outside);
  return {
    channels,
    ...(withheld > 0 ? { channelsWithheld: withheld } : {}),
    warnings: load.warnings.map((warning) => {
      const at = asRead.indexOf(warning);
      return at < 0 ? warning : released[at];
    }),
  };
}
