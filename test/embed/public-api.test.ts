// What `import … from 'belarus-widgets'` (and the global `BelarusWidgets`) offers: the widget
// classes, event names, data and format helpers. The shared machinery stays internal, so it can
// change without breaking anyone.
import { expect } from '@open-wc/testing';
import * as api from '../../src/index.js';

describe('the public API', () => {
  it('offers the widgets, their events and the data helpers', () => {
    for (const name of ['BelarusIndicators', 'BelarusTimeline', 'BelarusQuotes', 'registerLocale', 'parseCsv', 'validateFor', 'describeProblem', 'VERSION']) {
      expect(api, name).to.have.property(name);
    }
    expect([api.DATA_ERROR_EVENT, api.DOWNLOAD_EVENT, api.EVENT_SELECT_EVENT, api.SLIDE_CHANGE_EVENT]).to.deep.equal([
      'belarus-data-error',
      'belarus-download',
      'belarus-event-select',
      'belarus-slide-change',
    ]);
  });

  it('keeps the base class, the data controller and the string tables internal', () => {
    for (const name of ['WidgetElement', 'DataSourceController', 'CORE_STRINGS']) expect(api, name).not.to.have.property(name);
  });

  it('describes a problem in English when no strings are given', () => {
    expect(api.describeProblem({ code: 'missing-field', severity: 'error', message: '', row: 2, field: 'date' })).to.match(/^Row 2, field “date”/);
  });
});
