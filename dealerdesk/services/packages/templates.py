"""Package templates: what the service manager offers for sale (the source document's packages to start with)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import PackageTemplate
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dealerdesk.domain.packages_rules import (
    TemplateTerms,
    check_terms,
    contents_json,
    parse_contents,
    parse_rates,
    rates_text,
)
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor

ENTITY = "package_template"
TEMPLATE_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no package template {ref}.")


@dataclass(frozen=True)
class TemplateView:
    id: int
    terms: TemplateTerms
    active: bool


def _view(t: PackageTemplate) -> TemplateView:
    terms = TemplateTerms(
        t.name, t.price_fen, parse_rates(t.pay_pct), t.validity_days, t.oil_litres_x1000, parse_contents(t.contents)
    )
    return TemplateView(t.id, terms, t.active)


def list_templates(db: Database, *, active_only: bool = False) -> list[TemplateView]:
    with db.read() as s:
        q = select(PackageTemplate).order_by(PackageTemplate.id)
        if active_only:
            q = q.where(PackageTemplate.active.is_(True))
        return [_view(t) for t in s.scalars(q)]


def _store(t: PackageTemplate, terms: TemplateTerms, active: bool) -> None:
    t.name = terms.name.strip()
    t.price_fen = terms.price_fen
    t.pay_pct = rates_text(terms.pay_pct)
    t.validity_days = terms.validity_days
    t.oil_litres_x1000 = terms.oil_litres_x1000
    t.contents = contents_json(terms.contents)
    t.active = active
    t.updated_at = utcnow()


def save_template(
    db: Database, actor: Actor, terms: TemplateTerms, template_id: int | None = None, *, active: bool = True
) -> TemplateView:
    """Add or change a template; packages already sold keep the terms they were sold with."""
    problems = check_terms(terms)
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        actor = current_actor(s, actor, Role.MANAGER)
        if template_id is None:
            t = PackageTemplate()
            s.add(t)
            before: dict[str, object] = {}
        else:
            found = s.get(PackageTemplate, template_id)
            if found is None:
                raise NotFound(TEMPLATE_NOT_FOUND, ref=template_id)
            t = found
            before = _audited(t)
        _store(t, terms, active)
        s.flush()
        audit.record(s, actor, "save_package_template", ENTITY, t.id, audit.diff(before, _audited(t)))
        return _view(t)


def _audited(t: PackageTemplate) -> dict[str, object]:
    return {
        "name": t.name,
        "price_fen": t.price_fen,
        "pay_pct": t.pay_pct,
        "validity_days": t.validity_days,
        "oil_litres_x1000": t.oil_litres_x1000,
        "contents": t.contents,
        "active": t.active,
    }
