/**
 * What each key does, as a pure function of the key and the dashboard state, so the whole
 * keyboard map is tested without a terminal. The App turns the command into a dispatch, an
 * export or quitting.
 */
import { useInput, type Key } from 'ink';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { DashboardAction, DashboardState, Movement } from './use-dashboard-state.js';

/** The parts of Ink's Key the dashboard reads; absent means not pressed. */
export type KeyPress = Partial<Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'ctrl' | 'meta' | 'shift' | 'tab' | 'backspace' | 'delete'>>;

/** The sizes the keys depend on, from what is on screen. */
export interface ScreenSizes {
  /** Rows in the table shown (after the search). */
  readonly rows: number;
  /** Table rows that fit on screen. */
  readonly page: number;
  /** Lines of the open detail view. */
  readonly lines: number;
  /** Detail lines that fit on screen. */
  readonly detailPage: number;
  /** Sort orders of the tab shown. */
  readonly sorts: number;
  readonly tabs: number;
}

export type KeyCommand =
  | { readonly kind: 'dispatch'; readonly action: DashboardAction }
  /** Open the selected row's detail view. */
  | { readonly kind: 'open' }
  | { readonly kind: 'export' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'none' };

const NONE: KeyCommand = { kind: 'none' };
const dispatch = (action: DashboardAction): KeyCommand => ({ kind: 'dispatch', action });

/** The keys in the footer and the help panel, in the order shown. */
export const KEY_HELP: readonly (readonly [keys: string, what: string])[] = [
  ['←/→ Tab', 'switch tab (or its number)'],
  ['↑/↓ j/k', 'move'],
  ['PgUp/PgDn', 'page'],
  ['Home/End g/G', 'first / last'],
  ['Enter', 'open details'],
  ['Esc', 'back / clear search'],
  ['/', 'search'],
  ['s', 'change sort'],
  ['e', 'export table to CSV'],
  ['?', 'help'],
  ['q', 'quit'],
];

function movement(input: string, key: KeyPress): Movement | undefined {
  if (key.upArrow || input === 'k') return 'up';
  if (key.downArrow || input === 'j') return 'down';
  if (key.pageUp) return 'page-up';
  if (key.pageDown) return 'page-down';
  if (key.home || input === 'g') return 'home';
  if (key.end || input === 'G') return 'end';
  return undefined;
}

/** The command for one key press in this state. */
export function keyCommand(input: string, key: KeyPress, state: DashboardState, sizes: ScreenSizes): KeyCommand {
  const move = (to: Movement) =>
    dispatch(state.detail ? { type: 'move', to, count: sizes.lines, page: sizes.detailPage } : { type: 'move', to, count: sizes.rows, page: sizes.page });

  if (state.mode === 'help') return input === 'q' && !key.ctrl ? { kind: 'quit' } : dispatch({ type: 'toggle-help' });

  if (state.mode === 'search') {
    if (key.escape) return dispatch({ type: 'clear-search' });
    if (key.return) return dispatch({ type: 'finish-search' });
    if (key.backspace || key.delete) return dispatch({ type: 'erase' });
    if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) return move(movement('', key)!);
    if (key.ctrl || key.meta || key.tab || key.leftArrow || key.rightArrow || key.home || key.end) return NONE;
    // Printable text only: a paste arrives as one string; control characters are dropped, and a
    // line break in it ends the search as Enter would.
    const [line] = input.split(/[\r\n]/);
    const text = line.replace(/\p{Cc}/gu, '');
    const finish = line.length < input.length;
    return text || finish ? dispatch({ type: 'type', text, finish }) : NONE;
  }

  if (key.ctrl || (key.meta && !key.escape)) return NONE;
  if (input === 'q') return { kind: 'quit' };
  if (input === '?') return dispatch({ type: 'toggle-help' });
  if (key.rightArrow || (key.tab && !key.shift)) return dispatch({ type: 'switch-tab', by: 1 });
  if (key.leftArrow || (key.tab && key.shift)) return dispatch({ type: 'switch-tab', by: -1 });
  if (/^[1-9]$/.test(input) && Number(input) <= sizes.tabs) return dispatch({ type: 'go-to-tab', tab: Number(input) - 1 });
  const to = movement(input, key);
  if (to) return move(to);
  if (key.return) return state.detail || sizes.rows === 0 ? NONE : { kind: 'open' };
  if (key.escape) {
    if (state.detail) return dispatch({ type: 'back' });
    return state.views[state.tab].query ? dispatch({ type: 'clear-search' }) : NONE;
  }
  if (input === '/') return dispatch({ type: 'start-search' });
  if (input === 's') return state.detail ? NONE : dispatch({ type: 'cycle-sort', sorts: sizes.sorts });
  if (input === 'e') return { kind: 'export' };
  return NONE;
}

/**
 * Calls `handle` with the command for every key pressed while the dashboard is shown. Keys are
 * read against the state and sizes of the latest render (kept in a ref updated as each render
 * commits): Ink re-subscribes a changed handler only when React flushes effects, and a key that
 * arrives before that must not see the previous tab's row count.
 */
export function useDashboardKeys(state: DashboardState, sizes: ScreenSizes, handle: (command: KeyCommand) => void): void {
  const latest = useRef({ state, sizes, handle });
  useLayoutEffect(() => {
    latest.current = { state, sizes, handle };
  });
  const onInput = useCallback((input: string, key: Key) => {
    const { state: now, sizes: size, handle: run } = latest.current;
    run(keyCommand(input, key, now, size));
  }, []);
  useInput(onInput);
}
