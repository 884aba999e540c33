import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ProjectOverview, SnapshotSeries, Task } from '@xinzhi/shared-contracts';
import { LiveEventsService } from '@xinzhi/web-core';
import { Subject } from 'rxjs';
import { MemberDirectory } from '../data/member-directory';
import { ProjectWorkspaceStore } from './project-workspace.store';

const overview = { id: 'p1', name: '数字化转型', teams: [], leadership: [] } as unknown as ProjectOverview;
const series = { items: [] } as unknown as SnapshotSeries;

describe('ProjectWorkspaceStore, opening a project on its overview', () => {
  let store: ProjectWorkspaceStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ProjectWorkspaceStore,
        { provide: MemberDirectory, useValue: { members: signal([]), ensureLoaded: () => undefined } },
        { provide: LiveEventsService, useValue: { events: new Subject().asObservable(), ready: new Subject<void>().asObservable() } },
      ],
    });
    store = TestBed.inject(ProjectWorkspaceStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the overview and the trend’s snapshots at once, and hands the snapshots over once', () => {
    store.select('p1');
    store.prefetchTrend(90);
    // Both requests are out before either answers.
    const project = backend.expectOne('/api/projects/p1');
    const snapshots = backend.expectOne((r) => r.url === '/api/projects/p1/snapshots' && r.params.get('days') === '90');
    snapshots.flush(series);
    project.flush(overview);

    const received: SnapshotSeries[] = [];
    store.takeTrend('p1', 90)?.subscribe((s) => received.push(s));
    expect(received).toEqual([series]);
    // Later loads (a reload, new numbers) ask the server again.
    expect(store.takeTrend('p1', 90)).toBeNull();
    expect(store.takeTrend('p2', 90)).toBeNull();
  });

  it('lets the overview page show the overview just loaded instead of asking again, once', () => {
    store.select('p1');
    backend.expectOne('/api/projects/p1').flush(overview);
    expect(store.overviewNeedsReload()).toBe(false);
    // Opened again later (back from the board): fresh numbers.
    expect(store.overviewNeedsReload()).toBe(true);
  });

  it('asks again when a task changed after the project opened', () => {
    store.select('p1');
    backend.expectOne('/api/projects/p1').flush(overview);
    store.upsertTask({ id: 't1', title: '设备联网改造', dependsOnId: null } as unknown as Task);
    expect(store.overviewNeedsReload()).toBe(true);
  });
});
