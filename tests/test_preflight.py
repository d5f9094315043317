"""The kit a print shop and a festival office would accept: the shared preflight (the checks a print
shop runs: fonts embedded, no blank or near-empty page, bookmarks and contents links landing on their
heading, nothing past the margins or drawn over other text) finds no error and no warning in the seed
kit, the sample kit and a rich festival kit, in each shipped template, in English, French and German."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from rich_kit import rich_kit

from presskit.model import PressKit
from presskit.pdf import export_pdf, render

# the shared print-shop preflight beside the project when there is one; else the copy taken from it
# (tests/data/preflight), so that a clean clone in CI runs the same matrix
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "preflight" / "preflight.py"
PREFLIGHT = SHARED if SHARED.exists() else Path(__file__).resolve().parent / "data" / "preflight" / "preflight.py"
TEMPLATES = ["Classic Studio", "Festival Submission", "Minimal"]
LANGUAGES = ["en", "fr", "de"]
needs_preflight = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftotext, pdffonts) is needed; make test installs it",
)


@pytest.fixture(scope="module")
def kits(tmp_path_factory, seed_kit):  # noqa: ANN001, ANN201
    from samples import sample_kit

    folder = tmp_path_factory.mktemp("kits")
    return {
        "seed": (seed_kit, folder),
        "sample": (sample_kit(folder / "sample"), folder / "sample"),
        "rich": (rich_kit(folder / "rich"), folder / "rich"),
    }


def styled(kit: PressKit, template: str) -> PressKit:
    from presskit.templates import TemplateStore

    out = kit.model_copy(deep=True)
    out.style = TemplateStore().load(template)[0].style
    return out


@needs_preflight
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("which", ["seed", "sample", "rich"])
def test_preflight_finds_no_error_and_no_warning(kits, which: str, template: str, lang: str, tmp_path: Path) -> None:  # noqa: ANN001
    kit, base = kits[which]
    pdf, report = tmp_path / "kit.pdf", tmp_path / "preflight.json"
    export_pdf(styled(kit, template), pdf, base_dir=base, lang=lang)
    subprocess.run([sys.executable, str(PREFLIGHT), str(pdf), "--json", str(report)], capture_output=True)
    found = json.loads(report.read_text())
    problems = [f for f in found["findings"] if f["level"] in ("ERROR", "WARN")]
    assert not problems, problems


def test_star_ratings_print_in_every_language_without_a_warning(kits) -> None:  # noqa: ANN001
    kit, base = kits["rich"]
    for lang in LANGUAGES:
        result = render(kit, base_dir=base, lang=lang)
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(result.data)).pages)
        assert "★★★★★ A storm of a film" in text and "★★★½ Ein Kammerspiel" in text
        assert not [w for w in result.warnings if "cannot print" in w]


def test_crew_titles_print_as_typed_under_their_department_in_the_language(kits) -> None:  # noqa: ANN001
    kit, base = kits["rich"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render(kit, base_dir=base).data)).pages)
    for title in ("1st AC", "2nd AD", "ADR Mixer", "VFX Supervisor", "DIT", "SFX Make-up Artist"):
        assert title in text
    french = render(kit, base_dir=base, lang="fr").data
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(french)).pages)
    for word in ("IMAGE", "MONTAGE", "EFFETS VISUELS", "Réalisation", "Scénario", "Lauréat", "Première mondiale"):
        assert word in text
    for english in ("DIRECTION", "\nDirector\n", "\nWriter\n", "WINNER", "World Premiere"):  # typed titles stay
        assert english not in text


def test_a_department_heading_never_ends_a_page_without_its_first_row(kits) -> None:  # noqa: ANN001
    kit, base = kits["rich"]
    departments = {"CAMERA", "PRODUCTION", "EDITORIAL", "ART", "COSTUME", "MAKE-UP", "SOUND", "MUSIC", "CASTING"}
    departments |= {"VISUAL EFFECTS", "STUNTS", "DIRECTION", "WRITING"}
    for template in TEMPLATES:
        reader = PdfReader(io.BytesIO(render(styled(kit, template), base_dir=base).data))
        for page in reader.pages:
            lines = [ln.strip() for ln in page.extract_text().splitlines() if ln.strip()]
            body = [ln for ln in lines if "/" not in ln and ln not in ("HARBOUR LIGHTS", "PRESS KIT")]
            assert not body or body[-1] not in departments, (template, body[-3:])
