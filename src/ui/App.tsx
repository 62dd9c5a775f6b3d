/**
 * The interactive dashboard of `nodefinder analyse`: the organisation in figures, a tab per
 * finding (connectors, brokers, silos, risks, introductions, teams, people), tables fitted to the
 * terminal, detail views, search, sort, CSV export and help.
 *
 * It shows `analysis` (everything, for the analyst at this terminal) and exports only from
 * `released` (what may leave the machine), so a table on screen and its CSV can differ by the
 * teams below the minimum group size. It takes props only: writing an export goes through the
 * `saveCsv` it is given.
 *
 * Given a comparison (`nodefinder compare`), it shows the after period's analysis with a
 * Changes tab first, and the comparison's figures in the header.
 */
import { Box, Text, useApp } from 'ink';
import { useMemo } from 'react';
import type { Analysis } from '../analyse.js';
import type { Comparison } from '../compare/comparison.js';
import type { Organisation } from '../organisation/organisation.js';
import { DataTable } from './components/DataTable.js';
import { DetailView } from './components/DetailView.js';
import { Header, headerLines } from './components/Header.js';
import { HelpPanel, helpPage } from './components/HelpPanel.js';
import { KeyHints } from './components/KeyHints.js';
import { StatusLine } from './components/StatusLine.js';
import { TabBar } from './components/TabBar.js';
import { changeDetail } from './details/change-detail.js';
import type { DetailContent } from './details/detail-content.js';
import { helpLines } from './details/help-content.js';
import { introductionDetail } from './details/introduction-detail.js';
import { methodText } from './details/method-text.js';
import { personDetail } from './details/person-detail.js';
import { teamDetail } from './details/team-detail.js';
import { cellsLeftBlank } from './export/cells-left-blank.js';
import { countText } from './format.js';
import { useDashboardKeys, type KeyCommand } from './hooks/use-dashboard-keys.js';
import { keepInView, useDashboardState } from './hooks/use-dashboard-state.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { tableCsv } from './table/table-csv.js';
import { searchIndex, tableRows } from './table/table-rows.js';
import { COMPARISON_TABS, DASHBOARD_TABS, withStrengthWords } from './tabs/dashboard-tabs.js';
import { strengthWords } from '../present/strength-words.js';
import { joinList } from '../present/number-format.js';
import { isSmallTeam } from './tabs/shared-columns.js';
import { tabContext, type AnyTab, type DetailTarget, type TabContext } from './tabs/tab-definition.js';

export interface DashboardProps {
  /** Everything measured: what the analyst sees. */
  readonly analysis: Analysis;
  /** What may leave the machine (small teams suppressed): the only source of exports. */
  readonly released: Analysis;
  /** The organisation analysed, for the team-to-team ties of the detail views. */
  readonly organisation: Organisation;
  /** Teams smaller than this are marked on screen. */
  readonly minGroupSize: number;
  /** What was analysed, shown in the header (e.g. the folder). */
  readonly source: string;
  /** Writes an export under a new file name from `base` (e.g. nodefinder-people) and returns its path. */
  readonly saveCsv: (base: string, text: string) => string;
  /** The tabs, in order; DASHBOARD_TABS (COMPARISON_TABS with a comparison) unless a caller adds its own. */
  readonly tabs?: readonly AnyTab[];
  /** What changed since an earlier period (`nodefinder compare`, built from released analyses); `analysis` is then the later period's. */
  readonly comparison?: Comparison;
  /**
   * The load's notes (rows skipped, warnings), which the caller writes to the terminal once the
   * dashboard closes: meanwhile their headline stays in the header, and the help lists them.
   */
  readonly loadNotes?: LoadNotes;
}

export interface LoadNotes {
  /** One short line: "13,323 of 15,000 interaction rows skipped (unknown-person)". */
  readonly headline: string;
  readonly notes: readonly string[];
}

/** Lines around the body: tab bar, tab description, status line, key hints. */
const CHROME_LINES = 4;
/** Narrower than this, or with room for fewer table lines than this, the dashboard says so instead of drawing a broken screen. */
const MIN_COLUMNS = 40;
const MIN_BODY_LINES = 3;

export function App({ analysis, released, organisation, minGroupSize, source, saveCsv, comparison, loadNotes, tabs: givenTabs = comparison ? COMPARISON_TABS : DASHBOARD_TABS }: DashboardProps) {
  const { exit } = useApp();
  const tabs = useMemo(() => withStrengthWords(givenTabs, strengthWords(analysis.load)), [givenTabs, analysis]);
  const { columns, rows: terminalRows } = useTerminalSize();
  const [state, dispatch] = useDashboardState(tabs.length);
  // Teams are marked on screen as the exports, made from `released`, withhold them.
  const context = useMemo(() => tabContext(analysis, minGroupSize, comparison, released), [analysis, minGroupSize, comparison, released]);
  const counts = useMemo(() => tabs.map((tab) => tab.rows(context).length), [tabs, context]);
  const tab = tabs[state.tab];
  const view = state.views[state.tab];
  const index = useMemo(() => searchIndex(tab, context), [tab, context]);
  const rows = useMemo(() => tableRows(tab, context, { sort: view.sort, query: view.query }, index), [tab, context, index, view.sort, view.query]);

  // Keep the whole dashboard one line shorter than the terminal: Ink redraws a full-height
  // output by clearing the screen, which flickers.
  const width = Math.max(columns, MIN_COLUMNS);
  const smallSilos = useMemo(() => analysis.teams.filter((team) => team.silo && isSmallTeam(team, context)).length, [analysis, context]);
  const notice = loadNotes ? `${loadNotes.headline} — ? shows the load notes` : undefined;
  const headerHeight = headerLines(analysis.summary, source, width, comparison, smallSilos, notice).length;
  const roomForBody = terminalRows - 1 - headerHeight - CHROME_LINES;
  const tooSmall = columns < MIN_COLUMNS || roomForBody < MIN_BODY_LINES;
  const bodyHeight = Math.max(roomForBody, MIN_BODY_LINES);
  const page = bodyHeight - 1;
  const selected = Math.min(view.selected, Math.max(rows.length - 1, 0));
  const top = keepInView(selected, view.top, page, rows.length);

  const detail = useMemo(() => (state.detail ? detailContent(state.detail.target, context, organisation, width) : null), [state.detail?.target, context, organisation, width]);
  const scroll = detail && state.detail ? Math.min(state.detail.scroll, Math.max(detail.lines.length - page, 0)) : 0;
  const help = useMemo(() => helpLines(width, minGroupSize, methodText(analysis), comparison !== undefined, loadNotes?.notes), [width, minGroupSize, analysis, comparison, loadNotes]);

  const exportTable = () => {
    if (rows.length === 0) return dispatch({ type: 'status', text: 'Nothing to export: no row is on screen.' });
    try {
      const releasedContext = tabContext(released, minGroupSize, comparison);
      const exported = tableRows(tab, releasedContext, { sort: view.sort, query: view.query });
      const path = saveCsv(`nodefinder-${tab.id}`, tableCsv(tab, releasedContext, exported));
      const withheld = rows.length - exported.length;
      const blanked = cellsLeftBlank(tab, context, releasedContext, rows, exported);
      const notes = [...(withheld > 0 ? [`${countText(withheld)} on screen withheld`] : []), ...(blanked.length > 0 ? [`${joinList(blanked)} left blank`] : [])];
      const note = notes.length > 0 ? ` (${notes.join(', ')}: below minimum group size)` : '';
      dispatch({ type: 'status', text: `Exported ${countText(exported.length)} ${exported.length === 1 ? 'row' : 'rows'}${note} to ${path}` });
    } catch (error) {
      dispatch({ type: 'status', text: `Could not export: ${(error as Error).message}` });
    }
  };

  const handle = (command: KeyCommand) => {
    if (command.kind === 'quit') exit();
    else if (command.kind === 'export') exportTable();
    else if (command.kind === 'open' && rows[selected] !== undefined) dispatch({ type: 'open', target: tab.open(rows[selected]) });
    else if (command.kind === 'dispatch') dispatch(command.action);
  };
  useDashboardKeys(
    state,
    {
      rows: rows.length,
      page,
      lines: detail?.lines.length ?? 0,
      detailPage: page,
      helpLines: help.length,
      helpPage: helpPage(help.length, bodyHeight),
      sorts: tab.sorts.length,
      tabs: tabs.length,
    },
    handle,
  );

  const total = counts[state.tab];
  const sort = tab.sorts[view.sort] ?? tab.sorts[0];
  const position = detail
    ? `lines ${countText(Math.min(scroll + 1, detail.lines.length))}–${countText(Math.min(scroll + page, detail.lines.length))} of ${countText(detail.lines.length)}`
    : [
        rows.length ? `row ${countText(selected + 1)} of ${countText(rows.length)}` : 'no rows',
        view.query ? `matching "${view.query}" (${countText(total)} in all)` : '',
        sort ? `sorted by ${sort.label}` : '',
      ]
        .filter(Boolean)
        .join(' · ');

  if (tooSmall) {
    const needed = `${MIN_COLUMNS} × ${terminalRows - roomForBody + MIN_BODY_LINES}`;
    return (
      <Box width={columns} height={Math.max(terminalRows - 1, 1)}>
        <Text wrap="wrap">{`The terminal is too small for the dashboard (${columns} × ${terminalRows}; it needs about ${needed}). Enlarge it, or press q to quit.`}</Text>
      </Box>
    );
  }

  let body;
  if (state.mode === 'help') {
    body = <HelpPanel lines={help} height={bodyHeight} scroll={state.helpScroll} />;
  } else if (detail) {
    body = <DetailView content={detail} scroll={scroll} page={page} />;
  } else {
    const emptyText = total === 0 ? tab.empty(context) : `Nothing matches "${view.query}". Esc clears the search.`;
    body = <DataTable tab={tab} context={context} rows={rows} selected={selected} top={top} page={page} width={width} emptyText={emptyText} sortedBy={sort?.column} />;
  }

  return (
    <Box flexDirection="column" width={width} height={terminalRows - 1}>
      <Header summary={analysis.summary} source={source} width={width} comparison={comparison} smallSilos={smallSilos} notice={notice} />
      <TabBar titles={tabs.map((t) => t.title)} counts={counts} active={state.tab} width={width} />
      <Text dimColor wrap="truncate-end">
        {tab.describe(context)}
      </Text>
      {body}
      <StatusLine mode={state.mode} query={view.query} message={state.status} position={position} width={width} />
      <KeyHints detail={detail !== null && state.mode !== 'help'} searching={state.mode === 'search'} width={width} />
    </Box>
  );
}

function detailContent(target: DetailTarget, context: TabContext, organisation: Organisation, width: number): DetailContent {
  switch (target.kind) {
    case 'person':
      return personDetail(target.id, context, organisation, width);
    case 'team':
      return teamDetail(target.id, context, organisation, width);
    case 'introduction':
      return introductionDetail(target.from, target.to, context, organisation, width);
    case 'change':
      return changeDetail(target.key, context, width);
  }
}
