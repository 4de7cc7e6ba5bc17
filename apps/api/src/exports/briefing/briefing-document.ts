import { createRequire } from 'node:module';
import { pdfkit } from '../lazy-libraries';

// Node's own require in the webpack bundle (webpack would otherwise bundle the fonts as modules).
declare const __non_webpack_require__: NodeJS.Require | undefined;
const nodeRequire: NodeJS.Require = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : createRequire(__filename);

/** The DSFR's typeface, as the web app shows it; resolved in node_modules at run time, built or not. */
function marianne(weight: 'Regular' | 'Bold'): string {
  return nodeRequire.resolve(`@gouvfr/dsfr/dist/fonts/Marianne-${weight}.woff`);
}

const BLUE = '#000091';
const GREY = '#666666';
const LIGHT = '#e5e5e5';
const MARGIN = 50;

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

type Struct = PDFKit.PDFStructureElement;

/**
 * A tagged A4 PDF (PDF/UA-minded): every heading, paragraph, list, table and figure is a structure
 * element under one `Document`, decoration and page numbers are artifacts, and charts carry an
 * alternative text. Marianne has no narrow no-break space (U+202F, the French group separator):
 * it is printed as a no-break space, which keeps a figure on one line just the same.
 */
export class BriefingDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private pageNumber = 0;

  constructor(info: { title: string; subject: string }, private readonly footer: string) {
    const PDFDocument = pdfkit();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      tagged: true,
      lang: 'fr-FR',
      displayTitle: true,
      pdfVersion: '1.7',
      autoFirstPage: false,
      info: { Title: info.title, Author: 'Boussole — DGOS', Subject: info.subject, Creator: 'Boussole' },
    });
    this.doc.registerFont('regular', marianne('Regular'));
    this.doc.registerFont('bold', marianne('Bold'));
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.doc.on('pageAdded', () => this.pageFooter());
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page when less than `height` points are left on this one. */
  keep(height: number): void {
    if (this.doc.y + height > this.doc.page.maxY()) this.newPage();
  }

  heading(level: 1 | 2 | 3, text: string, outline = level === 1): void {
    const size = { 1: 18, 2: 13, 3: 11 }[level];
    this.keep(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.add(`H${level}`, () => this.doc.font('bold').fontSize(size).fillColor(level === 1 ? BLUE : 'black').text(fr(text), MARGIN, this.doc.y, { width: this.width }));
    this.doc.moveDown(0.3);
    if (outline) this.doc.outline.addItem(fr(text));
  }

  paragraph(text: string, options: { bold?: boolean; size?: number; color?: string; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    this.add('P', () =>
      this.doc
        .font(options.bold ? 'bold' : 'regular')
        .fontSize(options.size ?? 10)
        .fillColor(options.color ?? 'black')
        .text(fr(text), MARGIN + indent, this.doc.y, { width: this.width - indent }),
    );
    this.doc.moveDown(0.25);
  }

  list(items: string[], size = 10): void {
    if (items.length === 0) return;
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      this.keep(size * 2);
      const y = this.doc.y;
      const li = this.doc.struct('LI');
      list.add(li);
      li.add(this.doc.struct('Lbl', {}, () => this.doc.font('regular').fontSize(size).fillColor('black').text('•', MARGIN + 4, y, { lineBreak: false })));
      li.add(this.doc.struct('LBody', {}, () => this.doc.font('regular').fontSize(size).fillColor('black').text(fr(item), MARGIN + 16, y, { width: this.width - 16 })));
      li.end();
      this.doc.moveDown(0.2);
    }
    list.end();
  }

  /**
   * A horizontal bar of a progress (0..100) with the expected progress as a mark, drawn as
   * vectors; a figure for assistive technologies with `alt`, the figures written beside it.
   */
  bar(label: string, value: number | null, expected: number | null, figures: string, alt: string): void {
    const labelWidth = this.width * 0.45;
    const barWidth = this.width * 0.3;
    this.doc.font('regular').fontSize(9);
    const figuresWidth = this.width - labelWidth - barWidth - 16;
    const height = Math.max(this.doc.heightOfString(fr(label), { width: labelWidth }), this.doc.heightOfString(fr(figures), { width: figuresWidth }), 12);
    this.keep(height + 6);
    const y = this.doc.y;
    const x = MARGIN + labelWidth + 8;
    this.add('P', () => this.doc.fillColor('black').text(fr(label), MARGIN, y, { width: labelWidth }));
    this.add('Figure', { alt: fr(alt) }, () => {
      this.doc.save().rect(x, y + 1, barWidth, 9).fill(LIGHT);
      if (value !== null) this.doc.rect(x, y + 1, (barWidth * clamp(value)) / 100, 9).fill(BLUE);
      if (expected !== null) this.doc.rect(x + (barWidth * clamp(expected)) / 100 - 0.75, y - 1, 1.5, 13).fill('#ce0500');
      this.doc.restore();
    });
    this.add('P', () => this.doc.font('regular').fontSize(9).fillColor('black').text(fr(figures), x + barWidth + 8, y, { width: figuresWidth }));
    this.doc.x = MARGIN;
    this.doc.y = y + height + 6;
  }

  /** A table with a header row, repeated (as an artifact) at the top of each page it runs onto. */
  table(columns: TableColumn[], rows: string[][], caption?: string): void {
    const table = this.doc.struct('Table');
    this.root.add(table);
    if (caption) table.add(this.doc.struct('Caption', {}, () => this.doc.font('regular').fontSize(9).fillColor(GREY).text(fr(caption), MARGIN, this.doc.y, { width: this.width })));
    const header = (artifact: boolean) => {
      const cells = columns.map((c) => c.header);
      if (artifact) {
        this.doc.markContent('Artifact', { type: 'Layout' });
        this.row(columns, cells, true);
        this.doc.endMarkedContent();
        return;
      }
      const tr = this.doc.struct('TR');
      table.add(tr);
      this.row(columns, cells, true, (draw) => tr.add(this.doc.struct('TH', {}, draw)));
      tr.end();
    };
    this.keep(40);
    header(false);
    for (const cells of rows) {
      if (this.doc.y + this.rowHeight(columns, cells) > this.doc.page.maxY()) {
        this.newPage();
        header(true);
      }
      const tr = this.doc.struct('TR');
      table.add(tr);
      this.row(columns, cells, false, (draw) => tr.add(this.doc.struct('TD', {}, draw)));
      tr.end();
    }
    table.end();
    this.doc.x = MARGIN;
    this.doc.moveDown(0.5);
  }

  /** Ends the structure tree and the document; the stream then finishes. */
  end(): void {
    this.root.end();
    this.doc.end();
  }

  private add(tag: string, optionsOrDraw: { alt?: string } | (() => unknown), draw?: () => unknown): void {
    const element = typeof optionsOrDraw === 'function' ? this.doc.struct(tag, {}, optionsOrDraw) : this.doc.struct(tag, optionsOrDraw, draw);
    this.root.add(element);
  }

  private rowHeight(columns: TableColumn[], cells: string[]): number {
    this.doc.font('regular').fontSize(8.5);
    return Math.max(...cells.map((c, i) => this.doc.heightOfString(fr(c), { width: columns[i].width - 6 }))) + 6;
  }

  private row(columns: TableColumn[], cells: string[], isHeader: boolean, wrap?: (draw: () => unknown) => void): void {
    const height = this.rowHeight(columns, cells);
    const y = this.doc.y;
    this.doc.markContent('Artifact', { type: 'Layout' });
    if (isHeader) this.doc.save().rect(MARGIN, y, this.width, height).fill('#eeeef8').restore();
    this.doc.save().moveTo(MARGIN, y + height).lineTo(MARGIN + this.width, y + height).lineWidth(0.5).stroke(LIGHT).restore();
    this.doc.endMarkedContent();
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const column = columns[i];
      const left = x;
      const draw = () =>
        this.doc
          .font(isHeader ? 'bold' : 'regular')
          .fontSize(8.5)
          .fillColor('black')
          .text(fr(cell), left + 3, y + 3, { width: column.width - 6, align: column.align ?? 'left' });
      if (wrap) wrap(draw);
      else draw();
      x += column.width;
    });
    this.doc.x = MARGIN;
    this.doc.y = y + height;
  }

  private pageFooter(): void {
    this.pageNumber += 1;
    // Called in the middle of a text that runs onto the new page: its position and font are kept.
    const { x, y } = this.doc;
    const state = this.doc as unknown as { _font: unknown; _fontSize: number };
    const { _font: font, _fontSize: fontSize } = state;
    const page = this.doc.page;
    // Drawn in the bottom margin, which pdfkit would otherwise take for the end of the page.
    const bottom = page.margins.bottom;
    page.margins.bottom = 0;
    this.doc.markContent('Artifact', { type: 'Pagination' });
    this.doc
      .font('regular')
      .fontSize(8)
      .fillColor(GREY)
      .text(fr(`${this.footer} — page ${this.pageNumber}`), MARGIN, page.height - MARGIN + 16, { width: this.width, align: 'center', lineBreak: false });
    this.doc.endMarkedContent();
    page.margins.bottom = bottom;
    state._font = font;
    state._fontSize = fontSize;
    this.doc.x = x;
    this.doc.y = y;
  }
}

/** Marianne lacks U+202F (Intl's French group separator): a no-break space stands in for it. */
export function fr(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}
