"""The relay set (issue 15: claim independence), written by hand; this script only computes offsets.

Each case is a short invented report text, whether its account/figures of the event are only relayed
from a party to the event (relayed=true, with the party's neutral name and the span of the relaying
cue), and the kind of case. Splits alternate dev/test in the order written. Rewrites relay.jsonl:

    python benchmarks/relay/build.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (text, party or None, cue text or None, kind); relayed = party is not None
CASES = [
    # ---- relayed: an armed group's statement, agency, video or spokesman
    ("Al Shabaab said in a statement that its fighters killed 30 soldiers in an attack on a military base near Baidoa on Tuesday.",
     "Al Shabaab", "Al Shabaab said in a statement", "group-statement"),
    ("Police officers were killed in an attack on a checkpoint in Ramadi overnight. There was no independent confirmation of the toll of 17 dead given by the Islamic State group in a statement posted online.",
     "Islamic State", "given by the Islamic State group in a statement posted online", "group-statement-no-independent-toll"),
    ("The Taliban said they had overrun two army outposts in Ghazni province on Sunday and killed 23 soldiers, according to a spokesman for the group.",
     "Taliban", "according to a spokesman for the group", "group-spokesman"),
    ("Islamic State's West Africa branch said it killed 12 Nigerian soldiers in an ambush near Damboa, according to its news agency.",
     "Islamic State (West Africa Province)", "according to its news agency", "group-agency"),
    ("Militants from the Islamic State group attacked a police station in Chiure district on Friday, killing eight policemen, the group said in a message on its Telegram channel.",
     "Islamic State (Mozambique Province)", "the group said in a message on its Telegram channel", "group-channel"),
    ("In a video released on Thursday, Islamic State's Central Africa branch said its fighters had killed 20 Congolese soldiers near Beni.",
     "Islamic State (Central Africa Province)", "In a video released on Thursday, Islamic State's Central Africa branch said", "group-video"),
    ("JNIM claimed to have killed 40 soldiers in an assault on an army camp in Boulkessi, a claim that could not be independently verified.",
     "JNIM: Group for Support of Islam and Muslims", "JNIM claimed", "group-claim-unverified"),
    ("The Pakistani Taliban said its fighters had killed 11 security personnel in an attack on a Frontier Corps post in North Waziristan, in a statement sent to reporters.",
     "TTP: Tehreek-i-Taliban Pakistan", "The Pakistani Taliban said", "group-statement"),
    ("A roadside bomb struck a convoy of African Union troops near Marka on Monday. Al Shabaab's radio station said nine soldiers died in the blast; the mission did not comment.",
     "Al Shabaab", "Al Shabaab's radio station said", "group-radio"),
    ("Islamic State said one of its suicide bombers killed 45 members of the security forces in an attack in Kirkuk province, according to a statement carried by its news agency.",
     "Islamic State", "according to a statement carried by its news agency", "group-agency"),
    ("Houthi fighters shot down a drone over Marib and captured its wreckage, a spokesman for the movement said in a televised address.",
     "Houthi Movement", "a spokesman for the movement said in a televised address", "group-spokesman"),
    ("Fighters of the Islamic State group killed five members of a pro-government militia near Tikrit, the group claimed.",
     "Islamic State", "the group claimed", "group-claim-trailing"),
    ("The ADF rebels, in a rare statement, said they had killed 14 soldiers of the Congolese army in an attack on a position near Oicha.",
     "ADF: Allied Democratic Forces", "The ADF rebels, in a rare statement, said", "group-statement"),
    ("According to the group's propaganda outlet, fighters loyal to Islamic State's Sahel branch killed 31 soldiers in Tillaberi region on Saturday.",
     "Islamic State (Sahel Province)", "According to the group's propaganda outlet", "group-outlet-leading"),
    ("Boko Haram fighters burned a village near Gwoza and killed nine people, the faction said in an audio message attributed to its leader.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "the faction said in an audio message attributed to its leader", "group-audio"),
    # ---- relayed: a state's own statement about its own forces' action
    ("Nigeria's army said its troops killed 40 militants in a raid on a camp near Bama on Sunday.",
     "Military Forces of Nigeria", "Nigeria's army said", "state-army-statement"),
    ("The ministry of defence said its forces killed 40 militants in air strikes in Anbar province on Wednesday.",
     "Military Forces of Iraq", "The ministry of defence said", "state-ministry-statement"),
    ("Security forces killed 11 militants in an intelligence-based operation in North Waziristan, the military's media wing said in a statement.",
     "Military Forces of Pakistan", "the military's media wing said in a statement", "state-media-wing"),
    ("Afghan commandos killed 32 Taliban fighters in a night raid in Kunduz province, according to a statement from the defence ministry.",
     "Military Forces of Afghanistan", "according to a statement from the defence ministry", "state-ministry-statement"),
    ("Somali troops backed by foreign advisers killed 18 Al Shabaab fighters near Jilib, the country's information ministry said, adding that no soldiers were hurt.",
     "Military Forces of Somalia", "the country's information ministry said", "state-ministry-statement"),
    ("Police in Balochistan said they had shot dead six militants in an exchange of fire in Mastung after the militants opened fire on a patrol.",
     "Police Forces of Pakistan", "Police in Balochistan said", "state-police-own-operation"),
    ("U.S. Africa Command said an air strike it carried out near Jilib on Tuesday killed three Al Shabaab fighters.",
     "Military Forces of the United States", "U.S. Africa Command said", "state-abroad-statement"),
    ("The Egyptian armed forces spokesman said troops killed 16 militants in raids in North Sinai, posting photographs of seized weapons on social media.",
     "Military Forces of Egypt", "The Egyptian armed forces spokesman said", "state-spokesman"),
    ("The Mozambican defence ministry said its soldiers had recaptured the town of Mocimboa da Praia and killed 'dozens' of insurgents, figures that could not be verified.",
     "Military Forces of Mozambique", "The Mozambican defence ministry said", "state-ministry-unverified"),
    ("According to the army, soldiers repelled an attack on a base in Mali's Mopti region and killed 25 assailants.",
     "Military Forces of Mali", "According to the army", "state-army-leading"),
    ("Iraq's Security Media Cell said Iraqi aircraft struck an Islamic State hideout in the Hamrin mountains, killing nine militants.",
     "Military Forces of Iraq", "Iraq's Security Media Cell said", "state-media-cell"),
    ("The Burkinabe army said it had 'neutralised' about 50 fighters in a counter-offensive near Djibo, in a statement read on state television.",
     "Military Forces of Burkina Faso", "The Burkinabe army said", "state-army-statement"),
    ("Cameroon's defence ministry said on Monday that its soldiers had killed seven separatist fighters in a raid near Bamenda.",
     "Military Forces of Cameroon", "Cameroon's defence ministry said on Monday", "state-ministry-statement"),
    ("The Kenyan military said its soldiers killed 11 Al Shabaab militants who attacked a camp in Lamu county; the account could not be independently confirmed.",
     "Military Forces of Kenya", "The Kenyan military said", "state-army-unverified"),
    ("Chad's army said in a communique that 70 Boko Haram fighters were killed when they attacked its positions on the Lake Chad islands.",
     "Military Forces of Chad", "Chad's army said in a communique", "state-communique"),
    ("The Philippine military said troops killed four Abu Sayyaf gunmen in a clash in Patikul, Sulu.",
     "Military Forces of the Philippines", "The Philippine military said", "state-army-statement"),
    # ---- independent: own sources of the outlet or of a third party
    ("At least 12 people were killed when a car bomb exploded near a market in Mogadishu on Saturday, doctors at Madina hospital said.",
     None, None, "independent-hospital"),
    ("Gunmen killed five farmers in a village near Maiduguri on Monday, police said.",
     None, None, "independent-police-third-party"),
    ("Witnesses told Example Wire they saw the bodies of at least eight soldiers after fighters overran an army post outside Ghazni city.",
     None, None, "independent-witnesses"),
    ("A Britain-based war monitor said its own count showed 14 pro-government fighters and nine militants had died in clashes in the desert near Sukhnah.",
     None, None, "independent-monitor-own-count"),
    ("Our correspondent in Kunduz saw at least 20 bodies in the city's main hospital after overnight fighting.",
     None, None, "independent-reporters"),
    ("Local officials and residents said seven civilians were killed when mortar shells hit a camp for displaced people near Diffa.",
     None, None, "independent-officials-residents"),
    ("A health worker in Butembo said 11 people died in the attack on the village, most of them women and children.",
     None, None, "independent-health-worker"),
    ("Three soldiers were killed and five wounded when a roadside bomb hit their vehicle near Menaka, two security sources told Example Wire.",
     None, None, "independent-security-sources"),
    ("The United Nations mission said its peacekeepers found the bodies of 15 villagers after the attack near Djugu.",
     None, None, "independent-un-mission"),
    ("Hospital records seen by Example Wire show that 26 wounded people were admitted after the shelling of the market in Taiz.",
     None, None, "independent-records"),
    # ---- near misses: a party is named or quoted, but not as the source of the account/figures
    ("Al Shabaab claimed responsibility for the attack on the hotel. Doctors at the nearby hospital said 14 people were killed and 30 wounded.",
     None, None, "near-miss-claim-but-hospital-figures"),
    ("The Taliban denied carrying out the bombing in Kabul, which killed nine people, according to the city's police spokesman.",
     None, None, "near-miss-denial"),
    ("The army said on Tuesday it had sent reinforcements to Tera. Residents said at least six civilians were killed when gunmen raided the town the day before.",
     None, None, "near-miss-party-on-something-else"),
    ("The Islamic State group, which has claimed several similar attacks this year, did not comment on Friday's ambush near Hawija, in which four policemen died, a provincial official said.",
     None, None, "near-miss-group-mentioned-no-statement"),
    ("The interior ministry said gunmen killed seven civilians in an attack on a bus in Zamfara state.",
     None, None, "near-miss-state-on-others-act"),
    ("A spokesman for the Taliban said the group was ready for talks, hours after a bomb killed four police officers in Jalalabad, according to hospital staff.",
     None, None, "near-miss-party-on-something-else"),
    ("JNIM said in a statement it had nothing to do with the massacre in the village near Bankass, where local officials counted 31 bodies.",
     None, None, "near-miss-denial"),
    ("The Iraqi army said last year that it had cleared the Hamrin mountains of militants. On Sunday, an explosion there killed three shepherds, local officials said.",
     None, None, "near-miss-old-statement"),
    ("Residents said ADF rebels killed 22 people in the attack; the rebels rarely comment on their operations.",
     None, None, "near-miss-group-named-as-perpetrator"),
    ("The military did not comment. Two soldiers and a civilian were killed in the ambush, according to a local councillor.",
     None, None, "near-miss-party-no-comment"),
    ("An aid group said its staff counted 40 graves after the attack near Mocimboa da Praia that the Islamic State group later claimed.",
     None, None, "near-miss-claim-mentioned-figures-independent"),
    ("Police said they were investigating a statement by a militant group that claimed the attack, in which hospital officials said six people died.",
     None, None, "near-miss-claim-mentioned-figures-hospital"),
    ("A Somali army commander said his men had been ordered to hold their positions. Elders in the town said 13 people were killed in the fighting.",
     None, None, "near-miss-party-on-something-else"),
    ("Medics in Hodeidah said 17 people were killed in the air strike; the coalition said it was looking into the reports.",
     None, None, "near-miss-party-no-figures"),
    ("Doctors Without Borders said its hospital in Bama received 23 wounded people and four bodies after the attack on the camp.",
     None, None, "independent-ngo-hospital"),
    ("Islamic State fighters killed eight people in two villages near Mueda, a local administrator said. The group's claim, published a day later, put the number at 20.",
     None, None, "near-miss-independent-figure-plus-claim"),
    ("According to Example Wire's tally from hospitals and morgues, at least 35 people died in two days of clashes in Tripoli.",
     None, None, "independent-outlet-tally"),
    ("Nigeria's army said its troops had been deployed to the area. A community leader said bandits killed 16 villagers in Zurmi.",
     None, None, "near-miss-party-on-something-else"),
    ("The TTP said it was not behind the blast that killed five people at a mosque in Peshawar, police and hospital officials said.",
     None, None, "near-miss-denial"),
    ("Fighting between the army and Fano militia killed at least 12 civilians in Bahir Dar, residents and a hospital official said, while both sides blamed each other.",
     None, None, "near-miss-blame-without-account"),
    # ---- added for the second round (issue 15: 40+ cases a split), written from the cue classes of
    # the issue without reading the attribution code: a state's forces repelling an attack on their
    # own positions, a toll "given by"/"came from" a party, a country's ministries, denials, more
    # independent sources and near-misses; splits keep alternating (this block starts on test)
    ("Forty insurgents were killed when they attacked army positions near Diffa, Niger's defence ministry said in a statement on Sunday.",
     "Military Forces of Niger", "Niger's defence ministry said in a statement on Sunday", "state-own-positions-attacked"),
    ("Militants attacked a military post in Kidal region overnight and soldiers repelled them, killing 17 assailants, Mali's armed forces said on social media.",
     "Military Forces of Mali", "Mali's armed forces said on social media", "state-own-positions-attacked"),
    ("Al Shabaab said it had nothing to do with the explosion at a bus station in Beledweyne that killed six passengers, according to the district commissioner.",
     None, None, "near-miss-denial"),
    ("A spokesman for the Houthi movement denied any role in the missile strike on a market in Saada province, where medics said 12 people died.",
     None, None, "near-miss-denial"),
    ("The death toll of 22 soldiers was given by the Islamic State group in a claim posted on its Telegram channel; the army has not confirmed any losses from the raid near Kirkuk.",
     "Islamic State", "given by the Islamic State group in a claim posted on its Telegram channel", "group-toll-given-by"),
    ("The figure of 15 dead came from a statement by Boko Haram's leader, who said his fighters stormed a military base in Marte.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "came from a statement by Boko Haram's leader", "group-toll-came-from"),
    ("Somalia's information ministry said government forces killed 27 Al Shabaab fighters in an operation in Middle Shabelle region.",
     "Military Forces of Somalia", "Somalia's information ministry said", "state-ministry-statement"),
    ("In Mali, the country's defence ministry said its air force had destroyed a rebel convoy near Kidal, killing at least 30 fighters.",
     "Military Forces of Mali", "the country's defence ministry said", "state-ministry-country-s"),
    ("Police said a suicide bomber killed eight worshippers at a mosque in Maiduguri on Friday; no group has claimed the attack.",
     None, None, "independent-police-third-party"),
    ("Red Cross volunteers said they had recovered 19 bodies from the river after the massacre near Beni.",
     None, None, "independent-ngo"),
    ("A Taliban spokesman said on Twitter that the group's fighters had killed 18 Afghan soldiers at a checkpoint in Helmand province.",
     "Taliban", "A Taliban spokesman said on Twitter", "group-spokesman"),
    ("The Houthi-run Saba news agency said the movement's forces had shot down a drone of the Saudi-led coalition over Hajjah.",
     "Houthi Movement", "The Houthi-run Saba news agency said", "group-agency"),
    ("The defence ministry said on Monday it would investigate the conduct of troops in Kayes. Villagers said soldiers killed 11 men during a search operation last week.",
     None, None, "near-miss-party-on-something-else"),
    ("The Islamic State group claimed the bombing of the wedding hall in Kabul, which killed 63 people according to the health ministry.",
     None, None, "near-miss-claim-mentioned-figures-independent"),
    ("ISWAP claimed responsibility for the attack on a convoy near Monguno and said its fighters killed 25 soldiers.",
     "Islamic State (West Africa Province)", "ISWAP claimed responsibility", "group-claim-with-figures"),
    ("In a statement carried by its Amaq agency, the Islamic State group said its fighters had killed 13 Syrian soldiers near Palmyra.",
     "Islamic State", "In a statement carried by its Amaq agency, the Islamic State group said", "group-agency-leading"),
    ("At least nine people were killed when a bomb tore through a bus in Quetta, a provincial health official told reporters.",
     None, None, "independent-health-official"),
    ("Residents of Gao said they heard heavy gunfire overnight and saw the bodies of six men near the market on Wednesday morning.",
     None, None, "independent-residents"),
    ("Kenyan police said officers shot dead three suspected Al Shabaab militants who opened fire on them at a roadblock in Garissa.",
     "Police Forces of Kenya", "Kenyan police said", "state-police-own-operation"),
    ("Burkina Faso's government said unidentified gunmen killed 14 worshippers at a church in the north of the country.",
     None, None, "near-miss-state-on-others-act"),
    ("The Nigerien interior ministry said armed men on motorbikes killed 22 villagers in Tillaberi region.",
     None, None, "near-miss-state-on-others-act"),
    ("According to a Somali army spokesman, troops killed 12 Al Shabaab fighters who tried to storm a base in Lower Juba on Thursday.",
     "Military Forces of Somalia", "According to a Somali army spokesman", "state-army-leading"),
    ("The Pakistani military did not respond to requests for comment on the drone strike in North Waziristan, which residents said killed five people.",
     None, None, "near-miss-party-no-comment"),
    ("Each side blamed the other for the shelling of the market in Donetsk, which killed seven people, according to emergency workers.",
     None, None, "near-miss-blame-without-account"),
    ("Ethiopia's military said it had repulsed an attack by Fano militiamen on its positions near Gondar and killed 50 of them.",
     "Military Forces of Ethiopia", "Ethiopia's military said", "state-own-positions-attacked"),
    ("Thirty militants who attacked a checkpoint in Sinai were killed by soldiers, the Egyptian army spokesman said in a post on Facebook.",
     "Military Forces of Egypt", "the Egyptian army spokesman said in a post on Facebook", "state-spokesman"),
]


def main() -> None:
    rows = []
    for i, (text, party, cue, kind) in enumerate(CASES, 1):
        rec = {"id": f"relay-{i:03d}", "text": text, "relayed": party is not None, "party": party, "cue": None,
               "kind": kind, "split": "dev" if i % 2 else "test"}
        if cue is not None:
            assert text.count(cue) == 1, (i, cue)
            start = text.index(cue)
            rec["cue"] = {"start": start, "end": start + len(cue), "text": cue}
            assert text[start:start + len(cue)] == cue
        rows.append(rec)
    out = HERE / "relay.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for rec in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_rel = sum(r["relayed"] for r in rows)
    print(f"{len(rows)} cases ({n_rel} relayed, {len(rows) - n_rel} independent) -> {out}")
    for split in ("dev", "test"):
        s = [r for r in rows if r["split"] == split]
        print(f"  {split}: {len(s)} cases, {sum(r['relayed'] for r in s)} relayed")


if __name__ == "__main__":
    main()
