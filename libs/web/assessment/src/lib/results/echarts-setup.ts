import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the assessment's charts draw: a radar by dimension, with tooltip and legend, painted on a
// canvas. Loaded on demand (see RadarChartComponent), never in the initial bundle.
echarts.use([RadarChart, RadarComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
