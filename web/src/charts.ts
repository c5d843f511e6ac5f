// Line charts with Apache ECharts, only the parts used (bundled, tree-shaken).
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, DataZoomComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

export interface Line { name: string; values: number[]; color: string }

export function lineChart(container: HTMLElement, periods: string[], lines: Line[]): void {
  // The container is not in the page yet: size it once it is.
  requestAnimationFrame(() => {
    const chart = echarts.init(container, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: periods.length > 60 ? [{ type: 'slider' }] : [],
      series: lines.map((l) => ({ name: l.name, type: 'line', data: l.values, showSymbol: periods.length < 60,
                                  lineStyle: { color: l.color }, itemStyle: { color: l.color } })),
    });
    new ResizeObserver(() => chart.resize()).observe(container);
    container.dataset.rendered = 'true';
  });
}
