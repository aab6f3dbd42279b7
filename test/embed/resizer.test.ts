import { expect } from '@open-wc/testing';
import '../../src/embed/resizer.js';

describe('resizer: frame box', () => {
  it('gives marked frames the width of their column and no border, unless the page styles them', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.column { width: 480px } .column iframe.narrow { width: 200px; border: 2px solid }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const column = document.createElement('div');
    column.className = 'column';
    const frame = (marked: boolean, className = '') => {
      const element = document.createElement('iframe');
      if (marked) element.setAttribute('data-belarus-widgets', '');
      element.className = className;
      column.append(element);
      return element;
    };
    const marked = frame(true);
    const unmarked = frame(false);
    const styled = frame(true, 'narrow');
    document.body.append(column);

    expect(marked.getBoundingClientRect().width).to.equal(480);
    expect(getComputedStyle(marked).borderTopStyle).to.equal('none');
    expect(unmarked.getBoundingClientRect().width).not.to.equal(480);
    expect(styled.getBoundingClientRect().width).to.equal(204);
    column.remove();
  });
});
