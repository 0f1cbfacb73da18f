"""Short-report probes of the reader (round 47): how a report is put together (a voice carried forward, a second
incident, a bulletin's lead, denials, headlines, casualties told later). All written for this project."""

# Each probe: id, profile, dim (the one structural thing varied), text, list of expected incidents.
# Expected incident keys: date (token: Mon/Tue/Sat/Sun/today or MM-DD, or list), place (str or list of
# acceptable names), reporting, accused (str or list; omitted = not checked), killed, wounded (None = must be None).
PROBES = []


def P(pid, prof, dim, text, *inc, auto=False, n=None):
    PROBES.append(dict(id=pid, profile=prof, dim=dim, text=text, exp=list(inc), auto=auto, n=n))


def I(date, place, rep=None, acc=None, k=None, w=None, **kw):
    d = dict(date=date, place=place, killed=k, wounded=w)
    if rep is not None:
        d["reporting"] = rep
    if acc is not None:
        d["accused"] = acc
    d.update(kw)
    return d


IP, AA, IL, TC, RU = "india-pakistan", "armenia-azerbaijan", "israel-lebanon", "thailand-cambodia", "russia-ukraine"
TUEWED = ["Tue", "today"]


# ---------------- India-Pakistan (published Wed 2021-05-12) ----------------
def ip(date, place, k=None, w=None):
    return I(date, place, "India", "Pakistan", k, w)


def pk(date, place, k=None, w=None):
    return I(date, place, "Pakistan", "India", k, w)


P(
    "ip01",
    IP,
    "control",
    "Pakistani troops shelled forward posts and villages along the Line of Control in Poonch on Tuesday, an Indian army spokesman said. The firing began at around 6 pm and continued for two hours. The Indian army retaliated strongly, the spokesman added.",
    ip("Tue", "Poonch"),
)
P(
    "ip02",
    IP,
    "spk_he_added+cas_later",
    "Pakistani troops opened fire on Indian posts in the Uri sector on Tuesday evening, an Indian army spokesman said. One soldier was injured in the firing, he added.",
    ip("Tue", "Uri", w=1),
)
P(
    "ip03",
    IP,
    "spk_second_sentence",
    "Pakistani troops shelled villages in the Krishna Ghati sector of Poonch on Tuesday night. This was stated by an Indian army spokesman in Jammu.",
    ip("Tue", ["Krishna Ghati", "Poonch"]),
)
P(
    "ip04",
    IP,
    "quote_then_speaker",
    '"The Pakistan Army resorted to unprovoked firing with small arms and shelling with mortars along the LoC in Nowshera sector at about 5.30 pm on Tuesday," the spokesman said.\n\nThe spokesman, Lt Col Devender Anand of the Indian army, said Indian troops retaliated befittingly.',
    ip("Tue", "Nowshera"),
)
P(
    "ip05",
    IP,
    "denial",
    "Indian troops fired on villages in the Kotli sector on Tuesday, wounding two civilians, Pakistan's military said. India's army denied the claim.",
    pk("Tue", "Kotli", w=2),
)
P(
    "ip06",
    IP,
    "counter_claim",
    "Pakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said. Pakistan's military said Indian troops had fired first, targeting villages in the Kotli sector, and that one civilian was killed.",
    ip("Tue", "Poonch"),
    pk("Tue", "Kotli", k=1),
)
P(
    "ip07",
    IP,
    "dateline_day_once",
    "JAMMU, May 11 (PTI) - Pakistani troops violated the ceasefire along the LoC in Rajouri district, an Indian army official said. The firing was reported from the Manjakote area. No one was hurt, the official said.",
    ip("05-11", ["Manjakote", "Rajouri"]),
)
P(
    "ip08",
    IP,
    "second_incident_earlier",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, an Indian army spokesman said. Earlier, on Saturday, Pakistani troops had fired on posts in Kupwara, injuring a soldier.",
    ip("Tue", "Poonch"),
    ip("Sat", "Kupwara", w=1),
)
P(
    "ip09",
    IP,
    "previous_day",
    "An Indian army porter was killed when Pakistani troops fired at a post in Uri on Tuesday, an Indian army spokesman said. The previous day, Pakistani troops had shelled villages in Tangdhar, he said.",
    ip("Tue", "Uri", k=1),
    ip("Mon", "Tangdhar"),
)
P(
    "ip10",
    IP,
    "overnight+cas_later",
    "Pakistani troops fired mortar shells at villages in Nowshera overnight, an Indian army spokesman said on Wednesday. Two civilians were wounded.",
    ip(TUEWED, "Nowshera", w=2),
)
P(
    "ip11",
    IP,
    "bulletin_times",
    "The Pakistan Army violated the ceasefire three times on Tuesday, an Indian army spokesman said. At 10:30 am, Pakistani troops fired on Indian posts in Poonch. At 2 pm, they shelled villages in Uri and Kupwara.",
    ip("Tue", "Poonch"),
    ip("Tue", "Uri"),
    ip("Tue", "Kupwara"),
)
P(
    "ip12",
    IP,
    "background",
    "Pakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said. Last week, two soldiers were killed in Pakistani firing in Uri. India and Pakistan agreed in February to observe the 2003 ceasefire agreement.",
    ip("Tue", "Poonch"),
)
P(
    "ip13",
    IP,
    "cas_later+running_total",
    "Pakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said. A woman was killed and two children were wounded. More than 20 civilians have been killed in Pakistani shelling in the district this year.",
    ip("Tue", "Poonch", k=1, w=2),
)
P(
    "ip14",
    IP,
    "outlet_own",
    "Pakistani troops shelled villages along the Line of Control in Poonch on Tuesday. Residents said the shelling began in the afternoon and damaged several houses. No casualties were reported.",
    I("Tue", "Poonch", ["media", "India"], "Pakistan"),
)
P(
    "ip15",
    IP,
    "headline",
    "Pakistan violates ceasefire in Poonch, soldier injured\n\nPakistani troops opened fire on Indian posts in Poonch on Tuesday, wounding a soldier, an Indian army spokesman said.",
    ip("Tue", "Poonch", w=1),
)
P(
    "ip16",
    IP,
    "caption",
    "Villagers inspect a house damaged by Pakistani shelling in Poonch. (Photo: PTI)\n\nPakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said.",
    ip("Tue", "Poonch"),
)
P(
    "ip17",
    IP,
    "spk_the_statement_said",
    "The Indian army said in a statement that Pakistani troops had fired on posts in Kupwara on Tuesday. Indian troops responded in a measured manner, the statement said. There were no casualties on the Indian side, the statement added.",
    ip("Tue", "Kupwara"),
)
P(
    "ip18",
    IP,
    "spk_same_source+cas_later",
    "Pakistani troops shelled posts in Uri on Tuesday, an Indian army spokesman said. According to the same source, two soldiers were wounded.",
    ip("Tue", "Uri", w=2),
)
P(
    "ip19",
    IP,
    "spk_ISPR_later",
    "Indian troops fired on villages in the Nakyal sector of Kotli on Tuesday, killing a woman, Pakistan's military said. The firing was unprovoked, the ISPR statement said. Pakistani troops responded effectively, it added.",
    pk("Tue", ["Nakyal", "Kotli"], k=1),
)
P(
    "ip20",
    IP,
    "auto_profile",
    "published: 2021-05-12\n\nPakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said. One civilian was wounded.",
    ip("Tue", "Poonch", w=1),
    auto=True,
)
P(
    "ip21",
    IP,
    "denial_speech_day",
    "Pakistan's military said on Tuesday that Indian troops had fired on villages near Sialkot. An Indian army spokesman denied the claim, calling it baseless.",
    pk(["Tue", "Mon"], "Sialkot"),
)
P(
    "ip22",
    IP,
    "spk_second_sentence+cas",
    "Two soldiers were injured in Pakistani shelling in the Nowshera sector of Rajouri on Tuesday. This was reported by an Indian army spokesman.",
    ip("Tue", "Nowshera", w=2),
)
P(
    "ip23",
    IP,
    "same_day_second",
    "On Tuesday, Pakistani troops shelled forward posts in Poonch, an Indian army spokesman said. The same day, a soldier was wounded by Pakistani sniper fire in Uri.",
    ip("Tue", "Poonch"),
    ip("Tue", "Uri", w=1),
)
P(
    "ip24",
    IP,
    "two_accounts",
    "Indian and Pakistani troops exchanged fire along the LoC on Tuesday. The Indian army said Pakistani troops had shelled posts in Uri. Pakistan's military said Indian fire hit villages in the Neelum valley, wounding three civilians.",
    ip("Tue", "Uri"),
    pk("Tue", "Neelum", w=3),
)


# ---------------- Armenia-Azerbaijan (published Wed 2022-09-14) ----------------
def am(date, place, k=None, w=None):
    return I(date, place, "Armenia", "Azerbaijan", k, w)


def az(date, place, k=None, w=None):
    return I(date, place, "Azerbaijan", "Armenia", k, w)


P(
    "aa01",
    AA,
    "control",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, Armenia's defence ministry said. The ministry said the shelling lasted several hours. Armenian units responded, it added.",
    am("Tue", "Sotk"),
)
P(
    "aa02",
    AA,
    "spk_the_ministry_said+cas_later",
    "Azerbaijani forces fired on Armenian positions near Jermuk on Tuesday, Armenia's defence ministry said. Two Armenian servicemen were killed, the ministry said.",
    am("Tue", "Jermuk", k=2),
)
P(
    "aa03",
    AA,
    "spk_second_sentence",
    "On Tuesday, Armenian armed forces fired at Azerbaijani positions in Kalbajar district with small arms. This was reported by Azerbaijan's defence ministry.",
    az("Tue", "Kalbajar"),
)
P(
    "aa04",
    AA,
    "denial",
    "Azerbaijan's defence ministry said on Tuesday that Armenian forces had shelled its positions in Lachin district. Armenia's defence ministry denied the claim, calling it disinformation.",
    az(["Tue", "Mon"], "Lachin"),
)
P(
    "aa05",
    AA,
    "counter_claim",
    "Armenia's defence ministry said Azerbaijani forces shelled Armenian positions near Sotk on Tuesday. Azerbaijan's defence ministry said Armenian forces had fired on its positions in Kalbajar district.",
    am("Tue", "Sotk"),
    az("Tue", "Kalbajar"),
)
P(
    "aa06",
    AA,
    "dateline_day_once",
    "YEREVAN, Sept 13 (Reuters) - Azerbaijani troops fired mortars at the Armenian town of Berd, Armenia's defence ministry said. Nobody was hurt, the ministry said.",
    am("09-13", "Berd"),
)
P(
    "aa07",
    AA,
    "second_incident_on_monday",
    "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, Armenia's defence ministry said. On Monday, Azerbaijani troops had fired on positions near Sotk, wounding a soldier, the ministry said.",
    am("Tue", "Jermuk"),
    am("Mon", "Sotk", w=1),
)
P(
    "aa08",
    AA,
    "previous_day",
    "Armenian forces fired on Azerbaijani positions in Tovuz district on Tuesday, Azerbaijan's defence ministry said. The previous day, Armenian forces had fired on positions in Gadabay district, the ministry said.",
    az("Tue", "Tovuz"),
    az("Mon", "Gadabay"),
)
P(
    "aa09",
    AA,
    "overnight+cas_later",
    "Azerbaijani forces shelled Armenian positions near Sotk overnight, Armenia's defence ministry said on Wednesday. One serviceman was wounded.",
    am(TUEWED, "Sotk", w=1),
)
P(
    "aa10",
    AA,
    "bulletin_times",
    "On September 13, Armenian armed forces units violated the ceasefire several times, Azerbaijan's defence ministry said. At 10:30, positions of the Azerbaijani army in Kalbajar district came under fire from the direction of Basarkechar district. At 14:00, Azerbaijani positions in Lachin and Zangilan districts were fired upon.",
    az("Tue", "Kalbajar"),
    az("Tue", "Lachin"),
    az("Tue", "Zangilan"),
)
P(
    "aa11",
    AA,
    "background",
    "Azerbaijani forces fired on Armenian positions near Berd on Tuesday, Armenia's defence ministry said. The two countries fought a six-week war in 2020 over Nagorno-Karabakh that killed more than 6,500 people. A Russian-brokered ceasefire ended that war.",
    am("Tue", "Berd"),
)
P(
    "aa12",
    AA,
    "cas_later+running_total",
    "Azerbaijani forces shelled Jermuk on Tuesday, Armenia's defence ministry said. Three servicemen were killed and five were wounded. Armenia's losses since the fighting began have reached 105 servicemen.",
    am("Tue", "Jermuk", k=3, w=5),
)
P(
    "aa13",
    AA,
    "outlet_own",
    "Azerbaijani troops shelled the Armenian town of Jermuk on Tuesday. Several houses were damaged. There were no reports of casualties.",
    I("Tue", "Jermuk", ["media", "Armenia"], "Azerbaijan"),
)
P(
    "aa14",
    AA,
    "headline",
    "Armenia says Azerbaijan shelled Sotk\n\nAzerbaijani forces fired at Armenian positions near Sotk on Tuesday, Armenia's defence ministry said. One soldier was wounded.",
    am("Tue", "Sotk", w=1),
)
P(
    "aa15",
    AA,
    "caption",
    "Photo: A house in Sotk damaged by Azerbaijani shelling. Armenian Defence Ministry photo.\n\nAzerbaijani forces shelled Sotk on Tuesday, Armenia's defence ministry said.",
    am("Tue", "Sotk"),
)
P(
    "aa16",
    AA,
    "spk_he_added",
    "Azerbaijani forces fired at Armenian positions in the Tavush region on Tuesday, Armenian defence ministry spokesman Aram Torosyan said. No one was injured, he added. The Armenian side did not return fire, he said.",
    am("Tue", "Tavush"),
)
P(
    "aa17",
    AA,
    "monitor",
    "The EU monitoring mission in Armenia said its patrols heard gunfire near Sotk on Tuesday. The mission did not say which side had fired.",
    I("Tue", "Sotk", "third party"),
)
P(
    "aa18",
    AA,
    "spk_same_source",
    "Armenian armed forces fired at Azerbaijani army positions in Tovuz district on Tuesday, Azerbaijan's defence ministry reported. According to the same source, the Azerbaijani army took adequate retaliatory measures.",
    az("Tue", "Tovuz"),
)
P(
    "aa19",
    AA,
    "quote_then_speaker",
    '"Units of the Armenian armed forces fired upon our positions in the direction of Kalbajar district using small arms on September 13," the statement said.\n\nThe statement was issued by Azerbaijan\'s defence ministry.',
    az("Tue", "Kalbajar"),
)
P(
    "aa20",
    AA,
    "auto_profile",
    "published: 2022-09-14\n\nAzerbaijani forces shelled Armenian positions near Jermuk on Tuesday, Armenia's defence ministry said. Two servicemen were wounded.",
    am("Tue", "Jermuk", w=2),
    auto=True,
)
P(
    "aa21",
    AA,
    "bulletin_list_places",
    "On September 13, at around 00:05, Azerbaijan launched intensive shelling in the direction of Goris, Sotk and Jermuk, Armenia's defence ministry said. The Azerbaijani side used artillery and drones.",
    am("Tue", "Goris"),
    am("Tue", "Sotk"),
    am("Tue", "Jermuk"),
)
P(
    "aa22",
    AA,
    "second_incident_pronoun",
    "On Monday, Azerbaijani troops fired at positions near Berd, Armenia's defence ministry said. Earlier, on Saturday, they had shelled the village of Chinari, wounding a civilian.",
    am("Mon", "Berd"),
    am("Sat", "Chinari", w=1),
)
P(
    "aa23",
    AA,
    "claim_rejected_countered",
    "Armenia said on Tuesday that Azerbaijani forces had shelled Jermuk, killing two soldiers. Azerbaijan's defence ministry rejected the claim and said Armenian forces had provoked the clash by firing at its positions in Kalbajar.",
    am(["Tue", "Mon"], "Jermuk", k=2),
    az(["Tue", "Mon"], "Kalbajar"),
)
P(
    "aa24",
    AA,
    "spk_the_ministry_added+cas_later",
    "Azerbaijani forces opened fire on Armenian positions near Kut on Tuesday, Armenia's defence ministry said. One Armenian serviceman was killed, the ministry added.",
    am("Tue", "Kut", k=1),
)


# ---------------- Israel-Lebanon (published Wed 2025-03-12) ----------------
def lb(date, place, k=None, w=None):
    return I(date, place, "Lebanon", "Israel", k, w)


def isr(date, place, k=None, w=None):
    return I(date, place, "Israel", ["Hezbollah", "Lebanon"], k, w)


P(
    "il01",
    IL,
    "control",
    "An Israeli drone struck a car in Khiam on Tuesday, killing one person, Lebanon's National News Agency reported. The strike was the latest despite the ceasefire that took effect in November.",
    lb("Tue", "Khiam", k=1),
)
P(
    "il02",
    IL,
    "spk_the_agency_said",
    "Israeli troops fired on shepherds near Kfar Shouba on Tuesday, Lebanon's National News Agency reported. No one was hurt, the agency said.",
    lb("Tue", "Kfar Shouba"),
)
P(
    "il03",
    IL,
    "monitor",
    "UNIFIL said an Israeli tank fired at a peacekeepers' watchtower near Kfar Kila on Tuesday. No peacekeepers were injured, the mission said.",
    I("Tue", "Kfar Kila", "third party", "Israel"),
)
P(
    "il04",
    IL,
    "spk_second_sentence+cas",
    "An Israeli drone strike hit a motorcycle in Bint Jbeil on Tuesday, wounding two people. This was reported by Lebanon's National News Agency.",
    lb("Tue", "Bint Jbeil", w=2),
)
P(
    "il05",
    IL,
    "denial",
    "The Israeli military said it intercepted two rockets fired from Lebanon towards Metula on Tuesday. Hezbollah denied any involvement in the attack.",
    isr("Tue", "Metula"),
)
P(
    "il06",
    IL,
    "dateline_day_once",
    "BEIRUT, March 11 (Reuters) - An Israeli strike hit a house in Yaroun, killing two people, Lebanon's health ministry said.",
    lb("03-11", "Yaroun", k=2),
)
P(
    "il07",
    IL,
    "second_incident_on_saturday",
    "An Israeli drone strike hit a car in Naqoura on Tuesday, killing one person, Lebanon's health ministry said. On Saturday, an Israeli strike in Aitaroun had killed two people.",
    lb("Tue", "Naqoura", k=1),
    lb("Sat", "Aitaroun", k=2),
)
P(
    "il08",
    IL,
    "previous_day",
    "Israeli forces opened fire on residents returning to Houla on Tuesday, wounding three, Lebanon's health ministry said. The previous day, an Israeli drone struck a car near Markaba, killing its driver.",
    lb("Tue", "Houla", w=3),
    lb("Mon", "Markaba", k=1),
)
P(
    "il09",
    IL,
    "overnight",
    "Israeli warplanes struck targets near Nabatieh overnight, Lebanon's National News Agency reported on Wednesday. There were no reports of casualties.",
    lb(TUEWED, "Nabatieh"),
)
P(
    "il10",
    IL,
    "bulletin_times",
    "Lebanon's National News Agency reported a series of Israeli violations on Tuesday. At 9:00, an Israeli drone dropped a stun grenade on Aitaroun. At 13:30, Israeli troops fired machine guns towards Kfar Kila and Adaisseh.",
    lb("Tue", "Aitaroun"),
    lb("Tue", "Kfar Kila"),
    lb("Tue", "Adaisseh"),
)
P(
    "il11",
    IL,
    "background",
    "An Israeli strike on a car in Khiam killed one person on Tuesday, Lebanon's health ministry said. The November ceasefire ended more than a year of hostilities between Israel and Hezbollah. More than 4,000 people were killed in Lebanon during the war.",
    lb("Tue", "Khiam", k=1),
)
P(
    "il12",
    IL,
    "cas_later_other_speaker",
    "An Israeli drone targeted a car on the road between Tyre and Naqoura on Tuesday, Lebanon's National News Agency reported. Two people were killed in the strike, the health ministry said later.",
    lb("Tue", ["Naqoura", "Tyre"], k=2),
)
P(
    "il13",
    IL,
    "running_total",
    "An Israeli strike in Houla wounded a man on Tuesday, Lebanon's health ministry said. Since the ceasefire took effect, Israeli strikes have killed more than 80 people in Lebanon, according to a count by AFP.",
    lb("Tue", "Houla", w=1),
)
P(
    "il14",
    IL,
    "outlet_own+cas_later",
    "An Israeli drone struck a car near the southern town of Bint Jbeil on Tuesday. The car's driver was killed.",
    I("Tue", "Bint Jbeil", ["media", "Lebanon"], "Israel", k=1),
)
P(
    "il15",
    IL,
    "headline",
    "Israeli strike kills one in south Lebanon\n\nAn Israeli drone strike on a motorbike in Aitaroun on Tuesday killed one person, Lebanon's health ministry said.",
    lb("Tue", "Aitaroun", k=1),
)
P(
    "il16",
    IL,
    "caption",
    "Smoke rises after an Israeli strike on the village of Khiam, southern Lebanon, March 11, 2025. REUTERS/Staff\n\nAn Israeli strike hit a house in Khiam on Tuesday, Lebanon's National News Agency reported. No casualties were reported.",
    lb("Tue", "Khiam"),
)
P(
    "il17",
    IL,
    "spk_the_military_said",
    "Two rockets were fired from Lebanon at Metula on Tuesday, the Israeli military said. One was intercepted and the other fell in an open area, the military said. No injuries were reported.",
    isr("Tue", "Metula"),
)
P(
    "il18",
    IL,
    "spk_same_source+cas_later",
    "Israeli forces fired at a farmer near Kfar Kila on Tuesday, Lebanon's National News Agency reported. According to the same source, the farmer was wounded in the leg.",
    lb("Tue", "Kfar Kila", w=1),
)
P(
    "il19",
    IL,
    "quote_then_speaker",
    '"An Israeli enemy drone targeted a car in the town of Yaroun, killing one citizen," the statement said.\n\nThe statement was issued by Lebanon\'s health ministry on Tuesday.',
    lb(["Tue", "today"], "Yaroun", k=1),
)
P(
    "il20",
    IL,
    "auto_profile",
    "published: 2025-03-12\n\nAn Israeli drone strike hit a car in Khiam on Tuesday, killing one person, Lebanon's National News Agency reported. Another person was wounded.",
    lb("Tue", "Khiam", k=1, w=1),
    auto=True,
)
P(
    "il21",
    IL,
    "spk_the_army_said",
    "Israeli troops crossed the border near Adaisseh on Tuesday and opened fire on Lebanese army positions, the Lebanese army said in a statement. The army said no soldiers were hurt.",
    lb("Tue", "Adaisseh"),
)
P(
    "il22",
    IL,
    "two_accounts",
    "The Israeli military said Hezbollah fired a mortar at an Israeli post near Metula on Tuesday. Lebanon's National News Agency said Israeli artillery then shelled the outskirts of Khiam.",
    isr("Tue", "Metula"),
    lb("Tue", "Khiam"),
)
P(
    "il23",
    IL,
    "spk_he_added_monitor",
    "UNIFIL spokesman Andrea Tenenti said Israeli forces fired near peacekeepers in Naqoura on Tuesday. The peacekeepers were not hurt, he added.",
    I("Tue", "Naqoura", "third party", "Israel"),
)
P(
    "il24",
    IL,
    "earlier_in_the_day",
    "An Israeli drone strike hit a car in Aitaroun on Tuesday afternoon, killing one person, Lebanon's health ministry said. Earlier in the day, an Israeli strike near Houla wounded two people.",
    lb("Tue", "Aitaroun", k=1),
    lb("Tue", "Houla", w=2),
)


# ---------------- Thailand-Cambodia (published Wed 2025-08-06) ----------------
def th(date, place, k=None, w=None):
    return I(date, place, "Thailand", "Cambodia", k, w)


def kh(date, place, k=None, w=None):
    return I(date, place, "Cambodia", "Thailand", k, w)


P(
    "tc01",
    TC,
    "control",
    "Cambodian troops fired on Thai positions near Ta Muen Thom in Surin on Tuesday, the Thai army said. The army said Thai troops did not return fire. No one was hurt.",
    th("Tue", ["Ta Muen Thom", "Surin"]),
)
P(
    "tc02",
    TC,
    "spk_spokeswoman_later",
    "Thai troops opened fire on Cambodian positions near Preah Vihear temple on Tuesday, Cambodia's defence ministry said. The firing lasted 20 minutes, ministry spokeswoman Maly Socheata said.",
    kh("Tue", "Preah Vihear"),
)
P(
    "tc03",
    TC,
    "spk_second_sentence",
    "Cambodian forces fired rifles and grenades at Thai soldiers near Chong Bok in Ubon Ratchathani on Tuesday. This was reported by the Thai army's Second Army Area.",
    th("Tue", ["Chong Bok", "Ubon"]),
)
P(
    "tc04",
    TC,
    "denial",
    "Thailand's army said Cambodian troops fired on Thai positions in Sisaket on Tuesday. Cambodia's defence ministry denied the accusation, saying its troops had respected the ceasefire.",
    th("Tue", "Sisaket"),
)
P(
    "tc05",
    TC,
    "counter_claim",
    "The Thai army said Cambodian troops opened fire near Ta Muen Thom on Tuesday. Cambodia's defence ministry said it was Thai troops who fired first, at Cambodian positions in Oddar Meanchey.",
    th("Tue", "Ta Muen Thom"),
    kh("Tue", "Oddar Meanchey"),
)
P(
    "tc06",
    TC,
    "dateline_day_once",
    "BANGKOK, Aug 5 (Reuters) - Cambodian troops fired artillery into Thailand's Sisaket province, the Thai army said. One Thai soldier was wounded.",
    th("08-05", "Sisaket", w=1),
)
P(
    "tc07",
    TC,
    "second_incident_on_sunday",
    "Cambodian troops fired on Thai positions in Surin on Tuesday, the Thai army said. On Sunday, a Thai soldier was wounded by Cambodian gunfire near Chong Bok, the army said.",
    th("Tue", "Surin"),
    th("Sun", "Chong Bok", w=1),
)
P(
    "tc08",
    TC,
    "previous_day",
    "Thai troops fired artillery at Cambodian positions in Oddar Meanchey on Tuesday, Cambodia's defence ministry said. The previous day, Thai forces had used drones to drop bombs near Preah Vihear temple, the ministry said.",
    kh("Tue", "Oddar Meanchey"),
    kh("Mon", "Preah Vihear"),
)
P(
    "tc09",
    TC,
    "overnight",
    "Cambodian troops fired on Thai positions near Ta Muen Thom overnight, the Thai army said on Wednesday. No Thai soldiers were hurt.",
    th(TUEWED, "Ta Muen Thom"),
)
P(
    "tc10",
    TC,
    "bulletin_times",
    "The Thai army reported several Cambodian violations on Tuesday. At 06:30, Cambodian troops fired small arms at Thai positions near Ta Muen Thom. At 11:00, Cambodian forces fired mortars near Chong An Ma and Ta Krabey.",
    th("Tue", "Ta Muen Thom"),
    th("Tue", "Chong An Ma"),
    th("Tue", "Ta Krabey"),
)
P(
    "tc11",
    TC,
    "background",
    "Cambodian troops fired on Thai positions near Ta Krabey temple on Tuesday, the Thai army said. Fighting in late July killed more than 40 people and displaced over 300,000. A ceasefire brokered in Malaysia took effect on July 28.",
    th("Tue", "Ta Krabey"),
)
P(
    "tc12",
    TC,
    "cas_later",
    "Cambodian forces fired rocket-propelled grenades at Thai positions in Sisaket on Tuesday, the Thai army said. Two Thai soldiers were wounded.",
    th("Tue", "Sisaket", w=2),
)
P(
    "tc13",
    TC,
    "running_total",
    "A Thai soldier was wounded by Cambodian fire in Surin on Tuesday, the Thai army said. The number of Thai soldiers wounded since the ceasefire has reached 12.",
    th("Tue", "Surin", w=1),
)
P(
    "tc14",
    TC,
    "outlet_own",
    "Gunfire broke out near Ta Muen Thom temple on Tuesday morning. Thai soldiers said the shots came from Cambodian positions. No one was hurt.",
    I("Tue", "Ta Muen Thom", ["Thailand", "media"], "Cambodia"),
)
P(
    "tc15",
    TC,
    "headline",
    "Thai army accuses Cambodia of ceasefire violation in Surin\n\nCambodian troops fired on Thai positions in Surin on Tuesday, the Thai army said.",
    th("Tue", "Surin"),
)
P(
    "tc16",
    TC,
    "caption",
    "Thai soldiers patrol near the border in Sisaket province. (Photo: Bangkok Post)\n\nCambodian troops fired on Thai positions in Sisaket on Tuesday, the Thai army said.",
    th("Tue", "Sisaket"),
)
P(
    "tc17",
    TC,
    "spk_the_ministry_said",
    "Thai troops fired at Cambodian positions near Ta Moan temple on Tuesday, Cambodia's defence ministry said. The ministry said the attack was a clear violation of the ceasefire. No Cambodian soldiers were hurt, the ministry said.",
    kh("Tue", ["Ta Moan", "Ta Muen", "Oddar Meanchey"]),
)
P(
    "tc18",
    TC,
    "spk_same_source+cas_later",
    "Cambodian troops fired on Thai positions in Ubon Ratchathani on Tuesday, the Thai army said. According to the same source, one Thai soldier was slightly wounded.",
    th("Tue", "Ubon", w=1),
)
P(
    "tc19",
    TC,
    "quote_then_speaker",
    '"Cambodian soldiers fired small arms at our base near Chong Bok at 9.30 am on Tuesday," the statement said.\n\nThe statement was released by the Thai army\'s Second Army Area.',
    th("Tue", "Chong Bok"),
)
P(
    "tc20",
    TC,
    "auto_profile",
    "published: 2025-08-06\n\nCambodian troops fired on Thai positions in Sisaket on Tuesday, the Thai army said. One Thai soldier was wounded.",
    th("Tue", "Sisaket", w=1),
    auto=True,
)
P(
    "tc21",
    TC,
    "monitor",
    "The interim ASEAN observer team said it had confirmed gunfire near Ta Muen Thom on Tuesday. The team did not say which side had fired.",
    I("Tue", "Ta Muen Thom", "third party"),
)
P(
    "tc22",
    TC,
    "spk_he_added+cas_later",
    "Cambodian troops fired on Thai positions near Chong An Ma on Tuesday, Thai army spokesman Winthai Suvaree said. One Thai soldier was wounded, he added.",
    th("Tue", "Chong An Ma", w=1),
)
P(
    "tc23",
    TC,
    "exchange_each_blames",
    "Thai and Cambodian troops exchanged fire near Ta Muen Thom on Tuesday. Each side accused the other of firing first.",
    I("Tue", "Ta Muen Thom"),
    n=[1, 2],
)
P(
    "tc24",
    TC,
    "second_incident_on_monday",
    "On Tuesday, Cambodian forces fired at Thai positions in Sisaket, the Thai army said. Earlier, on Monday, Cambodian troops had fired mortars into Surin.",
    th("Tue", "Sisaket"),
    th("Mon", "Surin"),
)


# ---------------- Russia-Ukraine (published Wed 2021-05-12) ----------------
def ua(date, place, k=None, w=None):
    return I(date, place, "Ukraine", "Russia", k, w)


def ru(date, place, k=None, w=None):
    return I(date, place, "Russia", "Ukraine", k, w)


P(
    "ru01",
    RU,
    "control+cas_later",
    "Russian-backed separatists fired mortars at Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. One Ukrainian soldier was wounded. Ukrainian forces returned fire, the press centre said.",
    ua("Tue", "Avdiivka", w=1),
)
P(
    "ru02",
    RU,
    "bulletin_times",
    "Russian-backed separatists violated the ceasefire three times on Tuesday, the JFO press centre said. At 10:30, they fired grenade launchers near Marinka. At 14:00, they fired mortars near Shyrokyne and Zolote.",
    ua("Tue", "Marinka"),
    ua("Tue", "Shyrokyne"),
    ua("Tue", "Zolote"),
)
P(
    "ru03",
    RU,
    "spk_he_added+cas_later",
    "Ukrainian forces fired at Horlivka on Tuesday, DPR militia spokesman Eduard Basurin said. A civilian was wounded, he added.",
    ru("Tue", "Horlivka", w=1),
)
P(
    "ru04",
    RU,
    "spk_second_sentence",
    "Ukrainian forces shelled the village of Zaitseve near Horlivka on Tuesday. This was reported by the DPR's representation in the JCCC.",
    ru("Tue", ["Zaitseve", "Horlivka"]),
)
P(
    "ru05",
    RU,
    "denial_plus_counter",
    "The JFO press centre said on Tuesday that separatists had fired on Ukrainian positions near Marinka. The separatists denied the claim and accused Ukrainian forces of shelling Donetsk.",
    ua(["Tue", "Mon"], "Marinka"),
    ru(["Tue", "Mon"], "Donetsk"),
)
P(
    "ru06",
    RU,
    "dateline_day_once",
    "KYIV, May 11 (Reuters) - A Ukrainian soldier was killed by separatist sniper fire near Zolote, the Ukrainian military said.",
    ua("05-11", "Zolote", k=1),
)
P(
    "ru07",
    RU,
    "second_incident_on_saturday",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. On Saturday, a Ukrainian soldier was killed by sniper fire near Shyrokyne.",
    ua("Tue", "Avdiivka"),
    ua("Sat", "Shyrokyne", k=1),
)
P(
    "ru08",
    RU,
    "previous_day",
    "Ukrainian forces shelled Horlivka on Tuesday, damaging two houses, the DPR's representation in the JCCC said. The previous day, Ukrainian troops had fired mortars at Dokuchaievsk, it said.",
    ru("Tue", "Horlivka"),
    ru("Mon", "Dokuchaievsk"),
)
P(
    "ru09",
    RU,
    "overnight",
    "Russian-backed separatists shelled Ukrainian positions near Marinka overnight, the JFO press centre said on Wednesday. No casualties were reported.",
    ua(TUEWED, "Marinka"),
)
P(
    "ru10",
    RU,
    "monitor",
    "The OSCE Special Monitoring Mission said it recorded 45 explosions near Avdiivka on Tuesday. The mission did not say which side was responsible.",
    I("Tue", "Avdiivka", "third party"),
)
P(
    "ru11",
    RU,
    "background",
    "Russian-backed separatists fired on Ukrainian positions near Zolote on Tuesday, the JFO press centre said. The war in eastern Ukraine has killed more than 13,000 people since 2014. A ceasefire agreed in July 2020 has been repeatedly violated.",
    ua("Tue", "Zolote"),
)
P(
    "ru12",
    RU,
    "cas_later+running_total",
    "Russian-backed separatists shelled Ukrainian positions near Shyrokyne on Tuesday, the JFO press centre said. One soldier was killed and two were wounded. Since the start of the year, 29 Ukrainian soldiers have been killed in the Donbas.",
    ua("Tue", "Shyrokyne", k=1, w=2),
)
P(
    "ru13",
    RU,
    "outlet_own",
    "Heavy shelling was heard near Avdiivka on Tuesday evening. Local residents said shells landed near the industrial zone.",
    I("Tue", "Avdiivka"),
)
P(
    "ru14",
    RU,
    "headline",
    "Ukrainian soldier killed near Marinka\n\nA Ukrainian soldier was killed when Russian-backed separatists fired on positions near Marinka on Tuesday, the JFO press centre said.",
    ua("Tue", "Marinka", k=1),
)
P(
    "ru15",
    RU,
    "caption",
    "A Ukrainian serviceman at a position near Avdiivka. Photo: JFO press centre\n\nRussian-backed separatists fired mortars at Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said.",
    ua("Tue", "Avdiivka"),
)
P(
    "ru16",
    RU,
    "spk_the_statement_said",
    "The JFO press centre said in a statement that separatists had fired grenade launchers at Ukrainian positions near Zolote on Tuesday. The fire was suppressed by Ukrainian units, the statement said. There were no losses, according to the same source.",
    ua("Tue", "Zolote"),
)
P(
    "ru17",
    RU,
    "quote_then_speaker",
    '"On May 11, Ukrainian armed formations fired 82mm mortars at Horlivka," the statement said.\n\nIt was issued by the DPR\'s representation in the JCCC.',
    ru("05-11", "Horlivka"),
)
P(
    "ru18",
    RU,
    "auto_profile",
    "published: 2021-05-12\n\nRussian-backed separatists fired mortars at Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. One Ukrainian soldier was wounded.",
    ua("Tue", "Avdiivka", w=1),
    auto=True,
)
P(
    "ru19",
    RU,
    "spk_second_then_cas",
    "Russian-backed separatists fired on Ukrainian positions near Avdiivka on Tuesday. This was reported by the JFO press centre. One Ukrainian soldier was wounded.",
    ua("Tue", "Avdiivka", w=1),
)
P(
    "ru20",
    RU,
    "two_places_cas_later_one",
    "Ukrainian forces shelled Horlivka and Dokuchaievsk on Tuesday, the DPR's representation in the JCCC said. A woman was wounded in Horlivka.",
    ru("Tue", "Horlivka", w=1),
    ru("Tue", "Dokuchaievsk"),
)
P(
    "ru21",
    RU,
    "spk_the_military_said+cas_later",
    "Russian-backed separatists fired at Ukrainian positions near Marinka on Tuesday, the Ukrainian military said. One soldier was wounded, the military said.",
    ua("Tue", "Marinka", w=1),
)
P(
    "ru22",
    RU,
    "earlier_in_the_day_pronoun",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday evening, the JFO press centre said. Earlier in the day, they fired grenade launchers near Zolote.",
    ua("Tue", "Avdiivka"),
    ua("Tue", "Zolote"),
)
P(
    "ru23",
    RU,
    "bulletin_since_day",
    "Since the beginning of Tuesday, Russian-backed separatists have violated the ceasefire twice, the JFO press centre said. They fired grenade launchers near Shyrokyne and a heavy machine gun near Marinka.",
    ua("Tue", "Shyrokyne"),
    ua("Tue", "Marinka"),
)
P(
    "ru24",
    RU,
    "two_accounts_same_day",
    "The JFO press centre said separatists fired mortars at Ukrainian positions near Avdiivka on Tuesday. The DPR's representation in the JCCC said Ukrainian forces had shelled Horlivka the same day, wounding a civilian.",
    ua("Tue", "Avdiivka"),
    ru("Tue", "Horlivka", w=1),
)

# ======================= Batch 2: the structures that batch 1 showed are fragile, and more of them =================
# --- a second incident carried in a later sentence with no speaker of its own ---
P(
    "ip25",
    IP,
    "also_second_place_no_day",
    "Pakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said. They also fired on forward posts in Kupwara, wounding a soldier.",
    ip("Tue", "Poonch"),
    ip("Tue", "Kupwara", w=1),
)
P(
    "ip26",
    IP,
    "separate_incident",
    "Pakistani troops opened fire on Indian posts in Uri on Tuesday, an Indian army spokesman said. In a separate incident, a civilian was wounded when Pakistani troops shelled a village in Nowshera.",
    ip("Tue", "Uri"),
    ip("Tue", "Nowshera", w=1),
)
P(
    "aa25",
    AA,
    "meanwhile_other_side",
    "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, Armenia's defence ministry said. Meanwhile, Azerbaijan's defence ministry said Armenian forces had fired on its positions in Lachin district.",
    am("Tue", "Jermuk"),
    az("Tue", "Lachin"),
)
P(
    "aa26",
    AA,
    "also_second_place_no_day",
    "Azerbaijani forces fired on Armenian positions near Sotk on Tuesday, Armenia's defence ministry said. Positions near Verin Shorzha also came under fire.",
    am("Tue", "Sotk"),
    am("Tue", "Verin Shorzha"),
)
P(
    "il25",
    IL,
    "separate_incident",
    "An Israeli drone strike hit a car in Khiam on Tuesday, killing one person, Lebanon's health ministry said. In a separate incident, Israeli troops fired on a shepherd near Kfar Shouba.",
    lb("Tue", "Khiam", k=1),
    lb("Tue", "Kfar Shouba"),
)
P(
    "il26",
    IL,
    "later_that_day",
    "An Israeli drone struck a motorcycle in Bint Jbeil on Tuesday, wounding its rider, Lebanon's National News Agency reported. Later that day, an Israeli strike hit a house in Aitaroun.",
    lb("Tue", "Bint Jbeil", w=1),
    lb("Tue", "Aitaroun"),
)
P(
    "tc25",
    TC,
    "also_second_place_no_day",
    "Cambodian troops fired on Thai positions near Chong Bok on Tuesday, the Thai army said. They also fired mortars near Ta Muen Thom, wounding a soldier.",
    th("Tue", "Chong Bok"),
    th("Tue", "Ta Muen Thom", w=1),
)
P(
    "ru25",
    RU,
    "separate_incident",
    "Russian-backed separatists fired mortars at Ukrainian positions near Marinka on Tuesday, the JFO press centre said. In a separate incident, a Ukrainian soldier was wounded by sniper fire near Zolote.",
    ua("Tue", "Marinka"),
    ua("Tue", "Zolote", w=1),
)
P(
    "ru26",
    RU,
    "also_second_place_no_day",
    "Ukrainian forces shelled Horlivka on Tuesday, the DPR's representation in the JCCC said. Dokuchaievsk was also shelled, and a house was damaged there.",
    ru("Tue", "Horlivka"),
    ru("Tue", "Dokuchaievsk"),
)
# --- a second incident on another day, with speaker only at the top ---
P(
    "ip27",
    IP,
    "second_day_on_sunday_no_speaker",
    "Pakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said. On Sunday, Pakistani troops fired on posts in Uri.",
    ip("Tue", "Poonch"),
    ip("Sun", "Uri"),
)
P(
    "aa27",
    AA,
    "second_day_previous_day_passive",
    "Armenian positions near Jermuk came under Azerbaijani fire on Tuesday, Armenia's defence ministry said. The previous day, positions near Sotk were shelled.",
    am("Tue", "Jermuk"),
    am("Mon", "Sotk"),
)
P(
    "il27",
    IL,
    "second_day_on_monday_no_speaker",
    "An Israeli drone strike hit a car in Yaroun on Tuesday, killing two people, Lebanon's health ministry said. On Monday, an Israeli strike near Houla wounded a man.",
    lb("Tue", "Yaroun", k=2),
    lb("Mon", "Houla", w=1),
)
P(
    "ru27",
    RU,
    "second_day_on_monday_no_speaker",
    "Russian-backed separatists fired on Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. On Monday, they shelled positions near Shyrokyne.",
    ua("Tue", "Avdiivka"),
    ua("Mon", "Shyrokyne"),
)
P(
    "tc26",
    TC,
    "second_day_day_before",
    "Cambodian troops fired rocket-propelled grenades at Thai positions in Surin on Tuesday, the Thai army said. The day before, Cambodian soldiers had fired small arms near Chong Bok.",
    th("Tue", "Surin"),
    th("Mon", "Chong Bok"),
)
# --- the day given only at the top, later sentences carry the incidents ---
P(
    "ip28",
    IP,
    "day_top_then_incidents",
    "On Tuesday, Pakistan violated the ceasefire along the LoC, an Indian army spokesman said. Pakistani troops fired mortars at forward posts in Uri. A soldier was wounded.",
    ip("Tue", "Uri", w=1),
)
P(
    "aa28",
    AA,
    "day_top_then_incidents",
    "Armenia's defence ministry reported new ceasefire violations on Tuesday. Azerbaijani troops fired at Armenian positions near Sotk with large-calibre weapons. No casualties were reported.",
    am("Tue", "Sotk"),
)
P(
    "il28",
    IL,
    "day_top_then_incidents",
    "Israel kept up its attacks on southern Lebanon on Tuesday, Lebanon's National News Agency reported. An Israeli drone struck a car in Khiam, killing one person. Israeli troops also opened fire towards Kfar Kila.",
    lb("Tue", "Khiam", k=1),
    lb("Tue", "Kfar Kila"),
)
P(
    "tc27",
    TC,
    "day_top_then_incidents",
    "The Thai army accused Cambodia on Tuesday of violating the ceasefire. Cambodian troops fired small arms at Thai positions near Ta Muen Thom, the army said.",
    th(["Tue", "Mon"], "Ta Muen Thom"),
)
P(
    "ru28",
    RU,
    "day_top_then_incidents",
    "The situation in the JFO area remained tense on Tuesday, the JFO press centre said. Russian-backed separatists fired grenade launchers at Ukrainian positions near Zolote. One soldier was wounded.",
    ua("Tue", "Zolote", w=1),
)
# --- the bulletin with times, lead verb 'reported/recorded' holding the day ---
P(
    "ip29",
    IP,
    "bulletin_reported_day",
    "The Indian army reported two ceasefire violations by Pakistan on Tuesday. At 9:15 am, Pakistani troops fired on posts in Kupwara. At 4 pm, they shelled villages in Poonch.",
    ip("Tue", "Kupwara"),
    ip("Tue", "Poonch"),
)
P(
    "aa29",
    AA,
    "bulletin_recorded_day",
    "Azerbaijan's defence ministry recorded several ceasefire violations on Tuesday. At 11:40, Armenian units fired at Azerbaijani positions in Kalbajar district. At 15:20, positions in Lachin district came under fire.",
    az("Tue", "Kalbajar"),
    az("Tue", "Lachin"),
)
P(
    "ru29",
    RU,
    "bulletin_recorded_day",
    "The JFO press centre recorded three ceasefire violations on Tuesday. At 10:00, separatists fired grenade launchers near Marinka. At 18:30, they fired a heavy machine gun near Avdiivka and Zolote.",
    ua("Tue", "Marinka"),
    ua("Tue", "Avdiivka"),
    ua("Tue", "Zolote"),
)
P(
    "tc28",
    TC,
    "bulletin_date_top",
    "Situation report, August 5: At 07:10, Cambodian troops fired small arms at Thai positions near Chong Bok, the Thai army said. At 13:45, Cambodian troops fired mortars near Ta Muen Thom.",
    th("08-05", "Chong Bok"),
    th("08-05", "Ta Muen Thom"),
)
P(
    "il29",
    IL,
    "bulletin_date_top",
    "Tuesday, March 11: At 08:00, an Israeli drone struck a car in Houla, Lebanon's National News Agency reported. At 15:30, Israeli artillery shelled the outskirts of Khiam.",
    lb("03-11", "Houla"),
    lb("03-11", "Khiam"),
)
# --- quote paragraph, speaker in a later paragraph (several shapes) ---
P(
    "ip30",
    IP,
    "quote_then_spk_named",
    '"Pakistani troops fired at our posts in Kupwara on Tuesday without any provocation," the spokesman said.\n\nAn Indian army spokesman in Srinagar said the troops retaliated.',
    ip("Tue", "Kupwara"),
)
P(
    "aa30",
    AA,
    "quote_then_spk_said_by",
    '"On Tuesday, Azerbaijani units fired at our positions near Jermuk," the ministry said.\n\nThat was the statement of Armenia\'s defence ministry.',
    am("Tue", "Jermuk"),
)
P(
    "il30",
    IL,
    "quote_speaker_before",
    'Lebanon\'s health ministry said in a statement:\n\n"An Israeli enemy strike on a car in Naqoura on Tuesday killed one citizen."',
    lb("Tue", "Naqoura", k=1),
)
P(
    "ru30",
    RU,
    "quote_speaker_before_colon",
    'The JFO press centre reported: "On May 11, Russian occupation forces fired 82mm mortars at our positions near Avdiivka. One serviceman was wounded."',
    ua("05-11", "Avdiivka", w=1),
)
P(
    "tc29",
    TC,
    "quote_speaker_before_colon",
    'The Thai army said in a statement: "At 9:00 on Tuesday, Cambodian soldiers fired at our position near Chong An Ma."',
    th("Tue", "Chong An Ma"),
)
# --- speaker carried by 'it said' / 'the source said' / name only after a full first mention ---
P(
    "ip31",
    IP,
    "spk_name_only_later",
    "Pakistani troops shelled villages in Nowshera on Tuesday, said Lt Col Devender Anand, an Indian army spokesman. Two civilians were wounded, Anand said.",
    ip("Tue", "Nowshera", w=2),
)
P(
    "aa31",
    AA,
    "spk_name_only_later",
    "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, said Aram Torosyan, spokesman for Armenia's defence ministry. One soldier was killed, Torosyan said.",
    am("Tue", "Jermuk", k=1),
)
P(
    "tc30",
    TC,
    "spk_name_only_later",
    "Cambodian troops fired on Thai positions near Ta Muen Thom on Tuesday, said Major General Winthai Suvaree, the Thai army spokesman. Two Thai soldiers were hurt, Winthai said.",
    th("Tue", "Ta Muen Thom", w=2),
)
P(
    "ru31",
    RU,
    "spk_it_said_cas",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. One soldier was killed and another wounded, it said.",
    ua("Tue", "Avdiivka", k=1, w=1),
)
P(
    "il31",
    IL,
    "spk_agency_later_cas",
    "Israeli troops fired on a group of residents in Houla on Tuesday, Lebanon's National News Agency reported. Two of them were wounded, the agency said.",
    lb("Tue", "Houla", w=2),
)
# --- casualties later, worded back with the place or a definite noun ---
P(
    "ip32",
    IP,
    "cas_later_definite",
    "Pakistani troops fired mortars at a village in Poonch on Tuesday, an Indian army spokesman said. The shell hit a house, killing the owner and wounding his wife.",
    ip("Tue", "Poonch", k=1, w=1),
)
P(
    "aa32",
    AA,
    "cas_later_place_again",
    "Azerbaijani forces shelled the town of Jermuk on Tuesday, Armenia's defence ministry said. In Jermuk, two civilians were wounded.",
    am("Tue", "Jermuk", w=2),
)
P(
    "il32",
    IL,
    "cas_later_definite",
    "An Israeli drone targeted a car in Aitaroun on Tuesday, Lebanon's National News Agency reported. The driver was killed and a passenger was wounded.",
    lb("Tue", "Aitaroun", k=1, w=1),
)
P(
    "tc31",
    TC,
    "cas_later_definite",
    "Cambodian troops fired an artillery shell into a village in Sisaket on Tuesday, the Thai army said. The shell wounded a villager.",
    th("Tue", "Sisaket", w=1),
)
P(
    "ru32",
    RU,
    "cas_later_serviceman",
    "Russian-backed separatists fired at Ukrainian positions near Zolote on Tuesday, the JFO press centre said. A Ukrainian serviceman sustained a gunshot wound.",
    ua("Tue", "Zolote", w=1),
)
P(
    "ru33",
    RU,
    "cas_later_died_in_hospital",
    "A Ukrainian soldier was wounded when separatists shelled positions near Shyrokyne on Tuesday, the JFO press centre said. He later died in hospital.",
    ua("Tue", "Shyrokyne", k=1),
)
P(
    "il33",
    IL,
    "cas_later_bodies",
    "Israeli warplanes struck a house in Khiam on Tuesday, Lebanon's National News Agency reported. Rescuers pulled three bodies from the rubble.",
    lb("Tue", "Khiam", k=3),
)
# --- running totals and toll updates after the news ---
P(
    "ip33",
    IP,
    "running_total_bringing",
    "A soldier was killed when Pakistani troops fired on a post in Uri on Tuesday, an Indian army spokesman said. His death brings to five the number of soldiers killed along the LoC this month.",
    ip("Tue", "Uri", k=1),
)
P(
    "aa33",
    AA,
    "running_total_since",
    "Azerbaijani shelling of Sotk on Tuesday wounded a soldier, Armenia's defence ministry said. Since Monday, 49 Armenian servicemen have been killed.",
    am("Tue", "Sotk", w=1),
)
P(
    "il34",
    IL,
    "running_total_overall",
    "An Israeli strike in Yaroun killed one person on Tuesday, Lebanon's health ministry said. Israeli strikes have killed 85 people in Lebanon since the ceasefire, the ministry said.",
    lb("Tue", "Yaroun", k=1),
)
P(
    "ru34",
    RU,
    "running_total_this_month",
    "A Ukrainian soldier was killed by separatist fire near Marinka on Tuesday, the JFO press centre said. It was the sixth Ukrainian combat death this month.",
    ua("Tue", "Marinka", k=1),
)
P(
    "tc32",
    TC,
    "running_total_toll",
    "A Thai soldier was wounded by Cambodian fire near Chong Bok on Tuesday, the Thai army said. Six Thai soldiers have been wounded since the ceasefire began on July 28.",
    th("Tue", "Chong Bok", w=1),
)
# --- background with a dated earlier incident ---
P(
    "aa34",
    AA,
    "background_dated_incident",
    "Azerbaijani forces fired on Armenian positions near Sotk on Tuesday, Armenia's defence ministry said. In July, an Armenian soldier was killed in a similar incident near Jermuk.",
    am("Tue", "Sotk"),
)
P(
    "il35",
    IL,
    "background_war_history",
    "An Israeli drone struck a car in Naqoura on Tuesday, Lebanon's National News Agency reported. Israel and Hezbollah fought a war from October 2023 that escalated in September 2024, when Israeli strikes killed hundreds across Lebanon.",
    lb("Tue", "Naqoura"),
)
P(
    "ru35",
    RU,
    "background_ceasefire_history",
    "Separatists fired on Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. The latest ceasefire took effect on July 27, 2020, but violations resumed within weeks.",
    ua("Tue", "Avdiivka"),
)
P(
    "ip34",
    IP,
    "background_last_year",
    "Pakistani troops shelled villages in Kupwara on Tuesday, an Indian army spokesman said. Last year, Pakistan violated the ceasefire more than 5,000 times, according to Indian figures.",
    ip("Tue", "Kupwara"),
)
P(
    "tc33",
    TC,
    "background_earlier_clash",
    "Cambodian troops fired on Thai positions near Chong Bok on Tuesday, the Thai army said. A Cambodian soldier was killed in a clash in the same area on May 28, which started the current crisis.",
    th("Tue", "Chong Bok"),
)
# --- headlines and captions that differ from the body ---
P(
    "ip35",
    IP,
    "headline_caps_different_words",
    "PAK TROOPS VIOLATE CEASEFIRE IN POONCH, JAWAN HURT\n\nA soldier was injured when Pakistani troops opened fire on Indian posts in Poonch on Tuesday, an Indian army spokesman said.",
    ip("Tue", "Poonch", w=1),
)
P(
    "aa35",
    AA,
    "headline_with_count",
    "Two Armenian soldiers killed in Azerbaijani shelling\n\nAzerbaijani forces shelled Armenian positions near Jermuk on Tuesday, killing two soldiers, Armenia's defence ministry said.",
    am("Tue", "Jermuk", k=2),
)
P(
    "il36",
    IL,
    "caption_dated",
    "A man inspects a car hit by an Israeli drone strike in Khiam, southern Lebanon, on Tuesday, March 11. (AP Photo)\n\nAn Israeli drone strike hit a car in Khiam on Tuesday, killing one person, Lebanon's health ministry said.",
    lb("Tue", "Khiam", k=1),
)
P(
    "ru36",
    RU,
    "caption_file_photo",
    "FILE PHOTO: Ukrainian servicemen near Avdiivka, March 2020. REUTERS\n\nRussian-backed separatists fired mortars at Ukrainian positions near Marinka on Tuesday, the JFO press centre said.",
    ua("Tue", "Marinka"),
)
P(
    "tc34",
    TC,
    "headline_question",
    "Did Cambodia break the ceasefire?\n\nCambodian troops fired on Thai positions near Ta Krabey on Tuesday, the Thai army said. Phnom Penh denied it.",
    th("Tue", "Ta Krabey"),
)
P(
    "ip36",
    IP,
    "headline_other_place",
    "Tension along LoC in Jammu region\n\nPakistani troops shelled villages in Nowshera on Tuesday, an Indian army spokesman said.",
    ip("Tue", "Nowshera"),
)
# --- monitors ---
P(
    "ru37",
    RU,
    "monitor_with_side",
    "The OSCE Special Monitoring Mission said it recorded 30 explosions near Horlivka on Tuesday. The mission said it saw fresh craters in a residential area of Horlivka.",
    I("Tue", "Horlivka", "third party"),
)
P(
    "il37",
    IL,
    "monitor_later_quote",
    'Israeli troops fired at a UNIFIL patrol in Kfar Kila on Tuesday, the peacekeeping force said. "This is a violation of resolution 1701," UNIFIL said.',
    I("Tue", "Kfar Kila", "third party", "Israel"),
)
P(
    "aa36",
    AA,
    "monitor_accused_named",
    "The EU monitoring mission said on Tuesday its observers saw Azerbaijani shells land near Jermuk. No casualties were reported, the mission said.",
    I(["Tue", "Mon"], "Jermuk", "third party", "Azerbaijan"),
)
# --- two accounts of one clash: the second side names no new place ---
P(
    "aa37",
    AA,
    "two_accounts_same_place",
    "Armenia's defence ministry said Azerbaijani forces shelled positions near Sotk on Tuesday. Azerbaijan's defence ministry said its troops had responded to Armenian fire in the same area.",
    am("Tue", "Sotk"),
    az("Tue", "Sotk"),
    n=[1, 2],
)
P(
    "il38",
    IL,
    "denial_then_own_claim",
    "Hezbollah denied firing rockets at Metula on Tuesday, after the Israeli military said two rockets had been launched from Lebanon. The Israeli military said it responded with artillery fire on Khiam.",
    isr("Tue", "Metula"),
    I("Tue", "Khiam", "Israel", "Israel"),
)
P(
    "ru38",
    RU,
    "denial_by_named_side",
    "The DPR's representation in the JCCC accused Ukrainian forces of shelling Dokuchaievsk on Tuesday. Ukraine's military denied firing at the town.",
    ru("Tue", "Dokuchaievsk"),
)
P(
    "tc35",
    TC,
    "denial_counter_same_sentence",
    "Cambodia's defence ministry rejected the Thai army's claim that Cambodian troops fired near Chong Bok on Tuesday, and said Thai troops had fired first.",
    th("Tue", "Chong Bok"),
    n=[1, 2],
)
P(
    "ip37",
    IP,
    "denial_then_counter",
    "Pakistan's military said Indian troops fired on villages in the Neelum valley on Tuesday, killing a civilian. India denied the charge and said Pakistani troops had opened fire on posts in Kupwara.",
    pk("Tue", "Neelum", k=1),
    ip("Tue", "Kupwara"),
)
# --- overnight / night of / time phrases in a later sentence ---
P(
    "ip38",
    IP,
    "night_of_dates",
    "Pakistani troops shelled villages in Poonch on the night of May 10-11, an Indian army spokesman said. No one was hurt.",
    ip(["Mon", "Tue"], "Poonch"),
)
P(
    "aa38",
    AA,
    "early_hours",
    "Azerbaijani forces launched an attack on Armenian positions near Jermuk in the early hours of Tuesday, Armenia's defence ministry said. Four servicemen were wounded.",
    am("Tue", "Jermuk", w=4),
)
P(
    "ru39",
    RU,
    "last_day",
    "Over the past day, Russian-backed separatists violated the ceasefire three times near Marinka and Zolote, the JFO press centre said on Wednesday. One soldier was wounded.",
    I(["Tue", "today"], "Marinka", "Ukraine", "Russia", w="any"),
    I(["Tue", "today"], "Zolote", "Ukraine", "Russia", w="any"),
    n=[2],
)
P(
    "il39",
    IL,
    "yesterday_in_body",
    "Israeli troops fired on farmers near Kfar Shouba yesterday, Lebanon's National News Agency reported. One farmer was wounded.",
    lb("Tue", "Kfar Shouba", w=1),
)
P(
    "tc36",
    TC,
    "this_morning",
    "Cambodian troops fired on Thai positions near Ta Muen Thom this morning, the Thai army said. Nobody was hurt.",
    th("today", "Ta Muen Thom"),
)
# --- 'according to the same source' / 'the source added' / 'sources said' variants ---
P(
    "ip39",
    IP,
    "spk_officials_later_cas",
    "Pakistani troops shelled villages in Uri on Tuesday, an Indian army spokesman said. Three civilians were wounded, officials said.",
    ip("Tue", "Uri", w=3),
)
P(
    "aa39",
    AA,
    "spk_ministry_press_service_later",
    "Armenian units fired at Azerbaijani positions in Tovuz district on Tuesday, Azerbaijan's defence ministry said. No one was hurt, the ministry's press service added.",
    az("Tue", "Tovuz"),
)
P(
    "ru40",
    RU,
    "spk_the_headquarters_said_cas",
    "Separatists fired 120mm mortars at Ukrainian positions near Shyrokyne on Tuesday, the Joint Forces headquarters said. One soldier was wounded, the headquarters said.",
    ua("Tue", "Shyrokyne", w=1),
)
P(
    "il40",
    IL,
    "spk_the_ministry_said_cas",
    "An Israeli strike hit a car in Houla on Tuesday, Lebanon's health ministry said. The strike killed one person and wounded another, the ministry said.",
    lb("Tue", "Houla", k=1, w=1),
)
P(
    "tc37",
    TC,
    "spk_ministry_later_cas",
    "Thai forces fired artillery at Cambodian positions in Oddar Meanchey on Tuesday, Cambodia's defence ministry said. A Cambodian soldier was wounded, the ministry's spokeswoman said.",
    kh("Tue", "Oddar Meanchey", w=1),
)
# --- lists of places in later sentence ---
P(
    "ip40",
    IP,
    "list_in_second_sentence",
    "Pakistan violated the ceasefire in three sectors on Tuesday, an Indian army spokesman said. The firing took place in Uri, Tangdhar and Keran.",
    ip("Tue", "Uri"),
    ip("Tue", "Tangdhar"),
    ip("Tue", "Keran"),
)
P(
    "aa40",
    AA,
    "list_in_second_sentence",
    "Azerbaijan shelled Armenian territory on Tuesday, Armenia's defence ministry said. The shelling targeted Jermuk, Goris and Vardenis.",
    am("Tue", "Jermuk"),
    am("Tue", "Goris"),
    am("Tue", "Vardenis"),
)
P(
    "ru41",
    RU,
    "list_settlements_were_shelled",
    "Ukrainian forces shelled the DPR on Tuesday, the DPR's representation in the JCCC said. Horlivka, Dokuchaievsk and Yasynuvata came under fire.",
    ru("Tue", "Horlivka"),
    ru("Tue", "Dokuchaievsk"),
    ru("Tue", "Yasynuvata"),
)
P(
    "il41",
    IL,
    "list_towns_targeted",
    "Israeli artillery shelled several towns in southern Lebanon on Tuesday, Lebanon's National News Agency reported. The shelling targeted Khiam, Kfar Kila and Wazzani.",
    lb("Tue", "Khiam"),
    lb("Tue", "Kfar Kila"),
    lb("Tue", "Wazzani"),
)
P(
    "tc38",
    TC,
    "list_provinces",
    "Cambodian troops fired into Thailand on Tuesday, the Thai army said. The shells fell in Surin and Sisaket provinces.",
    th("Tue", "Surin"),
    th("Tue", "Sisaket"),
)

# ======================= Batch 3: more report structures =================
# --- the speaker first named only in a later sentence that carries casualties or the second half ---
P(
    "aa41",
    AA,
    "spk_only_in_cas_sentence",
    "Azerbaijani forces fired at Armenian positions near Sotk on Tuesday. One soldier was wounded, according to Armenia's defence ministry.",
    am("Tue", "Sotk", w=1),
)
P(
    "ip41",
    IP,
    "spk_only_in_cas_sentence",
    "Pakistani troops shelled villages in Uri on Tuesday evening. Two civilians were injured, an Indian army spokesman said.",
    ip("Tue", "Uri", w=2),
)
P(
    "il42",
    IL,
    "spk_only_in_cas_sentence",
    "An Israeli drone struck a car in Yaroun on Tuesday. One person was killed, Lebanon's health ministry said.",
    lb("Tue", "Yaroun", k=1),
)
P(
    "tc39",
    TC,
    "spk_only_in_third_sentence",
    "Cambodian troops fired mortars at Thai positions near Chong An Ma on Tuesday. The shelling lasted about an hour. The Thai army said one soldier was wounded.",
    th("Tue", "Chong An Ma", w=1),
)
P(
    "ru42",
    RU,
    "spk_only_in_third_sentence",
    "Separatists fired 82mm mortars at Ukrainian positions near Marinka on Tuesday. Ukrainian forces returned fire. This was reported by the JFO press centre, which said one soldier was wounded.",
    ua("Tue", "Marinka", w=1),
)
# --- a speaker in the headline only, body without speaker ---
P(
    "aa42",
    AA,
    "spk_in_headline_colon",
    "Armenian MoD: Azerbaijan shelled Sotk\n\nAzerbaijani forces fired at Armenian positions near Sotk on Tuesday. One soldier was wounded.",
    am("Tue", "Sotk", w=1),
)
P(
    "ru43",
    RU,
    "spk_in_headline_colon",
    "JFO: Ukrainian soldier wounded near Zolote\n\nRussian-backed separatists fired grenade launchers at Ukrainian positions near Zolote on Tuesday. One Ukrainian soldier was wounded.",
    ua("Tue", "Zolote", w=1),
)
P(
    "tc40",
    TC,
    "spk_in_headline_says",
    "Thai army says Cambodia fired on Sisaket\n\nCambodian troops fired artillery shells into Sisaket province on Tuesday. No one was hurt.",
    th("Tue", "Sisaket"),
)
P(
    "ip42",
    IP,
    "spk_in_headline_says",
    "Army says Pakistan violated ceasefire in Kupwara\n\nPakistani troops opened fire on Indian posts in Kupwara on Tuesday. There were no casualties.",
    ip("Tue", "Kupwara"),
)
# --- two places with two days in one sentence ---
P(
    "ip43",
    IP,
    "two_days_one_sentence",
    "Pakistani troops shelled Poonch on Monday and Uri on Tuesday, an Indian army spokesman said.",
    ip("Mon", "Poonch"),
    ip("Tue", "Uri"),
)
P(
    "aa43",
    AA,
    "two_days_one_sentence",
    "Azerbaijani forces fired on positions near Sotk on Monday and near Jermuk on Tuesday, Armenia's defence ministry said.",
    am("Mon", "Sotk"),
    am("Tue", "Jermuk"),
)
P(
    "il43",
    IL,
    "two_days_one_sentence",
    "Israeli drones struck cars in Khiam on Monday and in Yaroun on Tuesday, Lebanon's National News Agency reported.",
    lb("Mon", "Khiam"),
    lb("Tue", "Yaroun"),
)
P(
    "ru44",
    RU,
    "two_days_one_sentence",
    "Separatists shelled Ukrainian positions near Avdiivka on Monday and near Marinka on Tuesday, the JFO press centre said.",
    ua("Mon", "Avdiivka"),
    ua("Tue", "Marinka"),
)
P(
    "tc41",
    TC,
    "two_days_one_sentence",
    "Cambodian troops fired on Thai positions in Surin on Sunday and in Sisaket on Tuesday, the Thai army said.",
    th("Sun", "Surin"),
    th("Tue", "Sisaket"),
)
# --- dateline date is the anchor for 'yesterday' / weekday ---
P(
    "ip44",
    IP,
    "dateline_yesterday",
    "JAMMU, May 11 (PTI) - Pakistani troops shelled villages in Poonch yesterday, an Indian army spokesman said. No one was hurt.",
    ip("05-10", "Poonch"),
)
P(
    "aa44",
    AA,
    "dateline_yesterday",
    "YEREVAN, September 13 (ARMENPRESS) - Azerbaijani forces fired on Armenian positions near Jermuk yesterday, Armenia's defence ministry said.",
    am("09-12", "Jermuk"),
)
P(
    "ru45",
    RU,
    "dateline_yesterday",
    "DONETSK, May 11 (DAN) - Ukrainian forces shelled Horlivka yesterday evening, the DPR's representation in the JCCC said.",
    ru("05-10", "Horlivka"),
)
P(
    "il44",
    IL,
    "dateline_last_night",
    "BEIRUT, March 11 (AFP) - Israeli warplanes struck near Nabatieh last night, Lebanon's National News Agency reported.",
    lb(["03-10", "03-11"], "Nabatieh"),
)
# --- lines of a bulletin as a list ---
P(
    "ru46",
    RU,
    "bulletin_dash_list",
    "Over the past day, the enemy violated the ceasefire twice, the JFO press centre said.\n- Near Marinka: 82mm mortars.\n- Near Zolote: grenade launchers and small arms.",
    ua(["Tue", "today"], "Marinka"),
    ua(["Tue", "today"], "Zolote"),
)
P(
    "aa45",
    AA,
    "bulletin_dash_list",
    "Azerbaijan's defence ministry said Armenian units violated the ceasefire on September 13 in the following directions:\n- Kalbajar district, from 10:30 to 11:15;\n- Lachin district, from 14:00 to 14:20.",
    az("09-13", "Kalbajar"),
    az("09-13", "Lachin"),
)
P(
    "il45",
    IL,
    "bulletin_dash_list",
    "Lebanon's National News Agency listed Israeli violations on Tuesday:\n- A drone strike on a car in Aitaroun.\n- Machine-gun fire towards Kfar Kila.",
    lb("Tue", "Aitaroun"),
    lb("Tue", "Kfar Kila"),
)
P(
    "ip45",
    IP,
    "bulletin_numbered",
    "An Indian army spokesman listed two ceasefire violations by Pakistan on Tuesday: (1) mortar shelling in Uri at 11 am; (2) small-arms firing in Keran at 4 pm.",
    ip("Tue", "Uri"),
    ip("Tue", "Keran"),
)
P(
    "tc42",
    TC,
    "bulletin_semicolons",
    "The Thai army reported three Cambodian violations on Tuesday: small-arms fire near Ta Muen Thom at 06:30; mortar fire near Chong An Ma at 11:00; and a drone flying over Chong Bok at 15:00.",
    th("Tue", "Ta Muen Thom"),
    th("Tue", "Chong An Ma"),
    n=[2, 3],
)
# --- day held by the lead's reporting verb ---
P(
    "tc43",
    TC,
    "lead_reported_day_then_item",
    "The Thai army reported several Cambodian violations on Tuesday. Cambodian troops fired small arms at Thai positions near Ta Muen Thom.",
    th("Tue", "Ta Muen Thom"),
)
P(
    "il46",
    IL,
    "lead_reported_day_then_item",
    "Lebanon's National News Agency reported a series of Israeli violations on Tuesday. An Israeli drone dropped a stun grenade on Aitaroun.",
    lb("Tue", "Aitaroun"),
)
P(
    "ru47",
    RU,
    "lead_recorded_day_then_item",
    "The DPR's representation in the JCCC recorded four violations by Ukrainian forces on Tuesday. Ukrainian troops fired mortars at Horlivka.",
    ru("Tue", "Horlivka"),
)
P(
    "aa46",
    AA,
    "lead_issued_day_then_quote",
    'Armenia\'s defence ministry issued a statement on Tuesday.\n\n"Azerbaijani units fired at our positions near Jermuk at 14:30," it said.',
    am("Tue", "Jermuk"),
)
# --- quote first, speaker only identified later ---
P(
    "ip46",
    IP,
    "quote_spokesman_identified_later",
    '"Pakistani troops fired at our posts in Kupwara on Tuesday," the spokesman said.\n\nThe spokesman, Colonel Rajesh Kalia of the Indian army, said the troops retaliated.',
    ip("Tue", "Kupwara"),
)
P(
    "il47",
    IL,
    "quote_statement_identified_later",
    '"An Israeli drone targeted a motorcycle in Bint Jbeil on Tuesday, wounding two citizens," the statement said.\n\nThe statement was released by Lebanon\'s health ministry.',
    lb("Tue", "Bint Jbeil", w=2),
)
P(
    "ru48",
    RU,
    "quote_statement_identified_later",
    '"On May 11, Russian occupation forces fired grenade launchers at our positions near Zolote," the statement said.\n\nThe JFO press centre released the statement on Wednesday.',
    ua("05-11", "Zolote"),
)
# --- accused stated only as an origin in a later sentence ---
P(
    "tc44",
    TC,
    "accused_by_origin_later",
    "Gunfire broke out near Ta Muen Thom temple on Tuesday morning, the Thai army said. The shots came from Cambodian positions.",
    th("Tue", "Ta Muen Thom"),
)
P(
    "ip47",
    IP,
    "accused_by_origin_later",
    "Shells landed in villages in Poonch on Tuesday, an Indian army spokesman said. The shells were fired from across the Line of Control.",
    ip("Tue", "Poonch"),
)
P(
    "il48",
    IL,
    "accused_by_origin_later",
    "Two rockets hit an open area near Metula on Tuesday, the Israeli military said. The rockets were fired from southern Lebanon.",
    isr("Tue", "Metula"),
)
P(
    "ru49",
    RU,
    "accused_later_sentence",
    "Shelling hit Horlivka on Tuesday, damaging three houses, the DPR's representation in the JCCC said. It blamed Ukrainian forces for the attack.",
    ru("Tue", "Horlivka"),
)
# --- a follow-up sentence with its own speaker and no place ---
P(
    "ip48",
    IP,
    "residents_said_followup",
    "Pakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said. Residents said the shelling began in the afternoon and lasted for hours.",
    ip("Tue", "Poonch"),
)
P(
    "il49",
    IL,
    "witnesses_said_followup",
    "An Israeli drone struck a car near Bint Jbeil on Tuesday, Lebanon's National News Agency reported. Witnesses said the strike set the car on fire.",
    lb("Tue", "Bint Jbeil"),
)
P(
    "aa47",
    AA,
    "villagers_said_followup",
    "Azerbaijani forces shelled Sotk on Tuesday, Armenia's defence ministry said. Villagers said shells landed near the school.",
    am("Tue", "Sotk"),
)
P(
    "tc45",
    TC,
    "villagers_said_followup",
    "Cambodian troops fired artillery into Surin on Tuesday, the Thai army said. Villagers said the shells landed close to their homes.",
    th("Tue", "Surin"),
)
# --- claim known only through a denial ---
P(
    "ip49",
    IP,
    "claim_inside_denial",
    "India's army denied Pakistani claims that Indian troops had fired on villages near Sialkot on Tuesday.",
    pk("Tue", "Sialkot"),
)
P(
    "aa48",
    AA,
    "claim_inside_denial",
    "Azerbaijan's defence ministry dismissed as false Armenia's claim that Azerbaijani forces shelled Jermuk on Tuesday.",
    am("Tue", "Jermuk"),
)
P(
    "ru51",
    RU,
    "claim_inside_denial",
    "The JFO press centre denied DPR claims that Ukrainian forces shelled Horlivka on Tuesday.",
    ru("Tue", "Horlivka"),
)
P(
    "tc46",
    TC,
    "claim_inside_denial",
    "Cambodia's defence ministry rejected the Thai army's claim that Cambodian troops fired near Chong Bok on Tuesday.",
    th("Tue", "Chong Bok"),
)
P(
    "il50",
    IL,
    "claim_inside_denial",
    "Hezbollah denied Israeli claims that it fired rockets at Metula on Tuesday.",
    isr("Tue", "Metula"),
)
# --- later casualties given by a definite or possessive noun ---
P(
    "il51",
    IL,
    "cas_later_the_driver",
    "An Israeli drone targeted a car in Aitaroun on Tuesday, Lebanon's National News Agency reported. The driver was killed.",
    lb("Tue", "Aitaroun", k=1),
)
P(
    "ip50",
    IP,
    "cas_later_the_villager",
    "Pakistani troops fired mortars at a village in Poonch on Tuesday, an Indian army spokesman said. A shell hit a house, killing a man and wounding his wife.",
    ip("Tue", "Poonch", k=1, w=1),
)
P(
    "ru52",
    RU,
    "cas_later_its_driver",
    "Separatists fired an anti-tank missile at a Ukrainian army vehicle near Zolote on Tuesday, the JFO press centre said. Its driver was wounded.",
    ua("Tue", "Zolote", w=1),
)
P(
    "tc47",
    TC,
    "cas_later_the_soldier",
    "Cambodian troops fired on a Thai patrol near Chong Bok on Tuesday, the Thai army said. The patrol's commander was wounded in the arm.",
    th("Tue", "Chong Bok", w=1),
)
P(
    "aa49",
    AA,
    "cas_later_the_contract_soldier",
    "Azerbaijani forces fired on Armenian positions near Kut on Tuesday, Armenia's defence ministry said. The contract serviceman Arman Petrosyan was killed.",
    am("Tue", "Kut", k=1),
)
# --- 'also' and 'in a separate incident' losing parts ---
P(
    "ru53",
    RU,
    "also_wounded_place",
    "Separatists fired mortars at Ukrainian positions near Marinka on Tuesday, the JFO press centre said. A Ukrainian soldier was also wounded by sniper fire near Zolote.",
    ua("Tue", "Marinka"),
    ua("Tue", "Zolote", w=1),
)
P(
    "aa50",
    AA,
    "separate_incident",
    "Azerbaijani forces shelled positions near Jermuk on Tuesday, Armenia's defence ministry said. In a separate incident, a soldier was wounded by Azerbaijani sniper fire near Sotk.",
    am("Tue", "Jermuk"),
    am("Tue", "Sotk", w=1),
)
P(
    "tc48",
    TC,
    "separate_incident",
    "Cambodian troops fired on Thai positions near Ta Muen Thom on Tuesday, the Thai army said. In a separate incident, Cambodian troops fired mortars near Chong An Ma.",
    th("Tue", "Ta Muen Thom"),
    th("Tue", "Chong An Ma"),
)
# --- the second incident told in the pluperfect on another day ---
P(
    "ru54",
    RU,
    "pluperfect_other_day",
    "Separatists shelled Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. On Sunday, separatists had fired on positions near Zolote.",
    ua("Tue", "Avdiivka"),
    ua("Sun", "Zolote"),
)
P(
    "il52",
    IL,
    "pluperfect_other_day",
    "An Israeli drone strike hit a car in Khiam on Tuesday, Lebanon's health ministry said. The day before, an Israeli strike had wounded two people in Houla.",
    lb("Tue", "Khiam"),
    lb("Mon", "Houla", w=2),
)
P(
    "ip51",
    IP,
    "pluperfect_other_day",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, an Indian army spokesman said. On Saturday, Pakistani troops had fired on posts in Kupwara.",
    ip("Tue", "Poonch"),
    ip("Sat", "Kupwara"),
)

# ======================= Batch 4: a few more shapes found while probing =================
P(
    "il53",
    IL,
    "cas_pronoun_him",
    "Israeli troops fired at a farmer near Kfar Kila on Tuesday, wounding him in the leg, Lebanon's National News Agency reported.",
    lb("Tue", "Kfar Kila", w=1),
)
P(
    "ip52",
    IP,
    "cas_pronoun_him",
    "Pakistani troops fired at a porter near a post in Uri on Tuesday, wounding him, an Indian army spokesman said.",
    ip("Tue", "Uri", w=1),
)
P(
    "ru55",
    RU,
    "weapon_place_pairs",
    "Separatists violated the ceasefire twice on Tuesday, the JFO press centre said. They fired grenade launchers near Shyrokyne and a heavy machine gun near Marinka.",
    ua("Tue", "Shyrokyne"),
    ua("Tue", "Marinka"),
)
P(
    "aa51",
    AA,
    "weapon_place_pairs",
    "Armenian units fired small arms at positions in Kalbajar district and mortars at positions in Lachin district on Tuesday, Azerbaijan's defence ministry said.",
    az("Tue", "Kalbajar"),
    az("Tue", "Lachin"),
)
P(
    "tc49",
    TC,
    "background_fighting_toll",
    "Cambodian troops fired on Thai positions near Ta Krabey temple on Tuesday, the Thai army said. Fighting in late July killed more than 40 people and displaced over 300,000.",
    th("Tue", "Ta Krabey"),
)
P(
    "ip53",
    IP,
    "background_last_week_incident",
    "Pakistani troops shelled villages in Kupwara on Tuesday, an Indian army spokesman said. Two soldiers were killed in Pakistani firing in Uri last week.",
    ip("Tue", "Kupwara"),
)
P(
    "aa52",
    AA,
    "auto_headline_dateline",
    "published: 2022-09-14\n\nAzerbaijan shells Armenian border towns\n\nYEREVAN, Sept 13 (Reuters) - Azerbaijani forces shelled Jermuk and Goris, Armenia's defence ministry said. Several servicemen were wounded.",
    am("09-13", "Jermuk", w="any"),
    am("09-13", "Goris", w="any"),
    auto=True,
)
P(
    "ru56",
    RU,
    "auto_background_other_conflict",
    "published: 2021-05-12\n\nRussian-backed separatists fired mortars at Ukrainian positions near Avdiivka on Tuesday, the JFO press centre said. The ceasefire has been violated almost daily, as has the truce between Armenia and Azerbaijan in Nagorno-Karabakh.",
    ua("Tue", "Avdiivka"),
    auto=True,
)
P(
    "il54",
    IL,
    "auto_caption_first",
    "published: 2025-03-12\n\nA man inspects a car hit by an Israeli drone in Yaroun. (AP Photo)\n\nAn Israeli drone strike hit a car in Yaroun on Tuesday, killing one person, Lebanon's health ministry said.",
    lb("Tue", "Yaroun", k=1),
    auto=True,
)
P(
    "tc50",
    TC,
    "auto_no_nation_in_lead",
    "published: 2025-08-06\n\nShots were fired at a Thai army base near Chong Bok on Tuesday, the Second Army Area said. The army blamed Cambodian soldiers.",
    th("Tue", "Chong Bok"),
    auto=True,
)
