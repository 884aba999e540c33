import { BarChart, HeatmapChart, LineChart, PieChart, RadarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Everything the app's charts draw, registered once: lines (trends), bars (cross-analysis, surveys),
// pies (surveys), a radar (assessment) and a heatmap (pain-point matrix); grid, legend, tooltip,
// reference lines, the radar's axes and the heatmap's colour scale; painted on a canvas. Imported only
// when the first chart is drawn (see ChartHostComponent), never with the initial bundle.
echarts.use([
  LineChart,
  BarChart,
  PieChart,
  RadarChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  RadarComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { echarts };
