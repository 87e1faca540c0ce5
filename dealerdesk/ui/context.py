"""What every page and dialog needs: the database, the signed-in user, the settings, the language."""

from __future__ import annotations

from dataclasses import dataclass

from dealerdesk.db.database import Database
from dealerdesk.services.actor import Actor
from dealerdesk.services.settings import DealerSettings


@dataclass
class UiContext:
    db: Database
    actor: Actor
    settings: DealerSettings
    lang: str  # "zh_CN" or "en": the language the window was started in
