// Types for the few exceljs internals the node writer uses (exceljs ships types for its public API only).

declare module 'exceljs/lib/utils/xml-stream' {
  class XmlStream {
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
