"""The report as a Word document (python-docx) that the secretariat can edit.

It writes the same composition as the PDF (app/reports/build.py): every heading
becomes a Word heading (Heading 1..4: the navigation pane and a table of contents
work), every table a real Word table in a table style, every chart a picture
(app/reports/raster.py), every page break a page break. Paragraph markup is read
from ReportLab's parsed fragments, so user text arrives as the literal text it
was: nothing in it is ever interpreted.

With a template (a municipality's house style) the document starts from it: its
styles, headers, footers and logo stay; its body is cleared.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as Paragraph_
from docx.text.run import Run
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus import Image as RLImage

from app.reports import fonts, raster
from app.reports.document import Cancelled, Heading, Progress, ReportCancelled, TocLine
from app.reports.sdg import SdgTiles
from app.reports.styles import FRAME_WIDTH, INK, MUTED, accent

if TYPE_CHECKING:
    from app.reports.blocks import Composed

LANGUAGE = "nl-BE"
# The report's paragraph styles as Word headings (levels of the navigation pane).
_HEADING_STYLES = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "fiche_title": 3}
_QUIET_STYLES = frozenset({"small", "source", "label", "label_right"})
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_COLOUR = re.compile(r"[0-9A-Fa-f]{6}")
# What follows w:updateFields in w:settings (ECMA-376 CT_Settings).
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def write_word(
    composed: Composed,
    path: str,
    template: bytes | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write ``composed`` to ``path`` as a .docx (from ``template`` when given); returns
    the total its progress counted to."""
    writer = _Writer(composed, template, progress, cancelled)
    total = writer.write()
    writer.doc.save(path)
    return total


def open_template(data: bytes) -> Document:
    """A Word document or template (.dotx: python-docx opens documents only, so its
    content type is switched in memory) as a python-docx Document."""
    source = zipfile.ZipFile(io.BytesIO(data))
    if _TEMPLATE_TYPE.encode() in source.read("[Content_Types].xml"):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
                target.writestr(item, content)
        data = out.getvalue()
    return docx.Document(io.BytesIO(data))


def _hex(colour: Any) -> str | None:
    try:
        value = colors.toColor(colour).hexval()[2:]
    except (ValueError, AttributeError, TypeError):
        return None
    return value.upper() if _COLOUR.fullmatch(value) else None


class _Writer:
    def __init__(
        self,
        composed: Composed,
        template: bytes | None,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.composed = composed
        self.templated = template is not None
        self.doc = open_template(template) if template is not None else docx.Document()
        self.progress, self.cancelled = progress, cancelled
        self.break_before = False
        self.toc_done = False
        self.headings: dict[int, str] = {}  # the headings above: the charts' alt text
        self._styles = {s.name: s for s in self.doc.styles}
        self._style_ids: dict[str, str | None] = {}
        self.table_style = self._choose_table_style()
        self.accent = _hex(accent()) or "1D5C8C"
        self.muted_hex = _hex(MUTED) or "5F6B7A"
        self.muted = RGBColor.from_string(self.muted_hex)
        self.ink = {_hex(INK), "000000", _hex(accent()), None}
        _count_picture_ids(self.doc)

    # -- the document ------------------------------------------------------------------

    def write(self) -> int:
        if self.templated:
            self._clear_body()
        else:
            self._page_setup()
            self._own_look()
        self._properties()
        self.block_width = self.doc._block_width
        # Append to the body as a list: python-docx inserts every paragraph before the
        # section properties by scanning the body, which grows with the report.
        self.body = self.doc.element.body
        section = self.body.find(qn("w:sectPr"))
        if section is not None:
            self.body.remove(section)
        self._cover()
        story = [*self.composed.contents, *self.composed.body]
        total = len(story)
        for n, flowable in enumerate(story):
            self.block(flowable, self.doc)
            if n % 200 == 0:
                if self.cancelled is not None and self.cancelled():
                    raise ReportCancelled
                if self.progress is not None:
                    self.progress(n, total + 1)
        if section is not None:
            self.body.append(section)
        return total + 1

    def _clear_body(self) -> None:
        """Keep the template's last section (its page setup, headers and footers);
        drop what it had typed in its body."""
        body = self.doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    def _page_setup(self) -> None:
        for section in self.doc.sections:
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.left_margin = section.right_margin = Mm(18)
            section.top_margin, section.bottom_margin = Mm(22), Mm(20)
        d = self.composed.ctx.data
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True  # the cover has none
        head = section.header.paragraphs[0]
        head.text = d.workshop.organisation or d.workshop.title
        self._quiet(head)
        foot = section.footer.paragraphs[0]
        foot.text = f"Atelier · {self.composed.ctx.today} · p. "
        self._field(foot, "PAGE", "1")
        self._quiet(foot)

    def _own_look(self) -> None:
        """Without a house style: Atelier's accent on the headings and the title."""
        normal = self._styles.get("Normal")
        if normal is not None:
            normal.font.size = Pt(10)  # the tables' columns are as narrow as in the PDF
        for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
            style = self._styles.get(name)
            if style is not None:
                style.font.color.rgb = RGBColor.from_string(self.accent)

    def _properties(self) -> None:
        d = self.composed.ctx.data
        props = self.doc.core_properties
        props.title = self.composed.title
        props.author = d.workshop.organisation or "Atelier"
        props.subject = self.composed.subject
        props.language = LANGUAGE
        props.keywords = "Atelier"
        props.comments = ""
        props.last_modified_by = "Atelier"
        # The language of the text itself (spelling, hyphenation, screen readers).
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)
        # Word updates the table of contents (page numbers) when the document opens.
        settings = self.doc.settings.element
        update = settings.find(qn("w:updateFields"))
        if update is None:
            update = OxmlElement("w:updateFields")
            # In the schema's order (Word refuses a settings part out of order).
            later = next(
                (
                    settings.find(qn(t))
                    for t in _AFTER_UPDATE_FIELDS
                    if settings.find(qn(t)) is not None
                ),
                None,
            )
            if later is not None:
                later.addprevious(update)
            else:
                settings.append(update)
        update.set(qn("w:val"), "true")

    def _cover(self) -> None:
        d = self.composed.ctx.data
        logo = d.style.logo if d.style is not None else None
        if logo:
            p = self._add_p(self.doc)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = p.add_run()
            run.add_picture(io.BytesIO(logo), height=Mm(22))
            _describe(run, f"Logo {d.workshop.organisation}".strip())
        for flowable in self.composed.cover:
            if isinstance(flowable, Paragraph):
                name = flowable.style.name
                style = {"cover_title": "Title", "cover_org": "Subtitle"}.get(name)
                p = self._paragraph(self.doc, style)
                self._runs(p, flowable)
                if name == "cover_line":  # as on the PDF's cover: large and grey
                    for run in p.runs:
                        run.font.size = Pt(12)
                        run.font.color.rgb = self.muted
        self.break_before = True

    # -- blocks ------------------------------------------------------------------------

    def block(self, flowable: Flowable, container: Any) -> None:
        if isinstance(flowable, PageBreak):
            if container is self.doc:
                self.break_before = True
        elif isinstance(flowable, Heading):
            if flowable.key is None:  # the rest of a heading split over pages
                return
            level = min(flowable.level + 1, 4)
            p = self._paragraph(container, f"Heading {level}")
            p.add_run(flowable.title)
            self._remark(p, flowable)
            self.headings[flowable.level] = flowable.title
            for deeper in [k for k in self.headings if k > flowable.level]:
                del self.headings[deeper]
        elif isinstance(flowable, TocLine):
            if not self.toc_done:
                self._toc(container)
        elif isinstance(flowable, Paragraph):
            self._plain_paragraph(flowable, container)
        elif isinstance(flowable, Table):
            self._table(flowable, container)
        elif isinstance(flowable, Drawing):
            where = " – ".join(self.headings[k] for k in sorted(self.headings))
            # A rose sits beside its values in the PDF, above them in Word: larger.
            width = flowable.width * 1.4 if flowable.width < 300 else flowable.width
            self._picture(container, raster.drawing_png(flowable), width, f"Grafiek: {where}")
        elif isinstance(flowable, SdgTiles):
            tiles = tuple(flowable.tiles())
            png = raster.tiles_png(tiles, 22, 2.4)
            goals = ", ".join(str(g) for g in sorted(flowable.chosen)) or "geen"
            alt = f"Duurzame ontwikkelingsdoelen: {goals}"
            self._picture(container, png, 17 * 22 + 16 * 2.4, alt)
        elif isinstance(flowable, RLImage):
            self._picture(container, _image_bytes(flowable), flowable.drawWidth, "Afbeelding")
        elif isinstance(flowable, KeepTogether):
            for inner in flowable._content:
                self.block(inner, container)
        elif isinstance(flowable, list | tuple):
            for inner in flowable:
                self.block(inner, container)
        elif isinstance(flowable, Spacer | CondPageBreak | NextPageTemplate):
            pass
        # Other flowables draw on the PDF page only (rules, spacers): nothing to say.

    def _paragraph(self, container: Any, style: str | None = None) -> Any:
        p = self._add_p(container)
        if style is not None:
            style_id = self._style_id(style)
            if style_id is not None:
                p._p.style = style_id  # by id: python-docx's lookup by name scans every style
        if self.break_before and container is self.doc:
            p.paragraph_format.page_break_before = True
            self.break_before = False
        return p

    def _add_p(self, container: Any) -> Paragraph_:
        if container is self.doc:
            p = OxmlElement("w:p")
            self.body.append(p)
            return Paragraph_(p, self.doc._body)
        return container.add_paragraph()

    def _style_id(self, name: str) -> str | None:
        """The id of paragraph style ``name`` (a missing heading level: Heading 3)."""
        if name not in self._style_ids:
            found = self._styles.get(name)
            if found is None and name.startswith("Heading "):
                found = self._styles.get("Heading 3")
            ok = found is not None and found.type == WD_STYLE_TYPE.PARAGRAPH
            self._style_ids[name] = found.style_id if ok else None  # type: ignore[union-attr]
        return self._style_ids[name]

    def _plain_paragraph(self, flowable: Paragraph, container: Any) -> None:
        name = flowable.style.name
        bullet = getattr(flowable, "bulletText", None)
        if bullet and name != "point":
            style = "List Bullet" if "List Bullet" in self._styles else None
            p = self._paragraph(container, style)
            if style is None:
                p.add_run(f"{bullet} ")
        elif name in _HEADING_STYLES:
            p = self._paragraph(container, f"Heading {_HEADING_STYLES[name]}")
        else:
            p = self._paragraph(container)
            if name == "point" and bullet:
                p.add_run(f"{bullet} ").bold = True
            if name in {"cell_right", "label_right"}:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif name in {"centre", "badge"}:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if name in {"source"}:
                p.paragraph_format.left_indent = Mm(10)
        self._runs(
            p,
            flowable,
            quiet=name in _QUIET_STYLES,
            bold=name in {"label", "label_right", "fiche_label", "badge", "cell_bold"},
        )

    def _runs(
        self, p: Any, flowable: Paragraph, *, quiet: bool = False, bold: bool = False
    ) -> None:
        """The paragraph's text from ReportLab's parsed fragments: bold, colour and small
        remarks kept; entities already decoded, so user text is literal."""
        style = flowable.style
        base_size = style.fontSize
        base_colour = _hex(style.textColor)
        plain = base_colour in self.ink
        # ReportLab splits text at every entity ("R", "&", "D"): one run per look.
        pending: list[str] = []
        look: tuple[bool, str | None, int] | None = None
        for frag in flowable.frags:
            if getattr(frag, "lineBreak", False):
                if pending and look is not None:
                    _run(p, "".join(pending), *look)
                pending, look = [], None
                p.add_run().add_break(WD_BREAK.LINE)
                continue
            text = getattr(frag, "text", "")
            if not text:
                continue
            strong = bool(bold or frag.fontName == fonts.BOLD or getattr(frag, "bold", 0))
            frag_colour = getattr(frag, "textColor", None)
            colour = None if frag_colour is style.textColor else _hex(frag_colour)
            if quiet or frag.fontSize < base_size - 1:
                this = (strong, self.muted_hex, 16)
            elif colour and colour != base_colour and colour != "FFFFFF":
                this = (strong, colour, 0)
            elif not plain and base_colour and (base_colour != "FFFFFF" or style.name == "badge"):
                this = (strong, base_colour, 0)  # a badge: white on its fill
            else:
                this = (strong, None, 0)
            if this != look and pending and look is not None:
                _run(p, "".join(pending), *look)
                pending = []
            look = this
            pending.append(text)
        if pending and look is not None:
            _run(p, "".join(pending), *look)

    def _remark(self, p: Any, flowable: Heading) -> None:
        """A heading's muted remark (" · interne analyse") as a small grey run."""
        rest = "".join(f.text for f in flowable.frags)[len(flowable.title) :]
        if rest.strip():
            run = p.add_run(rest)
            run.font.size = Pt(8)
            run.font.color.rgb = self.muted

    def _quiet(self, p: Any) -> None:
        for run in p.runs:
            run.font.size = Pt(8)
            run.font.color.rgb = self.muted

    # -- contents ----------------------------------------------------------------------

    def _toc(self, container: Any) -> None:
        """A real TOC field (Word fills in the page numbers); until it is updated it
        shows the headings it will list."""
        self.toc_done = True
        entries = self.composed.ctx.outline.entries
        p = self._paragraph(container)
        first = p.add_run()
        _fld_char(first, "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = 'TOC \\o "1-2" \\h \\z \\u'
        first._r.append(instr)
        _fld_char(p.add_run(), "separate")
        for n, entry in enumerate(entries):
            run = p.add_run(("    " if entry.level else "") + entry.title)
            run.bold = entry.level == 0
            if n < len(entries) - 1:
                run.add_break(WD_BREAK.LINE)
        if not entries:
            p.add_run("Inhoud")
        _fld_char(p.add_run(), "end")

    def _field(self, p: Any, instruction: str, shown: str) -> None:
        _fld_char(p.add_run(), "begin")
        run = p.add_run()
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = instruction
        run._r.append(instr)
        _fld_char(p.add_run(), "separate")
        p.add_run(shown)
        _fld_char(p.add_run(), "end")

    # -- tables and pictures -----------------------------------------------------------

    def _choose_table_style(self) -> Any:
        """The template's own table style when it has one (the first that is not one of
        Word's built-in styles), else a plain grid."""
        tables = [s for s in self.doc.styles if s.type == WD_STYLE_TYPE.TABLE]
        if self.templated:
            own = [s for s in tables if not s.builtin]
            if own:
                return own[0]
        return next((s for s in tables if s.name == "Table Grid"), None)

    def _table(self, t: Table, container: Any) -> None:
        rows: list[list[Any]] = t._cellvalues
        if not rows:
            return
        if any(_holds_picture(cell) for row in rows for cell in row):
            # A layout of chart beside values: in Word one after the other.
            for row in rows:
                for cell in row:
                    self._cell_content(cell, container)
            return
        if self.break_before and container is self.doc:
            self._paragraph(container)  # carries the page break before the table
        ncols = max(len(r) for r in rows)
        if container is self.doc:  # the page's text width, computed once
            tbl = CT_Tbl.new_tbl(len(rows), ncols, self.block_width)
            self.body.append(tbl)
            table = DocxTable(tbl, self.doc._body)
        else:
            table = container.add_table(len(rows), ncols)
        if self.table_style is not None:
            table._tbl.tblPr.style = self.table_style.style_id
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        widths = _widths(t, ncols, container is self.doc and self.block_width or None)
        if widths:
            for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
                grid_col.w = width
        header = getattr(t, "repeatRows", 0) or 0
        shades = _backgrounds(t, len(rows), ncols)
        for r, (values, row) in enumerate(zip(rows, table.rows, strict=False)):
            cells = row.cells
            if r < header:
                _repeat_header(row)
            for c, value in enumerate(values):
                cell = cells[c]
                self._cell_content(value, cell, first=cell.paragraphs[0])
                fill = shades.get((r, c))
                if fill:
                    _shade(cell, fill)
                if widths and c < len(widths):
                    cell.width = widths[c]
        if container is self.doc:
            self._add_p(self.doc)  # Word joins tables that touch: keep them apart

    def _cell_content(self, value: Any, container: Any, first: Any = None) -> None:
        """A cell's text or flowables. ``first`` is the cell's own empty paragraph,
        used for the first paragraph so that a cell does not start with a blank line."""
        if value is None or value == "":
            return
        items = value if isinstance(value, list | tuple) else [value]
        for item in items:
            if isinstance(item, str):
                p = first if first is not None else self._add_p(container)
                p.add_run(item)
                first = None
                continue
            if first is not None and isinstance(item, Paragraph) and not isinstance(item, Heading):
                # Fill the cell's first paragraph in place.
                self._fill_first(item, first)
                first = None
                continue
            self.block(item, container)

    def _fill_first(self, item: Paragraph, p: Any) -> None:
        name = item.style.name
        bullet = getattr(item, "bulletText", None)
        if bullet and self._style_id("List Bullet"):
            p._p.style = self._style_id("List Bullet")
        elif bullet:
            p.add_run(f"{bullet} ")
        if name in {"cell_right", "label_right"}:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif name in {"centre", "badge"}:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._runs(
            p,
            item,
            quiet=name in {"small", "source"},
            bold=name in {"label", "label_right", "cell_bold", "badge", "fiche_label"},
        )

    def _picture(self, container: Any, png: bytes, width_pt: float, alt: str) -> None:
        """A picture with its alternative text (what a screen reader says)."""
        p = self._paragraph(container)
        limit = self.block_width / 12700  # the page's text width (EMU to points)
        run = p.add_run()
        run.add_picture(io.BytesIO(png), width=Pt(min(width_pt, limit)))
        _describe(run, alt)


def _describe(run: Run, alt: str) -> None:
    for doc_pr in run._r.iter(qn("wp:docPr")):
        doc_pr.set("descr", alt)


def _run(
    p: Any, text: str, bold: bool = False, colour: str | None = None, half_points: int = 0
) -> Run:
    """A run of literal text, made directly: python-docx's add_run(text) adds it
    character by character (for tabs and breaks, which ReportLab already turned
    into spaces) and finds the place of each property by searching."""
    r = OxmlElement("w:r")
    if bold or colour or half_points:
        rpr = OxmlElement("w:rPr")  # in the schema's order: b, color, sz
        if bold:
            rpr.append(OxmlElement("w:b"))
        if colour:
            rpr.append(OxmlElement("w:color", {qn("w:val"): colour}))
        if half_points:
            rpr.append(OxmlElement("w:sz", {qn("w:val"): str(half_points)}))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    p._p.append(r)
    return Run(r, p)


def _count_picture_ids(doc: Document) -> None:
    """Number the pictures with a counter: python-docx finds the next free id by
    scanning the whole document for every picture, which grows with the report."""
    part = doc.part
    start = part.next_id

    class CountingPart(type(part)):  # type: ignore[misc]
        @property
        def next_id(self) -> int:
            self._atelier_next_id += 1
            return self._atelier_next_id

    part._atelier_next_id = start + 1000  # room for ids a template's parts may add
    part.__class__ = CountingPart


def _fld_char(run: Any, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    run._r.append(element)


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _widths(t: Table, ncols: int, page_width: int | None) -> list[Emu] | None:
    """The PDF table's column widths, scaled to the Word page's text width."""
    raw = t._colWidths
    if not isinstance(raw, list | tuple) or len(raw) != ncols:
        return None
    try:
        points = [float(w) for w in raw]
    except (TypeError, ValueError):
        return None
    if page_width is not None:
        factor = page_width / Pt(FRAME_WIDTH)
        return [Emu(int(Pt(w) * factor)) for w in points]
    return [Pt(w) for w in points]


def _backgrounds(t: Table, nrows: int, ncols: int) -> dict[tuple[int, int], str]:
    """The table's BACKGROUND commands as cell fills (row, column) -> "RRGGBB"."""
    out: dict[tuple[int, int], str] = {}
    for command in getattr(t, "_bkgrndcmds", ()):
        _, (sc, sr), (ec, er), colour = command[:4]
        fill = _hex(colour)
        if fill is None:
            continue
        sc, ec = sc % ncols if sc < 0 else sc, ec % ncols if ec < 0 else ec
        sr, er = sr % nrows if sr < 0 else sr, er % nrows if er < 0 else er
        for r in range(sr, min(er, nrows - 1) + 1):
            for c in range(sc, min(ec, ncols - 1) + 1):
                out[(r, c)] = fill
    return out


def _holds_picture(cell: Any) -> bool:
    items: Iterable[Any] = cell if isinstance(cell, list | tuple) else (cell,)
    return any(isinstance(i, Drawing | RLImage | SdgTiles) for i in items)


def _image_bytes(image: RLImage) -> bytes:
    source = image.filename
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    if hasattr(source, "getvalue"):
        return source.getvalue()
    with open(source, "rb") as f:
        return f.read()
