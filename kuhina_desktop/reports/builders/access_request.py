"""The access request (GDPR Art. 15) as a document, from services.access.build_access_report.

The JSON export and this PDF are made from the same structure, so they always agree. Strings
are kept here (documents have their own language, independent of the UI's) in the catalogue's
shape: key -> {"fi": …, "en": …}.
"""

from __future__ import annotations

from datetime import date

from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.model import (
    Column,
    Heading,
    KeyValues,
    Money,
    Note,
    Paragraph,
    Report,
    Table,
)

STRINGS: dict[str, dict[str, str]] = {
    "title": {"fi": "Rekisteröidyn tietopyyntö: tallennetut tiedot",
              "en": "Access request: the data held"},
    "intro": {"fi": "Tähän on koottu kaikki tiedot, jotka {controller} on tallentanut "
                    "henkilöstä {name} Kuhina Desktop -tiedostoonsa, muutoshistoria ja "
                    "säilytysajat. Henkilötunnus näytetään peitettynä; koko tunnus on tallessa.",
              "en": "This is all the data {controller} holds about {name} in its Kuhina Desktop "
                    "file, with the change history and the retention times. The personal "
                    "identity code is shown masked; the full code is stored."},
    "person": {"fi": "Henkilötiedot", "en": "Personal details"},
    "records": {"fi": "Tallennetut tiedot", "en": "Records"},
    "withheld": {"fi": "Terveyteen liittyvät tiedot annetaan erikseen pyynnöstä "
                       "terveystietojen käsittelijältä.",
                 "en": "Health-related data is given separately on request by the "
                       "health-data handler."},
    "none": {"fi": "Ei tietoja.", "en": "None."},
    "history": {"fi": "Muutoshistoria", "en": "Change history"},
    "retention": {"fi": "Säilytysajat", "en": "Retention"},
    "retention_none": {"fi": "Mitään ei tarvitse säilyttää lakisääteisesti.",
                       "en": "Nothing has to be kept by law."},
    "while_in_force": {"fi": "niin kauan kuin työsuhde tai tuki jatkuu",
                       "en": "while the employment or support continues"},
    "col.when": {"fi": "Aika", "en": "When"}, "col.by": {"fi": "Käyttäjä", "en": "By"},
    "col.what": {"fi": "Tieto", "en": "Record"}, "col.action": {"fi": "Muutos", "en": "Change"},
    "col.fields": {"fi": "Kentät", "en": "Fields"}, "col.count": {"fi": "Määrä", "en": "Count"},
    "col.until": {"fi": "Säilytetään asti", "en": "Kept until"},
}
TABLES: dict[str, dict[str, str]] = {
    "employees": {"fi": "Työntekijä", "en": "Employee"},
    "employee_health": {"fi": "Terveyteen liittyvät tiedot", "en": "Health-related data"},
    "consents": {"fi": "Suostumukset", "en": "Consents"},
    "contracts": {"fi": "Työsopimukset", "en": "Employment contracts"},
    "wage_months": {"fi": "Palkkakuukaudet", "en": "Wage months"},
    "decisions": {"fi": "Tukipäätökset", "en": "Support decisions"},
    "applications": {"fi": "Maksatushakemukset", "en": "Payment applications"},
    "application_payments": {"fi": "Saadut maksut", "en": "Payments received"},
    "application_corrections": {"fi": "Korjaukset", "en": "Corrections"},
    "attachments": {"fi": "Liitteet", "en": "Attachments"},
    "settings": {"fi": "Asetukset", "en": "Settings"},
    "enrolments": {"fi": "Koulutukset", "en": "Training"},
    "certificates": {"fi": "Todistukset ja pätevyydet", "en": "Certificates"},
    "coaching_events": {"fi": "Työhönvalmennus", "en": "Job coaching"},
    "outcomes": {"fi": "Tulokset", "en": "Outcomes"},
}
COLUMNS: dict[str, tuple[str, str]] = {  # column -> (fi, en)
    "first_name": ("Etunimi", "First name"), "last_name": ("Sukunimi", "Last name"),
    "hetu": ("Henkilötunnus", "Identity code"), "birth_date": ("Syntymäaika", "Birth date"),
    "street": ("Katuosoite", "Street address"), "postal_code": ("Postinumero", "Postal code"),
    "city": ("Postitoimipaikka", "City"), "phone": ("Puhelin", "Phone"),
    "email": ("Sähköposti", "E-mail"), "languages": ("Kielet", "Languages"),
    "notes": ("Muistiinpanot", "Notes"), "archived_on": ("Arkistoitu", "Archived"),
    "created_at": ("Lisätty", "Added"), "updated_at": ("Muutettu", "Changed"),
    "target_long_term_unemployed": ("Pitkäaikaistyötön", "Long-term unemployed"),
    "target_immigrant": ("Maahanmuuttaja", "Immigrant"), "target_young": ("Nuori", "Young"),
    "partial_work_ability": ("Osatyökykyisyys", "Partial work ability"),
    "details": ("Tiedot", "Details"), "scope": ("Laajuus", "Scope"),
    "recipient": ("Vastaanottaja", "Recipient"), "given_on": ("Annettu", "Given"),
    "withdrawn_on": ("Peruttu", "Withdrawn"), "valid_until": ("Voimassa asti", "Valid until"),
    "start_date": ("Alkaa", "Starts"), "end_date": ("Päättyy", "Ends"),
    "trial_end": ("Koeaika päättyy", "Trial period ends"),
    "weekly_hours": ("Viikkotunnit", "Weekly hours"),
    "full_time_weekly_hours": ("Alan täysi työaika", "Sector full-time hours"),
    "pay_basis": ("Palkkaperuste", "Pay basis"), "pay_cents": ("Palkka", "Pay"),
    "collective_agreement": ("Työehtosopimus", "Collective agreement"),
    "job_title": ("Tehtävänimike", "Job title"), "tailored_tasks": ("Räätälöidyt tehtävät",
                                                                     "Tailored tasks"),
    "workplace": ("Työpaikka", "Workplace"), "month": ("Kuukausi", "Month"),
    "gross_pay_cents": ("Bruttopalkka", "Gross pay"), "hours": ("Tunnit", "Hours"),
    "kind": ("Tukimuoto", "Kind"), "payer": ("Maksaja", "Payer"),
    "decision_number": ("Päätöksen numero", "Decision number"),
    "decision_date": ("Päätöspäivä", "Decision date"), "percent": ("Prosentti", "Percent"),
    "monthly_cap_cents": ("Kuukausikatto", "Monthly cap"),
    "payment_period_months": ("Maksatusjakso (kk)", "Payment period (months)"),
    "contribution_method": ("Sivukulutapa", "Contribution method"),
    "conditions": ("Ehdot", "Conditions"), "period_start": ("Jakso alkaa", "Period start"),
    "period_end": ("Jakso päättyy", "Period end"), "status": ("Tila", "Status"),
    "amount_cents": ("Summa", "Amount"), "sent_on": ("Lähetetty", "Sent"),
    "paid_on": ("Maksettu", "Paid on"), "filename": ("Tiedosto", "File"),
    "mime_type": ("Tyyppi", "Type"), "sha256": ("Tarkiste (SHA-256)", "Checksum (SHA-256)"),
    "added_at": ("Lisätty", "Added"), "reason": ("Syy", "Reason"),
    "source": ("Lähde", "Source"), "supplements_cents": ("Lisät", "Supplements"),
    "holiday_pay_cents": ("Lomapalkka", "Holiday pay"),
    "holiday_bonus_cents": ("Lomaraha", "Holiday bonus"),
}
ACTIONS = {"insert": ("lisätty", "added"), "update": ("muutettu", "changed"),
           "delete": ("poistettu", "removed"), "import": ("tuotu", "imported"),
           "erase": ("poistettu (tietosuoja)", "erased (privacy)"),
           "pseudonymise": ("pseudonymisoitu", "pseudonymised")}
HIDDEN = {"id", "employee_id", "decision_id", "application_id", "attachment_id", "hetu_note"}
TABLE_COLUMNS_MAX = 6


def _t(key: str, lang: str, **params: object) -> str:
    return STRINGS[key][lang].format(**params)


def _table_name(table: str, lang: str) -> str:
    return TABLES.get(table, {}).get(lang, table)


def _label(column: str, lang: str = "fi") -> str:
    if column in COLUMNS:
        return COLUMNS[column][0 if lang == "fi" else 1]
    name = column.removesuffix("_cents").replace("_", " ")
    return name[:1].upper() + name[1:]


def _when(text: str, lang: str) -> str:
    day, _, time = text.partition("T")
    try:
        moment = date.fromisoformat(day)
    except ValueError:
        return text
    shown = f"{moment.day}.{moment.month}.{moment.year}" if lang == "fi" else day
    return f"{shown} {time[:5].replace(':', '.') if lang == 'fi' else time[:5]}"


def _cell(column: str, value: object):
    if column.endswith("_cents") and isinstance(value, int) and not isinstance(value, bool):
        return Money(value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value if isinstance(value, str | int) or value is None else str(value)


def _rows_block(rows: list[dict], lang: str) -> list:
    columns = [c for c in rows[0] if c not in HIDDEN
               and any(r[c] not in (None, "", 0, "[]") for r in rows)]
    if len(columns) <= TABLE_COLUMNS_MAX:
        return [Table([Column(_label(c, lang)) for c in columns],
                      [[_cell(c, r[c]) for c in columns] for r in rows])]
    return [KeyValues([(_label(c, lang), _cell(c, r[c])) for c in columns]) for r in rows]


def build_from(report: dict, lang: str, today: date) -> Report:
    person = report["person"]
    name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
    controller = report["controller"]
    blocks: list = [Paragraph(_t("intro", lang, controller=controller["name"], name=name)),
                    Heading(_t("person", lang)), *_rows_block([person], lang),
                    Heading(_t("records", lang))]
    for table, rows in report["records"].items():
        blocks.append(Heading(_table_name(table, lang), level=2))
        if isinstance(rows, str):
            blocks.append(Note(_t("withheld", lang)))
        else:
            blocks += _rows_block(rows, lang) if rows else [Paragraph(_t("none", lang))]
    blocks += _history(report["change_history"], lang) + _retention(report["retention"], lang)
    return Report(title=_t("title", lang), period_text=name,
                  association_name=controller["name"], business_id=controller["business_id"],
                  language=lang, printed_on=today, blocks=blocks)


def _history(entries: list[dict], lang: str) -> list:
    index = 0 if lang == "fi" else 1
    rows = [(_when(e["at"], lang), e["by"], _table_name(e["table"], lang),
             ACTIONS.get(e["action"], (e["action"],) * 2)[index],
             ", ".join(_label(f, lang) for f in e["fields"])) for e in entries]
    columns = [Column(_t(k, lang), w) for k, w in (("col.when", 1.3), ("col.by", 0.9),
                                                   ("col.what", 1.3), ("col.action", 0.9),
                                                   ("col.fields", 3.0))]
    return [Heading(_t("history", lang)),
            Table(columns, rows) if rows else Paragraph(_t("none", lang))]


def _retention(groups: list[dict], lang: str) -> list:
    if not groups:
        return [Heading(_t("retention", lang)), Paragraph(_t("retention_none", lang))]
    rows = [(_table_name(g["table"], lang), g["records"],
             _cell("kept_until", g["kept_until"]) if g["kept_until"] != "while in force"
             else _t("while_in_force", lang)) for g in groups]
    columns = [Column(_t("col.what", lang), 2.0), Column(_t("col.count", lang), 0.7),
               Column(_t("col.until", lang), 1.6)]
    return [Heading(_t("retention", lang)), Table(columns, rows)]


def build(services, options: ReportOptions) -> Report:
    """The builders() entry: ``options.employee_id`` names the person."""
    if options.employee_id is None:
        raise ValueError("the access request needs an employee")
    report = services.privacy.access_report(options.employee_id)
    return build_from(report, options.language, options.today)
