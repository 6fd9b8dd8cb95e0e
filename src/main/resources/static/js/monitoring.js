// Program 6 charts (CSP: no inline script). Each .monitoring-chart names its JSON source in data-url:
// the dashboard's province/region trend (an array of {label, months, insured}) or one enterprise's
// trend ({months, insured, unemployment, separations, signalMonths}).
(function () {
  if (typeof echarts === 'undefined') return;
  // The words come from the message bundles, as data-label-* attributes of the chart's element.
  function labels(el) {
    var d = el.dataset;
    return {insured: d.labelInsured, unemployment: d.labelUnemployment, separations: d.labelSeparations,
            signal: d.labelSignal, failed: d.labelFailed};
  }

  function drawRegions(el, series) {
    var months = series.length ? series[0].months : [];
    echarts.init(el).setOption({
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 70, right: 70, top: 30, bottom: 30},
      xAxis: {type: 'category', data: months},
      yAxis: series.map(function (s, i) {
        return {type: 'value', name: s.label, position: i === 0 ? 'left' : 'right', scale: true};
      }),
      series: series.map(function (s, i) {
        return {name: s.label, type: 'line', yAxisIndex: i, smooth: true, data: s.insured};
      })
    });
    el.setAttribute('data-drawn', String(months.length));
  }

  function drawEnterprise(el, d) {
    var t = labels(el);
    var marks = (d.signalMonths || []).filter(function (m) { return d.months.indexOf(m) >= 0; })
      .map(function (m, i, all) {
        // Adjacent months' labels would print over each other: only the latest line is labelled.
        return {xAxis: m, label: {show: i === all.length - 1}};
      });
    echarts.init(el).setOption({
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 60, right: 60, top: 30, bottom: 30},
      xAxis: {type: 'category', data: d.months},
      yAxis: [{type: 'value', name: t.insured, scale: true}, {type: 'value', name: t.unemployment, minInterval: 1}],
      series: [
        {name: t.insured, type: 'line', data: d.insured, connectNulls: false,
          markLine: {symbol: 'none', label: {formatter: t.signal}, lineStyle: {color: '#dc3545', type: 'dashed'}, data: marks}},
        {name: t.unemployment, type: 'bar', yAxisIndex: 1, data: d.unemployment},
        {name: t.separations, type: 'bar', yAxisIndex: 1, data: d.separations}
      ]
    });
    el.setAttribute('data-drawn', String(d.months.length));
  }

  document.querySelectorAll('.monitoring-chart').forEach(function (el) {
    fetch(el.dataset.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) { if (Array.isArray(data)) drawRegions(el, data); else drawEnterprise(el, data); })
      .catch(function () { el.textContent = labels(el).failed; });
  });
})();
