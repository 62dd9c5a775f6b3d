/**
 * The dashboard's state as a pure reducer: which tab is shown, each tab's selection, scroll,
 * sort and search, the open detail view, the mode (browsing, typing a search, reading help) and
 * the status line. Sizes (row counts, page heights) come in with the actions, so the reducer
 * never needs the analysis and can be tested on its own.
 */
import { useReducer } from 'react';
import type { DetailTarget } from '../tabs/tab-definition.js';

/** One tab's table as the user left it. */
export interface TabView {
  /** Index of the selected row among the rows shown. */
  readonly selected: number;
  /** Index of the first row on screen. */
  readonly top: number;
  /** Index into the tab's sorts. */
  readonly sort: number;
  readonly query: string;
}

/** An open detail view and how far it is scrolled. */
export interface OpenDetail {
  readonly target: DetailTarget;
  readonly scroll: number;
}

export interface DashboardState {
  /** Index of the tab shown. */
  readonly tab: number;
  readonly views: readonly TabView[];
  readonly detail: OpenDetail | null;
  /** `search`: keys type into the search of the tab shown. `help`: the key list is shown. */
  readonly mode: 'browse' | 'search' | 'help';
  /** The first help line on screen, when the help is taller than the screen. */
  readonly helpScroll: number;
  /** A message for the status line, cleared by the next action. */
  readonly status: string | null;
}

/** Where a move goes. */
export type Movement = 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end';

export type DashboardAction =
  | { readonly type: 'switch-tab'; readonly by: 1 | -1 }
  | { readonly type: 'go-to-tab'; readonly tab: number }
  /** Moves the table's selection, or scrolls the open detail view. `count` is the rows (or lines) there are, `page` how many fit on screen. */
  | { readonly type: 'move'; readonly to: Movement; readonly count: number; readonly page: number }
  | { readonly type: 'open'; readonly target: DetailTarget }
  | { readonly type: 'back' }
  | { readonly type: 'start-search' }
  /** Text typed into the search; `finish` when a line break came with it (a paste, or fast typing). */
  | { readonly type: 'type'; readonly text: string; readonly finish?: boolean }
  | { readonly type: 'erase' }
  | { readonly type: 'finish-search' }
  | { readonly type: 'clear-search' }
  | { readonly type: 'cycle-sort'; readonly sorts: number }
  | { readonly type: 'toggle-help' }
  /** Scrolls the help: `count` lines, `page` of them on screen. */
  | { readonly type: 'scroll-help'; readonly to: Movement; readonly count: number; readonly page: number }
  | { readonly type: 'status'; readonly text: string | null };

const FRESH_VIEW: TabView = { selected: 0, top: 0, sort: 0, query: '' };

/** The state a dashboard of `tabs` tabs opens in: the first tab, nothing selected but the first row. */
export function initialDashboardState(tabs: number): DashboardState {
  return { tab: 0, views: Array.from({ length: tabs }, () => FRESH_VIEW), detail: null, mode: 'browse', helpScroll: 0, status: null };
}

/** The next state. */
export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
  const next = { ...state, status: null };
  const tabs = state.views.length;
  const view = state.views[state.tab];
  const withView = (changes: Partial<TabView>): DashboardState => ({
    ...next,
    views: state.views.map((v, i) => (i === state.tab ? { ...v, ...changes } : v)),
  });
  switch (action.type) {
    case 'switch-tab':
      return { ...next, tab: (state.tab + action.by + tabs) % tabs, detail: null, mode: 'browse' };
    case 'go-to-tab':
      if (action.tab < 0 || action.tab >= tabs) return next;
      return { ...next, tab: action.tab, detail: null, mode: 'browse' };
    case 'move': {
      if (state.detail) return { ...next, detail: { ...state.detail, scroll: scrolled(state.detail.scroll, action) } };
      const selected = moveIndex(view.selected, action.to, action.count, action.page);
      return withView({ selected, top: keepInView(selected, view.top, action.page, action.count) });
    }
    case 'open':
      return { ...next, detail: { target: action.target, scroll: 0 }, mode: 'browse' };
    case 'back':
      return { ...next, detail: null };
    case 'start-search':
      return { ...next, detail: null, mode: 'search' };
    case 'type':
      return { ...withView({ query: view.query + action.text, selected: 0, top: 0 }), mode: action.finish ? 'browse' : 'search' };
    case 'erase':
      return withView({ query: [...view.query].slice(0, -1).join(''), selected: 0, top: 0 });
    case 'finish-search':
      return { ...next, mode: 'browse' };
    case 'clear-search':
      return { ...withView({ query: '', selected: 0, top: 0 }), mode: 'browse' };
    case 'cycle-sort':
      return withView({ sort: action.sorts > 0 ? (view.sort + 1) % action.sorts : 0, selected: 0, top: 0 });
    case 'toggle-help':
      return { ...next, mode: state.mode === 'help' ? 'browse' : 'help', helpScroll: 0 };
    case 'scroll-help':
      return { ...next, helpScroll: scrolled(state.helpScroll, action) };
    case 'status':
      return { ...state, status: action.text };
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** The first line on screen after a movement through `count` lines with `page` on screen. */
function scrolled(scroll: number, { to, count, page }: { to: Movement; count: number; page: number }): number {
  const last = Math.max(count - page, 0);
  return clamp(moveIndex(scroll, to, last + 1, page), 0, last);
}

/** The index after a movement among `count` items with `page` on screen. */
function moveIndex(index: number, to: Movement, count: number, page: number): number {
  if (count <= 0) return 0;
  const step = Math.max(page, 1);
  const moved = { up: index - 1, down: index + 1, 'page-up': index - step, 'page-down': index + step, home: 0, end: count - 1 }[to];
  return clamp(moved, 0, count - 1);
}

/**
 * The first row on screen so that `selected` is visible: the window only scrolls when the
 * selection would leave it, so the rows do not jump under the cursor. Used after a move and on
 * every render (a resize changes `page`).
 */
export function keepInView(selected: number, top: number, page: number, count: number): number {
  const height = Math.max(page, 1);
  let first = clamp(top, 0, Math.max(count - height, 0));
  if (selected < first) first = selected;
  if (selected >= first + height) first = selected - height + 1;
  return Math.max(first, 0);
}

/** The dashboard state and its dispatcher, for `tabs` tabs. */
export function useDashboardState(tabs: number): [DashboardState, (action: DashboardAction) => void] {
  return useReducer(dashboardReducer, tabs, initialDashboardState);
}
