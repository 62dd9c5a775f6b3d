/**
 * Channel names that point at a person: a chat or mail export's channel can be one conversation
 * ("DM zara.quist@council.example", "1:1 with E1042"). Pseudonymised outputs leave such names out.
 * The rule is meant to be explained in one sentence: the name holds an e-mail address (an @ between
 * two non-spaces), or one of its words, or a part of a word between . - and _, is a staff id
 * ("dm-E1003", "E1005.chat", and "dm-E-1042" for the id E-1042). Names of people in other forms are not
 * recognised, so channel names must carry no personal data (README, Privacy).
 */

/** Where a channel name splits into words: spaces and punctuation, but not the . - _ that ids hold. */
const WORD_BREAKS = /[\s,;:|/\\()<>[\]{}"'`!?*+=&#]+/u;
const EMAIL_ADDRESS = /[^\s@]@[^\s@]/u;

/** The . - _ that join the parts of a word, and may join an id to the rest of it. */
const PART_BREAKS = /[._-]/g;

/** Whether `channel` holds an e-mail address or a staff id (`isStaffId`). */
export function namesAPerson(channel: string, isStaffId: (word: string) => boolean): boolean {
  if (EMAIL_ADDRESS.test(channel)) return true;
  return isStaffId(channel.trim()) || channel.split(WORD_BREAKS).some((word) => word !== '' && partsOf(word).some(isStaffId));
}

/**
 * Every run of a word's parts between . - _, the whole word among them: an id holding those
 * characters itself (E-1042) is found as a run of parts, joined to others or not.
 */
function partsOf(word: string): string[] {
  const breaks = [...word.matchAll(PART_BREAKS)].map((match) => match.index);
  const starts = [0, ...breaks.map((at) => at + 1)];
  const ends = [...breaks, word.length];
  return starts.flatMap((start) => ends.filter((end) => end > start).map((end) => word.slice(start, end)));
}
