// Wage price guidelines: one box-like bar per occupation of the page (P10–P25–P50–P75–P90), drawn
// from the numbers already in the table (CSP: no inline script; the table stays the source).
(function () {
  var el = document.getElementById('guideline-chart');
  if (!el || typeof echarts === 'undefined') return;
  var rows = document.querySelectorAll('#guideline-table tr.chart-row');
  var labels = [], boxes = [];
  rows.forEach(function (r) {
    if (labels.length >= 30) return;
    var d = r.dataset;
    if (!d.p50) return;
    labels.push(d.label);
    boxes.push([Number(d.p10), Number(d.p25), Number(d.p50), Number(d.p75), Number(d.p90)]);
  });
  if (!boxes.length) { el.style.display = 'none'; return; }
  el.style.height = Math.max(200, 28 * boxes.length + 60) + 'px';
  echarts.init(el).setOption({
    tooltip: {
      trigger: 'item',
      formatter: function (p) {
        var v = p.data.value || p.data;
        var o = v.length === 6 ? v.slice(1) : v;
        return p.name + '<br>P10 ' + o[0] + '<br>P25 ' + o[1] + '<br>P50 ' + o[2] + '<br>P75 ' + o[3] + '<br>P90 ' + o[4];
      }
    },
    grid: {left: 10, right: 30, top: 10, bottom: 40, containLabel: true},
    xAxis: {type: 'value', name: el.dataset.unit, nameLocation: 'middle', nameGap: 28, scale: true},
    yAxis: {type: 'category', data: labels, inverse: true,
            axisLabel: {width: 220, overflow: 'truncate'}},
    series: [{type: 'boxplot', data: boxes, itemStyle: {color: '#dbe8f8', borderColor: '#1f5fa8'}}]
  });
})();
