"""The headers other people and programs write for each Beacon field.

English and Chinese headers people type, and the export headers of Salesforce (Data
Loader API names: NAME, STAGENAME, CLOSEDATE, BILLINGCITY), HubSpot, Pipedrive
("Deal - Title": the record-type prefix is read by tracker.catalogue.headers), Zoho,
Odoo, Google Contacts ("E-mail 1 - Value": numbering and "- Value" are read there too),
Outlook, Thunderbird (English and Chinese), Apple, Krayin, Atomic CRM and the Chinese CRM
templates (悟空, 纷享销客, 销售易, RuoYi, WPS customer templates).

Headers are compared folded (tracker.catalogue.headers.fold): case, width, spaces and
punctuation do not matter, so "Deal Name", "deal_name" and "ＤＥＡＬ　ＮＡＭＥ" are one. Within
a field the first alias is the most specific: when two columns could fill one field, the
column whose header comes earlier in its list wins ("Job Title" over "Title", "Amount"
over "Expected Revenue").
"""

from __future__ import annotations

# Columns a person would not want lost, that Beacon has no field for: kept in the notes as
# "Header: value" (any record type).
NOTE_HEADERS = (
    "address", "street", "address line 1", "address line 2", "home address", "work address",
    "business street", "billing street", "mailing street", "zip", "zip code", "postal code",
    "postcode", "state", "province", "region", "state province", "district", "county",
    "industry", "lead source", "source", "deal source", "type", "deal type",
    "opportunity type", "account type", "customer type", "department", "fax",
    "fax number", "business fax", "birthday", "birth date", "date of birth", "nickname",
    "gender", "background", "customer level", "rating", "segment", "products",
    "associated product", "product", "forecast category", "linkedin", "linkedin url",
    "twitter", "skype", "qq", "salutation", "name prefix", "name suffix", "suffix",
    "pager", "pager number", "description of need", "expected revenue", "subscription date",
    "lifecycle stage", "lead status", "web page 2", "website 2",
    "地址", "详细地址", "办公地址", "公司地址", "家庭地址", "工作地址", "通讯地址", "邮编",
    "邮政编码", "省", "省份", "省市", "省自治区直辖市", "市区", "区", "区县", "地区", "区域",
    "客户所属区域", "所属区域", "行业", "客户行业", "行业类别", "所属行业", "来源", "客户来源",
    "信息来源", "线索来源", "商机来源", "类型", "客户类型", "客户类别", "客户分类", "所属分类",
    "客户级别", "级别", "等级", "客户等级", "部门", "所属部门", "传真", "联系传真", "传真号码",
    "生日", "出生日期", "昵称", "性别", "品牌", "指标类型", "所属年度", "所属季度", "年度", "季度",
    "新老客户", "涉及产品", "产品", "订货产品", "税号", "开户银行", "银行账号", "付款方式",
    "寻呼机号码", "网页2", "qq号", "称呼", "称谓", "屏幕名", "生日年", "生日月", "生日日",
    "出生年份", "出生月份", "出生日", "自定义", "定制", "custom", "居住省份", "家庭邮编",
    "工作省份", "工作邮编", "工作国家", "居住国家", "screen name", "birth year", "birth month",
    "birth day", "home state", "home zipcode", "work state", "work zipcode", "home country",
    "work country", "省自治区直辖市",
    # Google Contacts' numbered address parts ("Address 1 - Street"; "- City" is the city)
    "address street", "address formatted", "address po box", "address region",
    "address postal code", "address extended address", "address country",
    "address street address", "address state", "address zip", "address line",
    "number of employees", "employees", "annual revenue", "mailing country",
    "billing country", "mailing state", "billing state", "mailing postal code",
    "billing postal code", "street2", "street 2", "next contact", "last contact",
    "下次联系时间", "最后跟进时间", "最近跟进时间", "成交状态", "是否关键决策人", "关键决策人",
    "办公地点", "员工人数", "人员规模", "公司规模", "年营业额", "注册资本", "备注名",
    "客户昵称", "添加人", "所属部门",
    # Outlook's export (English and Chinese): the parts of its addresses, faxes, pager
    "office location", "profession", "home street", "other street", "other city",
    "organization department", "phonetic first name", "phonetic last name",
    "mailing zip", "billing zip", "other zip", "skype id", "skype name",
    "商务地址 街道", "商务地址 街道 2", "商务地址 街道 3", "商务地址 省/市/自治区",
    "商务地址 邮政编码", "商务地址 国家/地区", "住宅地址 街道", "住宅地址 市/县",
    "住宅地址 省/市/自治区", "住宅地址 邮政编码", "住宅地址 国家/地区", "其他地址 街道",
    "其他地址 市/县", "商务传真", "住宅传真", "其他传真", "寻呼机", "后缀", "职业", "纪念日",
    "隶属部门", "客户区域", "行业划分",
)

# Columns that only number the rows: not kept anywhere (the row's place says as much).
ROW_NUMBER_HEADERS = ("序号", "No", "No.", "Nr", "#", "S/N", "SN", "Sr No", "Serial No",
                      "Row", "Row number", "Line", "行号", "序列号")

ORGANIZATION: dict[str, tuple[str, ...]] = {
    "name": ("Name", "Company name", "Organization name", "Organisation name", "Account name",
             "Company", "Organization", "Organisation", "Account", "Customer name", "Customer",
             "Partner name", "Partner", "Display name", "Business name",
             "客户名称", "公司名称", "企业名称", "单位名称", "机构名称", "合作企业名称", "客户姓名",
             "名称", "客户", "公司", "单位", "企业", "机构"),
    "name_zh": ("Chinese name", "Name zh", "Name (Chinese)", "中文名称", "中文名", "公司中文名",
                "中文全称"),
    "name_en": ("English name", "Name (English)", "英文名称", "英文名", "公司英文名", "英文全称"),
    "other_names": ("Other names", "Also known as", "AKA", "Abbreviation", "Short name",
                    "Former name", "Phonetic name", "Yomi name", "别名", "简称", "曾用名",
                    "公司简称"),
    "kind": ("Kind", "Organization kind", "Organization type", "Company type", "Kind of "
             "organization", "机构类型", "组织类型", "企业类型"),
    "country": ("Country", "Country/Region", "Country region", "Billing country",
                "Mailing country", "Address country", "Work country", "国家", "国家地区",
                "国家/地区", "所在国家"),
    "city": ("City", "Billing city", "Mailing city", "Address city", "Work city", "城市",
             "所在城市", "所在地", "市"),
    "modalities": ("Modalities", "Modality", "技术类型", "疗法"),
    "website": ("Website", "Web site", "Website value", "Company domain name", "Domain", "URL",
                "Web page", "Web page 1", "Homepage", "Home page", "网址", "网站", "公司网址",
                "官网", "主页", "网页1"),
    # a company's own lines (HubSpot "Phone Number", Salesforce's Account Phone, Odoo's
    # Phone, 总机); a person's mobile or 联系电话 beside a 联系人 column stays in the notes
    "phones": ("Phones", "Company phone", "Main phone", "Office phone", "Business phone",
               "Account phone", "Switchboard", "Phone", "Phone number", "Telephone", "Tel",
               "Phone value", "Work phone", "Other phone", "公司电话", "总机", "总机电话",
               "办公电话", "电话", "电话号码", "固定电话", "座机", "客服电话", "服务热线", "热线"),
    "emails": ("Emails", "Company email", "General email", "Email", "E-mail", "Email address",
               "E-mail address", "Work email", "Business email", "公司邮箱", "企业邮箱", "邮箱",
               "电子邮件", "电子邮箱", "邮箱地址"),
    "tags": ("Tags", "Tag", "Labels", "标签"),
    "notes": ("Notes", "Description", "Remarks", "Remark", "Comments", "Comment", "Notes 1",
              "备注", "说明", "描述", "备注说明", "注释"),
    "uid": ("Beacon ID",),
    "version": ("Version",),
    "external_id": ("Record ID", "External ID", "ID", "Account ID", "Company ID",
                    "Organization ID", "Customer ID", "Customer code", "Reference",
                    "客户编码", "客户编号", "客户代号", "公司编号", "编号", "客户ID",
                    "hs_object_id"),
    "note": NOTE_HEADERS + ("Mobile", "Mobile phone", "联系电话", "手机", "手机号", "Owner",
                            "Company owner", "Account owner", "负责人", "业务负责人",
                            "联系人", "主要负责人"),
}

CONTACT: dict[str, tuple[str, ...]] = {
    # the contact's own name before a bare "Name" (an Odoo lead's title beside Contact Name)
    "name": ("Contact name", "Full name", "Person name", "Contact full name", "Lead name", "Name",
             "Display name", "Contact", "Person", "显示名称", "显示姓名", "姓名", "联系人姓名",
             "联系人", "客户联系人", "主要负责人", "联系人名称", "全名"),
    "first_name": ("First name", "Given name", "Forename", "Firstname", "First", "名字", "名"),
    "middle_name": ("Middle name", "Additional name", "Middle", "中间名"),
    "last_name": ("Last name", "Family name", "Surname", "Lastname", "Last", "姓氏", "姓"),
    "name_zh": ("Chinese name", "Name zh", "Name (Chinese)", "中文名", "中文姓名", "中文名称"),
    "name_en": ("English name", "Name (English)", "英文名", "英文姓名", "英文名称"),
    "other_names": ("Other names", "Also known as", "AKA", "Phonetic name", "Yomi name",
                    "Maiden name", "别名", "曾用名"),
    "title": ("Job title", "Job position", "Position", "Role", "Organization title",
              "Job", "Occupation", "Designation", "Title", "职务", "职位", "岗位", "头衔", "职称"),
    "organization": ("Organization", "Company", "Company name", "Organization name",
                     "Organisation", "Account name", "Company / Account", "Account",
                     "Related company",
                     "Employer", "Customer name", "Customer", "客户名称", "客户姓名", "公司",
                     "公司名称", "单位", "单位名称", "所属公司", "工作单位", "所属客户", "企业名称", "客户"),
    "organization_id": ("Account ID", "Company ID", "Organization ID", "Associated company ID",
                        "客户编号", "客户编码", "客户代号", "公司编号"),
    "emails": ("Emails", "Email", "E-mail", "Mail", "Email address", "E-mail address",
               "Primary email", "Secondary email", "Other email", "Email value", "Work email",
               "Home email", "Personal email", "Business email", "主要电子邮件", "次要电子邮件",
               "备用电子邮件", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "email地址",
               "QQ/email", "电子邮件地址"),
    "phones": ("Phones", "Phone", "Phone number", "Phone value", "Telephone", "Tel", "Mobile",
               "Mobile phone", "Mobile number", "Mobile phone number", "Cell", "Cell phone",
               "Work phone", "Home phone", "Business phone", "Office phone", "Main phone",
               "Other phone", "Contact numbers", "Phone numbers", "电话",
               "手机", "联系电话", "手机号", "手机号码", "移动电话", "移动电话号码", "工作电话",
               "家庭电话", "住宅电话", "办公电话", "固定电话", "座机", "联系方式", "电话号码",
               "座机电话", "座机号码", "固话", "联系手机", "手提电话", "行动电话", "单位电话",
               "Car phone", "商务电话", "主要电话", "其他电话", "车载电话"),
    # the company's own line beside the person's (Outlook: Company Main Phone, 单位主要电话)
    "organization_phones": ("Company main phone", "Company phone", "Company phone number",
                            "Organization phone", "Organisation phone", "Account phone",
                            "Company switchboard", "Switchboard", "公司电话", "单位主要电话",
                            "公司总机", "单位总机", "总机", "总机电话", "公司座机", "企业电话"),
    "wechat_id": ("WeChat ID", "WeChat", "Weixin", "微信", "微信号", "微信ID"),
    "city": ("City", "Mailing city", "Address city", "Work city", "Business city", "Home city",
             "城市", "所在城市", "市", "工作城市", "商务地址 市/县", "居住城市"),
    "languages": ("Languages", "Language", "语言"),
    "tags": ("Tags", "Tag", "Labels", "Group membership", "Categories", "标签", "类别"),
    "notes": ("Notes", "Description", "Remarks", "Remark", "Comments", "Comment", "About",
              "备注", "说明", "描述", "注释", "附注"),
    "is_company": ("Is a company", "Is company", "是否公司", "是否为公司"),
    "uid": ("Beacon ID",),
    "version": ("Version",),
    "external_id": ("Record ID", "Contact ID", "Person ID", "External ID", "Customer ID", "ID",
                    "联系人编号", "联系人ID", "hs_object_id"),
    "phone_extension": ("Extension", "Ext", "Phone extension", "分机", "分机号", "内线"),
    "note": NOTE_HEADERS + ("Website", "Web page", "Web page 1", "Homepage", "Country",
                            "Country/Region", "Owner", "Contact owner", "Status",
                            "负责人", "所属销售", "业务负责人", "信息负责人", "销售负责人", "跟进人",
                            "国家", "网址", "网页", "网页1", "主页"),
}

OPPORTUNITY: dict[str, tuple[str, ...]] = {
    "title": ("Title", "Deal name", "Opportunity name", "Lead title", "Deal title",
              "Opportunity title", "Project name", "Potential name", "Deal", "Opportunity",
              "Subject", "Name", "项目名称", "商机名称", "机会名称", "销售机会名称", "线索名称",
              "商机标题", "商机", "项目", "标题", "机会", "销售机会"),
    "organization": ("Organization", "Company", "Company name", "Account name", "Account",
                     "Organisation", "Deal organization", "Associated company", "Customer",
                     "Company / Account", "甲方单位", "甲方", "客户单位",
                     "Customer name", "Partner", "Organization name", "客户名称", "客户姓名",
                     "公司名称",
                     "客户", "公司", "单位名称", "机构", "合作企业名称", "所属客户", "客户公司"),
    "organization_id": ("Account ID", "Company ID", "Organization ID",
                        "Associated company ID", "客户编号", "客户编码", "客户代号"),
    "client": ("Client", "End client", "最终客户", "委托方"),
    "primary_contact": ("Primary contact", "Contact person", "Contact name", "Contact",
                        "Deal contact person", "Person", "Person name", "Associated contact",
                        "客户联系人", "联系人", "联系人姓名"),
    # 悟空CRM's 商机状态组 is the group of stages a deal moves through (its pipeline), not a
    # status: its cells name the group (销售流程商机组), never won or lost
    "pipeline": ("Pipeline", "Sales pipeline", "Lead pipeline", "销售流程", "商机流程", "管道",
                 "商机状态组", "商机组"),
    "stage": ("Stage", "Deal stage", "Sales stage", "Pipeline stage", "Stage name",
              "Opportunity stage", "阶段", "销售阶段", "商机阶段", "项目阶段", "跟进阶段"),
    "status": ("Status", "Deal status", "Opportunity status", "Won/Lost", "状态", "商机状态",
               "赢单状态"),
    "is_won": ("Is won", "Won", "是否赢单"),
    "is_closed": ("Is closed", "Closed", "是否关闭"),
    "value": ("Value", "Amount", "Deal value", "Deal amount", "Opportunity amount",
              "Lead value", "Amount in company currency", "Expected revenue", "Revenue",
              "金额", "预计金额", "商机金额", "合同金额", "预计成交金额", "签单额", "预计销售额",
              "销售金额", "项目金额", "预算", "预计签单金额", "签单金额", "成交金额", "合同额",
              "意向金额", "预算金额", "项目预算"),
    "currency": ("Currency", "Currency code", "Currency ISO code", "Deal currency",
                 "Currency of value", "Amount currency", "Opportunity currency",
                 "Value currency", "Amount (converted) currency", "币种", "货币", "币别"),
    "probability": ("Probability", "Probability %", "Deal probability", "Win probability",
                    "赢率", "赢单率", "赢单概率", "成交概率", "概率", "成功率"),
    "expected_close": ("Expected close", "Expected close date", "Close date", "Closing date",
                       "Expected closing", "Estimated close date", "Expected closing date",
                       "预计成交日期", "预计签约日期", "预计完成日期", "预计达成时间",
                       "预计成交时间", "预计签单日期", "结单日期"),
    "closed_on": ("Closed on", "Closed at", "Date closed", "Closed date", "Won date",
                  "成交日期", "赢单日期", "关闭日期"),
    "owner": ("Owner", "Deal owner", "Opportunity owner", "Salesperson", "Sales person",
              "Assigned to", "Owner name", "负责人", "业务负责人", "销售负责人", "商机负责人",
              "项目负责人",
              "信息负责人", "跟进人", "所属销售", "销售人员", "销售"),
    "business_line": ("Business line", "Business unit", "Division", "业务线", "所属事业部",
                      "事业部", "产品线"),
    "approach": ("Approach", "合作模式", "合作方式"),
    "modality": ("Modality", "Therapy", "技术类型", "疗法"),
    "next_step": ("Next step", "Next action", "下一步", "下一步计划", "下次跟进"),
    "next_step_due": ("Next step due", "Next action date", "Next activity date",
                      "下一步日期", "下次联系时间", "下次跟进时间"),
    "lost_reason": ("Lost reason", "Loss reason", "Closed lost reason", "Lost because",
                    "输单原因", "丢单原因"),
    "tags": ("Tags", "Tag", "Labels", "标签"),
    "notes": ("Notes", "Description", "Remarks", "Remark", "Comments", "Comment", "备注",
              "说明", "描述", "商机描述", "项目说明", "详细说明"),
    "uid": ("Beacon ID",),
    "version": ("Version",),
    "external_id": ("Record ID", "Deal ID", "Opportunity ID", "Lead ID", "External ID", "ID",
                    "商机编号", "项目编号", "项目备案号", "信息备案号", "编号", "hs_object_id"),
    # the contact's ways to reach them in a leads file (Odoo's Email, Phone, Mobile, Job
    # Position beside Contact Name; 线索: 联系人, 手机, 邮箱): the contact's, not the deal's
    "contact_title": ("Contact job title", "Contact title", "Job position", "Job title",
                      "Position", "联系人职务", "职务", "职位"),
    "contact_emails": ("Contact email", "Email", "E-mail", "Email address", "Email from",
                       "联系人邮箱", "邮箱", "电子邮箱", "电子邮件"),
    "contact_phones": ("Contact phone", "Contact mobile", "Phone", "Phone number", "Mobile",
                       "Mobile phone", "联系人电话", "联系人手机", "手机", "手机号", "电话",
                       "联系电话"),
    "note": NOTE_HEADERS + ("微信",),
}

ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "organization": ORGANIZATION, "contact": CONTACT, "opportunity": OPPORTUNITY,
}

# A record-type word before " - " in Pipedrive's headers ("Deal - Title", "Person - Name").
ENTITY_WORDS = {
    "opportunity": ("deal", "opportunity", "lead", "商机"),
    "organization": ("organization", "organisation", "company", "account", "客户", "公司"),
    "contact": ("person", "contact", "联系人"),
}
# A linked record's name under its record-type prefix: "Organization - Name" in a deals file.
LINKS_BY_PREFIX = {
    "opportunity": {"organization": "organization", "contact": "primary_contact"},
    "contact": {"organization": "organization"},
    "organization": {},
}
# A linked record's way to reach it under its record-type prefix: Pipedrive's "Person - Email
# (Work)" and "Person - Phone" in a deals file are the deal's contact's (a field of the
# linked record's type -> the field of this file's type that carries it).
LINKED_BY_PREFIX = {
    "opportunity": {"contact": {"emails": "contact_emails", "phones": "contact_phones",
                                "title": "contact_title"}},
    "contact": {"organization": {"phones": "organization_phones"}},
    "organization": {},
}
# Words that say which kind of email or phone a column holds ("Work Phone", "email_home").
TYPE_WORDS = ("work", "home", "other", "mobile", "business", "personal", "main", "primary",
              "secondary", "private", "office", "company", "cell", "工作", "住宅", "家庭", "办公",
              "主要", "次要", "其他", "私人", "公司")
# Columns that describe another column (Google's "Phone 1 - Type"): not imported.
DESCRIBING_PARTS = ("type", "label", "types", "labels")
