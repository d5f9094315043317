# Presskit: set-up, run, test. `make run` and `make test` work on a fresh machine.
# Python packages come from hashed locks (packaging/requirements.lock for install and tests,
# packaging/build.lock for `make package`); `make lock` regenerates both.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := packaging/requirements.lock
BUILD_LOCK := packaging/build.lock
# The locks are resolved with uv for the machine the project runs on: CPython 3.11, Linux x86_64
# with glibc 2.36 or newer (Debian 12).
UV_VERSION := 0.13.9
UV := build/uv-$(UV_VERSION)/bin/uv
LOCK_TARGET := --python-version 3.11 --python-platform x86_64-manylinux_2_36
APT_PACKAGES := poppler-utils xvfb xauth imagemagick libegl1 libgl1 libfontconfig1 libxkbcommon0 \
	libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 chromium

.PHONY: install lock system-deps run test lint web-fonts bench screenshot package test-package clean

install: $(STAMP)

# Every package comes from the lock, pinned and hash-checked, as a wheel (nothing is built from
# source); Presskit itself is then installed editable without dependencies and without fetching a
# build backend. pip check fails when pyproject.toml names a dependency the lock lacks.
$(STAMP): pyproject.toml $(LOCK)
	$(MAKE) system-deps
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes --only-binary :all: -r $(LOCK)
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/pip check >/dev/null || { $(BIN)/pip check; echo "$(LOCK) is out of date: run make lock"; exit 1; }
	touch $(STAMP)

# Regenerate the locks after changing a dependency in pyproject.toml, packaging/install.in or
# packaging/build.in. Pins that still fit are kept; `make lock LOCK_FLAGS=--upgrade` moves every
# package to its newest version. uv runs from its own venv under build/, never from .venv.
lock:
	test -x $(UV) || { $(PY) -m venv build/uv-$(UV_VERSION) && build/uv-$(UV_VERSION)/bin/pip install -q uv==$(UV_VERSION); }
	$(UV) pip compile -q --generate-hashes $(LOCK_TARGET) --custom-compile-command 'make lock' $(LOCK_FLAGS) \
	    --extra test pyproject.toml packaging/install.in -o $(LOCK)
	$(UV) pip compile -q --generate-hashes $(LOCK_TARGET) --custom-compile-command 'make lock' $(LOCK_FLAGS) \
	    packaging/build.in -c $(LOCK) -o $(BUILD_LOCK)

# Debian packages the suite and the screenshots need; installed only when one is missing.
system-deps:
	@if ! command -v pdftoppm >/dev/null || ! command -v xvfb-run >/dev/null \
	    || ! command -v import >/dev/null || ! command -v chromium >/dev/null \
	    || ! ldconfig -p | grep -q libxcb-cursor.so.0 \
	    || ! ldconfig -p | grep -q libEGL.so.1; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; HOW="apt-get (as root)"; else SUDO="sudo"; HOW="sudo apt-get"; fi; \
	  echo "Installing Debian packages the tests need (poppler-utils for PDF checks, xvfb and imagemagick" \
	       "for screenshots, chromium for the web page check, Qt's X libraries) with $$HOW:" \
	       "$(APT_PACKAGES)"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

run: install
	$(BIN)/presskit-gui seeds/ruby_sparks_article.txt

# The window tests that press keys and open dialogs run a second time on a real X server (Xvfb).
WINDOW_TESTS := tests/test_keyboard.py tests/test_undo_keys.py tests/test_never_wrong.py tests/test_screen_fit.py tests/test_colours.py \
	tests/test_dialogs.py
test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider -m "not slow" -n auto --maxprocesses=4
	QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1280x720x24' $(BIN)/pytest -q -p no:cacheprovider $(WINDOW_TESTS)

lint: install
	$(BIN)/ruff check presskit tests bench
	$(BIN)/ruff format --check presskit tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

# The bundled fonts' Latin parts for the web page (resources/fonts/latin), after a font file changes.
web-fonts: install
	$(BIN)/python -c "from presskit.web.latin import build; print(len(build()), 'Latin font files written')"

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

screenshot: install
	xvfb-run -a -s '-screen 0 1600x1000x24' $(BIN)/python -m presskit.ui.screenshot seeds/ruby_sparks_article.txt docs/screenshot.png

# A one-folder app built with PyInstaller (dist/presskit), plus the wheel (dist/*.whl).
package: install
	$(BIN)/pip install -q --require-hashes --only-binary :all: -r $(BUILD_LOCK)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	    packaging/presskit.spec
	$(BIN)/python -m build --wheel --no-isolation --outdir dist . >/dev/null

# Slow: builds the package, then starts the built binary and installs the wheel into a fresh venv.
test-package: package
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider -m slow tests/test_package.py

clean:
	rm -rf $(VENV) build dist *.egg-info

schema: install
	$(BIN)/python -c "import json; from presskit.model import PressKit; open('resources/presskit.schema.json','w').write(json.dumps(PressKit.model_json_schema(), indent=2, ensure_ascii=False)+'\n')"
