import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the park's charts draw: bars (cross-analysis) and a heatmap (pain-point matrix) on a grid,
// with tooltip, legend and a colour scale, painted on a canvas. Loaded on demand (see ChartSlotComponent).
echarts.use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };
