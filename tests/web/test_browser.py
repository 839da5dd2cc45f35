"""The reader in headless Chromium (Debian's, driven by Playwright): the demo flow a new user follows.

A library of the corpus is built the way ``make demo`` builds it, served by ``finbrief serve``; the
test uploads a corpus call through the upload page, reads it, clicks a citation, switches
language, searches 閃購 and draws the cloud revenue timeline. Screenshots are kept in
``test-artifacts/`` (git-ignored). Skips with a message only when Chromium cannot be installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.builders import HOSTILE_LINES, fixture_library
from tests.web.conftest import Server

ROOT = Path(__file__).parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
UPLOADED = "003_"
"""The corpus call the test uploads through the page (the others are added as `make demo` does)."""


def ensure_chromium() -> Path | None:
    """Debian's Chromium, installed with apt-get when missing and possible (CI runs as root)."""
    if CHROMIUM.exists():
        return CHROMIUM
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "chromium", "fonts-wqy-microhei"],
            env=env,
            capture_output=True,
            timeout=1200,
        )
    return CHROMIUM if CHROMIUM.exists() else None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install -e '.[test]'")
    path = ensure_chromium()
    if path is None:
        pytest.skip("Chromium is not installed and could not be (apt-get install chromium needs root)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(path), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    pg = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.errors, pg.dialogs = errors, dialogs
    yield pg
    context.close()
    assert dialogs == [], f"a script ran: {dialogs}"
    assert errors == [], f"errors in the page (CSP violations, scripts): {errors}"


def demo_library(db: Path, corpus: list[Path]) -> None:
    """What `make demo` does: the samples and the corpus, added with `finbrief library add`."""
    keep = [str(p) for p in corpus if not p.name.startswith(UPLOADED)]
    r = subprocess.run(
        [sys.executable, "-m", "finbrief.cli", "library", "add", "--db", str(db), str(ROOT / "samples"), *keep],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> list[Path]:
    files = sorted((shared_dir / "corpus" / "alibaba").glob("*.txt"))
    assert len(files) == 5
    return files


@pytest.fixture(scope="module")
def demo(
    serve: Callable[..., Server], corpus: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> Server:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    demo_library(db, corpus)
    return serve(db)


def shot(page: Any, name: str, full: bool = False) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def test_upload_read_cite_switch_search_and_chart(page: Any, demo: Server, corpus: list[Path]) -> None:
    target = next(p for p in corpus if p.name.startswith(UPLOADED))
    page.goto(demo.url + "upload")
    page.set_input_files("#files", str(target))
    page.click("#upload button[type=submit]")
    link = page.locator("#results a.doc", has_text=target.name)
    link.wait_for(timeout=120_000)
    assert "added" in page.inner_text("#results")
    shot(page, "upload")
    link.click()
    page.wait_for_selector("#src .para")

    # The reader: brief beside the numbered source; [n] scrolls to paragraph n and highlights it.
    cite = page.locator("#tab-brief a.cite").nth(2)
    n = cite.get_attribute("data-n")
    cite.click()
    para = page.locator(f"#p-{n}")
    page.wait_for_function(f"document.getElementById('p-{n}').classList.contains('hl')")
    page.wait_for_timeout(700)  # the smooth scroll
    box, pane = para.bounding_box(), page.locator("#src").bounding_box()
    assert box and pane and pane["y"] <= box["y"] <= pane["y"] + pane["height"]
    assert page.locator(".para.hl").count() == 1
    assert page.evaluate("location.hash") == f"#p-{n}"
    shot(page, "reader")

    # Tabs: facts and Q&A with askers and their firms.
    page.click("[data-tab=qa]")
    assert page.locator("#tab-qa").is_visible() and page.locator("#tab-qa li").count() >= 3
    page.click("[data-tab=facts]")
    assert page.locator("#tab-facts tbody tr").count() > 10

    # Language switch: English, then simplified Chinese; the source stays as written.
    source_text = page.inner_text("#p-1")
    page.click(".langs a[data-lang=en]")
    page.wait_for_url("**lang=en**", timeout=120_000)
    assert page.get_attribute("html", "lang") == "en"
    assert page.inner_text("#tab-brief h2 >> nth=0") == "Core viewpoint"
    assert page.locator("#tab-facts").is_visible()  # the open tab survives the switch
    assert page.inner_text("#p-1") == source_text
    page.click(".langs a[data-lang=zh-Hans]")
    page.wait_for_url("**lang=zh-Hans**", timeout=120_000)
    page.click("[data-tab=brief]")
    assert page.inner_text("#tab-brief h2 >> nth=0") == "核心观点"
    shot(page, "reader-zh-Hans")

    # Search 閃購 (traditional) finds the uploaded call, with the match marked.
    page.goto(demo.url + "search?q=" + "閃購")
    hits = page.locator("ol.hits li")
    assert hits.count() > 0
    assert page.locator("ol.hits a.doc", has_text=UPLOADED).count() > 0
    assert page.locator("ol.hits mark").first.inner_text() in ("閃購", "闪购")
    shot(page, "search")
    page.locator("ol.hits a.doc", has_text=UPLOADED).first.click()
    page.wait_for_selector(".para.hl")

    # The cloud revenue timeline draws its points, each with its sources on hover.
    page.goto(demo.url + "timeline?subject=cloud&metric=revenue&company=Alibaba")
    chart = page.locator(".charts .chart").first
    chart.wait_for()
    points = int(chart.get_attribute("data-points") or 0)
    assert points >= 2
    drawn = page.evaluate(
        """() => { const c = document.querySelector('.charts .chart canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let blue = 0; for (let i = 0; i < d.length; i += 4) if (d[i+2] > 150 && d[i] < 80) blue++; return blue; }"""
    )
    assert drawn > 50  # the series' blue points and line are on the canvas
    sources = chart.locator("table.points a")
    assert sources.count() >= points
    over = chart.locator(".u-over").bounding_box()
    assert over
    for x in range(int(over["x"]) + 2, int(over["x"] + over["width"]), 6):
        page.mouse.move(x, over["y"] + over["height"] / 2)
        if page.locator("#tip").is_visible() and "¶" in page.inner_text("#tip"):
            break
    assert "¶" in page.inner_text("#tip")
    shot(page, "timeline", full=True)


def test_a_phone_width_window_reads_without_sideways_scroll(page: Any, demo: Server) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("", "search?q=cloud", "timeline?subject=cloud&metric=revenue&company=Alibaba"):
        page.goto(demo.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 392, path
    page.goto(demo.url)
    page.locator("a.doc").first.click()
    page.wait_for_selector("#src .para")
    assert page.evaluate("document.documentElement.scrollWidth") <= 392
    page.locator("#tab-brief a.cite").first.click()
    page.wait_for_selector(".para.hl")
    shot(page, "reader-phone")


@pytest.fixture(scope="module")
def hostile(serve: Callable[..., Server], tmp_path_factory: pytest.TempPathFactory) -> tuple[Server, str]:
    db = tmp_path_factory.mktemp("hostile-browser") / "library.sqlite"
    doc = fixture_library(db)
    assert doc
    return serve(db), doc


def test_hostile_text_is_shown_as_text(page: Any, hostile: tuple[Server, str]) -> None:
    server, doc = hostile
    for url in (f"documents/{doc}", f"documents/{doc}?lang=en", "", "search?q=svg"):
        page.goto(server.url + url)
        assert page.evaluate("document.querySelectorAll('main svg, main img, main script').length") == 0
    page.goto(server.url + f"documents/{doc}")
    for i, line in enumerate(HOSTILE_LINES, 1):
        assert page.inner_text(f"#p-{i} bdi") == line
    shot(page, "hostile")
