import { Component, input, output, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { EChartsCoreOption } from 'echarts/core';
import { type ChartHost, CHART_HOST_LOADER, ChartComponent } from './chart.component';

/** Stands in for the ECharts host (jsdom has no canvas); records what it was given. */
@Component({ selector: 'xz-chart-host', template: '<div class="stand-in" [attr.data-height]="height()"></div>' })
class StandInHostComponent implements ChartHost {
  readonly options = input.required<EChartsCoreOption>();
  readonly height = input.required<number>();
  readonly chartClick = output<unknown>();
}

describe('ChartComponent', () => {
  function render(loader: () => Promise<Type<ChartHost>>) {
    TestBed.configureTestingModule({ providers: [{ provide: CHART_HOST_LOADER, useValue: loader }] });
    const fixture = TestBed.createComponent(ChartComponent);
    fixture.componentRef.setInput('options', { series: [{ type: 'bar', data: [1] }] });
    fixture.componentRef.setInput('height', 240);
    fixture.componentRef.setInput('label', 'Bars of the year');
    fixture.componentRef.setInput('failedText', 'The chart could not be loaded.');
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('creates the chart host once its code is imported and keeps its inputs current', async () => {
    let resolve: (type: Type<ChartHost>) => void = () => undefined;
    const { fixture, el } = render(() => new Promise((r) => (resolve = r)));
    expect(el.querySelector('.stand-in')).toBeNull();
    expect(el.getAttribute('role')).toBe('img');
    expect(el.getAttribute('aria-label')).toBe('Bars of the year');

    resolve(StandInHostComponent);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('.stand-in')?.getAttribute('data-height')).toBe('240');
    const host = fixture.debugElement.query((d) => d.componentInstance instanceof StandInHostComponent)
      .componentInstance as StandInHostComponent;
    expect(host.options()).toEqual({ series: [{ type: 'bar', data: [1] }] });

    fixture.componentRef.setInput('options', { series: [{ type: 'line', data: [2] }] });
    fixture.detectChanges();
    expect(host.options()).toEqual({ series: [{ type: 'line', data: [2] }] });
    expect(el.querySelector('[data-testid="chart-failed"]')).toBeNull();
  });

  it("forwards a click on an item with the item's data", async () => {
    const { fixture } = render(() => Promise.resolve(StandInHostComponent));
    await fixture.whenStable();
    fixture.detectChanges();
    const clicks: unknown[] = [];
    fixture.componentInstance.chartClick.subscribe((data) => clicks.push(data));
    const host = fixture.debugElement.query((d) => d.componentInstance instanceof StandInHostComponent)
      .componentInstance as StandInHostComponent;
    host.chartClick.emit({ row: 'C', col: 'small' });
    expect(clicks).toEqual([{ row: 'C', col: 'small' }]);
  });

  it('shows the failure text when the chart code cannot be loaded', async () => {
    const { fixture, el } = render(() => Promise.reject(new Error('offline')));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="chart-failed"]')?.textContent?.trim()).toBe('The chart could not be loaded.');
    expect(el.querySelector('.stand-in')).toBeNull();
  });
});
