// Grid.js 6 with the same rows: indicator, status, as-of; sortable columns, a search box, and
// pages of the same size as ours (<html data-page-size>). Grid.js has no ready event: complete
// when its <tbody> holds the first page of rows, then two frames.
window.__bench.mount(async () => {
  const bench = window.__bench;
  const data = window.BENCH_DATA;
  const rows = Array.isArray(data) ? data : data.indicators;
  const pageSize = Number(document.documentElement.dataset.pageSize) || 20;
  const stage = bench.stage();
  const grid = new window.gridjs.Grid({
    columns: ['Indicator', 'Status', 'As of'],
    data: rows.map((row) => [row.indicator, row.status, row.asOf ?? '']),
    sort: true,
    search: rows.length > 10,
    pagination: { limit: pageSize },
  });
  grid.render(stage);
  window.__benchGrid = grid;
  const expected = Math.min(pageSize, rows.length);
  const complete = () => stage.querySelector('tbody')?.rows.length === expected;
  await bench.until(complete, stage, { childList: true, subtree: true });
  await bench.finish({ state: 'ready', rowsInDom: stage.querySelector('tbody').rows.length });
});
