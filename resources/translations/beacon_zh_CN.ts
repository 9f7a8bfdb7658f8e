<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+23"/>
        <source>About Beacon</source>
        <translation>关于 Beacon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beacon</source>
        <translation>Beacon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunities, organizations and contacts for business development in China&apos;s cell-therapy sector. Works offline; your data stays on this computer.</source>
        <translation>面向中国细胞治疗领域商务拓展的商机、机构与联系人管理。离线可用；数据保存在本机。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The data folder could not be opened here. Its path is above: copy it into your file manager.</source>
        <translation>无法在此打开数据文件夹。路径见上方：请复制到文件管理器中打开。</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/activities_page.py" line="+19"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+134"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Beacon is already open on %1; its window was brought forward.</source>
        <translation>Beacon 已在 %1 上打开，已将其窗口切换到前台。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Beacon cannot start</source>
        <translation>Beacon 无法启动</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Team server not reachable</source>
        <translation>无法连接团队服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beacon opens the database on this computer; File &gt; Connect to a team server… tries again.</source>
        <translation>Beacon 将打开本机上的数据库；可通过“文件 &gt; 连接团队服务器…”重试。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups_dialog.py" line="+29"/>
        <source>Daily, at start</source>
        <translation>每日（启动时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before undoing an import</source>
        <translation>撤销导入之前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a merge</source>
        <translation>合并之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before undoing a merge</source>
        <translation>撤销合并之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bulk delete</source>
        <translation>批量删除之前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+79"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Backups of this team database made with pg_dump, in %1. On a team server Beacon makes one when you ask; the server&apos;s administrator schedules the rest. Only the database&apos;s owner can make or restore them.</source>
        <translation>此团队数据库用 pg_dump 制作的备份，位于 %1。在团队服务器上，Beacon 只在您要求时制作备份；其余备份由服务器管理员安排。只有数据库的所有者才能制作或恢复备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified copies of this database, in %1. Beacon makes one each day it starts and before every import, undo of an import, upgrade and restore, and keeps the last day&apos;s, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translation>此数据库经过校验的副本，保存在 %1。Beacon 每天启动时以及每次导入、撤销导入、升级和恢复之前都会创建一份，并保留最近一天的全部备份，之后 12 天每天一份、10 周每周一份、9 个月每月一份。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+15"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Go back to the backup of %1?</source>
        <translation>恢复到 %1 的备份？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone on the team goes back to it: what anyone changed since then is replaced by the backup. What is there now is backed up first, so you can come back to it from this list.</source>
        <translation>团队中的每个人都会回到该备份：此后任何人所做的更改都会被备份替换。当前的数据会先备份，您可以从此列表中恢复它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything changed since then is replaced by the backup. What is there now is backed up first, so you can come back to it from this list.</source>
        <translation>此后的所有修改都将被该备份替换。当前的数据会先备份，您可以从此列表中恢复回来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board/board_page.py" line="+85"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All business lines</source>
        <translation>全部业务线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All modalities</source>
        <translation>全部疗法类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search (pinyin too)</source>
        <translation>搜索商机（支持拼音）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit stages…</source>
        <translation>编辑阶段…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✓  Drop here: won</source>
        <translation>✓  拖到此处：赢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗  Drop here: lost</source>
        <translation>✗  拖到此处：输单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%n open deals  ·  total ≈ %2  ·  weighted ≈ %3  (base currency %4)</source>
        <translation>
            <numerusform>%n 个进行中商机  ·  总额 ≈ %2  ·  加权 ≈ %3（本位币 %4）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open deals, none with a value yet</source>
        <translation>
            <numerusform>%n 个进行中商机，尚无金额</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rate for %1: not in the totals</source>
        <translation>%1 无汇率：未计入合计</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Someone else changed this deal meanwhile; the board now shows it as it is. Try again if it still applies.</source>
        <translation>其他人刚刚修改了这个商机，看板现已显示其最新状态。如仍需操作，请重试。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mark %1 as won</source>
        <translation>将 %1 标记为赢单</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark %1 as lost</source>
        <translation>将 %1 标记为输单</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as lost…</source>
        <translation>标记为输单…</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/board/card_delegate.py" line="+92"/>
        <source>No organization</source>
        <translation>无机构</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No value</source>
        <translation>无金额</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stale %1d</source>
        <translation>停滞 %1 天</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No next step</source>
        <translation>无下一步</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../ui/record_pages.py" line="+80"/>
        <source>Log contacts met here…</source>
        <translation>记录在此结识的联系人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log people met at the chosen conference, one after another</source>
        <translation>逐一记录在所选会议上结识的人</translation>
    </message>
</context>
<context>
    <name>ConflictReviewDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+43"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 saved this %2 while you were editing it. Choose what to keep for each field both of you changed; nothing is saved until you press Save.</source>
        <translation>在您编辑期间，%1 保存了这条%2。请为你们都修改过的每个字段选择保留哪一方的值；按“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+21"/>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+9"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not changed by you</source>
        <translation>您未修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your other changes are kept: %1.</source>
        <translation>您的其他修改会保留：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by %1, %2</source>
        <translation>%1 修改于 %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect_dialog.py" line="+52"/>
        <source>Connect to a team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work on your team&apos;s shared Beacon database. Your administrator gave you the server&apos;s address, your login and a password (beacon team add-user).</source>
        <translation>使用团队共享的 Beacon 数据库。管理员会提供服务器地址、您的登录名和密码（beacon team add-user）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. db.example.com</source>
        <translation>例如 db.example.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember it in ~/.pgpass (a file only you can read, used by PostgreSQL&apos;s tools too)</source>
        <translation>记在 ~/.pgpass 中（仅您本人可读的文件，PostgreSQL 工具也会使用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not remember it (ask every time)</source>
        <translation>不记住密码（每次询问）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no system keychain Beacon can use, so the password can be kept in ~/.pgpass instead.</source>
        <translation>此计算机没有 Beacon 可用的系统钥匙串，因此密码可改为保存在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connected; the password was not remembered.</source>
        <translation>已连接；密码未被记住。</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../../ui/connection_status.py" line="+31"/>
        <source>Team server %1  ·  %2</source>
        <translation>团队服务器 %1  ·  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team database on a server; you are signed in as %1.</source>
        <translation>服务器上的团队数据库；您的登录身份为 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file on this computer; changes are recorded as made by %1.</source>
        <translation>本机上的数据库文件；修改记录为 %1 所做。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  ·  not live</source>
        <translation>%1  ·  未实时同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made elsewhere are not shown until Beacon reconnects: %1</source>
        <translation>在 Beacon 重新连接之前，其他地方所做的修改不会显示：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made elsewhere show here as they happen.</source>
        <translation>其他地方所做的修改会实时显示在这里。</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../ui/daily_backup.py" line="+56"/>
        <source>This team server is backed up on the server, by whoever runs it</source>
        <translation>此团队服务器由其管理者在服务器上备份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making today&apos;s backup…</source>
        <translation>正在创建今天的备份…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today&apos;s backup is made and verified</source>
        <translation>今天的备份已创建并通过校验</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="+34"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close, from %1</source>
        <translation>预计成交月份（自 %1 起）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MMM</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMM&lt;br&gt;yy</source>
        <translation>M&lt;br&gt;yy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_page.py" line="+87"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All business lines</source>
        <translation>全部业务线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed from</source>
        <translation>结单日期从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Win rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won / lost</source>
        <translation>赢单 / 输单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days to win</source>
        <translation>平均赢单天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won value</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline, weighted</source>
        <translation>进行中商机（加权）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pipeline funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In base</source>
        <translation>折合本位币</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>相关记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue tasks and next steps</source>
        <translation>逾期任务和下一步</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Nothing is overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Weighted forecast by month</source>
        <translation>按月加权预测</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Top open opportunities</source>
        <translation>重点进行中商机</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No exchange rate to %1 for %2: those deals are left out of the totals and charts.</source>
        <translation>%2 没有折算为 %1 的汇率：这些商机未计入合计和图表。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No open deals with a value yet.</source>
        <translation>尚无带金额的进行中商机。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at %1 (rate of %2)</source>
        <translation>汇率 %1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not ranked, no rate: %1</source>
        <translation>无汇率，未参与排名：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/detail_panel.py" line="+35"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met at</source>
        <translation>结识于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts met here</source>
        <translation>在此结识的联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentive program</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a row in the list to see it here.</source>
        <translation>在列表中选择一行，即可在此查看详情。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log contacts met here…</source>
        <translation>记录在此结识的联系人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log people met at this conference, one after another</source>
        <translation>逐一记录在此会议上结识的人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 · changed %2 by %3</source>
        <translation>%1 · %3 于 %2 修改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From the market article: &quot;%1&quot;</source>
        <translation>来自市场文章：“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a vCard %1</source>
        <translation>来自 vCard %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No linked records.</source>
        <translation>没有关联记录。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed elsewhere</source>
        <translation>已在别处修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This %1 was deleted in another window since you opened it.</source>
        <translation>您打开此%1后，它已在另一个窗口中被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed is still in the form.</source>
        <translation>您输入的内容仍保留在表单中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not add the activity</source>
        <translation>无法添加活动</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <location filename="../../ui/duplicate_hint.py" line="+58"/>
        <source>Already in Beacon? %1</source>
        <translation>可能已在 Beacon 中：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open %1 instead</source>
        <translation>改为打开 %1(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/duplicates_dialog.py" line="+52"/>
        <location line="+5"/>
        <source>Find duplicates</source>
        <translation>查找重复记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Swap which one is kept</source>
        <translation>互换保留的记录(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep separate</source>
        <translation>保持为不同记录(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are different: never offer this pair again</source>
        <translation>两者不同：不再提示这一对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复记录…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not look for duplicates</source>
        <translation>无法查找重复记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for duplicates… %1 of %2 records</source>
        <translation>正在查找重复记录… 已查 %1 / %2 条</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maybe</source>
        <translation>可能</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 possible duplicate pair(s). Pairs with a matching email, WeChat ID, phone or id come first; names alike are only suggestions.</source>
        <translation>%1 对可能重复的记录。邮箱、微信号、电话或 ID 相同的排在前面；名称相近的仅为建议。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No possible duplicates.</source>
        <translation>没有可能重复的记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+16"/>
        <source>Your edit is still in the form; try again when it is fixed.</source>
        <translation>您的编辑仍保留在表单中；问题解决后请重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your edit is still in the form.</source>
        <translation>您的编辑仍保留在表单中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+54"/>
        <location line="+71"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything, one sheet per record type</source>
        <translation>全部数据，每种记录一个工作表</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>What I see: this list with its search, filters and columns (%n record(s))</source>
        <translation>
            <numerusform>当前所见：此列表及其搜索、筛选和列（%n 条记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Only the chosen records, with this list&apos;s columns (%n record(s))</source>
        <translation>
            <numerusform>仅所选记录，使用此列表的列（%n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a Summary sheet (pipeline by stage, forecast by month)</source>
        <translation>添加汇总表（按阶段的管道、按月的预测）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file keeps hidden Beacon ID and Version columns, so it can come back as an update. Stage, status, currency and kinds are drop-downs, in this window&apos;s language.</source>
        <translation>文件保留隐藏的 Beacon ID 和版本列，以便修改后重新导入进行更新。阶段、状态、币种和类型均为下拉选项，用语与本窗口的语言一致。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beacon pipeline %1.xlsx</source>
        <translation>Beacon 销售管道 %1.xlsx</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where to save the workbook.</source>
        <translation>请选择工作簿的保存位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1: %2.</source>
        <translation>已保存 %1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conferences</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incentive programmes</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/file_page.py" line="+29"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV, in English or Chinese, from colleagues or another CRM; or vCards (.vcf) from a phone or an address book.</source>
        <translation>Excel（.xlsx、.xlsm、.xls）、OpenDocument（.ods）或 CSV，中英文均可，来自同事或其他 CRM；也可以是手机或通讯录导出的 vCard（.vcf）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path of the file to import</source>
        <translation>要导入的文件路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and vCards (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.htm *.html *.mht *.mhtml *.xml *.vcf)</source>
        <translation>表格和 vCard (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.htm *.html *.mht *.mhtml *.xml *.vcf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/activities_page.py" line="+7"/>
        <location filename="../../ui/record_pages.py" line="-34"/>
        <location line="+47"/>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/record_pages.py" line="-65"/>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="-14"/>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any city</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing: any time</source>
        <translation>预计成交：不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any business line</source>
        <translation>全部业务线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step: any time</source>
        <translation>下一步：不限时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any country</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any conference</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="+86"/>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="+48"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/import_history.py" line="+28"/>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every import is one batch: undoing it deletes what it created and puts back what it changed, unless those records were edited since.</source>
        <translation>每次导入都是一个批次：撤销时会删除它创建的记录，并恢复它修改的记录，除非这些记录之后又被编辑过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported into this database yet. File &gt; Import… brings in workbooks and vCards.</source>
        <translation>此数据库尚未导入任何内容。通过“文件 &gt; 导入…”可导入工作簿和 vCard。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Undo the merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the data</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” cannot be undone: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo %n merge(s)</source>
        <translation>
            <numerusform>撤销 %n 次合并</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The merge cannot be undone: %1</source>
        <translation>无法撤销合并：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The merge was undone: both records are back. “%1” can be undone now.</source>
        <translation>合并已撤销：两条记录都已恢复。现在可以撤销“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/choices.py" line="+33"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="+32"/>
        <source>Import from a spreadsheet or vCards</source>
        <translation>从表格或 vCard 导入</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+17"/>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incentive program</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../tracker/catalogue/fields.py" line="+116"/>
        <location filename="../../ui/labels.py" line="+1"/>
        <source>Conferences</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="+1"/>
        <source>Incentive programs</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../tracker/catalogue/fields.py" line="-44"/>
        <location line="+18"/>
        <location line="+78"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+21"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+117"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+33"/>
        <location line="+57"/>
        <location line="+11"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modalities</source>
        <translation>疗法类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <location line="+14"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="+6"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../tracker/catalogue/fields.py" line="-62"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <location line="+75"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="+1"/>
        <location line="+26"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../tracker/catalogue/fields.py" line="-118"/>
        <location line="+24"/>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="-25"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tracker/catalogue/fields.py" line="-25"/>
        <location line="+26"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept on the basis of</source>
        <translation>保存依据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lost because</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Beacon ID</source>
        <translation>Beacon ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in another system</source>
        <translation>其他系统中的 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in notes</source>
        <translation>保留在备注中</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Organization&apos;s ID in another system</source>
        <translation>机构在其他系统中的 ID</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Organization&apos;s phones</source>
        <translation>机构电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone extension</source>
        <translation>分机号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Is a company (row is an organization)</source>
        <translation>是否公司（该行为机构）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact&apos;s job title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact&apos;s emails</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact&apos;s phones</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Won (yes or no)</source>
        <translation>是否赢单（是/否）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (yes or no)</source>
        <translation>是否关闭（是/否）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Business line</source>
        <translation>业务线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approach</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modality</source>
        <translation>疗法类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+51"/>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issued by</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eligibility</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deadline</source>
        <translation>申报截止日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/labels.py" line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incentive program</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+33"/>
        <location line="+45"/>
        <location line="+12"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+33"/>
        <location line="+45"/>
        <location line="+12"/>
        <location line="+16"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="-1"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drug developer</source>
        <translation>药物研发企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CDMO</source>
        <translation>CDMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRO</source>
        <translation>CRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharma</source>
        <translation>制药企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell-line developer</source>
        <translation>细胞系开发商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruments &amp; consumables</source>
        <translation>仪器与耗材</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investor</source>
        <translation>投资机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultancy</source>
        <translation>咨询公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>高校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDMO/CRO partnership</source>
        <translation>CDMO/CRO 合作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigator-initiated trial</source>
        <translation>研究者发起的临床研究（IIT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensing</source>
        <translation>授权许可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>代理分销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business card</source>
        <translation>名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public source</source>
        <translation>公开来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding</source>
        <translation>资金支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical resources</source>
        <translation>临床资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator support</source>
        <translation>孵化加速支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory fast track</source>
        <translation>审评审批快速通道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>市场文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed in</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close date passed</source>
        <translation>预计成交日期已过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing this month</source>
        <translation>本月成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing this quarter</source>
        <translation>本季度成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing next quarter</source>
        <translation>下季度成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing this year</source>
        <translation>本年成交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../tracker/catalogue/fields.py" line="-93"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/language_menu.py" line="+18"/>
        <source>The new language is used from the next time Beacon starts.</source>
        <translation>新语言将在下次启动 Beacon 时生效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../ui/board/lost_dialog.py" line="+20"/>
        <location line="+20"/>
        <source>Mark as lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Why was &lt;b&gt;%1&lt;/b&gt; lost?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 为何输单？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Went with a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing: project on hold</source>
        <translation>时机：项目暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No response</source>
        <translation>没有回应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory obstacle</source>
        <translation>监管障碍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms not agreed</source>
        <translation>条款未谈拢</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+72"/>
        <location line="+13"/>
        <source>Beacon</source>
        <translation>Beacon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+K  search anywhere
Ctrl+N  new record</source>
        <translation>Ctrl+K  全局搜索
Ctrl+N  新建记录</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;history…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect to a team server…</source>
        <translation>连接团队服务器(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the database on this &amp;computer</source>
        <translation>使用本机上的数据库(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy records from a database &amp;file…</source>
        <translation>从数据库文件复制记录(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a laptop&apos;s records to the team server, with their history</source>
        <translation>将笔记本电脑上的记录连同历史一起移到团队服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>&amp;Delete record…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search anywhere…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in list</source>
        <translation>在列表中查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find d&amp;uplicates…</source>
        <translation>查找重复记录(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge history…</source>
        <translation>合并历史(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Beacon</source>
        <translation>关于 Beacon(&amp;A)</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>That %1 no longer exists.</source>
        <translation>该%1已不存在。</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/mapping_page.py" line="+37"/>
        <source>Match columns to Beacon fields</source>
        <translation>将列对应到 Beacon 字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guessed from English and Chinese headers, Chinese CRM templates and the exports of Salesforce, HubSpot, Pipedrive, Zoho, Odoo, Google, Outlook and Thunderbird. Beacon remembers your choice for files with the same headers.</source>
        <translation>根据中英文表头、国内 CRM 模板以及 Salesforce、HubSpot、Pipedrive、Zoho、Odoo、Google、Outlook 和 Thunderbird 的导出文件推断。表头相同的文件，Beacon 会记住您的选择。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beacon field</source>
        <translation>Beacon 字段</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Using the mapping you chose last time for these headers.</source>
        <translation>正在使用您上次为这些表头选择的对应关系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the guesses. Columns Beacon has no field for are kept in each record&apos;s notes as “Header: value”, except other programs&apos; ids and timestamps (system columns); choose “Ignore” for columns Beacon should leave out.</source>
        <translation>请核对推测的对应关系。Beacon 没有对应字段的列，会以“列名: 值”保留在每条记录的备注中（其他程序的 ID 和时间戳等系统列除外）；不需要的列请选择“忽略”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ignore (system column)</source>
        <translation>忽略（系统列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the column that holds the %1; every record needs one.</source>
        <translation>请选择包含“%1”的列；每条记录都必须有此项。</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <location filename="../../ui/market_page.py" line="+45"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>China&apos;s cell therapy market as the article puts it: every figure with the sentence it comes from.</source>
        <translation>文章所述的中国细胞治疗市场：每个数字都附有其出处原句。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No market figures: run `beacon seed` to add the article&apos;s.</source>
        <translation>没有市场数据：运行 `beacon seed` 添加文章中的数据。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The article&apos;s sentence: select it to copy it</source>
        <translation>文章原句：可选中复制</translation>
    </message>
</context>
<context>
    <name>MatchesTable</name>
    <message>
        <location filename="../../ui/importing/matches.py" line="+35"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be, in Beacon</source>
        <translation>可能是 Beacon 中的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These rows may be records Beacon has, by a name alike in another way; each stays a new record unless you say which it is.</source>
        <translation>这些行按名称的其他相似之处可能是 Beacon 中已有的记录；除非您指明是哪一条，否则都作为新记录导入。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A new record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is %1</source>
        <translation>就是 %1</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <location filename="../../ui/merge_history.py" line="+28"/>
        <source>Merge history</source>
        <translation>合并历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every merge of two records into one. Undoing a merge puts both records and every link back, unless they were changed since.</source>
        <translation>每一次把两条记录合并为一条的操作。撤销合并会恢复两条记录及其所有关联，除非它们此后又被修改过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged away</source>
        <translation>被合并的记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No records were merged in this database yet. Edit &gt; Find duplicates… lists records that may be one.</source>
        <translation>此数据库中尚未合并过记录。“编辑 &gt; 查找重复记录…”会列出可能是同一条的记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo this merge</source>
        <translation>撤销此次合并</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In effect</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The merge cannot be undone: %1</source>
        <translation>无法撤销合并：%1</translation>
    </message>
</context>
<context>
    <name>MergeReview</name>
    <message>
        <location filename="../../ui/merge_review.py" line="+71"/>
        <source>Keeps (survivor)</source>
        <translation>保留（合并后的记录）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes to the bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keep both notes</source>
        <translation>保留两份备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both are kept: %1</source>
        <translation>两者都保留：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moves to the survivor: %1</source>
        <translation>转移到保留的记录：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing else links to the other record.</source>
        <translation>没有其他记录关联到被合并的记录。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../tracker/messages.py" line="+37"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>长度为 {length} 个字符，最多 {limit} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field of {entity}</source>
        <translation>不是 {entity} 的字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>“{value}”不是以下之一：{allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a NUL character (byte 0), which no text has; the cell was not used</source>
        <translation>含有 NUL 字符（字节 0），正常文本中不会出现；该单元格未被使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no {label} {value} (deleted or never made)</source>
        <translation>没有 {label} {value}（已删除或从未创建）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not an email address (expected name@example.com)</source>
        <translation>“{value}”不是邮箱地址（应为 name@example.com）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a phone number</source>
        <translation>“{value}”不是电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a valid phone number (numbers without +country code are read as {region})</source>
        <translation>“{value}”不是有效的电话号码（不带 +国家代码的号码按 {region} 号码解读）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a valid phone number for its country code</source>
        <translation>“{value}”不是其国家代码下有效的电话号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is written as a North American number (+1) but is not a valid one, nor a Chinese one</source>
        <translation>“{value}”按北美号码（+1）的格式书写，但既不是有效的北美号码，也不是有效的中国号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a web address</source>
        <translation>“{value}”不是网址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a date</source>
        <translation>“{value}”不是日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date (expected 2024-03-05, 2024/3/5 or 2024年3月5日)</source>
        <translation>“{value}”不是日期（应为 2024-03-05、2024/3/5 或 2024年3月5日）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a percentage</source>
        <translation>“{value}”不是百分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is outside 0-100%</source>
        <translation>“{value}”超出 0-100% 范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not an amount of money</source>
        <translation>“{value}”不是金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an amount of money (expected 1200000, ¥1,200,000, RMB 1.2m or 120万)</source>
        <translation>“{value}”不是金额（应为 1200000、¥1,200,000、RMB 1.2m 或 120万）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>money must not be a float; pass text or Decimal</source>
        <translation>金额不能是浮点数；请传入文本或 Decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} has more than {places} decimal places</source>
        <translation>“{value}”的小数位超过 {places} 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is too large</source>
        <translation>“{value}”太大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is too small to be a real amount</source>
        <translation>{value} 太小，不是真实的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a known currency ({known})</source>
        <translation>“{value}”不是已知币种（{known}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required when a value is given (CNY, USD, EUR)</source>
        <translation>填写金额时必填（CNY、USD、EUR）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rate converts between two currencies</source>
        <translation>汇率须在两种不同币种之间换算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number greater than zero</source>
        <translation>必须是大于零的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a status (open, won or lost)</source>
        <translation>“{value}”不是状态（进行中、赢单或输单：open、won、lost）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the deal was lost</source>
        <translation>请说明输单原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no stage {value}</source>
        <translation>没有阶段 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no pipeline {value}</source>
        <translation>没有管道 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline {name} has no stages</source>
        <translation>管道“{name}”没有阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be from 0 to 100</source>
        <translation>必须在 0 到 100 之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipeline named {name} exists</source>
        <translation>已有名为“{name}”的管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pipeline} has a stage {name}</source>
        <translation>“{pipeline}”已有阶段“{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pipeline has a stage {name}</source>
        <translation>该管道已有阶段“{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name every stage of the pipeline once</source>
        <translation>管道的每个阶段须且仅须列出一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipeline keeps at least one stage</source>
        <translation>管道至少保留一个阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage {name} holds {count} deals: choose the stage they move to</source>
        <translation>阶段“{name}”中有 {count} 个商机：请选择要移入的阶段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeated header row</source>
        <translation>重复的表头行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as row {row}</source>
        <translation>与第 {row} 行相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same record as row {row}</source>
        <translation>与第 {row} 行是同一条记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in Beacon (same {key})</source>
        <translation>Beacon 中已有（{key} 相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no matching record in Beacon</source>
        <translation>Beacon 中没有匹配的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no stage named {name} (stages: {known})</source>
        <translation>没有名为 {name} 的阶段（现有阶段：{known}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {text} is not in Beacon; did you mean {suggestion}?</source>
        <translation>{column}：Beacon 中没有 {text}；是否指 {suggestion}？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no {entity} named {text} in Beacon (allow creating linked records, or import {entity}s first)</source>
        <translation>Beacon 中没有名为 {text} 的 {entity}（请允许创建关联记录，或先导入 {entity}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this record was deleted in Beacon; restore it from the bin first</source>
        <translation>该记录已在 Beacon 中删除；请先从回收站恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited in Beacon since export (version {version}, file {file_version})</source>
        <translation>导出后已在 Beacon 中修改（当前版本 {version}，文件中为 {file_version}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text&apos;s encoding is not certain: it reads as {encoding}, but also as {others}; say which with --encoding</source>
        <translation>文本编码无法确定：可以按 {encoding} 读取，也可以按 {others} 读取；请用 --encoding 指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{encoding} is not an encoding Beacon knows (for example {known})</source>
        <translation>{encoding} 不是 Beacon 认识的编码（例如 {known}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some of this row is not {encoding} text: those characters show as � (choose another encoding if the row reads wrong)</source>
        <translation>这一行有部分内容不是 {encoding} 文本：这些字符显示为 �（如果这一行显示不对，请换一种编码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} looks like a slip for {domain}; imported as written, check it</source>
        <translation>{value} 像是 {domain} 的笔误；已按原文导入，请核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}; kept in the notes as written</source>
        <translation>{reason}；已按原文保留在备注中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is neither yes nor no</source>
        <translation>{value} 既不是“是”也不是“否”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no stage of Beacon&apos;s pipelines is called {value} (the deal goes to the first stage; say which stage it means to place it)</source>
        <translation>Beacon 的管道中没有名为“{value}”的阶段（商机放在第一个阶段；指明它对应哪个阶段即可归位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beacon has no pipeline called {value}</source>
        <translation>Beacon 中没有名为“{value}”的管道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is text lost before it reached Beacon (the file was saved in an encoding without these characters): save it again as UTF-8 or .xlsx</source>
        <translation>“{value}”是到达 Beacon 之前就已丢失的文字（文件保存时所用的编码没有这些字符）：请重新另存为 UTF-8 或 .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cell holds a formula with no value saved (the program that wrote the file did not calculate it): open the file in Excel or WPS and save it again</source>
        <translation>单元格中是没有保存计算结果的公式（生成该文件的程序没有计算它）：请用 Excel 或 WPS 打开文件并重新保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a note written on the sheet ({text}), not a record</source>
        <translation>表格上的说明文字（{text}），不是记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount names no currency and the file says none</source>
        <translation>金额未注明币种，文件中也没有说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second header row (column names)</source>
        <translation>第二行表头（列名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to fill in the columns (必填, required, e.g.), not a record</source>
        <translation>填写说明（必填、选填、示例等），不是记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to import in this row (only {columns})</source>
        <translation>这一行没有可导入的内容（只有 {columns}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name, email, phone or ID to know a record by (a template&apos;s defaults or a legend under the table?)</source>
        <translation>没有名称、邮箱、电话或 ID 可以识别记录（模板的默认值，或表格下方的说明？）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may be {label}: {reason}</source>
        <translation>可能是 {label}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column}: {text} is not in Beacon as written; it {reason}</source>
        <translation>{column}：Beacon 中没有写法与 {text} 相同的记录；它{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{column}: {text} and {other} are both new; kept apart though {reason}</source>
        <translation>{column}：{text} 和 {other} 都是新记录，虽然{reason}，仍分开保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be the same as row {row}: {reason}</source>
        <translation>可能与第 {row} 行是同一条：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same, but it has another {system} ID ({value}): another record</source>
        <translation>看似相同，但它在 {system} 中的 ID 不同（{value}）：是另一条记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same record as row {row} ({reason})</source>
        <translation>与第 {row} 行是同一条记录（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported before from the same row; nothing to change</source>
        <translation>之前已从相同的行导入，无需更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deal titled {title} at the same organization is in Beacon; deals are matched only by an ID, so this row makes a new one</source>
        <translation>Beacon 中同一机构已有标题为 {title} 的商机；商机只按 ID 匹配，因此这一行会新建一条商机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same title at the same organization</source>
        <translation>同一机构下标题相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amounts in column {column} name no currency and the file says none: say which with --currency (CNY, USD, EUR)</source>
        <translation>{column} 列的金额未注明币种，文件中也没有说明：请用 --currency 指定（CNY、USD、EUR）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited in Beacon since export (version {version}, file {file_version}): export again and redo the edit</source>
        <translation>导出后已在 Beacon 中修改（当前版本 {version}，文件中为 {file_version}）：请重新导出后再修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file does not exist or is not a file</source>
        <translation>文件不存在或不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size} MB; Beacon imports files up to {limit} MB (split it into smaller files)</source>
        <translation>文件大小为 {size} MB；Beacon 最多导入 {limit} MB 的文件（请拆分成较小的文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is named {suffix} but is not a workbook (it may be damaged or only renamed)</source>
        <translation>文件扩展名为 {suffix}，但不是工作簿（可能已损坏或只是改了扩展名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is named .xls but is not an Excel 97-2003 workbook</source>
        <translation>文件扩展名为 .xls，但不是 Excel 97-2003 工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook is protected with a password; open it in Excel, remove the password and save it again</source>
        <translation>工作簿设有密码保护；请在 Excel 中打开，取消密码后重新保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is a web page with no table in it: export the list again from the program it came from, or save it as .xlsx</source>
        <translation>文件是网页，但其中没有表格：请从原来的系统重新导出列表，或另存为 .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel 2003 XML spreadsheet is damaged (its XML is broken at line {line}): open it in Excel or WPS and save it again as .xlsx</source>
        <translation>Excel 2003 XML 表格已损坏（其 XML 在第 {line} 行出错）：请用 Excel 或 WPS 打开并重新另存为 .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds more than {limit} tables or sheets; Beacon reads up to {limit} from one file: split it</source>
        <translation>文件包含超过 {limit} 个表格或工作表；Beacon 每个文件最多读取 {limit} 个：请拆分文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel 2003 XML spreadsheet is damaged (ss:{attribute}=&quot;{value}&quot; is not a number): open it in Excel or WPS and save it again as .xlsx</source>
        <translation>Excel 2003 XML 表格已损坏（ss:{attribute}=&quot;{value}&quot; 不是数字）：请用 Excel 或 WPS 打开并重新另存为 .xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a spreadsheet or CSV text (it holds binary data)</source>
        <translation>文件不是表格或 CSV 文本（含二进制数据）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook holds {count} parts; that is not a normal spreadsheet</source>
        <translation>工作簿包含 {count} 个部件，不是正常的表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is a zip archive but not a spreadsheet (no Excel or OpenDocument workbook inside)</source>
        <translation>文件是 zip 压缩包而不是表格（其中没有 Excel 或 OpenDocument 工作簿）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the spreadsheet is protected with a password; open it, remove the password and save it again</source>
        <translation>表格设有密码保护；请打开后取消密码并重新保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part {part} is too large to be a normal spreadsheet</source>
        <translation>部件 {part} 过大，不是正常的表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook expands to more than {limit} MB (a &apos;zip bomb&apos;); Beacon does not open it</source>
        <translation>工作簿解压后超过 {limit} MB（“zip 炸弹”）；Beacon 不会打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook is compressed more than any real spreadsheet (a &apos;zip bomb&apos;); Beacon does not open it</source>
        <translation>工作簿的压缩率远超真实表格（“zip 炸弹”）；Beacon 不会打开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workbook declares XML entities (an &apos;entity bomb&apos; or an attempt to read other files); Beacon does not open it</source>
        <translation>工作簿声明了 XML 实体（“实体炸弹”或试图读取其他文件）；Beacon 不会打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a cell holds more than {limit} characters, more than Excel allows in a cell</source>
        <translation>有单元格超过 {limit} 个字符，超出 Excel 单元格的上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet claims {rows} rows; Beacon imports up to {limit} rows per file</source>
        <translation>工作表声称有 {rows} 行；Beacon 每个文件最多导入 {limit} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet claims {columns} columns; Beacon imports up to {limit} columns</source>
        <translation>工作表声称有 {columns} 列；Beacon 最多导入 {limit} 列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet reaches row {rows} and column {columns}, a grid larger than the {limit} cells Beacon reads from one file; delete the stray cells far from the data, or split the file</source>
        <translation>工作表延伸到第 {rows} 行、第 {columns} 列，超过 Beacon 单个文件可读取的 {limit} 个单元格；请删除远离数据的零散单元格，或拆分文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook claims {claimed} texts but can hold at most {most}; it is damaged or made to exhaust memory, and Beacon does not open it</source>
        <translation>工作簿声称有 {claimed} 条文本，但最多只能容纳 {most} 条；文件已损坏或是为耗尽内存而制作的，Beacon 不会打开它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has more than {limit} cells; split it into smaller files</source>
        <translation>文件的单元格超过 {limit} 个；请拆分为更小的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook is protected with a password; remove the password and save it again</source>
        <translation>工作簿设有密码保护；请取消密码后重新保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no sheet {name} (sheets: {sheets})</source>
        <translation>没有工作表 {name}（现有工作表：{sheets}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet has {rows} rows; Beacon imports up to {limit} per file</source>
        <translation>工作表有 {rows} 行；Beacon 每个文件最多导入 {limit} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet has {columns} columns; Beacon imports up to {limit}</source>
        <translation>工作表有 {columns} 列；Beacon 最多导入 {limit} 列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cell holds {length} characters, more than Excel allows ({limit})</source>
        <translation>有单元格含 {length} 个字符，超出 Excel 的上限（{limit}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has more than {limit} rows; split it into smaller files</source>
        <translation>文件超过 {limit} 行；请拆分成较小的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {row} has {columns} columns; Beacon imports up to {limit}</source>
        <translation>第 {row} 行有 {columns} 列；Beacon 最多导入 {limit} 列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sheet is empty</source>
        <translation>工作表为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown mode {mode} ({modes})</source>
        <translation>未知的模式 {mode}（{modes}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beacon imports {kinds}; not {entity}</source>
        <translation>Beacon 可导入 {kinds}；不能导入 {entity}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column headed {header} (columns: {headers})</source>
        <translation>没有表头为 {header} 的列（各列：{headers}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is not a field of {entity} (fields: {fields})</source>
        <translation>{field} 不是 {entity} 的字段（字段：{fields}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first row holds values ({value}), not column names: the file has no header row; add one (Name, Email...) and import it again</source>
        <translation>第一行是数据（{value}），不是列名：文件没有表头行；请加上一行列名（姓名、邮箱……）后再导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column is mapped to {header}, which every {entity} needs; map one with --map &quot;HEADER={field}&quot;</source>
        <translation>没有列对应到 {header}，而每条 {entity} 都需要它；请用 --map &quot;表头={field}&quot; 指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vCard file holds contacts, not {entity}</source>
        <translation>vCard 文件中是联系人，不是 {entity}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vCard file has no sheets or columns to choose (--sheet, --map)</source>
        <translation>vCard 文件没有可选择的工作表或列（--sheet、--map）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card cannot be read (a property is damaged); the other cards are imported</source>
        <translation>这张名片无法读取（有属性已损坏）；其他名片照常导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rows: not imported</source>
        <translation>没有数据行：不导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows} row(s) with the same columns, not asked for (--sheet all imports every sheet)</source>
        <translation>{rows} 行，列与所导入的工作表相同，但未选择导入（--sheet all 导入所有工作表）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden, {rows} row(s) with the same columns (--sheet &quot;{sheet}&quot; imports it)</source>
        <translation>已隐藏，{rows} 行，列与所导入的工作表相同（--sheet &quot;{sheet}&quot; 可导入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its columns are not those of {sheet}: import it on its own</source>
        <translation>它的列与 {sheet} 不同：请单独导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty, not a Beacon database</source>
        <translation>文件为空，不是 Beacon 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not a SQLite database</source>
        <translation>文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database file is damaged ({reason})</source>
        <translation>数据库文件已损坏（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is a SQLite database of another program, not Beacon&apos;s</source>
        <translation>该文件是其他程序的 SQLite 数据库，不是 Beacon 的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the database: {reason}</source>
        <translation>无法创建数据库：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database was written by a newer Beacon (schema {version}, this Beacon knows up to {latest})</source>
        <translation>数据库由更新版本的 Beacon 写入（结构版本 {version}，当前 Beacon 最多支持 {latest}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is locked by another program</source>
        <translation>数据库被其他程序锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file already exists</source>
        <translation>备份文件已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be written ({reason})</source>
        <translation>无法写入（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{suffix}: a person&apos;s data is exported as .json or .xlsx</source>
        <translation>{suffix}：个人数据只能导出为 .json 或 .xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a folder, not a database file</source>
        <translation>这是一个文件夹，不是数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name a file inside it, such as {folder}/beacon.sqlite3</source>
        <translation>请指定其中的一个文件，例如 {folder}/beacon.sqlite3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file cannot be read ({reason})</source>
        <translation>无法读取数据库文件（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free some space, then start Beacon again; nothing was left half-made</source>
        <translation>请释放一些空间，然后重新启动 Beacon；没有留下任何未完成的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is read-only and was written by an older Beacon, so it cannot be upgraded</source>
        <translation>数据库为只读，且由旧版 Beacon 写入，因此无法升级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is damaged, so no backup was written (a copy of a damaged file is not a backup)</source>
        <translation>数据库已损坏，因此未写入备份（损坏文件的副本不能算作备份）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file is where the backups folder goes, so no backup was written</source>
        <translation>备份文件夹所在的位置有一个同名文件，因此未写入备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move or rename that file, then try again</source>
        <translation>请移走该文件或为其改名，然后重试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restore the newest backup: beacon backups, then beacon restore NAME</source>
        <translation>请恢复最新的备份：先运行 beacon backups，再运行 beacon restore 名称</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>backing up a team server needs PostgreSQL&apos;s client tools, and these are not on PATH: {tools}</source>
        <translation>备份团队服务器需要 PostgreSQL 客户端工具，而以下工具不在 PATH 中：{tools}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>install the PostgreSQL client tools of the server&apos;s version or newer (Debian and Ubuntu: apt install postgresql-client; macOS: brew install libpq; Windows: the PostgreSQL installer&apos;s command line tools), so that pg_dump and pg_restore are on PATH</source>
        <translation>安装与服务器版本相同或更新的 PostgreSQL 客户端工具（Debian 和 Ubuntu：apt install postgresql-client；macOS：brew install libpq；Windows：PostgreSQL 安装程序中的命令行工具），使 pg_dump 和 pg_restore 位于 PATH 中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the installed {tool} is older than the team server (version {server})</source>
        <translation>已安装的 {tool} 比团队服务器（版本 {server}）旧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the database&apos;s owner can back up or restore the whole team database (a member&apos;s login sees only part of it)</source>
        <translation>只有数据库的所有者才能备份或恢复整个团队数据库（成员的登录只能看到其中一部分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connect as the login that ran `beacon team init`, or ask whoever runs the team server</source>
        <translation>以运行 `beacon team init` 的登录连接，或联系团队服务器的管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a colleague&apos;s change kept the database busy, so nothing was restored</source>
        <translation>同事的更改使数据库处于忙碌状态，因此未恢复任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>try again in a minute, or when colleagues have closed Beacon</source>
        <translation>请一分钟后再试，或在同事关闭 Beacon 后再试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tool} stopped with exit code {code}; nothing was changed</source>
        <translation>{tool} 以退出代码 {code} 停止；未做任何更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a backup of a Beacon team database (pg_restore cannot read it as one)</source>
        <translation>这不是 Beacon 团队数据库的备份（pg_restore 无法将其作为备份读取）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restoring replaces the whole team&apos;s data on {where}, so it was not done without confirmation</source>
        <translation>恢复会替换 {where} 上整个团队的数据，因此未经确认不会执行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run it again with --yes (a backup of what is there now is made first)</source>
        <translation>加上 --yes 再次运行（会先备份当前的数据）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>another view on this page is called {name}</source>
        <translation>此页面已有名为 {name} 的视图</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>card {number}</source>
        <translation>第 {number} 张名片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line is not a vCard property</source>
        <translation>该行不是 vCard 属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {number}</source>
        <translation>第 {number} 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row has {count} values and the header row {columns} columns: a value may hold a comma that is not quoted, which moves the values after it one column on; read as they stand, check the row</source>
        <translation>该行有 {count} 个值，而表头行有 {columns} 列：某个值可能含有未加引号的逗号，使其后的值都错后一列；已按原样读取，请检查该行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a group ({name}, {count} member(s)), not a person: its members on this file&apos;s cards are tagged {name}</source>
        <translation>这是一个分组（{name}，{count} 名成员），不是联系人：本文件中其成员的名片加上标签“{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a place ({name}), not a person or a company</source>
        <translation>这是一个地点（{name}），不是联系人或机构</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a record cannot be merged into itself</source>
        <translation>记录不能与自身合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot choose {fields}: a field is taken from the survivor, the other record, or both (notes)</source>
        <translation>无法选择 {fields}：字段只能取自保留的记录、另一条记录，或两者（仅备注）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this merge was already undone ({when})</source>
        <translation>该合并已撤销（{when}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{other} was merged into {survivor} on {when} by {user} (merge {merge})</source>
        <translation>{other} 已于 {when} 由 {user} 合并到 {survivor}（合并 {merge}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record the import of {file} made or changed was merged since: {merged}. Undo the merge first, then the import</source>
        <translation>导入 {file} 所创建或修改的一条记录此后被合并：{merged}。请先撤销合并，再撤销导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records the import of {file} made or changed were merged since: {merged}, and {more} more merge(s). Undo the merges first (newest first), then the import</source>
        <translation>导入 {file} 所创建或修改的记录此后被合并：{merged}，另有 {more} 次合并。请先撤销这些合并（从最新的开始），再撤销导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} ({sheet}), {entity}, mode {mode}: {created} would be created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {errors} {unit}(s) with errors</source>
        <translation>{file}（{sheet}），{entity}，模式 {mode}：将新建 {created} 条，更新 {updated} 条，{unchanged} 条不变，跳过 {skipped} 条，{errors} {unit}有错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} ({sheet}), {entity}, mode {mode}: {created} were created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {errors} {unit}(s) with errors</source>
        <translation>{file}（{sheet}），{entity}，模式 {mode}：新建 {created} 条，更新 {updated} 条，{unchanged} 条不变，跳过 {skipped} 条，{errors} {unit}有错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card</source>
        <translation>张名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} {entity}(s)</source>
        <translation>{count} 个{entity}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created: {counts}</source>
        <translation>新建：{counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked records would be created: {counts}</source>
        <translation>将新建关联记录：{counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked records were created: {counts}</source>
        <translation>已新建关联记录：{counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}: {field}: {old} -&gt; {new}</source>
        <translation>{at}：{field}：{old} -&gt; {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{at}: {entity} {label}: {field} added: {added}</source>
        <translation>{at}：{entity} {label}：{field} 新增：{added}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet {sheet}, </source>
        <translation>工作表 {sheet}，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, column {column}</source>
        <translation>，列 {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, property {column}</source>
        <translation>，属性 {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sheet}{at}{column}: {reason}</source>
        <translation>{sheet}{at}{column}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sheet}{at}{column}: warning: {reason}</source>
        <translation>{sheet}{at}{column}：警告：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sheet}{at}: skipped: {reason}</source>
        <translation>{sheet}{at}：已跳过：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {sheet} not imported: {reason}</source>
        <translation>工作表 {sheet} 未导入：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns kept in notes as &quot;Header: value&quot; (no Beacon field for them; --ignore-column HEADER leaves one out): {columns}</source>
        <translation>以“列名: 值”保留在备注中的列（Beacon 没有对应字段；--ignore-column 列名 可不导入某列）：{columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>columns with values not imported (ignored; --map &quot;HEADER=note&quot; keeps one in the notes): {columns}</source>
        <translation>有值但未导入的列（已忽略；--map &quot;列名=note&quot; 可将某列保留在备注中）：{columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>columns ignored (system columns: the other program&apos;s ids and timestamps; --map &quot;HEADER=note&quot; keeps one in the notes): {columns}</source>
        <translation>已忽略的列（系统列：其他程序的 ID 和时间戳；--map &quot;列名=note&quot; 可将某列保留在备注中）：{columns}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} values of {column} were the exporting program&apos;s default ({values}) and were left out</source>
        <translation>{column} 列中有 {count} 个值是导出程序为空字段填写的默认值（{values}），未写入备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} values Beacon does not know (map with --map-value &quot;{name}:VALUE=MEANING&quot;): {values}</source>
        <translation>Beacon 不认识的 {field} 值（用 --map-value &quot;{name}:值=含义&quot; 指定）：{values}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{at}: {text}</source>
        <translation>{at}：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch {batch} (undo with: beacon undo-import {batch})</source>
        <translation>批次 {batch}（撤销：beacon undo-import {batch}）</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>the team server refused this login, password or database</source>
        <translation>团队服务器拒绝了此登录名、密码或数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the user name, the password and the database name with whoever runs the server</source>
        <translation>请向服务器管理员核对用户名、密码和数据库名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team server does not answer</source>
        <translation>团队服务器没有响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the server&apos;s address and port, your network, and that the server is running</source>
        <translation>请检查服务器地址和端口、您的网络，并确认服务器正在运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give it once with `beacon --db ADDRESS team login` or File &gt; Connect to a team server…; it is kept in the system keychain or ~/.pgpass</source>
        <translation>请用 `beacon --db 地址 team login` 或“文件 &gt; 连接团队服务器…”输入一次；密码会保存在系统钥匙串或 ~/.pgpass 中</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the backup could not be verified ({reason}); it was deleted</source>
        <translation>备份未能通过校验（{reason}），已将其删除</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>{value} is not a real date (no such month or day)</source>
        <translation>“{value}”不是实际存在的日期（没有这个月或这一天）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a phone of the person&apos;s organization, and the row names none</source>
        <translation>此人所在机构的电话，但该行没有注明机构</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} names another currency than the file gives this row ({currency})</source>
        <translation>“{value}”写明的币种与文件为这一行给出的币种（{currency}）不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a totals row ({word}), not a record</source>
        <translation>合计行（{word}），不是记录</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the workbook is damaged (cut short, or changed after it was saved): open it in Excel or WPS and save it again</source>
        <translation>工作簿已损坏（不完整，或保存后被改动过）：请用 Excel 或 WPS 打开并重新保存</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the workbook is damaged or encrypted: open it in Excel or WPS, take off any password and save it again</source>
        <translation>工作簿已损坏或已加密：请用 Excel 或 WPS 打开，去掉密码后重新保存</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the workbook cannot be read: open it in Excel or WPS and save it again as .xlsx</source>
        <translation>无法读取该工作簿：请用 Excel 或 WPS 打开并另存为 .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet cannot be read: open the workbook in Excel or WPS and save it again as .xlsx</source>
        <translation>无法读取该工作表：请用 Excel 或 WPS 打开工作簿并另存为 .xlsx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the CSV text cannot be read from here on (a quote left open, or a cell too long): check this row in a text editor</source>
        <translation>CSV 文本从这里起无法读取（引号未闭合，或单元格过长）：请在文本编辑器中检查这一行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not in a known encoding: name it with --encoding, or save the file as UTF-8</source>
        <translation>文本不是已知的编码：请用 --encoding 指定，或将文件另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the backup could not be written: {reason}</source>
        <translation>无法写入备份：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full, so no backup was written (nothing half-written was left)</source>
        <translation>磁盘已满，因此未写入备份（没有留下写了一半的文件）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run beacon check, then try again</source>
        <translation>请运行 beacon check，然后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no such backup</source>
        <translation>没有这个备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beacon backups lists them</source>
        <translation>beacon backups 会列出所有备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup could not be put in place ({reason}); the database was left as it was</source>
        <translation>无法用备份替换数据库（{reason}）；数据库保持原样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete it or choose another file with --db</source>
        <translation>请删除该文件，或用 --db 选择其他文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a Beacon database file with --db</source>
        <translation>请用 --db 选择 Beacon 数据库文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the folder exists and is writable, or set BEACON_DATA_DIR</source>
        <translation>请确认文件夹存在且可写，或设置 BEACON_DATA_DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update Beacon before opening it</source>
        <translation>请先更新 Beacon 再打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close the other Beacon window or wait, then try again</source>
        <translation>请关闭另一个 Beacon 窗口或稍候，然后重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the file&apos;s permissions or pick a writable copy</source>
        <translation>请检查文件权限，或选择可写的副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free some space, then save again</source>
        <translation>请释放一些空间，然后重新保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another name</source>
        <translation>请换一个名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a database address Beacon can open</source>
        <translation>这不是 Beacon 能打开的数据库地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a file path or a team server as postgresql://user@host/database</source>
        <translation>请给出文件路径，或以 postgresql://用户@主机/数据库 的形式给出团队服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file cannot be read or written</source>
        <translation>无法读写数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the disk or network drive it is on, then try again</source>
        <translation>请检查文件所在的磁盘或网络驱动器，然后重试</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the team server asks for a password</source>
        <translation>团队服务器要求输入密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server database holds another program&apos;s tables, not Beacon&apos;s</source>
        <translation>服务器上的数据库存有其他程序的表，不是 Beacon 的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect to an empty database or to one Beacon made</source>
        <translation>请连接到空数据库或 Beacon 创建的数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection to the team server was lost</source>
        <translation>与团队服务器的连接已断开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the network, then save again; nothing was half-written</source>
        <translation>请检查网络后重新保存；没有写入不完整的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record is being changed by a colleague right now</source>
        <translation>同事正在修改这条记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server&apos;s disk is full</source>
        <translation>团队服务器的磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask whoever runs the team server</source>
        <translation>请联系团队服务器的管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server reports damaged data</source>
        <translation>团队服务器报告数据已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your server login may not do this</source>
        <translation>您的服务器登录账户无权执行此操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team server is backed up on the server, not by Beacon</source>
        <translation>团队服务器的备份在服务器上进行，而不是由 Beacon 进行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ask whoever runs the team server (pg_dump)</source>
        <translation>请联系团队服务器的管理员（pg_dump）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>team mode needs a PostgreSQL server, not a database file</source>
        <translation>团队模式需要 PostgreSQL 服务器，而不是数据库文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the server as postgresql://user@host/beacon</source>
        <translation>请以 postgresql://user@host/beacon 的形式指定服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is not set up for a team yet: run `beacon team init` with its address first</source>
        <translation>{where} 尚未设置为团队数据库：请先用它的地址运行 `beacon team init`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” cannot be a login name (letters, digits, _ . -, at most 63, not starting with pg_)</source>
        <translation>“{name}”不能用作登录名（只能含字母、数字、_ . -，最多 63 个字符，且不能以 pg_ 开头）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a manager or the server&apos;s administrator changes who sees whose deals</source>
        <translation>只有经理或服务器管理员可以更改谁能看到谁的商机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this system has no keychain Beacon can use for passwords</source>
        <translation>此系统没有 Beacon 可用于保存密码的钥匙串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keychain did not keep the password ({reason})</source>
        <translation>系统钥匙串未能保存密码（{reason}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records are copied from a database file, not from a server</source>
        <translation>记录只能从数据库文件复制，不能从服务器复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the laptop&apos;s Beacon database file, e.g. ~/.local/share/Beacon/beacon.sqlite3</source>
        <translation>请指定笔记本电脑上的 Beacon 数据库文件，例如 ~/.local/share/Beacon/beacon.sqlite3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the team server with --db postgresql://user@host/beacon</source>
        <translation>请用 --db postgresql://user@host/beacon 指定团队服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no record is chosen</source>
        <translation>未选择任何记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes to pipelines, stages and settings are not undone</source>
        <translation>对管道、阶段和设置的修改不可撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entity} {uid} was changed again after this action; undo would overwrite those changes</source>
        <translation>{entity} {uid} 在此操作之后又被修改过；撤销会覆盖这些修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the import of {file} was already undone ({when})</source>
        <translation>{file} 的导入已撤销（{when}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} record(s) were edited after the import of {file}; undoing it would overwrite those edits: {records}</source>
        <translation>导入 {file} 后有 {count} 条记录被修改过；撤销会覆盖这些修改：{records}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is {size} MB; at most {limit} MB are read</source>
        <translation>文件大小为 {size} MB；最多读取 {limit} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no vCard in the file (expected BEGIN:VCARD)</source>
        <translation>文件中没有 vCard（应以 BEGIN:VCARD 开头）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} cards; at most {limit} are read</source>
        <translation>共 {count} 张名片；最多读取 {limit} 张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item {number} is a {kind}, not a vCard</source>
        <translation>第 {number} 项是 {kind}，不是 vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a vCard text file (it holds binary data)</source>
        <translation>这不是 vCard 文本文件（含二进制数据）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {number} is not a vCard property: {line}</source>
        <translation>第 {number} 行不是 vCard 属性：{line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a card is not closed (END:VCARD is missing); the file may be cut short</source>
        <translation>有名片没有结束（缺少 END:VCARD）；文件可能不完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of the {count} card(s) has a name or an email address</source>
        <translation>{count} 张名片都没有姓名或邮箱地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the card has neither a name (FN, N or NICKNAME) nor an email address</source>
        <translation>该名片既没有姓名（FN、N 或 NICKNAME）也没有邮箱地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{entity} {uid} was changed by someone else: it was deleted meanwhile</source>
        <translation>{entity} {uid} 已被他人修改：其间已被删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entity} {uid} was changed by someone else: it is now at version {actual}, you edited version {expected}</source>
        <translation>{entity} {uid} 已被他人修改：当前版本为 {actual}，您修改的是版本 {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no {entity} with id {key}</source>
        <translation>没有 id 为 {key} 的 {entity}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same email {value}</source>
        <translation>邮箱相同：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same WeChat ID {value}</source>
        <translation>微信号相同：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone {value}</source>
        <translation>电话相同：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same Beacon ID</source>
        <translation>Beacon ID 相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same {system} ID {value}</source>
        <translation>{system} ID 相同：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in pinyin ({value})</source>
        <translation>拼音相同（{value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name {score} similar</source>
        <translation>名称相似度 {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name {score} similar (pinyin)</source>
        <translation>姓名拼音相似度 {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same organization ({value})</source>
        <translation>同一机构（{value}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name after removing {words}</source>
        <translation>去掉“{words}”后名称相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an id of another system (expected system:id, e.g. salesforce:0015g00000)</source>
        <translation>{value} 不是其他系统的 ID（应为 系统:ID，例如 salesforce:0015g00000）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} already belongs to another {entity}</source>
        <translation>{value} 已属于另一条 {entity} 记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends before it starts ({start})</source>
        <translation>结束日期早于开始日期（{start}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} may already be in Beacon ({reasons}): choose whether it is them or someone else</source>
        <translation>{label} 可能已在 Beacon 中（{reasons}）：请选择是同一人还是另一人</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="+33"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>列 %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../ui/board/formatting.py" line="+23"/>
        <source>rate of %1</source>
        <translation>%1 汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default rate of %1: set yours under Exchange rates</source>
        <translation>%1 的默认汇率：可在“汇率”中设置您自己的汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rate to %1 for %2: not included. Add one under Exchange rates.</source>
        <translation>%2 没有折算为 %1 的汇率：未计入。请在“汇率”中添加。</translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message>
        <location filename="../../ui/board/stage_editor.py" line="+57"/>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds %2 deals. Move them to:</source>
        <translation>“%1”中有 %2 个商机。将其移至：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move deals and delete</source>
        <translation>移动商机并删除</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../ui/new_record_dialog.py" line="+29"/>
        <location line="+5"/>
        <location line="+64"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Fields marked * are required. More fields are in the panel beside the list once the record exists.</source>
        <translation>带 * 的字段为必填项。记录创建后，可在列表旁的面板中填写更多字段。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved as %1</source>
        <translation>将保存为 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/importing/options_page.py" line="+14"/>
        <source>Create, update, or both</source>
        <translation>新建、更新或两者兼有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row updates a record only when an exact key says it is that record: its Beacon ID, its ID in the program it came from, an email, WeChat ID or phone, or a company name written the same way. Names alike in other ways (without Ltd or 有限公司, in pinyin, nearly the same) are only suggested: you choose in the preview.</source>
        <translation>只有精确的标识表明是同一条记录时，导入的行才会更新该记录：Beacon ID、来源程序中的 ID、邮箱、微信号或电话，或写法完全相同的公司名称。其他方面相似的名称（去掉 Ltd 或有限公司后相同、拼音相同、几乎相同）只作为建议：由您在预览中选择。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create new records and update matching ones</source>
        <translation>新建记录并更新匹配的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only create new records (skip matches)</source>
        <translation>仅新建记录（跳过匹配项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only update matching records (skip the rest)</source>
        <translation>仅更新匹配的记录（跳过其余行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create organizations and contacts named in rows when they are not in Beacon yet</source>
        <translation>行中提到的机构和联系人如尚不在 Beacon 中，则自动创建</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="+57"/>
        <source>Pipeline board</source>
        <translation>管道看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conferences</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentive programs</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
</context>
<context>
    <name>PersonDataBar</name>
    <message>
        <location filename="../../ui/person_data.py" line="+52"/>
        <source>This person&apos;s data:</source>
        <translation>此人的数据：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export everything…</source>
        <translation>导出全部…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export everything about this person: the record, emails, phones, activities, deals, conferences and history, as JSON or a workbook (recorded in the audit log)</source>
        <translation>导出与此人有关的全部数据：记录、邮箱、电话、活动、商机、会议和历史，格式为 JSON 或工作簿（记入审计日志）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase everywhere…</source>
        <translation>全部抹除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this person everywhere: from every record, the history and the search index; this cannot be undone</source>
        <translation>从所有记录、历史和搜索索引中抹除此人；此操作无法撤销</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the market article</source>
        <translation>市场文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vCard (%1)</source>
        <translation>vCard（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typed in</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where from: %1, by %2 on %3 · Kept on the basis of: %4</source>
        <translation>来源：%1，由 %2 于 %3 录入 · 保存依据：%4</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Export everything about this person</source>
        <translation>导出此人的全部数据</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>JSON (*.json);;Excel workbook (*.xlsx)</source>
        <translation>JSON (*.json);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+15"/>
        <source>Erase this person everywhere</source>
        <translation>全部抹除此人</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Erase %1 everywhere?</source>
        <translation>要全部抹除 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their record, their own activities, their emails and phones, and their name wherever other records, the history and import reports mention it are removed for good; deals and notes keep the rest of their text. This cannot be undone. Backups made before keep them until they are thinned out; restoring one erases them again.</source>
        <translation>此人的记录、其本人的活动、邮箱和电话，以及其他记录、历史和导入报告中出现的姓名都将被永久删除；商机和备注保留其余文字。此操作无法撤销。之前的备份在被轮换清理之前仍包含此人；恢复这些备份时会再次抹除此人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase everywhere</source>
        <translation>全部抹除</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/preview_page.py" line="+55"/>
        <source>Preview: what the import would do</source>
        <translation>预览：导入将执行的操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Red: the row cannot be imported; orange: the value is kept in the notes instead; yellow: a changed value. Hover a cell for the reason.</source>
        <translation>尚未写入任何内容。红色：该行无法导入；橙色：该值改为保留在备注中；黄色：将被更改的值。鼠标悬停在单元格上可查看原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only rows with problems or changes</source>
        <translation>仅显示有问题或有变化的行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking rows… %p%</source>
        <translation>正在检查各行… %p%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>new organization</source>
        <translation>新机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update organization</source>
        <translation>更新机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to create, %2 to update, %3 unchanged, %4 skipped, %5 with errors (not imported). %6 linked organizations/contacts would be created.</source>
        <translation>新建 %1 条，更新 %2 条，未变 %3 条，跳过 %4 条，出错 %5 条（不导入）。将新建 %6 个关联的机构/联系人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text read as %1.</source>
        <translation>文本按 %1 读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values kept in the notes (orange, not imported into their fields): %1.</source>
        <translation>保留在备注中的值（橙色，未导入对应字段）：%1 个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns Beacon has no field for, kept in each record&apos;s notes as “Header: value”: %1.</source>
        <translation>Beacon 没有对应字段的列，以“列名: 值”保留在每条记录的备注中：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones added to organizations Beacon has: %1.</source>
        <translation>将添加到 Beacon 已有机构的电话：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the new records, %1 are companies (organizations) and %2 people (contacts).</source>
        <translation>新记录中，%1 条为公司（机构），%2 条为个人（联系人）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems and notes</source>
        <translation>问题与说明</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Now: %1
After the import: %2</source>
        <translation>当前：%1
导入后：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read as %1 (the header says %2)</source>
        <translation>读作 %1（表头注明 %2）</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../ui/quick_log_dialog.py" line="+94"/>
        <location line="+6"/>
        <source>Log contacts met at %1</source>
        <translation>记录在%1结识的联系人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter logs the person and clears the form for the next one. Drop a business-card vCard (.vcf) here to fill the form.</source>
        <translation>按 Enter 记录此人并清空表单，以便记录下一位。将名片 vCard（.vcf）拖到此处即可填写表单。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li Ming or 李明</source>
        <translation>Li Ming 或 李明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to pick one, or a new name</source>
        <translation>输入以选择，或输入新名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line: what you talked about</source>
        <translation>一句话：谈了什么</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Same organization for the next person</source>
        <translation>下一位使用相同机构</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undo last</source>
        <translation>撤销上一条</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open vCard…</source>
        <translation>打开 vCard…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log contact</source>
        <translation>记录联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Met at %1</source>
        <translation>结识于%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log %1 met at %2</source>
        <translation>记录在%2结识的%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (updated)</source>
        <translation>%1（已更新）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged %1.</source>
        <translation>已记录%1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved as %1</source>
        <translation>将保存为 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 may already be in Beacon: choose &quot;It&apos;s them&quot; or &quot;Someone else&quot;.</source>
        <translation>%1 可能已在 Beacon 中：请选择“是同一人”或“是另一人”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Also given</source>
        <translation>另外提供</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something else was changed after %1; use Edit &gt; Undo in the window.</source>
        <translation>%1之后还有其他更改；请使用窗口中的“编辑 &gt; 撤销”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logged this session (%1)</source>
        <translation>本次已记录（%1）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a business-card vCard</source>
        <translation>打开名片 vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard 文件 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no card has a name or an email address.</source>
        <translation>%1：没有任何名片包含姓名或邮箱地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cards from %2: check each and press Enter.</source>
        <translation>来自 %2 的 %1 张名片：逐一核对后按 Enter。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card from %1: check it and press Enter.</source>
        <translation>来自 %1 的名片：核对后按 Enter。</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/board/rates_dialog.py" line="+38"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base currency for every total:</source>
        <translation>所有合计使用的本位币：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shared by everyone on this database. Totals use each currency&apos;s newest rate (either direction); a currency without a rate is shown apart, never added.</source>
        <translation>此数据库的所有用户共用。合计使用各币种的最新汇率（正向或反向均可）；没有汇率的币种单独显示，绝不计入合计。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 7.12</source>
        <translation>例如 7.12</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate:</source>
        <translation>汇率：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As of:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save rate</source>
        <translation>保存汇率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete selected rate</source>
        <translation>删除所选汇率</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipped with Beacon; a rate you save for this pair replaces it.</source>
        <translation>Beacon 自带的汇率；您为此货币对保存汇率后即取代它。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/fields.py" line="+31"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KOL, CAR-T, priority</source>
        <translation>KOL, CAR-T, 重点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage default</source>
        <translation>按阶段默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One a line: former, English or short names</source>
        <translation>每行一个：曾用名、英文名或简称</translation>
    </message>
    <message>
        <location filename="../../ui/record_form.py" line="+89"/>
        <source>Type to find…</source>
        <translation>输入以查找…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Several values: separate them with commas</source>
        <translation>多个值请用逗号分隔</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/list_page.py" line="+85"/>
        <location line="+228"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search as you type: 中文, pinyin (liming), initials (lm) or English</source>
        <translation>即时搜索：中文、拼音（liming）、首字母（lm）或英文</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this search, filters, sort and columns under a name, in the sidebar</source>
        <translation>将此搜索、筛选、排序和列以一个名称保存到侧边栏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what this list shows to Excel</source>
        <translation>将此列表显示的内容导出到 Excel</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing matches</source>
        <translation>没有匹配项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 match “%2”. Check the spelling, try pinyin or initials, or clear the search and filters.</source>
        <translation>没有与“%2”匹配的%1。请检查拼写，尝试拼音或首字母，或清除搜索和筛选条件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No %1 match these filters.</source>
        <translation>没有符合这些筛选条件的%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 yet</source>
        <translation>还没有%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Ctrl+N to add the first one, or import a workbook from the File menu.</source>
        <translation>按 Ctrl+N 添加第一条，或通过“文件”菜单导入工作簿。</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+17"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It disappears from every list. Ctrl+Z brings it back.</source>
        <translation>它将从所有列表中消失。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>已删除“%1”。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../ui/reminders/center.py" line="+119"/>
        <source>Beacon</source>
        <translation>Beacon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders…</source>
        <translation>提醒…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Beacon</source>
        <translation>显示 Beacon</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 reminders</source>
        <translation>已完成 %1 条提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not mark it done</source>
        <translation>无法标记为完成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not snooze</source>
        <translation>无法稍后提醒</translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <location filename="../../ui/reminders/toast.py" line="+77"/>
        <source>Close (the reminders stay in the list)</source>
        <translation>关闭（提醒仍保留在列表中）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Show all reminders (%1)</source>
        <translation>查看全部提醒（%1）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders/wording.py" line="+20"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n day(s) late</source>
        <translation>逾期 %n 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due in %n day(s)</source>
        <translation>%n 天后到期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Snoozed until %1</source>
        <translation>稍后提醒至 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%n task(s)</source>
        <translation>%n 项任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n next step(s)</source>
        <translation>%n 项下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1和 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 became due while Beacon was closed</source>
        <translation>Beacon 关闭期间有 %1到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %n more due</source>
        <translation>；另有 %n 项到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 due</source>
        <translation>%1到期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For 3 hours</source>
        <translation>3 小时后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until tomorrow 9:00</source>
        <translation>明天 9:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until Monday 9:00</source>
        <translation>下周一 9:00</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../ui/reminders/reminders_dialog.py" line="+40"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also the next %1 days</source>
        <translation>包括未来 %1 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>相关记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snoozed</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is due. Tasks with a due date and deals&apos; next steps show here when their day comes.</source>
        <translation>没有到期事项。有截止日期的任务和商机的下一步到期时会显示在这里。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the chosen tasks done (Ctrl+D); Ctrl+Z undoes</source>
        <translation>将所选任务标记为完成（Ctrl+D）；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 overdue, %2 due today</source>
        <translation>%1 项逾期，%2 项今天到期</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/importing/run_page.py" line="+49"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save errors workbook…</source>
        <translation>保存错误工作簿…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>正在取消… 不会做任何更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done: %1 created, %2 updated, %3 unchanged, %4 skipped. %5 row(s) could not be imported.</source>
        <translation>完成：新建 %1 条，更新 %2 条，未变 %3 条，跳过 %4 条。%5 行无法导入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save errors workbook</source>
        <translation>保存错误工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 row(s) saved to %2: fix them there and import that file again.</source>
        <translation>已将 %1 行保存到 %2：请在该文件中修正后重新导入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import was undone: the records it created are gone and the ones it changed are as they were.</source>
        <translation>本次导入已撤销：新建的记录已删除，修改过的记录已恢复原状。</translation>
    </message>
</context>
<context>
    <name>SamePersonPanel</name>
    <message>
        <location filename="../../ui/same_person_panel.py" line="+48"/>
        <source>Already in Beacon?</source>
        <translation>已在 Beacon 中？</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;It&apos;s them: update</source>
        <translation>是同一人：更新(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone &amp;else: log as new</source>
        <translation>是另一人：新建(&amp;E)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+73"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 differs:</source>
        <translation>%1不同：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (typed)</source>
        <translation>%1（输入的）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (in Beacon)</source>
        <translation>%1（Beacon 中的）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other spelling is kept as another name.</source>
        <translation>另一种写法会保存为别名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value typed but not taken is kept in the note.</source>
        <translation>输入但未采用的值会保存在备注中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adds %1</source>
        <translation>将添加 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is in Beacon (%2).</source>
        <translation>%1 已在 Beacon 中（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use %1</source>
        <translation>使用 %1(&amp;U)</translation>
    </message>
</context>
<context>
    <name>SearchAnywhereDialog</name>
    <message>
        <location filename="../../ui/search_anywhere.py" line="+31"/>
        <source>Search anywhere</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find people, organizations, deals, conferences… (中文, pinyin, initials)</source>
        <translation>查找人员、机构、商机、会议…（中文、拼音、首字母）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation>↑ ↓ 选择，Enter 打开，Esc 关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name, pinyin (liming), initials (lm) or a word.</source>
        <translation>输入名称、拼音（liming）、首字母（lm）或关键词。</translation>
    </message>
</context>
<context>
    <name>SeedNames</name>
    <message>
        <location filename="../../ui/labels.py" line="+5"/>
        <source>BD partnering</source>
        <translation>BD 合作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>分销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First meeting</source>
        <translation>首次会面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracting</source>
        <translation>签约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message numerus="yes">
        <location filename="../../ui/selection_actions.py" line="+89"/>
        <source>%n record(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change %1…</source>
        <translation>修改%1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export selection…</source>
        <translation>导出所选…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n record(s)…</source>
        <translation>
            <numerusform>删除 %n 条记录…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to stage</source>
        <translation>移到阶段</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not change the chosen records</source>
        <translation>无法修改所选记录</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Move %n deal(s) to %1</source>
        <translation>
            <numerusform>将 %n 个商机移到“%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>. Ctrl+Z puts them back.</source>
        <translation>。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Set %1 of %n record(s)</source>
        <translation>
            <numerusform>设置 %n 条记录的%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Tag %n record(s)</source>
        <translation>
            <numerusform>为 %n 条记录设置标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Ctrl+Z brings them back.</source>
        <translation>。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>New %1 for %n chosen record(s):</source>
        <translation>
            <numerusform>为所选的 %n 条记录设置新的%1：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag to add to %n chosen record(s):</source>
        <translation>
            <numerusform>要添加到所选 %n 条记录的标签：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n chosen record(s)?</source>
        <translation>
            <numerusform>删除所选的 %n 条记录？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They disappear from every list. Ctrl+Z brings them all back.</source>
        <translation>这些记录将从所有列表中消失。按 Ctrl+Z 可全部恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/importing/sheet_page.py" line="+50"/>
        <source>Sheets and header row</source>
        <translation>工作表与表头行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row of column headers is found automatically, even under a title row; change it if it is wrong. Tick other sheets with the same columns to import them in the same batch.</source>
        <translation>表头行会自动找到，即使上方有标题行；如有不对请更改。勾选列相同的其他工作表，可在同一批次中一起导入。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 行</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Other columns: import it on its own</source>
        <translation>列不同：请单独导入</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not certain: the text also reads as %1. Check the rows below and choose the encoding in which they read right.</source>
        <translation>无法确定：文本也可以按 %1 读取。请查看下面的行，选择能正确显示它们的编码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8, with a few bytes that are not: they show as � and the rows holding them are marked in the preview.</source>
        <translation>UTF-8，但有少量字节不是：它们显示为 �，包含它们的行会在预览中标出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found from the text; change it if the rows below read wrong.</source>
        <translation>根据文本判断；如果下面的行显示不对，请更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read as %1, as you chose.</source>
        <translation>已按您选择的 %1 读取。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="+75"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message>
        <location filename="../../ui/board/column_widget.py" line="+157"/>
        <source>%1% likely</source>
        <translation>赢率 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale after %1 d</source>
        <translation>%1 天后停滞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal with no activity for more than %1 working days is marked stale. Working days follow China&apos;s calendar: weekends and public holidays do not count, adjusted working weekends do.</source>
        <translation>超过 %1 个工作日没有任何活动的商机将被标记为停滞。工作日按中国日历计算：周末和法定节假日不计入，调休上班的周末计入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No values yet</source>
        <translation>尚无金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No deals</source>
        <translation>无商机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All in %1</source>
        <translation>全部为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 deals</source>
        <translation>%1：%2 个商机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No rate to %1 for %2</source>
        <translation>%2 没有兑换 %1 的汇率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no rate: %1)</source>
        <translation>（无汇率：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weighted %1</source>
        <translation>加权 %1</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../ui/board/stage_editor.py" line="+14"/>
        <source>Pipelines and stages</source>
        <translation>管道与阶段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline name</source>
        <translation>管道名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale after (working days)</source>
        <translation>停滞判定（工作日）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete stage…</source>
        <translation>删除阶段…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>New pipeline</source>
        <translation>新建管道</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../../ui/store_banner.py" line="+28"/>
        <source>Read-only: Beacon cannot write to this database file, so you can look but not change anything. To work on it, copy it to a folder you can write to and open the copy.</source>
        <translation>只读：Beacon 无法写入此数据库文件，您只能查看，不能修改。如需编辑，请将其复制到可写入的文件夹并打开副本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: Beacon cannot write in the folder this database is in, so you can look but not change anything. To work on it, copy it to a folder you can write to and open the copy.</source>
        <translation>只读：Beacon 无法在此数据库所在的文件夹中写入，您只能查看，不能修改。如需编辑，请将其复制到可写入的文件夹并打开副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database was damaged. Beacon moved it to %1 and put back the backup of %2: changes made after that are only in the damaged file.</source>
        <translation>数据库已损坏。Beacon 已将其移至 %1，并恢复了 %2 的备份：此后所做的修改只保存在损坏的文件中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today&apos;s backup was not made: %1</source>
        <translation>今天的备份未能创建：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is damaged: Beacon found it while making today&apos;s backup, so no backup was made.</source>
        <translation>数据库已损坏：Beacon 在创建今天的备份时发现了损坏，因此没有创建备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no earlier backup to go back to. Keep this file (do not delete or replace it); File &gt; Export… saves what can still be read.</source>
        <translation>没有更早的备份可以恢复。请保留此文件（不要删除或替换它）；“文件 &gt; 导出…”可以保存仍能读取的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the newest good copy (%1), choose it under File &gt; Backups… and click Restore…: Beacon keeps the damaged file beside the database, and changes made after %1 (and any made now) stay only in that file.</source>
        <translation>要回到最新的完好副本（%1），请在“文件 &gt; 备份…”中选中它并点击“恢复…”：Beacon 会把损坏的文件保留在数据库旁边，%1 之后所做的修改（包括现在所做的）只保存在该文件中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored the backup of %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was there before is kept as %1.</source>
        <translation>恢复前的数据保存为 %1。</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../ui/task_actions.py" line="+18"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not change the task</source>
        <translation>无法更改任务</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="+31"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manager (sees every deal)</source>
        <translation>经理（可查看所有商机）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server %1
You are signed in as %2, %3.</source>
        <translation>团队服务器 %1
您的登录身份为 %2，%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who sees whose deals</source>
        <translation>谁能看到谁的商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone sees and edits every deal</source>
        <translation>所有人都可查看和编辑所有商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members see and edit their own deals (and the shared organizations, contacts, conferences and programs); managers see all</source>
        <translation>成员只能查看和编辑自己的商机（以及共享的机构、联系人、会议和扶持政策）；经理可查看全部</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a manager changes this.</source>
        <translation>只有经理可以更改此设置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>TimelineEntryRow</name>
    <message>
        <location filename="../../ui/timeline.py" line="+69"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="+20"/>
        <source>What kind of activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Log a note, call, meeting… and press Enter</source>
        <translation>记录笔记、电话、会面…然后按 Enter</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Due date of the task</source>
        <translation>任务的到期日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing logged yet. Notes, calls and tasks you add appear here.</source>
        <translation>尚无记录。您添加的笔记、电话和任务会显示在这里。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What needs doing, and by when</source>
        <translation>要做什么，何时截止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type what happened first.</source>
        <translation>请先输入发生了什么。</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/importing/values_page.py" line="+33"/>
        <source>Amounts and stages</source>
        <translation>金额与阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Beacon reads the file&apos;s amounts and its stage and status values. Change what is wrong; Beacon remembers your choices for later files.</source>
        <translation>Beacon 如何读取文件中的金额以及阶段和状态值。请更正不对的地方；Beacon 会为以后的文件记住您的选择。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means in Beacon</source>
        <translation>在 Beacon 中对应</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amounts in “%1” are in:</source>
        <translation>“%1”中的金额币种：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file does not say which currency its amounts are in (no currency column, nothing in the header or the amounts). Beacon never assumes one.</source>
        <translation>文件没有说明金额的币种（没有币种列，表头和金额中也没有）。Beacon 不会自行假定币种。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as its header says</source>
        <translation>依据表头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of a Chinese template</source>
        <translation>中文模板的币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file&apos;s currency column</source>
        <translation>来自文件的币种列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as each amount says</source>
        <translation>依据每个金额自身</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts in “%1” are read in %2 (%3).</source>
        <translation>“%1”中的金额按 %2 读取（%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their own currencies</source>
        <translation>各自注明的币种</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header gives them in %1: each is multiplied by %2.</source>
        <translation>表头注明单位为%1：每个金额乘以 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 value(s) Beacon does not know: say what they mean, or keep them in the notes.</source>
        <translation>有 %1 个值 Beacon 无法识别：请指明其含义，或保留在备注中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each value and where it goes. Change any that is wrong.</source>
        <translation>每个值及其对应位置。如有不对请更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep in the notes</source>
        <translation>保留在备注中</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/saved_views.py" line="+20"/>
        <source>My deals closing this quarter</source>
        <translation>我本季度要成交的商机</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this list&apos;s search, filters, sort and columns as:</source>
        <translation>将此列表的搜索、筛选、排序和列保存为：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/sidebar.py" line="+127"/>
        <source>Could not save the view</source>
        <translation>无法保存视图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the view “%1”; it is in the sidebar under this page.</source>
        <translation>已保存视图“%1”，它在侧边栏中此页面之下。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename view</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not rename the view</source>
        <translation>无法重命名视图</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="-18"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update to what the list shows</source>
        <translation>更新为列表当前所示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not delete the view</source>
        <translation>无法删除视图</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/team_push.py" line="+19"/>
        <source>Copy records from a database file</source>
        <translation>从数据库文件复制记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beacon database (*.sqlite3);;All files (*)</source>
        <translation>Beacon 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not copy the records</source>
        <translation>无法复制记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records copied to the team server</source>
        <translation>记录已复制到团队服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied to %1: %2.</source>
        <translation>已复制到 %1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing new</source>
        <translation>没有新记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 history entries came with them. Records the server already had (%2) were left as they are there.</source>
        <translation>随之复制了 %1 条历史记录。服务器上已有的记录（%2 条）保持不变。</translation>
    </message>
</context>
</TS>
