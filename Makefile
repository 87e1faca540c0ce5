# Shortcuts for scripts/dev.sh, which does the real work (and needs only bash on a fresh machine).
.PHONY: run test setup forms i18n bench installer installer-test
run:
	bash scripts/dev.sh run
test:
	bash scripts/dev.sh test
setup:
	bash scripts/dev.sh setup
forms:
	.venv/bin/python tools/build_forms.py
i18n:
	.venv/bin/python tools/i18n.py update
bench:
	.venv/bin/python bench/run_all.py
# The installer extra (PyInstaller) is not part of `setup`: install it on first use.
installer: setup
	.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/python -m pip install -q -e ".[installer]"
	.venv/bin/python installer/build.py
installer-test: setup
	.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/python -m pip install -q -e ".[installer]"
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m slow -s tests/e2e/test_installer.py
