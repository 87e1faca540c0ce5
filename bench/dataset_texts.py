"""Chinese text pools the benchmark dataset draws from, beyond those in services/demo_values.py.

Kept apart from the generator so that the generator reads as logic, and so that the
texts a reviewer might want to extend (rework causes, corrective actions) are in one place.
"""

from __future__ import annotations

from dealerdesk.domain.vocabulary import CauseCategory

# Extra work found during the job (二次增修): (description, amount in fen, added hours).
EXTRA_WORK = [
    ("前刹车盘磨损超限，建议同时更换刹车盘", 98_000, 2),
    ("发现右前下摆臂球头松旷，需更换", 65_000, 2),
    ("空调滤芯严重脏污，建议更换", 12_800, 0),
    ("蓄电池检测容量不足，建议更换", 78_000, 1),
    ("雨刮片老化，建议更换一对", 16_000, 0),
    ("发动机下护板固定卡扣缺失，需补装", 4_500, 0),
    ("后轮胎胎侧鼓包，建议更换", 86_000, 1),
    ("节气门积碳严重，建议清洗", 38_000, 1),
]

# Cause detail per cause category (人机料法环), as a team lead would write it.
CAUSE_DETAILS: dict[CauseCategory, list[str]] = {
    CauseCategory.MAN: [
        "技师未按维修手册力矩紧固螺栓",
        "放油螺塞未更换新垫片",
        "技师漏装发动机下护板卡扣",
        "自检时未检查油管接头",
        "转向中间轴花键装配错位一个齿",
        "新技师对车型不熟悉，漏检项目",
    ],
    CauseCategory.MACHINE: [
        "扭力扳手未校准，实际力矩偏低",
        "四轮定位仪传感器偏差",
        "举升机故障导致作业中断，复装遗漏",
        "诊断仪软件版本过旧，未读出故障码",
    ],
    CauseCategory.MATERIAL: [
        "配件批次质量问题，密封圈渗漏",
        "副厂刹车片尺寸不符",
        "机油滤清器密封圈变形",
        "燃油管卡箍强度不足",
    ],
    CauseCategory.METHOD: [
        "作业指导书未规定燃油系统复装后的保压检查",
        "总检流程缺少路试环节",
        "派工单未写明客户描述的异响工况",
        "交车前检查未对照接车记录",
    ],
    CauseCategory.ENVIRONMENT: [
        "喷漆房温湿度超标，漆面起泡",
        "雨天路试后未擦干，误判为渗水",
        "车间照明不足，漏看划痕",
    ],
}

CORRECTIVE_ACTIONS = [
    "重新按手册力矩紧固并复检，班组内通报",
    "更换新配件并做保压测试，合格后交车",
    "对技师进行专项培训，考核合格后上岗",
    "校准扭力扳手，建立月度校准记录",
    "修订作业指导书，增加复装后检查项目",
    "重新喷涂并烤漆，调整喷漆房参数",
    "总检增加路试环节，由质检员签字确认",
    "退回供应商并更换配件批次",
]

CANCEL_REASONS = ["客户改期", "客户决定不维修", "配件无货，客户另约时间", "客户到其他店维修", "重复开单，作废"]

VALUABLES = ["", "", "", "行车记录仪", "车内有雨伞一把", "后备箱有儿童座椅", "中控台有太阳镜", "后座有笔记本电脑包"]
DAMAGE_NOTES = ["", "", "", "", "左后门轻微划痕", "前保险杠下沿擦伤", "右后视镜壳有裂纹", "后备箱盖小凹陷"]

# Written notes for "note" checklist items and for failed items.
NOTE_NONE = ["无", "未涉及", "无故障码"]
FAIL_NOTES = [
    "螺栓力矩不足，已重新紧固",
    "油管接头渗油",
    "异响仍在，需重新诊断",
    "漆面有橘皮，需重新抛光",
    "仪表故障灯未熄灭",
    "车内遗留抹布",
    "座椅套未取下",
]

# What the customer says when coming back after delivery (外返).
COMEBACK_CONCERNS = [
    "上次修完后异响又出现了",
    "保养后发现发动机下方漏油",
    "修完后方向盘还是跑偏",
    "上次更换的刹车片有异响",
    "喷漆部位起泡",
    "油箱附近又有汽油味",
    "空调修完没几天又不制冷",
]
