<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Alerts</name>
    <message>
        <source>line {line} {operation}: {worked} h of {estimate} h</source>
        <translation>第 {line} 项 {operation}：已用 {worked} 小时，预估 {estimate} 小时</translation>
    </message>
    <message>
        <source>the work left ends about {end}, after the promised {promised}</source>
        <translation>剩余工作约 {end} 完成，晚于约定的 {promised}</translation>
    </message>
    <message>
        <source>{label} ({count} late)</source>
        <translation>{label}（{count} 单延误）</translation>
    </message>
    <message>
        <source>⚠ {count} order(s) running late: tell the customer</source>
        <translation>⚠ {count} 张工单延误：请告知客户</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Work running late: tell the customer</source>
        <translation>维修延误：请告知客户</translation>
    </message>
    <message>
        <source>&amp;Customer told…</source>
        <translation>已告知客户(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What runs late</source>
        <translation>延误内容</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation>数据库已升级，升级前的版本已备份为 {path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup written and verified: {path}</source>
        <translation>今日备份已写入并校验：{path}</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>By</source>
        <translation>导入人</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>usual driver</source>
        <translation>常用驾驶人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — dial &lt;b&gt;{phone}&lt;/b&gt; ({whom})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — 拨打 &lt;b&gt;{phone}&lt;/b&gt;（{whom}）</translation>
    </message>
    <message>
        <source>no owner on file</source>
        <translation>无车主资料</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <source>Contact: {name} {mobile}</source>
        <translation>联系人：{name} {mobile}</translation>
    </message>
    <message>
        <source>Usual driver: {name} {mobile}</source>
        <translation>常用驾驶人：{name} {mobile}</translation>
    </message>
    <message>
        <source>Owner: {mobile}</source>
        <translation>车主：{mobile}</translation>
    </message>
    <message>
        <source>Log a call: {name}</source>
        <translation>登记招揽电话：{name}</translation>
    </message>
    <message>
        <source>{plate} {model} — {status}</source>
        <translation>{plate} {model} — {status}</translation>
    </message>
    <message>
        <source>which shop</source>
        <translation>哪家店</translation>
    </message>
    <message>
        <source>why: price, distance, friend&apos;s shop…</source>
        <translation>原因：价格、距离、朋友的店…</translation>
    </message>
    <message>
        <source>Call &amp;again on</source>
        <translation>再次回访日期(&amp;A)</translation>
    </message>
    <message>
        <source>what was said, in a few words</source>
        <translation>简要记录通话内容</translation>
    </message>
    <message>
        <source>Cars:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Will come on:</source>
        <translation>约定进店(&amp;W)：</translation>
    </message>
    <message>
        <source>Other s&amp;hop:</source>
        <translation>其他店(&amp;H)：</translation>
    </message>
    <message>
        <source>Wh&amp;y there:</source>
        <translation>原因(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save call</source>
        <translation>保存通话(&amp;S)</translation>
    </message>
    <message>
        <source>Keep this call (Enter)</source>
        <translation>保存此次通话（回车）</translation>
    </message>
    <message>
        <source>The call was not saved:</source>
        <translation>通话未保存：</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>{day} or {km} km</source>
        <translation>{day} 或 {km} 公里</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>上次通话</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message>
        <source>Lis&amp;t of:</source>
        <translation>名单(&amp;T)：</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>我（{name}）</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Re&amp;compute today&apos;s list</source>
        <translation>重新计算今日名单(&amp;C)</translation>
    </message>
    <message>
        <source>Recompute every car&apos;s status and deal today&apos;s list again (after changing the care settings)</source>
        <translation>重新计算每辆车的状态并重新分配今日名单（修改招揽设置后使用）</translation>
    </message>
    <message>
        <source>Log c&amp;all…</source>
        <translation>登记通话(&amp;A)…</translation>
    </message>
    <message>
        <source>Log the call with the chosen customer (Enter)</source>
        <translation>登记与所选客户的通话（回车）</translation>
    </message>
    <message>
        <source>Car recor&amp;d…</source>
        <translation>车辆档案(&amp;D)…</translation>
    </message>
    <message>
        <source>Open the car&apos;s record: owner, contact, usual driver, visits, calls</source>
        <translation>打开车辆档案：车主、联系人、常用驾驶人、进店记录、通话记录</translation>
    </message>
    <message>
        <source>Working out today&apos;s list from every car&apos;s history…</source>
        <translation>正在根据每辆车的历史生成今日名单…</translation>
    </message>
    <message>
        <source>{done} of {n} customers called today</source>
        <translation>今日已拨打 {done} / {n} 位客户</translation>
    </message>
    <message>
        <source>Nobody to call today: no car is due, overdue, lapsing or waiting for a call back.</source>
        <translation>今日无需拨打：没有到期、超期、流失或待回拨的车辆。</translation>
    </message>
    <message>
        <source>Today&apos;s follow-up calls</source>
        <translation>今日招揽电话</translation>
    </message>
    <message>
        <source>Choose a customer in the list.</source>
        <translation>请在列表中选择客户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;dial {phone} ({whom})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;拨打 {phone}（{whom}）</translation>
    </message>
    <message>
        <source>On the list of {name}</source>
        <translation>分配给 {name}</translation>
    </message>
    <message>
        <source>{km} km/day (own readings)</source>
        <translation>{km} 公里/天（本车里程记录）</translation>
    </message>
    <message>
        <source>{km} km/day (model default)</source>
        <translation>{km} 公里/天（车型默认值）</translation>
    </message>
    <message>
        <source>about {km} km today, {per_day}</source>
        <translation>今日约 {km} 公里，{per_day}</translation>
    </message>
    <message>
        <source>sold {sale}, last visit {visit}</source>
        <translation>售出 {sale}，上次进店 {visit}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last call {day}: {outcome} {note}</source>
        <translation>上次通话 {day}：{outcome} {note}</translation>
    </message>
    <message>
        <source>Called today: {outcome}</source>
        <translation>今日已拨打：{outcome}</translation>
    </message>
</context>
<context>
    <name>CallTasksModel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>已拨打</translation>
    </message>
    <message>
        <source>Day {day} after delivery; off the list after day {last}</source>
        <translation>交车后第 {day} 天；第 {last} 天后移出名单</translation>
    </message>
</context>
<context>
    <name>CallerModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>拨打数</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通数</translation>
    </message>
    <message>
        <source>Connected share</source>
        <translation>接通率</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Why called</source>
        <translation>招揽原因</translation>
    </message>
    <message>
        <source>Promised visit</source>
        <translation>承诺到店</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Next call · note</source>
        <translation>下次回访 · 备注</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel order {number}</source>
        <translation>取消工单 {number}</translation>
    </message>
    <message>
        <source>&amp;Why is order {number} cancelled?</source>
        <translation>工单 {number} 的取消原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Cancel the &amp;order</source>
        <translation>取消工单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>保留工单(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入库次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近入库</translation>
    </message>
</context>
<context>
    <name>CareArea</name>
    <message>
        <source>Follow-&amp;up calls</source>
        <translation>招揽回访(&amp;U)</translation>
    </message>
    <message>
        <source>Data to fi&amp;x</source>
        <translation>待更正资料(&amp;X)</translation>
    </message>
    <message>
        <source>Customer &amp;base</source>
        <translation>客户档案(&amp;B)</translation>
    </message>
    <message>
        <source>Sales &amp;lists</source>
        <translation>销售清单(&amp;L)</translation>
    </message>
    <message>
        <source>Satisfaction &amp;&amp; complaints</source>
        <translation>满意度回访与投诉</translation>
    </message>
    <message>
        <source>Month&apos;s &amp;key figures</source>
        <translation>月度指标(&amp;K)</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>客户细分(&amp;G)</translation>
    </message>
    <message>
        <source>Loyalty bonus</source>
        <translation>忠诚回馈</translation>
    </message>
    <message>
        <source>Care setti&amp;ngs</source>
        <translation>招揽设置(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CareRulesBox</name>
    <message>
        <source>Follow-up calls (招揽)</source>
        <translation>招揽回访</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source> km/day</source>
        <translation> 公里/天</translation>
    </message>
    <message>
        <source> days of a connected call</source>
        <translation> 天内（接通电话后）</translation>
    </message>
    <message>
        <source>Passat = 60
Tiguan L = 45</source>
        <translation>帕萨特 = 60
途观L = 45</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>First s&amp;ervice due after the sale:</source>
        <translation>首保到期（自售出起）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Maintenance every:</source>
        <translation>定期保养间隔(&amp;M)：</translation>
    </message>
    <message>
        <source>Due soon &amp;within:</source>
        <translation>即将到期提前(&amp;W)：</translation>
    </message>
    <message>
        <source>Fi&amp;rst service missed after the sale:</source>
        <translation>首保流失（自售出起）(&amp;R)：</translation>
    </message>
    <message>
        <source>La&amp;psing without a visit after:</source>
        <translation>基础流失（未进店）(&amp;P)：</translation>
    </message>
    <message>
        <source>Lo&amp;st without a visit after:</source>
        <translation>流失（未进店）(&amp;S)：</translation>
    </message>
    <message>
        <source>Cars without readings &amp;drive:</source>
        <translation>无里程记录的车辆每日行驶(&amp;D)：</translation>
    </message>
    <message>
        <source>Per model (one &amp;a line):</source>
        <translation>按车型（每行一个）(&amp;A)：</translation>
    </message>
    <message>
        <source>Called &amp;in: an order opened within</source>
        <translation>招揽入库：开单在(&amp;I)</translation>
    </message>
    <message>
        <source>Customers a da&amp;y per person:</source>
        <translation>每人每日客户数(&amp;Y)：</translation>
    </message>
    <message>
        <source>Save follow-up call se&amp;ttings</source>
        <translation>保存招揽设置(&amp;T)</translation>
    </message>
    <message>
        <source>Saved. Tomorrow&apos;s call list follows these settings (or recompute today&apos;s now).</source>
        <translation>已保存。明日名单按此设置生成（也可现在重新计算今日名单）。</translation>
    </message>
</context>
<context>
    <name>CareSettingsBox</name>
    <message>
        <source>Satisfaction calls and complaints</source>
        <translation>满意度回访与投诉</translation>
    </message>
    <message>
        <source>Call from day</source>
        <translation>交车后第</translation>
    </message>
    <message>
        <source>to day</source>
        <translation>天至第</translation>
    </message>
    <message>
        <source>after delivery; a mark of</source>
        <translation>天回访；评分</translation>
    </message>
    <message>
        <source>or less suggests a complaint</source>
        <translation>分及以下建议登记投诉</translation>
    </message>
    <message>
        <source>&amp;Consolation gifts (one a line):</source>
        <translation>安慰礼(&amp;C)（每行一项）：</translation>
    </message>
    <message>
        <source>Save call and complaint se&amp;ttings</source>
        <translation>保存回访与投诉设置(&amp;T)</translation>
    </message>
    <message>
        <source>Saved. Today&apos;s call list and new complaints follow these settings.</source>
        <translation>已保存。今日回访名单和新投诉将按此设置执行。</translation>
    </message>
</context>
<context>
    <name>CareTables</name>
    <message>
        <source>Sold by</source>
        <translation>销售来源</translation>
    </message>
    <message>
        <source>Cars sold</source>
        <translation>销售台数</translation>
    </message>
    <message>
        <source>Came back for paid work</source>
        <translation>回厂付费</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Never paid</source>
        <translation>无自付费报修</translation>
    </message>
    <message>
        <source>Never came at all</source>
        <translation>从未回厂</translation>
    </message>
    <message>
        <source>Paid work (yuan)</source>
        <translation>付费产值（元）</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>车龄（年）</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Km per day</source>
        <translation>日均公里</translation>
    </message>
    <message>
        <source>Visits in 12 months</source>
        <translation>近12个月入库</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <source>Take &amp;payment…</source>
        <translation>收款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Show day</source>
        <translation>显示当日(&amp;S)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save .&amp;xlsx…</source>
        <translation>保存 .xlsx(&amp;X)…</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Day-end report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>{count} settlement(s); taken {total} CNY; month to date {month} CNY.</source>
        <translation>结算 {count} 笔；当日收款 {total} 元；本月累计 {month} 元。</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save day-end report</source>
        <translation>保存日结报表</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>Category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>超时项目</translation>
    </message>
    <message>
        <source>Over by (h)</source>
        <translation>超出工时</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Order opened</source>
        <translation>开单</translation>
    </message>
    <message>
        <source>Order changed</source>
        <translation>修改工单</translation>
    </message>
    <message>
        <source>Dispatched to the workshop</source>
        <translation>派工到车间</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Extra work approved</source>
        <translation>二次增修已获客户确认</translation>
    </message>
    <message>
        <source>Work finished, QC started</source>
        <translation>完工，开始质检</translation>
    </message>
    <message>
        <source>QC level signed</source>
        <translation>质检签字</translation>
    </message>
    <message>
        <source>Hand-over check signed</source>
        <translation>交车前检查签字</translation>
    </message>
    <message>
        <source>Rework recorded</source>
        <translation>登记返工</translation>
    </message>
    <message>
        <source>QC signature reopened</source>
        <translation>重新打开质检签字</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Parts issued</source>
        <translation>配件出库</translation>
    </message>
    <message>
        <source>Parts returned to stores</source>
        <translation>配件退库</translation>
    </message>
    <message>
        <source>Parts accounted for</source>
        <translation>配件去向确认</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>给予折扣</translation>
    </message>
    <message>
        <source>Clock: started</source>
        <translation>计时：开始</translation>
    </message>
    <message>
        <source>Clock: paused</source>
        <translation>计时：暂停</translation>
    </message>
    <message>
        <source>Clock: resumed</source>
        <translation>计时：继续</translation>
    </message>
    <message>
        <source>Clock: finished</source>
        <translation>计时：完工</translation>
    </message>
    <message>
        <source>Customer told of late work</source>
        <translation>已告知客户延误</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Settlement corrected</source>
        <translation>更正结算</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>收取欠款</translation>
    </message>
    <message>
        <source>Renewal offer recorded (续保前移)</source>
        <translation>记录续保邀约（续保前移）</translation>
    </message>
    <message>
        <source>Renewal offer corrected</source>
        <translation>更正续保邀约</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>车主姓名</translation>
    </message>
    <message>
        <source>owner mobile</source>
        <translation>车主手机号</translation>
    </message>
    <message>
        <source>who brought the car</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>their mobile</source>
        <translation>送修人手机号</translation>
    </message>
    <message>
        <source>no plate yet</source>
        <translation>暂无车牌</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>mileage</source>
        <translation>进厂里程</translation>
    </message>
    <message>
        <source>fuel level</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <source>check-in time</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>promised delivery</source>
        <translation>预估交车时间</translation>
    </message>
    <message>
        <source>valuables</source>
        <translation>车内贵重物品</translation>
    </message>
    <message>
        <source>intake damage</source>
        <translation>接车车损</translation>
    </message>
    <message>
        <source>customer waits</source>
        <translation>客户店内等候</translation>
    </message>
    <message>
        <source>wash</source>
        <translation>洗车</translation>
    </message>
    <message>
        <source>old parts returned</source>
        <translation>旧件交还客户</translation>
    </message>
    <message>
        <source>customer concerns</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>labour lines</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>parts lines</source>
        <translation>配件项目</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>prepaid amount</source>
        <translation>预存金额</translation>
    </message>
    <message>
        <source>gift package</source>
        <translation>赠送礼包</translation>
    </message>
    <message>
        <source>declined because</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>状态：{old} → {new}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Prepaid {amount} CNY; gift {package}; vouchers {codes}</source>
        <translation>预存 {amount} 元；礼包 {package}；代金券 {codes}</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>final amount {amount} CNY, the customer&apos;s share {customer} CNY</source>
        <translation>结算金额 {amount} 元，客户自付 {customer} 元</translation>
    </message>
    <message>
        <source>open balance {amount} CNY</source>
        <translation>欠款 {amount} 元</translation>
    </message>
    <message>
        <source>{amount} CNY paid</source>
        <translation>收款 {amount} 元</translation>
    </message>
    <message>
        <source>{level}, round {round}: {outcome}</source>
        <translation>{level}，第 {round} 轮：{outcome}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>{slip}: {items}</source>
        <translation>{slip}：{items}</translation>
    </message>
    <message>
        <source>{amount} CNY off ({reason})</source>
        <translation>优惠 {amount} 元（{reason}）</translation>
    </message>
    <message>
        <source>approved by {manager}</source>
        <translation>由 {manager} 批准</translation>
    </message>
    <message>
        <source>line {line}, {technician}</source>
        <translation>第 {line} 项，{technician}</translation>
    </message>
    <message>
        <source>{description}: +{amount} CNY, approved by {approver}</source>
        <translation>{description}：+{amount} 元，客户确认人：{approver}</translation>
    </message>
    <message>
        <source>comeback of {number}</source>
        <translation>返修，原工单 {number}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>warnings confirmed: {fields}</source>
        <translation>已确认提示：{fields}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Road test: odometer &amp;out</source>
        <translation>路试：出发里程(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;back</source>
        <translation>返回里程(&amp;B)</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Keys: P pass · F fail (then type the note) · N not applicable · Del clear · type a number for a measured item · Enter next item · Tab next field · Ctrl+S save · Ctrl+Enter sign</source>
        <translation>快捷键：P 合格 · F 不合格（随后输入备注）· N 不适用 · Del 清除 · 测量项直接输入数值 · Enter 下一项 · Tab 下一栏 · Ctrl+S 保存 · Ctrl+Enter 签字</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>QC checklist – {number}</source>
        <translation>质检检查表 – {number}</translation>
    </message>
    <message>
        <source>{number} · {plate} · {model} · {category} · round {round} · checklist v{version}</source>
        <translation>{number} · {plate} · {model} · {category} · 第 {round} 轮 · 检查表 v{version}</translation>
    </message>
    <message>
        <source>no plate</source>
        <translation>无车牌</translation>
    </message>
    <message>
        <source>Sign &amp;hand-over check…</source>
        <translation>交车前检查签字(&amp;H)…</translation>
    </message>
    <message>
        <source>Si&amp;gn level {level}…</source>
        <translation>第 {level} 级检验签字(&amp;G)…</translation>
    </message>
    <message>
        <source>{level} signed by {signer} on {time}: {outcome}. Signed and final.</source>
        <translation>“{level}”已由 {signer} 于 {time} 签字：{outcome}。签字已生效，不可更改。</translation>
    </message>
    <message>
        <source>{level}: answer every item, then sign.</source>
        <translation>请逐项作答，然后签署“{level}”。</translation>
    </message>
    <message>
        <source>Customer concerns on the work order:
{lines}</source>
        <translation>工单上的客户描述：
{lines}</translation>
    </message>
    <message>
        <source>A failed item needs a note: type it in the Note column.</source>
        <translation>不合格项须填写备注：请在“备注”列中输入。</translation>
    </message>
    <message>
        <source>{warnings}

Sign anyway?</source>
        <translation>{warnings}

仍要签字吗？</translation>
    </message>
    <message>
        <source>Sign {level} of order {number} as {name}: enter your password.</source>
        <translation>您（{name}）将为工单 {number} 签署“{level}”，请输入密码确认。</translation>
    </message>
    <message>
        <source>Item {row} ({item}): {problem}</source>
        <translation>第 {row} 项（{item}）：{problem}</translation>
    </message>
    <message>
        <source>{level} cannot be signed yet:
{lines}</source>
        <translation>“{level}”暂不能签字：
{lines}</translation>
    </message>
    <message>
        <source>{level} signed: pass.</source>
        <translation>“{level}”已签字：合格。</translation>
    </message>
    <message>
        <source>{level} signed: FAIL. The car goes back to the workshop with these items:
{items}
Rework record {rework} was created; the next finish of the work starts a new QC round.</source>
        <translation>“{level}”已签字：不合格。车辆退回车间返工，不合格项目如下：
{items}
已创建返工记录 {rework}；维修再次完工后将开始新一轮质检。</translation>
    </message>
</context>
<context>
    <name>ClockLinesModel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Labour line</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>Dispatched to</source>
        <translation>派工给</translation>
    </message>
    <message>
        <source>My clock</source>
        <translation>我的计时</translation>
    </message>
    <message>
        <source>Actual / estimate (h)</source>
        <translation>实际/预估（小时）</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>预估交车</translation>
    </message>
</context>
<context>
    <name>ClockPage</name>
    <message>
        <source>OK (Enter)</source>
        <translation>确定（回车）</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
    </message>
    <message>
        <source>Set my PIN…</source>
        <translation>设置我的 PIN…</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <source>Done (Esc)</source>
        <translation>完成（Esc）</translation>
    </message>
    <message>
        <source>Workshop clock: tap your name</source>
        <translation>车间计时：请点您的名字</translation>
    </message>
    <message>
        <source>No technician accounts yet.</source>
        <translation>还没有维修技师账号。</translation>
    </message>
    <message>
        <source>{name}: enter your PIN</source>
        <translation>{name}：请输入您的 PIN</translation>
    </message>
    <message>
        <source>{name}: choose a line, then an action</source>
        <translation>{name}：请选择工时项目，再选择操作</translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation>PIN 已保存。</translation>
    </message>
    <message>
        <source>No car is in the workshop.</source>
        <translation>车间里没有在修车辆。</translation>
    </message>
    <message>
        <source>Why does the work pause? Tap a reason or press 1, 2 or 3.</source>
        <translation>为什么暂停？请点原因，或按 1、2、3。</translation>
    </message>
    <message>
        <source>{action}: {order} line {line}, {name}.</source>
        <translation>{action}：{order} 第 {line} 项，{name}。</translation>
    </message>
</context>
<context>
    <name>ColleagueDialog</name>
    <message>
        <source>Save under a colleague&apos;s account</source>
        <translation>以同事账号保存</translation>
    </message>
    <message>
        <source>{what}: a colleague signs in here and it is saved as a draft under their name.</source>
        <translation>{what}：请一位同事在此登录，内容将以该同事的名义保存为草稿。</translation>
    </message>
    <message>
        <source>Colleague&apos;s &amp;user name:</source>
        <translation>同事用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Colleague&apos;s &amp;password:</source>
        <translation>同事密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The colleague enters their user name and password.</source>
        <translation>请同事输入自己的用户名和密码。</translation>
    </message>
    <message>
        <source>Not saved under {name}: the form behind says why.</source>
        <translation>未能以 {name} 的名义保存：原因见后面的窗口。</translation>
    </message>
</context>
<context>
    <name>ComebackDialog</name>
    <message>
        <source>Back for the same fault?</source>
        <translation>同一故障返厂？</translation>
    </message>
    <message>
        <source>This vehicle ({vehicle}) was repaired here recently and is still inside the repair-quality guarantee. Has the customer come back for the same fault?</source>
        <translation>该车（{vehicle}）近期在本店维修过，目前仍在维修质量保证期内。客户是否因同一故障返厂？</translation>
    </message>
    <message>
        <source>Order {number}, delivered {date} ({days} days ago)</source>
        <translation>工单 {number}，{date} 交车（{days} 天前）</translation>
    </message>
    <message>
        <source>&amp;Yes, the same fault: link as external rework</source>
        <translation>是，同一故障：关联为外返(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, a new job</source>
        <translation>否，新的维修(&amp;N)</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <source>What the customer asked for then</source>
        <translation>当时的客户描述</translation>
    </message>
    <message>
        <source>Work done then</source>
        <translation>当时的维修项目</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Delivered {when} at {km} km by {advisor}; {category}.</source>
        <translation>{when} 交车，里程 {km} 公里，服务顾问 {advisor}；{category}。</translation>
    </message>
    <message>
        <source>Guaranteed to {day} or {km} km ({repair_class}).</source>
        <translation>质量保证期至 {day} 或 {km} 公里，以先到者为准（{repair_class}）。</translation>
    </message>
    <message>
        <source>Since then: {days} days, {km} km.</source>
        <translation>交车至今：{days} 天，{km} 公里。</translation>
    </message>
    <message>
        <source>An external rework of this order is registered already, with order {number}.</source>
        <translation>该工单的外返已登记，返修工单为 {number}。</translation>
    </message>
    <message>
        <source>An external rework of this order is registered already, without its comeback order: this order can be linked to it.</source>
        <translation>该工单的外返已登记，但尚未关联返修工单：可将本工单关联到该记录。</translation>
    </message>
    <message>
        <source>&amp;Yes, the same fault: link to the registered external rework</source>
        <translation>是，同一故障：关联到已登记的外返(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>前一周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint {id}</source>
        <translation>投诉 {id}</translation>
    </message>
    <message>
        <source>{about}
Opened {at} by {name} ({source})</source>
        <translation>{about}
{name} 于 {at} 登记（{source}）</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>（尚未确定）</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>原因(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Apology by:</source>
        <translation>致歉人(&amp;A)：</translation>
    </message>
    <message>
        <source>Re&amp;medy:</source>
        <translation>补救措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>安慰礼(&amp;G)：</translation>
    </message>
    <message>
        <source>Close &amp;by:</source>
        <translation>结案期限(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sign off and c&amp;lose</source>
        <translation>签字结案(&amp;L)</translation>
    </message>
    <message>
        <source>The service manager closes a complaint, with their password</source>
        <translation>由服务经理凭密码签字结案</translation>
    </message>
    <message>
        <source>Closed {at} by {name}.</source>
        <translation>{name} 于 {at} 结案。</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>Close complaint {id} as {name}.</source>
        <translation>以 {name} 的身份对投诉 {id} 结案。</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>结案期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>New compl&amp;aint…</source>
        <translation>新建投诉(&amp;A)…</translation>
    </message>
    <message>
        <source>F&amp;ollow up…</source>
        <translation>跟进(&amp;O)…</translation>
    </message>
    <message>
        <source>No open complaint. A low mark on a satisfaction call, or New complaint, opens one.</source>
        <translation>没有未结投诉。回访低分或点击“新建投诉”即可登记。</translation>
    </message>
    <message>
        <source>No complaint recorded yet.</source>
        <translation>尚无投诉记录。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database: this PC – {name}</source>
        <translation>数据库：本机 – {name}</translation>
    </message>
    <message>
        <source>Database: office server – {name}</source>
        <translation>数据库：办公室服务器 – {name}</translation>
    </message>
    <message>
        <source>DealerDesk – where the data is kept</source>
        <translation>DealerDesk – 数据存放位置</translation>
    </message>
    <message>
        <source>Welcome to DealerDesk. Where should this PC keep the service office&apos;s data?</source>
        <translation>欢迎使用 DealerDesk。这台电脑的服务部数据要存放在哪里？</translation>
    </message>
    <message>
        <source>Where this PC keeps the data. A change applies at the next start of DealerDesk.</source>
        <translation>这台电脑的数据存放位置。更改在下次启动 DealerDesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;This PC only (a file in your data folder: {path})</source>
        <translation>仅本机(&amp;T)（数据文件夹中的一个文件：{path}）</translation>
    </message>
    <message>
        <source>&amp;Office server (several workstations share one PostgreSQL database)</source>
        <translation>办公室服务器(&amp;O)（多台工作站共用一个 PostgreSQL 数据库）</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or office-server</source>
        <translation>例如 192.168.1.10 或 office-server</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>测试连接(&amp;E)</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>办公室服务器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s password store (keyring), never in a file.</source>
        <translation>密码保存在本机的密码库（钥匙串）中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>Connected. The database is empty: DealerDesk sets it up at the next start.</source>
        <translation>已连接。数据库为空：DealerDesk 将在下次启动时完成初始化。</translation>
    </message>
    <message>
        <source>Connected (schema {revision}).</source>
        <translation>已连接（结构版本 {revision}）。</translation>
    </message>
</context>
<context>
    <name>CustomerCarePage</name>
    <message>
        <source>Satisfaction &amp;calls</source>
        <translation>满意度回访(&amp;C)</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>投诉处理(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CustomerToldDialog</name>
    <message>
        <source>Customer told: {number}</source>
        <translation>已告知客户：{number}</translation>
    </message>
    <message>
        <source>&amp;Told at:</source>
        <translation>告知时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>告知方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;New promised time:</source>
        <translation>新的交车时间(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>DataFixesPage</name>
    <message>
        <source>What was corrected: the new number, the new owner…</source>
        <translation>更正内容：新号码、新车主…</translation>
    </message>
    <message>
        <source>&amp;Corrected:</source>
        <translation>已更正(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>处理完毕(&amp;R)</translation>
    </message>
    <message>
        <source>Car recor&amp;d…</source>
        <translation>车辆档案(&amp;D)…</translation>
    </message>
    <message>
        <source>Open the car&apos;s record to correct the number or the owner</source>
        <translation>打开车辆档案，更正号码或车主</translation>
    </message>
    <message>
        <source>{n} records to correct</source>
        <translation>{n} 条资料待更正</translation>
    </message>
    <message>
        <source>Nothing to correct: no call has found a wrong number or a sold car.</source>
        <translation>没有待更正的资料：电话中未发现错号或已卖车辆。</translation>
    </message>
</context>
<context>
    <name>DayEndModel</name>
    <message>
        <source>Person</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on order {number}</source>
        <translation>工单 {number} 的折扣</translation>
    </message>
    <message>
        <source>Whole order ({amount} yuan)</source>
        <translation>整单（{amount} 元）</translation>
    </message>
    <message>
        <source>Labour {n}: {what} ({amount} yuan)</source>
        <translation>工时 {n}：{what}（{amount} 元）</translation>
    </message>
    <message>
        <source>Part {n}: {what} ({amount} yuan)</source>
        <translation>配件 {n}：{what}（{amount} 元）</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>折扣对象(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Discount (yuan):</source>
        <translation>折扣金额(&amp;D)（元）：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>DiscountReportPanel</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Show &amp;discounts</source>
        <translation>查看折扣(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>By who gave them and why</source>
        <translation>按给予人和原因</translation>
    </message>
    <message>
        <source>Each discount of the month</source>
        <translation>本月每笔折扣</translation>
    </message>
    <message>
        <source>{month}: {n} discounts, {amount} CNY; {approved} needed a manager&apos;s approval.</source>
        <translation>{month}：共 {n} 笔折扣，{amount} 元；其中 {approved} 笔经服务经理批准。</translation>
    </message>
    <message>
        <source>No discount was given in {month}.</source>
        <translation>{month} 没有折扣。</translation>
    </message>
    <message>
        <source>Export the month&apos;s discounts</source>
        <translation>导出本月折扣</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Discounts {month}</source>
        <translation>折扣 {month}</translation>
    </message>
    <message>
        <source>{n} discounts were saved to {path}.</source>
        <translation>{n} 笔折扣已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>DiscountSummaryModel</name>
    <message>
        <source>Given by</source>
        <translation>给予人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Approved by a manager</source>
        <translation>经理批准</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DocumentAuditPage</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Audit this day</source>
        <translation>检查当日单据(&amp;A)</translation>
    </message>
    <message>
        <source>Check every order with activity on this day against the rules (F5)</source>
        <translation>按规则检查当日有操作的每张工单（F5）</translation>
    </message>
    <message>
        <source>Audit the &amp;week to this day</source>
        <translation>检查截至当日的一周(&amp;W)</translation>
    </message>
    <message>
        <source>The seven days ending on this day, e.g. after a holiday</source>
        <translation>截至当日的七天，例如节假日之后补查</translation>
    </message>
    <message>
        <source>S&amp;cores</source>
        <translation>评分(&amp;C)</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>确认(&amp;P)</translation>
    </message>
    <message>
        <source>The finding stands and counts in the person&apos;s score</source>
        <translation>问题成立，计入责任人评分</translation>
    </message>
    <message>
        <source>E&amp;xcuse…</source>
        <translation>免责(&amp;X)…</translation>
    </message>
    <message>
        <source>The finding does not count; say why</source>
        <translation>问题不计分，须说明原因</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>{day} has not been audited yet.</source>
        <translation>{day} 尚未检查。</translation>
    </message>
    <message>
        <source>Audited {at} by {name}: {orders} orders, {open} to decide, {accepted} accepted, {excused} excused.</source>
        <translation>{name} 于 {at} 检查：工单 {orders} 张，待处理 {open} 条，已确认 {accepted} 条，已免责 {excused} 条。</translation>
    </message>
    <message>
        <source>This day has not been audited yet.
Choose Audit this day (F5) to check its orders.</source>
        <translation>当日尚未检查。
请点击“检查当日单据”（F5）检查当日工单。</translation>
    </message>
    <message>
        <source>No findings: every order of this day kept the rules.</source>
        <translation>没有问题：当日每张工单都符合流程规则。</translation>
    </message>
    <message>
        <source>Every finding of this day is decided.
Show all findings to see them again.</source>
        <translation>当日问题均已处理。
选择“全部问题”可再次查看。</translation>
    </message>
    <message>
        <source>Show all findings</source>
        <translation>显示全部问题</translation>
    </message>
    <message>
        <source>No finding with this decision.
Show all findings to see the others.</source>
        <translation>没有此处理结果的问题。
选择“全部问题”查看其他问题。</translation>
    </message>
    <message>
        <source>Process kept: share of each person&apos;s orders with no finding</source>
        <translation>流程执行：每人无问题工单所占比例</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>{day} 当周</translation>
    </message>
    <message>
        <source>Audited {first} to {last}: {orders} orders, {found} findings; this day&apos;s are below.</source>
        <translation>已检查 {first} 至 {last}：工单 {orders} 张，问题 {found} 条；下表为当日问题。</translation>
    </message>
</context>
<context>
    <name>DueCallsModel</name>
    <message>
        <source>Call on</source>
        <translation>回访日</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>续保专员</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>自 {day} 起逾期</translation>
    </message>
    <message>
        <source>{day} ({n} d)</source>
        <translation>{day}（{n} 天）</translation>
    </message>
</context>
<context>
    <name>ExcuseDialog</name>
    <message>
        <source>Excuse a finding on {number}</source>
        <translation>免责：工单 {number} 的问题</translation>
    </message>
    <message>
        <source>&amp;Why is it excused?</source>
        <translation>免责原因(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. the customer asked to collect the car later</source>
        <translation>例如：客户要求延后取车</translation>
    </message>
    <message>
        <source>E&amp;xcuse</source>
        <translation>免责(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Sell an extended warranty</source>
        <translation>销售延保</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>{years} more year(s) or {km:,} km</source>
        <translation>延长 {years} 年或 {km:,} 公里</translation>
    </message>
    <message>
        <source>Price (CNY)</source>
        <translation>价格（元）</translation>
    </message>
</context>
<context>
    <name>ExtraWorkDialog</name>
    <message>
        <source>Extra work for order {number}</source>
        <translation>工单 {number} 二次增修</translation>
    </message>
    <message>
        <source>Add &amp;labour line</source>
        <translation>添加工时项目(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>添加配件(&amp;P)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;What was found, what will be done:</source>
        <translation>发现的问题及增修内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Lines of the extra work:</source>
        <translation>增修项目明细：</translation>
    </message>
    <message>
        <source>Added amount (CNY):</source>
        <translation>增加金额（元）：</translation>
    </message>
    <message>
        <source>&amp;New promised delivery:</source>
        <translation>新的预估交车时间(&amp;N)：</translation>
    </message>
    <message>
        <source>Approved &amp;by (customer side):</source>
        <translation>客户确认人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>确认方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Approved a&amp;t:</source>
        <translation>确认时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>&amp;Record approval</source>
        <translation>登记客户确认(&amp;R)</translation>
    </message>
    <message>
        <source>Not recorded yet:</source>
        <translation>尚未记录：</translation>
    </message>
</context>
<context>
    <name>ExtraWorkModel</name>
    <message>
        <source>Approved at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>增修内容</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>新预估交车时间</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>客户确认人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Own new-car sales</source>
        <translation>本店新车销售</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;DF for the weekly meeting…</source>
        <translation>周例会 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The month&apos;s figures</source>
        <translation>本月指标</translation>
    </message>
    <message>
        <source>Per outlet: cars sold in the last 12 months</source>
        <translation>二级网点回厂分析：近12个月销售车辆</translation>
    </message>
    <message>
        <source>Calls per person</source>
        <translation>各人员招揽电话</translation>
    </message>
    <message>
        <source>Planned-maintenance return rate</source>
        <translation>定期保养入库率</translation>
    </message>
    <message>
        <source>First-service rate</source>
        <translation>首保率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保有率</translation>
    </message>
    <message>
        <source>Lost rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Called in / walk-in</source>
        <translation>招揽入库 / 自然入库</translation>
    </message>
    <message>
        <source>Customer base A / B / C / D</source>
        <translation>基盘客户 A / B / C / D</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>二级网点合计</translation>
    </message>
    <message>
        <source>{called} / {walk} of {visits} visits ({share} called in)</source>
        <translation>{visits} 次入库中 {called} / {walk}（招揽 {share}）</translation>
    </message>
    <message>
        <source>Came back for paid work, never paid</source>
        <translation>回厂付费与无自付费报修</translation>
    </message>
    <message>
        <source>Came back for paid work</source>
        <translation>回厂付费</translation>
    </message>
    <message>
        <source>Never paid</source>
        <translation>无自付费报修</translation>
    </message>
    <message>
        <source>Visits and rates, last 12 months</source>
        <translation>近12个月入库与比率</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入库次数</translation>
    </message>
    <message>
        <source>Called in</source>
        <translation>招揽入库</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>自然入库</translation>
    </message>
    <message>
        <source>No calls this month</source>
        <translation>本月无招揽电话</translation>
    </message>
    <message>
        <source>Customer care: monthly figures</source>
        <translation>客户关怀月度指标</translation>
    </message>
    <message>
        <source>Printed {when} by {name}</source>
        <translation>{name} 打印于 {when}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Save the monthly figures</source>
        <translation>保存月度指标</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The figures were saved to {path}.</source>
        <translation>月度指标已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{name}, {at}</source>
        <translation>{name}，{at}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>DealerDesk – first start</source>
        <translation>DealerDesk – 首次启动</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the advisors, technicians and inspectors.</source>
        <translation>该数据库中还没有用户。请先创建系统管理员账号，再由管理员添加服务顾问、维修技师和质检员。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FixesModel</name>
    <message>
        <source>To fix</source>
        <translation>待更正</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Number dialled</source>
        <translation>拨打的号码</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source> (−¥{discount})</source>
        <translation>（优惠 ¥{discount}）</translation>
    </message>
    <message>
        <source>Renewal follow-up</source>
        <translation>续保跟踪</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>本次通话</translation>
    </message>
    <message>
        <source>– how did the call go? –</source>
        <translation>– 请选择通话结果 –</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Only when quoting</source>
        <translation>报价时填写</translation>
    </message>
    <message>
        <source>Quote &amp;insurer:</source>
        <translation>报价保险公司(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Premium (yuan):</source>
        <translation>保费（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Discount (yuan):</source>
        <translation>优惠（元）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Next call:</source>
        <translation>下次回访(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Stage after the call:</source>
        <translation>通话后阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>– why was it lost? –</source>
        <translation>– 请选择战败原因 –</translation>
    </message>
    <message>
        <source>Loss &amp;reason:</source>
        <translation>战败原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Insured &amp;with:</source>
        <translation>转投保险公司(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>记录通话(&amp;L)</translation>
    </message>
    <message>
        <source>Log this call (Ctrl+S)</source>
        <translation>记录本次通话（Ctrl+S）</translation>
    </message>
    <message>
        <source>{insurer}, premium ¥{premium} · compulsory to {compulsory} · commercial to {commercial} · last year {last}</source>
        <translation>{insurer}，保费 ¥{premium} · 交强险到期 {compulsory} · 商业险到期 {commercial} · 上年 {last}</translation>
    </message>
    <message>
        <source>Stage: &lt;b&gt;{stage}&lt;/b&gt; · specialist {who} · calls {calls} · quote {quote}</source>
        <translation>阶段：&lt;b&gt;{stage}&lt;/b&gt; · 续保专员 {who} · 已回访 {calls} 次 · 报价 {quote}</translation>
    </message>
    <message>
        <source>The call was not logged:</source>
        <translation>通话未记录：</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Call on</source>
        <translation>回访日</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <source>No rework in this period. Choose a longer period above.</source>
        <translation>此期间没有返工记录。请在上方选择更长的期间。</translation>
    </message>
</context>
<context>
    <name>HandoverOfferDialog</name>
    <message>
        <source>Renewal offer at hand-over (续保前移)</source>
        <translation>交车续保邀约（续保前移）</translation>
    </message>
    <message>
        <source>&amp;Prepaid next year&apos;s premium</source>
        <translation>已预存明年保费(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>已拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>e.g. the receipt says 2,500.00; typed 2,000.00</source>
        <translation>例如：收款单上是 2,500.00，录成了 2,000.00</translation>
    </message>
    <message>
        <source>Prepaid a&amp;mount (CNY)</source>
        <translation>预存金额（元）(&amp;M)</translation>
    </message>
    <message>
        <source>Gift pac&amp;kage</source>
        <translation>赠送礼包(&amp;K)</translation>
    </message>
    <message>
        <source>Declined &amp;because</source>
        <translation>拒绝原因(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Reason for the correc&amp;tion</source>
        <translation>更正原因(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>The one who recorded the offer or a service manager corrects it</source>
        <translation>由记录人或服务经理更正</translation>
    </message>
    <message>
        <source>{name} · worth {worth} yuan</source>
        <translation>{name} · 价值 {worth} 元</translation>
    </message>
    <message>
        <source>Not settled yet: the gift package depends on the claim&apos;s final amount.</source>
        <translation>尚未结算：赠送礼包按理赔的最终金额确定。</translation>
    </message>
    <message>
        <source>Claim repair, final amount {amount} yuan. Prepaying {low} to {high} yuan of next year&apos;s premium earns one of these gift packages.</source>
        <translation>事故理赔维修，最终金额 {amount} 元。预存明年保费 {low} 至 {high} 元，可获得以下礼包之一。</translation>
    </message>
    <message>
        <source>This order needs no renewal offer: it is not an insurance claim of {amount} yuan or more.</source>
        <translation>此工单无需续保邀约：它不是 {amount} 元及以上的事故理赔。</translation>
    </message>
    <message>
        <source>Prepaid {prepay} yuan; gift {package}; vouchers {codes}.</source>
        <translation>预存 {prepay} 元；礼包 {package}；代金券 {codes}。</translation>
    </message>
    <message>
        <source>Declined: {reason}.</source>
        <translation>已拒绝：{reason}。</translation>
    </message>
    <message>
        <source>{result} — recorded by {name} at {time}.</source>
        <translation>{result} — 由 {name} 于 {time} 记录。</translation>
    </message>
    <message>
        <source>Corrected by {name} at {time} ({fields}): {reason}</source>
        <translation>{name} 于 {time} 更正（{fields}）：{reason}</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>amount {before} → {after}</source>
        <translation>金额 {before} → {after}</translation>
    </message>
    <message>
        <source>gift package</source>
        <translation>赠送礼包</translation>
    </message>
    <message>
        <source>reason declined</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Correct the renewal offer (续保前移)</source>
        <translation>更正续保邀约（续保前移）</translation>
    </message>
    <message>
        <source>Correcting the offer recorded by {name} at {time}: change what was wrong and say why.</source>
        <translation>正在更正 {name} 于 {time} 记录的邀约：改正错误的内容，并说明原因。</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>更正已保存。</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Outlet name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>来源(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>网点(&amp;O)：</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file the sender gave you</source>
        <translation>发送方给您的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Check the list…</source>
        <translation>检查清单(&amp;C)…</translation>
    </message>
    <message>
        <source>A sales list (.xlsx or .csv) needs the columns VIN, model, sale date, owner and owner&apos;s mobile; plate, colour, contact, usual driver and usage are read when present.</source>
        <translation>销售清单（.xlsx 或 .csv）须有车架号、车型、销售日期、车主、车主手机等列；车牌、颜色、联系人、常用驾驶人和用途有则读取。</translation>
    </message>
    <message>
        <source>Import a sales list</source>
        <translation>导入销售清单</translation>
    </message>
    <message>
        <source>Data quality by sender and month (late: received after the day after the sale)</source>
        <translation>各来源按月数据质量（迟报：晚于销售次日收到）</translation>
    </message>
    <message>
        <source>Lists imported</source>
        <translation>已导入的清单</translation>
    </message>
    <message>
        <source>No sales list imported yet.</source>
        <translation>尚未导入销售清单。</translation>
    </message>
    <message>
        <source>No list received in the last 12 months.</source>
        <translation>近 12 个月未收到清单。</translation>
    </message>
    <message>
        <source>Choose a sales list</source>
        <translation>选择销售清单</translation>
    </message>
    <message>
        <source>Sales lists (*.xlsx *.csv)</source>
        <translation>销售清单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>There is no outlet {name} on file: importing this list adds it as a new outlet.

If the outlet is on file under another name (renamed, or written another way), choose it from the list instead. Add {name} as a new outlet?</source>
        <translation>系统中没有二级网点 {name}：导入此清单将新增这个网点。

如果该网点已用其他名称登记（已改名，或写法不同），请改为从列表中选择。确定新增网点 {name} 吗？</translation>
    </message>
    <message>
        <source>&amp;Add the outlet</source>
        <translation>新增网点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t add</source>
        <translation>不新增(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing was checked: choose the outlet that sent the list.</source>
        <translation>未检查：请选择发送此清单的网点。</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>{late} of the good rows arrived later than the day after the sale.</source>
        <translation>合格行中有 {late} 行晚于销售次日才报来。</translation>
    </message>
    <message>
        <source>Sales list from {sender}: {file}</source>
        <translation>销售清单（来自{sender}）：{file}</translation>
    </message>
    <message>
        <source>Nothing was imported: the sender and the file are kept to check again.</source>
        <translation>没有导入任何内容：来源和文件已保留，可修改后重新检查。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>{file} imported: {created} new, {updated} updated, {rejected} rejected; {late} arrived late.</source>
        <translation>{file} 已导入：新增 {created}，更新 {updated}，拒收 {rejected}；迟报 {late}。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>{file}: {rows} rows. {good} good ({new} new, {updates} updating a record on file), {rejected} rejected.</source>
        <translation>{file}：共 {rows} 行。合格 {good} 行（新增 {new}，更新已有记录 {updates}），拒收 {rejected} 行。</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>拒收的行</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Import &amp;all {count} rows</source>
        <translation>全部导入 {count} 行(&amp;A)</translation>
    </message>
    <message>
        <source>Import only the {count} &amp;good rows</source>
        <translation>只导入 {count} 行合格数据(&amp;G)</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>保存拒收的行(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存拒收的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>文件无法保存：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>IssueVoucherDialog</name>
    <message>
        <source>Issue a voucher</source>
        <translation>发放代金券</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>抵扣金额</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Given for</source>
        <translation>发放原因</translation>
    </message>
    <message>
        <source>Value / cap (CNY)</source>
        <translation>面值 / 上限（元）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Customer pays (%)</source>
        <translation>客户支付（%）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>LabourLinesModel</name>
    <message>
        <source>Operation</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Rate (CNY/h)</source>
        <translation>工时单价（元/小时）</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sale no.</source>
        <translation>销售单号</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <source>Uses left after</source>
        <translation>结余次数</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Discount (CNY)</source>
        <translation>优惠（元）</translation>
    </message>
    <message>
        <source>By / reason</source>
        <translation>经办人 / 原因</translation>
    </message>
    <message>
        <source>{kind} no. {n}</source>
        <translation>{kind}第{n}次</translation>
    </message>
    <message>
        <source>{kind} (reversed)</source>
        <translation>{kind}（已冲销）</translation>
    </message>
</context>
<context>
    <name>LinesDelegate</name>
    <message>
        <source>— not assigned —</source>
        <translation>— 未指派 —</translation>
    </message>
</context>
<context>
    <name>LoadsModel</name>
    <message>
        <source>Specialist</source>
        <translation>续保专员</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>出单</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name}（已离职）</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked after {minutes} idle minutes. {name} is signed in: type the password to go on.</source>
        <translation>闲置 {minutes} 分钟后已锁定。当前登录：{name}，请输入密码继续。</translation>
    </message>
    <message>
        <source>DealerDesk – locked</source>
        <translation>DealerDesk – 已锁定</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>Waiting for another workstation… ({seconds} s)</source>
        <translation>正在等待其他工作站…（{seconds} 秒）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Service office – please sign in</source>
        <translation>售后服务 – 请登录</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>DealerDesk – Sign in</source>
        <translation>DealerDesk – 登录</translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>Service office</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>LossAnalysisPage</name>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Competing insurer</source>
        <translation>竞争保险公司</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>续保专员</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>出单</translation>
    </message>
    <message>
        <source>Loss rate</source>
        <translation>战败率</translation>
    </message>
    <message>
        <source>Week / specialist</source>
        <translation>周 / 专员</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已致电</translation>
    </message>
    <message>
        <source>Called %</source>
        <translation>致电率</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>出单率</translation>
    </message>
    <message>
        <source>By &amp;insurer</source>
        <translation>按保险公司(&amp;I)</translation>
    </message>
    <message>
        <source>By spe&amp;cialist</source>
        <translation>按专员(&amp;C)</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>周期(&amp;R)：</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>By rea&amp;son</source>
        <translation>按原因(&amp;S)</translation>
    </message>
    <message>
        <source>Weekly pla&amp;n</source>
        <translation>周计划(&amp;N)</translation>
    </message>
    <message>
        <source>Nothing was won or lost in {period}. Choose another period above.</source>
        <translation>{period} 没有出单或战败的记录。请在上方选择其他周期。</translation>
    </message>
    <message>
        <source>No loss names a competing insurer in {period}.</source>
        <translation>{period} 的战败记录中没有注明竞争保险公司。</translation>
    </message>
    <message>
        <source>No weekly plan covers {period}: the plan is built each Monday.</source>
        <translation>没有覆盖 {period} 的周计划：周计划每周一制定。</translation>
    </message>
    <message>
        <source>Losses by reason, {period}</source>
        <translation>按原因统计的战败，{period}</translation>
    </message>
    <message>
        <source>Won and lost, the last {count} periods</source>
        <translation>出单与战败，最近 {count} 个周期</translation>
    </message>
    <message>
        <source>{period}: {closed} closed — {won} won, {lost} lost (loss rate {rate}). Weekly plan: {planned} planned, {called} called, {plan_won} won.</source>
        <translation>{period}：结案 {closed} 件 — 出单 {won} 件，战败 {lost} 件（战败率 {rate}）。周计划：计划 {planned} 件，已致电 {called} 件，出单 {plan_won} 件。</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Losses by reason</source>
        <translation>按原因统计的战败</translation>
    </message>
    <message>
        <source>Losses by competing insurer</source>
        <translation>按竞争保险公司统计的战败</translation>
    </message>
    <message>
        <source>Won and lost by specialist</source>
        <translation>各专员的出单与战败</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>出单与战败</translation>
    </message>
    <message>
        <source>The weekly plan: planned, called, won</source>
        <translation>周计划：计划、已致电、出单</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Renewal loss analysis (战败分析)</source>
        <translation>续保战败分析</translation>
    </message>
    <message>
        <source>{kind}: {period}</source>
        <translation>{kind}：{period}</translation>
    </message>
    <message>
        <source>Printed {when} by {name}</source>
        <translation>{name} 于 {when} 打印</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Called / won</source>
        <translation>已致电 / 出单</translation>
    </message>
    <message>
        <source>Save the loss analysis</source>
        <translation>保存战败分析</translation>
    </message>
</context>
<context>
    <name>LossesModel</name>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>续保专员</translation>
    </message>
</context>
<context>
    <name>LowestModel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Lowest mark</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
</context>
<context>
    <name>LoyaltyPage</name>
    <message>
        <source>{year}, first half</source>
        <translation>{year} 年上半年</translation>
    </message>
    <message>
        <source>{year}, whole year</source>
        <translation>{year} 年全年</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;At least:</source>
        <translation>至少(&amp;A)：</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> 次入库</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>前(&amp;T)：</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> 位客户</translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation>列出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Issue free maintenance vouchers…</source>
        <translation>发放免费保养券(&amp;I)…</translation>
    </message>
    <message>
        <source>Each listed customer gets one free periodic maintenance, redeemable once on a work order within 180 days. A period is rewarded once, after it ends.</source>
        <translation>列出的每位客户获赠一次免费常规保养，180 天内在工单上使用一次。每个周期结束后回馈一次，且只回馈一次。</translation>
    </message>
    <message>
        <source>Choose the period and the least visits, then List.</source>
        <translation>选择周期和最少入库次数，然后点“列出”。</translation>
    </message>
    <message>
        <source>No period has been rewarded yet.</source>
        <translation>尚未回馈任何周期。</translation>
    </message>
    <message>
        <source>Rounds issued</source>
        <translation>已发放批次</translation>
    </message>
    <message>
        <source>Nobody came that often in this period. Lower the least visits.</source>
        <translation>本周期内没有客户达到该入库次数。请降低最少入库次数。</translation>
    </message>
    <message>
        <source>Issue a free maintenance voucher to each of the {count} customers listed for {period}?</source>
        <translation>为 {period} 列出的 {count} 位客户各发放一张免费保养券吗？</translation>
    </message>
    <message>
        <source>{count} vouchers were issued for {period} (first {first}).</source>
        <translation>已为 {period} 发放 {count} 张券（首张 {first}）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work orders</source>
        <translation>工单管理</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>质量检验</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工管理</translation>
    </message>
    <message>
        <source>Parts desk</source>
        <translation>配件出库</translation>
    </message>
    <message>
        <source>Workshop clock</source>
        <translation>车间计时</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>车间效率报表</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续保</translation>
    </message>
    <message>
        <source>Manager&apos;s review</source>
        <translation>经理审核</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>DealerDesk – {dealer}</source>
        <translation>DealerDesk – {dealer}</translation>
    </message>
    <message>
        <source>Signed in: {name} ({roles})</source>
        <translation>当前用户：{name}（{roles}）</translation>
    </message>
    <message>
        <source>What you typed here cannot be saved under your account any more. A colleague can sign in to save it under theirs; otherwise it is discarded.</source>
        <translation>您的账号已不能再保存这里录入的内容。可请一位同事登录，以其名义保存；否则内容将被放弃。</translation>
    </message>
    <message>
        <source>Save as a &amp;colleague…</source>
        <translation>以同事名义保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DealerDesk</source>
        <translation>关于 DealerDesk(&amp;A)</translation>
    </message>
    <message>
        <source>DealerDesk {version}
Service office of a car dealership.</source>
        <translation>DealerDesk {version}
汽车4S店售后服务管理系统。</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <source>Service manager&apos;s approval</source>
        <translation>服务经理批准</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;user name:</source>
        <translation>经理用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;password:</source>
        <translation>经理密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>The manager enters their user name and password.</source>
        <translation>请经理输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>销售日期</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Give the demo database a path with --db PATH.</source>
        <translation>请用 --db PATH 指定演示数据库的路径。</translation>
    </message>
    <message>
        <source>Demo database written: {path}</source>
        <translation>演示数据库已生成：{path}</translation>
    </message>
    <message>
        <source>Users (user name / password / roles):</source>
        <translation>用户（用户名 / 密码 / 角色）：</translation>
    </message>
    <message>
        <source>{customers} customers, {vehicles} vehicles, {orders} work orders.</source>
        <translation>客户 {customers} 位，车辆 {vehicles} 辆，工单 {orders} 张。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another path.</source>
        <translation>文件夹 {folder} 不存在。请先创建该文件夹，或选择其他路径。</translation>
    </message>
    <message>
        <source>{path} is on a network share ({kind}). An SQLite database there is damaged when several PCs use it. Keep the file on this PC, or let the PCs share an office server (PostgreSQL): see &quot;Several workstations&quot; in the README.</source>
        <translation>{path} 位于网络共享上（{kind}）。多台电脑同时使用放在那里的 SQLite 数据库会损坏它。请把文件放在本机，或让各台电脑共用办公室服务器（PostgreSQL）：见 README 中的“多台工作站”一节。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read and written by you.</source>
        <translation>您没有数据库文件 {path} 的读写权限。</translation>
    </message>
    <message>
        <source>{path} is not a DealerDesk database (not an SQLite file). It was left untouched.</source>
        <translation>{path} 不是 DealerDesk 数据库（不是 SQLite 文件），未对其做任何改动。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: the database needs to write its journal there. Choose a folder you can write to.</source>
        <translation>文件夹 {folder} 为只读：数据库需要在其中写入日志文件。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Another workstation or program has kept the database busy for {seconds} seconds. Nothing was saved and what you entered is still here: try again in a moment.</source>
        <translation>其他工作站或程序已占用数据库 {seconds} 秒。本次未保存任何内容，您输入的内容仍然保留：请稍后再试。</translation>
    </message>
    <message>
        <source>The office server {name} cannot be reached; nothing was saved. What you typed is kept: try again when the server is back (ask whoever looks after it if this lasts).</source>
        <translation>无法连接办公室服务器 {name}，未保存任何内容。您输入的内容仍在：请在服务器恢复后重试（如果持续无法连接，请联系负责服务器的人员）。</translation>
    </message>
    <message>
        <source>{path} is empty: it holds no DealerDesk database. It was left untouched.</source>
        <translation>{path} 是空文件，里面没有 DealerDesk 数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database {name} cannot be opened: {detail}</source>
        <translation>无法打开数据库 {name}：{detail}</translation>
    </message>
    <message>
        <source>Checklist {source} is not valid TOML: {detail}</source>
        <translation>检查表 {source} 不是有效的 TOML 文件：{detail}</translation>
    </message>
    <message>
        <source>Checklist {source}: unknown key &quot;{key}&quot;</source>
        <translation>检查表 {source}：未知的键“{key}”</translation>
    </message>
    <message>
        <source>Checklist {source}: &quot;category&quot; must be one of {allowed}</source>
        <translation>检查表 {source}：“category”必须是 {allowed} 之一</translation>
    </message>
    <message>
        <source>Checklist {source}: &quot;version&quot; must be a whole number from 1 up</source>
        <translation>检查表 {source}：“version”必须是不小于1的整数</translation>
    </message>
    <message>
        <source>Checklist {source}: &quot;road_test&quot; must be true or false</source>
        <translation>检查表 {source}：“road_test”必须为 true 或 false</translation>
    </message>
    <message>
        <source>Checklist {source}: the hand-over check has no road test</source>
        <translation>检查表 {source}：交车前检查不包含路试</translation>
    </message>
    <message>
        <source>Checklist {source}: no [[items]]</source>
        <translation>检查表 {source}：没有任何 [[items]] 项目</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item} is not a table</source>
        <translation>检查表 {source}：项目 {item} 不是表（table）</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: unknown key &quot;{key}&quot;</source>
        <translation>检查表 {source}：项目 {item}：未知的键“{key}”</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;code&quot; must be lower-case letters, digits, &quot;_&quot; and &quot;.&quot;, starting with a letter</source>
        <translation>检查表 {source}：项目 {item}：“code”只能包含小写字母、数字、“_”和“.”，且须以字母开头</translation>
    </message>
    <message>
        <source>Checklist {source}: item code &quot;{item}&quot; is used twice</source>
        <translation>检查表 {source}：项目代码“{item}”重复使用</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: level must be one of {allowed}</source>
        <translation>检查表 {source}：项目 {item}：level 必须是 {allowed} 之一</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;{key}&quot; text is missing</source>
        <translation>检查表 {source}：项目 {item}：缺少“{key}”文字</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;kind&quot; must be &quot;check&quot;, &quot;measured&quot; or &quot;note&quot;</source>
        <translation>检查表 {source}：项目 {item}：“kind”必须是“check”、“measured”或“note”</translation>
    </message>
    <message>
        <source>Checklist {source}: measured item {item} needs a unit</source>
        <translation>检查表 {source}：测量项 {item} 缺少单位</translation>
    </message>
    <message>
        <source>Checklist {source}: measured item {item} needs a range: &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>检查表 {source}：测量项 {item} 缺少范围：须设置“min”、“max”或两者</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: &quot;{key}&quot; must be a number</source>
        <translation>检查表 {source}：项目 {item}：“{key}”必须是数字</translation>
    </message>
    <message>
        <source>Checklist {source}: measured item {item}: min {minimum} is above max {maximum}</source>
        <translation>检查表 {source}：测量项 {item}：最小值 {minimum} 大于最大值 {maximum}</translation>
    </message>
    <message>
        <source>Checklist {source}: item {item}: only measured items take &quot;unit&quot;, &quot;min&quot; and &quot;max&quot;</source>
        <translation>检查表 {source}：项目 {item}：只有测量项才能设置“unit”、“min”和“max”</translation>
    </message>
    <message>
        <source>Checklist {source}: no items for level {level}</source>
        <translation>检查表 {source}：第 {level} 级没有检查项目</translation>
    </message>
    <message>
        <source>Checklist file {source} must be named {expected}</source>
        <translation>检查表文件 {source} 应命名为 {expected}</translation>
    </message>
    <message>
        <source>Checklist {category} version {version} is defined twice</source>
        <translation>检查表 {category} 第 {version} 版被重复定义</translation>
    </message>
    <message>
        <source>There is no checklist for {category}</source>
        <translation>没有适用于 {category} 的检查表</translation>
    </message>
    <message>
        <source>There is no checklist for {category} version {version}</source>
        <translation>没有 {category} 第 {version} 版检查表</translation>
    </message>
    <message>
        <source>The checklist folder {path} does not exist</source>
        <translation>检查表文件夹 {path} 不存在</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, e.g. 1,234.50.</source>
        <translation>请输入金额（元），例如 1,234.50。</translation>
    </message>
    <message>
        <source>Amount must be a number of yuan, e.g. 1,234.50; you typed {value}.</source>
        <translation>金额须为数字（单位：元），例如 1,234.50，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Amount cannot be negative; you typed {value}.</source>
        <translation>金额不能为负数，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Amount can have at most 2 decimal places (fen); you typed {value}.</source>
        <translation>金额最多保留2位小数（精确到分），您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Amount {value} is more than 99,999,999.99 yuan; check the figure.</source>
        <translation>金额 {value} 超过 99,999,999.99 元，请核对。</translation>
    </message>
    <message>
        <source>Enter the labour hours, e.g. 1.5.</source>
        <translation>请输入工时，例如 1.5。</translation>
    </message>
    <message>
        <source>Labour hours must be a number, e.g. 1.5; you typed {value}.</source>
        <translation>工时须为数字，例如 1.5，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Labour hours cannot be negative; you typed {value}.</source>
        <translation>工时不能为负数，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Labour hours can have at most 2 decimal places; you typed {value}.</source>
        <translation>工时最多保留2位小数，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Labour hours {value} is more than 999.99; check the figure.</source>
        <translation>工时 {value} 超过 999.99，请核对。</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>QC inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Parts clerk</source>
        <translation>配件员</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Renewal specialist</source>
        <translation>续保专员</translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation>请输入里程表显示的里程。</translation>
    </message>
    <message>
        <source>Mileage must be a whole number of kilometres, e.g. 12345; you typed {value}.</source>
        <translation>里程须为整数公里数，例如 12345，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Mileage cannot be negative; you typed {value}.</source>
        <translation>里程不能为负数，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Mileage {km:,} km is more than an odometer can show; check the reading.</source>
        <translation>里程 {km:,} 公里超出了里程表的显示范围，请核对读数。</translation>
    </message>
    <message>
        <source>Mileage {km:,} km is below the {last_km:,} km already recorded for this vehicle.</source>
        <translation>里程 {km:,} 公里低于该车已记录的 {last_km:,} 公里。</translation>
    </message>
    <message>
        <source>Mileage {km:,} km is {increase_km:,} km more than at the last visit ({last_km:,} km); confirm it.</source>
        <translation>里程 {km:,} 公里比上次进厂（{last_km:,} 公里）多出 {increase_km:,} 公里，请确认。</translation>
    </message>
    <message>
        <source>Enter a mobile number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Mobile number must be 11 digits starting with 13–19; you typed {value}.</source>
        <translation>手机号须为以13–19开头的11位数字，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Only mainland China mobile numbers (+86) can be used; you typed {value}.</source>
        <translation>只能使用中国大陆手机号（+86），您输入的是 {value}。</translation>
    </message>
    <message>
        <source>{number} is not in a known mobile number range; check it with the customer and confirm.</source>
        <translation>{number} 不在已知的手机号段内，请与客户核实后确认。</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>Plate must start with a province abbreviation such as 京, 沪 or 粤; you typed {value}.</source>
        <translation>车牌号须以省份简称开头，如京、沪、粤，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Plate {value} contains characters that plates do not use: {chars}.</source>
        <translation>车牌号 {value} 含有车牌不使用的字符：{chars}。</translation>
    </message>
    <message>
        <source>Plates never use the letters I or O (did you mean 1 or 0?); you typed {value}.</source>
        <translation>车牌号不使用字母 I 和 O（是否应为 1 或 0？），您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Plate must be 7 characters, or 8 for a new-energy plate; {value} has {count}.</source>
        <translation>车牌号应为7位，新能源车牌为8位；{value} 为 {count} 位。</translation>
    </message>
    <message>
        <source>Plate {value} is not a mainland format such as 粤B12345, 粤BD12345 (new energy) or 粤B1234挂.</source>
        <translation>车牌号 {value} 不符合大陆车牌格式，如粤B12345、粤BD12345（新能源）或粤B1234挂。</translation>
    </message>
    <message>
        <source>Enter the promised delivery time.</source>
        <translation>请输入预估交车时间。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time. Type it as 17:30, 明天 17:30 (tomorrow 17:30) or 2025-06-12 17:30.</source>
        <translation>“{text}”不是时间。请输入如 17:30、明天 17:30 或 2025-06-12 17:30。</translation>
    </message>
    <message>
        <source>Promised delivery time must be after the check-in time ({checked_in_at:%Y-%m-%d %H:%M}).</source>
        <translation>预估交车时间须晚于进厂时间（{checked_in_at:%Y-%m-%d %H:%M}）。</translation>
    </message>
    <message>
        <source>Enter the VIN: 17 characters, printed on the vehicle registration certificate.</source>
        <translation>请输入车架号（VIN）：17位，见机动车登记证书。</translation>
    </message>
    <message>
        <source>A VIN has only digits and the letters A–Z; {value} contains {chars}.</source>
        <translation>车架号只能包含数字和字母 A–Z；{value} 中含有 {chars}。</translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q (did you mean 1 or 0?); you typed {value}.</source>
        <translation>车架号不使用字母 I、O、Q（是否应为 1 或 0？），您输入的是 {value}。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; {value} has {count}.</source>
        <translation>车架号应为17位；{value} 为 {count} 位。</translation>
    </message>
    <message>
        <source>VIN {value} is not valid: its 9th character should be {expected}, not {actual}. Check every character against the registration certificate.</source>
        <translation>车架号 {value} 无效：第9位（校验位）应为 {expected}，而不是 {actual}。请对照登记证书逐位核对。</translation>
    </message>
    <message>
        <source>The 9th character of VIN {value} should be {expected}, not {actual}. Some makers outside China and North America do not use it: compare with the registration certificate and confirm.</source>
        <translation>车架号 {value} 的第9位（校验位）应为 {expected}，而不是 {actual}。中国和北美以外的部分厂家不使用校验位：请对照登记证书核实后确认。</translation>
    </message>
    <message>
        <source>SAIC Volkswagen</source>
        <translation>上汽大众</translation>
    </message>
    <message>
        <source>FAW-Volkswagen</source>
        <translation>一汽-大众</translation>
    </message>
    <message>
        <source>BMW Brilliance</source>
        <translation>华晨宝马</translation>
    </message>
    <message>
        <source>Beijing Benz</source>
        <translation>北京奔驰</translation>
    </message>
    <message>
        <source>Changan Ford</source>
        <translation>长安福特</translation>
    </message>
    <message>
        <source>GAC Toyota</source>
        <translation>广汽丰田</translation>
    </message>
    <message>
        <source>FAW Toyota</source>
        <translation>一汽丰田</translation>
    </message>
    <message>
        <source>GAC Honda</source>
        <translation>广汽本田</translation>
    </message>
    <message>
        <source>Dongfeng Honda</source>
        <translation>东风本田</translation>
    </message>
    <message>
        <source>Dongfeng Nissan</source>
        <translation>东风日产</translation>
    </message>
    <message>
        <source>SAIC-GM</source>
        <translation>上汽通用</translation>
    </message>
    <message>
        <source>SAIC-GM-Wuling</source>
        <translation>上汽通用五菱</translation>
    </message>
    <message>
        <source>SAIC MG</source>
        <translation>上汽名爵</translation>
    </message>
    <message>
        <source>Beijing Hyundai</source>
        <translation>北京现代</translation>
    </message>
    <message>
        <source>BYD</source>
        <translation>比亚迪</translation>
    </message>
    <message>
        <source>Great Wall</source>
        <translation>长城汽车</translation>
    </message>
    <message>
        <source>Geely</source>
        <translation>吉利汽车</translation>
    </message>
    <message>
        <source>Chery</source>
        <translation>奇瑞汽车</translation>
    </message>
    <message>
        <source>Tesla China</source>
        <translation>特斯拉（中国）</translation>
    </message>
    <message>
        <source>BMW</source>
        <translation>宝马</translation>
    </message>
    <message>
        <source>Mercedes-Benz</source>
        <translation>梅赛德斯-奔驰</translation>
    </message>
    <message>
        <source>Audi</source>
        <translation>奥迪</translation>
    </message>
    <message>
        <source>Volkswagen</source>
        <translation>大众</translation>
    </message>
    <message>
        <source>Toyota</source>
        <translation>丰田</translation>
    </message>
    <message>
        <source>Honda (USA)</source>
        <translation>本田（美国）</translation>
    </message>
    <message>
        <source>Tesla (USA)</source>
        <translation>特斯拉（美国）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>First service missed</source>
        <translation>首保流失</translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation>基础流失</translation>
    </message>
    <message>
        <source>Lost customer</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>First service</source>
        <translation>首保</translation>
    </message>
    <message>
        <source>Periodic maintenance</source>
        <translation>定期保养</translation>
    </message>
    <message>
        <source>Call back today</source>
        <translation>今日回拨</translation>
    </message>
    <message>
        <source>Promised visit not made</source>
        <translation>预约未到店</translation>
    </message>
    <message>
        <source>First service overdue</source>
        <translation>首保超期</translation>
    </message>
    <message>
        <source>Maintenance overdue</source>
        <translation>保养超期</translation>
    </message>
    <message>
        <source>First service due</source>
        <translation>首保到期</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <source>Lapsing: no visit for a year</source>
        <translation>基础流失：一年未进店</translation>
    </message>
    <message>
        <source>Lost: no visit for two years</source>
        <translation>流失：两年未进店</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>预约未到</translation>
    </message>
    <message>
        <source>1st svc missed</source>
        <translation>首保流失</translation>
    </message>
    <message>
        <source>1st svc overdue</source>
        <translation>首保超期</translation>
    </message>
    <message>
        <source>1st svc due</source>
        <translation>首保到期</translation>
    </message>
    <message>
        <source>Maint. overdue</source>
        <translation>保养超期</translation>
    </message>
    <message>
        <source>Maint. due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <source>Enter the day the customer will come.</source>
        <translation>请填写客户进店日期。</translation>
    </message>
    <message>
        <source>The promised visit cannot be in the past.</source>
        <translation>约定进店日期不能早于今天。</translation>
    </message>
    <message>
        <source>Enter which shop the car goes to instead.</source>
        <translation>请填写客户在哪家店保养。</translation>
    </message>
    <message>
        <source>Enter the day of the next call.</source>
        <translation>请填写下次回访日期。</translation>
    </message>
    <message>
        <source>The next call is on a later day than today.</source>
        <translation>下次回访日期须晚于今天。</translation>
    </message>
    <message>
        <source>Care intervals and thresholds are above zero.</source>
        <translation>保养间隔和各项阈值须大于零。</translation>
    </message>
    <message>
        <source>A customer is lost later than lapsing: more days for lost.</source>
        <translation>流失须晚于基础流失：流失天数应更多。</translation>
    </message>
    <message>
        <source>Line {line}: a model, then its km a day (1 to {most}).</source>
        <translation>第 {line} 行：先写车型，再写每日公里数（1 至 {most}）。</translation>
    </message>
    <message>
        <source>First service (5K/10K)</source>
        <translation>首保（5千/1万公里）</translation>
    </message>
    <message>
        <source>General repair</source>
        <translation>一般维修</translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation>钣金喷漆</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>事故理赔</translation>
    </message>
    <message>
        <source>New-car PDS</source>
        <translation>新车PDS</translation>
    </message>
    <message>
        <source>Repeat repair</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户自付</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Manufacturer warranty</source>
        <translation>厂家保修</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Line {row}: the {payer} pays it, so enter the claim number.</source>
        <translation>第 {row} 行由{payer}支付，请填写理赔单号。</translation>
    </message>
    <message>
        <source>Line {row}: its amount was changed from {was} to {now} yuan: say why (for finance and the audit).</source>
        <translation>第 {row} 行：金额由 {was} 元改为 {now} 元，请填写原因（供财务与审计）。</translation>
    </message>
    <message>
        <source>Line {row} is a discount on the whole order: its amount is not changed here.</source>
        <translation>第 {row} 行是整单折扣，不能在此修改金额。</translation>
    </message>
    <message>
        <source>Payment {row}: enter an amount above zero.</source>
        <translation>第 {row} 笔付款：请填写大于零的金额。</translation>
    </message>
    <message>
        <source>{over} yuan more than is due was paid, but only cash gives change: correct the amounts.</source>
        <translation>实付比应付多 {over} 元，但只有现金可以找零：请更正金额。</translation>
    </message>
    <message>
        <source>The final amount {final} yuan is more than {margin}% above the estimate of {estimate} yuan: record who of the customer approved it.</source>
        <translation>结算金额 {final} 元超出预估金额 {estimate} 元的 {margin}%：请登记客户方确认人。</translation>
    </message>
    <message>
        <source>An invoice needs its title (the buyer&apos;s name).</source>
        <translation>开票须填写发票抬头（购买方名称）。</translation>
    </message>
    <message>
        <source>A special VAT invoice needs the buyer&apos;s 18-character tax ID (统一社会信用代码); you typed {value}.</source>
        <translation>增值税专用发票须填写购买方 18 位统一社会信用代码；您填写的是 {value}。</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Internal account</source>
        <translation>内部结算</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已开单</translation>
    </message>
    <message>
        <source>In workshop</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Awaiting QC</source>
        <translation>待质检</translation>
    </message>
    <message>
        <source>Ready for delivery</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>QC rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Internal rework</source>
        <translation>内返</translation>
    </message>
    <message>
        <source>External rework</source>
        <translation>外返</translation>
    </message>
    <message>
        <source>Man (people)</source>
        <translation>人（人员）</translation>
    </message>
    <message>
        <source>Machine (equipment)</source>
        <translation>机（设备）</translation>
    </message>
    <message>
        <source>Material (parts)</source>
        <translation>料（配件）</translation>
    </message>
    <message>
        <source>Method (procedure)</source>
        <translation>法（工艺方法）</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环（环境）</translation>
    </message>
    <message>
        <source>Level 1: technician self-check</source>
        <translation>一级：技师自检</translation>
    </message>
    <message>
        <source>Level 2: team lead check</source>
        <translation>二级：班组长互检</translation>
    </message>
    <message>
        <source>Level 3: final inspection</source>
        <translation>三级：终检</translation>
    </message>
    <message>
        <source>Hand-over check</source>
        <translation>交车前检查</translation>
    </message>
    <message>
        <source>The font file {path} set in Settings does not exist.</source>
        <translation>设置中指定的字体文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The font file {path} set in Settings cannot be used for printing: {reason}</source>
        <translation>设置中指定的字体文件 {path} 无法用于打印：{reason}</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for printing. Install Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) (Windows Settings &gt; Apps &gt; Optional features &gt; Chinese (Simplified) Supplemental Fonts), copy a .ttf/.ttc font into {folder}, or choose a font file in Settings. Fonts that could not be used: {tried}</source>
        <translation>未找到可用于打印的中文 TrueType 字体。请安装微软雅黑（msyh.ttc）或宋体（simsun.ttc）（Windows 设置 &gt; 应用 &gt; 可选功能 &gt; 中文(简体)补充字体），或将 .ttf/.ttc 字体文件复制到 {folder}，或在设置中选择字体文件。无法使用的字体：{tried}</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for printing. Copy a .ttf/.ttc font such as WenQuanYi Micro Hei into {folder}, or choose a font file in Settings. Fonts that could not be used: {tried}</source>
        <translation>未找到可用于打印的中文 TrueType 字体。请将文泉驿微米黑等 .ttf/.ttc 字体文件复制到 {folder}，或在设置中选择字体文件。无法使用的字体：{tried}</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for printing. Install the fonts-wqy-microhei package (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Fedora: wqy-microhei-fonts), copy a .ttf/.ttc font into {folder}, or choose a font file in Settings. Fonts that could not be used: {tried}</source>
        <translation>未找到可用于打印的中文 TrueType 字体。请安装 fonts-wqy-microhei 软件包（Debian/Ubuntu：sudo apt install fonts-wqy-microhei；Fedora：wqy-microhei-fonts），或将 .ttf/.ttc 字体文件复制到 {folder}，或在设置中选择字体文件。无法使用的字体：{tried}</translation>
    </message>
    <message>
        <source>{user} may not do this: it needs the role {roles}.</source>
        <translation>{user} 无权执行此操作：需要“{roles}”角色。</translation>
    </message>
    <message>
        <source>The account {username} was deactivated by an administrator: you have been signed out. Nothing of yours that was saved is lost.</source>
        <translation>账户 {username} 已被管理员停用：您已被注销登录。您已保存的内容都不会丢失。</translation>
    </message>
    <message>
        <source>{name} already holds data; nothing was changed. Choose a new file for the demo.</source>
        <translation>{name} 中已有数据，未做任何更改。请为演示数据库指定一个新文件。</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>Integrity check passed.</source>
        <translation>完整性检查通过。</translation>
    </message>
    <message>
        <source>Integrity check failed: {detail}</source>
        <translation>完整性检查未通过：{detail}</translation>
    </message>
    <message>
        <source>{n} rows point at missing records.</source>
        <translation>有 {n} 行数据引用了不存在的记录。</translation>
    </message>
    <message>
        <source>Foreign keys consistent.</source>
        <translation>外键一致。</translation>
    </message>
    <message>
        <source>PostgreSQL {version}: the server keeps its pages and foreign keys consistent.</source>
        <translation>PostgreSQL {version}：由服务器保证数据页和外键的一致性。</translation>
    </message>
    <message>
        <source>The kept order counts match the orders.</source>
        <translation>保存的工单计数与工单一致。</translation>
    </message>
    <message>
        <source>The kept order counts differ from the orders ({detail}): the work-order list shows wrong totals until they are rebuilt with: dealerdesk db recount</source>
        <translation>保存的工单计数与工单不一致（{detail}）：重建之前，工单列表显示的合计有误。请运行：dealerdesk db recount</translation>
    </message>
    <message>
        <source>The database {path} does not exist. Give an existing file with --db PATH.</source>
        <translation>数据库 {path} 不存在。请用 --db PATH 指定一个已有的文件。</translation>
    </message>
    <message>
        <source>The backup of {path} failed its integrity check and was not kept: {detail}</source>
        <translation>{path} 的备份未通过完整性检查，未予保留：{detail}</translation>
    </message>
    <message>
        <source>The backup of {path} to {folder} failed: {detail}</source>
        <translation>将 {path} 备份到 {folder} 失败：{detail}</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>备份 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a sound DealerDesk backup ({detail}); nothing was restored.</source>
        <translation>{path} 不是完好的 DealerDesk 备份（{detail}）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>{path} exists. Add --force to replace it with the backup; the current file is then kept beside it.</source>
        <translation>{path} 已存在。如要用备份替换它，请加上 --force；当前文件将保留在其旁边。</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>The database {name} is not at this version&apos;s schema ({current}, needs {head}): start DealerDesk once to migrate it, then print again.</source>
        <translation>数据库 {name} 的结构版本与本程序不符（当前为 {current}，需要 {head}）：请先启动一次 DealerDesk 完成升级，再重新打印。</translation>
    </message>
    <message>
        <source>The database {name} cannot be read: {detail}</source>
        <translation>无法读取数据库 {name}：{detail}</translation>
    </message>
    <message>
        <source>{document} {number} written to {path}.</source>
        <translation>{document} {number} 已保存到 {path}。</translation>
    </message>
    <message>
        <source>Schema is up to date (revision {rev}).</source>
        <translation>数据库结构已是最新版本（{rev}）。</translation>
    </message>
    <message>
        <source>The database has no DealerDesk schema yet.</source>
        <translation>该数据库尚无 DealerDesk 数据结构。</translation>
    </message>
    <message>
        <source>Schema revision {current}, this version needs {head}: start DealerDesk to migrate (a backup is made first).</source>
        <translation>数据库结构版本为 {current}，本版本需要 {head}：请启动 DealerDesk 进行升级（升级前会自动备份）。</translation>
    </message>
    <message>
        <source>Wheel alignment (400 yuan)</source>
        <translation>四轮定位（400元）</translation>
    </message>
    <message>
        <source>Renewal voucher (100 yuan)</source>
        <translation>续保代金券（100元）</translation>
    </message>
    <message>
        <source>Referral fund (500 yuan)</source>
        <translation>转介绍购车基金（500元）</translation>
    </message>
    <message>
        <source>Enter the dealership&apos;s name.</source>
        <translation>请输入经销店名称。</translation>
    </message>
    <message>
        <source>Lock after 0 (never) to {most} idle minutes.</source>
        <translation>闲置锁定时间为 0（从不）到 {most} 分钟。</translation>
    </message>
    <message>
        <source>The labour rate cannot be negative.</source>
        <translation>工时单价不能为负数。</translation>
    </message>
    <message>
        <source>Unknown language {lang}.</source>
        <translation>未知的语言：{lang}。</translation>
    </message>
    <message>
        <source>The call days run from 0 to 60, the first not after the last.</source>
        <translation>回访天数为 0 至 60 天，开始天数不得晚于结束天数。</translation>
    </message>
    <message>
        <source>A mark from 1 to 4.</source>
        <translation>请填写 1 至 4 分。</translation>
    </message>
    <message>
        <source>A discount limit is a percentage from 0 to 100.</source>
        <translation>折扣权限是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The margin is a percentage from 0 to 100.</source>
        <translation>超出幅度为 0 到 100 的百分比。</translation>
    </message>
    <message>
        <source>The VAT rate is a percentage from 0 to 100.</source>
        <translation>增值税税率为 0 到 100 的百分比。</translation>
    </message>
    <message>
        <source>Calls a day per person: 1 to {most}.</source>
        <translation>每人每日招揽数：1 至 {most}。</translation>
    </message>
    <message>
        <source>Renewals: first call 1 to 120 days before expiry, a plan of 1 to 31 days, a target of 1 to 200 calls, the summary at an hour from 0 to 23.</source>
        <translation>续保：首次回访在到期前 1 至 120 天，计划 1 至 31 天，目标 1 至 200 通，汇总时间为 0 至 23 点。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 64 characters.</source>
        <translation>用户名不能包含空格，最多64个字符。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请为用户至少指定一个角色。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>该数据库已有用户，请直接登录。</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {username}. Try again in {seconds} seconds.</source>
        <translation>{username} 的密码错误次数过多。请在 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account {username} is deactivated. Ask your administrator.</source>
        <translation>账号 {username} 已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Team {team} is not in the list of teams kept in Settings.</source>
        <translation>班组 {team} 不在设置中维护的班组列表里。</translation>
    </message>
    <message>
        <source>No user with id {id}.</source>
        <translation>不存在 ID 为 {id} 的用户。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>必须至少保留一个启用状态的系统管理员。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <source>Give the self-test a new database file with --db PATH.</source>
        <translation>请用 --db PATH 为程序自测指定一个新的数据库文件。</translation>
    </message>
    <message>
        <source>The database {name} already holds tables. The self-test only uses a new, empty database.</source>
        <translation>数据库 {name} 中已有数据表。自检只使用新的空数据库。</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty. The self-test only creates a new database: give it a path that does not exist yet.</source>
        <translation>{path} 已存在且不为空。程序自测只会新建数据库：请指定一个尚不存在的路径。</translation>
    </message>
    <message>
        <source>Moving an order from {source} to {target} needs the role {roles}.</source>
        <translation>将工单从“{source}”改为“{target}”需要“{roles}”角色。</translation>
    </message>
    <message>
        <source>An order that is {source} cannot become {target}.</source>
        <translation>“{source}”状态的工单不能改为“{target}”。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s (owner&apos;s) name.</source>
        <translation>请输入客户（车主）姓名。</translation>
    </message>
    <message>
        <source>Enter the name of the person who brought the car, or tick that the owner brought it.</source>
        <translation>请输入送修人姓名，或勾选“车主本人送修”。</translation>
    </message>
    <message>
        <source>Enter the vehicle model.</source>
        <translation>请输入车型。</translation>
    </message>
    <message>
        <source>Choose the fuel level shown at check-in.</source>
        <translation>请选择进厂时的油量。</translation>
    </message>
    <message>
        <source>Choose the service category.</source>
        <translation>请选择维修类型。</translation>
    </message>
    <message>
        <source>Record at least one customer concern, in the customer&apos;s own words (one per line).</source>
        <translation>请按客户原话至少记录一条客户描述（每行一条）。</translation>
    </message>
    <message>
        <source>Choose whether the customer waits at the dealer or leaves the car.</source>
        <translation>请选择客户在店等候还是离店。</translation>
    </message>
    <message>
        <source>The check-in time is missing.</source>
        <translation>缺少进厂时间。</translation>
    </message>
    <message>
        <source>The order has no service advisor.</source>
        <translation>工单没有服务顾问。</translation>
    </message>
    <message>
        <source>Labour line {row}: enter the operation.</source>
        <translation>工时项目第 {row} 行：请输入维修项目。</translation>
    </message>
    <message>
        <source>Labour line {row}: enter the labour hours.</source>
        <translation>工时项目第 {row} 行：请输入工时。</translation>
    </message>
    <message>
        <source>Labour line {row}: hours and rate cannot be negative.</source>
        <translation>工时项目第 {row} 行：工时和单价不能为负数。</translation>
    </message>
    <message>
        <source>Parts line {row}: enter the part name.</source>
        <translation>配件第 {row} 行：请输入配件名称。</translation>
    </message>
    <message>
        <source>Parts line {row}: the quantity must be more than 0.</source>
        <translation>配件第 {row} 行：数量须大于0。</translation>
    </message>
    <message>
        <source>Parts line {row}: the unit price cannot be negative.</source>
        <translation>配件第 {row} 行：单价不能为负数。</translation>
    </message>
    <message>
        <source>Line {row}: the amount {value} yuan is too large; check it.</source>
        <translation>第 {row} 行：金额 {value} 元过大，请核对。</translation>
    </message>
    <message>
        <source>Enter why the order is cancelled.</source>
        <translation>请输入取消工单的原因。</translation>
    </message>
    <message>
        <source>Describe the extra work.</source>
        <translation>请描述二次增修内容。</translation>
    </message>
    <message>
        <source>Enter the new promised delivery time.</source>
        <translation>请输入新的预估交车时间。</translation>
    </message>
    <message>
        <source>The new promised delivery time must be after the customer&apos;s approval.</source>
        <translation>新的预估交车时间须晚于客户确认时间。</translation>
    </message>
    <message>
        <source>Add the labour or parts lines of the extra work: the technician works from them and the paper prices them.</source>
        <translation>请添加增修的工时或配件项目：技师按项目施工，单据按项目计价。</translation>
    </message>
    <message>
        <source>Labour line {row}: choose the technician who does it.</source>
        <translation>工时项目第 {row} 行：请选择负责施工的技师。</translation>
    </message>
    <message>
        <source>The added amount is the total of the extra lines, {total} yuan; you have {value} yuan.</source>
        <translation>增加金额应为增修项目合计 {total} 元；当前为 {value} 元。</translation>
    </message>
    <message>
        <source>The estimate {estimate} yuan is below the lines&apos; total {total} yuan: the paper will not add up. Use the lines&apos; total, or confirm the lower estimate.</source>
        <translation>预估金额 {estimate} 元低于项目合计 {total} 元：单据金额将对不上。请使用项目合计，或确认较低的预估金额。</translation>
    </message>
    <message>
        <source>Enter who approved the extra work for the customer.</source>
        <translation>请输入客户方的增修确认人。</translation>
    </message>
    <message>
        <source>Choose how the customer approved: in person, phone or WeChat.</source>
        <translation>请选择客户确认方式：当面、电话或微信。</translation>
    </message>
    <message>
        <source>Enter when the customer approved.</source>
        <translation>请输入客户确认时间。</translation>
    </message>
    <message>
        <source>The approval cannot be before the car was checked in.</source>
        <translation>客户确认时间不能早于车辆进厂时间。</translation>
    </message>
    <message>
        <source>The approval time is in the future; record it afterwards.</source>
        <translation>确认时间晚于当前时间；请在客户确认后再登记。</translation>
    </message>
    <message>
        <source>Quantity must be a number with at most 3 decimals, e.g. 4.5; you typed {value}.</source>
        <translation>数量须为数字，最多3位小数，例如 4.5，您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Level 1 (self-check) can be signed only by a technician.</source>
        <translation>一级检验（自检）只能由维修技师签字。</translation>
    </message>
    <message>
        <source>Level 2 (team lead check) can be signed only by a team lead.</source>
        <translation>二级检验（互检）只能由班组长签字。</translation>
    </message>
    <message>
        <source>Level 3 (final inspection) can be signed only by a QC inspector.</source>
        <translation>三级检验（终检）只能由质检员签字。</translation>
    </message>
    <message>
        <source>The hand-over check can be signed only by a service advisor.</source>
        <translation>交车前检查只能由服务顾问签字。</translation>
    </message>
    <message>
        <source>The self-check is signed by a technician of this order: you have no labour line on it. Ask {names} to sign, or have the advisor assign you a line.</source>
        <translation>自检须由本工单的维修技师签字：您在本工单上没有派工项目。请由 {names} 签字，或请服务顾问为您派工。</translation>
    </message>
    <message>
        <source>No labour line of this order names a technician, so nobody can sign its self-check.</source>
        <translation>本工单的工时项目均未派工给技师，因此无人可以签署自检。</translation>
    </message>
    <message>
        <source>Level {level} is signed and final. Only a service manager can reopen it, with a reason.</source>
        <translation>第 {level} 级检验已签字，不可更改。只有服务经理可以填写原因后重新打开。</translation>
    </message>
    <message>
        <source>Level {lower} must be signed before level {level}.</source>
        <translation>须先完成第 {lower} 级检验签字，才能签署第 {level} 级。</translation>
    </message>
    <message>
        <source>Level {lower} failed, so level {level} cannot be signed: the car goes back for rework and a new QC round starts.</source>
        <translation>第 {lower} 级检验不合格，第 {level} 级不能签字：车辆退回返工，随后开始新一轮质检。</translation>
    </message>
    <message>
        <source>You signed level {lower} of this QC round, so someone else must sign level {level}.</source>
        <translation>您已签署本轮第 {lower} 级检验，第 {level} 级须由其他人签字。</translation>
    </message>
    <message>
        <source>Only a service manager can reopen a signed QC level.</source>
        <translation>只有服务经理可以重新打开已签字的检验级别。</translation>
    </message>
    <message>
        <source>Enter the reason for reopening.</source>
        <translation>请输入重新打开的原因。</translation>
    </message>
    <message>
        <source>Level {level} is not signed; there is nothing to reopen.</source>
        <translation>第 {level} 级检验尚未签字，无需重新打开。</translation>
    </message>
    <message>
        <source>Answer this item: pass, fail or not applicable.</source>
        <translation>请对此项作答：合格、不合格或不适用。</translation>
    </message>
    <message>
        <source>Enter the measured value, or mark the item not applicable.</source>
        <translation>请输入测量值，或将此项标为不适用。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>{value} {unit} is outside {range}: the item fails.</source>
        <translation>{value} {unit} 超出范围 {range}：此项不合格。</translation>
    </message>
    <message>
        <source>A not-applicable item takes no measured value: clear the value or answer the item.</source>
        <translation>不适用项不能填写测量值：请清除数值，或重新作答。</translation>
    </message>
    <message>
        <source>A failed item needs a note saying what is wrong.</source>
        <translation>不合格项须填写备注，说明问题所在。</translation>
    </message>
    <message>
        <source>This item needs a note.</source>
        <translation>此项须填写备注。</translation>
    </message>
    <message>
        <source>Enter the odometer reading before the road test.</source>
        <translation>请输入路试前的里程表读数。</translation>
    </message>
    <message>
        <source>Enter the odometer reading after the road test.</source>
        <translation>请输入路试后的里程表读数。</translation>
    </message>
    <message>
        <source>The road test cannot start below the mileage at check-in ({mileage} km).</source>
        <translation>路试出发里程不能低于进厂里程（{mileage} 公里）。</translation>
    </message>
    <message>
        <source>The odometer after the road test cannot be below the reading before it.</source>
        <translation>路试后的里程表读数不能低于路试前的读数。</translation>
    </message>
    <message>
        <source>The road test covered 0 km.</source>
        <translation>路试里程为0公里。</translation>
    </message>
    <message>
        <source>The road test covered {distance} km: check the odometer readings.</source>
        <translation>路试里程为 {distance} 公里：请核对里程表读数。</translation>
    </message>
    <message>
        <source>Minor or special repair (2,000 km or 10 days)</source>
        <translation>小修及专项修理（2000公里或10日）</translation>
    </message>
    <message>
        <source>Second-level maintenance (5,000 km or 30 days)</source>
        <translation>二级维护（5000公里或30日）</translation>
    </message>
    <message>
        <source>Major or assembly repair (20,000 km or 100 days)</source>
        <translation>整车修理或总成修理（20000公里或100日）</translation>
    </message>
    <message>
        <source>No repair class is set for the service category {category}.</source>
        <translation>维修类型“{category}”尚未设置质量保证期类别。</translation>
    </message>
    <message>
        <source>The mileage now ({mileage_now} km) is below the mileage at delivery ({delivered_mileage} km).</source>
        <translation>当前里程（{mileage_now} 公里）低于交车时的里程（{delivered_mileage} 公里）。</translation>
    </message>
    <message>
        <source>The date is before the original order&apos;s delivery ({delivered}).</source>
        <translation>该日期早于原工单的交车时间（{delivered}）。</translation>
    </message>
    <message>
        <source>Choose the cause category: man, machine, material, method or environment.</source>
        <translation>请选择原因类别：人、机、料、法、环。</translation>
    </message>
    <message>
        <source>Enter the corrective action taken.</source>
        <translation>请输入已采取的纠正措施。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}). If it is open in another program, close it and try again.</source>
        <translation>无法写入 {path}（{reason}）。如果该文件已在其他程序中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>维修委托书</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Parts slip (A4)</source>
        <translation>配件单（A4）</translation>
    </message>
    <message>
        <source>Parts slip (80 mm receipt)</source>
        <translation>配件单（80 毫米小票）</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Work order {number} is still a draft. Open it first: only a complete order is printed.</source>
        <translation>工单 {number} 仍是草稿。请先开单：只有完整的工单才能打印。</translation>
    </message>
    <message>
        <source>Work order {number} is incomplete; complete it before printing.</source>
        <translation>工单 {number} 信息不完整，请补全后再打印。</translation>
    </message>
    <message>
        <source>Order {number} has no service category, so no checklist applies.</source>
        <translation>工单 {number} 未设置维修类型，没有适用的检查表。</translation>
    </message>
    <message>
        <source>Order {number} already has QC round {round_no} in progress.</source>
        <translation>工单 {number} 的第 {round_no} 轮质检正在进行中。</translation>
    </message>
    <message>
        <source>Order {number} has no QC round yet: finish the work first.</source>
        <translation>工单 {number} 还没有质检轮次：请先完工。</translation>
    </message>
    <message>
        <source>Item {code} is not on the level {level} checklist of this round.</source>
        <translation>项目 {code} 不在本轮第 {level} 级检查表中。</translation>
    </message>
    <message>
        <source>The QC round changed while you were signing ({detail}). Reload it and try again.</source>
        <translation>您签字期间本轮质检已被更改（{detail}）。请重新加载后再试。</translation>
    </message>
    <message>
        <source>Order {number} cannot be delivered: the hand-over check has not passed.</source>
        <translation>工单 {number} 不能交车：交车前检查尚未通过。</translation>
    </message>
    <message>
        <source>QC round {round_no} failed and the car went back to the workshop; its signatures stay as they are. The next finish of the work starts a new round.</source>
        <translation>第 {round_no} 轮质检未通过，车辆已退回车间；该轮签字保持不变。维修再次完工后将开始新一轮质检。</translation>
    </message>
    <message>
        <source>Order {number} is delivered; its QC signatures stay as they are.</source>
        <translation>工单 {number} 已交车，其质检签字保持不变。</translation>
    </message>
    <message>
        <source>No work order with id {id}.</source>
        <translation>不存在 ID 为 {id} 的工单。</translation>
    </message>
    <message>
        <source>No QC round with id {id}.</source>
        <translation>不存在 ID 为 {id} 的质检轮次。</translation>
    </message>
    <message>
        <source>QC round {round_no} has ended ({status}). The next finish of the work starts a new round.</source>
        <translation>第 {round_no} 轮质检已结束（{status}）。维修再次完工后将开始新一轮质检。</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Order {number} is not awaiting QC, so level {level} cannot be signed now.</source>
        <translation>工单 {number} 不在待质检状态，现在不能签署第 {level} 级检验。</translation>
    </message>
    <message>
        <source>Order {number} is not ready for delivery, so the hand-over check cannot be signed now.</source>
        <translation>工单 {number} 不在待交车状态，现在不能签署交车前检查。</translation>
    </message>
    <message>
        <source>No rework record with id {id}.</source>
        <translation>不存在 ID 为 {id} 的返工记录。</translation>
    </message>
    <message>
        <source>No work order with the number {number}.</source>
        <translation>不存在工单号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>The responsible person must be a technician or a team lead.</source>
        <translation>责任人必须是维修技师或班组长。</translation>
    </message>
    <message>
        <source>Someone else changed this rework record after you opened it. Close it, open it again and repeat your change.</source>
        <translation>您打开此返工记录后，其他人修改了它。请关闭后重新打开，再重做您的修改。</translation>
    </message>
    <message>
        <source>Someone else changed this rework record at the same moment. Try again.</source>
        <translation>其他人同时修改了此返工记录，请重试。</translation>
    </message>
    <message>
        <source>This rework record is closed. A service manager can reopen it.</source>
        <translation>此返工记录已关闭，可由服务经理重新打开。</translation>
    </message>
    <message>
        <source>This rework record is closed already.</source>
        <translation>此返工记录已经关闭。</translation>
    </message>
    <message>
        <source>Enter the reason for reopening the record.</source>
        <translation>请输入重新打开此记录的原因。</translation>
    </message>
    <message>
        <source>This rework record is open already.</source>
        <translation>此返工记录已处于打开状态。</translation>
    </message>
    <message>
        <source>Order {number} has not been delivered: only a delivered car can come back.</source>
        <translation>工单 {number} 尚未交车：只有已交车的车辆才可能返厂。</translation>
    </message>
    <message>
        <source>An order cannot be the rework of itself.</source>
        <translation>工单不能作为其自身的返修工单。</translation>
    </message>
    <message>
        <source>Order {rework} is for another vehicle (VIN {vin}) than order {original}.</source>
        <translation>工单 {rework} 的车辆（车架号 {vin}）与工单 {original} 不是同一辆车。</translation>
    </message>
    <message>
        <source>Order {rework} is linked as an external rework already.</source>
        <translation>工单 {rework} 已被关联为外返。</translation>
    </message>
    <message>
        <source>An external rework of order {original} is registered already (record {id}): a comeback is counted once.</source>
        <translation>工单 {original} 的外返已登记（记录 {id}）：同一次返厂只计一次。</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>No work order {number}.</source>
        <translation>没有工单 {number}。</translation>
    </message>
    <message>
        <source>The complaint is closed: it cannot be changed.</source>
        <translation>投诉已结案，不能再修改。</translation>
    </message>
    <message>
        <source>Someone else changed this complaint meanwhile. Open it again.</source>
        <translation>其他人刚修改了此投诉，请重新打开。</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>此投诉已不存在。</translation>
    </message>
    <message>
        <source>Order {number} is {status}: its intake data can no longer be changed.</source>
        <translation>工单 {number} 为“{status}”状态：接车信息不能再修改。</translation>
    </message>
    <message>
        <source>{user} changed order {number} at {time:%Y-%m-%d %H:%M}, after you loaded it. Your changes were not saved; what you typed is still in the form.</source>
        <translation>在您打开工单 {number} 后，{user} 于 {time:%Y-%m-%d %H:%M} 修改了该工单。您的修改尚未保存，已输入的内容仍保留在表单中。</translation>
    </message>
    <message>
        <source>Order {number} was changed by someone else while saving. Your changes were not saved.</source>
        <translation>保存时工单 {number} 已被其他人修改，您的修改未保存。</translation>
    </message>
    <message>
        <source>Line {row} ({what}) has time clocked or a discount given on it: it cannot be removed from the order.</source>
        <translation>第 {row} 行（{what}）已有计时或折扣，不能从工单中删除。</translation>
    </message>
    <message>
        <source>There is no work order {ref}.</source>
        <translation>不存在工单 {ref}。</translation>
    </message>
    <message>
        <source>Order {number} is settled once its hand-over check has passed (ready for delivery), not while {status}.</source>
        <translation>工单 {number} 须在交车检查通过（待交车）后结算，当前状态为{status}。</translation>
    </message>
    <message>
        <source>Order {number} is settled already: a manager corrects the settlement, with a reason.</source>
        <translation>工单 {number} 已结算：如需更正，由经理填写原因后重新结算。</translation>
    </message>
    <message>
        <source>Order {number} has no settlement yet: settle it before delivery.</source>
        <translation>工单 {number} 尚未结算：请先结算再交车。</translation>
    </message>
    <message>
        <source>Order {number} still has {balance} yuan to pay: take the payment, put it on account, or a manager allows delivery with the balance open.</source>
        <translation>工单 {number} 还有 {balance} 元未付：请收款、挂账，或由经理批准欠款交车。</translation>
    </message>
    <message>
        <source>Only a service manager allows delivery with a balance open.</source>
        <translation>只有服务经理可以批准欠款交车。</translation>
    </message>
    <message>
        <source>Say why the settlement is corrected (for finance and the audit).</source>
        <translation>请说明更正结算的原因（供财务和审计）。</translation>
    </message>
    <message>
        <source>The order has {count} lines; the settlement was given {given}.</source>
        <translation>工单有 {count} 个项目；结算提交了 {given} 个。</translation>
    </message>
    <message>
        <source>Order {number} has nothing left to pay.</source>
        <translation>工单 {number} 已无欠款。</translation>
    </message>
    <message>
        <source>Labour line {row} has no technician: assign one before the car goes to the workshop.</source>
        <translation>工时项目第 {row} 行未指派维修技师：请在派工到车间之前指派。</translation>
    </message>
    <message>
        <source>Add at least one labour line with its technician before the car goes to the workshop.</source>
        <translation>派工到车间之前，请至少添加一条工时项目并指派维修技师。</translation>
    </message>
    <message>
        <source>Extra work cannot be added to an order that is {status}.</source>
        <translation>“{status}”状态的工单不能添加二次增修。</translation>
    </message>
    <message>
        <source>Mandatory fields filled</source>
        <translation>必填项完整</translation>
    </message>
    <message>
        <source>Every customer concern recorded</source>
        <translation>客户需求逐条记录</translation>
    </message>
    <message>
        <source>Extra work approved, priced and re-promised</source>
        <translation>增修项目有客户确认、金额和新交车时间</translation>
    </message>
    <message>
        <source>Promised time met or the customer told</source>
        <translation>按时交车或提前告知客户</translation>
    </message>
    <message>
        <source>QC signed by three different people, no gap</source>
        <translation>三级检验由三人签字、无缺级</translation>
    </message>
    <message>
        <source>Hand-over check before delivery</source>
        <translation>交车前检查在交车之前</translation>
    </message>
    <message>
        <source>Times in order</source>
        <translation>时间顺序正确</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN码</translation>
    </message>
    <message>
        <source>model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>mileage</source>
        <translation>进厂里程</translation>
    </message>
    <message>
        <source>fuel level</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>service category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <source>promised time</source>
        <translation>预估交车时间</translation>
    </message>
    <message>
        <source>customer waits or leaves</source>
        <translation>客户等待或离店</translation>
    </message>
    <message>
        <source>Not filled in: {fields}.</source>
        <translation>未填写：{fields}。</translation>
    </message>
    <message>
        <source>No customer concern.</source>
        <translation>没有记录客户需求。</translation>
    </message>
    <message>
        <source>{count} customer concern(s) left blank.</source>
        <translation>有 {count} 条客户需求为空。</translation>
    </message>
    <message>
        <source>who approved</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>how it was approved</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>when it was approved</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>the new promised time</source>
        <translation>新交车时间</translation>
    </message>
    <message>
        <source>Extra work {n} ({what}) lacks {gaps}.</source>
        <translation>第 {n} 项增修（{what}）缺少：{gaps}。</translation>
    </message>
    <message>
        <source>Extra work {n} ({what}) was recorded before the customer approved it.</source>
        <translation>第 {n} 项增修（{what}）在客户确认之前就已登记。</translation>
    </message>
    <message>
        <source>Extra work {n} ({what}): the new promised time is not after the approval.</source>
        <translation>第 {n} 项增修（{what}）：新交车时间不晚于确认时间。</translation>
    </message>
    <message>
        <source>The promised time passed {minutes} min ago, the car is not ready and the customer was not told.</source>
        <translation>预估交车时间已过 {minutes} 分钟，车辆未完工，也未告知客户。</translation>
    </message>
    <message>
        <source>Ready {minutes} min after the promised time and the customer was not told before.</source>
        <translation>比预估交车时间晚 {minutes} 分钟完工，且事先未告知客户。</translation>
    </message>
    <message>
        <source>Round {round}: level {level} has no signature but a higher level is signed.</source>
        <translation>第 {round} 轮：第 {level} 级未签字，但更高一级已签字。</translation>
    </message>
    <message>
        <source>Round {round}: the same person signed levels {first} and {level}.</source>
        <translation>第 {round} 轮：第 {first} 级和第 {level} 级由同一人签字。</translation>
    </message>
    <message>
        <source>Round {round}: ready for delivery without a final inspection.</source>
        <translation>第 {round} 轮：未经终检即待交车。</translation>
    </message>
    <message>
        <source>Delivered without a passed hand-over check before delivery.</source>
        <translation>交车前没有通过交车检查即已交车。</translation>
    </message>
    <message>
        <source>Opened before the car was checked in.</source>
        <translation>工单开立早于车辆进厂。</translation>
    </message>
    <message>
        <source>The promised time is before check-in.</source>
        <translation>预估交车时间早于进厂时间。</translation>
    </message>
    <message>
        <source>Round {round}: the self-check was signed before the work was finished.</source>
        <translation>第 {round} 轮：完工之前就已签署自检。</translation>
    </message>
    <message>
        <source>Round {round}: level {level} was signed before level {below}.</source>
        <translation>第 {round} 轮：第 {level} 级早于第 {below} 级签字。</translation>
    </message>
    <message>
        <source>Delivered before check-in.</source>
        <translation>交车时间早于进厂时间。</translation>
    </message>
    <message>
        <source>The document-audit rules in {source} cannot be read: {why}</source>
        <translation>无法读取单据检查规则 {source}：{why}</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>已免责</translation>
    </message>
    <message>
        <source>{day} has not ended yet: audit a day that is over.</source>
        <translation>{day} 尚未结束：请检查已结束的日期。</translation>
    </message>
    <message>
        <source>Audit at most {max} days at once.</source>
        <translation>一次最多检查 {max} 天。</translation>
    </message>
    <message>
        <source>Say why the finding is excused.</source>
        <translation>请说明免责原因。</translation>
    </message>
    <message>
        <source>This finding no longer exists.</source>
        <translation>此问题已不存在。</translation>
    </message>
    <message>
        <source>{name} decided this finding at the same time. Look at it again.</source>
        <translation>{name} 同时处理了此问题，请重新查看。</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待服务</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>维修进度</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>邀约</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>At the store</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Policy issued (won)</source>
        <translation>出单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Reached, call back later</source>
        <translation>接通，约定回电</translation>
    </message>
    <message>
        <source>Reached, would not talk</source>
        <translation>接通，拒绝沟通</translation>
    </message>
    <message>
        <source>Switched off or suspended</source>
        <translation>关机/停机</translation>
    </message>
    <message>
        <source>Wrong or empty number</source>
        <translation>空号/错号</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>已预存</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Renews elsewhere</source>
        <translation>在别处续保</translation>
    </message>
    <message>
        <source>Not the policy holder</source>
        <translation>不是投保人</translation>
    </message>
    <message>
        <source>Will decide later</source>
        <translation>以后再决定</translation>
    </message>
    <message>
        <source>Company car, insured by the company</source>
        <translation>单位车辆，由单位统一投保</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>其他（请写明原因）</translation>
    </message>
    <message>
        <source>The prepayment is {low} to {high} yuan of next year&apos;s premium; you typed {value}.</source>
        <translation>预存金额为明年保费的 {low} 至 {high} 元；您输入的是 {value}。</translation>
    </message>
    <message>
        <source>Choose the gift package the customer takes.</source>
        <translation>请选择客户选定的赠送礼包。</translation>
    </message>
    <message>
        <source>The package {name} is not offered for a claim of {amount} yuan: choose one of the list.</source>
        <translation>{amount} 元的理赔不提供礼包“{name}”：请从列表中选择。</translation>
    </message>
    <message>
        <source>Say why the customer declined.</source>
        <translation>请说明客户拒绝的原因。</translation>
    </message>
    <message>
        <source>“Other”: write the customer&apos;s reason in the note.</source>
        <translation>“其他”：请在备注中写下客户的原因。</translation>
    </message>
    <message>
        <source>Say why the offer is corrected: the reason is kept with the before and after in the audit log.</source>
        <translation>请说明更正原因：原因与更正前后的内容一起记入审计日志。</translation>
    </message>
    <message>
        <source>Keep the reason to {max} characters; it has {count}.</source>
        <translation>原因最多 {max} 个字，现在有 {count} 个。</translation>
    </message>
    <message>
        <source>Nothing was changed: correct a field, or cancel.</source>
        <translation>没有任何改动：请改正某一项，或取消。</translation>
    </message>
    <message>
        <source>The claim amount that starts the offer must be above zero.</source>
        <translation>触发邀约的理赔金额必须大于零。</translation>
    </message>
    <message>
        <source>The prepayment range needs a lowest amount above zero and not above the highest.</source>
        <translation>预存范围的最低金额必须大于零且不高于最高金额。</translation>
    </message>
    <message>
        <source>The advisor&apos;s bonus cannot be negative.</source>
        <translation>顾问奖励不能为负数。</translation>
    </message>
    <message>
        <source>Gift vouchers are valid for 1 to 1,095 days.</source>
        <translation>赠送代金券的有效期为 1 至 1,095 天。</translation>
    </message>
    <message>
        <source>Package {row}: it needs a name and a voucher value or a service with its worth.</source>
        <translation>礼包 {row}：需要名称，以及代金券金额或服务项目及其价值。</translation>
    </message>
    <message>
        <source>Package {row}: its band&apos;s upper amount must be above the claim amount that starts the offer.</source>
        <translation>礼包 {row}：所在档位的上限金额必须高于触发邀约的理赔金额。</translation>
    </message>
    <message>
        <source>One band must have no upper amount (every claim above the others), or large claims get nothing.</source>
        <translation>必须有一个档位不设上限（高于其他档位的所有理赔），否则大额理赔将没有礼包。</translation>
    </message>
    <message>
        <source>Insured elsewhere</source>
        <translation>已在他处投保</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Unhappy with our service</source>
        <translation>对服务不满</translation>
    </message>
    <message>
        <source>Unhappy with a claim</source>
        <translation>理赔体验差</translation>
    </message>
    <message>
        <source>Insurer chosen by the lender</source>
        <translation>贷款方指定保险公司</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>请选择通话结果。</translation>
    </message>
    <message>
        <source>This record is closed ({stage}): nothing more is logged on it.</source>
        <translation>此跟踪记录已结束（{stage}），不能再记录通话。</translation>
    </message>
    <message>
        <source>A record moves forward only: {current} cannot go back to {target}.</source>
        <translation>跟踪阶段只能向前：不能从{current}退回到{target}。</translation>
    </message>
    <message>
        <source>At most {most} characters.</source>
        <translation>最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Record the quote (insurer and premium) before {target}.</source>
        <translation>进入“{target}”之前，请先记录报价（保险公司和保费）。</translation>
    </message>
    <message>
        <source>A loss reason is given only when the record is lost.</source>
        <translation>只有战败时才填写战败原因。</translation>
    </message>
    <message>
        <source>A closed record has no next call: clear the date.</source>
        <translation>已结束的记录没有下次回访，请清空日期。</translation>
    </message>
    <message>
        <source>Enter the date of the next call.</source>
        <translation>请填写下次回访日期。</translation>
    </message>
    <message>
        <source>The next call cannot be in the past.</source>
        <translation>下次回访日期不能早于今天。</translation>
    </message>
    <message>
        <source>Enter the quoting insurer.</source>
        <translation>请填写报价的保险公司。</translation>
    </message>
    <message>
        <source>Enter the quoted premium.</source>
        <translation>请填写报价保费。</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>优惠不能为负数。</translation>
    </message>
    <message>
        <source>Choose why the renewal was lost.</source>
        <translation>请选择战败原因。</translation>
    </message>
    <message>
        <source>Which insurer did the customer go to?</source>
        <translation>客户在哪家保险公司投保了？</translation>
    </message>
    <message>
        <source>Say in the note why the renewal was lost.</source>
        <translation>请在备注中写明战败原因。</translation>
    </message>
    <message>
        <source>Enter the insurer.</source>
        <translation>请填写保险公司。</translation>
    </message>
    <message>
        <source>Enter the compulsory or the commercial expiry date.</source>
        <translation>请填写交强险或商业险的到期日。</translation>
    </message>
    <message>
        <source>The premium cannot be negative.</source>
        <translation>保费不能为负数。</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Reached: marks given</source>
        <translation>已接通：已评分</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>无效号码</translation>
    </message>
    <message>
        <source>Will come on a date</source>
        <translation>约定日期进店</translation>
    </message>
    <message>
        <source>Not due yet by km</source>
        <translation>里程未到</translation>
    </message>
    <message>
        <source>Uses another shop</source>
        <translation>在别处保养</translation>
    </message>
    <message>
        <source>Car sold</source>
        <translation>车辆已卖</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬离本地</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Call again later</source>
        <translation>改日再打</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>No number on file</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <source>Wrong number: find the right one</source>
        <translation>号码错误：查找正确号码</translation>
    </message>
    <message>
        <source>No number on file: find one</source>
        <translation>无电话号码：补录号码</translation>
    </message>
    <message>
        <source>Car sold: record the new owner</source>
        <translation>车辆已卖：登记新车主</translation>
    </message>
    <message>
        <source>Reached, declined to answer</source>
        <translation>已接通，拒绝回答</translation>
    </message>
    <message>
        <source>Give a mark from 1 to 5.</source>
        <translation>请打 1 至 5 分。</translation>
    </message>
    <message>
        <source>A mark is from 1 to 5.</source>
        <translation>评分为 1 至 5 分。</translation>
    </message>
    <message>
        <source>Marks are kept only when the customer was reached.</source>
        <translation>只有接通客户时才记录评分。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The text contains a NUL character.</source>
        <translation>文字中含有空字符（NUL）。</translation>
    </message>
    <message>
        <source>Process not kept</source>
        <translation>流程执行</translation>
    </message>
    <message>
        <source>Slow work</source>
        <translation>维修进度</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Low mark on a satisfaction call</source>
        <translation>回访低分</translation>
    </message>
    <message>
        <source>Customer&apos;s call</source>
        <translation>客户来电</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Write down what the customer said, in their words.</source>
        <translation>请按客户原话记录投诉内容。</translation>
    </message>
    <message>
        <source>Name the order or the car&apos;s plate.</source>
        <translation>请填写工单号或车牌号。</translation>
    </message>
    <message>
        <source>Choose the cause before closing.</source>
        <translation>结案前请选择投诉原因。</translation>
    </message>
    <message>
        <source>Name the person responsible.</source>
        <translation>请指定责任人。</translation>
    </message>
    <message>
        <source>Record who apologised to the customer.</source>
        <translation>请记录向客户致歉的人。</translation>
    </message>
    <message>
        <source>Record the remedy or a consolation gift.</source>
        <translation>请记录补救措施或安慰礼。</translation>
    </message>
    <message>
        <source>Order {number} has not been delivered: no satisfaction call yet.</source>
        <translation>工单 {number} 尚未交车，暂不回访。</translation>
    </message>
    <message>
        <source>The customer of order {number} has already given their marks.</source>
        <translation>工单 {number} 的客户已经评过分。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Wrong part issued</source>
        <translation>发错配件</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>配件有缺陷</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>工单已取消</translation>
    </message>
    <message>
        <source>Old part kept for the customer</source>
        <translation>旧件交还客户</translation>
    </message>
    <message>
        <source>Old part scrapped</source>
        <translation>旧件报废</translation>
    </message>
    <message>
        <source>No old part</source>
        <translation>无旧件</translation>
    </message>
    <message>
        <source>Order {number} is {status}: parts are issued only to an order in the workshop.</source>
        <translation>工单 {number} 当前为“{status}”：只有在车间维修中的工单才能出库配件。</translation>
    </message>
    <message>
        <source>Order {number} is {status}: no parts can be returned from it.</source>
        <translation>工单 {number} 当前为“{status}”：不能再退库。</translation>
    </message>
    <message>
        <source>Order {number} is {status}: the parts are accounted for in the workshop, before the self-check.</source>
        <translation>工单 {number} 当前为“{status}”：配件去向须在车间、自检之前确认。</translation>
    </message>
    <message>
        <source>{part}: the quantity must be more than 0.</source>
        <translation>{part}：数量必须大于 0。</translation>
    </message>
    <message>
        <source>Part {part} is not on this order&apos;s parts lines.</source>
        <translation>配件 {part} 不在本工单的配件明细中。</translation>
    </message>
    <message>
        <source>{part}: the order needs {ordered} and {issued} are already issued; at most {left} more can be issued. More needs extra work approved by the customer first.</source>
        <translation>{part}：工单需要 {ordered}，已出库 {issued}，最多还能出库 {left}。再多须先由客户批准增修项目。</translation>
    </message>
    <message>
        <source>{part}: only {held} are issued to the order and not yet fitted; {quantity} cannot be returned.</source>
        <translation>{part}：已出库且未装车的只有 {held}，不能退库 {quantity}。</translation>
    </message>
    <message>
        <source>{part}: {fitted} fitted but only {held} issued to the order.</source>
        <translation>{part}：装车 {fitted}，但本工单只出库了 {held}。</translation>
    </message>
    <message>
        <source>{part}: the quantity fitted cannot be negative.</source>
        <translation>{part}：装车数量不能为负数。</translation>
    </message>
    <message>
        <source>{part}: the customer takes the old parts away (on the order): the old part cannot be scrapped.</source>
        <translation>{part}：工单上约定旧件交还客户，旧件不能报废。</translation>
    </message>
    <message>
        <source>{part}: the customer does not take the old parts (on the order): the old part is scrapped.</source>
        <translation>{part}：工单上约定客户不带走旧件，旧件应报废。</translation>
    </message>
    <message>
        <source>Choose the technician who takes the parts.</source>
        <translation>请选择领料的维修技师。</translation>
    </message>
    <message>
        <source>Enter a quantity for at least one part.</source>
        <translation>请至少为一种配件输入数量。</translation>
    </message>
    <message>
        <source>Say why the parts come back.</source>
        <translation>请说明退库原因。</translation>
    </message>
    <message>
        <source>Issued parts are not accounted for: {parts}. Mark each as fitted, or have the parts clerk take it back to stores, before the self-check is signed.</source>
        <translation>已出库的配件去向不明：{parts}。签自检之前，请逐项确认已装车，或由配件员退回库房。</translation>
    </message>
    <message>
        <source>Order {number} still holds parts issued from stores ({parts}): the parts clerk takes them back before the order is cancelled.</source>
        <translation>工单 {number} 仍有已出库的配件（{parts}）：须由配件员退回库房后才能取消工单。</translation>
    </message>
    <message>
        <source>Order {number} cannot be delivered: issued parts are neither fitted nor returned to stores ({parts}).</source>
        <translation>工单 {number} 不能交车：有已出库的配件既未装车也未退库（{parts}）。</translation>
    </message>
    <message>
        <source>There is no parts slip {ref}.</source>
        <translation>没有出库单 {ref}。</translation>
    </message>
    <message>
        <source>{name} works on no labour line of order {number}: parts go to a technician of the order.</source>
        <translation>{name} 不负责工单 {number} 的任何工时项目：配件只能发给本工单的维修技师。</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>老客户优惠</translation>
    </message>
    <message>
        <source>Complaint consolation</source>
        <translation>投诉安抚</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次进店</translation>
    </message>
    <message>
        <source>Package or voucher</source>
        <translation>套餐或代金券</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>内部员工</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Enter the discount, more than 0 yuan.</source>
        <translation>请输入折扣金额，须大于 0 元。</translation>
    </message>
    <message>
        <source>The discount ({amount} yuan) is more than what it is taken off ({base} yuan).</source>
        <translation>折扣（{amount} 元）超过了可折扣的金额（{base} 元）。</translation>
    </message>
    <message>
        <source>Choose the reason for the discount.</source>
        <translation>请选择折扣原因。</translation>
    </message>
    <message>
        <source>Say in the note what the discount is for.</source>
        <translation>请在备注中说明折扣的理由。</translation>
    </message>
    <message>
        <source>That {kind} line is no longer on the order: choose the line again.</source>
        <translation>该{kind}行已不在工单上，请重新选择。</translation>
    </message>
    <message>
        <source>A discount of {percent}% is above your limit of {limit}%: a service manager must approve it with their password now.</source>
        <translation>折扣 {percent}% 超出您的权限 {limit}%：须由服务经理当场输入密码批准。</translation>
    </message>
    <message>
        <source>The manager&apos;s user name or password is wrong.</source>
        <translation>经理的用户名或密码错误。</translation>
    </message>
    <message>
        <source>{name} is not a service manager and cannot approve this.</source>
        <translation>{name} 不是服务经理，不能批准。</translation>
    </message>
    <message>
        <source>Another person must approve: you cannot approve your own request.</source>
        <translation>须由他人批准：不能批准自己的申请。</translation>
    </message>
    <message>
        <source>Order {number} is {status}: no discount can be given on it.</source>
        <translation>工单 {number} 当前为“{status}”：不能再给折扣。</translation>
    </message>
    <message>
        <source>labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s approval</source>
        <translation>等待客户确认</translation>
    </message>
    <message>
        <source>Called to another job</source>
        <translation>调去做其他工作</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>{action} is not possible: the line is {state} for {name}.</source>
        <translation>不能{action}：{name} 在该项目上的状态是“{state}”。</translation>
    </message>
    <message>
        <source>Say why the work pauses.</source>
        <translation>请说明暂停原因。</translation>
    </message>
    <message>
        <source>The time is before the line&apos;s last entry at {time:%Y-%m-%d %H:%M}.</source>
        <translation>时间早于该项目上一条记录（{time:%Y-%m-%d %H:%M}）。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN 为 4 到 6 位数字。</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>PIN 错误。</translation>
    </message>
    <message>
        <source>{name} has no PIN yet: set one with your password first.</source>
        <translation>{name} 还没有 PIN：请先用密码设置。</translation>
    </message>
    <message>
        <source>{name} is not an active technician.</source>
        <translation>{name} 不是在职的维修技师。</translation>
    </message>
    <message>
        <source>Order {number} is {status}: the clock runs only in the workshop.</source>
        <translation>工单 {number} 当前为“{status}”：只有在车间维修中才能计时。</translation>
    </message>
    <message>
        <source>That labour line is no longer on order {number}: choose the line again.</source>
        <translation>该工时行已不在工单 {number} 上，请重新选择。</translation>
    </message>
    <message>
        <source>The work still estimated ends at {end:%Y-%m-%d %H:%M}: promise a time after it.</source>
        <translation>剩余工作预计 {end:%Y-%m-%d %H:%M} 完成：约定的交车时间须在此之后。</translation>
    </message>
    <message>
        <source>The customer cannot have been told in the future.</source>
        <translation>告知时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Choose how the customer was told.</source>
        <translation>请选择告知客户的方式。</translation>
    </message>
    <message>
        <source>Order {number} is on time: there is nothing to tell the customer.</source>
        <translation>工单 {number} 没有延误：无需告知客户。</translation>
    </message>
    <message>
        <source>The database {name} was written by a newer DealerDesk (revision {rev}). Install that version or a newer one to open it; the file was left untouched.</source>
        <translation>数据库 {name} 由更新版本的 DealerDesk 写入（版本 {rev}）。请安装该版本或更新的版本后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>A search holds at most {n} characters; this one has {length}. Shorten it.</source>
        <translation>搜索内容最多 {n} 个字符，当前有 {length} 个。请缩短。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged ({detail}). Nothing was changed. Restore the newest backup (dealerdesk restore, or ask your administrator); dealerdesk check shows what is damaged.</source>
        <translation>数据库文件 {path} 已损坏（{detail}）。本次未作任何更改。请恢复最新的备份（dealerdesk restore，或联系管理员）；dealerdesk check 可显示损坏之处。</translation>
    </message>
    <message>
        <source>The check at start found damage in the database file {path}: {detail}. Do not go on entering work: restore the newest backup (dealerdesk restore, or ask your administrator).</source>
        <translation>启动时的检查发现数据库文件 {path} 已损坏：{detail}。请不要继续录入工作：请恢复最新的备份（dealerdesk restore，或联系管理员）。</translation>
    </message>
    <message>
        <source>Backups here are for an SQLite file; back up a server database with its own tools (pg_dump).</source>
        <translation>此处的备份仅适用于 SQLite 文件；服务器数据库请用其自带工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并校验：{path}</translation>
    </message>
    <message>
        <source>{backup} restored to {path}.</source>
        <translation>{backup} 已恢复到 {path}。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {path}.</source>
        <translation>被替换的文件已保留为 {path}。</translation>
    </message>
    <message>
        <source>Copied {source} to {target}:</source>
        <translation>已将 {source} 复制到 {target}：</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables copied and verified in {seconds:.1f} s.</source>
        <translation>{tables} 张表共 {rows} 行已复制并校验，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <source>{name}: the kept order counts were rebuilt ({detail}).</source>
        <translation>{name}：已重建工单计数（{detail}）。</translation>
    </message>
    <message>
        <source>{name}: the kept order counts already matched the orders.</source>
        <translation>{name}：工单计数本来就与工单一致，无需重建。</translation>
    </message>
    <message>
        <source>The source database {name} is at schema {current}, this version needs {head}: start DealerDesk on it once to migrate it, then copy.</source>
        <translation>源数据库 {name} 的结构版本为 {current}，本版本需要 {head}：请先用 DealerDesk 打开它一次完成升级，再复制。</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>源数据库和目标数据库是同一个。</translation>
    </message>
    <message>
        <source>The target database {name} already holds data ({tables}); nothing was copied. Copy into a new, empty database.</source>
        <translation>目标数据库 {name} 中已有数据（{tables}），未复制任何内容。请复制到一个新的空数据库。</translation>
    </message>
    <message>
        <source>The copy of table {table} does not match its source ({source_rows} rows, {target_rows} copied): do not use the target.</source>
        <translation>表 {table} 的副本与源数据不一致（源 {source_rows} 行，已复制 {target_rows} 行）：请勿使用目标数据库。</translation>
    </message>
    <message>
        <source>This PC has no password store (keyring), so the password was not saved; it is asked at each start. On Linux install GNOME Keyring or KWallet.</source>
        <translation>本机没有密码库（钥匙串），因此密码未保存，每次启动时都会询问。在 Linux 上请安装 GNOME Keyring 或 KWallet。</translation>
    </message>
    <message>
        <source>The text holds an invisible control character (code {code}) at position {position}: delete it (it often comes with text copied from another program) and save again.</source>
        <translation>文本第 {position} 个字符处有一个看不见的控制字符（代码 {code}）：请删除它（它常随从其他程序复制的文本一起带入），然后重新保存。</translation>
    </message>
    <message>
        <source>Give the package a name.</source>
        <translation>请填写套餐名称。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>A named prepaid card may hold at most {limit} yuan; this package costs {price} yuan.</source>
        <translation>记名预付卡最多只能存 {limit} 元；该套餐价格为 {price} 元。</translation>
    </message>
    <message>
        <source>A package has 1 to {max} uses; you gave {uses}.</source>
        <translation>套餐次数须为 1 到 {max} 次；您填写的是 {uses}。</translation>
    </message>
    <message>
        <source>A rate is the share the customer pays, 0 to 100 (90 is 9折); use {use} has {rate}.</source>
        <translation>折扣率是客户实付的百分比，0 到 100（90 即 9折）；第 {use} 次填写的是 {rate}。</translation>
    </message>
    <message>
        <source>A package is valid for 1 to 3,650 days; you gave {days}.</source>
        <translation>套餐有效期须为 1 到 3,650 天；您填写的是 {days}。</translation>
    </message>
    <message>
        <source>The litres of oil per use cannot be negative.</source>
        <translation>每次机油升数不能为负数。</translation>
    </message>
    <message>
        <source>This vehicle&apos;s prepaid packages already hold {held} yuan; with this one they would hold {total} yuan, more than the {limit} yuan a named prepaid card may hold.</source>
        <translation>该车已有预付套餐余值 {held} 元；再购此套餐将达 {total} 元，超过记名预付卡 {limit} 元的上限。</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Type the rate of each use, e.g. 9折 8折 7折 or 90, 80, 70 (the share the customer pays); you typed {value}.</source>
        <translation>请填写每次的折扣，例如 9折 8折 7折 或 90, 80, 70（客户实付比例）；您填写的是 {value}。</translation>
    </message>
    <message>
        <source>Referral fund</source>
        <translation>转介绍购车基金</translation>
    </message>
    <message>
        <source>Insurance renewal gift</source>
        <translation>续保礼</translation>
    </message>
    <message>
        <source>Lost-customer recall</source>
        <translation>流失客户召回</translation>
    </message>
    <message>
        <source>Loyalty free service</source>
        <translation>忠诚客户免费服务</translation>
    </message>
    <message>
        <source>Towing</source>
        <translation>救援拖车</translation>
    </message>
    <message>
        <source>A value voucher needs its value.</source>
        <translation>代金券须填写面值。</translation>
    </message>
    <message>
        <source>Say which service the voucher covers.</source>
        <translation>请说明该券适用的服务项目。</translation>
    </message>
    <message>
        <source>Say why the voucher is given (for the audit).</source>
        <translation>请说明发券原因（用于审计）。</translation>
    </message>
    <message>
        <source>The voucher would be expired already on {date}.</source>
        <translation>该券有效期 {date} 已过。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>There is no vehicle {ref}.</source>
        <translation>没有车辆 {ref}。</translation>
    </message>
    <message>
        <source>There is no package sale {ref}.</source>
        <translation>没有套餐销售记录 {ref}。</translation>
    </message>
    <message>
        <source>Choose a month between 2000-01 and 2099-12.</source>
        <translation>请选择 2000-01 到 2099-12 之间的月份。</translation>
    </message>
    <message>
        <source>Line {row}: choose a package or a voucher, not both.</source>
        <translation>第 {row} 行：套餐和代金券只能选其一。</translation>
    </message>
    <message>
        <source>Line {row}: package {number} belongs to another vehicle.</source>
        <translation>第 {row} 行：套餐 {number} 属于其他车辆。</translation>
    </message>
    <message>
        <source>Line {row}: package {number} expired on {date}.</source>
        <translation>第 {row} 行：套餐 {number} 已于 {date} 过期。</translation>
    </message>
    <message>
        <source>Line {row}: package {number} has no use left (open orders already take {pending}).</source>
        <translation>第 {row} 行：套餐 {number} 已无剩余次数（未完工单已占用 {pending} 次）。</translation>
    </message>
    <message>
        <source>Line {row}: voucher {code} belongs to another customer.</source>
        <translation>第 {row} 行：代金券 {code} 属于其他客户。</translation>
    </message>
    <message>
        <source>Line {row}: voucher {code} expired on {date}.</source>
        <translation>第 {row} 行：代金券 {code} 已于 {date} 过期。</translation>
    </message>
    <message>
        <source>Line {row}: voucher {code} was redeemed on order {order}.</source>
        <translation>第 {row} 行：代金券 {code} 已在工单 {order} 上使用。</translation>
    </message>
    <message>
        <source>Line {row}: voucher {code} was taken back when its renewal offer was corrected.</source>
        <translation>第 {row} 行：代金券 {code} 已在更正续保邀约时收回。</translation>
    </message>
    <message>
        <source>Line {row}: voucher {code} is already chosen on open order {order}.</source>
        <translation>第 {row} 行：代金券 {code} 已被未完工单 {order} 选用。</translation>
    </message>
    <message>
        <source>Line {row}: the package or voucher chosen no longer exists.</source>
        <translation>第 {row} 行：所选套餐或代金券已不存在。</translation>
    </message>
    <message>
        <source>Package {number} has no use left for order {order}: take it off the order&apos;s lines first.</source>
        <translation>套餐 {number} 已无剩余次数可用于工单 {order}：请先从工单项目中取消该套餐。</translation>
    </message>
    <message>
        <source>Order {order} cannot be handed over: its voucher {code} was taken back when its renewal offer was corrected, so it cannot be redeemed. Ask a service manager.</source>
        <translation>工单 {order} 无法交车：其使用的代金券 {code} 已在更正续保邀约时收回，不能再使用。请联系服务经理处理。</translation>
    </message>
    <message>
        <source>The package {name} is no longer offered.</source>
        <translation>套餐 {name} 已停售。</translation>
    </message>
    <message>
        <source>There is no package template {ref}.</source>
        <translation>没有套餐模板 {ref}。</translation>
    </message>
    <message>
        <source>There is no ledger row {ref}.</source>
        <translation>没有台账记录 {ref}。</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed; book the movement again.</source>
        <translation>冲销记录不能再冲销；请重新登记该业务。</translation>
    </message>
    <message>
        <source>This ledger row was reversed already.</source>
        <translation>该台账记录已被冲销。</translation>
    </message>
    <message>
        <source>The sale of {number} cannot be reversed while uses are booked on it: reverse those first.</source>
        <translation>套餐 {number} 已有使用记录，不能冲销销售：请先冲销使用记录。</translation>
    </message>
    <message>
        <source>A prepaid package is paid when it is sold, never on account.</source>
        <translation>预付套餐须在销售时付款，不能挂账。</translation>
    </message>
    <message>
        <source>Say why the row is reversed (for finance and the audit).</source>
        <translation>请说明冲销原因（供财务和审计）。</translation>
    </message>
    <message>
        <source>There is no voucher {ref}.</source>
        <translation>没有代金券 {ref}。</translation>
    </message>
    <message>
        <source>The vehicle {vin} has no warranty start date: enter the date it was sold to its first owner.</source>
        <translation>车辆 {vin} 没有保修起始日期：请填写首任车主的购车日期。</translation>
    </message>
    <message>
        <source>The factory warranty of {vin} ended on {date}: an extension is sold only while it runs.</source>
        <translation>车辆 {vin} 的原厂保修已于 {date} 结束：延保只能在原厂保修期内购买。</translation>
    </message>
    <message>
        <source>The vehicle {vin} already has an extended warranty until {date}.</source>
        <translation>车辆 {vin} 已有延保，至 {date}。</translation>
    </message>
    <message>
        <source>Choose one of the extended-warranty offers.</source>
        <translation>请选择一种延保方案。</translation>
    </message>
    <message>
        <source>The warranty start cannot be in the future.</source>
        <translation>保修起始日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Order {number} has no settlement yet: settle it before printing.</source>
        <translation>工单 {number} 尚未结算：请先结算再打印。</translation>
    </message>
    <message>
        <source>Ordinary VAT invoice</source>
        <translation>增值税普通发票</translation>
    </message>
    <message>
        <source>Special VAT invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>Day-end report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 / 共 {total} 页</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>打印于 {when}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>结算笔数</translation>
    </message>
    <message>
        <source>Taken today (CNY)</source>
        <translation>当日收款（元）</translation>
    </message>
    <message>
        <source>Month to date (CNY)</source>
        <translation>本月累计（元）</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按经办人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Cash is net of the change given. On account is owed by fleet customers, not taken.</source>
        <translation>现金已扣除找零。挂账为车队客户欠款，未实收。</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Work order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <source>Owner&apos;s mobile</source>
        <translation>车主手机</translation>
    </message>
    <message>
        <source>Contact&apos;s mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Driver&apos;s mobile</source>
        <translation>驾驶人手机</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>{column} has a name but no mobile number.</source>
        <translation>{column}有姓名但没有手机号。</translation>
    </message>
    <message>
        <source>Usage {value} is not known: write 出租车 (taxi), 网约车 (ride-hailing), 公司车 (company car) or leave it empty.</source>
        <translation>无法识别用途“{value}”：请填写出租车、网约车、公司车，或留空。</translation>
    </message>
    <message>
        <source>Name the outlet that sent this list.</source>
        <translation>请填写发送此清单的二级网点名称。</translation>
    </message>
    <message>
        <source>An outlet name has at most {limit} characters.</source>
        <translation>网点名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The outlet {name} was deactivated: the service manager can reactivate it (Customer care, Care settings); or name the outlet that sent this list.</source>
        <translation>二级网点 {name} 已停用：服务经理可在“客户关怀 → 招揽设置”中重新启用；或填写实际发送此清单的网点。</translation>
    </message>
    <message>
        <source>There is no outlet {name} on file (was it renamed?): choose the outlet from the list, or check the list again and agree to add {name} as a new outlet.</source>
        <translation>系统中没有二级网点 {name}（是否已改名？）：请从列表中选择网点，或重新检查清单并同意新增网点 {name}。</translation>
    </message>
    <message>
        <source>Choose the file of the list.</source>
        <translation>请选择清单文件。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <source>{count} rows were rejected: import only the good rows, or correct the file and import it again.</source>
        <translation>有 {count} 行被拒收：只导入合格的行，或改正文件后重新导入。</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>结算人</translation>
    </message>
    <message>
        <source>Estimate (CNY)</source>
        <translation>预估金额（元）</translation>
    </message>
    <message>
        <source>Difference from the estimate (CNY)</source>
        <translation>与预估差额（元）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>结算项目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Discount (CNY)</source>
        <translation>优惠（元）</translation>
    </message>
    <message>
        <source>Net (CNY)</source>
        <translation>应收（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The customer pays (CNY)</source>
        <translation>客户应付（元）</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Change given (CNY)</source>
        <translation>找零（元）</translation>
    </message>
    <message>
        <source>Balance open (CNY)</source>
        <translation>欠款（元）</translation>
    </message>
    <message>
        <source>Invoice requested</source>
        <translation>开票申请</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Over the estimate, approved by {name}.</source>
        <translation>超出预估，已由 {name} 确认。</translation>
    </message>
    <message>
        <source>Correcting settlement no. {seq}: {reason}</source>
        <translation>第 {seq} 次更正结算：{reason}</translation>
    </message>
    <message>
        <source>Prices include VAT. Each line is rounded to the fen; totals are the sums of the lines.</source>
        <translation>价格含增值税。每个项目四舍五入到分；合计为各项目之和。</translation>
    </message>
    <message>
        <source>Of which VAT {rate}% (CNY)</source>
        <translation>其中增值税 {rate}%（元）</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Claim nos.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <source>Line {row} ({item}) settled at {now} instead of {was} yuan: {reason}</source>
        <translation>第 {row} 行（{item}）按 {now} 元结算，原为 {was} 元：{reason}</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Own new-car sales</source>
        <translation>本店新车销售</translation>
    </message>
    <message>
        <source>Second-tier outlet</source>
        <translation>二级网点</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>自来客户</translation>
    </message>
    <message>
        <source>From another dealer</source>
        <translation>他店转入</translation>
    </message>
    <message>
        <source>Taxi</source>
        <translation>出租车</translation>
    </message>
    <message>
        <source>Ride-hailing</source>
        <translation>网约车</translation>
    </message>
    <message>
        <source>Company car</source>
        <translation>公司车</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Usual driver</source>
        <translation>常用驾驶人</translation>
    </message>
    <message>
        <source>Settle order {number} first: the gift package depends on the claim&apos;s final amount.</source>
        <translation>请先结算工单 {number}：赠送礼包按理赔的最终金额确定。</translation>
    </message>
    <message>
        <source>Order {number} needs no renewal offer: it is not an insurance claim of {threshold} yuan or more.</source>
        <translation>工单 {number} 无需续保邀约：它不是 {threshold} 元及以上的事故理赔。</translation>
    </message>
    <message>
        <source>The renewal offer of order {number} is recorded already.</source>
        <translation>工单 {number} 的续保邀约已经记录。</translation>
    </message>
    <message>
        <source>The renewal offer is recorded at the hand-over, before delivery; order {number} is {status}.</source>
        <translation>续保邀约在交车检查时、交车之前记录；工单 {number} 当前为“{status}”。</translation>
    </message>
    <message>
        <source>Order {number} has no vehicle record, so the gift vouchers have no car to go on.</source>
        <translation>工单 {number} 没有车辆档案，赠送的代金券无法挂到车上。</translation>
    </message>
    <message>
        <source>Order {number} has no renewal offer recorded: there is nothing to correct.</source>
        <translation>工单 {number} 还没有记录续保邀约，无可更正。</translation>
    </message>
    <message>
        <source>{name} recorded this renewal offer: only they or a service manager may correct it.</source>
        <translation>此续保邀约由 {name} 记录：只有记录人或服务经理可以更正。</translation>
    </message>
    <message>
        <source>The gift voucher {code} was redeemed on order {order}: the gift cannot be taken back, so the package stays.</source>
        <translation>赠送的代金券 {code} 已在工单 {order} 上使用，礼品无法收回，礼包保持不变。</translation>
    </message>
    <message>
        <source>The gift voucher {code} is chosen on order {order}, which is not delivered yet: the gift cannot be taken back while an order uses it, so the package stays.</source>
        <translation>赠送的代金券 {code} 已被尚未交车的工单 {order} 选用：工单使用期间礼品无法收回，礼包保持不变。</translation>
    </message>
    <message>
        <source>Order {number} is an insurance claim of {amount} yuan: record the renewal offer (续保前移) and the customer&apos;s answer before delivery.</source>
        <translation>工单 {number} 是 {amount} 元的事故理赔：交车前请记录续保邀约（续保前移）及客户的答复。</translation>
    </message>
    <message>
        <source>Tick the car this call is about.</source>
        <translation>请勾选本次电话所涉及的车辆。</translation>
    </message>
    <message>
        <source>The vehicle no longer exists.</source>
        <translation>该车辆已不存在。</translation>
    </message>
    <message>
        <source>Say what was corrected (new number, new owner…).</source>
        <translation>请说明更正内容（新号码、新车主…）。</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <source>Someone has already resolved this entry.</source>
        <translation>该条目已由他人处理。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column}为空。</translation>
    </message>
    <message>
        <source>{column}: {value} is not a date (write it as 2026-11-30).</source>
        <translation>{column}：“{value}”不是日期（请写成 2026-11-30）。</translation>
    </message>
    <message>
        <source>{column}: {value} is in the future.</source>
        <translation>{column}：{value} 是将来的日期。</translation>
    </message>
    <message>
        <source>{column}: {value} is before 1990.</source>
        <translation>{column}：{value} 早于 1990 年。</translation>
    </message>
    <message>
        <source>{value} is already in row {row} of this file.</source>
        <translation>{value} 已在本文件第 {row} 行出现。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：没有写入任何数据。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a list ({reason}): save it as .xlsx or .csv and try again.</source>
        <translation>无法读取 {name}（{reason}）：请另存为 .xlsx 或 .csv 后重试。</translation>
    </message>
    <message>
        <source>{name} is not a .csv or .xlsx file.</source>
        <translation>{name} 不是 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>No header row found in {name}: the first rows should name the columns, such as {expected}.</source>
        <translation>{name} 中找不到表头：前几行应写明列名，例如 {expected}。</translation>
    </message>
    <message>
        <source>{name} has no column {missing}. The header found in row {row} reads: {found}.</source>
        <translation>{name} 缺少“{missing}”列。第 {row} 行的表头为：{found}。</translation>
    </message>
    <message>
        <source>{name} holds no rows under its header.</source>
        <translation>{name} 的表头下没有数据行。</translation>
    </message>
    <message>
        <source>A: 4 or more visits a year</source>
        <translation>A：每年入库 4 次及以上</translation>
    </message>
    <message>
        <source>B: 2-3 visits a year</source>
        <translation>B：每年入库 2-3 次</translation>
    </message>
    <message>
        <source>C: 1 visit a year</source>
        <translation>C：每年入库 1 次</translation>
    </message>
    <message>
        <source>D: no visit in a year</source>
        <translation>D：一年内未入库</translation>
    </message>
    <message>
        <source>The period {period} ends on {last}: reward it from the day after.</source>
        <translation>{period} 周期到 {last} 才结束：请从次日起回馈。</translation>
    </message>
    <message>
        <source>The least visits are 1 to 50; you gave {visits}.</source>
        <translation>最少入库次数为 1 到 50；您填的是 {visits}。</translation>
    </message>
    <message>
        <source>Reward 1 to {max} customers at a time; you gave {limit}.</source>
        <translation>每次回馈 1 到 {max} 位客户；您填的是 {limit}。</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请为细分命名。</translation>
    </message>
    <message>
        <source>A segment&apos;s name has at most {max} characters; this one has {length}.</source>
        <translation>细分名称最多 {max} 个字符；当前为 {length} 个。</translation>
    </message>
    <message>
        <source>{what}: the least ({low}) is more than the most ({high}).</source>
        <translation>{what}：最小值（{low}）大于最大值（{high}）。</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what}不能为负数。</translation>
    </message>
    <message>
        <source>Vehicle age</source>
        <translation>车龄</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Km per day</source>
        <translation>日均公里</translation>
    </message>
    <message>
        <source>The loyalty vouchers of {period} were already issued on {day} by {name}: a period is rewarded once.</source>
        <translation>{period} 的忠诚客户回馈券已由 {name} 于 {day} 发放：每个周期只回馈一次。</translation>
    </message>
    <message>
        <source>Another workstation has just issued the loyalty vouchers of {period}: a period is rewarded once.</source>
        <translation>另一台工作站刚刚发放了 {period} 的忠诚客户回馈券：每个周期只回馈一次。</translation>
    </message>
    <message>
        <source>Nobody came {visits} times or more in {period}: there is no one to reward.</source>
        <translation>{period} 内没有入库 {visits} 次及以上的客户：无人可回馈。</translation>
    </message>
    <message>
        <source>There is already a segment named {name}.</source>
        <translation>已有名为 {name} 的细分。</translation>
    </message>
    <message>
        <source>There is no segment {ref}.</source>
        <translation>没有细分 {ref}。</translation>
    </message>
    <message>
        <source>This vehicle is no longer on file.</source>
        <translation>此车辆已不在档案中。</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation>请填写车主姓名。</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>姓名最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A person is confirmed on the phone: enter the mobile first.</source>
        <translation>电话核实需要先填写手机号。</translation>
    </message>
    <message>
        <source>The sale date cannot be in the future.</source>
        <translation>销售日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>This renewal record no longer exists.</source>
        <translation>此续保跟踪记录已不存在。</translation>
    </message>
    <message>
        <source>{name} logged a call on this record since you opened it. Their call is shown now; what you typed is kept: check it and save again.</source>
        <translation>您打开此记录后，{name}已记录了一次通话。现已显示该通话；您填写的内容仍保留，请核对后再次保存。</translation>
    </message>
    <message>
        <source>There is no active renewal specialist to plan for: give someone that role first.</source>
        <translation>没有在职的续保专员可以安排计划，请先为员工分配该角色。</translation>
    </message>
    <message>
        <source>This vehicle no longer exists.</source>
        <translation>此车辆已不存在。</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Compulsory expiry</source>
        <translation>交强险到期日</translation>
    </message>
    <message>
        <source>Commercial expiry</source>
        <translation>商业险到期日</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>Last year&apos;s insurer</source>
        <translation>上年保险公司</translation>
    </message>
    <message>
        <source>VIN {vin} is not on file: import the car&apos;s sales list (or open a work order for it) first.</source>
        <translation>车架号 {vin} 不在系统中：请先导入该车的销售清单（或为其开一张工单）。</translation>
    </message>
    <message>
        <source>Neither the compulsory nor the commercial expiry is given.</source>
        <translation>交强险和商业险到期日都没有填写。</translation>
    </message>
    <message>
        <source>Care status of {day}: {vehicles} cars, {listed} customers on the call list.</source>
        <translation>{day} 客户关怀状态：{vehicles} 辆车，招揽名单 {listed} 位客户。</translation>
    </message>
    <message>
        <source>Care status of {day} was already computed: {listed} customers listed.</source>
        <translation>{day} 的客户关怀状态已计算：名单 {listed} 位客户。</translation>
    </message>
    <message>
        <source>This outlet is no longer on file.</source>
        <translation>该网点已不在系统中。</translation>
    </message>
    <message>
        <source>Enter the outlet&apos;s name.</source>
        <translation>请填写网点名称。</translation>
    </message>
    <message>
        <source>Another outlet is already named {name}: choose another name for this one, or first rename the other one.</source>
        <translation>已有另一个二级网点名为 {name}：请给本网点换一个名称，或先给那个网点改名。</translation>
    </message>
    <message>
        <source>The deactivated outlet {name} still has this name: choose another name for this one, or first rename the deactivated one (for example to {name} (closed)).</source>
        <translation>已停用的二级网点 {name} 仍占用此名称：请给本网点换一个名称，或先给已停用的网点改名（例如改为“{name}（已停用）”）。</translation>
    </message>
</context>
<context>
    <name>MondayPage</name>
    <message>
        <source>&amp;Week of:</source>
        <translation>周(&amp;W)：</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>No mark of 3 or less this week.</source>
        <translation>本周没有 3 分及以下的评分。</translation>
    </message>
    <message>
        <source>Lowest marks, in the customers&apos; words</source>
        <translation>最低评分及客户原话</translation>
    </message>
    <message>
        <source>What was decided: each weak point, who acts on it, by when — so that it does not happen again.</source>
        <translation>会议决定：每个薄弱环节由谁负责、何时完成——避免再次发生。</translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>保存纪要(&amp;S)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Saved by {name}.</source>
        <translation>由 {name} 保存。</translation>
    </message>
    <message>
        <source>Document audit: findings</source>
        <translation>单据检查：问题数</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Satisfaction calls: reached</source>
        <translation>满意度回访：接通数</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>新增投诉</translation>
    </message>
    <message>
        <source>Complaints closed</source>
        <translation>结案投诉</translation>
    </message>
    <message>
        <source>Complaints open now (late)</source>
        <translation>目前未结投诉（逾期）</translation>
    </message>
    <message>
        <source>Rework registered</source>
        <translation>登记返工</translation>
    </message>
    <message>
        <source>Last week beside the week before</source>
        <translation>上周与前一周对比</translation>
    </message>
    <message>
        <source>No mark of 3 or less.</source>
        <translation>没有 3 分及以下的评分。</translation>
    </message>
    <message>
        <source>Monday meeting</source>
        <translation>周一例会</translation>
    </message>
    <message>
        <source>Printed {when} by {name}</source>
        <translation>{name} 于 {when} 打印</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Calls reached</source>
        <translation>回访接通</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>交车台次</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>Save the Monday report</source>
        <translation>保存周一例会报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>MonthDiscountsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>On</source>
        <translation>折扣对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>给予人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>整单</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Sold (CNY)</source>
        <translation>售出金额（元）</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Discount (CNY)</source>
        <translation>优惠（元）</translation>
    </message>
    <message>
        <source>Oil owed at start (L)</source>
        <translation>期初应付机油（升）</translation>
    </message>
    <message>
        <source>Sold (L)</source>
        <translation>售出（升）</translation>
    </message>
    <message>
        <source>Used (L)</source>
        <translation>使用（升）</translation>
    </message>
    <message>
        <source>Expired (L)</source>
        <translation>过期（升）</translation>
    </message>
    <message>
        <source>Owed at end (L)</source>
        <translation>期末应付（升）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>&amp;Count</source>
        <translation>盘点(&amp;C)</translation>
    </message>
    <message>
        <source>Book &amp;expiries…</source>
        <translation>登记过期(&amp;E)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The month-end count is for the service manager and finance.</source>
        <translation>月末盘点由服务经理和财务进行。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The count balances.</source>
        <translation>盘点平衡。</translation>
    </message>
    <message>
        <source>The count does not balance: {sales}.</source>
        <translation>盘点不平衡：{sales}。</translation>
    </message>
    <message>
        <source>{n} package(s) expired.</source>
        <translation>{n} 个套餐已过期。</translation>
    </message>
    <message>
        <source>Save month-end count</source>
        <translation>保存月末盘点</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>Slip</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Issue / return</source>
        <translation>出库/退库</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已出库</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退库</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>e.g. WO20261130-0002</source>
        <translation>例如 WO20261130-0002</translation>
    </message>
    <message>
        <source>when there is no order</source>
        <translation>没有工单时填写</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>工单(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>投诉内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Open &amp;complaint</source>
        <translation>登记投诉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OdometerModel</name>
    <message>
        <source>Read on</source>
        <translation>读数日期</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里数</translation>
    </message>
    <message>
        <source>km per day since the reading before</source>
        <translation>距上次读数的日均公里</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>OfferBonusPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open offer…</source>
        <translation>打开邀约(&amp;O)…</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>邀约数</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>预存</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Prepay rate</source>
        <translation>预存率</translation>
    </message>
    <message>
        <source>Prepaid (CNY)</source>
        <translation>预存金额（元）</translation>
    </message>
    <message>
        <source>Bonus (CNY)</source>
        <translation>奖励（元）</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Claim (CNY)</source>
        <translation>理赔金额（元）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Gift package or reason</source>
        <translation>礼包或拒绝原因</translation>
    </message>
    <message>
        <source>No renewal offer was recorded in {month}. An offer is recorded at the hand-over of an insurance claim repair of {amount} yuan or more (Quality control → Renewal offer…).</source>
        <translation>{month} 没有记录续保邀约。{amount} 元及以上的事故理赔维修在交车时记录邀约（质量检验 → 续保邀约…）。</translation>
    </message>
    <message>
        <source>{month}: {offers} offers recorded, {prepaid} prepaid; bonus {bonus} yuan.</source>
        <translation>{month}：记录邀约 {offers} 次，预存 {prepaid} 位；奖励 {bonus} 元。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Renewal offers at hand-over and the advisors&apos; bonus</source>
        <translation>交车续保邀约及顾问奖励</translation>
    </message>
    <message>
        <source>Printed {when} by {name}</source>
        <translation>{name} 于 {when} 打印</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Per advisor</source>
        <translation>按服务顾问</translation>
    </message>
    <message>
        <source>The offers</source>
        <translation>邀约明细</translation>
    </message>
    <message>
        <source>Save the month&apos;s offers</source>
        <translation>保存本月邀约</translation>
    </message>
</context>
<context>
    <name>OfferSettingsBox</name>
    <message>
        <source>Renewal offer at a claim repair&apos;s hand-over (续保前移)</source>
        <translation>事故理赔交车续保邀约（续保前移）</translation>
    </message>
    <message>
        <source>Claims from</source>
        <translation>理赔金额达</translation>
    </message>
    <message>
        <source>yuan; prepay</source>
        <translation>元；预存</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Advisor&apos;s bonus</source>
        <translation>顾问奖励</translation>
    </message>
    <message>
        <source>yuan per prepaying customer; vouchers valid</source>
        <translation>元 / 每位预存客户；代金券有效期</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Add a package</source>
        <translation>添加礼包</translation>
    </message>
    <message>
        <source>Remove the package</source>
        <translation>删除礼包</translation>
    </message>
    <message>
        <source>Save the offer&apos;s terms</source>
        <translation>保存邀约条件</translation>
    </message>
    <message>
        <source>Prepay from</source>
        <translation>预存下限</translation>
    </message>
    <message>
        <source>Prepay to</source>
        <translation>预存上限</translation>
    </message>
    <message>
        <source>Package {row}</source>
        <translation>礼包 {row}</translation>
    </message>
    <message>
        <source>Saved. The next hand-over offers follow these terms.</source>
        <translation>已保存。之后的交车续保邀约按此条件执行。</translation>
    </message>
</context>
<context>
    <name>OrderPackages</name>
    <message>
        <source>{code} {name}: use {n} at {rate}, {left} left</source>
        <translation>{code} {name}：第{n}次 {rate}，剩余 {left} 次</translation>
    </message>
    <message>
        <source>{value} yuan off</source>
        <translation>抵扣 {value} 元</translation>
    </message>
    <message>
        <source>{code} voucher: {gives}, until {date}</source>
        <translation>{code} 代金券：{gives}，有效期至 {date}</translation>
    </message>
    <message>
        <source>{code} {name}: use {n} of {uses} at {rate}, −{amount}; {left} use(s) left</source>
        <translation>{code} {name}：第{n}次（共{uses}次）{rate}，优惠 {amount}；剩余 {left} 次</translation>
    </message>
    <message>
        <source> (booked at delivery)</source>
        <translation>（交车时扣次）</translation>
    </message>
    <message>
        <source>{code} voucher ({gives}): −{amount}</source>
        <translation>{code} 代金券（{gives}）：优惠 {amount}</translation>
    </message>
    <message>
        <source>Packages &amp;&amp; vouchers…</source>
        <translation>套餐及代金券…</translation>
    </message>
    <message>
        <source>Extended warranty: {years} year(s) / {km:,} km, until {date} or {end_km:,} km.</source>
        <translation>延保：{years} 年 / {km:,} 公里，至 {date} 或 {end_km:,} 公里。</translation>
    </message>
    <message>
        <source>Chosen: the discount is saved with the order.</source>
        <translation>已选择：优惠随工单保存。</translation>
    </message>
</context>
<context>
    <name>OutletChart</name>
    <message>
        <source>Cars sold in the last 12 months: came back or not</source>
        <translation>近12个月销售车辆：是否回厂</translation>
    </message>
    <message>
        <source>Came back for paid work</source>
        <translation>回厂付费</translation>
    </message>
    <message>
        <source>Never paid</source>
        <translation>无自付费报修</translation>
    </message>
</context>
<context>
    <name>OutletsBox</name>
    <message>
        <source>Second-tier outlets (二级网点)</source>
        <translation>二级网点</translation>
    </message>
    <message>
        <source>The service manager or an administrator renames and deactivates outlets.</source>
        <translation>网点的改名与停用由服务经理或系统管理员操作。</translation>
    </message>
    <message>
        <source>No outlet yet: one is added when a sales list or a vehicle record names it.</source>
        <translation>还没有网点：销售清单或车辆档案填写网点时会自动添加。</translation>
    </message>
    <message>
        <source>The outlets that send sales lists, with the cars sold through them. An outlet is added when a list or a vehicle record first names it. A deactivated outlet is no longer offered for a new list; its cars, its lists and the figures keep it.</source>
        <translation>报送销售清单的网点，及经其售出的车辆。清单或车辆档案第一次填写某网点时即自动添加。停用的网点在导入新清单时不再可选；其车辆、已导入的清单和月度指标仍保留该网点。</translation>
    </message>
    <message>
        <source>&amp;Outlet&apos;s new name:</source>
        <translation>网点新名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Change name</source>
        <translation>改名(&amp;C)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Nothing changed: the outlet is already named {name}.</source>
        <translation>名称未变：该网点已名为 {name}。</translation>
    </message>
    <message>
        <source>{old} is now named {new}, on its cars and lists too.</source>
        <translation>{old} 已改名为 {new}，其车辆和清单随之更新。</translation>
    </message>
    <message>
        <source>{name} is active again: it is offered for a new list.</source>
        <translation>{name} 已重新启用：导入新清单时可再次选择。</translation>
    </message>
    <message>
        <source>{name} is deactivated: it is no longer offered for a new list; its {cars} cars keep it.</source>
        <translation>{name} 已停用：导入新清单时不再可选；其 {cars} 辆车仍保留该网点。</translation>
    </message>
</context>
<context>
    <name>OutletsModel</name>
    <message>
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <source>Lists sent</source>
        <translation>报送清单数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated: not offered for a new list</source>
        <translation>已停用：新清单不再可选</translation>
    </message>
</context>
<context>
    <name>PackageRates</name>
    <message>
        <source>prepaid</source>
        <translation>已预付</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <source>Claim up to (CNY; empty: above the others)</source>
        <translation>理赔金额上限（元；空：高于其他档位）</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>礼包</translation>
    </message>
    <message>
        <source>Voucher (CNY)</source>
        <translation>代金券（元）</translation>
    </message>
    <message>
        <source>Service (e.g. towing within 50 km)</source>
        <translation>服务项目（如 50 公里内救援拖车）</translation>
    </message>
    <message>
        <source>Service worth (CNY)</source>
        <translation>服务价值（元）</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>套餐模板</translation>
    </message>
    <message>
        <source>Warranty ending</source>
        <translation>保修到期</translation>
    </message>
    <message>
        <source>Month-end count</source>
        <translation>月末盘点</translation>
    </message>
</context>
<context>
    <name>PackagesPaper</name>
    <message>
        <source>Printed {when} by {name}</source>
        <translation>{name} 打印于 {when}</translation>
    </message>
    <message>
        <source>Uses and their rates</source>
        <translation>使用次数及折扣</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户支付</translation>
    </message>
    <message>
        <source>Oil (L)</source>
        <translation>机油（升）</translation>
    </message>
    <message>
        <source>Each use covers</source>
        <translation>每次包含</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Prepaid package receipt</source>
        <translation>预付套餐收据</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 / 共 {total} 页</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Amount paid (CNY)</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>销售人</translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation>销售时间</translation>
    </message>
    <message>
        <source>A named prepaid card: at most 5,000 yuan. The package is used only on a work order for this vehicle; each use is booked when the car is handed over. Uses left at the end of the validity expire.</source>
        <translation>记名预付卡，余额不超过 5,000 元。套餐只能在本车工单上使用，交车时扣次；有效期结束时剩余次数作废。</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Sold (CNY)</source>
        <translation>售出金额（元）</translation>
    </message>
    <message>
        <source>Discount (CNY)</source>
        <translation>优惠（元）</translation>
    </message>
    <message>
        <source>Oil owed at start (L)</source>
        <translation>期初应付机油（升）</translation>
    </message>
    <message>
        <source>Sold (L)</source>
        <translation>售出（升）</translation>
    </message>
    <message>
        <source>Used (L)</source>
        <translation>使用（升）</translation>
    </message>
    <message>
        <source>Expired (L)</source>
        <translation>过期（升）</translation>
    </message>
    <message>
        <source>Owed at end (L)</source>
        <translation>期末应付（升）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Packages this month</source>
        <translation>本月套餐</translation>
    </message>
    <message>
        <source>Where the count does not balance</source>
        <translation>不平衡的套餐</translation>
    </message>
    <message>
        <source>Sale no.</source>
        <translation>销售单号</translation>
    </message>
    <message>
        <source>Oil owed in the ledger (L)</source>
        <translation>台账应付机油（升）</translation>
    </message>
    <message>
        <source>Uses left x litres (L)</source>
        <translation>剩余次数×每次升数（升）</translation>
    </message>
    <message>
        <source>Owed at start {start} + sold {sold} - used {used} - expired {expired} = {expected} L; counted {end} L.</source>
        <translation>期初 {start} + 售出 {sold} - 使用 {used} - 过期 {expired} = {expected} 升；盘点 {end} 升。</translation>
    </message>
    <message>
        <source>The count balances.</source>
        <translation>盘点平衡。</translation>
    </message>
    <message>
        <source>The count does not balance: see the packages listed above.</source>
        <translation>盘点不平衡：见上方所列套餐。</translation>
    </message>
    <message>
        <source>Prepaid packages: month-end count</source>
        <translation>预付套餐月末盘点表</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Packages sold</source>
        <translation>售出套餐</translation>
    </message>
    <message>
        <source>Reversals count against what they reverse. The oil owed at the end goes to the parts count.</source>
        <translation>冲销记录计入被冲销的业务。期末应付机油转配件盘点。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>PartsAccountBox</name>
    <message>
        <source>Parts issued to this order: tick what was fitted</source>
        <translation>本工单已出库的配件：请勾选已装车的配件</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Issued, not returned</source>
        <translation>已出库未退</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>已装车</translation>
    </message>
    <message>
        <source>Old part</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>已装车</translation>
    </message>
    <message>
        <source>Not fitted: {parts}. Take them back to the parts desk before signing.</source>
        <translation>未装车：{parts}。签字前请退回配件库。</translation>
    </message>
</context>
<context>
    <name>PartsCountModel</name>
    <message>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>工单数量</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已出库</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退库</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>已装车</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>车间在用</translation>
    </message>
    <message>
        <source>This time</source>
        <translation>本次数量</translation>
    </message>
</context>
<context>
    <name>PartsDeskPage</name>
    <message>
        <source>Scan the job card&apos;s code or type the order number, then Enter</source>
        <translation>扫描派工单上的条码或输入工单号，按回车</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>工单号(&amp;O)：</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>查找(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quantity this time (Enter: next part):</source>
        <translation>本次数量(&amp;Q)（回车：下一项）：</translation>
    </message>
    <message>
        <source>&amp;Technician (receives or brings back):</source>
        <translation>领料/退料技师(&amp;T)：</translation>
    </message>
    <message>
        <source>Return &amp;reason:</source>
        <translation>退库原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Issue (Ctrl+I)</source>
        <translation>出库(&amp;I)（Ctrl+I）</translation>
    </message>
    <message>
        <source>Take &amp;back (Ctrl+R)</source>
        <translation>退库(&amp;B)（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>打印单据(&amp;P)…</translation>
    </message>
    <message>
        <source>Slips of this order (double-click to print):</source>
        <translation>本工单的出库/退库单（双击打印）：</translation>
    </message>
    <message>
        <source>No order loaded.</source>
        <translation>尚未调出工单。</translation>
    </message>
    <message>
        <source>{number} · {status} · {plate} {model} · advisor {advisor}</source>
        <translation>{number} · {status} · {plate} {model} · 服务顾问 {advisor}</translation>
    </message>
    <message>
        <source>Not in the workshop: nothing can be issued to this order.</source>
        <translation>车辆不在车间维修中：本工单不能出库配件。</translation>
    </message>
    <message>
        <source>Slip {slip} recorded.</source>
        <translation>出库单 {slip} 已登记。</translation>
    </message>
    <message>
        <source>Return {slip} recorded.</source>
        <translation>退库单 {slip} 已登记。</translation>
    </message>
</context>
<context>
    <name>PartsLinesModel</name>
    <message>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
</context>
<context>
    <name>PasswordConfirmDialog</name>
    <message>
        <source>Confirm your signature</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签字(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>超时项目</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Week of:</source>
        <translation>周(&amp;W)：</translation>
    </message>
    <message>
        <source>Even split</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Keep each record&apos;s specialist</source>
        <translation>保持原跟进专员</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>分配规则(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Build plan</source>
        <translation>生成计划(&amp;B)</translation>
    </message>
    <message>
        <source>Adds what is new and hands the records of anyone who left to the others</source>
        <translation>加入新的客户，并把已离职专员的客户转给其他专员</translation>
    </message>
    <message>
        <source>{start} to {end}: not built yet</source>
        <translation>{start} 至 {end}：尚未生成</translation>
    </message>
    <message>
        <source>{start} to {end}: {n} calls planned</source>
        <translation>{start} 至 {end}：计划回访 {n} 个</translation>
    </message>
    <message>
        <source>Error: {n} cars whose policy is due a call this week are in nobody&apos;s plan. Build the plan.</source>
        <translation>错误：本周应回访的 {n} 辆车不在任何人的计划中。请生成计划。</translation>
    </message>
    <message>
        <source>Every car due a call this week is in someone&apos;s plan.</source>
        <translation>本周应回访的车辆都已列入计划。</translation>
    </message>
    <message>
        <source>No plan for this week yet.</source>
        <translation>本周尚无计划。</translation>
    </message>
    <message>
        <source>Nothing planned for them.</source>
        <translation>此专员本周没有计划回访。</translation>
    </message>
    <message>
        <source>Plan of the week of {start}: {added} added, {moved} handed to another specialist, {total} in all.</source>
        <translation>{start} 当周计划：新增 {added} 个，转给其他专员 {moved} 个，共 {total} 个。</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Call on</source>
        <translation>回访日</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>续保专员</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source> · called</source>
        <translation> · 已回访</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source>&amp;Choose policy list and check…</source>
        <translation>选择保单清单并检查(&amp;C)…</translation>
    </message>
    <message>
        <source>A policy list (.xlsx or .csv) needs the columns VIN, insurer and premium, and the compulsory (交强险) or commercial (商业险) expiry; the plate, policy number and last year&apos;s insurer are read when present. A car&apos;s policy of the same year is updated, not doubled.</source>
        <translation>保单清单（.xlsx 或 .csv）需要车架号、保险公司、保费列，以及交强险或商业险到期日；如有车牌、保单号和上年保险公司也会读取。同一辆车同一年度的保单会被更新，不会重复。</translation>
    </message>
    <message>
        <source>Import the insurance department&apos;s list</source>
        <translation>导入保险部的保单清单</translation>
    </message>
    <message>
        <source>Choose a policy list</source>
        <translation>选择保单清单</translation>
    </message>
    <message>
        <source>Policy lists (*.xlsx *.csv)</source>
        <translation>保单清单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Policy list: {file}</source>
        <translation>保单清单：{file}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>{file} imported: {created} new policies, {updated} updated, {rejected} rows rejected. Build the weekly plan again to give the new ones a specialist.</source>
        <translation>{file} 已导入：新增保单 {created} 张，更新 {updated} 张，拒绝 {rejected} 行。请重新生成每周计划，为新保单分配专员。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>单据(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print preview – {document} {number}</source>
        <translation>打印预览 – {document} {number}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>无页面</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>已另存为 PDF</translation>
    </message>
    <message>
        <source>The PDF was saved as:
{path}</source>
        <translation>PDF 已保存为：
{path}</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>无法启动打印机。请检查打印机是否已连接，然后重试。</translation>
    </message>
</context>
<context>
    <name>PromisedTimeEdit</name>
    <message>
        <source>e.g. 17:30, tomorrow 17:30</source>
        <translation>例如 17:30、明天 17:30</translation>
    </message>
    <message>
        <source>Type 17:30, 明天 17:30, tomorrow 17:30 or 2025-06-12 17:30; Up/Down: ±30 minutes</source>
        <translation>可输入 17:30、明天 17:30、后天 9:00 或 2025-06-12 17:30；上/下方向键：±30 分钟</translation>
    </message>
</context>
<context>
    <name>QcChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{text} (note required)</source>
        <translation>{text}（须填备注）</translation>
    </message>
    <message>
        <source>{answer} (by value)</source>
        <translation>{answer}（按测量值）</translation>
    </message>
</context>
<context>
    <name>QcHistoryDialog</name>
    <message>
        <source>QC history – {number}</source>
        <translation>质检记录 – {number}</translation>
    </message>
    <message>
        <source>No QC round yet: the work has not been finished.</source>
        <translation>尚无质检轮次：维修尚未完工。</translation>
    </message>
    <message>
        <source>Round {round}: {status} · {category} checklist v{version}, hand-over v{handover} · started {started} by {by}{ended}{road}</source>
        <translation>第 {round} 轮：{status} · {category}检查表 v{version}，交车前检查 v{handover} · {by} 于 {started} 开始{ended}{road}</translation>
    </message>
    <message>
        <source>, ended {time}</source>
        <translation>，{time} 结束</translation>
    </message>
    <message>
        <source> · road test {out}–{back} km</source>
        <translation> · 路试 {out}–{back} 公里</translation>
    </message>
    <message>
        <source>What {signer} signed for {level} on {time}:</source>
        <translation>{signer} 于 {time} 签署的“{level}”：</translation>
    </message>
</context>
<context>
    <name>QcLabels</name>
    <message>
        <source>L1 self-check</source>
        <translation>一级 自检</translation>
    </message>
    <message>
        <source>L2 team lead</source>
        <translation>二级 互检</translation>
    </message>
    <message>
        <source>L3 final</source>
        <translation>三级 终检</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>交车检查</translation>
    </message>
    <message>
        <source>In workshop</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Level 1: self-check</source>
        <translation>一级：自检</translation>
    </message>
    <message>
        <source>Level 2: team lead</source>
        <translation>二级：互检</translation>
    </message>
    <message>
        <source>Level 3: final inspection</source>
        <translation>三级：终检</translation>
    </message>
    <message>
        <source>Hand-over check</source>
        <translation>交车前检查</translation>
    </message>
    <message>
        <source>Ready to deliver</source>
        <translation>待交车</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>{level}: {outcome}, {signer}, {time}</source>
        <translation>{level}：{outcome}，{signer}，{time}</translation>
    </message>
    <message>
        <source>Round {round} failed at {level}</source>
        <translation>第 {round} 轮 {level} 未通过</translation>
    </message>
    <message>
        <source>Round {round} failed at {level} ({signer}, {time})</source>
        <translation>第 {round} 轮在“{level}”未通过（{signer}，{time}）</translation>
    </message>
    <message>
        <source>{item}: {value} {unit} (allowed {range}) – {note}</source>
        <translation>{item}：{value} {unit}（允许范围 {range}）– {note}</translation>
    </message>
    <message>
        <source>{item} – {note}</source>
        <translation>{item} – {note}</translation>
    </message>
    <message>
        <source>{headline}. Failed items:
{lines}</source>
        <translation>{headline}。不合格项目：
{lines}</translation>
    </message>
</context>
<context>
    <name>QcPage</name>
    <message>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Only what I can do &amp;now</source>
        <translation>只看我现在可处理的(&amp;N)</translation>
    </message>
    <message>
        <source>Order number or plate</source>
        <translation>工单号或车牌号</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>环节(&amp;S)：</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Open checklist…</source>
        <translation>打开检查表(&amp;O)…</translation>
    </message>
    <message>
        <source>Sett&amp;le…</source>
        <translation>结算(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>交车(&amp;D)</translation>
    </message>
    <message>
        <source>Finish &amp;work → QC</source>
        <translation>完工 → 质检(&amp;W)</translation>
    </message>
    <message>
        <source>Renewal off&amp;er…</source>
        <translation>续保邀约(&amp;E)…</translation>
    </message>
    <message>
        <source>续保前移: the renewal offer of a claim repair, before delivery</source>
        <translation>续保前移：事故理赔维修交车前的续保邀约</translation>
    </message>
    <message>
        <source>QC histor&amp;y…</source>
        <translation>质检记录(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Reopen level…</source>
        <translation>重新打开检验级别(&amp;R)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>{shown} of {total} orders · {mine} waiting for you</source>
        <translation>显示 {shown}/{total} 张工单 · {mine} 张待您处理</translation>
    </message>
    <message>
        <source>{count} cars are waiting, but none matches the stage, the search or “only what I can do now”.</source>
        <translation>有 {count} 辆车在等待，但没有一辆符合所选阶段、查找内容或“只看我现在能做的”。</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>显示全部 {count} 辆</translation>
    </message>
    <message>
        <source>No car is waiting for quality control. A car appears here when its order is dispatched to the workshop, and leaves when it is delivered.</source>
        <translation>没有等待质检的车辆。工单派工到车间后，车辆会出现在这里，交车后离开。</translation>
    </message>
    <message>
        <source>Finish the work on {number} ({plate}) and hand the car to QC?</source>
        <translation>确认 {number}（{plate}）已完工，并将车辆交给质检？</translation>
    </message>
    <message>
        <source>{failure}

Are these fixed? {question} A new QC round starts at level 1.</source>
        <translation>{failure}

以上问题是否均已修复？{question}新一轮质检将从一级（自检）开始。</translation>
    </message>
    <message>
        <source>Before the car leaves: make the renewal offer and record the answer.</source>
        <translation>交车之前：请向客户提出续保邀约并记录答复。</translation>
    </message>
    <message>
        <source>Delivery waits for the renewal offer: record the customer&apos;s answer first.</source>
        <translation>交车需先完成续保邀约：请先记录客户的答复。</translation>
    </message>
    <message>
        <source>Hand {number} ({plate}) over to the customer now?</source>
        <translation>现在将 {number}（{plate}）交车给客户吗？</translation>
    </message>
    <message>
        <source>{number} is delivered.</source>
        <translation>{number} 已交车。</translation>
    </message>
</context>
<context>
    <name>QcQueueModel</name>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>待办环节</translation>
    </message>
    <message>
        <source>Last signature</source>
        <translation>最近签字</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>预估交车</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>You can do this step now.</source>
        <translation>您现在可以处理这一步。</translation>
    </message>
    <message>
        <source>{stage} (round {round})</source>
        <translation>{stage}（第 {round} 轮）</translation>
    </message>
</context>
<context>
    <name>QcSignoffsModel</name>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation>重开人</translation>
    </message>
    <message>
        <source>Reopened at</source>
        <translation>重开时间</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>重开原因</translation>
    </message>
    <message>
        <source>{round} ({status})</source>
        <translation>{round}（{status}）</translation>
    </message>
    <message>
        <source>Reopened by a manager: this signature no longer counts, and stays in the history.</source>
        <translation>已由服务经理重新打开：此签字不再有效，但保留在历史记录中。</translation>
    </message>
</context>
<context>
    <name>QualityModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>清单数</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>报送行数</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Late share</source>
        <translation>迟报比例</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Customer pays (CNY)</source>
        <translation>客户应付（元）</translation>
    </message>
    <message>
        <source>Balance open (CNY)</source>
        <translation>欠款（元）</translation>
    </message>
    <message>
        <source>On account (CNY)</source>
        <translation>挂账（元）</translation>
    </message>
</context>
<context>
    <name>RedemptionDialog</name>
    <message>
        <source>Packages and vouchers</source>
        <translation>套餐及代金券</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Package or voucher</source>
        <translation>套餐或代金券</translation>
    </message>
    <message>
        <source>Discount (CNY)</source>
        <translation>优惠（元）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>This vehicle has no valid package or voucher.</source>
        <translation>该车没有可用的套餐或代金券。</translation>
    </message>
    <message>
        <source>Discount in all: {amount} CNY</source>
        <translation>优惠合计：{amount} 元</translation>
    </message>
</context>
<context>
    <name>RegisterExternalDialog</name>
    <message>
        <source>Register external rework</source>
        <translation>登记外返</translation>
    </message>
    <message>
        <source>optional: the order opened for the return</source>
        <translation>可选：为本次返厂开立的工单</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>客户反映的问题（按客户原话）</translation>
    </message>
    <message>
        <source>&amp;Delivered order:</source>
        <translation>原工单（已交车）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Return order:</source>
        <translation>返厂工单(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What came back:</source>
        <translation>返修问题(&amp;W)：</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>登记(&amp;G)</translation>
    </message>
</context>
<context>
    <name>RenewalArea</name>
    <message>
        <source>&amp;Today&apos;s calls</source>
        <translation>今日回访(&amp;T)</translation>
    </message>
    <message>
        <source>Weekly &amp;plan</source>
        <translation>每周计划(&amp;P)</translation>
    </message>
    <message>
        <source>Polic&amp;y lists</source>
        <translation>保单清单(&amp;Y)</translation>
    </message>
    <message>
        <source>Loss &amp;analysis</source>
        <translation>战败分析(&amp;A)</translation>
    </message>
    <message>
        <source>Hand-over offers &amp;&amp; bonus &amp;ledger</source>
        <translation>交车邀约与奖励台账(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RenewalPaper</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>RenewalSettingsBox</name>
    <message>
        <source>Insurance renewals</source>
        <translation>保险续保</translation>
    </message>
    <message>
        <source>an even split</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>each record kept by its specialist</source>
        <translation>保持原跟进专员</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>首次回访在到期前</translation>
    </message>
    <message>
        <source>days before expiry; a plan of</source>
        <translation>天；计划周期</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>每人每天接通目标</translation>
    </message>
    <message>
        <source>connected calls a day; loss summary at</source>
        <translation>通；战败汇总时间</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Share the plan out by</source>
        <translation>计划分配方式：</translation>
    </message>
    <message>
        <source>Save renewal settings</source>
        <translation>保存续保设置</translation>
    </message>
    <message>
        <source>Saved. The next plan and today&apos;s list follow these settings.</source>
        <translation>已保存。下一次计划和今日回访列表将按此设置。</translation>
    </message>
</context>
<context>
    <name>ReopenLevelDialog</name>
    <message>
        <source>Reopen a signed QC level – {number}</source>
        <translation>重新打开已签字的检验级别 – {number}</translation>
    </message>
    <message>
        <source>{level} – {outcome}, {signer}, {time}</source>
        <translation>{level} – {outcome}，{signer}，{time}</translation>
    </message>
    <message>
        <source>Why the signature must be redone (kept in the history)</source>
        <translation>需要重新签字的原因（将保留在历史记录中）</translation>
    </message>
    <message>
        <source>The levels above the one reopened are reopened too. The signatures stay in the history; what they signed comes back as a draft to correct and sign again.</source>
        <translation>所选级别以上的各级也会一并重新打开。原签字保留在历史记录中；已签内容恢复为草稿，更正后重新签字。</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>{number} is ready for delivery: reopening {level} sends it back to awaiting QC, and the hand-over must wait until the levels are signed again.</source>
        <translation>{number} 已处于待交车状态：重新打开“{level}”会使其退回待质检，须等各级重新签字后才能进行交车前检查。</translation>
    </message>
    <message>
        <source>No level of this round is signed.</source>
        <translation>本轮尚无已签字的检验级别。</translation>
    </message>
</context>
<context>
    <name>RepairClassesBox</name>
    <message>
        <source>Repair-quality guarantee (comeback window) per service category</source>
        <translation>各维修类型的维修质量保证期（返修判定期限）</translation>
    </message>
    <message>
        <source>{category}:</source>
        <translation>{category}：</translation>
    </message>
    <message>
        <source>Save &amp;guarantee classes</source>
        <translation>保存质量保证期设置(&amp;G)</translation>
    </message>
    <message>
        <source>The guarantee classes were saved. New comebacks are checked against them.</source>
        <translation>质量保证期设置已保存，此后的返厂将据此判定。</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Delivered orders</source>
        <translation>交车台次</translation>
    </message>
    <message>
        <source>{kind} per 100</source>
        <translation>{kind}（每百台）</translation>
    </message>
    <message>
        <source>All reworks</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All per 100</source>
        <translation>合计（每百台）</translation>
    </message>
    <message>
        <source>First-time-right %</source>
        <translation>一次修复率 %</translation>
    </message>
    <message>
        <source>Cost (CNY)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>By technician</source>
        <translation>按维修技师</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>By cause</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By service category</source>
        <translation>按维修类型</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>No month</source>
        <translation>无月份</translation>
    </message>
    <message>
        <source>No technician named</source>
        <translation>未指定技师</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>无维修类型</translation>
    </message>
    <message>
        <source>{month} (to date)</source>
        <translation>{month}（截至今日）</translation>
    </message>
    <message>
        <source>{count} ({rate} per 100)</source>
        <translation>{count}（每百台 {rate}）</translation>
    </message>
    <message>
        <source>First-time-right</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>{rate} % ({right} of {total})</source>
        <translation>{rate}%（{total} 台中 {right} 台）</translation>
    </message>
    <message>
        <source>Cost of rework</source>
        <translation>返工费用</translation>
    </message>
    <message>
        <source>CNY {total} (labour {labour}, parts {parts})</source>
        <translation>{total} 元（工时费 {labour}，配件费 {parts}）</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Last 12 months</source>
        <translation>最近12个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>The rework reports are only for the service manager, QC inspectors, team leads and administrators. The rework register itself is open to you on the Rework page; ask the service manager for the figures.</source>
        <translation>返工报表仅供服务经理、质检员、班组长和系统管理员查看。您可以在“返工管理”页面查看返工登记；如需统计数据，请向服务经理索取。</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Export rework report</source>
        <translation>导出返工报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>报表已保存到 {path}。</translation>
    </message>
    <message>
        <source>Reworks</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Rework report</source>
        <translation>返工报表</translation>
    </message>
    <message>
        <source>Printed {when} by {name}</source>
        <translation>{name} 打印于 {when}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Save rework report</source>
        <translation>保存返工报表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Document aud&amp;it</source>
        <translation>单据检查(&amp;I)</translation>
    </message>
    <message>
        <source>Complain&amp;ts</source>
        <translation>投诉处理(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Monday meeting</source>
        <translation>周一例会(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ReworkChart</name>
    <message>
        <source>Reworks</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>First-time-right %</source>
        <translation>一次修复率 %</translation>
    </message>
</context>
<context>
    <name>ReworkDetailDialog</name>
    <message>
        <source>Rework record {id}</source>
        <translation>返工记录 {id}</translation>
    </message>
    <message>
        <source>— not decided —</source>
        <translation>— 未确定 —</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>— not yet classified —</source>
        <translation>— 尚未分类 —</translation>
    </message>
    <message>
        <source>&amp;Use the rework order&apos;s amounts</source>
        <translation>采用返修工单的金额(&amp;U)</translation>
    </message>
    <message>
        <source>Labour:</source>
        <translation>工时费：</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>配件费：</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>原因分析</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>发现的问题(&amp;F)：</translation>
    </message>
    <message>
        <source>Responsible &amp;technician:</source>
        <translation>责任技师(&amp;T)：</translation>
    </message>
    <message>
        <source>Cause &amp;category:</source>
        <translation>原因类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Cause &amp;detail:</source>
        <translation>具体原因(&amp;D)：</translation>
    </message>
    <message>
        <source>Corrective &amp;action:</source>
        <translation>纠正措施(&amp;A)：</translation>
    </message>
    <message>
        <source>Cost of the rework (CNY):</source>
        <translation>返工费用（元）：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save and c&amp;lose record</source>
        <translation>保存并关闭记录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when}（{name}）</translation>
    </message>
    <message>
        <source>QC level</source>
        <translation>质检级别</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>原工单</translation>
    </message>
    <message>
        <source>Rework order (the comeback)</source>
        <translation>返修工单（返厂）</translation>
    </message>
    <message>
        <source>reason for reopening: {reason}</source>
        <translation>重新打开原因：{reason}</translation>
    </message>
    <message>
        <source>registered as an external rework</source>
        <translation>登记为外返</translation>
    </message>
    <message>
        <source>recorded when the QC level failed</source>
        <translation>质检不合格时自动记录</translation>
    </message>
    <message>
        <source>analysis saved</source>
        <translation>保存原因分析</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭记录</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>{km:,} km</source>
        <translation>{km:,} 公里</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Customer concerns</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Reopen rework record</source>
        <translation>重新打开返工记录</translation>
    </message>
    <message>
        <source>Reason for reopening:</source>
        <translation>重新打开原因：</translation>
    </message>
</context>
<context>
    <name>ReworkPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <source>All causes</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>T&amp;echnician:</source>
        <translation>技师(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>原因(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Register e&amp;xternal rework…</source>
        <translation>登记外返(&amp;X)…</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>导出(&amp;P)…</translation>
    </message>
    <message>
        <source>Records: {n}</source>
        <translation>记录数：{n}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No rework record in this period matches: {filters}.</source>
        <translation>此期间没有符合以下条件的返工记录：{filters}。</translation>
    </message>
    <message>
        <source>Show every kind, technician, cause and status</source>
        <translation>显示所有类型、技师、原因和状态</translation>
    </message>
    <message>
        <source>No rework recorded from {start} to {end}. Records are added when a QC level fails, when the hand-over check sends a car back, and when a customer comes back with the same fault. Choose an earlier From date to see older ones.</source>
        <translation>{start} 至 {end} 没有返工记录。质检某一级不合格、交车检查退回车辆、或客户因同一故障返厂时会产生记录。要查看更早的记录，请把“从”的日期提前。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the rework register</source>
        <translation>导出返工登记表</translation>
    </message>
    <message>
        <source>Rework register</source>
        <translation>返工登记表</translation>
    </message>
    <message>
        <source>{n} records were saved to {path}.</source>
        <translation>已将 {n} 条记录保存到 {path}。</translation>
    </message>
    <message>
        <source>Select a rework record first.</source>
        <translation>请先选择一条返工记录。</translation>
    </message>
</context>
<context>
    <name>ReworkRegisterModel</name>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>QC level</source>
        <translation>质检级别</translation>
    </message>
    <message>
        <source>Responsible technician</source>
        <translation>责任技师</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cost (CNY)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Rework order</source>
        <translation>返修工单</translation>
    </message>
    <message>
        <source>Cause detail</source>
        <translation>原因说明</translation>
    </message>
</context>
<context>
    <name>RoundModel</name>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>Least visits</source>
        <translation>最少入库</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>券数</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已使用</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <source>Sale no.</source>
        <translation>销售单号</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Price (CNY)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Next use</source>
        <translation>下次使用</translation>
    </message>
    <message>
        <source>Oil owed (L)</source>
        <translation>应付机油（升）</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>use {n} at {rate}</source>
        <translation>第{n}次 {rate}</translation>
    </message>
    <message>
        <source>none left</source>
        <translation>已用完</translation>
    </message>
</context>
<context>
    <name>SatisfactionPage</name>
    <message>
        <source>The call</source>
        <translation>本次回访</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>1 very unhappy … 5 very happy</source>
        <translation>1 非常不满意 … 5 非常满意</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>客户原话(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Save call</source>
        <translation>保存回访(&amp;S)</translation>
    </message>
    <message>
        <source>Keep this call (Ctrl+S)</source>
        <translation>保存本次回访（Ctrl+S）</translation>
    </message>
    <message>
        <source>{n} customers to call today</source>
        <translation>今日待回访客户 {n} 位</translation>
    </message>
    <message>
        <source>Nobody to call today: every car delivered {first} to {last} days ago has given its marks.</source>
        <translation>今日无需回访：交车 {first} 至 {last} 天的车辆均已完成评分。</translation>
    </message>
    <message>
        <source>Choose a customer in the list.</source>
        <translation>请在名单中选择客户。</translation>
    </message>
    <message>
        <source>Brought by {name} {mobile}</source>
        <translation>送修人 {name} {mobile}</translation>
    </message>
    <message>
        <source>{number} · {plate} {model} · {category} · advisor {advisor}</source>
        <translation>{number} · {plate} {model} · {category} · 服务顾问 {advisor}</translation>
    </message>
    <message>
        <source>Low marks for: {items}.
Open a complaint now with the customer&apos;s words?</source>
        <translation>以下项目评分偏低：{items}。
现在用客户原话登记投诉吗？</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Orders with findings</source>
        <translation>有问题的工单</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>&amp;Saved:</source>
        <translation>已存细分(&amp;S)：</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>part of the name, e.g. 朗逸</source>
        <translation>车型名称的一部分，如 朗逸</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source> km/day</source>
        <translation> 公里/天</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>车型(&amp;M)：</translation>
    </message>
    <message>
        <source>Vehicle ag&amp;e:</source>
        <translation>车龄(&amp;E)：</translation>
    </message>
    <message>
        <source>M&amp;ileage:</source>
        <translation>里程(&amp;I)：</translation>
    </message>
    <message>
        <source>Km &amp;per day:</source>
        <translation>日均公里(&amp;P)：</translation>
    </message>
    <message>
        <source>Sol&amp;d by:</source>
        <translation>销售来源(&amp;D)：</translation>
    </message>
    <message>
        <source>Filters (all that are set must hold)</source>
        <translation>筛选条件（所设条件须同时满足）</translation>
    </message>
    <message>
        <source>Visit frequency (last 12 months)</source>
        <translation>入库频次（近12个月）</translation>
    </message>
    <message>
        <source>Usage (any of)</source>
        <translation>使用习惯（任一）</translation>
    </message>
    <message>
        <source>Care status of the day (any of)</source>
        <translation>当日客户状态（任一）</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>统计(&amp;C)</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source>Set the filters, then Count. With no filter set, every car is counted.</source>
        <translation>设置筛选条件后点“统计”。不设条件则统计全部车辆。</translation>
    </message>
    <message>
        <source>Expor&amp;t CSV…</source>
        <translation>导出 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>{name} (not on file)</source>
        <translation>{name}（已不在档案中）</translation>
    </message>
    <message>
        <source>The outlet {name} of this segment is no longer on file: no car is counted for it. Choose the outlet again (it may have been renamed), then save the segment.</source>
        <translation>此细分的二级网点 {name} 已不在档案中：按它统计不到任何车辆。请重新选择网点（可能已改名），然后保存细分。</translation>
    </message>
    <message>
        <source>No car matches every filter. Clear a filter, then Count again.</source>
        <translation>没有车辆满足全部条件。请清除某个条件后再统计。</translation>
    </message>
    <message>
        <source>{count} cars in this segment</source>
        <translation>本细分共 {count} 辆车</translation>
    </message>
    <message>
        <source>No filter is set: this segment would be every customer on file.

Save it anyway?</source>
        <translation>未设置任何筛选条件：这个细分将包含系统中的全部客户。

仍要保存吗？</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存细分</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>细分名称：</translation>
    </message>
    <message>
        <source>Delete the saved segment {name}?</source>
        <translation>删除已存细分 {name}？</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the segment</source>
        <translation>导出细分</translation>
    </message>
    <message>
        <source>{count} cars were exported to {path}.</source>
        <translation>已将 {count} 辆车导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>SellPackageDialog</name>
    <message>
        <source>Sell a package</source>
        <translation>销售套餐</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>No package is offered: the service manager adds them under Templates.</source>
        <translation>暂无在售套餐：请服务经理在“套餐模板”中添加。</translation>
    </message>
    <message>
        <source>{uses} uses: {rates}; valid {days} days</source>
        <translation>共 {uses} 次：{rates}；有效期 {days} 天</translation>
    </message>
    <message>
        <source>; {litres} L of oil per use</source>
        <translation>；每次机油 {litres} 升</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the clock PIN of {name}</source>
        <translation>设置 {name} 的计时 PIN</translation>
    </message>
    <message>
        <source>Pass&amp;word (yours, or an administrator&apos;s):</source>
        <translation>密码(&amp;W)（本人或管理员）：</translation>
    </message>
    <message>
        <source>New &amp;PIN (4 to 6 digits):</source>
        <translation>新 PIN(&amp;P)（4 到 6 位数字）：</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Dealership (printed on paper)</source>
        <translation>经销店信息（打印在单据上）</translation>
    </message>
    <message>
        <source> CNY/h</source>
        <translation> 元/小时</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>A shared PC locks after this many minutes nobody touched it (Ctrl+L: switch user)</source>
        <translation>共用电脑无人操作达到该分钟数后自动锁定（Ctrl+L：切换用户）</translation>
    </message>
    <message>
        <source>automatic (bundled or system Chinese font)</source>
        <translation>自动（内置或系统中文字体）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Dealer &amp;name:</source>
        <translation>经销店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>La&amp;bour rate:</source>
        <translation>工时单价(&amp;B)：</translation>
    </message>
    <message>
        <source>Paper f&amp;ont:</source>
        <translation>打印字体(&amp;O)：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>添加用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Advisor&apos;s discount li&amp;mit:</source>
        <translation>服务顾问折扣权限(&amp;M)：</translation>
    </message>
    <message>
        <source>One team per line, e.g. 机电一组</source>
        <translation>每行一个班组，例如：机电一组</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>默认语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Lock when &amp;idle for (minutes):</source>
        <translation>闲置锁定分钟数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Workshop teams:</source>
        <translation>维修班组(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Only a service manager or an administrator can change these.</source>
        <translation>只有服务经理或系统管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>服务器数据库由服务器自带工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>No backup yet. DealerDesk makes one, verified, at the first start of each day in {folder}.</source>
        <translation>尚无备份。DealerDesk 每天首次启动时会在 {folder} 中生成一份并校验。</translation>
    </message>
    <message>
        <source>Last backup: {time}, verified, in {path}. DealerDesk keeps 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>最近一次备份：{time}，已校验，位于 {path}。DealerDesk 保留 7 份每日、4 份每周和 12 份每月备份。</translation>
    </message>
    <message>
        <source>Chinese TrueType font</source>
        <translation>中文 TrueType 字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>The new language applies the next time DealerDesk starts.</source>
        <translation>新语言将在下次启动 DealerDesk 时生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Where the data is &amp;kept…</source>
        <translation>数据存放位置(&amp;K)…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>{name} 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Settle {number}</source>
        <translation>结算 {number}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <source>Why the amount changed</source>
        <translation>改价原因</translation>
    </message>
    <message>
        <source>as on the order</source>
        <translation>与工单一致</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>结算项目</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Customer approved the excess</source>
        <translation>超出预估的客户确认人</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>不开票</translation>
    </message>
    <message>
        <source>Invoice (title, tax ID)</source>
        <translation>发票（抬头、税号）</translation>
    </message>
    <message>
        <source>Allow delivery with the balance open (manager)</source>
        <translation>批准欠款交车（经理）</translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation>结算(&amp;S)</translation>
    </message>
    <message>
        <source>Total {gross}, discount {discount}, net {net} CNY.</source>
        <translation>合计 {gross}，优惠 {discount}，应收 {net} 元。</translation>
    </message>
    <message>
        <source>The customer pays {due} CNY ({capitals}).</source>
        <translation>客户应付 {due} 元（{capitals}）。</translation>
    </message>
    <message>
        <source>Of which VAT {rate}%: {vat} CNY.</source>
        <translation>其中增值税 {rate}%：{vat} 元。</translation>
    </message>
    <message>
        <source>Estimate {estimate}; difference {diff}.</source>
        <translation>预估 {estimate}；差额 {diff}。</translation>
    </message>
    <message>
        <source>More than {margin}% over the estimate: the customer&apos;s approval is needed.</source>
        <translation>超出预估 {margin}% 以上：须登记客户确认。</translation>
    </message>
    <message>
        <source>Paid {paid}; change {change}; balance open {balance} CNY.</source>
        <translation>已付 {paid}；找零 {change}；欠款 {balance} 元。</translation>
    </message>
    <message>
        <source>Save settlement statement</source>
        <translation>保存结算单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SettlementSettingsBox</name>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Show the VAT in the prices, at</source>
        <translation>显示价内增值税，税率</translation>
    </message>
    <message>
        <source>A final bill more than</source>
        <translation>结算金额超出预估</translation>
    </message>
    <message>
        <source>above the estimate needs the customer&apos;s approval</source>
        <translation>以上须记录客户确认</translation>
    </message>
    <message>
        <source>(on the settlement and its statement; prices include it)</source>
        <translation>（显示于结算及结算单；价格含税）</translation>
    </message>
    <message>
        <source>Save settlement settings</source>
        <translation>保存结算设置</translation>
    </message>
    <message>
        <source>Saved. Settlements from now on follow these settings.</source>
        <translation>已保存。此后的结算按此设置执行。</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>If the office server is starting or the network is down, wait a moment and try again.</source>
        <translation>如果办公室服务器正在启动或网络中断，请稍候再试。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Where the data is kept…</source>
        <translation>数据存放位置(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>TechniciansModel</name>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Billed h</source>
        <translation>结算工时</translation>
    </message>
    <message>
        <source>Clocked h</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Price (CNY)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Rate per use</source>
        <translation>每次折扣</translation>
    </message>
    <message>
        <source>Valid (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>Oil per use (L)</source>
        <translation>每次机油（升）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停售</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>e.g. 9折 8折 7折, or 0 for prepaid in full</source>
        <translation>例如 9折 8折 7折；全额预付填 0</translation>
    </message>
    <message>
        <source>Offered for sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price (CNY)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Rate per use</source>
        <translation>每次折扣</translation>
    </message>
    <message>
        <source>Valid (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>Oil per use (L)</source>
        <translation>每次机油（升）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>Only the service manager changes the templates.</source>
        <translation>只有服务经理可以修改套餐模板。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Open record…</source>
        <translation>打开跟踪记录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>重新读取列表（F5）</translation>
    </message>
    <message>
        <source>Team&apos;s calls due {day}: {n}</source>
        <translation>团队 {day} 应回访：{n} 个</translation>
    </message>
    <message>
        <source>Calls due {day}: {n}</source>
        <translation>{day} 应回访：{n} 个</translation>
    </message>
    <message>
        <source>Connected {n} of {target}</source>
        <translation>已接通 {n} / {target}</translation>
    </message>
    <message>
        <source>{calls} calls today, {unanswered} not answered (not counted)</source>
        <translation>今日通话 {calls} 次，未接通 {unanswered} 次（不计入）</translation>
    </message>
    <message>
        <source>No call due today: every record&apos;s next call is on a later day.</source>
        <translation>今日无需回访：所有记录的下次回访都在以后。</translation>
    </message>
    <message>
        <source>The day&apos;s loss summary</source>
        <translation>当日战败汇总</translation>
    </message>
    <message>
        <source>The day&apos;s loss summary opens at {hour}.</source>
        <translation>当日战败汇总于 {hour} 开放。</translation>
    </message>
    <message>
        <source>The day&apos;s loss summary ({hour})</source>
        <translation>当日战败汇总（{hour}）</translation>
    </message>
    <message>
        <source>No renewal lost today.</source>
        <translation>今日没有战败。</translation>
    </message>
    <message>
        <source>Lost today: {n} — {counts}</source>
        <translation>今日战败 {n} 个 — {counts}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Visits and rates, last 12 months ({span})</source>
        <translation>近12个月入库与比率（{span}）</translation>
    </message>
    <message>
        <source>Called in</source>
        <translation>招揽入库</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>自然入库</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入库次数</translation>
    </message>
    <message>
        <source>Return rate %</source>
        <translation>入库率 %</translation>
    </message>
    <message>
        <source>First-service rate %</source>
        <translation>首保率 %</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>— no team —</source>
        <translation>— 无班组 —</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Confirmed today</source>
        <translation>今日已核实</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近核实</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Sold &amp;through:</source>
        <translation>销售渠道(&amp;T)：</translation>
    </message>
    <message>
        <source>O&amp;utlet:</source>
        <translation>网点(&amp;U)：</translation>
    </message>
    <message>
        <source>Sale &amp;date:</source>
        <translation>销售日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>&amp;Save record</source>
        <translation>保存档案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>档案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>进厂记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>里程记录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>回访记录(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Vehicle {plate}</source>
        <translation>车辆 {plate}</translation>
    </message>
    <message>
        <source>{day} by {name}</source>
        <translation>{day} {name}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未核实</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>VehicleHistoryModel</name>
    <message>
        <source>Checked in</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Customer concerns</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>VehicleTab</name>
    <message>
        <source>Plate, VIN or mobile</source>
        <translation>车牌、VIN 或手机号</translation>
    </message>
    <message>
        <source>Find a vehicle by its plate, VIN or the owner&apos;s mobile.</source>
        <translation>按车牌、VIN 或车主手机号查找车辆。</translation>
    </message>
    <message>
        <source>&amp;Sell package…</source>
        <translation>销售套餐(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Receipt (PDF)…</source>
        <translation>收据 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>Issue v&amp;oucher…</source>
        <translation>发放代金券(&amp;O)…</translation>
    </message>
    <message>
        <source>Reverse &amp;ledger row…</source>
        <translation>冲销台账记录(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Warranty start…</source>
        <translation>保修起始(&amp;W)…</translation>
    </message>
    <message>
        <source>E&amp;xtended warranty…</source>
        <translation>延保(&amp;X)…</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>No vehicle matches {text}.</source>
        <translation>没有与 {text} 匹配的车辆。</translation>
    </message>
    <message>
        <source>{vehicle}: {uses} package use(s) left, {litres} L of prepaid oil owed.</source>
        <translation>{vehicle}：套餐剩余 {uses} 次，预存机油应付 {litres} 升。</translation>
    </message>
    <message>
        <source>Warranty start not known.</source>
        <translation>保修起始日期未知。</translation>
    </message>
    <message>
        <source>Factory warranty predicted to end {date} ({days} days).</source>
        <translation>原厂保修预计于 {date} 到期（{days} 天）。</translation>
    </message>
    <message>
        <source>Extended warranty until {date} or {km:,} km.</source>
        <translation>延保至 {date} 或 {km:,} 公里。</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存收据</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the ledger row to reverse.</source>
        <translation>请选择要冲销的台账记录。</translation>
    </message>
    <message>
        <source>Reverse ledger row</source>
        <translation>冲销台账记录</translation>
    </message>
    <message>
        <source>Why is {sale} reversed?</source>
        <translation>{sale} 冲销的原因？</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Plate, VIN (or its last 6 characters), or a mobile number</source>
        <translation>车牌、车架号（或后 6 位）或手机号</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open vehicle page…</source>
        <translation>打开车辆档案(&amp;O)…</translation>
    </message>
    <message>
        <source>Type a plate, a VIN or a mobile number and press Enter.</source>
        <translation>输入车牌、车架号或手机号后按回车。</translation>
    </message>
    <message>
        <source>No vehicle found for {text}.</source>
        <translation>没有找到“{text}”对应的车辆。</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Checked in</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>客户描述</translation>
    </message>
</context>
<context>
    <name>VouchersModel</name>
    <message>
        <source>{value} yuan off</source>
        <translation>抵扣 {value} 元</translation>
    </message>
    <message>
        <source>{service} free</source>
        <translation>{service} 免费</translation>
    </message>
    <message>
        <source> (up to {value} yuan)</source>
        <translation>（最高 {value} 元）</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Given for</source>
        <translation>发放原因</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Redeemed on</source>
        <translation>使用工单</translation>
    </message>
    <message>
        <source>Taken back {time}</source>
        <translation>已于 {time} 收回</translation>
    </message>
</context>
<context>
    <name>WarrantyModel</name>
    <message>
        <source>Call list</source>
        <translation>回访清单</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>km/day</source>
        <translation>公里/天</translation>
    </message>
    <message>
        <source>Predicted end</source>
        <translation>预计到期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Ends by</source>
        <translation>到期依据</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>km ({km:,})</source>
        <translation>里程（{km:,}）</translation>
    </message>
    <message>
        <source>date ({years} years)</source>
        <translation>日期（{years} 年）</translation>
    </message>
</context>
<context>
    <name>WarrantyStartDialog</name>
    <message>
        <source>Warranty start</source>
        <translation>保修起始</translation>
    </message>
    <message>
        <source>Sold to the first owner on</source>
        <translation>首任车主购车日期</translation>
    </message>
</context>
<context>
    <name>WarrantyTab</name>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Call lists on</source>
        <translation>回访清单日期</translation>
    </message>
    <message>
        <source>30 days: {d30} · 60 days: {d60} · 90 days: {d90}</source>
        <translation>30 天：{d30} · 60 天：{d60} · 90 天：{d90}</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>e.g. 刹车时有异响 – exactly as the customer says it</source>
        <translation>例如：刹车时有异响（照客户原话记录）</translation>
    </message>
    <message>
        <source>No labour line yet: Add labour line (Alt+A) or Insert adds one.</source>
        <translation>还没有工时项目：点“添加工时项目”(Alt+A) 或按 Insert 键添加。</translation>
    </message>
    <message>
        <source>No parts on this order: Add part or Insert adds a line.</source>
        <translation>本工单没有配件：点“添加配件”或按 Insert 键添加一行。</translation>
    </message>
    <message>
        <source>No extra work. When the workshop finds more to do, record the customer&apos;s approval with Add extra work… on an opened order.</source>
        <translation>没有二次增修。车间发现需要增加的项目时，在已开单的工单上用“添加二次增修…”记录客户的同意。</translation>
    </message>
    <message>
        <source>Nothing changed yet: each save of an opened order is listed here.</source>
        <translation>尚无修改：已开单工单的每次保存都会列在这里。</translation>
    </message>
    <message>
        <source>No earlier visit of this vehicle: its plate, VIN and mobile find none.</source>
        <translation>此车没有以往进厂记录：按车牌、VIN 和手机号都没有找到。</translation>
    </message>
    <message>
        <source>&amp;Add labour line</source>
        <translation>添加工时项目(&amp;A)</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <source>Enter or double-click: open that order</source>
        <translation>按 Enter 或双击：打开该工单</translation>
    </message>
    <message>
        <source>Remove labour line</source>
        <translation>删除工时项目</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>删除配件</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>mileage</source>
        <translation>进厂里程</translation>
    </message>
    <message>
        <source>fuel level</source>
        <translation>油量</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>车主姓名</translation>
    </message>
    <message>
        <source>owner mobile</source>
        <translation>车主手机号</translation>
    </message>
    <message>
        <source>who brought the car</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>their mobile</source>
        <translation>送修人手机号</translation>
    </message>
    <message>
        <source>category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>promised delivery</source>
        <translation>预估交车时间</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <source>advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>customer concerns</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>customer waits or leaves</source>
        <translation>客户等候或离店</translation>
    </message>
    <message>
        <source>labour lines</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>parts lines</source>
        <translation>配件项目</translation>
    </message>
    <message>
        <source>check-in time</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Lines total: {amount} CNY</source>
        <translation>项目合计：{amount} 元</translation>
    </message>
    <message>
        <source>last recorded {km:,} km</source>
        <translation>上次记录 {km:,} 公里</translation>
    </message>
    <message>
        <source>Which vehicle?</source>
        <translation>选择车辆</translation>
    </message>
    <message>
        <source>Several vehicles match. Choose one:</source>
        <translation>有多辆车符合条件，请选择一辆：</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Complaint {id} ({state}) of {day}: “{words}”</source>
        <translation>投诉 {id}（{state}），{day}：“{words}”</translation>
    </message>
    <message>
        <source>This customer complained recently: greet them yourself and check the concern with care.</source>
        <translation>该客户近期有投诉：请亲自接待，仔细核实客户需求。</translation>
    </message>
    <message>
        <source>Earlier visits: {count}; last {when} ({number}) – see the Vehicle history tab</source>
        <translation>此前进厂 {count} 次；最近一次 {when}（{number}）– 详见“车辆历史”页</translation>
    </message>
    <message>
        <source>Cannot open yet – still to do: {fields}</source>
        <translation>暂不能开单 – 尚需填写：{fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cannot save yet – still to do: {fields}</source>
        <translation>暂不能保存 – 尚需处理：{fields}</translation>
    </message>
    <message>
        <source>Complete: the order can be opened (Ctrl+Enter).</source>
        <translation>信息已完整：可以开单（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Open the order and send it on its way (Ctrl+Enter)</source>
        <translation>开单，进入后续流程（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <source>Work order {number} – {status}</source>
        <translation>工单 {number} – {status}</translation>
    </message>
    <message>
        <source>Settled {net} CNY; open balance {balance}, on account {account}</source>
        <translation>已结算 {net} 元；欠款 {balance}，挂账 {account}</translation>
    </message>
    <message>
        <source>(last saved by {name} at {time})</source>
        <translation>（{name} 于 {time} 最后保存）</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>New work order – the number is given when it is first saved</source>
        <translation>新建工单 – 首次保存时生成工单号</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview and print the work order or the job card (Ctrl+P)</source>
        <translation>预览并打印维修委托书或派工单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Labour {n}: {text}</source>
        <translation>工时 {n}：{text}</translation>
    </message>
    <message>
        <source>Part {n}: {text}</source>
        <translation>配件 {n}：{text}</translation>
    </message>
    <message>
        <source>The paper shows the order as last saved; your unsaved changes are not on it. Print anyway?</source>
        <translation>打印的是工单最后保存的内容，您尚未保存的修改不会出现在单据上。仍要打印吗？</translation>
    </message>
    <message>
        <source>{problem}

Is it right as typed?</source>
        <translation>{problem}

输入的内容确认无误吗？</translation>
    </message>
    <message>
        <source>Cannot dispatch to the workshop yet:</source>
        <translation>还不能派工到车间：</translation>
    </message>
    <message>
        <source>Keep what you typed in this work order?</source>
        <translation>是否保留您在此工单中输入的内容？</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌号(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 川A12345</source>
        <translation>例如：川A12345</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>车架号(&amp;V)：</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17位</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>车型(&amp;M)：</translation>
    </message>
    <message>
        <source>No plate yet (new car)</source>
        <translation>暂无车牌（新车）</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Mileage &amp;in (km):</source>
        <translation>进厂里程（公里）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Fuel level:</source>
        <translation>油量(&amp;F)：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner &amp;name:</source>
        <translation>车主姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Owner mo&amp;bile:</source>
        <translation>车主手机(&amp;B)：</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11位数字</translation>
    </message>
    <message>
        <source>The o&amp;wner brought the car</source>
        <translation>车主本人送修(&amp;W)</translation>
    </message>
    <message>
        <source>Their mobil&amp;e:</source>
        <translation>送修人手机(&amp;E)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>维修信息</translation>
    </message>
    <message>
        <source>Checked in:</source>
        <translation>进厂时间：</translation>
    </message>
    <message>
        <source>Es&amp;timate (CNY):</source>
        <translation>预估金额（元）(&amp;T)：</translation>
    </message>
    <message>
        <source>= lines total</source>
        <translation>= 项目合计</translation>
    </message>
    <message>
        <source>Valuables in the car:</source>
        <translation>车内贵重物品：</translation>
    </message>
    <message>
        <source>Intake dama&amp;ge:</source>
        <translation>接车车损(&amp;G)：</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>店内等候</translation>
    </message>
    <message>
        <source>leaves the car</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>Wash the car</source>
        <translation>洗车</translation>
    </message>
    <message>
        <source>Old parts ret&amp;urned to customer</source>
        <translation>旧件交还客户(&amp;U)</translation>
    </message>
    <message>
        <source>Extra work</source>
        <translation>二次增修</translation>
    </message>
    <message>
        <source>Advisor:</source>
        <translation>服务顾问：</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的内容覆盖</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>放弃我的修改，载入对方版本</translation>
    </message>
    <message>
        <source>Brought by:</source>
        <translation>送修人：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>维修类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Promised &amp;delivery:</source>
        <translation>预估交车时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Customer &amp;concerns – the customer&apos;s own words, one per line</source>
        <translation>客户描述(&amp;C) – 照客户原话记录，每行一条</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接车检查</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Labour</source>
        <translation>工时(&amp;L)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Pa&amp;rts</source>
        <translation>配件(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hange log</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
    <message>
        <source>Vehicle history</source>
        <translation>车辆历史</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>开单(&amp;O)</translation>
    </message>
    <message>
        <source>Dispatch to wor&amp;kshop</source>
        <translation>派工到车间(&amp;K)</translation>
    </message>
    <message>
        <source>Add e&amp;xtra work…</source>
        <translation>添加二次增修(&amp;X)…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>WorkOrdersModel</name>
    <message>
        <source>Order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>预估交车</translation>
    </message>
    <message>
        <source>Estimate (CNY)</source>
        <translation>预估金额（元）</translation>
    </message>
    <message>
        <source>The promised time {time} has passed: call the customer.</source>
        <translation>预估交车时间 {time} 已过：请致电客户。</translation>
    </message>
    <message>
        <source>Promised for {time}, within 30 minutes: call the customer if it will be late.</source>
        <translation>预估 {time} 交车，距现在不足30分钟：如将延误，请致电客户。</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>Order no., plate, VIN (any part), mobile or customer name</source>
        <translation>工单号、车牌号、车架号（可输入部分）、手机号或客户姓名</translation>
    </message>
    <message>
        <source>Not yet delivered</source>
        <translation>未交车</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>全部服务顾问</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部维修类型</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <source>Advis&amp;or:</source>
        <translation>服务顾问(&amp;O)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>维修类型(&amp;G)：</translation>
    </message>
    <message>
        <source>Checked in fro&amp;m:</source>
        <translation>进厂日期从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>新建工单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>打开所选工单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;job card</source>
        <translation>打印派工单(&amp;J)</translation>
    </message>
    <message>
        <source>Preview and print the selected order&apos;s job card</source>
        <translation>预览并打印所选工单的派工单</translation>
    </message>
    <message>
        <source>D&amp;iscount…</source>
        <translation>折扣(&amp;I)…</translation>
    </message>
    <message>
        <source>A discount on the selected order or one of its lines, with a reason</source>
        <translation>为选中的工单或其中一项给折扣，须写明原因</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>checked in {start} – {end}</source>
        <translation>进厂日期 {start} – {end}</translation>
    </message>
    <message>
        <source>{count} orders match, but the filters hide them:</source>
        <translation>有 {count} 张工单符合查找内容，但被筛选条件隐藏：</translation>
    </message>
    <message>
        <source>The filters hide all {count} orders:</source>
        <translation>筛选条件隐藏了全部 {count} 张工单：</translation>
    </message>
    <message>
        <source>• {filter}: hides {count}</source>
        <translation>• {filter}：隐藏 {count} 张</translation>
    </message>
    <message>
        <source>Show all {count} orders</source>
        <translation>显示全部 {count} 张工单</translation>
    </message>
    <message>
        <source>No order matches &quot;{text}&quot;. Type part of the plate, the VIN, the mobile, the order number or the customer&apos;s name.</source>
        <translation>没有工单符合“{text}”。请输入车牌、VIN、手机号、工单号或客户姓名的一部分。</translation>
    </message>
    <message>
        <source>No work orders yet. Open the first one with New order (Ctrl+N).</source>
        <translation>还没有工单。用“新建工单”(Ctrl+N) 开第一张。</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>No work orders yet. The service advisors open them at the front desk.</source>
        <translation>还没有工单。工单由前台服务顾问开立。</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>共 {count} 张工单</translation>
    </message>
    <message>
        <source>{count} orders – {due} promised within 30 minutes or overdue (tinted): call the customers</source>
        <translation>共 {count} 张工单 – {due} 张已超时或不足30分钟到预估交车时间（底色标出）：请致电客户</translation>
    </message>
    <message>
        <source>Select an order in the list first.</source>
        <translation>请先在列表中选择一张工单。</translation>
    </message>
</context>
<context>
    <name>WorkshopReportPage</name>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Efficiency and overruns</source>
        <translation>效率与超时</translation>
    </message>
    <message>
        <source>Discounts by month</source>
        <translation>月度折扣</translation>
    </message>
    <message>
        <source>No labour line was finished in this period.</source>
        <translation>该期间没有完工的工时项目。</translation>
    </message>
    <message>
        <source>Billed and clocked hours per technician</source>
        <translation>每位技师的结算工时与实际工时</translation>
    </message>
    <message>
        <source>Billed h</source>
        <translation>结算工时</translation>
    </message>
    <message>
        <source>Clocked h</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <source>Overruns by category</source>
        <translation>各维修类型的超时项目</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>超时项目</translation>
    </message>
    <message>
        <source>Efficiency per period (%)</source>
        <translation>各期效率（%）</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
</context>
</TS>
