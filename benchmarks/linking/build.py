"""Source of the linking dev set: writes docs/*.txt and events.jsonl.

Hand-written documents and hand annotations (not produced by sitrep). Weekday names, datelines and
Hijri dates inside the texts are written by code from each event's ISO date so they cannot drift;
evidence offsets are computed from the written file with sitrep's own ingest functions, so
``body[start:end] == evidence.text``. Re-run after editing: python benchmarks/linking/build.py
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))

from _lib import ISO3, P, TYPES, H, add, dm, dmy, md, wd  # noqa: E402
from sitrep.ingest import normalise_text, split_front_matter  # noqa: E402

CLAIM_SRC = "statement relayed by the group's outlet"
DOCS: list[dict] = []


def doc(cluster, role, slug, published, source, text, *, date, t, a1, a2, place, geo, fat=None,
        inj=None, cas=None, kind="report", by=None, prec=1, date_end=None, tags=()):
    DOCS.append(dict(cluster=cluster, role=role, slug=slug, published=published, source=source,
                     text=text.strip() + "\n", date=date, date_end=date_end or date, prec=prec, t=t,
                     a1=a1, a2=a2, place=place, geo=geo, fat=fat, inj=inj, cas=cas, kind=kind, by=by,
                     tags=list(tags)))


AS, SOM_ARMY, SOM_POL = "Al Shabaab", "Military Forces of Somalia", "Police Forces of Somalia"
UAG = "Unidentified Armed Group ({})".format
CIV = "Civilians ({})".format
ISWAP, JAS = "Islamic State (West Africa Province)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
NGA_ARMY = "Military Forces of Nigeria"
ISKP, TAL = "Islamic State (Khorasan Province)", "Taliban"
AFG_ARMY, AFG_POL = "Military Forces of Afghanistan", "Police Forces of Afghanistan"
IS, IRQ_ARMY, IRQ_POL = "Islamic State", "Military Forces of Iraq", "Police Forces of Iraq"
SDF, SYR_ARMY, HTS = "SDF: Syrian Democratic Forces", "Military Forces of Syria", "Hayat Tahrir al-Sham"
ISSP, JNIM = "Islamic State (Sahel Province)", "JNIM: Group for Support of Islam and Muslims"
MLI_ARMY, BFA_ARMY = "Military Forces of Mali", "Military Forces of Burkina Faso"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
ISMP, MOZ_ARMY = "Islamic State (Mozambique Province)", "Military Forces of Mozambique"
ISCAP, ADF = "Islamic State (Central Africa Province)", "ADF: Allied Democratic Forces"
COD_ARMY = "Military Forces of the Democratic Republic of the Congo"
ISEAP, PHL_ARMY = "Islamic State (East Asia Province)", "Military Forces of the Philippines"
ASG, NPA = "Abu Sayyaf Group", "NPA: New People's Army"
ISSinai, EGY_ARMY = "Islamic State (Sinai Province)", "Military Forces of Egypt"
TTP, PAK_ARMY, PAK_POL = "TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan", "Police Forces of Pakistan"
HOUTHI, YEM_ARMY = "Houthi Movement", "Military Forces of Yemen"
AMISOM = "AMISOM: African Union Mission in Somalia"

# ============================================================================ Somalia
D = "2018-06-14"  # L01 IED on army convoy near Afgooye
doc("L01", "claim", "afgooye-convoy-claim", D, CLAIM_SRC, f"""
Al Shabaab said in a statement on {wd(D)} that its fighters detonated an explosive device targeting a convoy of Somali army troops at Lafoole, on the road between Mogadishu and Afgooye, killing nine soldiers and destroying a vehicle. The statement was carried by a radio station affiliated with the group. The claim could not be independently verified.
""", date=D, t="IED", a1=AS, a2=SOM_ARMY, place="Afgooye", geo=2, fat=9, kind="claim", by=AS,
    tags=["claim-inflated", "village-vs-town"])
doc("L01", "report", "afgoye-convoy-wire", add(D, 1), "Example Wire", f"""
MOGADISHU, {md(add(D, 1))} (Example Wire) - A roadside bomb struck a Somali army convoy near Afgoye, about 30 km northwest of the capital, on {wd(D)}, killing at least three soldiers, a military officer said. Two other soldiers were wounded in the blast, he said. Al Shabaab said it carried out the attack.
""", date=D, t="IED", a1=AS, a2=SOM_ARMY, place="Afgooye", geo=2, fat=3, inj=2,
    tags=["published-next-day", "spelling:Afgoye", "at-least"])
doc("L01", "report", "afgooye-road-radio", add(D, 1), "Coastal Radio", """
An explosion hit a military vehicle on the Mogadishu-Afgooye road yesterday morning. Residents of Lafoole said two soldiers died at the scene and four others were taken to hospital in Mogadishu. Troops closed the road for several hours after the blast.
""", date=D, t="IED", a1=UAG("Somalia"), a2=SOM_ARMY, place="Afgooye", geo=2, fat=2, inj=4,
    tags=["yesterday", "explosion-not-ied", "unnamed-actor"])

D = "2020-02-19"  # L02 pre-dawn assault on a base outside Kismayo
doc("L02", "claim", "kismaayo-base-claim", D, CLAIM_SRC, f"""
Al Shabaab said in a statement that its fighters stormed a base of Jubaland forces on the outskirts of Kismaayo before dawn on {H(D, True)}, killing 12 soldiers and seizing weapons. The group said two of its own fighters were killed in the fighting.
""", date=D, t="CLASH", a1=AS, a2=SOM_ARMY, place="Kismayo", geo=2, fat=14, kind="claim", by=AS,
    tags=["hijri", "spelling:Kismaayo", "claim-inflated"])
doc("L02", "report", "kismayo-base-monitor", add(D, 1), "Regional Monitor", f"""
KISMAYO, Somalia, {md(D)} (Regional Monitor) - Jubaland forces repelled an attack by Al Shabaab fighters on a military base about 10 km north of Kismayo early on {wd(D)}, a regional security official said. Two soldiers and five attackers were killed in the fighting, which lasted about two hours, he said.
""", date=D, t="CLASH", a1=AS, a2=SOM_ARMY, place="Kismayo", geo=2, fat=7)
doc("X01", "distractor", "kismayo-tea-shop-grenade", add(D, 3), "Coastal Radio", f"""
A hand grenade thrown into a tea shop in Kismayo's Farjano neighbourhood on {wd(add(D, 2))} evening killed one man and wounded three others, police said. No group said it was behind the attack.
""", date=add(D, 2), t="GRENADE", a1=UAG("Somalia"), a2=CIV("Somalia"), place="Kismayo", geo=1, fat=1,
    inj=3, tags=["same-town-two-days-later"])

D = "2019-09-22"  # L03 suicide car bomb at a Mogadishu checkpoint
doc("L03", "claim", "mogadishu-checkpoint-claim", D, CLAIM_SRC, f"""
Al Shabaab said one of its fighters drove a car laden with explosives into a checkpoint near the parliament building in Mogadishu on {wd(D)}, killing 15 members of the security forces and government officials. The statement was carried by a website affiliated with the group.
""", date=D, t="SUICIDE", a1=AS, a2=SOM_POL, place="Mogadishu", geo=1, fat=16, kind="claim", by=AS,
    tags=["suicide-bomber-counted", "claim-inflated"])
doc("L03", "report", "mogadishu-checkpoint-wire", D, "Example Wire", f"""
MOGADISHU, {md(D)} (Example Wire) - A suicide car bomb exploded at a security checkpoint near Somalia's parliament on {wd(D)}, killing at least four people, including two police officers, police said. The bomber also died. Al Shabaab claimed responsibility for the attack.
""", date=D, t="SUICIDE", a1=AS, a2=SOM_POL, place="Mogadishu", geo=1, fat=5,
    tags=["suicide-bomber-counted", "at-least"])
doc("L03", "report", "mogadishu-toll-rises", add(D, 1), "Horn Daily", f"""
The death toll from {wd(D)}'s car bomb at the Sayidka junction checkpoint in Mogadishu rose to seven, including the attacker, a police spokesman said on {wd(add(D, 1))}. Eleven people were wounded, several of them seriously.
""", date=D, t="SUICIDE", a1=UAG("Somalia"), a2=SOM_POL, place="Mogadishu", geo=1, fat=7, inj=11,
    tags=["toll-rose", "weekday-possessive"])
doc("X02", "distractor", "mogadishu-bakaara-claim", add(D, 3), "statement relayed by the group's news agency", f"""
Islamic State said in a statement attributed to its Somalia branch that its fighters shot dead a police officer in the Bakaara market area of Mogadishu on {wd(add(D, 3))}.
""", date=add(D, 3), t="CLASH", a1="Islamic State (Somalia Province)", a2=SOM_POL, place="Mogadishu",
    geo=1, fat=1, kind="claim", by="Islamic State (Somalia Province)",
    tags=["different-group-same-city-same-week"])

D = "2019-05-12"  # U01 uncorroborated: mortar fire on Baidoa base
doc("U01", "claim", "baidoa-mortar-claim", add(D, 1), CLAIM_SRC, f"""
Al Shabaab said its fighters fired mortar shells at an African Union base in Baidoa on {wd(D)} night, killing "several" soldiers. The group did not give further details, and there was no independent confirmation of the attack.
""", date=D, t="SHELL", a1=AS, a2=AMISOM, place="Baidoa", geo=1, fat=3, kind="claim", by=AS,
    tags=["uncorroborated", "vague:several"])

D = "2021-03-20"  # R01 landmine near Mahaddey Weyne (two reports, no claim)
doc("R01", "report", "jowhar-minibus-wire", D, "Example Wire", f"""
MOGADISHU, {md(D)} (Example Wire) - A landmine exploded under a minibus about 20 km north of Jowhar on {wd(D)}, killing six passengers, a local official said. No group claimed responsibility.
""", date=D, t="IED", a1=UAG("Somalia"), a2=CIV("Somalia"), place="Jawhar", geo=2, fat=6,
    tags=["no-claim", "village-vs-town", "spelling:Jowhar"])
doc("R01", "report", "mahaddey-weyne-radio", add(D, 1), "Coastal Radio", """
Seven people travelling to the market in Mahaddey Weyne were killed when their minibus struck a roadside explosive yesterday, said a local elder. Three others were injured.
""", date=D, t="IED", a1=UAG("Somalia"), a2=CIV("Somalia"), place="Mahaddaywayne", geo=2, fat=7, inj=3,
    tags=["no-claim", "yesterday", "spelling:Mahaddey Weyne"])

# ============================================================================ Nigeria
D = "2019-08-06"  # L04 evening ambush near Damboa; the claim's Hijri date is the next day (sunset)
doc("L04", "claim", "damboa-ambush-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State West Africa Province said in a statement that its fighters ambushed a convoy of the Nigerian army on the road between Maiduguri and Damboa on {H(add(D, 1))}, killing 20 soldiers and burning four vehicles.
""", date=add(D, 1), t="CLASH", a1=ISWAP, a2=NGA_ARMY, place="Damboa", geo=2, fat=20, kind="claim",
    by=ISWAP, tags=["hijri", "hijri-evening-shift", "claim-inflated"])
doc("L04", "report", "damboa-ambush-wire", add(D, 1), "Example Wire", f"""
MAIDUGURI, Nigeria, {md(add(D, 1))} (Example Wire) - Suspected militants ambushed a military convoy on the Maiduguri-Damboa road on {wd(D)}, killing at least four soldiers, two military sources said. The convoy was travelling to Damboa, about 85 km south of Maiduguri, when it came under fire near the village of Bulabulin, one of the sources said.
""", date=D, t="CLASH", a1=UAG("Nigeria"), a2=NGA_ARMY, place="Damboa", geo=2, fat=4,
    tags=["at-least", "suspected-militants"])
doc("L04", "report", "damboa-troops-radio", add(D, 2), "Lake Chad Radio", f"""
Six soldiers were killed when insurgents attacked troops near Damboa on {wd(D)} evening, a member of the Civilian Joint Task Force told Lake Chad Radio. He said the attackers withdrew towards the Sambisa forest after a gunfight.
""", date=D, t="CLASH", a1=UAG("Nigeria"), a2=NGA_ARMY, place="Damboa", geo=2, fat=6,
    tags=["evening", "published-two-days-later"])
doc("X03", "distractor", "magumeri-base-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State West Africa Province said in a separate statement that its fighters attacked a Nigerian army position in Magumeri, north-west of Maiduguri, on {H(D)}, killing five soldiers.
""", date=D, t="CLASH", a1=ISWAP, a2=NGA_ARMY, place="Magumeri", geo=1, fat=5, kind="claim", by=ISWAP,
    tags=["same-group-same-day-elsewhere", "hijri"])

D = "2020-10-12"  # L05 IED on army truck between Pulka and Gwoza
doc("L05", "claim", "pulka-vehicle-claim", D, CLAIM_SRC, f"""
Islamic State West Africa Province said in a statement on {wd(D)} that an explosive device planted by its fighters destroyed a Nigerian army vehicle near Pulka, in the Gwoza area, killing seven soldiers.
""", date=D, t="IED", a1=ISWAP, a2=NGA_ARMY, place="Gwoza", geo=2, fat=7, kind="claim", by=ISWAP,
    tags=["claim-inflated", "village-vs-town"])
doc("L05", "report", "gwoza-landmine-monitor", add(D, 1), "Northeast Monitor", f"""
A landmine exploded under a military truck between Pulka and Gwoza on {wd(D)} afternoon, killing two soldiers and wounding three, security sources said. The truck was part of a convoy carrying supplies to troops in Pulka.
""", date=D, t="IED", a1=UAG("Nigeria"), a2=NGA_ARMY, place="Gwoza", geo=2, fat=2, inj=3,
    tags=["landmine"])
doc("X04", "distractor", "gwoza-firewood-abduction", add(D, 3), "Northeast Monitor", f"""
Gunmen abducted three women who were collecting firewood near Gwoza on {wd(add(D, 2))}, a local government official said. Their families have had no news of them.
""", date=add(D, 2), t="ABDUCT", a1=UAG("Nigeria"), a2=CIV("Nigeria"), place="Gwoza", geo=2,
    tags=["same-town-two-days-later"])

D = "2021-01-09"  # L06 farmers killed near Kawuri, Konduga
doc("L06", "claim", "konduga-video-claim", add(D, 4), "video relayed by the group's outlet", f"""
In a video released on {wd(add(D, 4))}, a man who identified himself as the leader of Jama'atu Ahlis Sunna Lidda'awati wal-Jihad said the group's fighters had killed 12 people it accused of working with the army near Konduga last week.
""", date="2021-01-04", date_end="2021-01-10", prec=2, t="ATTACK", a1=JAS, a2=CIV("Nigeria"),
    place="Konduga", geo=2, fat=12, kind="claim", by=JAS,
    tags=["last-week=range", "claim-inflated", "video"])
doc("L06", "report", "kawuri-farmers-wire", add(D, 1), "Example Wire", f"""
MAIDUGURI, Nigeria, {md(add(D, 1))} (Example Wire) - Gunmen suspected to be members of Boko Haram killed five farmers working on their fields near Kawuri village in Konduga local government area on {wd(D)}, residents said.
""", date=D, t="ATTACK", a1=JAS, a2=CIV("Nigeria"), place="Konduga", geo=2, fat=5,
    tags=["suspected-group"])
doc("L06", "report", "kawuri-farmers-bulletin", add(D, 3), "Humanitarian Access Bulletin", f"""
On {dmy(D)}, members of a non-state armed group attacked farmers outside Kawuri, Konduga LGA, Borno State. Seven civilians were killed and two were injured. Humanitarian partners report that some households have since moved to Maiduguri.
""", date=D, t="ATTACK", a1=UAG("Nigeria"), a2=CIV("Nigeria"), place="Konduga", geo=2, fat=7, inj=2,
    tags=["ngo-bulletin"])

D = "2019-02-09"  # R02 mosque bombing on the edge of Maiduguri (two reports, no claim)
doc("R02", "report", "maiduguri-mosque-wire", D, "Example Wire", f"""
MAIDUGURI, Nigeria, {md(D)} (Example Wire) - Two female suicide bombers blew themselves up at a mosque in the Muna Garage area on the outskirts of Maiduguri during evening prayers on {wd(D)}, killing four worshippers, police said.
""", date=D, t="SUICIDE", a1=UAG("Nigeria"), a2=CIV("Nigeria"), place="Maiduguri", geo=2, fat=6,
    tags=["no-claim", "suicide-bombers-counted"])
doc("R02", "report", "muna-mosque-daily", add(D, 1), "Borno Daily", f"""
At least eight people, including the two bombers, died when explosions tore through a mosque at Muna, near Maiduguri, on {wd(D)} night, emergency officials said. Fifteen people were being treated in hospital.
""", date=D, t="SUICIDE", a1=UAG("Nigeria"), a2=CIV("Nigeria"), place="Maiduguri", geo=2, fat=8, inj=15,
    tags=["no-claim", "at-least"])

D = "2020-06-20"  # U02 uncorroborated ISWAP claim, Gajiram
doc("U02", "claim", "gajiram-base-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State West Africa Province said in a statement that its fighters attacked a Nigerian army base in Gajiram, in the Nganzai area of Borno, on {H(D, True)} and killed 14 soldiers. The group said its fighters seized two armoured vehicles.
""", date=D, t="CLASH", a1=ISWAP, a2=NGA_ARMY, place="Gajiram", geo=1, fat=14, kind="claim", by=ISWAP,
    tags=["uncorroborated", "hijri"])

# ============================================================================ Afghanistan
D = "2018-03-11"  # L07 bomb on a police vehicle in Jalalabad
doc("L07", "claim", "jalalabad-police-claim", D, "statement relayed by the group's news agency", f"""
Islamic State's Khorasan branch said through its news agency that its fighters detonated an explosive device against a vehicle of the Afghan police in Jalalabad city, Ningarhar, on {wd(D)}, killing eight police officers.
""", date=D, t="IED", a1=ISKP, a2=AFG_POL, place="Jalalabad", geo=1, fat=8, kind="claim", by=ISKP,
    tags=["spelling:Ningarhar", "claim-inflated"])
doc("L07", "report", "jalalabad-magnetic-bomb-wire", D, "Example Wire", f"""
JALALABAD, Afghanistan, {md(D)} (Example Wire) - A magnetic bomb attached to a police pickup exploded in the fourth district of Jalalabad city on {wd(D)}, killing two policemen and wounding a passer-by, a spokesman for the Nangarhar governor said. No group immediately claimed responsibility.
""", date=D, t="IED", a1=UAG("Afghanistan"), a2=AFG_POL, place="Jalalabad", geo=1, fat=2, inj=1)
doc("L07", "report", "jalalabad-pd4-radio", add(D, 1), "Eastern Radio", """
Police in Nangarhar said an explosion hit a police vehicle in Police District 4 of Jalalabad yesterday. Three police officers were killed, a member of the provincial council said.
""", date=D, t="IED", a1=UAG("Afghanistan"), a2=AFG_POL, place="Jalalabad", geo=1, fat=3,
    tags=["yesterday", "explosion-not-ied"])
doc("X05", "distractor", "jalalabad-elder-shot", add(D, 2), "Example Wire", f"""
JALALABAD, Afghanistan, {md(add(D, 2))} (Example Wire) - Unidentified gunmen on a motorcycle shot dead a tribal elder outside his home in Jalalabad on {wd(add(D, 2))} morning, police said. No group claimed responsibility for the killing.
""", date=add(D, 2), t="ATTACK", a1=UAG("Afghanistan"), a2=CIV("Afghanistan"), place="Jalalabad", geo=1,
    fat=1, tags=["same-city-two-days-later"])

D = "2019-04-23"  # L08 attack on police checkpoints in Imam Sahib before dawn; the claim says "last night"
doc("L08", "claim", "imam-sahib-checkpoints-claim", D, CLAIM_SRC, f"""
In a statement on {wd(D)}, a Taliban spokesman said the group's fighters attacked three police checkpoints in Imam Sahib district of Kunduz province last night, killing 17 police officers and capturing weapons and ammunition.
""", date=add(D, -1), t="CLASH", a1=TAL, a2=AFG_POL, place="Imam Sahib", geo=2, fat=17, kind="claim",
    by=TAL, tags=["last-night", "claim-inflated"])
doc("L08", "report", "imam-sahib-wire", D, "Example Wire", f"""
KUNDUZ, Afghanistan, {md(D)} (Example Wire) - Taliban fighters attacked police posts in Imam Sahib district of northern Kunduz province early on {wd(D)}, killing four policemen, a provincial police spokesman said. He said seven attackers were killed and the fighting lasted until dawn.
""", date=D, t="CLASH", a1=TAL, a2=AFG_POL, place="Imam Sahib", geo=2, fat=11)
doc("L08", "report", "imam-saheb-monitor", add(D, 1), "Regional Monitor", f"""
Five police officers were killed and three were wounded in a Taliban attack on checkpoints in the Imam Saheb district of Kunduz on {wd(D)}, a member of the provincial council said.
""", date=D, t="CLASH", a1=TAL, a2=AFG_POL, place="Imam Sahib", geo=2, fat=5, inj=3,
    tags=["spelling:Imam Saheb"])
doc("X06", "distractor", "khanabad-outpost", add(D, 1), "Northern Radio", f"""
Taliban fighters attacked an army outpost in Khanabad district, east of Kunduz city, on {wd(D)} afternoon, killing two soldiers, a district official said.
""", date=D, t="CLASH", a1=TAL, a2=AFG_ARMY, place="Khanabad", geo=2, fat=2,
    tags=["same-group-same-day-neighbouring-district"])

D = "2020-10-18"  # L09 attack on army posts in Nad Ali
doc("L09", "claim", "nad-e-ali-posts-claim", add(D, 1), CLAIM_SRC, f"""
The Taliban said in a statement on {wd(add(D, 1))} that its fighters overran four army posts in Nad-e Ali district of Helmand province the previous day, killing 11 soldiers and capturing two vehicles.
""", date=D, t="CLASH", a1=TAL, a2=AFG_ARMY, place="Nad Ali", geo=2, fat=11, kind="claim", by=TAL,
    tags=["previous-day", "spelling:Nad-e Ali"])
doc("L09", "report", "nad-ali-wire", D, "Example Wire", f"""
LASHKAR GAH, Afghanistan, {md(D)} (Example Wire) - Taliban fighters attacked security posts in Nad Ali district near the Helmand provincial capital, Lashkar Gah, on {wd(D)}, killing three soldiers, a provincial spokesman said.
""", date=D, t="CLASH", a1=TAL, a2=AFG_ARMY, place="Nad Ali", geo=2, fat=3)

D = "2019-01-27"  # U03 uncorroborated ISKP claim, Achin
doc("U03", "claim", "achin-post-claim", add(D, 1), "statement relayed by the group's news agency", f"""
Islamic State's Khorasan branch said in a statement carried by its news agency that its fighters attacked an Afghan army post in the Achin district of Nangarhar on {wd(D)}, killing six soldiers.
""", date=D, t="CLASH", a1=ISKP, a2=AFG_ARMY, place="Achin", geo=2, fat=6, kind="claim", by=ISKP,
    tags=["uncorroborated"])

# ============================================================================ Iraq
D = "2020-07-02"  # L10 IED on an army vehicle in Tarmiyah
doc("L10", "claim", "tarmiya-vehicle-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters detonated an explosive device on a vehicle of the Iraqi army in the Tarmiya area north of Baghdad on {H(D)}, killing or wounding nine soldiers.
""", date=D, t="IED", a1=IS, a2=IRQ_ARMY, place="Tarmiyah", geo=2, cas=9, kind="claim", by=IS,
    tags=["hijri", "killed-or-wounded", "spelling:Tarmiya"])
doc("L10", "report", "tarmiyah-roadside-wire", D, "Example Wire", f"""
BAGHDAD, {md(D)} (Example Wire) - A roadside bomb struck an army vehicle in Tarmiyah, 45 km north of Baghdad, on {wd(D)}, killing one soldier and wounding two, a security source said.
""", date=D, t="IED", a1=UAG("Iraq"), a2=IRQ_ARMY, place="Tarmiyah", geo=1, fat=1, inj=2)
doc("L10", "report", "al-tarmiyah-patrol-press", add(D, 1), "Tigris Press", """
Security forces said an improvised explosive device targeted an Iraqi army patrol on farmland at the edge of Al-Tarmiyah district yesterday. Two soldiers were wounded, one of whom later died in hospital.
""", date=D, t="IED", a1=UAG("Iraq"), a2=IRQ_ARMY, place="Tarmiyah", geo=2, fat=1, inj=1,
    tags=["yesterday", "wounded-later-died"])
doc("X07", "distractor", "tarmiyah-orchard-blast", add(D, 3), "Tigris Press", f"""
Two shepherds were killed when an explosive device left in an orchard went off in Tarmiyah on {wd(add(D, 2))}, police said.
""", date=add(D, 2), t="IED", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Tarmiyah", geo=1, fat=2,
    tags=["same-town-two-days-later"])

D = "2019-11-05"  # L11 evening attack on a checkpoint near Tal Afar; Hijri date is the next day
doc("L11", "claim", "telafer-checkpoint-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters attacked a checkpoint of the Iraqi army near Telafer with light weapons on {H(add(D, 1))}, killing five soldiers.
""", date=add(D, 1), t="CLASH", a1=IS, a2=IRQ_ARMY, place="Tall Afar", geo=2, fat=5, kind="claim", by=IS,
    tags=["hijri", "hijri-evening-shift", "spelling:Telafer"])
doc("L11", "report", "tal-afar-checkpoint-wire", add(D, 1), "Example Wire", f"""
MOSUL, Iraq, {md(add(D, 1))} (Example Wire) - Gunmen attacked an army checkpoint west of Tal Afar late on {wd(D)}, killing two soldiers before fleeing, military sources said.
""", date=D, t="CLASH", a1=UAG("Iraq"), a2=IRQ_ARMY, place="Tall Afar", geo=2, fat=2,
    tags=["gunmen", "spelling:Tal Afar"])
doc("L11", "report", "tal-afar-checkpoint-news", add(D, 1), "Nineveh News", f"""
Militants opened fire on a military checkpoint near Tal Afar on {wd(D)} evening. One soldier was killed and another was wounded, a local official said, blaming Islamic State.
""", date=D, t="CLASH", a1=IS, a2=IRQ_ARMY, place="Tall Afar", geo=2, fat=1, inj=1)

D = "2021-02-15"  # L12 attack on a federal police post west of Kirkuk (Hawija area)
doc("L12", "claim", "riyadh-kirkuk-police-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said its fighters attacked a post of the Iraqi federal police in the Riyadh area, south-west of Kirkuk, on {wd(D)}, killing six police officers and wounding others.
""", date=D, t="CLASH", a1=IS, a2=IRQ_POL, place="Ar Riyad", geo=2, fat=6, kind="claim", by=IS,
    tags=["village-vs-city", "claim-inflated"])
doc("L12", "report", "hawija-police-post-wire", add(D, 1), "Example Wire", f"""
KIRKUK, Iraq, {md(add(D, 1))} (Example Wire) - Two federal police officers were killed when militants attacked their post near Hawija, 55 km southwest of Kirkuk, on {wd(D)}, a police official said.
""", date=D, t="CLASH", a1=UAG("Iraq"), a2=IRQ_POL, place="Hawija", geo=2, fat=2)
doc("X08", "distractor", "daquq-vehicle-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in a separate statement that its fighters targeted an Iraqi army vehicle with an explosive device near Daquq, south of Kirkuk, on {wd(D)}, killing two soldiers.
""", date=D, t="IED", a1=IS, a2=IRQ_ARMY, place="Daquq", geo=2, fat=2, kind="claim", by=IS,
    tags=["same-group-same-day-60km"])
doc("X09", "distractor", "kirkuk-car-bomb", add(D, 1), "Tigris Press", f"""
A bomb attached to a car exploded in the Wasiti neighbourhood of Kirkuk city on {wd(add(D, 1))} morning, wounding the driver, a government employee, police said.
""", date=add(D, 1), t="IED", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Kirkuk", geo=1, inj=1,
    tags=["same-province-next-day"])

D = "2018-10-20"  # R03 market bomb in Baqubah (two reports, no claim)
doc("R03", "report", "baquba-market-wire", D, "Example Wire", f"""
BAQUBA, Iraq, {md(D)} (Example Wire) - A bomb exploded at a crowded market in the centre of Baquba, capital of Diyala province, on {wd(D)}, killing three people and wounding 12, police said.
""", date=D, t="IED", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Baqubah", geo=1, fat=3, inj=12,
    tags=["no-claim", "spelling:Baquba"])
doc("R03", "report", "baqubah-market-radio", add(D, 1), "Diyala Radio", """
The death toll from yesterday's market bombing in Baqubah rose to five, a health official said. Twelve wounded people remain in hospital.
""", date=D, t="IED", a1=UAG("Iraq"), a2=CIV("Iraq"), place="Baqubah", geo=1, fat=5, inj=12,
    tags=["no-claim", "toll-rose", "yesterday"])

# ============================================================================ Syria
D = "2019-12-03"  # L13 attack on an SDF checkpoint in Al-Busayrah
doc("L13", "claim", "busayra-sdf-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters attacked a checkpoint of the Syrian Democratic Forces in the town of Al-Busayra in the Deir al-Zour countryside on {H(add(D, 1))}, killing five of its members.
""", date=add(D, 1), t="CLASH", a1=IS, a2=SDF, place="Busayrah", geo=1, fat=5, kind="claim", by=IS,
    tags=["hijri", "hijri-evening-shift", "spelling:Deir al-Zour", "spelling:Al-Busayra"])
doc("L13", "report", "busayrah-sdf-monitor", D, "Syria Monitor", f"""
Two fighters of the Syrian Democratic Forces (SDF) were killed when gunmen opened fire on their checkpoint in Busayrah, in the eastern Deir ez-Zor countryside, on {wd(D)} evening, the monitoring group said.
""", date=D, t="CLASH", a1=UAG("Syria"), a2=SDF, place="Busayrah", geo=1, fat=2)
doc("X10", "distractor", "dhiban-council-member", add(D, 1), "Levant Wire", f"""
Unidentified gunmen shot dead a member of the local civil council in the village of Dhiban, east of Deir ez-Zor, on {wd(D)}, local sources said.
""", date=D, t="ATTACK", a1=UAG("Syria"), a2=CIV("Syria"), place="Dhiban", geo=1, fat=1,
    tags=["same-day-neighbouring-village"])

D = "2020-11-14"  # L14 bomb on a bus carrying soldiers near As-Sukhnah
doc("L14", "claim", "sukhnah-bus-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said its fighters detonated an explosive device on a bus carrying Syrian government troops on the road between Palmyra and Al-Sukhnah on {wd(D)}, killing 13 of them.
""", date=D, t="IED", a1=IS, a2=SYR_ARMY, place="Sukhnah", geo=2, fat=13, kind="claim", by=IS,
    tags=["claim-inflated"])
doc("L14", "report", "as-sukhnah-bus-monitor", D, "Syria Monitor", f"""
A roadside bomb hit a bus transporting soldiers near As-Sukhnah in the eastern Homs desert on {wd(D)}, killing four soldiers and wounding eight, the monitoring group said. It attributed the attack to Islamic State.
""", date=D, t="IED", a1=IS, a2=SYR_ARMY, place="Sukhnah", geo=2, fat=4, inj=8)
doc("L14", "report", "sukhna-bus-wire", add(D, 1), "Levant Wire", f"""
An explosion struck a military bus east of Sukhna on {wd(D)}, killing six soldiers, a source in the government forces said.
""", date=D, t="IED", a1=UAG("Syria"), a2=SYR_ARMY, place="Sukhnah", geo=2, fat=6,
    tags=["explosion-not-ied", "spelling:Sukhna"])

D = "2020-01-27"  # L15 fighting on the eastern outskirts of Saraqib
doc("L15", "claim", "saraqeb-positions-claim", D, CLAIM_SRC, f"""
Hayat Tahrir al-Sham said in a statement that its fighters attacked positions of Syrian government forces on the eastern outskirts of Saraqeb on {wd(D)}, killing 25 soldiers and destroying a tank.
""", date=D, t="CLASH", a1=HTS, a2=SYR_ARMY, place="Saraqib", geo=2, fat=25, kind="claim", by=HTS,
    tags=["spelling:Saraqeb", "claim-inflated"])
doc("L15", "report", "saraqib-fighting-monitor", add(D, 1), "Syria Monitor", f"""
Fighting between government forces and fighters of Hayat Tahrir al-Sham on the eastern outskirts of Saraqib, in Idlib province, killed six soldiers and four HTS fighters on {wd(D)}, the monitoring group said.
""", date=D, t="CLASH", a1=SYR_ARMY, a2=HTS, place="Saraqib", geo=2, fat=10,
    tags=["actor-order-differs"])
doc("X11", "distractor", "saraqib-air-strikes", add(D, 2), "Levant Wire", f"""
Air strikes hit a residential area of Saraqib on {wd(add(D, 1))}, killing three civilians, including a child, rescue workers said. Residents said the aircraft were Russian.
""", date=add(D, 1), t="AIR", a1="Military Forces of Russia", a2=CIV("Syria"), place="Saraqib", geo=1,
    fat=3, tags=["same-town-next-day"])

# ============================================================================ Mali / Burkina Faso
D = "2019-10-20"  # L16 dawn attack on the army post in Anderamboukane
doc("L16", "claim", "anderamboukane-post-claim", add(D, 2), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters attacked a Malian army post in Andéramboukane, in the Ménaka region, on {H(D)}, killing nine soldiers and seizing a vehicle.
""", date=D, t="CLASH", a1=ISSP, a2=MLI_ARMY, place="Anderamboukane", geo=1, fat=9, kind="claim",
    by=ISSP, tags=["hijri", "accents"])
doc("L16", "report", "anderamboukane-post-wire", add(D, 1), "Example Wire", f"""
BAMAKO, {md(add(D, 1))} (Example Wire) - Gunmen attacked an army post in Anderamboukane near the border with Niger on {wd(D)}, killing three soldiers, the army said in a statement. It said the attackers fled towards the border.
""", date=D, t="CLASH", a1=UAG("Mali"), a2=MLI_ARMY, place="Anderamboukane", geo=1, fat=3)
doc("L16", "report", "anderamboukane-dawn-radio", add(D, 2), "Sahel Radio", f"""
Residents of Andéramboukane said the town's military post came under attack at dawn on {wd(D)}. A local official said four soldiers died in the attack.
""", date=D, t="CLASH", a1=UAG("Mali"), a2=MLI_ARMY, place="Anderamboukane", geo=1, fat=4)
doc("X12", "distractor", "inekar-herders", add(D, 1), "Sahel Radio", f"""
Unidentified armed men killed two herders and took their cattle near Inékar, about 80 km east of Ménaka, on {wd(D)}, a local official said.
""", date=D, t="ATTACK", a1=UAG("Mali"), a2=CIV("Mali"), place="Inekar", geo=2, fat=2,
    tags=["same-day-same-region-different-group"])

D = "2020-04-11"  # L17 attack on the army detachment in Djibo
doc("L17", "claim", "djibo-position-claim", add(D, 1), "statement relayed by the group's media outlet", """
JNIM said in a statement published by its media outlet that its fighters attacked a position of the Burkinabe army in Djibo, in Soum province, yesterday, killing 14 soldiers.
""", date=D, t="CLASH", a1=JNIM, a2=BFA_ARMY, place="Djibo", geo=1, fat=14, kind="claim", by=JNIM,
    tags=["yesterday", "claim-inflated"])
doc("L17", "report", "djibo-detachment-wire", add(D, 1), "Example Wire", f"""
OUAGADOUGOU, {md(add(D, 1))} (Example Wire) - Gunmen attacked a military detachment in the northern town of Djibo on {wd(D)}, killing three soldiers, security sources said.
""", date=D, t="CLASH", a1=UAG("Burkina Faso"), a2=BFA_ARMY, place="Djibo", geo=1, fat=3)
doc("L17", "report", "djibo-position-bulletin", add(D, 3), "Humanitarian Access Bulletin", f"""
On {dm(D)}, an attack by a non-state armed group on a military position in Djibo (Soum province, Sahel region) caused the death of four soldiers, according to local sources. Around 300 people fled to neighbouring villages.
""", date=D, t="CLASH", a1=UAG("Burkina Faso"), a2=BFA_ARMY, place="Djibo", geo=1, fat=4,
    tags=["ngo-bulletin", "year-from-published"])
doc("X13", "distractor", "djibo-traders-convoy", add(D, 3), "Sahel Radio", f"""
Gunmen stopped a convoy of traders on the road out of Djibo on {wd(add(D, 2))} and killed five drivers, a security source said.
""", date=add(D, 2), t="ATTACK", a1=UAG("Burkina Faso"), a2=CIV("Burkina Faso"), place="Djibo", geo=2,
    fat=5, tags=["same-town-two-days-later"])

D = "2018-09-29"  # L18 IED on a MINUSMA convoy near Douentza
doc("L18", "claim", "douentza-convoy-claim", add(D, 2), "statement relayed by the group's media outlet", f"""
JNIM said its fighters detonated an explosive device on a convoy of United Nations peacekeepers near Douentza on {H(D, True)}, killing four of them.
""", date=D, t="IED", a1=JNIM, a2=MINUSMA, place="Douentza", geo=2, fat=4, kind="claim", by=JNIM,
    tags=["hijri"])
doc("L18", "report", "douentza-peacekeeper-un", add(D, 1), "United Nations mission statement", f"""
The United Nations mission in Mali (MINUSMA) said one peacekeeper was killed and three others were seriously injured when their vehicle struck an improvised explosive device near Douentza, in the Mopti region, on {dmy(D)}. The mission condemned the attack.
""", date=D, t="IED", a1=UAG("Mali"), a2=MINUSMA, place="Douentza", geo=2, fat=1, inj=3)
doc("L18", "report", "douentza-boni-mine-wire", add(D, 1), "Example Wire", f"""
BAMAKO, {md(add(D, 1))} (Example Wire) - A peacekeeper was killed and three were wounded when a mine exploded under their vehicle on the road between Douentza and Boni on {wd(D)}, the U.N. mission said.
""", date=D, t="IED", a1=UAG("Mali"), a2=MINUSMA, place="Douentza", geo=2, fat=1, inj=3,
    tags=["mine-not-ied"])
doc("X14", "distractor", "douentza-army-landmine", add(D, 4), "Sahel Radio", f"""
Two Malian soldiers were killed when their vehicle hit a landmine near Douentza on {wd(add(D, 3))}, the army said. JNIM later said it had planted the device.
""", date=add(D, 3), t="IED", a1=JNIM, a2=MLI_ARMY, place="Douentza", geo=2, fat=2,
    tags=["same-group-same-place-days-later"])

D = "2021-05-08"  # L19 attack on the army base in Aribinda
doc("L19", "claim", "arbinda-base-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters attacked a Burkinabe army base in Arbinda, in the north of Burkina Faso, on {H(D)}, killing 11 soldiers.
""", date=D, t="CLASH", a1=ISSP, a2=BFA_ARMY, place="Aribinda", geo=1, fat=11, kind="claim", by=ISSP,
    tags=["hijri", "spelling:Arbinda", "claim-inflated"])
doc("L19", "report", "aribinda-base-wire", add(D, 1), "Example Wire", f"""
OUAGADOUGOU, {md(add(D, 1))} (Example Wire) - Suspected militants attacked an army base in Aribinda in Soum province on {wd(D)}, killing at least two soldiers, security sources said.
""", date=D, t="CLASH", a1=UAG("Burkina Faso"), a2=BFA_ARMY, place="Aribinda", geo=1, fat=2,
    tags=["at-least"])

D = "2020-08-03"  # U04 uncorroborated ISSP claim near Tessit
doc("U04", "claim", "tessit-clash-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said its fighters clashed with Malian troops near Tessit, in the Gao region, on {H(D, True)} and killed seven soldiers.
""", date=D, t="CLASH", a1=ISSP, a2=MLI_ARMY, place="Tessit", geo=2, fat=7, kind="claim", by=ISSP,
    tags=["uncorroborated", "hijri"])

# ============================================================================ Mozambique
D = "2020-05-28"  # L20 attack on Macomia town
doc("L20", "claim", "macomia-positions-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters in Mozambique attacked Mozambican army positions in the town of Macomia on {wd(D)}, killing eight soldiers and burning buildings.
""", date=D, t="CLASH", a1=ISMP, a2=MOZ_ARMY, place="Macomia", geo=1, fat=8, kind="claim", by=ISMP)
doc("L20", "report", "macomia-town-radio", add(D, 1), "Northern Coast Radio", f"""
Insurgents attacked the district headquarters of Macomia on {wd(D)}, setting fire to houses and a bank, residents said. Two soldiers were killed in fighting with the attackers, a local official said.
""", date=D, t="CLASH", a1=UAG("Mozambique"), a2=MOZ_ARMY, place="Macomia", geo=1, fat=2)
doc("L20", "report", "macomia-displacement-bulletin", add(D, 4), "Humanitarian Access Bulletin", f"""
Following an attack by a non-state armed group on Macomia town on {dmy(D)}, at least 3,000 people have fled to Pemba and Mueda. The number of people killed in the attack is not known.
""", date=D, t="ATTACK", a1=UAG("Mozambique"), a2=CIV("Mozambique"), place="Macomia", geo=1,
    tags=["ngo-bulletin", "type-differs", "unknown-toll"])
doc("X15", "distractor", "mueda-position-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in another statement that its fighters attacked a Mozambican army position near Mueda on {wd(D)}, killing three soldiers.
""", date=D, t="CLASH", a1=ISMP, a2=MOZ_ARMY, place="Mueda", geo=2, fat=3, kind="claim", by=ISMP,
    tags=["same-group-same-day-elsewhere"])

D = "2020-03-11"  # L21 ambush on an army convoy near Mocimboa da Praia
doc("L21", "claim", "mocimboa-convoy-claim", add(D, 2), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters ambushed a convoy of the Mozambican army near Mocímboa da Praia on {H(D)}, killing ten soldiers and seizing weapons.
""", date=D, t="CLASH", a1=ISMP, a2=MOZ_ARMY, place="Mocimboa", geo=2, fat=10, kind="claim", by=ISMP,
    tags=["hijri", "claim-inflated"])
doc("L21", "report", "mocimboa-ambush-wire", add(D, 1), "Example Wire", f"""
MAPUTO, {md(add(D, 1))} (Example Wire) - Insurgents ambushed an army convoy on the road to Mocimboa da Praia in northern Cabo Delgado province on {wd(D)}, killing at least three soldiers, two sources said.
""", date=D, t="CLASH", a1=UAG("Mozambique"), a2=MOZ_ARMY, place="Mocimboa", geo=2, fat=3)
doc("L21", "report", "mocimboa-bodies-radio", add(D, 2), "Northern Coast Radio", f"""
Soldiers travelling from Mueda were attacked near the entrance of Mocímboa town on {wd(D)}. Hospital staff said five bodies were brought in.
""", date=D, t="CLASH", a1=UAG("Mozambique"), a2=MOZ_ARMY, place="Mocimboa", geo=2, fat=5,
    tags=["attack-on-convoy"])
doc("X16", "distractor", "mocimboa-abduction", add(D, 4), "Northern Coast Radio", f"""
Insurgents abducted at least seven women from a village south of Mocímboa da Praia on {wd(add(D, 3))}, residents said.
""", date=add(D, 3), t="ABDUCT", a1=UAG("Mozambique"), a2=CIV("Mozambique"), place="Mocimboa", geo=2,
    tags=["same-area-days-later"])

# ============================================================================ DR Congo
D = "2020-08-16"  # L22 killing of civilians at Mangina
doc("L22", "claim", "mangina-village-claim", add(D, 2), CLAIM_SRC, f"""
Islamic State said its fighters in Central Africa attacked the village of Mangina near Beni on {wd(D)}, killing 17 people and setting houses on fire.
""", date=D, t="ATTACK", a1=ISCAP, a2=CIV("Democratic Republic of the Congo"), place="Mangina", geo=1,
    fat=17, kind="claim", by=ISCAP, tags=["claim-inflated", "actor-name-differs"])
doc("L22", "report", "mangina-raid-wire", add(D, 1), "Example Wire", f"""
BENI, Congo, {md(add(D, 1))} (Example Wire) - Suspected ADF rebels killed at least eight civilians in a raid on a village near Mangina, about 30 km west of Beni, on {wd(D)} night, local authorities said.
""", date=D, t="ATTACK", a1=ADF, a2=CIV("Democratic Republic of the Congo"), place="Mangina", geo=2, fat=8,
    tags=["suspected-group", "at-least"])
doc("L22", "report", "mangina-toll-civil-society", add(D, 3), "Kivu Monitor", f"""
The toll from the attack on Mangina on {dm(D)} has risen to 11 dead, a civil society coordinator in Beni territory said. Several people are still missing.
""", date=D, t="ATTACK", a1=UAG("Democratic Republic of the Congo"), a2=CIV("Democratic Republic of the Congo"),
    place="Mangina", geo=1, fat=11, tags=["toll-rose", "year-from-published"])
doc("X17", "distractor", "beni-march", add(D, 2), "Kivu Monitor", f"""
Hundreds of residents marched through Beni on {wd(add(D, 2))} to protest against repeated killings in the area, including the raid on Mangina at the weekend. Shops stayed closed and the march ended peacefully.
""", date=add(D, 2), t="PROTEST", a1="Protesters (Democratic Republic of the Congo)", a2=None, place="Beni",
    geo=1, tags=["mentions-cluster-event", "protest"])

D = "2021-04-21"  # L23 attack on an army position outside Oicha
doc("L23", "claim", "oicha-position-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said its fighters attacked a Congolese army position near Oïcha, in the Beni area, on {H(D)}, killing seven soldiers.
""", date=D, t="CLASH", a1=ISCAP, a2=COD_ARMY, place="Oicha", geo=2, fat=7, kind="claim", by=ISCAP,
    tags=["hijri", "accents", "actor-name-differs"])
doc("L23", "report", "oicha-outskirts-wire", add(D, 1), "Example Wire", f"""
Two Congolese soldiers were killed when ADF fighters attacked an army position on the outskirts of Oicha, a military spokesman said on {wd(add(D, 1))}. The attack took place on {wd(D)} afternoon.
""", date=D, t="CLASH", a1=ADF, a2=COD_ARMY, place="Oicha", geo=2, fat=2)

# ============================================================================ Philippines
D = "2019-06-27"  # L24 clash in the hinterlands of Patikul: two parties' claims and a report
doc("L24", "claim", "patikul-clash-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said in a statement that its fighters clashed with the Philippine army in the Patikul area of Sulu on {wd(D)}, killing ten soldiers.
""", date=D, t="CLASH", a1=ISEAP, a2=PHL_ARMY, place="Patikul", geo=2, fat=10, kind="claim", by=ISEAP,
    tags=["claim-inflated", "actor-name-differs"])
doc("L24", "claim", "patikul-military-statement", D, "Western Mindanao Command statement", f"""
The military's Western Mindanao Command said in a statement that its troops clashed with about 30 Abu Sayyaf gunmen in Barangay Kabbon Takas, Patikul, on {wd(D)} morning, killing five of them. It said two soldiers were killed and four were wounded.
""", date=D, t="CLASH", a1=PHL_ARMY, a2=ASG, place="Patikul", geo=2, fat=7, inj=4, kind="claim",
    by=PHL_ARMY, tags=["state-claim", "both-sides-claim"])
doc("L24", "report", "patikul-hinterlands-wire", add(D, 1), "Example Wire", f"""
ZAMBOANGA, Philippines, {md(add(D, 1))} (Example Wire) - Fighting between soldiers and Abu Sayyaf militants in the hinterlands of Patikul town in Sulu province on {wd(D)} left three soldiers dead, a local official said.
""", date=D, t="CLASH", a1=PHL_ARMY, a2=ASG, place="Patikul", geo=2, fat=3)
doc("X18", "distractor", "talipao-clash", add(D, 1), "Mindanao Radio", f"""
Soldiers clashed with a small group of Abu Sayyaf gunmen in Talipao, Sulu, on {wd(D)} afternoon, killing one gunman, an army spokesman said. No soldiers were hurt.
""", date=D, t="CLASH", a1=PHL_ARMY, a2=ASG, place="Talipao", geo=1, fat=1, inj=0,
    tags=["same-day-neighbouring-municipality-same-actors"])

D = "2018-11-21"  # L25 ambush of an army patrol in Las Navas
doc("L25", "claim", "las-navas-ambush-claim", add(D, 1), "statement relayed by the group's regional command", f"""
The New People's Army said in a statement from its Northern Samar command that its fighters ambushed a patrol of the Philippine army in Las Navas on {wd(D)}, killing six soldiers.
""", date=D, t="CLASH", a1=NPA, a2=PHL_ARMY, place="Las Navas", geo=1, fat=6, kind="claim", by=NPA,
    tags=["claim-inflated"])
doc("L25", "report", "las-navas-patrol-wire", add(D, 1), "Example Wire", f"""
TACLOBAN, Philippines, {md(add(D, 1))} (Example Wire) - Suspected New People's Army rebels fired on an army patrol in Las Navas, Northern Samar, on {wd(D)}, wounding two soldiers, the army said.
""", date=D, t="CLASH", a1=NPA, a2=PHL_ARMY, place="Las Navas", geo=1, inj=2)
doc("L25", "report", "las-navas-mabini-radio", add(D, 1), "Samar Radio", """
A clash between government troops and NPA rebels in Barangay Mabini, Las Navas, lasted about 30 minutes yesterday, the local police said. One soldier was hurt.
""", date=D, t="CLASH", a1=PHL_ARMY, a2=NPA, place="Las Navas", geo=2, inj=1,
    tags=["yesterday", "actor-order-differs"])

D = "2019-03-10"  # U05 uncorroborated IS claim, Butig
doc("U05", "claim", "butig-clash-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State said its fighters clashed with the Philippine army in Butig, in Lanao del Sur, on {wd(D)}, killing four soldiers.
""", date=D, t="CLASH", a1=ISEAP, a2=PHL_ARMY, place="Butig", geo=1, fat=4, kind="claim", by=ISEAP,
    tags=["uncorroborated"])

# ============================================================================ Egypt
D = "2018-07-19"  # L26 IED on an armoured vehicle south of Sheikh Zuweid
doc("L26", "claim", "sheikh-zuwayed-vehicle-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State's Sinai Province said in a statement that its fighters destroyed an Egyptian army armoured vehicle with an explosive device south of Sheikh Zuwayed on {wd(D)}, killing its crew of five.
""", date=D, t="IED", a1=ISSinai, a2=EGY_ARMY, place="Sheikh Zuweid", geo=2, fat=5, kind="claim",
    by=ISSinai, tags=["spelling:Sheikh Zuwayed"])
doc("L26", "report", "sheikh-zuweid-roadside-wire", add(D, 1), "Example Wire", f"""
CAIRO, {md(add(D, 1))} (Example Wire) - Two Egyptian soldiers were killed and three were wounded when a roadside bomb hit their armoured vehicle south of the North Sinai town of Sheikh Zuweid on {wd(D)}, security sources said.
""", date=D, t="IED", a1=UAG("Egypt"), a2=EGY_ARMY, place="Sheikh Zuweid", geo=2, fat=2, inj=3)
doc("X19", "distractor", "sheikh-zuweid-air-strikes-statement", add(D, 2), "Egyptian army statement", f"""
The Egyptian army said in a statement on {wd(add(D, 2))} that its aircraft had destroyed hideouts of militants near Sheikh Zuweid in air strikes over the past two days, killing 12 militants.
""", date=D, date_end=add(D, 2), prec=2, t="AIR", a1=EGY_ARMY, a2=UAG("Egypt"),
    place="Sheikh Zuweid", geo=2, fat=12, kind="claim", by=EGY_ARMY,
    tags=["state-claim", "past-two-days=range", "same-area-same-week"])

D = "2020-07-21"  # L27 attack on an army camp near Bir al-Abd
doc("L27", "claim", "bir-al-abd-camp-claim", add(D, 1), CLAIM_SRC, f"""
Islamic State's Sinai Province said in a statement that its fighters attacked an Egyptian army camp at Rabaa, near Bir al-Abd, on {H(D)}, killing 12 soldiers.
""", date=D, t="CLASH", a1=ISSinai, a2=EGY_ARMY, place="Bir al-Abd", geo=2, fat=12, kind="claim",
    by=ISSinai, tags=["hijri"])
doc("L27", "report", "bir-al-abd-checkpoint-wire", D, "Example Wire", f"""
CAIRO, {md(D)} (Example Wire) - Militants attacked a military checkpoint near Bir al-Abd in North Sinai on {wd(D)}, killing seven soldiers and wounding four, security sources said. The army said 18 attackers were killed.
""", date=D, t="CLASH", a1=UAG("Egypt"), a2=EGY_ARMY, place="Bir al-Abd", geo=2, fat=25, inj=4,
    tags=["camp-vs-checkpoint", "attackers-counted"])
doc("X20", "distractor", "bir-al-abd-man-claim", add(D, 3), CLAIM_SRC, f"""
Islamic State's Sinai Province said its fighters shot dead a man it accused of working with the army near Bir al-Abd on {wd(add(D, 2))}.
""", date=add(D, 2), t="ATTACK", a1=ISSinai, a2=CIV("Egypt"), place="Bir al-Abd", geo=2, fat=1,
    kind="claim", by=ISSinai, tags=["same-group-same-place-two-days-later"])

# ============================================================================ Pakistan
D = "2021-06-13"  # L28 attack on an army patrol near Miran Shah
doc("L28", "claim", "miramshah-patrol-claim", D, CLAIM_SRC, f"""
Tehreek-i-Taliban Pakistan said in a statement that its fighters attacked a Pakistani army patrol in the Miramshah area of North Waziristan on {wd(D)}, killing eight soldiers.
""", date=D, t="CLASH", a1=TTP, a2=PAK_ARMY, place="Miran Shah", geo=2, fat=8, kind="claim", by=TTP,
    tags=["spelling:Miramshah", "claim-inflated"])
doc("L28", "report", "miran-shah-patrol-wire", add(D, 1), "Example Wire", f"""
PESHAWAR, Pakistan, {md(add(D, 1))} (Example Wire) - Militants fired on a security forces patrol near Miran Shah in North Waziristan on {wd(D)}, killing two soldiers, the military's media wing said. It said two attackers were killed in the exchange of fire.
""", date=D, t="CLASH", a1=UAG("Pakistan"), a2=PAK_ARMY, place="Miran Shah", geo=2, fat=4)
doc("X21", "distractor", "datta-khel-roadside-bomb", add(D, 1), "Frontier Daily", f"""
A roadside bomb killed two tribesmen in Datta Khel, west of Miran Shah, on {wd(D)}, police said.
""", date=D, t="IED", a1=UAG("Pakistan"), a2=CIV("Pakistan"), place="Datta Khel", geo=1, fat=2,
    tags=["same-day-neighbouring-district"])

D = "2021-09-06"  # L29 bomb on a police van in Kulachi, Dera Ismail Khan district
doc("L29", "claim", "di-khan-police-claim", D, CLAIM_SRC, f"""
The TTP said its fighters detonated a bomb targeting a police van in D.I. Khan district on {wd(D)}, killing six police officers.
""", date=D, t="IED", a1=TTP, a2=PAK_POL, place="Dera Ismail Khan", geo=2, fat=6, kind="claim", by=TTP,
    tags=["spelling:D.I. Khan", "claim-inflated"])
doc("L29", "report", "kulachi-police-van-wire", D, "Example Wire", f"""
DERA ISMAIL KHAN, Pakistan, {md(D)} (Example Wire) - A bomb planted by the roadside hit a police van in Kulachi tehsil of Dera Ismail Khan district on {wd(D)}, killing two policemen and wounding three, a police official said.
""", date=D, t="IED", a1=UAG("Pakistan"), a2=PAK_POL, place="Kulachi", geo=2, fat=2, inj=3,
    tags=["district-vs-tehsil"])
doc("L29", "report", "kulachi-police-vehicle-daily", add(D, 1), "Frontier Daily", """
Two police officers were killed in an attack on a police vehicle in Kulachi yesterday. Police said the van was on patrol duty when it came under attack.
""", date=D, t="CLASH", a1=UAG("Pakistan"), a2=PAK_POL, place="Kulachi", geo=1, fat=2,
    tags=["yesterday", "attack-not-ied", "type-differs"])
doc("X22", "distractor", "di-khan-polio-guards", add(D, 3), "Frontier Daily", f"""
Unidentified gunmen shot dead two policemen guarding a polio vaccination team in Dera Ismail Khan city on {wd(add(D, 3))}, police said.
""", date=add(D, 3), t="CLASH", a1=UAG("Pakistan"), a2=PAK_POL, place="Dera Ismail Khan", geo=1, fat=2,
    tags=["same-city-same-week-unclaimed"])

D = "2021-11-20"  # L30 attack on a police station in Tank
doc("L30", "claim", "tank-police-station-claim", add(D, 1), CLAIM_SRC, f"""
The TTP said in a statement that its fighters attacked a police station in Tank district on {wd(D)} night, killing five policemen.
""", date=D, t="CLASH", a1=TTP, a2=PAK_POL, place="Tank", geo=2, fat=5, kind="claim", by=TTP,
    tags=["claim-inflated"])
doc("L30", "report", "tank-police-station-wire", add(D, 1), "Example Wire", f"""
Militants attacked a police station in the city of Tank late on {wd(D)}, killing one policeman and wounding two others, police said. The attackers fled after an hour-long exchange of fire.
""", date=D, t="CLASH", a1=UAG("Pakistan"), a2=PAK_POL, place="Tank", geo=1, fat=1, inj=2)

D = "2019-05-24"  # R04 market bomb in Quetta (two reports, no claim)
doc("R04", "report", "quetta-market-wire", D, "Example Wire", f"""
QUETTA, Pakistan, {md(D)} (Example Wire) - A bomb hidden on a motorcycle exploded in a busy vegetable market in Quetta on {wd(D)}, killing four people and wounding 11, police said. No group claimed responsibility.
""", date=D, t="IED", a1=UAG("Pakistan"), a2=CIV("Pakistan"), place="Quetta", geo=1, fat=4, inj=11,
    tags=["no-claim"])
doc("R04", "report", "quetta-market-radio", add(D, 1), "Balochistan Radio", """
The number of people killed in yesterday's blast at the main vegetable market in Quetta has risen to six, a hospital official said. Eleven injured people are still being treated.
""", date=D, t="IED", a1=UAG("Pakistan"), a2=CIV("Pakistan"), place="Quetta", geo=1, fat=6, inj=11,
    tags=["no-claim", "toll-rose", "yesterday"])

# ============================================================================ Yemen
D = "2020-09-09"  # L31 missile strike on a military camp in Marib
doc("L31", "claim", "marib-camp-missile-claim", D, "televised statement by the movement's spokesman", f"""
The Houthi movement's military spokesman said in a televised statement that its forces fired a ballistic missile at a military camp in Ma'rib city on {wd(D)}, killing and wounding dozens of soldiers.
""", date=D, t="SHELL", a1=HOUTHI, a2=YEM_ARMY, place="Marib", geo=1, cas=12, kind="claim", by=HOUTHI,
    tags=["killed-and-wounded=casualties", "vague:dozens"])
doc("L31", "report", "marib-camp-missile-wire", add(D, 1), "Example Wire", f"""
ADEN, Yemen, {md(add(D, 1))} (Example Wire) - A missile fired by the Houthi movement hit a military camp in Marib on {wd(D)}, killing five soldiers and wounding seven, a military source said.
""", date=D, t="SHELL", a1=HOUTHI, a2=YEM_ARMY, place="Marib", geo=1, fat=5, inj=7)
doc("L31", "report", "marib-camp-medical-sources", add(D, 2), "Yemen Local", """
Medical sources in Marib said a missile struck the Sahn al-Jin camp east of the city yesterday, killing four soldiers.
""", date=add(D, 1), t="SHELL", a1=UAG("Yemen"), a2=YEM_ARMY, place="Marib", geo=2, fat=4,
    tags=["yesterday", "unnamed-actor", "late-report-date-off-by-one"])
doc("X23", "distractor", "marib-petrol-station-drone", add(D, 3), "Yemen Local", f"""
A drone struck a petrol station in Ma'rib city on {wd(add(D, 2))}, killing two civilians, local officials said, blaming the Houthi movement.
""", date=add(D, 2), t="AIR", a1=HOUTHI, a2=CIV("Yemen"), place="Marib", geo=1, fat=2,
    tags=["same-city-two-days-later-same-group"])

D = "2021-10-04"  # L32 fighting in Harib district
doc("L32", "claim", "harib-hills-claim", add(D, 1), "statement by the movement's spokesman", f"""
The Houthi movement's military spokesman said its forces attacked government positions in Harib district, in the south of Ma'rib province, on {H(D)}, killing 30 soldiers and taking control of several hills.
""", date=D, t="OVERRUN", a1=HOUTHI, a2=YEM_ARMY, place="Harib", geo=2, fat=30, kind="claim", by=HOUTHI,
    tags=["hijri", "type-differs", "claim-inflated"])
doc("L32", "report", "harib-fighting-wire", add(D, 1), "Example Wire", f"""
ADEN, Yemen, {md(add(D, 1))} (Example Wire) - Fighting between government forces and the Houthi movement in Harib district of Ma'rib province killed nine soldiers and 14 Houthi fighters on {wd(D)}, military sources said.
""", date=D, t="CLASH", a1=YEM_ARMY, a2=HOUTHI, place="Harib", geo=2, fat=23,
    tags=["actor-order-differs"])


# Second sentences for documents that would otherwise be a single sentence (brief: 2-6 sentences).
# Context only: none of them describes another violent event.
EXTRA = {
    "nad-ali-wire": "Residents said fighting could be heard from the district centre for several hours.",
    "djibo-detachment-wire": "Reinforcements were sent from Kaya, one of the sources said.",
    "harib-hills-claim": "The statement did not say how many of the movement's fighters were killed.",
    "marib-camp-missile-wire": "The wounded were taken to the city's main hospital, the source added.",
    "kawuri-farmers-wire": "A resident said the farmers had been harvesting beans when the gunmen arrived on motorcycles.",
    "mueda-position-claim": "It gave no further details.",
    "saraqib-fighting-monitor": "Government forces have been advancing towards the town from the south and east.",
    "kulachi-police-van-wire": "The wounded were taken to the district headquarters hospital.",
    "djibo-traders-convoy": "The traders were taking grain to the weekly market, he said.",
    "saraqeb-positions-claim": "The group said it also seized a quantity of ammunition.",
    "maiduguri-mosque-wire": "Several other worshippers were wounded and taken to hospital, police said.",
    "mocimboa-ambush-wire": "The army did not comment.",
    "daquq-vehicle-claim": "The statement was carried by the group's news agency.",
    "achin-post-claim": "The group gave no further details.",
    "busayra-sdf-claim": "The statement was carried by the group's news agency.",
    "arbinda-base-claim": "The group said its fighters also seized weapons and a vehicle.",
    "telafer-checkpoint-claim": "It said its fighters withdrew safely.",
    "riyadh-kirkuk-police-claim": "The statement was carried by the group's news agency.",
    "miramshah-patrol-claim": "A spokesman for the group sent the statement to journalists.",
    "douentza-convoy-claim": "The statement was published by the group's media outlet.",
    "harib-fighting-wire": "The sources said the fighting was concentrated around hills overlooking the district centre.",
    "tal-afar-checkpoint-wire": "Security forces searched nearby villages after the attack, the sources said.",
    "datta-khel-roadside-bomb": "The men were travelling to a nearby market on foot, police said.",
    "bir-al-abd-man-claim": "It gave no further details.",
    "inekar-herders": "Residents said the attackers fled towards the border with Niger.",
    "tarmiyah-roadside-wire": "Security forces closed the road after the blast.",
    "damboa-ambush-claim": "The statement was carried by the group's news agency.",
    "konduga-video-claim": "He did not say in which village the killings took place.",
    "las-navas-patrol-wire": "The wounded soldiers were taken to a hospital in Catarman, an army spokesman said.",
    "djibo-position-claim": "The group said its fighters seized weapons and motorcycles.",
    "tessit-clash-claim": "It said its fighters seized weapons.",
    "di-khan-polio-guards": "The vaccination team was unhurt, police said.",
    "oicha-position-claim": "The statement was carried by the group's news agency.",
    "mocimboa-convoy-claim": "It published photographs it said showed the seized weapons.",
    "busayrah-sdf-monitor": "The attackers fled on a motorcycle, it said.",
    "sheikh-zuweid-roadside-wire": "The army did not comment on the incident.",
    "pulka-vehicle-claim": "It gave no further details.",
    "nad-e-ali-posts-claim": "The statement was sent to journalists by a spokesman for the group.",
    "patikul-clash-claim": "The statement was carried by the group's news agency.",
    "mocimboa-abduction": "Their families said they had no news of them.",
    "marib-camp-medical-sources": "The Houthi movement did not immediately comment.",
    "sheikh-zuwayed-vehicle-claim": "The statement was carried by the group's news agency.",
    "anderamboukane-post-claim": "The statement was carried by the group's news agency.",
    "jalalabad-police-claim": "It gave no further details.",
    "bir-al-abd-camp-claim": "It said its fighters seized weapons from the camp.",
    "dhiban-council-member": "The council runs local services in the area.",
    "marib-camp-missile-claim": "He said the camp was used to prepare attacks on the movement's positions.",
    "kirkuk-car-bomb": "Police said they had opened an investigation.",
    "mangina-raid-wire": "Several houses were set on fire during the raid, they said.",
    "las-navas-ambush-claim": "The statement said the group's fighters seized two rifles.",
    "sheikh-zuweid-air-strikes-statement": "The statement did not name the group the militants belonged to.",
    "butig-clash-claim": "The statement was carried by the group's news agency.",
    "imam-saheb-monitor": "He said reinforcements had reached the area.",
    "patikul-hinterlands-wire": "Military operations in the area are continuing, he said.",
    "mangina-village-claim": "The statement was carried by the group's news agency.",
    "magumeri-base-claim": "It said its fighters seized weapons.",
    "aribinda-base-wire": "The army did not comment.",
    "tarmiya-vehicle-claim": "It gave no further details.",
    "marib-petrol-station-drone": "The station was badly damaged, they said.",
    "hawija-police-post-wire": "Security forces began a search of the surrounding area, he said.",
    "mogadishu-bakaara-claim": "It gave no further details.",
    "baquba-market-wire": "Security forces closed the roads around the market after the blast.",
    "sukhna-bus-wire": "The bus was travelling from Palmyra, the source said.",
    "tarmiyah-orchard-blast": "Police said the device was old and had been left in the orchard.",
    "imam-sahib-checkpoints-claim": "The statement was sent to journalists.",
    "tank-police-station-claim": "It gave no further details.",
    "macomia-positions-claim": "The statement was carried by the group's news agency.",
    "khanabad-outpost": "He said the attackers withdrew when reinforcements arrived.",
    "sukhnah-bus-claim": "The statement was carried by the group's news agency.",
}


# ---------------------------------------------------------------------------- write
def main() -> None:
    order = list(range(len(DOCS)))
    random.Random(20240601).shuffle(order)  # numbering must not reveal clusters
    out_dir = HERE / "docs"
    for old in out_dir.glob("*.txt"):
        old.unlink()
    lines = []
    for num, i in enumerate(order, 1):
        dd = DOCS[i]
        if dd["slug"] in EXTRA:
            dd["text"] = dd["text"].rstrip("\n") + " " + EXTRA[dd["slug"]] + "\n"
        name = f"docs/{num:03d}-{dd['slug']}.txt"
        fm = [f"published: {dd['published']}", f"source: {dd['source']}"]
        fm.append(f"source_kind: {dd['kind']}")
        (HERE / name).write_text("---\n" + "\n".join(fm) + "\n---\n" + dd["text"], encoding="utf-8")
        body = split_front_matter(normalise_text((HERE / name).read_text(encoding="utf-8")))[1]
        ev_text = body.strip()
        s = body.index(ev_text)
        country, admin1, loc, lat, lon = P[dd["place"]]
        et, st = TYPES[dd["t"]]
        rec = {
            "doc": name, "evidence": {"start": s, "end": s + len(ev_text), "text": ev_text},
            "event_date": dd["date"], "event_date_end": dd["date_end"], "time_precision": dd["prec"],
            "event_type": et, "sub_event_type": st, "actor1": dd["a1"], "actor2": dd["a2"],
            "country": country, "iso3": ISO3[country], "admin1": admin1, "location": loc,
            "latitude": lat, "longitude": lon, "geo_precision": dd["geo"],
            "fatalities": dd["fat"], "injured": dd["inj"], "casualties": dd["cas"],
            "source_kind": dd["kind"], "claimed_by": dd["by"],
            "cluster": dd["cluster"], "role": dd["role"], "tags": dd["tags"],
        }
        lines.append((num, json.dumps(rec, ensure_ascii=False)))
    (HERE / "events.jsonl").write_text("\n".join(x for _, x in sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} documents written", file=sys.stderr)


if __name__ == "__main__":
    main()
