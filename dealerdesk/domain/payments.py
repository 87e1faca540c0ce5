"""How a customer pays: the methods a package sale (and the settlement at delivery) records."""

from __future__ import annotations

import enum

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP


class PaymentMethod(enum.StrEnum):
    CASH = "cash"  # 现金
    WECHAT = "wechat"  # 微信支付
    ALIPAY = "alipay"  # 支付宝
    BANK_CARD = "bank_card"  # 银行卡
    TRANSFER = "transfer"  # 转账


PAYMENT_METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Messages", "Cash"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("Messages", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("Messages", "Alipay"),
    PaymentMethod.BANK_CARD: QT_TRANSLATE_NOOP("Messages", "Bank card"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Messages", "Bank transfer"),
}
