// Tree-shaking probe: a page that only formats dates with the package's helpers. The bundle
// must register no element (the main entry has no side effects).
import { formatPartialDate, parsePartialDate } from 'belarus-widgets';

const date = parsePartialDate('2025-10');
document.title = date ? formatPartialDate(date, 'en') : '';
