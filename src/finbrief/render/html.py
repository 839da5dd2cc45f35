"""One self-contained HTML page: the brief or minutes beside the numbered source.

No external assets: CSS and a few lines of JavaScript are inline. Every ``[n]`` is a link to
``#p-n``; clicking it scrolls the source pane to paragraph n and highlights it. All document
text is escaped. The output depends only on its inputs, so it is byte-identical run to run.
"""

from __future__ import annotations

from html import escape

from finbrief.model import Brief, Document, FactSheet, Minutes, Statement
from finbrief.render.brief import HEADINGS as BRIEF_HEADINGS
from finbrief.render.brief import all_statements as brief_statements
from finbrief.render.brief import identity_line, note
from finbrief.render.minutes import HEADINGS as MINUTES_HEADINGS
from finbrief.render.minutes import all_statements as minutes_statements
from finbrief.render.minutes import span
from finbrief.summarize.names import speaker_name
from finbrief.text.display import title_text

CSS = """
*{box-sizing:border-box}
html,body{height:100%}
body{margin:0;display:flex;flex-direction:column;overflow:hidden;
font:15px/1.6 -apple-system,"Segoe UI",Roboto,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
color:#1d2330;background:#f6f7f9}
:lang(zh-Hant){font-family:-apple-system,"Segoe UI",Roboto,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC","Source Han Sans TC",sans-serif}
header{flex:0 0 auto;padding:10px 20px;background:#1d2330;color:#fff}
header h1{margin:0;font-size:18px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
header p{margin:2px 0 0;font-size:12px;color:#c3c8d4}
main{flex:1 1 auto;display:flex;min-height:0}
.pane{overflow-y:auto;padding:16px 22px;min-width:0;overflow-wrap:anywhere}
#out{flex:1 1 48%;background:#fff;border-right:1px solid #dde1e8}
#src{flex:1 1 52%}
h2{font-size:16px;margin:18px 0 6px;color:#2b4c7e}
h3{font-size:14px;margin:14px 0 4px}
ul{padding-left:20px;margin:4px 0}
li{margin:3px 0}
.note,.meta{font-size:12px;color:#6b7280}
a.cite{color:#2b6cb0;text-decoration:none;font-size:12px;margin-left:1px;white-space:nowrap}
a.cite:hover,a.cite:focus{text-decoration:underline}
li.active{background:#eef4fd;border-radius:3px}
.q{font-weight:600}
q.quote{font-style:italic;color:#3d4556}
.src{font-size:12px;color:#6b7280;border-left:2px solid #dde1e8;padding-left:6px;margin:2px 0 4px}
.warn{color:#9b2c2c;font-size:13px}
.para{margin:0 0 8px;padding:4px 8px;border-left:3px solid transparent;border-radius:3px;scroll-margin-top:40vh}
.para .n{display:inline-block;min-width:2.6em;color:#8a93a3;font-size:12px}
.para .who{font-weight:600;margin-right:4px}
.para.label,.para.roster,.para.heading{color:#6b7280;font-size:13px}
.para.boilerplate{color:#a0a7b4;font-size:12px}
.sec{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#6b7280;margin:16px 0 6px}
.para.hl{background:#fff4c2;border-left-color:#e0a800}
@media (max-width:800px){body{display:block;overflow:auto;height:auto}main{display:block}.pane{overflow:visible}}
"""

JS = """
(function(){
  var last=null,item=null;
  function show(n,scroll){
    var el=document.getElementById('p-'+n);
    if(!el)return;
    if(last)last.classList.remove('hl');
    el.classList.add('hl');last=el;
    if(scroll)el.scrollIntoView({behavior:'smooth',block:'center'});
  }
  document.addEventListener('click',function(e){
    var a=e.target.closest?e.target.closest('a.cite'):null;
    if(!a)return;
    e.preventDefault();
    show(a.getAttribute('data-n'),true);
    var li=a.closest('li');
    if(item)item.classList.remove('active');
    if(li){li.classList.add('active');item=li;}
    if(history.replaceState)history.replaceState(null,'','#p-'+a.getAttribute('data-n'));
  });
  var m=/^#p-(\\d+)$/.exec(location.hash);
  if(m)show(m[1],true);
})();
"""

SECTION_NAMES = {
    "en": {
        "intro": "Introduction",
        "prepared": "Prepared remarks",
        "qa": "Questions and answers",
        "closing": "Closing",
    },
    "zh-Hans": {"intro": "导语", "prepared": "管理层发言", "qa": "问答环节", "closing": "结束"},
    "zh-Hant": {"intro": "導語", "prepared": "管理層發言", "qa": "問答環節", "closing": "結束"},
}
SOURCE = {"en": "Source", "zh-Hans": "原文", "zh-Hant": "原文"}


def _e(text: str) -> str:
    return escape(text, quote=True)


# A citation's tooltip shows the start of the paragraph it points at.
TOOLTIP_CHARS = 160


def _tip(doc: Document | None, n: int) -> str:
    if doc is None or not 1 <= n <= len(doc.paragraphs):
        return ""
    text = " ".join(doc.paragraph(n).text.split())
    text = text if len(text) <= TOOLTIP_CHARS else text[: TOOLTIP_CHARS - 1] + "…"
    return f' title="{_e(f"[{n}] {text}")}"'


def _cites(s: Statement, doc: Document | None = None) -> str:
    return "".join(f'<a class="cite" href="#p-{c}" data-n="{c}"{_tip(doc, c)}>[{c}]</a>' for c in s.citations)


def _stmt(s: Statement, lang: str, doc: Document | None = None, source: bool = False) -> str:
    """A statement: quoted in another language in a ``<q>`` marked with its language; written
    from the source with that source on hover (and shown under it when ``source``)."""
    cited = _cites(s, doc)
    if s.lang and s.lang != lang:
        return f'<q class="quote" lang="{_e(s.lang)}">{_e(s.text)}</q> {cited}'
    attr = f' title="{_e(s.quote)}"' if s.quote else ""
    out = f"<span{attr}>{_e(s.text)}</span> {cited}"
    if source and s.quote:
        out += f'<div class="src" lang="{_e(doc.language if doc else "")}">{_e(s.quote)}</div>'
    return out


def _ul(statements: tuple[Statement, ...], lang: str, doc: Document | None = None) -> str:
    return "<ul>" + "".join(f"<li>{_stmt(s, lang, doc)}</li>" for s in statements) + "</ul>"


def source_pane(doc: Document, lang: str) -> str:
    """Every paragraph with its number and anchor, speaker names at turn starts, section markers."""
    names = SECTION_NAMES.get(lang, SECTION_NAMES["en"])
    out = [f"<h2>{_e(SOURCE.get(lang, 'Source'))}</h2>"]
    section: object = object()
    last_speaker: str | None = None
    for p in doc.paragraphs:
        if p.section != section:
            section = p.section
            last_speaker = None
            if p.section:
                out.append(f'<div class="sec">{_e(names.get(p.section, p.section))}</div>')
        cls = {"speaker_label": "label"}.get(p.role, p.role)
        who = ""
        if p.speaker and p.speaker != last_speaker and p.role == "text":
            name = speaker_name(doc, p.speaker, lang) or p.speaker
            who = f'<span class="who">{_e(name)}:</span>'
        if p.role == "text" and p.speaker:
            last_speaker = p.speaker
        out.append(
            f'<p class="para {cls}" id="p-{p.n}" data-n="{p.n}"><span class="n">[{p.n}]</span>{who}{_e(p.text)}</p>'
        )
    return "\n".join(out)


def page(doc: Document, lang: str, heading: str, body: str, identity: FactSheet | None = None) -> str:
    title = title_text(doc.display_title)
    sep = "：" if lang.startswith("zh") else ": "
    who = identity_line(identity, lang)
    meta = f"{doc.kind} · {doc.language} · {len(doc.paragraphs)} ¶ · {doc.id[:12]}"
    meta = f"{who} · {meta}" if who else meta
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(heading)}{sep}{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(heading)}{sep}{_e(title)}</h1><p>{_e(meta)}</p></header>\n"
        f'<main>\n<section class="pane" id="out">\n{body}\n</section>\n'
        f'<section class="pane" id="src" lang="{_e(doc.language)}">\n{source_pane(doc, lang)}\n</section>\n</main>\n'
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )


def _note(text: str | None) -> str:
    return f'<p class="note">{_e(text)}</p>' if text else ""


def _warnings(warnings: tuple[str, ...], title: str) -> str:
    if not warnings:
        return ""
    return f"<h2>{_e(title)}</h2><ul>" + "".join(f'<li class="warn">{_e(w)}</li>' for w in warnings) + "</ul>"


def brief_html(brief: Brief, doc: Document, lang: str, identity: FactSheet | None = None) -> str:
    h = BRIEF_HEADINGS.get(lang, BRIEF_HEADINGS["en"])
    parts = [_note(note(brief_statements(brief), lang))]
    if brief.core_viewpoint:
        parts.append(f"<h2>{_e(h['core'])}</h2>{_ul(brief.core_viewpoint, lang, doc)}")
    for g in brief.groups:
        parts.append(f'<h2 data-theme="{_e(g.theme)}">{_e(g.title)}</h2>{_ul(g.points, lang, doc)}')
    if brief.highlights:
        parts.append(f"<h2>{_e(h['highlights'])}</h2>{_ul(brief.highlights, lang, doc)}")
    parts.append(_warnings(brief.warnings, h["warnings"]))
    return page(doc, lang, h["brief"], "\n".join(p for p in parts if p), identity)


def minutes_html(minutes: Minutes, doc: Document, lang: str, identity: FactSheet | None = None) -> str:
    h = MINUTES_HEADINGS.get(lang, MINUTES_HEADINGS["en"])
    parts = [_note(note(minutes_statements(minutes), lang))]
    if minutes.summary:
        parts.append(f"<h2>{_e(h['summary'])}</h2>{_ul(minutes.summary, lang, doc)}")
    if minutes.chapters:
        parts.append(f"<h2>{_e(h['chapters'])}</h2>")
        for i, c in enumerate(minutes.chapters, 1):
            first = c.paragraphs[0] if c.paragraphs else None
            link = (
                f' <a class="cite" href="#p-{first}" data-n="{first}">¶ {_e(span(c.paragraphs))}</a>'
                if first
                else ""
            )
            parts.append(f"<h3>{i}. {_e(c.title)}{link}</h3>{_ul(c.summary, lang, doc)}")
    if minutes.qa:
        parts.append(f"<h2>{_e(h['qa'])}</h2>")
        for i, q in enumerate(minutes.qa, 1):
            who = _e(q.asker or h["analyst"])
            answerers = _e(", ".join(q.answerers))
            topic = f" — {_e(q.topic)}" if q.topic else ""
            parts.append(f"<h3>{i}. {who}" + (f" → {answerers}" if answerers else "") + f"{topic}</h3>")
            items = [f'<li><span class="q">{_e(h["q"])}:</span> {_stmt(q.question, lang, doc, True)}</li>']
            if q.answer.text:
                items.append(f'<li><span class="q">{_e(h["a"])}:</span> {_stmt(q.answer, lang, doc, True)}</li>')
            parts.append("<ul>" + "".join(items) + "</ul>")
    parts.append(_warnings(minutes.warnings, h["warnings"]))
    return page(doc, lang, h["minutes"], "\n".join(p for p in parts if p), identity)
