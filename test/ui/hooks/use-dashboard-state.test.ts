/** The dashboard reducer: tabs, selection and scrolling, detail views, search, sort, help, status. */
import { describe, expect, it } from 'vitest';
import { dashboardReducer, initialDashboardState, keepInView, type DashboardAction, type DashboardState } from '../../../src/ui/hooks/use-dashboard-state.js';

const run = (actions: DashboardAction[], state: DashboardState = initialDashboardState(6)) => actions.reduce(dashboardReducer, state);
const move = (to: 'up' | 'down' | 'page-up' | 'page-down' | 'home' | 'end', count = 300, page = 10): DashboardAction => ({ type: 'move', to, count, page });

describe('dashboardReducer', () => {
  it('opens on the first tab, first row, default sort, no search', () => {
    const state = initialDashboardState(6);
    expect(state.tab).toBe(0);
    expect(state.views).toHaveLength(6);
    expect(state.views[0]).toEqual({ selected: 0, top: 0, sort: 0, query: '' });
    expect(state.detail).toBeNull();
    expect(state.mode).toBe('browse');
  });

  it('switches tabs both ways, wrapping at the ends', () => {
    expect(run([{ type: 'switch-tab', by: 1 }]).tab).toBe(1);
    expect(run([{ type: 'switch-tab', by: -1 }]).tab).toBe(5);
    expect(run(Array(6).fill({ type: 'switch-tab', by: 1 })).tab).toBe(0);
    expect(run([{ type: 'go-to-tab', tab: 3 }]).tab).toBe(3);
    expect(run([{ type: 'go-to-tab', tab: 9 }]).tab).toBe(0);
  });

  it('keeps each tab’s selection when switching away and back', () => {
    const state = run([move('down'), move('down'), { type: 'switch-tab', by: 1 }, move('down'), { type: 'switch-tab', by: -1 }]);
    expect(state.views[0].selected).toBe(2);
    expect(state.views[1].selected).toBe(1);
  });

  it('moves by one, by a page, to the ends, never past them', () => {
    expect(run([move('up')]).views[0].selected).toBe(0);
    expect(run([move('down'), move('down'), move('up')]).views[0].selected).toBe(1);
    expect(run([move('page-down')]).views[0].selected).toBe(10);
    expect(run([move('end')]).views[0].selected).toBe(299);
    expect(run([move('end'), move('down')]).views[0].selected).toBe(299);
    expect(run([move('end'), move('home')]).views[0].selected).toBe(0);
    expect(run([move('page-down', 5)]).views[0].selected).toBe(4);
    expect(run([move('down', 0)]).views[0].selected).toBe(0);
  });

  it('scrolls the window only when the selection would leave it', () => {
    let state = run(Array(9).fill(move('down')));
    expect(state.views[0]).toMatchObject({ selected: 9, top: 0 });
    state = run([move('down')], state);
    expect(state.views[0]).toMatchObject({ selected: 10, top: 1 });
    state = run(Array(5).fill(move('up')), state);
    expect(state.views[0]).toMatchObject({ selected: 5, top: 1 });
    state = run([move('end')], state);
    expect(state.views[0]).toMatchObject({ selected: 299, top: 290 });
  });

  it('opens a detail view, scrolls it within its lines, and goes back to the table as it was', () => {
    let state = run([move('down'), move('down'), { type: 'open', target: { kind: 'person', id: 'P03' } }]);
    expect(state.detail).toEqual({ target: { kind: 'person', id: 'P03' }, scroll: 0 });
    state = run([move('down', 25, 10), move('page-down', 25, 10)], state);
    expect(state.detail?.scroll).toBe(11);
    state = run([move('end', 25, 10)], state);
    expect(state.detail?.scroll).toBe(15);
    state = run([move('page-down', 25, 10)], state);
    expect(state.detail?.scroll).toBe(15);
    expect(run([move('down', 5, 10)], run([{ type: 'open', target: { kind: 'team', id: 'T4' } }])).detail?.scroll).toBe(0);
    state = run([{ type: 'back' }], state);
    expect(state.detail).toBeNull();
    expect(state.views[0].selected).toBe(2);
  });

  it('closes a detail view when switching tabs', () => {
    expect(run([{ type: 'open', target: { kind: 'team', id: 'T4' } }, { type: 'switch-tab', by: 1 }]).detail).toBeNull();
  });

  it('types a search, erases by character, and starts again from the first row', () => {
    let state = run([move('down'), move('down'), { type: 'start-search' }]);
    expect(state.mode).toBe('search');
    state = run([{ type: 'type', text: 'Lu' }, { type: 'type', text: 'cí' }], state);
    expect(state.views[0]).toMatchObject({ query: 'Lucí', selected: 0, top: 0 });
    state = run([{ type: 'erase' }], state);
    expect(state.views[0].query).toBe('Luc');
    state = run([{ type: 'finish-search' }], state);
    expect(state.mode).toBe('browse');
    expect(state.views[0].query).toBe('Luc');
    state = run([{ type: 'clear-search' }], state);
    expect(state.views[0].query).toBe('');
  });

  it('cycles through the sorts and back to the first', () => {
    let state = run([move('down'), { type: 'cycle-sort', sorts: 3 }]);
    expect(state.views[0]).toMatchObject({ sort: 1, selected: 0 });
    state = run([{ type: 'cycle-sort', sorts: 3 }, { type: 'cycle-sort', sorts: 3 }], state);
    expect(state.views[0].sort).toBe(0);
  });

  it('toggles help, and shows a status message until the next action', () => {
    expect(run([{ type: 'toggle-help' }]).mode).toBe('help');
    expect(run([{ type: 'toggle-help' }, { type: 'toggle-help' }]).mode).toBe('browse');
    const shown = run([{ type: 'status', text: 'Exported 3 rows' }]);
    expect(shown.status).toBe('Exported 3 rows');
    expect(run([move('down')], shown).status).toBeNull();
  });

  it('scrolls help within its lines, and opens it again at the top', () => {
    const scroll = (to: 'down' | 'page-down' | 'end' | 'up'): DashboardAction => ({ type: 'scroll-help', to, count: 20, page: 6 });
    expect(run([{ type: 'toggle-help' }, scroll('down'), scroll('down')]).helpScroll).toBe(2);
    expect(run([{ type: 'toggle-help' }, scroll('page-down'), scroll('page-down'), scroll('page-down')]).helpScroll).toBe(14);
    expect(run([{ type: 'toggle-help' }, scroll('end'), scroll('down')]).helpScroll).toBe(14);
    expect(run([{ type: 'toggle-help' }, scroll('up')]).helpScroll).toBe(0);
    expect(run([{ type: 'toggle-help' }, scroll('end'), { type: 'toggle-help' }, { type: 'toggle-help' }]).helpScroll).toBe(0);
  });
});

describe('keepInView', () => {
  it('keeps the window when the selection is inside it', () => {
    expect(keepInView(5, 3, 10, 100)).toBe(3);
  });
  it('moves the window just enough to show the selection', () => {
    expect(keepInView(2, 3, 10, 100)).toBe(2);
    expect(keepInView(20, 3, 10, 100)).toBe(11);
  });
  it('pulls the window back when a taller terminal leaves empty rows at the end', () => {
    expect(keepInView(95, 90, 20, 100)).toBe(80);
    expect(keepInView(3, 5, 20, 10)).toBe(0);
  });
});
