"""Words of dates: month, weekday and season names, numbers, zones, relative words.

Data only; the rules that use it live in :mod:`socialcite._dates`. Keys are
lower-case; the resolver matches case-insensitively. Month names cover the
languages platform footers are rendered in (English, French, German, Spanish,
Portuguese, Italian, Dutch, Russian), with their common abbreviations and the
genitive forms Russian dates use (``16 мая 2018 г.``).
"""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS_MONTHS",
    "DAYS_AFTER_HOLIDAY",
    "DAYS_BEFORE",
    "FIXED_HOLIDAYS",
    "MONTHS",
    "NTH_WEEKDAY_HOLIDAYS",
    "NUMBER_WORDS",
    "PERIODS_OF_DAY",
    "SEASON_START_MONTH",
    "WEEKDAYS",
    "ZONE_OFFSETS_MINUTES",
]

# Month name (or abbreviation, without its dot) -> month number.
MONTHS: dict[str, int] = {
    # English
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French
    "janvier": 1, "janv": 1,
    "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "août": 8, "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
    # German
    "januar": 1, "jänner": 1, "jän": 1,
    "februar": 2,
    "märz": 3, "maerz": 3, "mär": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10, "okt": 10,
    "dezember": 12, "dez": 12,
    # Spanish
    "enero": 1, "ene": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4, "abr": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12, "dic": 12,
    # Portuguese
    "janeiro": 1,
    "fevereiro": 2, "fev": 2,
    "março": 3, "marco": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9, "set": 9,
    "outubro": 10, "out": 10,
    "novembro": 11,
    "dezembro": 12,
    # Italian
    "gennaio": 1, "gen": 1,
    "febbraio": 2,
    "aprile": 4,
    "maggio": 5, "mag": 5,
    "giugno": 6, "giu": 6,
    "luglio": 7, "lug": 7,
    "settembre": 9, "sett": 9,
    "ottobre": 10, "ott": 10,
    "dicembre": 12,
    # Dutch
    "januari": 1,
    "februari": 2,
    "maart": 3, "mrt": 3,
    "mei": 5,
    "augustus": 8,
    # Russian: nominative and genitive (dates use the genitive), abbreviations
    "январь": 1, "января": 1, "янв": 1,
    "февраль": 2, "февраля": 2, "фев": 2,
    "март": 3, "марта": 3, "мар": 3,
    "апрель": 4, "апреля": 4, "апр": 4,
    "май": 5, "мая": 5,
    "июнь": 6, "июня": 6, "июн": 6,
    "июль": 7, "июля": 7, "июл": 7,
    "август": 8, "августа": 8, "авг": 8,
    "сентябрь": 9, "сентября": 9, "сен": 9, "сент": 9,
    "октябрь": 10, "октября": 10, "окт": 10,
    "ноябрь": 11, "ноября": 11, "ноя": 11, "нояб": 11,
    "декабрь": 12, "декабря": 12, "дек": 12,
    # Russian prepositional ("в ноябре")
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6,
    "июле": 7, "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
}  # fmt: skip

# Month words that are also common words; alone (no day, no year) they count
# as a month only when capitalised ("in May", not "may have").
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(
    {"may", "march", "mar", "jan", "sep", "set", "out", "ago", "gen", "mag", "dec", "mai"}
)

# Weekday name -> Monday=0 … Sunday=6: English with the abbreviations news
# style uses (Tues., Thurs.), and the full names in the footer languages
# (Russian in the accusative too: "в среду").
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "tues": 1, "wednesday": 2, "thursday": 3, "thurs": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
    # French
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    # German
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
    # Spanish
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    # Portuguese
    "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2,
    "quinta-feira": 3, "sexta-feira": 4,
    # Italian
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
    "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    # Dutch
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
    "zaterdag": 5, "zondag": 6,
    # Russian: nominative and accusative
    "понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3,
    "пятница": 4, "пятницу": 4, "суббота": 5, "субботу": 5, "воскресенье": 6,
}  # fmt: skip

# Season -> month it starts (meteorological seasons, northern hemisphere).
SEASON_START_MONTH: dict[str, int] = {
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
}

# Number words in "two days ago", "a week ago".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip

# Parts of the day that may follow a day word ("Tuesday night").
PERIODS_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

# Words that name a day relative to the reference -> days before it.
DAYS_BEFORE: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "yesterday": 1,
    "last night": 1,
    "the day before yesterday": 2,
}

# Time-zone abbreviations footers print -> offset from UTC in minutes.
# (Only unambiguous ones: IST, for one, is India, Israel and Ireland.)
ZONE_OFFSETS_MINUTES: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0,
    "pst": -8 * 60, "pdt": -7 * 60,
    "mst": -7 * 60, "mdt": -6 * 60,
    "cst": -6 * 60, "cdt": -5 * 60,
    "est": -5 * 60, "edt": -4 * 60,
    "akst": -9 * 60, "akdt": -8 * 60,
    "hst": -10 * 60,
    "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
    "aest": 600, "aedt": 660, "jst": 540, "kst": 540,
}  # fmt: skip

# Holidays on a fixed day -> (month, day). Written as news writes them; the
# resolver allows either apostrophe or none, and an optional "Day".
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "groundhog day": (2, 2),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "juneteenth": (6, 19),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}

# US holidays on the n-th weekday of a month -> (month, weekday Mon=0, n;
# n=-1 is the last), and the days after them.
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "martin luther king jr. day": (1, 0, 3),
    "martin luther king day": (1, 0, 3),
    "mlk day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3),
    "mother's day": (5, 6, 2),
    "memorial day": (5, 0, -1),
    "father's day": (6, 6, 3),
    "labor day": (9, 0, 1),
    "thanksgiving day": (11, 3, 4),
    "thanksgiving": (11, 3, 4),
}
DAYS_AFTER_HOLIDAY: dict[str, tuple[str, int]] = {
    "black friday": ("thanksgiving", 1),
    "cyber monday": ("thanksgiving", 4),
}
