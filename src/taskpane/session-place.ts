// Where the pane runs, as its texts need to know: Excel's task pane, WPS's, or the standalone page in a browser.

export type PanePlace = 'excel' | 'wps' | 'page';
