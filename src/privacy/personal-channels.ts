/**
 * Channel names that point at a person: a chat or mail export's channel can be one conversation
 * ("DM zara.quist@council.example", "1:1 with E1042"). Pseudonymised outputs leave such names out.
 * The rule is meant to be explained in one sentence: the name holds an e-mail address (an @ between
 * two non-spaces), or one of its words is a staff id. Names of people in other forms are not
 * recognised, so channel names must carry no personal data (README, Privacy).
 */

/** Where a channel name splits into words: spaces and punctuation, but not the . - _ that ids hold. */
const WORD_BREAKS = /[\s,;:|/\\()<>[\]{}"'`!?*+=&#]+/u;
const EMAIL_ADDRESS = /[^\s@]@[^\s@]/u;

/** Whether `channel` holds an e-mail address or a staff id (`isStaffId`). */
export function namesAPerson(channel: string, isStaffId: (word: string) => boolean): boolean {
  if (EMAIL_ADDRESS.test(channel)) return true;
  return isStaffId(channel.trim()) || channel.split(WORD_BREAKS).some((word) => word !== '' && isStaffId(word));
}
