"""Printed documents: builders produce a neutral ``model.Report``; ``pdf.render_pdf`` prints it.

- ``model``       frozen dataclasses: Report and its blocks, typed cells (Money, Percent, Number)
- ``formatting``  Finnish/English money, numbers, dates, periods (babel; no Qt, no ReportLab)
- ``catalogue``   ``t(key, lang, **params)``: the documents' own strings in fi and en
- ``layout``      column-width arithmetic shared by writers
- ``pdf``         ``render_pdf(report, out) -> pages``; the only module that imports ReportLab
- ``errors``      FontMissing, ReportWriteFailed (KuhinaError subclasses)
"""
