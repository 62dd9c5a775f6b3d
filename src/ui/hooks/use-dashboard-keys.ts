/**
 * What each key does, as a pure function of the key and the dashboard state, so the whole
 * keyboard map is tested without a terminal. The App turns the command into a dispatch, an
 * export or quitting.
 */
import { useInput, useStdin, type Key } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
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
  /** Lines of the help, and how many of them fit on screen (fewer than all when it must scroll). */
  readonly helpLines: number;
  readonly helpPage: number;
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

  if (state.mode === 'help') {
    if (input === 'q' && !key.ctrl) return { kind: 'quit' };
    // Help that fits closes on any key; help that does not scrolls on the moving keys.
    const to = sizes.helpLines > sizes.helpPage ? movement(input, key) : undefined;
    return dispatch(to ? { type: 'scroll-help', to, count: sizes.helpLines, page: sizes.helpPage } : { type: 'toggle-help' });
  }

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

/** One key of the queue: what Ink reports for it. */
interface QueuedKey {
  readonly input: string;
  readonly key: KeyPress;
}

/** Keys Ink names; shift is left out, as Ink sets it for a capital letter. */
const NAMED_KEYS = ['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageUp', 'pageDown', 'home', 'end', 'return', 'escape', 'ctrl', 'meta', 'tab', 'backspace', 'delete'] as const;

/** The dashboard's letter keys: a read made only of these is keys typed or held quickly. */
const KEY_CHARACTERS = /^[jkgGse?q/1-9]+$/;
/** Esc and one more character in a single read, which Ink may hand over as that character alone. */
const ESCAPED_KEY = /^\x1b[^\x1b]$/u;
/** Backspace or Delete held down in the search: Ink names only a single one. */
const ERASES = /^[\x7f\b]+$/;

/**
 * The keys in one piece of input. A terminal sends keys typed or held quickly (holding j) in one
 * read, which Ink hands over as one string ("jjj"): when every character is one of the
 * dashboard's keys, each is a key of its own. After `/` the rest is what was typed into the
 * search. Anything else (a paste: "Thomas\nLee") stays one piece, as before, so its letters never
 * run as commands; the search takes it as text up to its first line break. Esc followed by another
 * key in the same read ("\x1b5") reaches Ink as that key with Alt (meta) held, which is also how a
 * terminal sends Alt+key: the dashboard binds no Alt keys, so it is Esc, then the key. Ink gives
 * meta only for letters, digits and a few named keys, though: Esc with `/`, `?` or Tab ("\x1b/",
 * "\x1b\t") reaches it as "/", "?" or a "\t" that is not Tab, and only `read`, the characters Ink
 * made the key from, still holds the Esc.
 */
export function keysOf(input: string, key: KeyPress, read = ''): QueuedKey[] {
  if (ESCAPED_KEY.test(read) && !key.meta) return [{ input: '', key: { escape: true } }, read === '\x1b\t' ? { input: '', key: { tab: true } } : { input, key }];
  if (key.meta && !key.escape) {
    const { meta: _escaped, ...pressed } = key;
    return [{ input: '', key: { escape: true } }, ...keysOf(input, pressed)];
  }
  if ([...input].length <= 1 || NAMED_KEYS.some((name) => key[name])) return [{ input, key }];
  if (ERASES.test(input)) return [...input].map(() => ({ input: '', key: { backspace: true } }));
  const search = input.indexOf('/');
  const keys = search < 0 ? input : input.slice(0, search + 1);
  if (!KEY_CHARACTERS.test(keys)) return [{ input, key: {} }];
  const typed = search < 0 ? '' : input.slice(search + 1);
  return [...[...keys].map((character) => ({ input: character, key: {} })), ...(typed === '' ? [] : [{ input: typed, key: {} }])];
}

/** How long a key waits for the render of the key before it. */
const RENDER_WAIT_MS = 100;

/**
 * Calls `handle` with the command for every key pressed while the dashboard is shown. Keys are
 * read against the state and sizes of the latest render (kept in a ref updated as each render
 * commits): Ink re-subscribes a changed handler only when React flushes effects, and a key that
 * arrives before that must not see the previous tab's row count. Several keys in one read are
 * queued, and each waits for the render of the one before, since it may change what the next
 * does ("2j" moves in the second tab; "/" makes the next ones search text).
 */
export function useDashboardKeys(state: DashboardState, sizes: ScreenSizes, handle: (command: KeyCommand) => void): void {
  const latest = useRef({ state, sizes, handle });
  const renders = useRef(0);
  const queue = useRef<QueuedKey[]>([]);
  // Set while the next key waits for a render: takes it anyway should none come.
  const renderTimeout = useRef<NodeJS.Timeout | undefined>(undefined);
  const takeNext = useCallback((): void => {
    clearTimeout(renderTimeout.current);
    renderTimeout.current = undefined;
    const keys = queue.current;
    while (keys.length > 0) {
      const { state: now, sizes: size, handle: run } = latest.current;
      const next = keys.shift()!;
      const command = keyCommand(next.input, next.key, now, size);
      if (command.kind === 'quit') keys.length = 0;
      const rendersBefore = renders.current;
      run(command);
      // Every other command changes the state: unless it has rendered already, the next key
      // waits for that render (or, should none come, for a moment).
      if (command.kind !== 'none' && renders.current === rendersBefore && keys.length > 0) {
        renderTimeout.current = setTimeout(takeNext, RENDER_WAIT_MS);
        return;
      }
    }
  }, []);
  useLayoutEffect(() => {
    latest.current = { state, sizes, handle };
    renders.current++;
    if (renderTimeout.current !== undefined) {
      clearTimeout(renderTimeout.current);
      renderTimeout.current = undefined;
      setImmediate(takeNext);
    }
  });
  useEffect(() => () => clearTimeout(renderTimeout.current), []);
  // The characters of each read as Ink splits them, before its key is made of them (prepended,
  // so seen before useInput's handler), for the Esc that key may have lost (keysOf).
  const { internal_eventEmitter: reads } = useStdin();
  const lastRead = useRef('');
  useEffect(() => {
    const remember = (read: string) => {
      lastRead.current = read;
    };
    reads.prependListener('input', remember);
    return () => {
      reads.removeListener('input', remember);
    };
  }, [reads]);
  const onInput = useCallback((input: string, key: Key) => {
    const idle = queue.current.length === 0;
    queue.current.push(...keysOf(input, key, lastRead.current));
    if (idle) takeNext();
  }, [takeNext]);
  useInput(onInput);
}
