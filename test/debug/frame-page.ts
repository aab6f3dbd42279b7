// The script of frame.html: registers the widgets, as the iframe embed's page does.
import '../../src/define.js';
