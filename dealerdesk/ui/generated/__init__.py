"""pyside6-uic output of forms/*.ui: do not edit, run tools/build_forms.py."""
