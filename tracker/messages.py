"""What the core tells a user about a wrong value, as templates the window translates.

`say(TEMPLATE, name=value)` gives the English sentence: a `str`, so the command line,
error files and tests read it as it is. It also carries its template and values, so
ui/messages.py can look the template up in the "Messages" translation context and fill
in the same values (the Chinese interface shows Chinese reasons).

Templates are marked with QT_TRANSLATE_NOOP: here a plain function (tracker never
imports Qt), but the name Qt's lupdate collects, so packaging/update-translations.sh
puts every template in the translation file.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """An English sentence that remembers the template and values it was made from."""

    template: str
    values: dict[str, Any]


def say(template: str, **values: Any) -> Message:
    message = Message(template.format(**values))
    message.template = template
    message.values = values
    return message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate knows)
    return text


# --- any field ---------------------------------------------------------------------------
REQUIRED = QT_TRANSLATE_NOOP("Messages", "is required")
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "is {length} characters long; at most {limit} fit")
NOT_A_FIELD = QT_TRANSLATE_NOOP("Messages", "is not a field of {entity}")
NOT_ONE_OF = QT_TRANSLATE_NOOP("Messages", "{value} is not one of: {allowed}")
NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Messages", "{value} is not a whole number")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("Messages", "cannot be negative")
HOLDS_NUL = QT_TRANSLATE_NOOP("Messages", "holds a NUL character (byte 0), which no text has; "
                                          "the cell was not used")
NO_LINKED = QT_TRANSLATE_NOOP("Messages", "no {label} {value} (deleted or never made)")

# --- contacts ----------------------------------------------------------------------------
NOT_EMAIL = QT_TRANSLATE_NOOP("Messages",
                              "{value} is not an email address (expected name@example.com)")
NOT_PHONE = QT_TRANSLATE_NOOP("Messages", "{value} is not a phone number")
INVALID_PHONE = QT_TRANSLATE_NOOP("Messages", "{value} is not a valid phone number (numbers "
                                              "without +country code are read as {region})")
INVALID_INTERNATIONAL_PHONE = QT_TRANSLATE_NOOP("Messages", "{value} is not a valid phone "
                                                            "number for its country code")
INVALID_NANP_PHONE = QT_TRANSLATE_NOOP("Messages", "{value} is written as a North American "
                                                   "number (+1) but is not a valid one, nor a "
                                                   "Chinese one")
NOT_WEB_ADDRESS = QT_TRANSLATE_NOOP("Messages", "{value} is not a web address")

# --- dates and percentages -----------------------------------------------------------------
NOT_DATE = QT_TRANSLATE_NOOP("Messages", "{value} is not a date")
NOT_DATE_EXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "{value} is not a date (expected 2024-03-05, 2024/3/5 or 2024年3月5日)")
NOT_REAL_DATE = QT_TRANSLATE_NOOP("Messages", "{value} is not a real date (no such month or "
                                               "day)")
NOT_PERCENT = QT_TRANSLATE_NOOP("Messages", "{value} is not a percentage")
OUTSIDE_PERCENT = QT_TRANSLATE_NOOP("Messages", "{value} is outside 0-100%")

# --- money -------------------------------------------------------------------------------
NOT_MONEY = QT_TRANSLATE_NOOP("Messages", "{value} is not an amount of money")
NOT_MONEY_EXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "{value} is not an amount of money (expected 1200000, ¥1,200,000, RMB 1.2m "
                "or 120万)")
MONEY_FLOAT = QT_TRANSLATE_NOOP("Messages", "money must not be a float; pass text or Decimal")
NEGATIVE_MONEY = QT_TRANSLATE_NOOP("Messages", "must not be negative")
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP("Messages", "{value} has more than {places} decimal places")
TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "{value} is too large")
TOO_SMALL = QT_TRANSLATE_NOOP("Messages", "{value} is too small to be a real amount")
UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP("Messages", "{value} is not a known currency ({known})")
CURRENCY_FOR_VALUE = QT_TRANSLATE_NOOP("Messages",
                                       "is required when a value is given (CNY, USD, EUR)")
RATE_PAIR = QT_TRANSLATE_NOOP("Messages", "a rate converts between two currencies")
RATE_POSITIVE = QT_TRANSLATE_NOOP("Messages", "must be a number greater than zero")
NOT_NUMBER = QT_TRANSLATE_NOOP("Messages", "{value} is not a number")

# --- deals, pipelines and stages -----------------------------------------------------------
NOT_STATUS = QT_TRANSLATE_NOOP("Messages", "{value} is not a status (open, won or lost)")
LOST_REASON = QT_TRANSLATE_NOOP("Messages", "say why the deal was lost")
NO_STAGE = QT_TRANSLATE_NOOP("Messages", "no stage {value}")
NO_PIPELINE = QT_TRANSLATE_NOOP("Messages", "no pipeline {value}")
NO_STAGES = QT_TRANSLATE_NOOP("Messages", "pipeline {name} has no stages")
PROBABILITY_RANGE = QT_TRANSLATE_NOOP("Messages", "must be from 0 to 100")
PIPELINE_EXISTS = QT_TRANSLATE_NOOP("Messages", "a pipeline named {name} exists")
STAGE_EXISTS = QT_TRANSLATE_NOOP("Messages", "{pipeline} has a stage {name}")
SAME_STAGE_TWICE = QT_TRANSLATE_NOOP("Messages", "the pipeline has a stage {name}")
EVERY_STAGE_ONCE = QT_TRANSLATE_NOOP("Messages", "name every stage of the pipeline once")
KEEP_ONE_STAGE = QT_TRANSLATE_NOOP("Messages", "a pipeline keeps at least one stage")
STAGE_HOLDS_DEALS = QT_TRANSLATE_NOOP(
    "Messages", "stage {name} holds {count} deals: choose the stage they move to")

# --- import rows ---------------------------------------------------------------------------
REPEATED_HEADER = QT_TRANSLATE_NOOP("Messages", "repeated header row")
SAME_AS_ROW = QT_TRANSLATE_NOOP("Messages", "same as row {row}")
SAME_RECORD_AS_ROW = QT_TRANSLATE_NOOP("Messages", "the same record as row {row}")
ALREADY_IN_BEACON = QT_TRANSLATE_NOOP("Messages", "already in Beacon (same {key})")
NO_MATCH = QT_TRANSLATE_NOOP("Messages", "no matching record in Beacon")
NO_STAGE_NAMED = QT_TRANSLATE_NOOP("Messages", "no stage named {name} (stages: {known})")
DID_YOU_MEAN = QT_TRANSLATE_NOOP("Messages", "{column}: {text} is not in Beacon; did you mean "
                                             "{suggestion}?")
NO_LINK_NAMED = QT_TRANSLATE_NOOP("Messages", "no {entity} named {text} in Beacon (allow "
                                              "creating linked records, or import {entity}s "
                                              "first)")
DELETED_IN_BEACON = QT_TRANSLATE_NOOP("Messages", "this record was deleted in Beacon; restore "
                                                  "it from the bin first")
EDITED_SINCE_EXPORT = QT_TRANSLATE_NOOP("Messages", "edited in Beacon since export (version "
                                                    "{version}, file {file_version})")
ENCODING_UNSURE = QT_TRANSLATE_NOOP("Messages", "the text's encoding is not certain: it reads "
                                                "as {encoding}, but also as {others}; say "
                                                "which with --encoding")
NO_SUCH_ENCODING = QT_TRANSLATE_NOOP("Messages", "{encoding} is not an encoding Beacon knows "
                                                 "(for example {known})")
BAD_BYTES = QT_TRANSLATE_NOOP("Messages", "some of this row is not {encoding} text: those "
                                          "characters show as \ufffd (choose another "
                                          "encoding if the row reads wrong)")
EMAIL_TYPO = QT_TRANSLATE_NOOP("Messages", "{value} looks like a slip for {domain}; imported "
                                           "as written, check it")
KEPT_IN_NOTES = QT_TRANSLATE_NOOP("Messages", "{reason}; kept in the notes as written")
ORGANIZATION_PHONE_KEPT = QT_TRANSLATE_NOOP("Messages", "a phone of the person's organization, "
                                                        "and the row names none")
NOT_YES_NO = QT_TRANSLATE_NOOP("Messages", "{value} is neither yes nor no")
STAGE_KEPT = QT_TRANSLATE_NOOP("Messages", "no stage of Beacon's pipelines is called {value} "
                                           "(the deal goes to the first stage; say which stage "
                                           "it means to place it)")
PIPELINE_KEPT = QT_TRANSLATE_NOOP("Messages", "Beacon has no pipeline called {value}")
CURRENCY_DISAGREES = QT_TRANSLATE_NOOP("Messages", "{value} names another currency than the file "
                                                   "gives this row ({currency})")
TOTALS_ROW = QT_TRANSLATE_NOOP("Messages", "a totals row ({word}), not a record")
GARBLED_TEXT = QT_TRANSLATE_NOOP("Messages", "{value} is text lost before it reached Beacon (the "
                                             "file was saved in an encoding without these "
                                             "characters): save it again as UTF-8 or .xlsx")
FORMULA_NOT_SAVED = QT_TRANSLATE_NOOP("Messages", "the cell holds a formula with no value saved "
                                                  "(the program that wrote the file did not "
                                                  "calculate it): open the file in Excel or "
                                                  "WPS and save it again")
SHEET_NOTE = QT_TRANSLATE_NOOP("Messages", "a note written on the sheet ({text}), not a record")
AMOUNT_WITHOUT_CURRENCY = QT_TRANSLATE_NOOP("Messages", "the amount names no currency and the "
                                                        "file says none")
REPEATED_HEADER_AGAIN = QT_TRANSLATE_NOOP("Messages", "a second header row (column names)")
HINT_ROW = QT_TRANSLATE_NOOP("Messages", "how to fill in the columns (必填, required, e.g.), "
                                         "not a record")
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Messages", "nothing to import in this row (only "
                                                  "{columns})")
NOTHING_TO_KNOW_IT_BY = QT_TRANSLATE_NOOP("Messages", "no name, email, phone or ID to know "
                                                      "a record by (a template's defaults or "
                                                      "a legend under the table?)")
MAY_BE = QT_TRANSLATE_NOOP("Messages", "may be {label}: {reason}")
LINK_MAY_BE = QT_TRANSLATE_NOOP("Messages", "{column}: {text} is not in Beacon as written; "
                                            "it {reason}")
NEW_MAY_BE = QT_TRANSLATE_NOOP("Messages", "{column}: {text} and {other} are both new; kept "
                                           "apart though {reason}")
MAY_BE_ROW = QT_TRANSLATE_NOOP("Messages", "may be the same as row {row}: {reason}")
OTHER_EXTERNAL_ID = QT_TRANSLATE_NOOP("Messages", "the same, but it has another {system} ID "
                                                  "({value}): another record")
SAME_RECORD_IN_FILE = QT_TRANSLATE_NOOP("Messages", "the same record as row {row} ({reason})")
IMPORTED_BEFORE = QT_TRANSLATE_NOOP("Messages", "imported before from the same row; nothing "
                                                "to change")
SAME_TITLE = QT_TRANSLATE_NOOP("Messages", "a deal titled {title} at the same organization is "
                                           "in Beacon; deals are matched only by an ID, so this "
                                           "row makes a new one")
SAME_TITLE_SHORT = QT_TRANSLATE_NOOP("Messages", "same title at the same organization")
NEEDS_CURRENCY = QT_TRANSLATE_NOOP("Messages", "the amounts in column {column} name no "
                                               "currency and the file says none: say which "
                                               "with --currency (CNY, USD, EUR)")
EXPORT_AGAIN = QT_TRANSLATE_NOOP("Messages", "edited in Beacon since export (version "
                                             "{version}, file {file_version}): export again "
                                             "and redo the edit")

# --- files that cannot be imported -----------------------------------------------------------
NO_FILE = QT_TRANSLATE_NOOP("Messages", "the file does not exist or is not a file")
EMPTY_FILE = QT_TRANSLATE_NOOP("Messages", "the file is empty")
FILE_TOO_BIG = QT_TRANSLATE_NOOP("Messages", "the file is {size} MB; Beacon imports files up "
                                             "to {limit} MB (split it into smaller files)")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("Messages", "the file is named {suffix} but is not a "
                                               "workbook (it may be damaged or only renamed)")
NOT_AN_XLS = QT_TRANSLATE_NOOP("Messages", "the file is named .xls but is not an Excel "
                                           "97-2003 workbook")
XLS_PASSWORD = QT_TRANSLATE_NOOP("Messages", "the workbook is protected with a password; open "
                                             "it in Excel, remove the password and save it "
                                             "again")
WEB_PAGE_NO_TABLE = QT_TRANSLATE_NOOP("Messages", "the file is a web page with no table in it: "
                                                  "export the list again from the program it "
                                                  "came from, or save it as .xlsx")
XML_2003_DAMAGED = QT_TRANSLATE_NOOP("Messages", "the Excel 2003 XML spreadsheet is damaged (its "
                                                 "XML is broken at line {line}): open it in "
                                                 "Excel or WPS and save it again as .xlsx")
TOO_MANY_TABLES = QT_TRANSLATE_NOOP("Messages", "the file holds more than {limit} tables or "
                                                "sheets; Beacon reads up to {limit} from one "
                                                "file: split it")
XML_2003_NOT_A_PLACE = QT_TRANSLATE_NOOP("Messages", "the Excel 2003 XML spreadsheet is damaged "
                                                     "(ss:{attribute}=\"{value}\" is not a "
                                                     "number): open it in Excel or WPS and save "
                                                     "it again as .xlsx")
BINARY_FILE = QT_TRANSLATE_NOOP("Messages", "the file is not a spreadsheet or CSV text (it "
                                            "holds binary data)")
DAMAGED = QT_TRANSLATE_NOOP("Messages", "the workbook is damaged (cut short, or changed after it "
                                        "was saved): open it in Excel or WPS and save it again")
TOO_MANY_PARTS = QT_TRANSLATE_NOOP("Messages", "the workbook holds {count} parts; that is not "
                                               "a normal spreadsheet")
ZIP_NOT_SPREADSHEET = QT_TRANSLATE_NOOP("Messages", "the file is a zip archive but not a "
                                                    "spreadsheet (no Excel or OpenDocument "
                                                    "workbook inside)")
ODS_PASSWORD = QT_TRANSLATE_NOOP("Messages", "the spreadsheet is protected with a password; "
                                             "open it, remove the password and save it again")
PART_TOO_LARGE = QT_TRANSLATE_NOOP("Messages", "part {part} is too large to be a normal "
                                               "spreadsheet")
ZIP_BOMB_SIZE = QT_TRANSLATE_NOOP("Messages", "the workbook expands to more than {limit} MB "
                                              "(a 'zip bomb'); Beacon does not open it")
ZIP_BOMB_RATIO = QT_TRANSLATE_NOOP("Messages", "the workbook is compressed more than any real "
                                               "spreadsheet (a 'zip bomb'); Beacon does not "
                                               "open it")
DAMAGED_OR_ENCRYPTED = QT_TRANSLATE_NOOP("Messages", "the workbook is damaged or encrypted: open "
                                                     "it in Excel or WPS, take off any password "
                                                     "and save it again")
ENTITY_BOMB = QT_TRANSLATE_NOOP("Messages", "the workbook declares XML entities (an 'entity "
                                            "bomb' or an attempt to read other files); Beacon "
                                            "does not open it")
CELL_OVER_LIMIT = QT_TRANSLATE_NOOP("Messages", "a cell holds more than {limit} characters, "
                                                "more than Excel allows in a cell")
SHEET_CLAIMS_ROWS = QT_TRANSLATE_NOOP("Messages", "the sheet claims {rows} rows; Beacon "
                                                  "imports up to {limit} rows per file")
SHEET_CLAIMS_COLUMNS = QT_TRANSLATE_NOOP("Messages", "the sheet claims {columns} columns; "
                                                     "Beacon imports up to {limit} columns")
SHEET_CLAIMS_CELLS = QT_TRANSLATE_NOOP(
    "Messages", "the sheet reaches row {rows} and column {columns}, a grid larger than the "
                "{limit} cells Beacon reads from one file; delete the stray cells far from "
                "the data, or split the file")
STRINGS_CLAIMED = QT_TRANSLATE_NOOP(
    "Messages", "the workbook claims {claimed} texts but can hold at most {most}; it is "
                "damaged or made to exhaust memory, and Beacon does not open it")
CSV_CELLS = QT_TRANSLATE_NOOP("Messages", "the file has more than {limit} cells; split it "
                                          "into smaller files")
NO_SHEETS = QT_TRANSLATE_NOOP("Messages", "the workbook has no sheets")
PASSWORD = QT_TRANSLATE_NOOP("Messages", "the workbook is protected with a password; remove "
                                         "the password and save it again")
UNREADABLE_WORKBOOK = QT_TRANSLATE_NOOP("Messages", "the workbook cannot be read: open it in Excel "
                                                    "or WPS and save it again as .xlsx")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Messages", "there is no sheet {name} (sheets: {sheets})")
UNREADABLE_SHEET = QT_TRANSLATE_NOOP("Messages", "the sheet cannot be read: open the workbook in "
                                                 "Excel or WPS and save it again as .xlsx")
SHEET_ROWS = QT_TRANSLATE_NOOP("Messages", "the sheet has {rows} rows; Beacon imports up to "
                                           "{limit} per file")
SHEET_COLUMNS = QT_TRANSLATE_NOOP("Messages", "the sheet has {columns} columns; Beacon imports "
                                              "up to {limit}")
LONG_CELL = QT_TRANSLATE_NOOP("Messages", "a cell holds {length} characters, more than Excel "
                                          "allows ({limit})")
CSV_ROWS = QT_TRANSLATE_NOOP("Messages", "the file has more than {limit} rows; split it into "
                                         "smaller files")
CSV_COLUMNS = QT_TRANSLATE_NOOP("Messages", "row {row} has {columns} columns; Beacon imports "
                                            "up to {limit}")
UNREADABLE_CSV = QT_TRANSLATE_NOOP("Messages", "the CSV text cannot be read from here on (a quote "
                                               "left open, or a cell too long): check this row "
                                               "in a text editor")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Messages", "the text is not in a known encoding: name it "
                                                 "with --encoding, or save the file as UTF-8")
EMPTY_SHEET = QT_TRANSLATE_NOOP("Messages", "the sheet is empty")
UNKNOWN_MODE = QT_TRANSLATE_NOOP("Messages", "unknown mode {mode} ({modes})")
NOT_IMPORTED_KIND = QT_TRANSLATE_NOOP("Messages", "Beacon imports {kinds}; not {entity}")
NO_COLUMN_HEADED = QT_TRANSLATE_NOOP("Messages", "no column headed {header} (columns: "
                                                 "{headers})")
NOT_A_FIELD_OF = QT_TRANSLATE_NOOP("Messages", "{field} is not a field of {entity} (fields: "
                                               "{fields})")
NO_HEADER_ROW = QT_TRANSLATE_NOOP("Messages", "the first row holds values ({value}), not "
                                              "column names: the file has no header row; add "
                                              "one (Name, Email...) and import it again")
NO_REQUIRED_COLUMN = QT_TRANSLATE_NOOP("Messages", "no column is mapped to {header}, which "
                                                   "every {entity} needs; map one with --map "
                                                   "\"HEADER={field}\"")
VCARDS_HOLD_CONTACTS = QT_TRANSLATE_NOOP("Messages", "a vCard file holds contacts, not "
                                                     "{entity}")
VCARDS_HAVE_NO_COLUMNS = QT_TRANSLATE_NOOP("Messages", "a vCard file has no sheets or columns "
                                                       "to choose (--sheet, --map)")
CARD_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "the card cannot be read (a property is "
                                                "damaged); the other cards are imported")
SHEET_EMPTY_SKIPPED = QT_TRANSLATE_NOOP("Messages", "no rows: not imported")
SHEET_NOT_ASKED = QT_TRANSLATE_NOOP("Messages", "{rows} row(s) with the same columns, not asked "
                                                "for (--sheet all imports every sheet)")
SHEET_HIDDEN_SAME = QT_TRANSLATE_NOOP("Messages", "hidden, {rows} row(s) with the same columns "
                                                  "(--sheet \"{sheet}\" imports it)")
SHEET_OTHER_COLUMNS = QT_TRANSLATE_NOOP("Messages", "its columns are not those of {sheet}: "
                                                    "import it on its own")

# --- the database file -----------------------------------------------------------------------
DB_EMPTY = QT_TRANSLATE_NOOP("Messages", "the file is empty, not a Beacon database")
DB_NOT_SQLITE = QT_TRANSLATE_NOOP("Messages", "the file is not a SQLite database")
DB_DAMAGED = QT_TRANSLATE_NOOP("Messages", "the database file is damaged ({reason})")
DB_FOREIGN = QT_TRANSLATE_NOOP("Messages", "the file is a SQLite database of another program, "
                                           "not Beacon's")
DB_CANNOT_CREATE = QT_TRANSLATE_NOOP("Messages", "cannot create the database: {reason}")
DB_NEWER = QT_TRANSLATE_NOOP("Messages", "the database was written by a newer Beacon (schema "
                                         "{version}, this Beacon knows up to {latest})")
DB_LOCKED = QT_TRANSLATE_NOOP("Messages", "the database is locked by another program")
DB_READ_ONLY = QT_TRANSLATE_NOOP("Messages", "the database is read-only")
DISK_FULL = QT_TRANSLATE_NOOP("Messages", "the disk is full")
DB_DAMAGED_PLAIN = QT_TRANSLATE_NOOP("Messages", "the database file is damaged")
BACKUP_EXISTS = QT_TRANSLATE_NOOP("Messages", "the backup file already exists")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Messages", "cannot be written ({reason})")
EXPORT_FORMAT = QT_TRANSLATE_NOOP("Messages", "{suffix}: a person's data is exported as .json "
                                              "or .xlsx")
DB_IS_FOLDER = QT_TRANSLATE_NOOP("Messages", "this is a folder, not a database file")
HINT_FILE_IN_FOLDER = QT_TRANSLATE_NOOP("Messages", "name a file inside it, such as "
                                                    "{folder}/beacon.sqlite3")
DB_CANNOT_READ = QT_TRANSLATE_NOOP("Messages", "the database file cannot be read ({reason})")
HINT_DISK_FULL_OPEN = QT_TRANSLATE_NOOP("Messages", "free some space, then start Beacon again; "
                                                    "nothing was left half-made")
DB_READ_ONLY_OLD = QT_TRANSLATE_NOOP("Messages", "the database is read-only and was written by "
                                                 "an older Beacon, so it cannot be upgraded")
BACKUP_OF_DAMAGED = QT_TRANSLATE_NOOP("Messages", "the database is damaged, so no backup was "
                                                  "written (a copy of a damaged file is not a "
                                                  "backup)")
BACKUP_NOT_VERIFIED = QT_TRANSLATE_NOOP("Messages", "the backup could not be verified ({reason}); "
                                                    "it was deleted")
BACKUP_NOT_WRITTEN = QT_TRANSLATE_NOOP("Messages", "the backup could not be written: {reason}")
DISK_FULL_BACKUP = QT_TRANSLATE_NOOP("Messages", "the disk is full, so no backup was written "
                                                 "(nothing half-written was left)")
BACKUP_FOLDER_IN_THE_WAY = QT_TRANSLATE_NOOP("Messages", "a file is where the backups folder "
                                                         "goes, so no backup was written")
HINT_MOVE_IN_THE_WAY = QT_TRANSLATE_NOOP("Messages", "move or rename that file, then try again")
HINT_CHECK = QT_TRANSLATE_NOOP("Messages", "run beacon check, then try again")
NO_SUCH_BACKUP = QT_TRANSLATE_NOOP("Messages", "there is no such backup")
HINT_LIST_BACKUPS = QT_TRANSLATE_NOOP("Messages", "beacon backups lists them")
RESTORE_FAILED = QT_TRANSLATE_NOOP("Messages", "the backup could not be put in place ({reason}); "
                                               "the database was left as it was")
HINT_DELETE_OR_CHOOSE = QT_TRANSLATE_NOOP("Messages", "delete it or choose another file with "
                                                      "--db")
HINT_CHOOSE_DB = QT_TRANSLATE_NOOP("Messages", "choose a Beacon database file with --db")
HINT_RESTORE = QT_TRANSLATE_NOOP("Messages", "restore the newest backup: beacon backups, then "
                                             "beacon restore NAME")
HINT_DAMAGED_BACKUP = HINT_RESTORE
HINT_FOLDER = QT_TRANSLATE_NOOP("Messages", "check the folder exists and is writable, or set "
                                            "BEACON_DATA_DIR")
HINT_UPDATE = QT_TRANSLATE_NOOP("Messages", "update Beacon before opening it")
HINT_LOCKED = QT_TRANSLATE_NOOP("Messages", "close the other Beacon window or wait, then try "
                                            "again")
HINT_READ_ONLY = QT_TRANSLATE_NOOP("Messages", "check the file's permissions or pick a "
                                               "writable copy")
HINT_DISK_FULL = QT_TRANSLATE_NOOP("Messages", "free some space, then save again")
HINT_OTHER_NAME = QT_TRANSLATE_NOOP("Messages", "choose another name")
DB_UNKNOWN_ADDRESS = QT_TRANSLATE_NOOP("Messages", "not a database address Beacon can open")
HINT_DB_ADDRESS = QT_TRANSLATE_NOOP("Messages", "give a file path or a team server as "
                                                "postgresql://user@host/database")
DB_IO_ERROR = QT_TRANSLATE_NOOP("Messages", "the database file cannot be read or written")
HINT_IO_ERROR = QT_TRANSLATE_NOOP("Messages", "check the disk or network drive it is on, then "
                                              "try again")

# --- a team server ---------------------------------------------------------------------------
DB_CANNOT_CONNECT = QT_TRANSLATE_NOOP("Messages", "the team server refused this login, password "
                                                  "or database")
HINT_CANNOT_CONNECT = QT_TRANSLATE_NOOP("Messages", "check the user name, the password and the "
                                                    "database name with whoever runs the "
                                                    "server")
DB_SERVER_UNREACHABLE = QT_TRANSLATE_NOOP("Messages", "the team server does not answer")
HINT_SERVER_UNREACHABLE = QT_TRANSLATE_NOOP("Messages", "check the server's address and port, "
                                                        "your network, and that the server is "
                                                        "running")
DB_SERVER_PASSWORD = QT_TRANSLATE_NOOP("Messages", "the team server asks for a password")
HINT_SERVER_PASSWORD = QT_TRANSLATE_NOOP("Messages", "give it once with `beacon --db ADDRESS team "
                                                     "login` or File > Connect to a team "
                                                     "server…; it is kept in the system "
                                                     "keychain or ~/.pgpass")
DB_SERVER_FOREIGN = QT_TRANSLATE_NOOP("Messages", "the server database holds another program's "
                                                  "tables, not Beacon's")
HINT_SERVER_DATABASE = QT_TRANSLATE_NOOP("Messages", "connect to an empty database or to one "
                                                     "Beacon made")
DB_CONNECTION_LOST = QT_TRANSLATE_NOOP("Messages", "the connection to the team server was lost")
HINT_CONNECTION_LOST = QT_TRANSLATE_NOOP("Messages", "check the network, then save again; "
                                                     "nothing was half-written")
DB_SERVER_BUSY = QT_TRANSLATE_NOOP("Messages", "the record is being changed by a colleague "
                                               "right now")
DISK_FULL_SERVER = QT_TRANSLATE_NOOP("Messages", "the team server's disk is full")
HINT_SERVER_ADMIN = QT_TRANSLATE_NOOP("Messages", "ask whoever runs the team server")
DB_DAMAGED_SERVER = QT_TRANSLATE_NOOP("Messages", "the team server reports damaged data")
DB_NOT_ALLOWED = QT_TRANSLATE_NOOP("Messages", "your server login may not do this")
BACKUP_ON_SERVER = QT_TRANSLATE_NOOP("Messages", "a team server is backed up on the server, "
                                                 "not by Beacon")
HINT_SERVER_BACKUP = QT_TRANSLATE_NOOP("Messages", "ask whoever runs the team server (pg_dump)")
PG_TOOLS_MISSING = QT_TRANSLATE_NOOP("Messages", "backing up a team server needs PostgreSQL's "
                                                 "client tools, and these are not on PATH: "
                                                 "{tools}")
HINT_INSTALL_PG_TOOLS = QT_TRANSLATE_NOOP("Messages", "install the PostgreSQL client tools of the "
                                                      "server's version or newer (Debian and "
                                                      "Ubuntu: apt install postgresql-client; "
                                                      "macOS: brew install libpq; Windows: the "
                                                      "PostgreSQL installer's command line "
                                                      "tools), so that pg_dump and pg_restore "
                                                      "are on PATH")
PG_TOOL_TOO_OLD = QT_TRANSLATE_NOOP("Messages", "the installed {tool} is older than the team "
                                                "server (version {server})")
SERVER_BACKUP_OWNER_ONLY = QT_TRANSLATE_NOOP("Messages", "only the database's owner can back up "
                                                         "or restore the whole team database "
                                                         "(a member's login sees only part of "
                                                         "it)")
HINT_SERVER_BACKUP_OWNER = QT_TRANSLATE_NOOP("Messages", "connect as the login that ran `beacon "
                                                         "team init`, or ask whoever runs the "
                                                         "team server")
SERVER_RESTORE_BUSY = QT_TRANSLATE_NOOP("Messages", "a colleague's change kept the database busy, "
                                                    "so nothing was restored")
HINT_SERVER_RESTORE_BUSY = QT_TRANSLATE_NOOP("Messages", "try again in a minute, or when "
                                                         "colleagues have closed Beacon")
PG_TOOL_FAILED = QT_TRANSLATE_NOOP("Messages", "{tool} stopped with exit code {code}; nothing "
                                               "was changed")
NOT_A_SERVER_BACKUP = QT_TRANSLATE_NOOP("Messages", "this is not a backup of a Beacon team "
                                                    "database (pg_restore cannot read it as "
                                                    "one)")
SERVER_RESTORE_UNCONFIRMED = QT_TRANSLATE_NOOP("Messages", "restoring replaces the whole team's "
                                                           "data on {where}, so it was not done "
                                                           "without confirmation")
HINT_CONFIRM_RESTORE = QT_TRANSLATE_NOOP("Messages", "run it again with --yes (a backup of "
                                                     "what is there now is made first)")

TEAM_NEEDS_SERVER = QT_TRANSLATE_NOOP("Messages", "team mode needs a PostgreSQL server, not a "
                                                 "database file")
HINT_TEAM_SERVER = QT_TRANSLATE_NOOP("Messages", "give the server as "
                                                 "postgresql://user@host/beacon")
TEAM_NOT_SET_UP = QT_TRANSLATE_NOOP("Messages", "{where} is not set up for a team yet: run "
                                                "`beacon team init` with its address first")
BAD_LOGIN_NAME = QT_TRANSLATE_NOOP("Messages", "“{name}” cannot be a login name (letters, "
                                               "digits, _ . -, at most 63, not starting with "
                                               "pg_)")
VISIBILITY_MANAGERS_ONLY = QT_TRANSLATE_NOOP("Messages", "only a manager or the server's "
                                                         "administrator changes who sees "
                                                         "whose deals")
NO_KEYCHAIN = QT_TRANSLATE_NOOP("Messages", "this system has no keychain Beacon can use for "
                                            "passwords")
KEYCHAIN_REFUSED = QT_TRANSLATE_NOOP("Messages", "the system keychain did not keep the password "
                                                 "({reason})")
KEPT_IN_KEYCHAIN = QT_TRANSLATE_NOOP("Messages", "the system keychain")
PUSH_NEEDS_FILE = QT_TRANSLATE_NOOP("Messages", "records are copied from a database file, not "
                                               "from a server")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("Messages", "there is no such file")
HINT_PUSH_FILE = QT_TRANSLATE_NOOP("Messages", "give the laptop's Beacon database file, e.g. "
                                               "~/.local/share/Beacon/beacon.sqlite3")
SERVER_ADDRESS_NEEDED = QT_TRANSLATE_NOOP("Messages", "give the team server with --db "
                                                      "postgresql://user@host/beacon")

# --- undo ------------------------------------------------------------------------------------
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("Messages", "there is nothing to undo")
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Messages", "no record is chosen")
VIEW_NAME_TAKEN = QT_TRANSLATE_NOOP("Messages", "another view on this page is called {name}")
SETTINGS_NOT_UNDONE = QT_TRANSLATE_NOOP("Messages", "changes to pipelines, stages and settings "
                                                    "are not undone")
CHANGED_AGAIN = QT_TRANSLATE_NOOP("Messages", "{entity} {uid} was changed again after this "
                                              "action; undo would overwrite those changes")
ALREADY_UNDONE = QT_TRANSLATE_NOOP("Messages", "the import of {file} was already undone "
                                               "({when})")
EDITED_AFTER_IMPORT = QT_TRANSLATE_NOOP("Messages", "{count} record(s) were edited after the "
                                                    "import of {file}; undoing it would "
                                                    "overwrite those edits: {records}")

# --- vCards ----------------------------------------------------------------------------------
VCF_TOO_BIG = QT_TRANSLATE_NOOP("Messages", "the file is {size} MB; at most {limit} MB are read")
UNREADABLE_FILE = QT_TRANSLATE_NOOP("Messages", "the file cannot be read ({reason})")
NO_VCARD = QT_TRANSLATE_NOOP("Messages", "no vCard in the file (expected BEGIN:VCARD)")
TOO_MANY_CARDS = QT_TRANSLATE_NOOP("Messages", "{count} cards; at most {limit} are read")
NOT_A_CARD = QT_TRANSLATE_NOOP("Messages", "item {number} is a {kind}, not a vCard")
VCF_BINARY = QT_TRANSLATE_NOOP("Messages", "this is not a vCard text file (it holds binary "
                                           "data)")
VCF_BAD_LINE = QT_TRANSLATE_NOOP("Messages", "line {number} is not a vCard property: {line}")
CARD_NUMBER = QT_TRANSLATE_NOOP("Messages", "card {number}")  # an AGENT card with no name
VCF_NOT_CLOSED = QT_TRANSLATE_NOOP("Messages", "a card is not closed (END:VCARD is missing); "
                                               "the file may be cut short")
NO_NAMED_CARD = QT_TRANSLATE_NOOP("Messages", "none of the {count} card(s) has a name or an "
                                              "email address")
NOT_A_VCARD_PROPERTY = QT_TRANSLATE_NOOP("Messages", "the line is not a vCard property")
CARD_LINE = QT_TRANSLATE_NOOP("Messages", "line {number}")
CARD_WITHOUT_NAME = QT_TRANSLATE_NOOP("Messages", "the card has neither a name (FN, N or "
                                                  "NICKNAME) nor an email address")
ROW_LONGER_THAN_HEADER = QT_TRANSLATE_NOOP("Messages", "the row has {count} values and the "
                                                       "header row {columns} columns: a value "
                                                       "may hold a comma that is not quoted, "
                                                       "which moves the values after it one "
                                                       "column on; read as they stand, check "
                                                       "the row")
GROUP_CARD = QT_TRANSLATE_NOOP("Messages", "a group ({name}, {count} member(s)), not a person: "
                                           "its members on this file's cards are tagged {name}")
PLACE_CARD = QT_TRANSLATE_NOOP("Messages", "a place ({name}), not a person or a company")

# --- records -----------------------------------------------------------------------------------
STALE_DELETED = QT_TRANSLATE_NOOP("Messages", "{entity} {uid} was changed by someone else: it "
                                              "was deleted meanwhile")
STALE_VERSION = QT_TRANSLATE_NOOP("Messages", "{entity} {uid} was changed by someone else: it "
                                              "is now at version {actual}, you edited version "
                                              "{expected}")
NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "no {entity} with id {key}")

# --- identity: why two records may be the same -----------------------------------------------
SAME_EMAIL = QT_TRANSLATE_NOOP("Messages", "same email {value}")
SAME_WECHAT = QT_TRANSLATE_NOOP("Messages", "same WeChat ID {value}")
SAME_PHONE = QT_TRANSLATE_NOOP("Messages", "same phone {value}")
SAME_UID = QT_TRANSLATE_NOOP("Messages", "same Beacon ID")
SAME_EXTERNAL_ID = QT_TRANSLATE_NOOP("Messages", "same {system} ID {value}")
SAME_NAME = QT_TRANSLATE_NOOP("Messages", "same name")
SAME_NAME_PINYIN = QT_TRANSLATE_NOOP("Messages", "same name in pinyin ({value})")
SIMILAR_NAME = QT_TRANSLATE_NOOP("Messages", "name {score} similar")
SIMILAR_NAME_PINYIN = QT_TRANSLATE_NOOP("Messages", "name {score} similar (pinyin)")
SAME_ORGANIZATION = QT_TRANSLATE_NOOP("Messages", "same organization ({value})")
SAME_NAME_WITHOUT = QT_TRANSLATE_NOOP("Messages", "same name after removing {words}")
NOT_EXTERNAL_ID = QT_TRANSLATE_NOOP("Messages", "{value} is not an id of another system "
                                                "(expected system:id, e.g. salesforce:0015g00000)")
EXTERNAL_ID_TAKEN = QT_TRANSLATE_NOOP("Messages", "{value} already belongs to another {entity}")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Messages", "ends before it starts ({start})")
MAY_BE_IN_BEACON = QT_TRANSLATE_NOOP("Messages", "{label} may already be in Beacon ({reasons}): "
                                                 "choose whether it is them or someone else")
MERGE_ITSELF = QT_TRANSLATE_NOOP("Messages", "a record cannot be merged into itself")
MERGE_CHOICES = QT_TRANSLATE_NOOP("Messages", "cannot choose {fields}: a field is taken from "
                                              "the survivor, the other record, or both (notes)")
MERGE_UNDONE = QT_TRANSLATE_NOOP("Messages", "this merge was already undone ({when})")
MERGED_RECORD = QT_TRANSLATE_NOOP("Messages", "{other} was merged into {survivor} on {when} by "
                                             "{user} (merge {merge})")
MERGED_AFTER_IMPORT = QT_TRANSLATE_NOOP("Messages", "a record the import of {file} made or "
                                                    "changed was merged since: {merged}. Undo "
                                                    "the merge first, then the import")
MERGES_AFTER_IMPORT = QT_TRANSLATE_NOOP("Messages", "records the import of {file} made or "
                                                    "changed were merged since: {merged}, and "
                                                    "{more} more merge(s). Undo the merges first "
                                                    "(newest first), then the import")

# --- the command line's import report (tracker.excel.report_lines) ---------------------------
REPORT_SUMMARY_DRY = QT_TRANSLATE_NOOP("Messages", "{file} ({sheet}), {entity}, mode {mode}: "
                                                   "{created} would be created, {updated} "
                                                   "updated, {unchanged} unchanged, {skipped} "
                                                   "skipped, {errors} {unit}(s) with errors")
REPORT_SUMMARY = QT_TRANSLATE_NOOP("Messages", "{file} ({sheet}), {entity}, mode {mode}: "
                                               "{created} were created, {updated} updated, "
                                               "{unchanged} unchanged, {skipped} skipped, "
                                               "{errors} {unit}(s) with errors")
UNIT_ROW = QT_TRANSLATE_NOOP("Messages", "row")
UNIT_CARD = QT_TRANSLATE_NOOP("Messages", "card")
ROW_NUMBER = QT_TRANSLATE_NOOP("Messages", "row {row}")
ENTITY_ORGANIZATION = QT_TRANSLATE_NOOP("Messages", "organization")
ENTITY_CONTACT = QT_TRANSLATE_NOOP("Messages", "contact")
ENTITY_OPPORTUNITY = QT_TRANSLATE_NOOP("Messages", "opportunity")
COUNT_OF = QT_TRANSLATE_NOOP("Messages", "{count} {entity}(s)")
REPORT_CREATED_BY_TYPE = QT_TRANSLATE_NOOP("Messages", "created: {counts}")
REPORT_LINKED_DRY = QT_TRANSLATE_NOOP("Messages", "linked records would be created: {counts}")
REPORT_LINKED = QT_TRANSLATE_NOOP("Messages", "linked records were created: {counts}")
REPORT_CHANGE = QT_TRANSLATE_NOOP("Messages", "{at}: {field}: {old} -> {new}")
REPORT_LINKED_CHANGE = QT_TRANSLATE_NOOP("Messages", "{at}: {entity} {label}: {field} added: "
                                                     "{added}")
IN_SHEET = QT_TRANSLATE_NOOP("Messages", "sheet {sheet}, ")
AT_COLUMN = QT_TRANSLATE_NOOP("Messages", ", column {column}")
AT_PROPERTY = QT_TRANSLATE_NOOP("Messages", ", property {column}")
REPORT_ERROR = QT_TRANSLATE_NOOP("Messages", "{sheet}{at}{column}: {reason}")
REPORT_WARNING = QT_TRANSLATE_NOOP("Messages", "{sheet}{at}{column}: warning: {reason}")
REPORT_SKIP = QT_TRANSLATE_NOOP("Messages", "{sheet}{at}: skipped: {reason}")
REPORT_SHEET_SKIPPED = QT_TRANSLATE_NOOP("Messages", "sheet {sheet} not imported: {reason}")
REPORT_KEPT_COLUMNS = QT_TRANSLATE_NOOP("Messages", "columns kept in notes as \"Header: value\" "
                                                    "(no Beacon field for them; --ignore-column "
                                                    "HEADER leaves one out): {columns}")
REPORT_NOT_IMPORTED = QT_TRANSLATE_NOOP("Messages", "columns with values not imported (ignored; "
                                                    "--map \"HEADER=note\" keeps one in the "
                                                    "notes): {columns}")
REPORT_SYSTEM_COLUMNS = QT_TRANSLATE_NOOP("Messages", "columns ignored (system columns: the other "
                                                      "program's ids and timestamps; --map "
                                                      "\"HEADER=note\" keeps one in the notes): "
                                                      "{columns}")
REPORT_PROGRAM_DEFAULTS = QT_TRANSLATE_NOOP("Messages", "{count} values of {column} were the "
                                                        "exporting program's default ({values}) "
                                                        "and were left out")
REPORT_UNKNOWN_VALUES = QT_TRANSLATE_NOOP("Messages", "{field} values Beacon does not know (map "
                                                      "with --map-value \"{name}:VALUE=MEANING\"):"
                                                      " {values}")
REPORT_SUGGESTION = QT_TRANSLATE_NOOP("Messages", "{at}: {text}")
REPORT_BATCH = QT_TRANSLATE_NOOP("Messages", "batch {batch} (undo with: beacon undo-import "
                                             "{batch})")
