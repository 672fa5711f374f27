package backorder.report.html;

/** The report's stylesheet, inlined so the HTML has no external resources; A4-ready under {@code @media print}. */
final class ReportStyle {

    private ReportStyle() { }

    /** The CSS text. */
    static final String CSS = """
            @page { size: A4; margin: 15mm; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; background: #fff;
                   max-width: 1120px; margin: 0 auto; padding: 28px 32px 48px; font-size: 15px; line-height: 1.45; }
            header h1 { font-size: 28px; margin: 0 0 4px; }
            header .sub { color: #555; margin: 0 0 20px; }
            h2 { font-size: 20px; margin: 32px 0 10px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 18px 0 8px; }
            code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; color: #444; }
            code.hash { word-break: break-all; }
            .muted, .note { color: #666; }
            .note { font-size: 13px; }
            .headline { border-left: 8px solid #777; background: #f5f7f9; padding: 14px 20px; margin: 8px 0 12px; }
            .headline .verdict { font-size: 26px; font-weight: 700; margin: 0 0 6px; border: none; padding: 0; }
            .headline .because { font-size: 17px; margin: 0 0 8px; }
            .headline .substitutes { font-size: 15px; margin: 0 0 8px; }
            .headline .rule { font-size: 13px; color: #555; margin: 0; }
            .kpis-section h2 { border: none; margin-top: 14px; font-size: 17px; }
            .kpis { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 10px; }
            .kpi { border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; break-inside: avoid;
                   overflow-wrap: anywhere; }
            .kpi-label { font-size: 13px; color: #555; }
            .kpi-label .unit { color: #888; }
            .kpi-value { font-size: 26px; font-weight: 700; margin: 2px 0; }
            .kpi-ci, .kpi-vs { font-size: 12.5px; color: #555; }
            .swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 0.35em;
                      vertical-align: -0.05em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 16px;
                       margin: 0 0 8px; }
            dl.facts dt { color: #555; }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; }
            .scroll { overflow-x: auto; margin: 6px 0; }
            .scroll > table { margin: 0; }
            svg.timeline { width: 100%; height: auto; display: block; margin: 4px 0 8px; }
            svg.timeline .tl-label { font: 13px "DejaVu Sans", Arial, sans-serif; fill: #222; dominant-baseline: middle; }
            svg.timeline .tl-tick, svg.timeline .tl-note { font: 12px "DejaVu Sans", Arial, sans-serif; fill: #555; }
            svg.network { width: 100%; height: auto; display: block; margin: 4px 0 14px; }
            svg.network .nw-head { font: bold 13px "DejaVu Sans", Arial, sans-serif; fill: #555; }
            svg.network .nw-name { font: bold 14px "DejaVu Sans", Arial, sans-serif; fill: #222; }
            svg.network .nw-stat, svg.network .nw-flow { font: 12px "DejaVu Sans", Arial, sans-serif; fill: #333; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0; }
            th, td { border-bottom: 1px solid #e4e4e4; padding: 5px 8px; text-align: right; vertical-align: top; }
            th:first-child, td:first-child, th.left, td.left { text-align: left; }
            thead th { border-bottom: 2px solid #bbb; white-space: nowrap; }
            thead th.path { white-space: normal; min-width: 10em; }
            thead th.group { text-align: center; }
            table.products tbody th { white-space: nowrap; }
            table.metrics tbody th { font-weight: 600; width: 30%; }
            table.metrics tbody th code { display: block; font-weight: 400; font-size: 11px; color: #777; }
            td.unit { color: #777; text-align: left; }
            td.best, .best-key { background: #e3f1e6; font-weight: 700; }
            td.tied, span.tied { background: #f1f1f1; color: #555; }
            .ci { display: block; color: #777; font-size: 11px; font-weight: 400; white-space: nowrap; }
            .dir { color: #888; font-weight: 400; }
            figure { margin: 22px 0 28px; break-inside: avoid; page-break-inside: avoid; }
            figure img { max-width: 100%; height: auto; display: block; border: 1px solid #eee; }
            figcaption { font-size: 13.5px; color: #333; margin-top: 6px; }
            figcaption .files { color: #777; }
            a { color: #0b5394; }
            footer { margin-top: 36px; font-size: 12px; color: #777; }
            @media screen and (max-width: 720px) {
              body { padding: 18px 14px 36px; }
              header h1 { font-size: 24px; }
              .headline { padding: 12px 14px; }
              .headline .verdict { font-size: 22px; }
              .kpis { grid-template-columns: repeat(2, minmax(0, 1fr)); }
              .kpi { padding: 8px 10px; }
              .kpi-value { font-size: 21px; }
              .scroll > svg.timeline, .scroll > svg.network { min-width: 720px; }
            }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              h3 { break-after: avoid; }
              .headline, .kpis, dl.facts, table.disruptions, svg.timeline, svg.network {
                break-inside: avoid; page-break-inside: avoid; }
              .scroll { overflow: visible; }
              tr { break-inside: avoid; }
              figure { margin: 3mm 0 5mm; }
              figure img { border: none; }
              figcaption { font-size: 8.5pt; margin-top: 2mm; }
              figcaption .files { display: none; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
