/// The inline style sheet of the HTML report: screen and A4-landscape print, no external fonts or assets.
enum AuditStyle {
    static let css = """
    :root { --meets: #d7f0d7; --below: #f6c9c9; --missing: #fde2b8; --extra: #e3e9f4; --inconsistent: #e6d3f3; }
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 13px; color: #1d1d1d; margin: 16px 24px; line-height: 1.35; }
    h1 { font-size: 20px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 28px 0 6px; padding-bottom: 3px; border-bottom: 2px solid #2a5d8f; color: #2a5d8f; }
    h3 { font-size: 14px; margin: 18px 0 6px; }
    h4 { font-size: 13px; margin: 12px 0 4px; }
    p.meta, p.note { color: #555; margin: 2px 0; }
    table { border-collapse: collapse; margin: 4px 0 10px; width: 100%; }
    th, td { border: 1px solid #b8b8b8; padding: 3px 5px; vertical-align: top; text-align: left; }
    th { background: #eef2f6; font-weight: 600; }
    table.summary { width: auto; min-width: 60%; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    td.id { font-family: "DejaVu Sans Mono", monospace; font-size: 11px; white-space: nowrap; }
    .matrix td { min-width: 70px; }
    .matrix td.name { min-width: 180px; }
    .st-meets { background: var(--meets); }
    .st-below-parent { background: var(--below); }
    .st-missing { background: var(--missing); }
    .st-not-in-parent { background: var(--extra); }
    .st-inconsistent { background: var(--inconsistent); }
    .sev-error { color: #a40000; font-weight: 600; }
    .sev-warning { color: #8a5a00; font-weight: 600; }
    .sev-info { color: #35577a; }
    .mark { display: inline-block; font-size: 11px; padding: 0 4px; margin: 1px 2px 1px 0; border-radius: 3px; background: #f6c9c9; }
    .mark.absent { background: #e0e0e0; }
    .mark.non-standard-unit { background: #fde2b8; }
    .ln { color: #666; font-size: 11px; }
    .digest { color: #8a5a00; }
    .legend span { display: inline-block; padding: 1px 6px; margin-right: 6px; border: 1px solid #b8b8b8; }
    q, .quote { font-style: italic; color: #333; }
    a { color: #1f4f86; text-decoration: none; }
    a:hover { text-decoration: underline; }
    nav ul { margin: 4px 0; padding-left: 20px; }
    .small { font-size: 11px; }
    @media print {
      @page { size: A4 landscape; margin: 10mm; }
      body { margin: 0; font-size: 9.5pt; }
      h2 { break-before: page; }
      section:first-of-type h2 { break-before: auto; }
      nav { display: none; }
      tr, td, th { break-inside: avoid; }
      thead { display: table-header-group; }
      a { color: inherit; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
