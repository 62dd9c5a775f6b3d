/**
 * The interaction events of a sample organisation: how many fall on each tie, when, in which
 * direction and through which channel, in time order.
 *
 * Each event is one Float64 key: minute since the period's start, shifted left past the tie
 * index, direction and channel. Sorting the keys (a native typed-array sort) puts the events in
 * time order without an object per event, so five million events need 40 MB rather than
 * hundreds, and decoding a key gives back everything the writer needs.
 */
import type { SampleTies } from './generate-ties.js';
import { TIE_KIND } from './generate-ties.js';
import { Random } from './random.js';
import { dayNumber, type ResolvedSampleOptions } from './sample-options.js';

/** Channel names, by the code stored in an event key. */
export const CHANNELS = ['email', 'meeting', 'chat'] as const;

/** Events in time order, with what is needed to decode them. */
export interface SampleEvents {
  /** Sorted keys: `minute * lowScale + tie * 8 + forward * 4 + channel`. */
  readonly keys: Float64Array;
  /** 2^(bits below the minute); a power of two, so the split is exact. */
  readonly lowScale: number;
  /** The period's first day, as days since 1970-01-01 UTC. */
  readonly startDay: number;
  /** Days in the period, inclusive of both ends. */
  readonly days: number;
}

/** The random stream of the events, kept apart from those of structure and ties. */
export const EVENTS_STREAM = 3;

const MINUTES_PER_DAY = 1440;
const MAX_EXACT = 2 ** 53;

// Working hours 08:00–18:00 with a mid-morning peak and a lunchtime dip; some e-mail goes out
// early or late.
const WORK_HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
const WORK_HOUR_WEIGHTS = [3, 8, 10, 9, 6, 7, 9, 8, 6, 3];
const LATE_HOURS = [7, 18, 19, 20, 21];
const LATE_HOUR_WEIGHTS = [3, 4, 2, 2, 1];
const EMAIL_OUT_OF_HOURS = 0.04;
/** Meetings start on the hour or half past, now and then at a quarter. */
const MEETING_MINUTES = [0, 15, 30, 45];
const MEETING_MINUTE_WEIGHTS = [6, 1, 4, 1];
/** Channel mix (email, meeting, chat) by tie kind: chat within the team, e-mail across. */
const CHANNEL_WEIGHTS: Readonly<Record<number, readonly number[]>> = {
  [TIE_KIND.team]: [0.3, 0.25, 0.45],
  [TIE_KIND.department]: [0.45, 0.3, 0.25],
  [TIE_KIND.cross]: [0.55, 0.35, 0.1],
};
/** Each tie has a lean: one side starts more of the conversation than the other. */
const MIN_FORWARD_SHARE = 0.3;
const MAX_FORWARD_SHARE = 0.7;

/**
 * Draws round(staff × eventsPerPerson) events over the ties and sorts them by time. `stream`
 * separates the draws of a second period (see second-period.ts) from those of the first.
 */
export function generateEvents(ties: SampleTies, options: ResolvedSampleOptions, stream: number = EVENTS_STREAM): SampleEvents {
  const random = new Random(options.seed, stream);
  const startDay = dayNumber('periodStart', options.periodStart);
  const days = dayNumber('periodEnd', options.periodEnd) - startDay + 1;
  const total = ties.count === 0 ? 0 : Math.round(options.staff * options.eventsPerPerson);

  const lowScale = 2 ** Math.max(3, Math.ceil(Math.log2(Math.max(1, ties.count) * 8)));
  if (days * MINUTES_PER_DAY * lowScale > MAX_EXACT) {
    throw new RangeError('the period is too long for this many ties; shorten the period or the staff');
  }

  const counts = allocate(ties, total, random);
  const workdays = workingDays(startDay, days);
  const workHours = cumulative(WORK_HOUR_WEIGHTS);
  const lateHours = cumulative(LATE_HOUR_WEIGHTS);
  const meetingMinutes = cumulative(MEETING_MINUTE_WEIGHTS);
  const channelTables = [TIE_KIND.team, TIE_KIND.department, TIE_KIND.cross].map((kind) => cumulative(CHANNEL_WEIGHTS[kind]));

  const keys = new Float64Array(total);
  let next = 0;
  for (let tie = 0; tie < ties.count; tie++) {
    const n = counts[tie];
    if (n === 0) continue;
    const forwardShare = MIN_FORWARD_SHARE + (MAX_FORWARD_SHARE - MIN_FORWARD_SHARE) * random.float();
    const channels = channelTables[ties.kind[tie]];
    for (let e = 0; e < n; e++) {
      const channel = draw(channels, random.float());
      const day = workdays[random.index(workdays.length)];
      let hour: number;
      let minute: number;
      if (channel === 1) {
        hour = WORK_HOURS[draw(workHours, random.float())];
        minute = MEETING_MINUTES[draw(meetingMinutes, random.float())];
      } else {
        hour = channel === 0 && random.chance(EMAIL_OUT_OF_HOURS)
          ? LATE_HOURS[draw(lateHours, random.float())]
          : WORK_HOURS[draw(workHours, random.float())];
        minute = random.index(60);
      }
      const forward = random.chance(forwardShare) ? 1 : 0;
      const time = day * MINUTES_PER_DAY + hour * 60 + minute;
      keys[next++] = time * lowScale + tie * 8 + forward * 4 + channel;
    }
  }
  keys.sort();
  return { keys, lowScale, startDay, days };
}

/**
 * Splits `total` events over the ties in proportion to weight, each tie getting the floor or the
 * ceiling of its share (systematic sampling from one random offset), so the count is exact and
 * no tie's volume strays from its weight by more than one event. When there are enough events,
 * every tie that is not optional gets at least one, so it exists in the output. Optional ties
 * (a silo team's trickle of outside contact) get only the floor of their share, so a silo stays
 * a silo however few events there are.
 */
function allocate(ties: SampleTies, total: number, random: Random): Int32Array {
  const counts = new Int32Array(ties.count);
  let required = 0;
  for (let i = 0; i < ties.count; i++) required += ties.optional[i] ? 0 : 1;
  let remaining = total;
  if (total >= required) {
    for (let i = 0; i < ties.count; i++) counts[i] = ties.optional[i] ? 0 : 1;
    remaining -= required;
  }
  let weight = 0;
  let requiredWeight = 0;
  for (let i = 0; i < ties.count; i++) {
    weight += ties.weight[i];
    if (!ties.optional[i]) requiredWeight += ties.weight[i];
  }
  if (remaining <= 0 || requiredWeight <= 0) return counts;

  const optionalScale = remaining / weight;
  for (let i = 0; i < ties.count; i++) {
    if (!ties.optional[i]) continue;
    counts[i] = Math.floor(ties.weight[i] * optionalScale);
    remaining -= counts[i];
  }
  const scale = remaining / requiredWeight;
  let position = random.float();
  let given = 0;
  let heaviest = -1;
  for (let i = 0; i < ties.count; i++) {
    if (ties.optional[i]) continue;
    const end = position + ties.weight[i] * scale;
    const share = Math.floor(end) - Math.floor(position);
    counts[i] += share;
    given += share;
    position = end;
    if (heaviest < 0 || ties.weight[i] > ties.weight[heaviest]) heaviest = i;
  }
  // Rounding in the running sum can leave the total one off; settle it on the heaviest tie.
  counts[heaviest] += remaining - given;
  return counts;
}

/** Offsets (days from the start) of the Mondays to Fridays; every day if there are none. */
function workingDays(startDay: number, days: number): Int32Array {
  const offsets: number[] = [];
  for (let d = 0; d < days; d++) {
    // 1970-01-01 was a Thursday: (day + 4) mod 7 is 0 on Sundays and 6 on Saturdays.
    const weekday = (((startDay + d + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) offsets.push(d);
  }
  return Int32Array.from(offsets.length > 0 ? offsets : Array.from({ length: days }, (_, d) => d));
}

function cumulative(weights: readonly number[]): Float64Array {
  const table = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, i) => (table[i] = sum += weight));
  return table.map((value) => value / sum);
}

/** The index whose cumulative share first exceeds `u` in [0, 1). */
function draw(table: Float64Array, u: number): number {
  let i = 0;
  while (i < table.length - 1 && u >= table[i]) i++;
  return i;
}
