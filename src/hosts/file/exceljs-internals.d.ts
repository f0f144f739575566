// Types for the few exceljs internals the node writer uses (exceljs ships types for its public API only).

declare module 'exceljs/lib/utils/xml-stream' {
  class XmlStream {
    writeXml(xml: string): void;
    get xml(): string;
  }
  export = XmlStream;
}

declare module 'exceljs/lib/xlsx/xform/strings/rich-text-xform' {
  import type { RichText } from 'exceljs';
  import XmlStream = require('exceljs/lib/utils/xml-stream');
  class RichTextXform {
    render(stream: XmlStream, run: RichText): void;
  }
  export = RichTextXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  import XmlStream = require('exceljs/lib/utils/xml-stream');
  class WorksheetXform {
    map: { sheetData: { childXform: { render(stream: XmlStream, row: unknown, index: number): void } } };
    render(stream: XmlStream, sheet: unknown): void;
  }
  export = WorksheetXform;
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform' {
  import XmlStream = require('exceljs/lib/utils/xml-stream');
  class RelationshipsXform {
    render(stream: XmlStream, rels: unknown[]): void;
  }
  export = RelationshipsXform;
}
