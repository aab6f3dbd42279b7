// The control page: same data, same harness, no widget. Its span is the floor every case pays
// (two animation frames and the harness itself).
window.__bench.mount(() => window.__bench.finish({ state: 'control' }));
