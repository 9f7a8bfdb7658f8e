"""Columns other programs write about their own bookkeeping, not about the customer.

Salesforce's Data Loader writes OWNERID, CREATEDBYID, SYSTEMMODSTAMP, ISDELETED... beside
every record; HubSpot adds "Create Date" and "Last Activity Date", Zoho "Created By" and
"Modified Time", Odoo "Created on", the Chinese CRMs 创建人 and 更新时间. Kept in the notes
they would bury what a person wrote there under ids and timestamps of another database,
so an import leaves them out by default and says so ("ignored (system column)"); the user
may still keep one in the notes (the wizard's "Keep in notes", `--map "HEADER=note"`).

Only columns no Beacon field takes are looked up here: an external-id column (Salesforce
ID, HubSpot Record ID, Odoo External ID) is a key, the owner's name (Owner, 负责人) a
field or a note; the ids of owners and editors (OWNERID, sales_id) are bookkeeping.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.catalogue.headers import fold, read_header

SYSTEM_HEADERS = (
    # Salesforce (Data Loader API names; report exports spell them out)
    "IsDeleted", "MasterRecordId", "RecordTypeId", "OwnerId", "CreatedById",
    "LastModifiedById", "CreatedDate", "LastModifiedDate", "SystemModstamp",
    "LastActivityDate", "LastViewedDate", "LastReferencedDate", "PhotoUrl", "CleanStatus",
    "ConnectionReceivedId", "ConnectionSentId", "LastCURequestDate", "LastCUUpdateDate",
    "HasOpportunityLineItem", "PricebookId", "Pricebook2Id", "FiscalQuarter", "FiscalYear",
    "Fiscal", "HasOpenActivity", "HasOverdueTask", "LastStageChangeDate",
    "LastAmountChangedHistoryId", "LastCloseDateChangedHistoryId", "PushCount",
    "SyncedQuoteId", "IsPrivate", "IndividualId", "IsPriorityRecord", "IsUnreadByOwner",
    "ConvertedAccountId", "ConvertedContactId", "ConvertedOpportunityId", "ConvertedDate",
    "Created By", "Created By ID", "Last Modified By", "Last Modified By ID",
    "Last Modified Date", "Created Date", "Owner ID", "Record Type ID", "Last Activity",
    # HubSpot
    "Create Date", "Last Activity Date", "Object create date/time", "Created by user ID",
    "Updated by user ID", "Merged record IDs", "Record source", "Record source detail",
    "Record creation source ID", "Record creation source user ID", "HubSpot Team",
    "Owner assigned date", "hs_createdate", "hs_lastmodifieddate",
    "createdate", "lastmodifieddate", "hubspot_owner_id", "HubSpot Owner ID",
    # Zoho
    "Created Time", "Modified By", "Modified Time", "Last Activity Time", "Change Log Time",
    "Last Enriched Time", "Enrich Status", "Unsubscribed Mode", "Unsubscribed Time",
    "Locked", "Record Approval Status",
    # Outlook's technical columns (English and Chinese): how an address is sent and shown
    "E-mail Type", "E-mail Display Name", "Internet Free Busy", "Directory Server",
    "Sensitivity", "电子邮件类型", "电子邮件显示名称", "Internet 忙闲", "目录服务器", "敏感度",
    # Odoo
    "Created on", "Last Updated on", "Last Updated by", "Last Modified on", "create_date",
    "create_uid", "write_date", "write_uid", "__last_update",
    # Pipedrive ("Deal - Add time": its record-type prefix is read off first)
    "Add time", "Update time", "Stage change time", "Creator", "Visible to",
    # Krayin, Atomic CRM and other web CRMs' database columns
    "created_at", "updated_at", "deleted_at", "created_by", "updated_by", "modified_at",
    "modified_by", "created_on", "updated_on", "is_deleted", "sales_id", "user_id",
    "owner_id", "Date created", "Date modified", "Last modified", "Last updated",
    # the Chinese CRMs (悟空, 纷享销客, 销售易, RuoYi) and their templates
    "创建人", "创建者", "创建时间", "创建日期", "修改人", "修改者", "修改时间", "修改日期",
    "最后修改人", "最后修改时间", "最后修改日期", "最新修改人", "最新修改时间", "最新修改日",
    "最近修改时间", "最近修改人", "更新人", "更新者", "更新时间", "更新日期", "最后更新时间",
    "录入人", "录入时间", "删除标志", "是否删除", "锁定状态", "生命状态", "数据版本",
)
# Prefixes of a program's own columns: Salesforce's Data.com (Jigsaw, JigsawCompanyId).
SYSTEM_PREFIXES = ("jigsaw",)
# A Salesforce custom field (NAME__C) is the customer's own data, kept like any unknown
# column; one named for a session, token or checksum is the org's integration state.
_CUSTOM_FIELD = re.compile(r"^(.*?)_{2}c$", re.IGNORECASE)
CUSTOM_SYSTEM_WORDS = ("session", "token", "hash", "checksum", "signature", "nonce",
                       "syncstate", "syncstatus", "lastsync", "synctime")


@lru_cache(maxsize=1)
def _folded() -> frozenset[str]:
    return frozenset(fold(h) for h in SYSTEM_HEADERS)


@lru_cache(maxsize=4096)
def is_system_column(header: str) -> bool:
    """Whether a header names another program's bookkeeping (an editor's id, a timestamp
    of its database, a deleted flag): a column an import leaves out unless asked."""
    custom = _CUSTOM_FIELD.match(header.strip())
    if custom:
        stem = fold(custom[1])
        return any(word in stem for word in CUSTOM_SYSTEM_WORDS)
    names = read_header(header).names
    known = _folded()
    return any(n in known or n.startswith(SYSTEM_PREFIXES) for n in names)
