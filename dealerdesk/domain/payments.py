"""How a customer pays: the methods a package sale and the settlement at delivery record."""

from __future__ import annotations

import enum

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP


class PaymentMethod(enum.StrEnum):
    CASH = "cash"  # 现金
    WECHAT = "wechat"  # 微信支付
    ALIPAY = "alipay"  # 支付宝
    BANK_CARD = "bank_card"  # 银行卡
    TRANSFER = "transfer"  # 转账
    ON_ACCOUNT = "on_account"  # 挂账: a fleet customer's account, settled later (never for a package sale)


PAYMENT_METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Messages", "Cash"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("Messages", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("Messages", "Alipay"),
    PaymentMethod.BANK_CARD: QT_TRANSLATE_NOOP("Messages", "Bank card"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Messages", "Bank transfer"),
    PaymentMethod.ON_ACCOUNT: QT_TRANSLATE_NOOP("Messages", "On account"),
}

# A prepaid package is paid when sold: never on account.
PREPAID_METHODS = tuple(m for m in PaymentMethod if m is not PaymentMethod.ON_ACCOUNT)
