/**
 * The text of the `?` panel, fitted to the width: the keys and the colours packed as many to a
 * line as fit, then what an export contains, how the measures were computed, and the load's
 * notes when it skipped rows or warned.
 */
import { ROLES } from '../../findings/roles.js';
import { KEY_HELP } from '../hooks/use-dashboard-keys.js';
import { displayWidth } from '../../present/display-width.js';
import { packItems } from '../layout/pack-items.js';
import { ROLE_MEANINGS } from '../role-meanings.js';
import { ACCENT_COLOUR, COLD_COLOUR, GAIN_COLOUR, LOSS_COLOUR, PRIVACY_COLOUR, QUIET_COLOUR, RISK_COLOUR, ROLE_COLOURS, SILO_COLOUR, WARNING_COLOUR } from '../theme.js';
import { wrapSegments, type DetailLine, type Segment } from './detail-content.js';

const SEPARATOR = '   ';

/** Items of styled segments packed into lines, indented by two. */
function packed(items: readonly Segment[][], width: number): DetailLine[] {
  const text = (item: Segment[]) => item.map((segment) => segment.text).join('');
  return packItems(items, width - 2, text, SEPARATOR).flatMap((line) =>
    // An item wider than a line is alone on it: wrap it rather than cut it.
    line.length === 1 && displayWidth(text(line[0])) > width - 2
      ? wrapSegments(line[0], width, 2, 2)
      : [[{ text: '  ' }, ...line.flatMap((item, i) => (i > 0 ? [{ text: SEPARATOR }, ...item] : item))]],
  );
}

/** The colours of the Changes tab, shown only when there is one. */
const CHANGE_COLOURS: readonly Segment[][] = [
  [{ text: 'loss', colour: LOSS_COLOUR }, { text: ': a tie, contact, role or team reached lost (and new single points of failure)' }],
  [{ text: 'gain', colour: GAIN_COLOUR }, { text: ': a new link, a team opening up, a role gained' }],
  [{ text: 'within normal variation', colour: QUIET_COLOUR }, { text: ': no larger than the before period varies anyway ("within"; "beyond" when larger, on a narrow terminal)' }],
];

/** The help panel's lines at this width; `changes` adds the colours of the Changes tab, `loadNotes` the load's notes. */
export function helpLines(width: number, minGroupSize: number, method: string, changes = false, loadNotes: readonly string[] = []): DetailLine[] {
  const keys = KEY_HELP.map(([key, what]): Segment[] => [{ text: key, bold: true }, { text: ` ${what}` }]);
  const colours: Segment[][] = [
    ...ROLES.map((role): Segment[] => [{ text: role, colour: ROLE_COLOURS[role] }, { text: `: ${ROLE_MEANINGS[role]}` }]),
    // Short, to share a line at 80 columns: the Risks tab's own line says what they are.
    [{ text: 'single points of failure', colour: RISK_COLOUR }, { text: ': the Risks tab' }],
    [{ text: 'SILO', colour: SILO_COLOUR }, { text: ': a team that talks almost only to itself' }],
    [{ text: 'cold', colour: COLD_COLOUR }, { text: ': no one knows both people' }],
    ...(changes ? CHANGE_COLOURS : []),
  ];
  return [
    // HelpPanel adds what closes the help, which depends on whether it fits.
    [{ text: 'Keys', bold: true, colour: ACCENT_COLOUR }],
    ...packed(keys, width),
    [{ text: 'Colours', bold: true, colour: ACCENT_COLOUR }, { text: ' (the words say the same, for NO_COLOR)', dim: true }],
    ...packed(colours, width),
    ...wrapSegments(
      [
        { text: `small team (<${minGroupSize})`, colour: PRIVACY_COLOUR },
        ...(changes ? [{ text: ' or ' }, { text: `small before (<${minGroupSize})`, colour: PRIVACY_COLOUR }] : []),
        // Its members stay in exports of people: what is left out is what would tell of the team.
        { text: ': shown here; exports leave out its rows and figures, and its name beside its members. e writes the table as shown to a CSV file.' },
      ],
      width,
      0,
      2,
    ),
    ...wrapSegments([{ text: method, dim: true }], width, 0, 2),
    ...(loadNotes.length > 0
      ? [
          [{ text: 'Load notes', bold: true, colour: ACCENT_COLOUR }, { text: ' (also written to the terminal when you quit, unless --quiet)', dim: true }],
          ...loadNotes.flatMap((note) => wrapSegments([{ text: note, colour: WARNING_COLOUR }], width, 2, 4)),
        ]
      : []),
  ];
}
