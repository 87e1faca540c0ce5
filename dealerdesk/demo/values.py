"""Realistic random values for demo and benchmark data: names, mobiles, plates, VINs, models, concerns.

Every value passes the validators a real advisor's input must pass (mobile format,
plate format, VIN check digit), so demo data never shows an error that real data would not.
"""

from __future__ import annotations

import random
import string

from dealerdesk.domain.validation.vin import with_check_digit

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "华",
    "平",
    "刚",
    "桂英",
    "建华",
    "志强",
    "晓东",
    "海燕",
    "文斌",
    "雪梅",
    "俊杰",
    "子涵",
    "浩然",
    "欣怡",
]
MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]
# Sichuan first: the seed's dealership is in Chengdu (川A).
PLATE_PREFIXES = ["川A"] * 12 + ["川B", "川F", "川L", "川Q", "渝A", "云A", "贵A"]
PLATE_LETTERS = [c for c in string.ascii_uppercase if c not in "IO"]
# (WMI, make, models) of cars common at Chinese dealerships; the VIN's WMI matches the make.
MAKES = [
    ("LSV", "上汽大众", ["朗逸", "帕萨特", "途观L", "途昂", "凌渡"]),
    ("LFV", "一汽-大众", ["速腾", "迈腾", "宝来", "探岳", "高尔夫"]),
    ("LVG", "广汽丰田", ["凯美瑞", "汉兰达", "雷凌", "致炫"]),
    ("LHG", "广汽本田", ["雅阁", "飞度", "缤智", "冠道"]),
    ("LGB", "东风日产", ["轩逸", "天籁", "奇骏", "逍客"]),
    ("LBV", "华晨宝马", ["3系", "5系", "X1", "X3"]),
    ("LGX", "比亚迪", ["秦PLUS", "宋PLUS", "汉", "元PLUS"]),
]
COLOURS = ["白色", "黑色", "银色", "灰色", "红色", "蓝色", "香槟金"]
CONCERNS = {
    "periodic_maintenance": ["做常规保养，更换机油机滤", "保养时检查刹车片厚度", "空调滤芯更换", "检查轮胎磨损"],
    "first_service": ["首次保养", "首保，顺便检查底盘有无异响"],
    "general_repair": [
        "冷车启动时发动机有异响",
        "方向盘向左跑偏",
        "刹车时方向盘抖动",
        "空调不制冷",
        "仪表盘发动机故障灯亮",
        "怠速时车身抖动",
        "过减速带底盘咯噔响",
        "油箱附近有汽油味",
    ],
    "body_paint": ["右前门刮伤，需要补漆", "后保险杠撞凹，钣金喷漆", "左后翼子板划痕"],
    "warranty": ["天窗漏水", "车机黑屏无法启动", "电动尾门无法关闭"],
    "insurance_claim": ["追尾事故，前杠及大灯破损", "倒车撞到柱子，后杠变形"],
    "pds": ["新车PDS检查"],
}
LABOUR = {
    "periodic_maintenance": [("更换机油及机油滤清器", 50), ("更换空气滤清器", 20), ("常规保养检查", 50)],
    "first_service": [("首保检查及更换机油", 80)],
    "general_repair": [
        ("发动机异响诊断", 100),
        ("四轮定位", 80),
        ("更换前刹车片", 100),
        ("空调系统检测加注", 120),
        ("电脑诊断及清除故障码", 50),
        ("更换转向中间轴", 200),
        ("检查燃油箱及油管", 150),
    ],
    "body_paint": [("钣金修复", 300), ("单面喷漆", 400), ("拆装保险杠", 100)],
    "warranty": [("天窗排水管疏通", 100), ("车机系统升级", 80), ("尾门电机更换", 150)],
    "insurance_claim": [("拆装前保险杠", 100), ("更换大灯总成", 80), ("钣金修复", 300), ("喷漆", 400)],
    "pds": [("新车PDS检查", 100)],
}
PARTS = {
    "periodic_maintenance": [
        ("06L115562B", "机油滤清器", 1000, 6800),
        ("G 052 195 M4", "全合成机油5W-30 (L)", 4500, 9800),
        ("1K0129620D", "空气滤清器", 1000, 12800),
    ],
    "first_service": [("06L115562B", "机油滤清器", 1000, 6800), ("G 052 195 M4", "全合成机油5W-30 (L)", 4000, 9800)],
    "general_repair": [
        ("5Q0698151B", "前刹车片", 1000, 56000),
        ("5QD419502", "转向中间轴", 1000, 128000),
        ("7N0820803", "空调冷媒 (g)", 500000, 30),
    ],
    "body_paint": [("PAINT-01", "原厂漆 (套)", 1000, 60000)],
    "warranty": [("3G0877307", "天窗排水管", 2000, 8500)],
    "insurance_claim": [("5G0807221", "前保险杠皮", 1000, 180000), ("5G0941005", "左前大灯总成", 1000, 320000)],
    "pds": [],
}


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice(string.digits) for _ in range(8))


def plate(rng: random.Random, new_energy: bool = False) -> str:
    prefix = rng.choice(PLATE_PREFIXES)
    if new_energy:
        return (
            prefix
            + rng.choice("DF")
            + rng.choice(PLATE_LETTERS + list(string.digits))
            + "".join(rng.choice(string.digits) for _ in range(4))
        )
    chars = PLATE_LETTERS + list(string.digits) * 3
    return prefix + "".join(rng.choice(chars) for _ in range(5))


def vin(rng: random.Random, wmi: str) -> str:
    """A VIN with a valid check digit, year code and serial number."""
    allowed = [c for c in string.ascii_uppercase + string.digits if c not in "IOQ"]
    vds = "".join(rng.choice(allowed) for _ in range(5))
    year = rng.choice("GHJKLMNPRST")  # 2016-2026
    plant = rng.choice(allowed)
    serial = "".join(rng.choice(string.digits) for _ in range(6))
    return with_check_digit(f"{wmi}{vds}0{year}{plant}{serial}")


def make_and_model(rng: random.Random) -> tuple[str, str, str]:
    wmi, make, models = rng.choice(MAKES)
    return wmi, make, rng.choice(models)
