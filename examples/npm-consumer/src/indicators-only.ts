// Tree-shaking probe: a page that needs only the table. The bundle must not carry the others.
import 'belarus-widgets/indicators/define.js';
