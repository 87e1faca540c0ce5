"""The printed labels, one table per paper language.

Paper is not the screen: a Chinese-speaking advisor may print an English work order
for a foreign customer, so the language is chosen per document, not taken from the
UI's Qt translator. A frozen dataclass rather than a dict so that mypy catches a
label missing in one language or misspelt where it is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dealerdesk.domain.vocabulary import ApprovalMethod, FuelLevel, PaymentType, QcLevel, ServiceCategory


@dataclass(frozen=True)
class PaperLabels:
    pdf_lang: str  # the PDF's /Lang, for screen readers and search
    words_spaced: bool  # words are separated by spaces: wrap labels only there
    work_order_title: str
    job_card_title: str
    order_no: str
    colon: str  # after a label on a line of text
    tel: str
    page_of: str  # {page} and {total}
    continued: str  # {title}: a section's title on the pages it continues on
    checked_in: str
    promised: str
    advisor: str
    category: str
    payment: str
    customer: str
    mobile: str
    contact: str
    contact_is_owner: str
    waits: str
    waits_yes: str
    waits_no: str
    waits_tick_yes: str  # the two boxes printed when nothing was recorded: short, they share a narrow cell
    waits_tick_no: str
    section_order: str
    section_vehicle: str
    plate: str
    no_plate: str
    vin: str
    model: str
    colour: str
    mileage_in: str
    fuel: str
    km: str
    section_concerns: str
    section_labour: str
    section_parts: str
    col_no: str
    col_operation: str
    col_hours: str
    col_rate: str
    col_amount: str
    col_technician: str
    col_done: str
    col_part_no: str
    col_part_name: str
    col_qty: str
    col_unit_price: str
    subtotal: str
    not_assigned: str
    none: str
    estimate: str
    estimate_with_extra: str  # the estimate once approved extra work has been added to it
    estimate_in_words: str
    section_extra: str
    col_extra_work: str
    section_packages: str
    col_package: str
    col_package_use: str
    col_discount: str
    col_left: str
    package_use: str  # {n} {uses} {rate}
    uses_left: str  # {left}
    voucher: str
    at_delivery: str
    prepaid: str  # a use paid in full when the package was bought (0折)
    col_added_amount: str
    col_new_promised: str
    col_approver: str
    col_method: str
    col_approved_at: str
    col_recorded_by: str
    section_intake: str
    valuables: str
    damage: str
    wash: str
    old_parts: str
    old_parts_yes: str
    old_parts_no: str
    yes: str
    no: str
    section_terms: str
    terms: tuple[str, ...]
    customer_signature: str
    advisor_signature: str
    date: str
    section_road_test: str
    road_test_out: str
    road_test_in: str
    road_test_distance: str
    road_tester: str
    section_qc: str
    col_round: str
    round_no: str  # {n}: the QC round, counted from 1
    col_level: str
    col_signer: str
    col_time: str
    col_outcome: str
    col_signature: str
    passed: str
    failed: str
    failed_items: str  # heads the items a failed level sent back
    qc_levels: Mapping[QcLevel, str]
    categories: Mapping[ServiceCategory, str]
    payments: Mapping[PaymentType, str]
    methods: Mapping[ApprovalMethod, str]
    fuel_levels: Mapping[FuelLevel, str]


ZH_CN = PaperLabels(
    pdf_lang="zh-CN",
    words_spaced=False,
    work_order_title="维修委托书",
    job_card_title="维修派工单",
    order_no="工单号",
    colon="：",
    tel="电话",
    page_of="第 {page} 页 / 共 {total} 页",
    continued="{title}（续）",
    checked_in="进厂时间",
    promised="预估交车时间",
    advisor="服务顾问",
    category="服务类别",
    payment="付款方式",
    customer="客户姓名",
    mobile="手机号码",
    contact="送修人",
    contact_is_owner="车主本人",
    waits="客户等候",
    waits_yes="在店等候",
    waits_no="离店，完工后通知",
    waits_tick_yes="在店等候",
    waits_tick_no="离店",
    section_order="工单信息",
    section_vehicle="车辆信息",
    plate="车牌号",
    no_plate="未上牌",
    vin="车架号（VIN）",
    model="车型",
    colour="颜色",
    mileage_in="进厂里程",
    fuel="燃油量",
    km="公里",
    section_concerns="客户描述（原话记录）",
    section_labour="维修项目",
    section_parts="零件材料",
    col_no="序号",
    col_operation="维修项目",
    col_hours="工时",
    col_rate="工时单价（元）",
    col_amount="金额（元）",
    col_technician="维修技师",
    col_done="完工签字",
    col_part_no="零件编号",
    col_part_name="零件名称",
    col_qty="数量",
    col_unit_price="单价（元）",
    subtotal="小计",
    not_assigned="待派工",
    none="无",
    estimate="预估金额",
    estimate_with_extra="预估金额（含增修）",
    estimate_in_words="大写",
    section_extra="二次增修记录（经客户确认）",
    col_extra_work="增修项目",
    section_packages="套餐及代金券",
    col_package="套餐 / 代金券",
    col_package_use="本次使用",
    col_discount="优惠（元）",
    col_left="剩余",
    package_use="第{n}次（共{uses}次）{rate}",
    uses_left="剩余 {left} 次",
    voucher="代金券",
    at_delivery="（交车时扣次）",
    prepaid="已预付",
    col_added_amount="增加金额（元）",
    col_new_promised="新交车时间",
    col_approver="客户确认人",
    col_method="确认方式",
    col_approved_at="确认时间",
    col_recorded_by="记录人",
    section_intake="接车检查",
    valuables="车内贵重物品",
    damage="外观及损伤",
    wash="洗车",
    old_parts="旧件处理",
    old_parts_yes="客户带走",
    old_parts_no="不带走，由本店处理",
    yes="是",
    no="否",
    section_terms="服务条款",
    terms=(
        "1. 本委托书经客户签字确认后生效。预估金额仅供参考，实际费用以结算单为准。",
        "2. 维修中发现需要增加的项目，本店须先征得客户同意（当面、电话或微信），"
        "记录增加金额和新的交车时间后方可施工；未经确认的项目客户有权拒付。",
        "3. 请客户取走车内贵重物品。未在本单登记的物品如有遗失，本店不承担责任。",
        "4. 更换的旧件按客户选择带走或由本店处理；保修及保险理赔更换的旧件归厂家或保险公司所有。",
        "5. 维修质量保证期自交车之日起计算，按国家《机动车维修管理规定》执行。",
        "6. 接到完工通知后请于 3 日内提车，逾期可能产生车辆保管费用。",
    ),
    customer_signature="客户签字",
    advisor_signature="服务顾问签字",
    date="日期",
    section_road_test="路试",
    road_test_out="出车里程",
    road_test_in="回场里程",
    road_test_distance="路试里程",
    road_tester="路试人签字",
    section_qc="三级检验及交车前检查",
    col_round="轮次",
    round_no="第{n}轮",
    col_level="检验级别",
    col_signer="检验人",
    col_time="检验时间",
    col_outcome="结论",
    col_signature="签字",
    passed="合格",
    failed="不合格",
    failed_items="不合格项目",
    qc_levels={
        QcLevel.SELF_CHECK: "一级：自检（维修技师）",
        QcLevel.TEAM_LEAD: "二级：互检/总检（班组长）",
        QcLevel.FINAL: "三级：终检（质检员）",
        QcLevel.HANDOVER: "交车前检查（服务顾问）",
    },
    categories={
        ServiceCategory.PERIODIC_MAINTENANCE: "定期保养",
        ServiceCategory.FIRST_SERVICE: "首保（5K/10K）",
        ServiceCategory.GENERAL_REPAIR: "一般维修",
        ServiceCategory.BODY_PAINT: "钣金喷漆",
        ServiceCategory.WARRANTY: "保修",
        ServiceCategory.INSURANCE_CLAIM: "事故理赔",
        ServiceCategory.PDS: "新车PDS",
        ServiceCategory.REWORK: "返修",
    },
    payments={
        PaymentType.CUSTOMER: "客户自付",
        PaymentType.WARRANTY: "厂家保修",
        PaymentType.INSURANCE: "保险公司",
        PaymentType.INTERNAL: "内部结算",
    },
    methods={
        ApprovalMethod.IN_PERSON: "当面",
        ApprovalMethod.PHONE: "电话",
        ApprovalMethod.WECHAT: "微信",
    },
    fuel_levels={
        FuelLevel.EMPTY: "E（空）",
        FuelLevel.QUARTER: "1/4",
        FuelLevel.HALF: "1/2",
        FuelLevel.THREE_QUARTERS: "3/4",
        FuelLevel.FULL: "F（满）",
    },
)

EN = PaperLabels(
    pdf_lang="en",
    words_spaced=True,
    work_order_title="Customer Work Order",
    job_card_title="Workshop Job Card",
    order_no="Order No.",
    colon=": ",
    tel="Tel.",
    page_of="Page {page} of {total}",
    continued="{title} (continued)",
    checked_in="Checked in",
    promised="Promised for",
    advisor="Advisor",
    category="Category",
    payment="Payment",
    customer="Customer",
    mobile="Mobile",
    contact="Brought in by",
    contact_is_owner="The owner",
    waits="Waiting",
    waits_yes="Waits at the dealer",
    waits_no="Leaves the car",
    waits_tick_yes="Waits",
    waits_tick_no="Leaves",
    section_order="Order",
    section_vehicle="Vehicle",
    plate="Plate",
    no_plate="No plate yet",
    vin="VIN",
    model="Model",
    colour="Colour",
    mileage_in="Mileage in",
    fuel="Fuel level",
    km="km",
    section_concerns="Customer concerns (verbatim)",
    section_labour="Labour",
    section_parts="Parts and materials",
    col_no="No.",
    col_operation="Operation",
    col_hours="Hours",
    col_rate="Rate (¥/h)",
    col_amount="Amount (¥)",
    col_technician="Technician",
    col_done="Done (sign)",
    col_part_no="Part no.",
    col_part_name="Description",
    col_qty="Qty",
    col_unit_price="Unit price (¥)",
    subtotal="Subtotal",
    not_assigned="Not assigned",
    none="None",
    estimate="Estimate",
    estimate_with_extra="Estimate incl. extra work",
    estimate_in_words="In words",
    section_extra="Extra work approved by the customer",
    col_extra_work="Extra work",
    section_packages="Packages and vouchers",
    col_package="Package / voucher",
    col_package_use="This visit",
    col_discount="Discount (¥)",
    col_left="Left",
    package_use="use {n} of {uses} at {rate}",
    uses_left="{left} use(s) left",
    voucher="voucher",
    at_delivery=" (booked at delivery)",
    prepaid="prepaid",
    col_added_amount="Added (¥)",
    col_new_promised="New promised",
    col_approver="Approved by",
    col_method="How",
    col_approved_at="Approved at",
    col_recorded_by="Recorded by",
    section_intake="Vehicle intake",
    valuables="Valuables",
    damage="Intake damage",
    wash="Wash",
    old_parts="Old parts",
    old_parts_yes="Returned to the customer",
    old_parts_no="Not returned, disposed of by the dealer",
    yes="Yes",
    no="No",
    section_terms="Terms of service",
    terms=(
        "1. This order takes effect when signed by the customer. The estimate is a guide; "
        "the final invoice states the actual charges.",
        "2. Extra work found during the job is done only after the customer has approved it "
        "(in person, by phone or by WeChat) and the added amount and new promised time have been "
        "recorded; the customer may refuse to pay for work not approved.",
        "3. Please remove valuables from the car. The dealer is not liable for the loss of items "
        "not declared on this order.",
        "4. Replaced parts are returned to the customer or disposed of by the dealer as chosen "
        "above; parts replaced under warranty or an insurance claim belong to the manufacturer "
        "or the insurer.",
        "5. The repair quality guarantee period starts on delivery and follows the national "
        "Motor Vehicle Maintenance Regulations.",
        "6. Please collect the car within 3 days of being told it is ready; a storage fee may apply after that.",
    ),
    customer_signature="Customer signature",
    advisor_signature="Service advisor signature",
    date="Date",
    section_road_test="Road test",
    road_test_out="Mileage out",
    road_test_in="Mileage back",
    road_test_distance="Distance",
    road_tester="Tester (sign)",
    section_qc="Quality control and hand-over check",
    col_round="QC round",
    round_no="Round {n}",
    col_level="Level",
    col_signer="Inspector",
    col_time="Time",
    col_outcome="Outcome",
    col_signature="Signature",
    passed="Pass",
    failed="Fail",
    failed_items="Failed items",
    qc_levels={
        QcLevel.SELF_CHECK: "Level 1: self-check (technician)",
        QcLevel.TEAM_LEAD: "Level 2: team lead check",
        QcLevel.FINAL: "Level 3: final inspection (QC)",
        QcLevel.HANDOVER: "Hand-over check (advisor)",
    },
    categories={
        ServiceCategory.PERIODIC_MAINTENANCE: "Periodic maintenance",
        ServiceCategory.FIRST_SERVICE: "First service (5K/10K)",
        ServiceCategory.GENERAL_REPAIR: "General repair",
        ServiceCategory.BODY_PAINT: "Body and paint",
        ServiceCategory.WARRANTY: "Warranty",
        ServiceCategory.INSURANCE_CLAIM: "Insurance claim",
        ServiceCategory.PDS: "New-car PDS",
        ServiceCategory.REWORK: "Repeat repair",
    },
    payments={
        PaymentType.CUSTOMER: "Customer pays",
        PaymentType.WARRANTY: "Manufacturer warranty",
        PaymentType.INSURANCE: "Insurance company",
        PaymentType.INTERNAL: "Internal account",
    },
    methods={
        ApprovalMethod.IN_PERSON: "In person",
        ApprovalMethod.PHONE: "Phone",
        ApprovalMethod.WECHAT: "WeChat",
    },
    fuel_levels={
        FuelLevel.EMPTY: "E (empty)",
        FuelLevel.QUARTER: "1/4",
        FuelLevel.HALF: "1/2",
        FuelLevel.THREE_QUARTERS: "3/4",
        FuelLevel.FULL: "F (full)",
    },
)

LANGUAGES: dict[str, PaperLabels] = {"zh_CN": ZH_CN, "en": EN}


def labels_for(lang: str) -> PaperLabels:
    try:
        return LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"no paper labels for language {lang!r}; choose one of {sorted(LANGUAGES)}") from None
