"""An independent reader of workbooks (openpyxl, from Debian): prints what a person sees, as JSON, for each file given.

values, number formats, fonts, column widths, row heights, print areas, defined names and notes (text, author).
`--data-only` first: a formula's cached value instead of the formula (openpyxl's data_only)."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")


DATA_ONLY = len(sys.argv) > 1 and sys.argv[1] == "--data-only"


def describe(path):
    wb = openpyxl.load_workbook(path, data_only=DATA_ONLY)
    out = {"sheets": {}, "names": sorted(n for n in wb.defined_names.keys()) if hasattr(wb.defined_names, "keys") else []}
    for ws in wb.worksheets:
        cells, formats, fonts, notes = {}, {}, {}, {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    cells[c.coordinate] = repr(c.value)
                    formats[c.coordinate] = c.number_format
                    fonts[c.coordinate] = [c.font.name, c.font.sz, bool(c.font.b)]
                if c.comment is not None:
                    notes[c.coordinate] = {"text": c.comment.text, "author": c.comment.author}
        out["sheets"][ws.title] = {
            "state": ws.sheet_state,
            "values": cells,
            "formats": formats,
            "fonts": fonts,
            "notes": notes,
            "widths": {k: [d.width, bool(d.customWidth)] for k, d in ws.column_dimensions.items() if d.width},
            "heights": {str(k): [d.ht, bool(d.customHeight)] for k, d in ws.row_dimensions.items() if d.ht is not None or d.customHeight},
            "print_area": ws.print_area,
            "default_row_height": ws.sheet_format.defaultRowHeight,
            "merges": sorted(str(m) for m in ws.merged_cells.ranges),
        }
    return out


result = {}
for path in sys.argv[2 if DATA_ONLY else 1:]:
    try:
        result[path] = describe(path)
    except Exception as e:  # noqa: BLE001 - the test reports which file the reader refused, and why
        result[path] = {"error": f"{type(e).__name__}: {e}"}
print(json.dumps(result, ensure_ascii=False))
