import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the survey results draw: pies and bars with a grid and tooltip, painted on a canvas.
// Loaded on demand (see SurveyChartSlotComponent), never in the initial bundle.
echarts.use([PieChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
