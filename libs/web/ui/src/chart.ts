// A secondary entry point, not part of index.ts: the shell imports `@xinzhi/web-ui`, and everything
// that barrel exports lands in the initial bundle. Only lazy feature pages import the chart.
export { ChartComponent, CHART_HOST_LOADER, CHART_PRELOAD, type ChartHost } from './lib/chart/chart.component';
