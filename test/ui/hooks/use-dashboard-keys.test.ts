/** The keyboard map, key by key, in each mode. */
import { describe, expect, it } from 'vitest';
import { keyCommand, keysOf, type KeyPress, type ScreenSizes } from '../../../src/ui/hooks/use-dashboard-keys.js';
import { dashboardReducer, initialDashboardState, type DashboardState } from '../../../src/ui/hooks/use-dashboard-state.js';

const sizes: ScreenSizes = { rows: 30, page: 10, lines: 40, detailPage: 12, helpLines: 15, helpPage: 15, sorts: 4, tabs: 6 };
const browse = initialDashboardState(6);
const detail: DashboardState = dashboardReducer(browse, { type: 'open', target: { kind: 'person', id: 'P01' } });
const searching: DashboardState = dashboardReducer(browse, { type: 'start-search' });
const help: DashboardState = dashboardReducer(browse, { type: 'toggle-help' });
const press = (input: string, key: KeyPress = {}, state = browse, screen = sizes) => keyCommand(input, key, state, screen);
const action = (input: string, key: KeyPress = {}, state = browse, screen = sizes) => {
  const command = press(input, key, state, screen);
  return command.kind === 'dispatch' ? command.action : command.kind;
};

describe('keyCommand while browsing a table', () => {
  it('switches tabs with ←/→, Tab and Shift+Tab, and digits', () => {
    expect(action('', { rightArrow: true })).toEqual({ type: 'switch-tab', by: 1 });
    expect(action('', { tab: true })).toEqual({ type: 'switch-tab', by: 1 });
    expect(action('', { leftArrow: true })).toEqual({ type: 'switch-tab', by: -1 });
    expect(action('', { tab: true, shift: true })).toEqual({ type: 'switch-tab', by: -1 });
    expect(action('4')).toEqual({ type: 'go-to-tab', tab: 3 });
    expect(action('7')).toBe('none');
  });
  it('moves with arrows, j/k, PgUp/PgDn, Home/End and g/G, sized by the table', () => {
    expect(action('', { downArrow: true })).toEqual({ type: 'move', to: 'down', count: 30, page: 10 });
    expect(action('k')).toEqual({ type: 'move', to: 'up', count: 30, page: 10 });
    expect(action('', { pageDown: true })).toMatchObject({ to: 'page-down' });
    expect(action('', { pageUp: true })).toMatchObject({ to: 'page-up' });
    expect(action('', { home: true })).toMatchObject({ to: 'home' });
    expect(action('G')).toMatchObject({ to: 'end' });
  });
  it('opens the selected row with Enter, unless the table is empty', () => {
    expect(press('', { return: true })).toEqual({ kind: 'open' });
    expect(press('', { return: true }, browse, { ...sizes, rows: 0 })).toEqual({ kind: 'none' });
  });
  it('starts a search with /, changes sort with s, exports with e, shows help with ?, quits with q', () => {
    expect(action('/')).toEqual({ type: 'start-search' });
    expect(action('s')).toEqual({ type: 'cycle-sort', sorts: 4 });
    expect(action('e')).toBe('export');
    expect(action('?')).toEqual({ type: 'toggle-help' });
    expect(action('q')).toBe('quit');
  });
  it('clears a kept search with Esc, and does nothing with Esc otherwise', () => {
    const filtered = dashboardReducer(dashboardReducer(searching, { type: 'type', text: 'ann' }), { type: 'finish-search' });
    expect(action('', { escape: true, meta: true }, filtered)).toEqual({ type: 'clear-search' });
    expect(action('', { escape: true, meta: true })).toBe('none');
  });
  it('ignores other keys and Ctrl combinations', () => {
    expect(action('x')).toBe('none');
    expect(action('q', { ctrl: true })).toBe('none');
  });
});

describe('keyCommand in a detail view', () => {
  it('scrolls by the detail view’s lines and page', () => {
    expect(action('', { downArrow: true }, detail)).toEqual({ type: 'move', to: 'down', count: 40, page: 12 });
  });
  it('goes back with Esc; Enter and s do nothing; e still exports the tab’s table', () => {
    expect(action('', { escape: true, meta: true }, detail)).toEqual({ type: 'back' });
    expect(action('', { return: true }, detail)).toBe('none');
    expect(action('s', {}, detail)).toBe('none');
    expect(action('e', {}, detail)).toBe('export');
  });
});

describe('keyCommand while typing a search', () => {
  it('types letters, including q, s, e and digits, and pasted text', () => {
    expect(action('q', {}, searching)).toEqual({ type: 'type', text: 'q', finish: false });
    expect(action('5', {}, searching)).toEqual({ type: 'type', text: '5', finish: false });
    expect(action('Lucía', {}, searching)).toEqual({ type: 'type', text: 'Lucía', finish: false });
  });
  it('ends the search when a line break arrives with the text, as a paste or fast typing sends it', () => {
    expect(action('Lucía\r', {}, searching)).toEqual({ type: 'type', text: 'Lucía', finish: true });
    expect(action('ann\nignored', {}, searching)).toEqual({ type: 'type', text: 'ann', finish: true });
    const state = dashboardReducer(searching, { type: 'type', text: 'ann', finish: true });
    expect(state.mode).toBe('browse');
  });
  it('erases with Backspace (sent as delete by most terminals), keeps with Enter, clears with Esc', () => {
    expect(action('', { backspace: true }, searching)).toEqual({ type: 'erase' });
    expect(action('', { delete: true }, searching)).toEqual({ type: 'erase' });
    expect(action('', { return: true }, searching)).toEqual({ type: 'finish-search' });
    expect(action('', { escape: true, meta: true }, searching)).toEqual({ type: 'clear-search' });
  });
  it('still moves with ↑/↓ so a match can be picked, and drops control characters', () => {
    expect(action('', { downArrow: true }, searching)).toMatchObject({ type: 'move', to: 'down' });
    expect(action('\u0007', {}, searching)).toBe('none');
    expect(action('', { leftArrow: true }, searching)).toBe('none');
  });
});

describe('keyCommand with help shown', () => {
  it('closes help that fits with any key, moving keys too, but q still quits', () => {
    expect(action('x', {}, help)).toEqual({ type: 'toggle-help' });
    expect(action('', { escape: true, meta: true }, help)).toEqual({ type: 'toggle-help' });
    expect(action('j', {}, help)).toEqual({ type: 'toggle-help' });
    expect(action('', { downArrow: true }, help)).toEqual({ type: 'toggle-help' });
    expect(action('q', {}, help)).toBe('quit');
  });
  it('scrolls help that does not fit with the moving keys; any other key closes it', () => {
    const short = { ...sizes, helpLines: 15, helpPage: 6 };
    expect(action('j', {}, help, short)).toEqual({ type: 'scroll-help', to: 'down', count: 15, page: 6 });
    expect(action('', { upArrow: true }, help, short)).toEqual({ type: 'scroll-help', to: 'up', count: 15, page: 6 });
    expect(action('', { pageDown: true }, help, short)).toEqual({ type: 'scroll-help', to: 'page-down', count: 15, page: 6 });
    expect(action('G', {}, help, short)).toEqual({ type: 'scroll-help', to: 'end', count: 15, page: 6 });
    expect(action('x', {}, help, short)).toEqual({ type: 'toggle-help' });
    expect(action('q', {}, help, short)).toBe('quit');
  });
});

describe('keysOf: the keys in one read of the terminal', () => {
  const keys = (text: string) => text.split('').map((input) => ({ input, key: {} }));
  it('splits keys typed or held quickly into keys of their own, and keeps what follows / as the search text', () => {
    expect(keysOf('jjj', {})).toEqual(keys('jjj'));
    expect(keysOf('6jG', {})).toEqual(keys('6jG'));
    expect(keysOf('/zoë', {})).toEqual([{ input: '/', key: {} }, { input: 'zoë', key: {} }]);
    expect(keysOf('g/müll\rj', {})).toEqual([{ input: 'g', key: {} }, { input: '/', key: {} }, { input: 'müll\rj', key: {} }]);
    // Backspace held in the search: Ink names only a single one.
    expect(keysOf('\x7f\x7f', {})).toEqual([{ input: '', key: { backspace: true } }, { input: '', key: { backspace: true } }]);
  });

  it('takes Esc and a key in one read, which Ink reports as the key with Alt, as Esc and then the key', () => {
    const escape = { input: '', key: { escape: true } };
    // "\x1b5", "\x1bj", "\x1bG": Ink strips the Esc and sets meta.
    expect(keysOf('5', { meta: true })).toEqual([escape, { input: '5', key: {} }]);
    expect(keysOf('j', { meta: true })).toEqual([escape, { input: 'j', key: {} }]);
    expect(keysOf('G', { meta: true, shift: true })).toEqual([escape, { input: 'G', key: { shift: true } }]);
    // "\x1b\r" and "\x1b\x1b[A": Esc, then Enter or ↑.
    expect(keysOf('', { meta: true, return: true })).toEqual([escape, { input: '', key: { return: true } }]);
    expect(keysOf('', { meta: true, upArrow: true })).toEqual([escape, { input: '', key: { upArrow: true } }]);
    // "\x1b/", "\x1b?" and "\x1b\t": Ink hands over "/", "?" and a bare "\t" with no meta; the read holds the Esc.
    expect(keysOf('/', {}, '\x1b/')).toEqual([escape, { input: '/', key: {} }]);
    expect(keysOf('?', {}, '\x1b?')).toEqual([escape, { input: '?', key: {} }]);
    expect(keysOf('\t', {}, '\x1b\t')).toEqual([escape, { input: '', key: { tab: true } }]);
    // Ink's own Esc+key and Esc alone, and keys read without an Esc, are as without the read.
    expect(keysOf('5', { meta: true }, '\x1b5')).toEqual([escape, { input: '5', key: {} }]);
    expect(keysOf('', { escape: true, meta: true }, '\x1b')).toEqual([{ input: '', key: { escape: true, meta: true } }]);
    expect(keysOf('', { upArrow: true }, '\x1b[A')).toEqual([{ input: '', key: { upArrow: true } }]);
    expect(keysOf('/', {}, '/')).toEqual([{ input: '/', key: {} }]);
    // An arrow on its own ("\x1b[A") has no meta: one key, as before.
    expect(keysOf('', { upArrow: true })).toEqual([{ input: '', key: { upArrow: true } }]);
  });
  it('keeps a paste whole, so that its letters never run as commands (an e would export, a q quit)', () => {
    expect(keysOf('Thomas\nLee', {})).toEqual([{ input: 'Thomas\nLee', key: {} }]);
    expect(keysOf('queue', {})).toEqual([{ input: 'queue', key: {} }]);
  });

  it('keeps one key as Ink reported it, and a key Ink named (Ctrl+…, Esc…) whole', () => {
    expect(keysOf('G', { shift: true })).toEqual([{ input: 'G', key: { shift: true } }]);
    expect(keysOf('', { downArrow: true })).toEqual([{ input: '', key: { downArrow: true } }]);
    expect(keysOf('', { escape: true, meta: true })).toEqual([{ input: '', key: { escape: true, meta: true } }]);
    // A letter outside the Basic Multilingual Plane is one key, not two halves.
    expect(keysOf('😀', {})).toEqual([{ input: '😀', key: {} }]);
  });
});
