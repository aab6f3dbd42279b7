// An app that registers the tags without hydration: the widgets render anew, once.
import 'belarus-widgets/define.js';
