# Shortcuts for scripts/dev.sh, which does the real work (and needs only bash on a fresh machine).
.PHONY: run test setup forms i18n bench installer
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
