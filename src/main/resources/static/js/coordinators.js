// Draws the coordinator distribution charts from the numbers already in the page's tables
// (CSP: no inline script; the tables stay the source of truth and the fallback).
(function () {
  if (typeof echarts === 'undefined') return;
  document.querySelectorAll('.coordinator-chart').forEach(function (el) {
    var rows = document.querySelectorAll('#' + el.dataset.source + ' .chart-row');
    var labels = [], values = [];
    rows.forEach(function (r) {
      labels.push(r.dataset.label);
      values.push(Number(r.dataset.value));
    });
    echarts.init(el).setOption({
      tooltip: {},
      grid: {left: 100, right: 20, top: 10, bottom: 20},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: labels, inverse: true},
      series: [{type: 'bar', data: values}]
    });
  });
})();
