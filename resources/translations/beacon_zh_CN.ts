<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/placeholder_page.py" line="31" />
        <source>BoardPlaceholderPage</source>
        <comment>Pipeline board</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/placeholder_page.py" line="32" />
        <source>BoardPlaceholderPage</source>
        <comment>The board (deals by stage, drag to move) arrives soon. Until then, the Opportunities list shows every deal.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/placeholder_page.py" line="40" />
        <source>DashboardPlaceholderPage</source>
        <comment>Dashboard</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/placeholder_page.py" line="41" />
        <source>DashboardPlaceholderPage</source>
        <comment>The dashboard (funnel, forecast, win rate) arrives soon.</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/activities_page.py" line="18" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="19" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="20" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="21" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="22" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="71" />
        <source>Beacon cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/detail_panel.py" line="34" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="35" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="36" />
        <source>Primary contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="37" />
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="38" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="39" />
        <source>Met at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="40" />
        <source>Contacts met here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="41" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="42" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="43" />
        <source>Incentive program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="74" />
        <source>Choose a row in the list to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="99" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="113" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="117" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="119" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="121" />
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="130" />
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="134" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="184" />
        <source>%1 · changed %2 by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="211" />
        <source>No linked records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="245" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="253" />
        <source>Could not save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="262" />
        <source>Changed elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="264" />
        <source>This %1 was deleted in another window since you opened it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="266" />
        <source>What you typed is still in the form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="267" />
        <location filename="../../ui/detail_panel.py" line="281" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="273" />
        <source>This %1 was changed elsewhere since you opened it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="275" />
        <source>no shown field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="277" />
        <source>Changed there: %1.
Your edits are still in the form. Reload shows their values in the fields you did not touch and keeps what you typed; then save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="280" />
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="312" />
        <source>Add activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="317" />
        <source>Could not add the activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="324" />
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="324" />
        <source>Mark not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/detail_panel.py" line="326" />
        <source>Could not change the task</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/activities_page.py" line="29" />
        <location filename="../../ui/record_pages.py" line="42" />
        <location filename="../../ui/record_pages.py" line="73" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/activities_page.py" line="31" />
        <location filename="../../ui/record_pages.py" line="26" />
        <source>Any owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="12" />
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="16" />
        <source>Any city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="23" />
        <source>Any stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="24" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="27" />
        <source>Any business line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="30" />
        <source>Next step: any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="45" />
        <source>Any country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/record_pages.py" line="55" />
        <source>Any conference</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>incentive program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Conferences</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Incentive programs</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Chinese name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Modalities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <location filename="../../ui/labels.py" line="111" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>WeChat ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Kept on the basis of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Primary contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>Lost because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Business line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Approach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Next step due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>Eligibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <location filename="../../ui/labels.py" line="88" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Incentive program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>Drug developer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94" />
        <source>CDMO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95" />
        <source>CRO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>Pharma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>Cell-line developer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Instruments &amp; consumables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>Distributor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100" />
        <source>Investor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102" />
        <source>Regulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>Consultancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104" />
        <source>Hospital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>University</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>WeChat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119" />
        <source>CDMO/CRO partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120" />
        <source>Investigator-initiated trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>Licensing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>Distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>Business card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126" />
        <source>Public source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>Funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>Clinical resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130" />
        <source>Accelerator support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>Regulatory fast track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134" />
        <source>Typed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <location filename="../../ui/main_window.py" line="67" />
        <source>Beacon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>Ctrl+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Ctrl+K  search anywhere
Ctrl+N  new record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <location filename="../../ui/main_window.py" line="267" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>&amp;Delete record…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>&amp;Search anywhere…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>&amp;Find in list</source>
        <translation>在列表中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>That %1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <location filename="../../ui/main_window.py" line="259" />
        <source>Cannot undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../ui/new_record_dialog.py" line="27" />
        <location filename="../../ui/new_record_dialog.py" line="32" />
        <location filename="../../ui/new_record_dialog.py" line="63" />
        <source>New %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_record_dialog.py" line="35" />
        <source>Fields marked * are required. More fields are in the panel beside the list once the record exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/new_record_dialog.py" line="44" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/new_record_dialog.py" line="68" />
        <source>Could not save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="27" />
        <source>Pipeline board</source>
        <translation>销售管道看板</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="29" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="31" />
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="33" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="35" />
        <source>Conferences</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="37" />
        <source>Incentive programs</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="39" />
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="41" />
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/list_page.py" line="83" />
        <location filename="../../ui/list_page.py" line="288" />
        <source>New %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="85" />
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="98" />
        <source>Search as you type: 中文, pinyin (liming), initials (lm) or English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="108" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="259" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="274" />
        <source>Nothing matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="277" />
        <source>No %1 match “%2”. Check the spelling, try pinyin or initials, or clear the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="280" />
        <source>No %1 match these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="282" />
        <source>Clear search and filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="284" />
        <source>No %1 yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="286" />
        <source>Press Ctrl+N to add the first one, or import a workbook from the File menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="353" />
        <location filename="../../ui/list_page.py" line="370" />
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="354" />
        <source>Delete “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="355" />
        <source>It disappears from every list. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="356" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="372" />
        <source>Could not delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="374" />
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="380" />
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="380" />
        <source>Mark not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="382" />
        <source>Could not change the task</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchAnywhereDialog</name>
    <message>
        <location filename="../../ui/search_anywhere.py" line="31" />
        <source>Search anywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/search_anywhere.py" line="39" />
        <source>Find people, organizations, deals, conferences… (中文, pinyin, initials)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/search_anywhere.py" line="71" />
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/search_anywhere.py" line="73" />
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/search_anywhere.py" line="75" />
        <source>Type a name, pinyin (liming), initials (lm) or a word.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineEntryRow</name>
    <message>
        <location filename="../../ui/timeline.py" line="68" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="77" />
        <source>Overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="79" />
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="80" />
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline.py" line="100" />
        <source>What kind of activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="102" />
        <location filename="../../ui/timeline.py" line="138" />
        <source>Log a note, call, meeting… and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="107" />
        <source>Due date of the task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="109" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="123" />
        <source>Nothing logged yet. Notes, calls and tasks you add appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="137" />
        <source>What needs doing, and by when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="146" />
        <source>Type what happened first.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>