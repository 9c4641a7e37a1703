"""The embedded demo council: an imitation ModernGov site, a synthetic minutes generator and a PDF renderer.

* :mod:`minutebook.demo.pdfrender` – text → printed-minutes style PDF (fpdf2, core fonts).
* :mod:`minutebook.demo.corpus` – seeded generator of synthetic minutes with gold annotations.
* :mod:`minutebook.demo.site` – :class:`~minutebook.demo.site.DemoSite`, a loopback HTTP server that
  behaves like a ModernGov install (web service, HTML pages, documents) including the faults real
  sites show.
"""
