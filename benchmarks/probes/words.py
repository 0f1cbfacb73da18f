"""One-sentence probes of the reader (round 47): the words of fire, voices, places, days and counts, each varied
one thing at a time from a plain sentence that works. All written for this project (no quoted text)."""

PROBES = []


def P(pid, prof, dim, text, auto=False, **exp):
    PROBES.append(dict(id=pid, profile=prof, dim=dim, text=text, exp=exp, auto=auto))


IP = "india-pakistan"
ip = dict(reporting="India", accused="Pakistan")
pk = dict(reporting="Pakistan", accused="India")
# --- base and verbs ---
P(
    "ip01",
    IP,
    "base",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    killed=None,
    wounded=None,
    **ip,
)
P(
    "ip02",
    IP,
    "verb",
    "Pakistani troops pounded forward posts in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip03",
    IP,
    "verb",
    "Pakistani troops fired mortar rounds at forward posts in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip04",
    IP,
    "verb",
    "Pakistani troops opened small-arms fire on Indian posts in Kupwara on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Kupwara",
    **ip,
)
P(
    "ip05",
    IP,
    "verb",
    "Pakistan violated the ceasefire in Uri on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    **ip,
)
P(
    "ip06",
    IP,
    "verb",
    "Pakistani troops lobbed shells on villages in Nowshera on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Nowshera",
    **ip,
)
P(
    "ip07",
    IP,
    "verb",
    "The Pakistan Army targeted Indian posts in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip08",
    IP,
    "verb",
    "Pakistani troops have been shelling villages in Poonch since Tuesday evening, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip09",
    IP,
    "verb",
    "Forward posts in Poonch were shelled by Pakistani troops on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip10",
    IP,
    "verb",
    "A Pakistani sniper fired at an Indian post in Uri on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    **ip,
)
P(
    "ip11",
    IP,
    "verb",
    "Indian posts in Kupwara came under heavy fire from across the border on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Kupwara",
    **ip,
)
P(
    "ip12",
    IP,
    "verb",
    "There were two ceasefire violations by Pakistan in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip13",
    IP,
    "verb",
    "Pakistani troops struck a bunker in Uri with artillery on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    **ip,
)
P(
    "ip14",
    IP,
    "verb",
    "A Pakistani drone attack hit a post near Rajouri on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Rajouri",
    **ip,
)
P(
    "ip15",
    IP,
    "verb",
    "Pakistan's army is shelling villages in Poonch, an Indian army spokesman said on Tuesday.",
    date=["Tue", "today"],
    place="Poonch",
    **ip,
)
# --- speaker ---
P(
    "ip16",
    IP,
    "speaker",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, according to the Indian army.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip17",
    IP,
    "speaker",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, the Indian army said in a statement.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip18",
    IP,
    "speaker",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, defence spokesman Lt Col Devender Anand told reporters.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip19",
    IP,
    "speaker",
    "In a statement, the Indian army said Pakistani troops shelled forward posts in Poonch on Tuesday.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip20",
    IP,
    "speaker",
    "Pakistani troops shelled forward posts in Poonch on Tuesday. This was stated by a defence spokesman in Jammu.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip21",
    IP,
    "speaker",
    "Indian troops fired on villages in Kotli on Tuesday, the ISPR said.",
    date="Tue",
    place="Kotli",
    **pk,
)
P(
    "ip22",
    IP,
    "speaker",
    "Indian troops resorted to unprovoked firing in Nikial sector on Tuesday, Inter-Services Public Relations said in a statement.",
    date="Tue",
    place="Nikial",
    **pk,
)
P(
    "ip23",
    IP,
    "speaker",
    "Indian troops fired on villages in Kotli on Tuesday, a Pakistani military spokesman was quoted by Dawn as saying.",
    date="Tue",
    place="Kotli",
    **pk,
)
P(
    "ip24",
    IP,
    "speaker",
    "Pakistan's Foreign Office summoned India's deputy high commissioner on Wednesday to protest a ceasefire violation by Indian troops in Sialkot on Tuesday.",
    date="Tue",
    place="Sialkot",
    **pk,
)
P(
    "ip25",
    IP,
    "speaker",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, police officials told the Press Trust of India.",
    date="Tue",
    place="Poonch",
    **ip,
)
# --- place ---
P(
    "ip26",
    IP,
    "place",
    "Pakistani troops shelled forward posts near Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip27",
    IP,
    "place",
    "Pakistani troops shelled the village of Salotri in Poonch district on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Salotri",
    **ip,
)
P(
    "ip28",
    IP,
    "place",
    "Pakistani troops shelled forward posts in Nowshera sector on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Nowshera",
    **ip,
)
P(
    "ip29",
    IP,
    "place",
    "Pakistani troops shelled forward posts along the LoC in Kupwara district on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Kupwara",
    **ip,
)
P(
    "ip30",
    IP,
    "place",
    "Pakistani troops shelled villages Salotri, Degwar and Qasba on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place=["Salotri", "Degwar", "Qasba"],
    **ip,
)
P(
    "ip31",
    IP,
    "place",
    "Pakistani troops shelled forward posts in the Uri and Kupwara areas on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    n=[1, 2],
    **ip,
)
P(
    "ip32",
    IP,
    "place",
    "Pakistani troops shelled Poonch district's Degwar village on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Degwar",
    **ip,
)
P(
    "ip33",
    IP,
    "place",
    "Pakistani troops shelled the outskirts of Poonch town on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip34",
    IP,
    "place",
    "Pakistani troops opened fire on Tuesday, targeting Indian posts in Uri, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    **ip,
)
P(
    "ip35",
    IP,
    "place",
    "Indian troops fired from their posts across the LoC at villages in Kotli on Tuesday, the ISPR said.",
    date="Tue",
    place="Kotli",
    **pk,
)
P(
    "ip36",
    IP,
    "place",
    "Pakistani troops shelled forward posts in Krishna Ghati sector of Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Krishna Ghati",
    **ip,
)
# --- date ---
P(
    "ip37",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch on Tuesday night, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "ip38",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch late on Monday, an Indian army spokesman said.",
    date="Mon",
    place="Poonch",
    **ip,
)
P(
    "ip39",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch overnight, an Indian army spokesman said.",
    date=["Tue", "today"],
    place="Poonch",
    **ip,
)
P(
    "ip40",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch on the intervening night of May 10 and 11, an Indian army spokesman said.",
    date=["05-10", "05-11"],
    place="Poonch",
    **ip,
)
P(
    "ip41",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch earlier today, an Indian army spokesman said.",
    date="today",
    place="Poonch",
    **ip,
)
P(
    "ip42",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch yesterday, an Indian army spokesman said.",
    date="yday",
    place="Poonch",
    **ip,
)
P(
    "ip43",
    IP,
    "date",
    "JAMMU, May 11 (PTI) - Pakistani troops shelled forward posts in Poonch district, an army spokesman said.",
    date="05-11",
    place="Poonch",
    **ip,
)
P(
    "ip44",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch on 10 May, an Indian army spokesman said.",
    date="05-10",
    place="Poonch",
    **ip,
)
P(
    "ip45",
    IP,
    "date",
    "Pakistani troops shelled forward posts in Poonch, an Indian army spokesman said.",
    date=["today", "yday", None],
    place="Poonch",
    **ip,
)
P(
    "ip46",
    IP,
    "date",
    "On Tuesday afternoon, Pakistani troops shelled forward posts in Poonch, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
# --- casualties ---
P(
    "ip47",
    IP,
    "cas",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, killing two soldiers, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    killed=2,
    wounded=None,
    **ip,
)
P(
    "ip48",
    IP,
    "cas",
    "Two soldiers were martyred when Indian troops opened fire on a post in Kotli on Tuesday, the ISPR said.",
    date="Tue",
    place="Kotli",
    killed=2,
    **pk,
)
P(
    "ip49",
    IP,
    "cas",
    "A civilian was injured when Pakistani troops shelled villages in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    killed=None,
    wounded=1,
    **ip,
)
P(
    "ip50",
    IP,
    "cas",
    "Pakistani shelling in Poonch on Tuesday left one dead and three wounded, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    killed=1,
    wounded=3,
    **ip,
)
P(
    "ip51",
    IP,
    "cas",
    "Pakistani troops shelled villages in Poonch on Tuesday, leaving two civilians dead, police said.",
    date="Tue",
    place="Poonch",
    killed=2,
    **ip,
)
P(
    "ip52",
    IP,
    "cas",
    "Mohammad Aslam, 45, and his son Bilal, 12, were killed when a Pakistani shell hit their house in Salotri village of Poonch on Tuesday, police said.",
    date="Tue",
    place="Salotri",
    killed=2,
    **ip,
)
P(
    "ip53",
    IP,
    "cas",
    "A jawan was killed and two others were injured in Pakistani firing in Uri on Tuesday, officials said.",
    date="Tue",
    place="Uri",
    killed=1,
    wounded=2,
    **ip,
)
P(
    "ip54",
    IP,
    "cas",
    "Three people including a woman sustained injuries when Pakistani troops shelled villages in Nowshera on Tuesday, officials said.",
    date="Tue",
    place="Nowshera",
    wounded=3,
    **ip,
)
P(
    "ip55",
    IP,
    "cas",
    "A BSF jawan lost his life in unprovoked Pakistani firing along the International Border in Samba on Tuesday, officials said.",
    date="Tue",
    place="Samba",
    killed=1,
    **ip,
)
P(
    "ip56",
    IP,
    "cas",
    "A 60-year-old woman was killed and her grandson hurt when Indian troops shelled Kotli on Tuesday, the ISPR said.",
    date="Tue",
    place="Kotli",
    killed=1,
    wounded=1,
    **pk,
)
P(
    "ip57",
    IP,
    "auto",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, killing a soldier, an Indian army spokesman said.",
    auto=True,
    date="Tue",
    place="Poonch",
    killed=1,
    **ip,
)

AA = "armenia-azerbaijan"
am = dict(reporting="Armenia", accused="Azerbaijan")
az = dict(reporting="Azerbaijan", accused="Armenia")
P(
    "aa01",
    AA,
    "base",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    killed=None,
    wounded=None,
    **am,
)
P(
    "aa02",
    AA,
    "verb",
    "Azerbaijani forces pounded Armenian positions near Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa03",
    AA,
    "verb",
    "Azerbaijani forces fired mortar rounds at Armenian positions near Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa04",
    AA,
    "verb",
    "Azerbaijani units opened fire from small arms on Armenian positions near Jermuk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    **am,
)
P(
    "aa05",
    AA,
    "verb",
    "Azerbaijan violated the truce near Jermuk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    **am,
)
P(
    "aa06",
    AA,
    "verb",
    "Armenian positions near Jermuk came under artillery fire from Azerbaijan on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    **am,
)
P(
    "aa07",
    AA,
    "verb",
    "An Azerbaijani drone struck an Armenian military vehicle near Jermuk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    **am,
)
P(
    "aa08",
    AA,
    "verb",
    "Armenian positions near Sotk were hit by Azerbaijani artillery on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa09",
    AA,
    "verb",
    "Azerbaijani troops are shelling Armenian positions near Sotk, Armenia's defence ministry said on Tuesday.",
    date=["Tue", "today"],
    place="Sotk",
    **am,
)
P(
    "aa10",
    AA,
    "verb",
    "Azerbaijan launched a rocket barrage on Jermuk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    **am,
)
P(
    "aa11",
    AA,
    "verb",
    "Armenian armed forces units subjected to fire the positions of the Azerbaijani army in the direction of Tovuz district on Tuesday, Azerbaijan's defence ministry said.",
    date="Tue",
    place="Tovuz",
    **az,
)
P(
    "aa12",
    AA,
    "verb",
    "Armenian troops used grenade launchers against Azerbaijani positions in Kalbajar on Tuesday, Azerbaijan's defence ministry said.",
    date="Tue",
    place="Kalbajar",
    **az,
)
P(
    "aa13",
    AA,
    "verb",
    "Armenian troops fired sniper rifles at Azerbaijani positions in Tovuz on Tuesday, Azerbaijan's defence ministry said.",
    date="Tue",
    place="Tovuz",
    **az,
)
P(
    "aa14",
    AA,
    "verb",
    "Armenia committed a provocation against Azerbaijani positions in Lachin on Tuesday, Azerbaijan's defence ministry said.",
    date="Tue",
    place="Lachin",
    **az,
)
# speaker
P(
    "aa15",
    AA,
    "speaker",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, according to the Armenian defence ministry.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa16",
    AA,
    "speaker",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, the Armenian defence ministry said in a statement.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa17",
    AA,
    "speaker",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, ministry spokeswoman Aram Torosyan told reporters.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa18",
    AA,
    "speaker",
    "In a statement, Armenia's defence ministry said Azerbaijani forces shelled Armenian positions near Sotk on Tuesday.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa19",
    AA,
    "speaker",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday. This was stated by the press service of the Armenian defence ministry.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa20",
    AA,
    "speaker",
    "Armenian troops fired on Azerbaijani positions in Tovuz on Tuesday, Azerbaijan's defence ministry press service reported.",
    date="Tue",
    place="Tovuz",
    **az,
)
P(
    "aa21",
    AA,
    "speaker",
    "Armenian troops fired on Azerbaijani positions in Tovuz on Tuesday, the defence ministry in Baku said.",
    date="Tue",
    place="Tovuz",
    **az,
)
P(
    "aa22",
    AA,
    "speaker",
    "Armenian troops fired on Azerbaijani positions in Tovuz on Tuesday, the ministry was quoted by APA as saying.",
    date="Tue",
    place="Tovuz",
    **az,
)
P(
    "aa23",
    AA,
    "speaker",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, Yerevan said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa24",
    AA,
    "speaker",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, Armenian Prime Minister Nikol Pashinyan told parliament.",
    date="Tue",
    place="Sotk",
    **am,
)
# place
P(
    "aa25",
    AA,
    "place",
    "Azerbaijani forces shelled the village of Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "aa26",
    AA,
    "place",
    "Azerbaijani forces shelled Armenian positions in the Tavush province on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Tavush",
    **am,
)
P(
    "aa27",
    AA,
    "place",
    "Azerbaijani forces shelled the villages of Sotk, Kut and Norabak on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place=["Sotk", "Kut", "Norabak"],
    n=[1, 3],
    **am,
)
P(
    "aa28",
    AA,
    "place",
    "Azerbaijani forces shelled Armenian positions in the Jermuk and Vardenis areas on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place=["Jermuk", "Vardenis"],
    n=[1, 2],
    **am,
)
P(
    "aa29",
    AA,
    "place",
    "Azerbaijani forces shelled the outskirts of Berd on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Berd",
    **am,
)
P(
    "aa30",
    AA,
    "place",
    "Azerbaijani forces shelled the Tavush region's Berd town on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Berd",
    **am,
)
P(
    "aa31",
    AA,
    "place",
    "Azerbaijani forces opened fire on Tuesday, targeting the village of Chinari, Armenia's defence ministry said.",
    date="Tue",
    place="Chinari",
    **am,
)
P(
    "aa32",
    AA,
    "place",
    "Armenian forces fired from positions near Berd on the village of Agdam in Tovuz district on Tuesday, Azerbaijan's defence ministry said.",
    date="Tue",
    place="Agdam",
    **az,
)
P(
    "aa33",
    AA,
    "place",
    "Azerbaijani forces shelled Armenian positions in the eastern direction of the border on Tuesday, near the town of Vardenis, Armenia's defence ministry said.",
    date="Tue",
    place="Vardenis",
    **am,
)
# date
P(
    "aa34",
    AA,
    "date",
    "Azerbaijani forces shelled Armenian positions near Sotk late on Monday, Armenia's defence ministry said.",
    date="Mon",
    place="Sotk",
    **am,
)
P(
    "aa35",
    AA,
    "date",
    "Azerbaijani forces shelled Armenian positions near Sotk overnight, Armenia's defence ministry said.",
    date=["Tue", "today"],
    place="Sotk",
    **am,
)
P(
    "aa36",
    AA,
    "date",
    "Azerbaijani forces shelled Armenian positions near Sotk on the night of 12 to 13 September, Armenia's defence ministry said.",
    date=["09-12", "09-13"],
    place="Sotk",
    **am,
)
P(
    "aa37",
    AA,
    "date",
    "YEREVAN, Sept 13 (Reuters) - Azerbaijani forces shelled Armenian positions near Sotk, Armenia's defence ministry said.",
    date="09-13",
    place="Sotk",
    **am,
)
P(
    "aa38",
    AA,
    "date",
    "Azerbaijani forces shelled Armenian positions near Sotk at around 00:05 on September 13, Armenia's defence ministry said.",
    date="09-13",
    place="Sotk",
    **am,
)
P(
    "aa39",
    AA,
    "date",
    "From 18:30 to 20:00 on 13 September, Azerbaijani forces shelled Armenian positions near Sotk, Armenia's defence ministry said.",
    date="09-13",
    place="Sotk",
    **am,
)
P(
    "aa40",
    AA,
    "date",
    "Azerbaijani forces shelled Armenian positions near Sotk this morning, Armenia's defence ministry said.",
    date="today",
    place="Sotk",
    **am,
)
# casualties
P(
    "aa41",
    AA,
    "cas",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, killing two servicemen, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    killed=2,
    **am,
)
P(
    "aa42",
    AA,
    "cas",
    "A serviceman of the Azerbaijani army was killed when Armenian troops fired on positions in Kalbajar on Tuesday, Azerbaijan's defence ministry said.",
    date="Tue",
    place="Kalbajar",
    killed=1,
    **az,
)
P(
    "aa43",
    AA,
    "cas",
    "Private Aram Grigoryan, born in 2003, was fatally wounded by Azerbaijani sniper fire near Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    killed=1,
    **am,
)
P(
    "aa44",
    AA,
    "cas",
    "Two Armenian soldiers received gunshot wounds when Azerbaijani forces opened fire near Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    wounded=2,
    **am,
)
P(
    "aa45",
    AA,
    "cas",
    "Azerbaijani shelling near Jermuk on Tuesday left three soldiers dead and five wounded, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    killed=3,
    wounded=5,
    **am,
)
P(
    "aa46",
    AA,
    "cas",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, Armenia's defence ministry said, adding that one soldier was killed and another was seriously injured.",
    date="Tue",
    place="Sotk",
    killed=1,
    wounded=1,
    **am,
)
P(
    "aa47",
    AA,
    "auto",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, Armenia's defence ministry said.",
    auto=True,
    date="Tue",
    place="Sotk",
    **am,
)

IL = "israel-lebanon"
lb = dict(reporting="Lebanon", accused="Israel")
isr = dict(reporting="Israel", accused="Hezbollah")
P(
    "il01",
    IL,
    "base",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday, killing one person, Lebanon's health ministry said.",
    date="Tue",
    place="Aita al-Shaab",
    killed=1,
    wounded=None,
    **lb,
)
P(
    "il02",
    IL,
    "verb",
    "Israeli artillery pounded the outskirts of Khiam on Tuesday, Lebanon's state-run National News Agency reported.",
    date="Tue",
    place="Khiam",
    **lb,
)
P(
    "il03",
    IL,
    "verb",
    "Israeli forces fired machine guns at farmers near Kfar Kila on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Kfar Kila",
    **lb,
)
P(
    "il04",
    IL,
    "verb",
    "Israel violated the ceasefire on Tuesday by striking a house in Bint Jbeil, Lebanon's army said.",
    date="Tue",
    place="Bint Jbeil",
    **lb,
)
P(
    "il05",
    IL,
    "verb",
    "An Israeli warplane carried out an airstrike on a building in Naqoura on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Naqoura",
    **lb,
)
P(
    "il06",
    IL,
    "verb",
    "Israeli troops blew up several houses in Kfar Kila on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Kfar Kila",
    **lb,
)
P(
    "il07",
    IL,
    "verb",
    "Israeli jets bombed a valley near Nabatieh on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Nabatieh",
    **lb,
)
P(
    "il08",
    IL,
    "verb",
    "A house in Khiam was targeted by an Israeli drone on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Khiam",
    **lb,
)
P(
    "il09",
    IL,
    "verb",
    "Hezbollah fired rockets at Metula on Tuesday, the Israeli military said.",
    date="Tue",
    place="Metula",
    **isr,
)
P(
    "il10",
    IL,
    "verb",
    "Two rockets launched from Lebanon landed in an open area near Kiryat Shmona on Tuesday, the Israeli military said.",
    date="Tue",
    place="Kiryat Shmona",
    reporting="Israel",
    accused=["Hezbollah", "Lebanon"],
)
P(
    "il11",
    IL,
    "verb",
    "Sirens sounded in Metula on Tuesday after a rocket barrage from Lebanon, the Israeli military said.",
    date="Tue",
    place="Metula",
    reporting="Israel",
)
P(
    "il12",
    IL,
    "verb",
    "Hezbollah launched an explosive drone toward an Israeli army post near Shtula on Tuesday, the Israeli military said.",
    date="Tue",
    place="Shtula",
    **isr,
)
P(
    "il13",
    IL,
    "verb",
    "The Israeli military struck Hezbollah targets in the Bekaa valley on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Bekaa",
    **lb,
)
P(
    "il14",
    IL,
    "verb",
    "Israeli forces opened fire on residents trying to return to Aita al-Shaab on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
# speaker
P(
    "il15",
    IL,
    "speaker",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday, according to Lebanon's health ministry.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il16",
    IL,
    "speaker",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday, Lebanon's health ministry said in a statement.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il17",
    IL,
    "speaker",
    "In a statement, Lebanon's health ministry said an Israeli drone strike hit a car in Aita al-Shaab on Tuesday.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il18",
    IL,
    "speaker",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday, a security source told AFP.",
    date="Tue",
    place="Aita al-Shaab",
    accused="Israel",
)
P(
    "il19",
    IL,
    "speaker",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday, Lebanese President Joseph Aoun said.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il20",
    IL,
    "speaker",
    "Hezbollah fired rockets at Metula on Tuesday, IDF spokesman Avichay Adraee said on X.",
    date="Tue",
    place="Metula",
    **isr,
)
P(
    "il21",
    IL,
    "speaker",
    "Hezbollah fired rockets at Metula on Tuesday, Israeli Defence Minister Israel Katz told reporters.",
    date="Tue",
    place="Metula",
    **isr,
)
P(
    "il22",
    IL,
    "speaker",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday. This was reported by the Lebanese army.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il23",
    IL,
    "speaker",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday, Al-Manar television reported.",
    date="Tue",
    place="Aita al-Shaab",
    accused="Israel",
)
# place
P(
    "il24",
    IL,
    "place",
    "An Israeli drone strike hit a car on the road between Aita al-Shaab and Ramyeh on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place=["Aita al-Shaab", "Ramyeh"],
    **lb,
)
P(
    "il25",
    IL,
    "place",
    "An Israeli drone strike hit a car in the southern Lebanese town of Bint Jbeil on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Bint Jbeil",
    **lb,
)
P(
    "il26",
    IL,
    "place",
    "Israeli artillery shelled the towns of Khiam, Kfar Kila and Odaisseh on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place=["Khiam", "Kfar Kila", "Odaisseh"],
    n=[1, 2, 3],
    **lb,
)
P(
    "il27",
    IL,
    "place",
    "An Israeli drone strike hit a car on the outskirts of Naqoura on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Naqoura",
    **lb,
)
P(
    "il28",
    IL,
    "place",
    "An Israeli drone strike hit a motorcycle in Nabatieh district's Kfar Roummane on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Kfar Roummane",
    **lb,
)
P(
    "il29",
    IL,
    "place",
    "Hezbollah fired rockets from the Khiam area toward Metula on Tuesday, the Israeli military said.",
    date="Tue",
    place="Metula",
    **isr,
)
P(
    "il30",
    IL,
    "place",
    "An Israeli drone strike hit a car in south Lebanon on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place=["south Lebanon", "Lebanon", "South"],
    **lb,
)
# date
P(
    "il31",
    IL,
    "date",
    "An Israeli drone strike hit a car in Aita al-Shaab late on Monday, Lebanon's health ministry said.",
    date="Mon",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il32",
    IL,
    "date",
    "An Israeli drone strike hit a car in Aita al-Shaab overnight, Lebanon's health ministry said.",
    date=["Tue", "today"],
    place="Aita al-Shaab",
    **lb,
)
P(
    "il33",
    IL,
    "date",
    "BEIRUT, March 11 (Reuters) - An Israeli drone strike hit a car in Aita al-Shaab, Lebanon's health ministry said.",
    date="03-11",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il34",
    IL,
    "date",
    "An Israeli drone strike hit a car in Aita al-Shaab on 10 March, Lebanon's health ministry said.",
    date="03-10",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il35",
    IL,
    "date",
    "An Israeli drone strike hit a car in Aita al-Shaab at dawn on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il36",
    IL,
    "date",
    "An Israeli drone strike hit a car in Aita al-Shaab on Tuesday evening, Lebanon's health ministry said on Wednesday.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "il37",
    IL,
    "date",
    "An Israeli drone strike hit a car in Aita al-Shaab, Lebanon's health ministry said on Tuesday.",
    date=["Tue"],
    place="Aita al-Shaab",
    **lb,
)
# casualties
P(
    "il38",
    IL,
    "cas",
    "An Israeli drone strike on a car in Aita al-Shaab on Tuesday killed two people and wounded three others, Lebanon's health ministry said.",
    date="Tue",
    place="Aita al-Shaab",
    killed=2,
    wounded=3,
    **lb,
)
P(
    "il39",
    IL,
    "cas",
    "An Israeli drone strike on a car in Aita al-Shaab on Tuesday left one man dead, Lebanon's health ministry said.",
    date="Tue",
    place="Aita al-Shaab",
    killed=1,
    **lb,
)
P(
    "il40",
    IL,
    "cas",
    "An Israeli strike on a house in Khiam on Tuesday killed Ali Hassan, 34, a member of Hezbollah, Lebanon's National News Agency reported.",
    date="Tue",
    place="Khiam",
    killed=1,
    **lb,
)
P(
    "il41",
    IL,
    "cas",
    "An Israeli strike in Bint Jbeil on Tuesday resulted in the death of one citizen and the injury of two others, the health ministry's emergency operations centre said.",
    date="Tue",
    place="Bint Jbeil",
    killed=1,
    wounded=2,
    **lb,
)
P(
    "il42",
    IL,
    "cas",
    "A shepherd was lightly wounded by Israeli gunfire near Kfar Shouba on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Kfar Shouba",
    wounded=1,
    **lb,
)
P(
    "il43",
    IL,
    "cas",
    "An Israeli strike on a car in Aita al-Shaab on Tuesday killed a man, the health ministry said.",
    auto=True,
    date="Tue",
    place="Aita al-Shaab",
    killed=1,
    **lb,
)

TC = "thailand-cambodia"
th = dict(reporting="Thailand", accused="Cambodia")
kh = dict(reporting="Cambodia", accused="Thailand")
P(
    "tc01",
    TC,
    "base",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    killed=None,
    wounded=None,
    **th,
)
P(
    "tc02",
    TC,
    "verb",
    "Cambodian troops fired BM-21 rockets into Kantharalak district of Sisaket province on Tuesday, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    **th,
)
P(
    "tc03",
    TC,
    "verb",
    "Cambodian troops opened fire with small arms on a Thai patrol near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc04",
    TC,
    "verb",
    "Cambodia breached the ceasefire near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc05",
    TC,
    "verb",
    "Cambodian forces attacked Thai positions near Ta Muen Thom temple with rocket-propelled grenades on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc06",
    TC,
    "verb",
    "Thai positions near Ta Muen Thom temple were attacked by Cambodian troops on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc07",
    TC,
    "verb",
    "A Cambodian drone dropped grenades on Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc08",
    TC,
    "verb",
    "Cambodian troops pounded Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc09",
    TC,
    "verb",
    "Thai F-16 jets bombed Cambodian positions near Preah Vihear temple on Tuesday, Cambodia's defence ministry said.",
    date="Tue",
    place="Preah Vihear",
    **kh,
)
P(
    "tc10",
    TC,
    "verb",
    "Thai forces fired artillery into Oddar Meanchey province on Tuesday, Cambodia's defence ministry said.",
    date="Tue",
    place="Oddar Meanchey",
    **kh,
)
P(
    "tc11",
    TC,
    "verb",
    "Thai troops launched an assault on Cambodian positions at Ta Krabey temple on Tuesday, Cambodia's defence ministry said.",
    date="Tue",
    place="Ta Krabey",
    **kh,
)
P(
    "tc12",
    TC,
    "verb",
    "Clashes broke out between Thai and Cambodian troops near Ta Muen Thom temple on Tuesday, the Thai army said, accusing Cambodia of firing first.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc13",
    TC,
    "verb",
    "Cambodian troops have been firing heavy weapons at Thai positions near Ta Muen Thom temple since dawn on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
# speaker
P(
    "tc14",
    TC,
    "speaker",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, according to the Royal Thai Army.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc15",
    TC,
    "speaker",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, Thai army spokesman Maj Gen Winthai Suvaree told reporters.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc16",
    TC,
    "speaker",
    "In a statement, the Second Army Region said Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc17",
    TC,
    "speaker",
    "Thai forces fired artillery at Cambodian positions near Preah Vihear temple on Tuesday, defence ministry spokeswoman Maly Socheata said.",
    date="Tue",
    place="Preah Vihear",
    **kh,
)
P(
    "tc18",
    TC,
    "speaker",
    "Thai forces fired artillery at Cambodian positions near Preah Vihear temple on Tuesday, Phnom Penh said.",
    date="Tue",
    place="Preah Vihear",
    **kh,
)
P(
    "tc19",
    TC,
    "speaker",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, Bangkok said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc20",
    TC,
    "speaker",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday. This was stated by the Thai army's Second Army Region.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc21",
    TC,
    "speaker",
    "Thai forces fired artillery at Cambodian positions near Preah Vihear temple on Tuesday, Agence Kampuchea Presse reported, citing the defence ministry.",
    date="Tue",
    place="Preah Vihear",
    **kh,
)
P(
    "tc22",
    TC,
    "speaker",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, Thai Prime Minister Anutin Charnvirakul wrote on Facebook.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
# place
P(
    "tc23",
    TC,
    "place",
    "Cambodian troops shelled a village in Phanom Dong Rak district of Surin province on Tuesday, the Thai army said.",
    date="Tue",
    place=["Phanom Dong Rak", "Surin"],
    **th,
)
P(
    "tc24",
    TC,
    "place",
    "Cambodian rockets hit a petrol station in Kantharalak on Tuesday, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    **th,
)
P(
    "tc25",
    TC,
    "place",
    "Cambodian troops shelled Thai positions in the Ta Muen Thom and Ta Kwai temple areas on Tuesday, the Thai army said.",
    date="Tue",
    place=["Ta Muen Thom", "Ta Kwai"],
    n=[1, 2],
    **th,
)
P(
    "tc26",
    TC,
    "place",
    "Cambodian troops shelled the outskirts of Kap Choeng on Tuesday, the Thai army said.",
    date="Tue",
    place="Kap Choeng",
    **th,
)
P(
    "tc27",
    TC,
    "place",
    "Cambodian troops shelled Surin province's Ban Dan district on Tuesday, the Thai army said.",
    date="Tue",
    place=["Ban Dan", "Surin"],
    **th,
)
P(
    "tc28",
    TC,
    "place",
    "Cambodian troops fired from Oddar Meanchey at Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc29",
    TC,
    "place",
    "Cambodian troops shelled Thai positions along the border in Sisaket province on Tuesday, the Thai army said.",
    date="Tue",
    place="Sisaket",
    **th,
)
P(
    "tc30",
    TC,
    "place",
    "Cambodian troops shelled Thai positions at Chong Bok on Tuesday, the Thai army said.",
    date="Tue",
    place="Chong Bok",
    **th,
)
# date
P(
    "tc31",
    TC,
    "date",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple late on Monday, the Thai army said.",
    date="Mon",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc32",
    TC,
    "date",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple overnight, the Thai army said.",
    date=["Tue", "today"],
    place="Ta Muen Thom",
    **th,
)
P(
    "tc33",
    TC,
    "date",
    "BANGKOK, Aug 5 (Reuters) - Cambodian troops shelled Thai positions near Ta Muen Thom temple, the Thai army said.",
    date="08-05",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc34",
    TC,
    "date",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple at 5.30am on August 5, the Thai army said.",
    date="08-05",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc35",
    TC,
    "date",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple yesterday, the Thai army said.",
    date="yday",
    place="Ta Muen Thom",
    **th,
)
P(
    "tc36",
    TC,
    "date",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on the night of 4-5 August, the Thai army said.",
    date=["08-04", "08-05"],
    place="Ta Muen Thom",
    **th,
)
# casualties
P(
    "tc37",
    TC,
    "cas",
    "Cambodian rockets hit a petrol station in Kantharalak on Tuesday, killing eight civilians and wounding 14, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    killed=8,
    wounded=14,
    **th,
)
P(
    "tc38",
    TC,
    "cas",
    "A Thai soldier lost his leg after stepping on a landmine near Chong Bok on Tuesday, the Thai army said, blaming Cambodia.",
    date="Tue",
    place="Chong Bok",
    wounded=1,
    **th,
)
P(
    "tc39",
    TC,
    "cas",
    "Thai shelling of Oddar Meanchey province on Tuesday killed one civilian and wounded five, the Cambodian defence ministry said.",
    date="Tue",
    place="Oddar Meanchey",
    killed=1,
    wounded=5,
    **kh,
)
P(
    "tc40",
    TC,
    "cas",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said. Two soldiers were slightly injured.",
    date="Tue",
    place="Ta Muen Thom",
    wounded=2,
    **th,
)
P(
    "tc41",
    TC,
    "cas",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, leaving one soldier dead, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    killed=1,
    **th,
)
P(
    "tc42",
    TC,
    "auto",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said.",
    auto=True,
    date="Tue",
    place="Ta Muen Thom",
    **th,
)

RU = "russia-ukraine"
ua = dict(reporting="Ukraine", accused="Russia")
ru = dict(reporting="Russia", accused="Ukraine")
P(
    "ru01",
    RU,
    "base",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    killed=None,
    wounded=None,
    **ua,
)
P(
    "ru02",
    RU,
    "verb",
    "Russian-backed separatists pounded Ukrainian positions near Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru03",
    RU,
    "verb",
    "Russian-backed separatists fired 120mm mortars at Ukrainian positions near Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru04",
    RU,
    "verb",
    "Russia's armed formations violated the ceasefire four times on Tuesday, firing grenade launchers near Marinka, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Marinka",
    **ua,
)
P(
    "ru05",
    RU,
    "verb",
    "Enemy snipers fired at Ukrainian positions near Zolote on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Zolote",
    **ua,
)
P(
    "ru06",
    RU,
    "verb",
    "The occupiers used an unmanned aerial vehicle to drop a VOG-17 grenade on Ukrainian positions near Shyrokyne on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Shyrokyne",
    **ua,
)
P(
    "ru07",
    RU,
    "verb",
    "Ukrainian positions near Avdiivka were shelled by Russian-backed separatists on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru08",
    RU,
    "verb",
    "Ukrainian forces shelled Horlivka on Tuesday, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "ru09",
    RU,
    "verb",
    "Ukrainian armed forces fired 12 mortar rounds at Horlivka on Tuesday, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "ru10",
    RU,
    "verb",
    "Kyiv's forces opened fire on the outskirts of Horlivka on Tuesday, the people's militia of the DPR said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "ru11",
    RU,
    "verb",
    "Russian-backed separatists attacked Ukrainian positions near Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru12",
    RU,
    "verb",
    "The armed formations of the Russian Federation carried out four attacks on Ukrainian positions on Tuesday, near Marinka and Avdiivka, the Joint Forces Operation press centre said.",
    date="Tue",
    place=["Marinka", "Avdiivka"],
    n=[1, 2],
    **ua,
)
P(
    "ru13",
    RU,
    "verb",
    "Russian-backed separatists launched a barrage of Grad rockets at Shyrokyne on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Shyrokyne",
    **ua,
)
P(
    "ru14",
    RU,
    "verb",
    "There was an exchange of fire between the sides near Zolote on Tuesday, the OSCE monitoring mission said.",
    date="Tue",
    place="Zolote",
    reporting="third party",
)
# speaker
P(
    "ru15",
    RU,
    "speaker",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, according to the Joint Forces Operation press centre.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru16",
    RU,
    "speaker",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, the Joint Forces Operation press centre reported on Facebook.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru17",
    RU,
    "speaker",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, the Ukrainian military's press service reported.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru18",
    RU,
    "speaker",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, Ukraine's General Staff said in its morning update.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru19",
    RU,
    "speaker",
    "Ukrainian forces shelled Horlivka on Tuesday, DPR militia spokesman Eduard Basurin told reporters.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "ru20",
    RU,
    "speaker",
    "Ukrainian forces shelled Horlivka on Tuesday, the DAN news agency reported, citing the DPR's representation in the JCCC.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "ru21",
    RU,
    "speaker",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday. This was reported by the press centre of the Joint Forces Operation.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "ru22",
    RU,
    "speaker",
    "Ukrainian forces shelled Horlivka on Tuesday, Donetsk separatist authorities were quoted by Russia's TASS news agency as saying.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "ru23",
    RU,
    "speaker",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, Ukraine's Defence Minister Andriy Taran said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
# place
P(
    "ru24",
    RU,
    "place",
    "Russian-backed separatists shelled Ukrainian positions near the village of Pivdenne on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Pivdenne",
    **ua,
)
P(
    "ru25",
    RU,
    "place",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka, Marinka and Shyrokyne on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place=["Avdiivka", "Marinka", "Shyrokyne"],
    n=[1, 2, 3],
    **ua,
)
P(
    "ru26",
    RU,
    "place",
    "Russian-backed separatists shelled Ukrainian positions in the Donetsk sector on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Donetsk",
    **ua,
)
P(
    "ru27",
    RU,
    "place",
    "Russian-backed separatists shelled Ukrainian positions in the Luhansk region's Popasna district on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Popasna",
    **ua,
)
P(
    "ru28",
    RU,
    "place",
    "Ukrainian forces shelled the outskirts of Horlivka on Tuesday, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "ru29",
    RU,
    "place",
    "Ukrainian forces fired from Avdiivka at the Kyivskyi district of Donetsk on Tuesday, the DPR's representation in the JCCC said.",
    date="Tue",
    place=["Donetsk", "Kyivskyi"],
    **ru,
)
P(
    "ru30",
    RU,
    "place",
    "Russian-backed separatists shelled Ukrainian positions in the area of Zolote-4 on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Zolote",
    **ua,
)
# date
P(
    "ru31",
    RU,
    "date",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka over the past day, the Joint Forces Operation press centre said.",
    date=["Tue", "today"],
    place="Avdiivka",
    **ua,
)
P(
    "ru32",
    RU,
    "date",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka late on Monday, the Joint Forces Operation press centre said.",
    date="Mon",
    place="Avdiivka",
    **ua,
)
P(
    "ru33",
    RU,
    "date",
    "KYIV, May 11 (Reuters) - Russian-backed separatists shelled Ukrainian positions near Avdiivka, the Joint Forces Operation press centre said.",
    date="05-11",
    place="Avdiivka",
    **ua,
)
P(
    "ru34",
    RU,
    "date",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on May 11, the Joint Forces Operation press centre said.",
    date="05-11",
    place="Avdiivka",
    **ua,
)
P(
    "ru35",
    RU,
    "date",
    "On May 11, from 00:00 to 24:00, Russian-backed separatists shelled Ukrainian positions near Avdiivka, the Joint Forces Operation press centre said.",
    date="05-11",
    place="Avdiivka",
    **ua,
)
P(
    "ru36",
    RU,
    "date",
    "Since the beginning of the day, Russian-backed separatists have shelled Ukrainian positions near Avdiivka, the Joint Forces Operation press centre said.",
    date="today",
    place="Avdiivka",
    **ua,
)
P(
    "ru37",
    RU,
    "date",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on the night of 10 to 11 May, the Joint Forces Operation press centre said.",
    date=["05-10", "05-11"],
    place="Avdiivka",
    **ua,
)
# casualties
P(
    "ru38",
    RU,
    "cas",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, killing one Ukrainian serviceman and wounding two, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    killed=1,
    wounded=2,
    **ua,
)
P(
    "ru39",
    RU,
    "cas",
    "One Ukrainian soldier was killed and another wounded when separatists shelled positions near Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    killed=1,
    wounded=1,
    **ua,
)
P(
    "ru40",
    RU,
    "cas",
    "Ukrainian forces shelled Horlivka on Tuesday, injuring a 62-year-old woman, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    wounded=1,
    **ru,
)
P(
    "ru41",
    RU,
    "cas",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday. As a result, one Ukrainian serviceman received a shrapnel wound, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    wounded=1,
    **ua,
)
P(
    "ru42",
    RU,
    "cas",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, the Joint Forces Operation press centre said. One soldier was killed in action.",
    date="Tue",
    place="Avdiivka",
    killed=1,
    **ua,
)
P(
    "ru43",
    RU,
    "auto",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, killing a soldier, the Joint Forces Operation press centre said.",
    auto=True,
    date="Tue",
    place="Avdiivka",
    killed=1,
    **ua,
)

# ---------------- round 2: further ordinary variations ----------------
# fire vocabulary
P(
    "v01",
    IP,
    "verb2",
    "Pakistani troops bombarded villages in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "v02",
    IP,
    "verb2",
    "Pakistani troops rained mortar shells on villages in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "v03",
    IP,
    "verb2",
    "Pakistani troops attacked Indian posts in Poonch with heavy machine guns on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "v04",
    IP,
    "verb2",
    "Indian and Pakistani troops exchanged fire in Poonch on Tuesday, an Indian army spokesman said, accusing Pakistan of starting it.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "v05",
    IP,
    "verb2",
    "Cross-border firing by Pakistani troops in Poonch on Tuesday damaged several houses, officials said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "v06",
    IP,
    "verb2",
    "A Pakistani mortar shell exploded near a school in Poonch on Tuesday, officials said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "v07",
    RU,
    "verb2",
    "Russian-backed separatists hit Ukrainian positions near Avdiivka with 82mm mortars on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "v08",
    RU,
    "verb2",
    "Russian-backed separatists blasted Ukrainian positions near Avdiivka with heavy artillery on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "v09",
    RU,
    "verb2",
    "Russian-backed separatists used anti-tank missiles against a Ukrainian position near Marinka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Marinka",
    **ua,
)
P(
    "v10",
    AA,
    "verb2",
    "Azerbaijani forces launched a mortar attack on Armenian positions near Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "v11",
    AA,
    "verb2",
    "Azerbaijani forces carried out artillery strikes on Jermuk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    **am,
)
P(
    "v12",
    AA,
    "verb2",
    "A skirmish broke out near Sotk on Tuesday after Azerbaijani troops fired on an Armenian post, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "v13",
    IL,
    "verb2",
    "An Israeli missile slammed into a house in Khiam on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Khiam",
    **lb,
)
P(
    "v14",
    IL,
    "verb2",
    "Israeli helicopters raked the outskirts of Khiam with machine-gun fire on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Khiam",
    **lb,
)
P(
    "v15",
    IL,
    "verb2",
    "Israeli bulldozers demolished homes in Kfar Kila on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Kfar Kila",
    **lb,
)
P(
    "v16",
    TC,
    "verb2",
    "Cambodian troops unleashed a barrage of artillery at Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "v17",
    TC,
    "verb2",
    "Cambodian forces bombarded Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "v18",
    TC,
    "verb2",
    "Gunfire erupted near Ta Muen Thom temple on Tuesday after Cambodian troops fired on a Thai patrol, the Thai army said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
# speakers: pronoun and body without nation, speaker in later sentence
P(
    "s01",
    IP,
    "speaker2",
    "The Indian army said on Tuesday that Pakistan had shelled forward posts in Poonch. It said the army retaliated effectively.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "s02",
    IP,
    "speaker2",
    '"Pakistani troops shelled forward posts in Poonch on Tuesday," Lt Col Devender Anand, the army\'s Jammu-based spokesman, said.',
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "s03",
    IP,
    "speaker2",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, the army said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "s04",
    IP,
    "speaker2",
    "Indian troops fired on villages in Kotli on Tuesday, the military's media wing said.",
    date="Tue",
    place="Kotli",
    **pk,
)
P(
    "s05",
    AA,
    "speaker2",
    "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, the defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "s06",
    AA,
    "speaker2",
    "The Armenian defence ministry reported on Tuesday that Azerbaijani forces had shelled positions near Sotk.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "s07",
    AA,
    "speaker2",
    "Azerbaijan's defence ministry accused Armenian forces of firing on its positions in Tovuz on Tuesday.",
    date="Tue",
    place="Tovuz",
    **az,
)
P("s08", AA, "speaker2", "Armenia accused Azerbaijan of shelling Jermuk on Tuesday.", date="Tue", place="Jermuk", **am)
P(
    "s09",
    IL,
    "speaker2",
    "Lebanon accused Israel of striking a house in Khiam on Tuesday.",
    date="Tue",
    place="Khiam",
    **lb,
)
P(
    "s10",
    IL,
    "speaker2",
    "The Israeli military said it intercepted a rocket fired from Lebanon toward Metula on Tuesday.",
    date="Tue",
    place="Metula",
    reporting="Israel",
    accused=["Hezbollah", "Lebanon"],
)
P(
    "s11",
    TC,
    "speaker2",
    "Thailand accused Cambodia of firing rockets into Sisaket province on Tuesday.",
    date="Tue",
    place="Sisaket",
    **th,
)
P(
    "s12",
    TC,
    "speaker2",
    "Cambodia's defence ministry accused Thai forces of shelling Preah Vihear province on Tuesday.",
    date="Tue",
    place="Preah Vihear",
    **kh,
)
P(
    "s13",
    RU,
    "speaker2",
    "Ukraine's military accused Russian-backed separatists of shelling positions near Avdiivka on Tuesday.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "s14",
    RU,
    "speaker2",
    "Ukrainian forces shelled Horlivka on Tuesday, the separatists said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "s15",
    RU,
    "speaker2",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, the military said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "s16",
    RU,
    "speaker2",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, Ukrinform reported, citing the JFO press centre.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
# places
P(
    "p01",
    IP,
    "place2",
    "Pakistani troops shelled forward posts in Poonch's Mendhar sector on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Mendhar",
    **ip,
)
P(
    "p02",
    IP,
    "place2",
    "Pakistani troops shelled Balakote, a border village in Poonch district, on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Balakote",
    **ip,
)
P(
    "p03",
    IP,
    "place2",
    "Pakistani troops shelled forward posts at Krishna Ghati on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Krishna Ghati",
    **ip,
)
P(
    "p04",
    IP,
    "place2",
    "Pakistani troops shelled the border village of Degwar on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Degwar",
    **ip,
)
P(
    "p05",
    IP,
    "place2",
    "Pakistani troops shelled forward posts in Keran sector of Kupwara district on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Keran",
    **ip,
)
P(
    "p06",
    IL,
    "place2",
    "An Israeli drone strike hit a car in southern Lebanon's Aita al-Shaab on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Aita al-Shaab",
    **lb,
)
P(
    "p07",
    IL,
    "place2",
    "An Israeli drone strike hit a car in Houla, a border village, on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Houla",
    **lb,
)
P(
    "p08",
    IL,
    "place2",
    "An Israeli drone strike hit a car at the entrance to Nabatieh on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Nabatieh",
    **lb,
)
P(
    "p09",
    IL,
    "place2",
    "An Israeli drone strike hit a car between the towns of Yohmor and Arnoun on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place=["Yohmor", "Arnoun"],
    **lb,
)
P(
    "p10",
    AA,
    "place2",
    "Azerbaijani forces shelled Armenian positions in the direction of Verin Shorzha on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Shorzha",
    **am,
)
P(
    "p11",
    AA,
    "place2",
    "Azerbaijani forces shelled Armenian positions located in the eastern part of Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "p12",
    RU,
    "place2",
    "Russian-backed separatists shelled Ukrainian positions 3 km north of Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    **ua,
)
P(
    "p13",
    RU,
    "place2",
    "Russian-backed separatists shelled Ukrainian positions in the Mariupol direction on Tuesday, near Shyrokyne, the Joint Forces Operation press centre said.",
    date="Tue",
    place=["Shyrokyne", "Mariupol"],
    **ua,
)
P(
    "p14",
    TC,
    "place2",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple in Phanom Dong Rak district on Tuesday, the Thai army said.",
    date="Tue",
    place=["Ta Muen Thom", "Phanom Dong Rak"],
    **th,
)
P(
    "p15",
    TC,
    "place2",
    "Cambodian rockets landed in Ban Phlu village, Kantharalak district, Sisaket province on Tuesday, the Thai army said.",
    date="Tue",
    place=["Ban Phlu", "Kantharalak"],
    **th,
)
# dates
P(
    "d01",
    IP,
    "date2",
    "Pakistani troops shelled forward posts in Poonch last night, an Indian army spokesman said.",
    date=["Tue", "today"],
    place="Poonch",
    **ip,
)
P(
    "d02",
    IP,
    "date2",
    "Pakistani troops shelled forward posts in Poonch at around 10.30 pm on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "d03",
    IP,
    "date2",
    "Pakistani troops shelled forward posts in Poonch on Tuesday morning, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "d04",
    IP,
    "date2",
    "Pakistani troops shelled forward posts in Poonch in the early hours of Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "d05",
    IL,
    "date2",
    "An Israeli drone strike hit a car in Aita al-Shaab on the afternoon of March 10, Lebanon's health ministry said.",
    date="03-10",
    place="Aita al-Shaab",
    **lb,
)
P(
    "d06",
    RU,
    "date2",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday, May 11, the Joint Forces Operation press centre said.",
    date="05-11",
    place="Avdiivka",
    **ua,
)
P(
    "d07",
    RU,
    "date2",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on 11.05.2021, the Joint Forces Operation press centre said.",
    date="05-11",
    place="Avdiivka",
    **ua,
)
P(
    "d08",
    AA,
    "date2",
    "On September 13, at about 00:05, Azerbaijani forces launched intensive shelling of Armenian positions near Jermuk, Armenia's defence ministry said.",
    date="09-13",
    place="Jermuk",
    **am,
)
P(
    "d09",
    TC,
    "date2",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple shortly after midnight, the Thai army said on Tuesday.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "d10",
    TC,
    "date2",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple earlier this week, the Thai army said.",
    date=["Mon", "Tue", None],
    place="Ta Muen Thom",
    **th,
)
# casualties
P(
    "c01",
    IP,
    "cas2",
    "Two civilians lost their lives and four others were injured in Pakistani shelling in Poonch on Tuesday, officials said.",
    date="Tue",
    place="Poonch",
    killed=2,
    wounded=4,
    **ip,
)
P(
    "c02",
    IP,
    "cas2",
    "A soldier injured in Pakistani firing in Uri on Tuesday later succumbed to his injuries, officials said.",
    date="Tue",
    place="Uri",
    killed=1,
    **ip,
)
P(
    "c03",
    IP,
    "cas2",
    "Pakistani shelling in Poonch on Tuesday claimed the lives of two civilians, officials said.",
    date="Tue",
    place="Poonch",
    killed=2,
    **ip,
)
P(
    "c04",
    IP,
    "cas2",
    "Two porters were critically hurt when Pakistani troops fired on a post in Uri on Tuesday, officials said.",
    date="Tue",
    place="Uri",
    wounded=2,
    **ip,
)
P(
    "c05",
    IP,
    "cas2",
    "Pakistani shelling in Poonch on Tuesday killed 11 people, including three children, officials said.",
    date="Tue",
    place="Poonch",
    killed=11,
    **ip,
)
P(
    "c06",
    RU,
    "cas2",
    "Russian-backed separatists shelled Ukrainian positions near Avdiivka on Tuesday. Two Ukrainian servicemen were wounded, one of them seriously.",
    date="Tue",
    place="Avdiivka",
    wounded=2,
    accused="Russia",
)
P(
    "c07",
    RU,
    "cas2",
    "Ukrainian shelling of Horlivka on Tuesday damaged three houses and injured a man born in 1958, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    wounded=1,
    **ru,
)
P(
    "c08",
    AA,
    "cas2",
    "Azerbaijani shelling of Jermuk on Tuesday killed 49 Armenian servicemen, Prime Minister Nikol Pashinyan said.",
    date="Tue",
    place="Jermuk",
    killed=49,
    **am,
)
P(
    "c09",
    IL,
    "cas2",
    "An Israeli drone strike on a car in Aita al-Shaab on Tuesday killed a father and his two sons, Lebanon's health ministry said.",
    date="Tue",
    place="Aita al-Shaab",
    killed=3,
    **lb,
)
P(
    "c10",
    IL,
    "cas2",
    "Israeli strikes on south Lebanon on Tuesday killed at least five people, including a child, Lebanon's health ministry said.",
    date="Tue",
    killed=5,
    **lb,
)
P(
    "c11",
    TC,
    "cas2",
    "The death toll from Cambodian rocket fire on Kantharalak on Tuesday rose to 12, the Thai health ministry said.",
    date="Tue",
    place="Kantharalak",
    killed=12,
    **th,
)
P(
    "c12",
    TC,
    "cas2",
    "Cambodian rockets hit a hospital in Phanom Dong Rak on Tuesday, the Thai army said. No casualties were reported.",
    date="Tue",
    place="Phanom Dong Rak",
    killed=None,
    wounded=None,
    **th,
)

# ---------------- round 3: confirm suspected kinds on other conflicts ----------------
# fire verbs
P(
    "x01",
    IP,
    "verb3",
    "Pakistani troops hammered Indian posts in Uri with mortars on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    **ip,
)
P(
    "x02",
    IP,
    "verb3",
    "Pakistani troops hit forward posts in Uri with 120mm mortars on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    **ip,
)
P(
    "x03",
    AA,
    "verb3",
    "Azerbaijani forces peppered Armenian positions near Sotk with heavy machine-gun fire on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "x04",
    AA,
    "verb3",
    "Azerbaijani forces blasted Armenian positions near Sotk with artillery on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    **am,
)
P(
    "x05",
    IL,
    "verb3",
    "Israeli forces pounded Aitaroun with artillery on Tuesday, Lebanon's National News Agency reported.",
    date="Tue",
    place="Aitaroun",
    **lb,
)
P(
    "x06",
    IL,
    "verb3",
    "A rocket barrage from Lebanon hit Kiryat Shmona on Tuesday, the Israeli military said.",
    date="Tue",
    place="Kiryat Shmona",
    reporting="Israel",
    accused=["Hezbollah", "Lebanon"],
)
P(
    "x07",
    TC,
    "verb3",
    "Thai forces launched a barrage of artillery on Cambodian positions near Preah Vihear temple on Tuesday, Cambodia's defence ministry said.",
    date="Tue",
    place="Preah Vihear",
    **kh,
)
P(
    "x08",
    TC,
    "verb3",
    "A Cambodian rocket slammed into a 7-Eleven store in Kantharalak on Tuesday, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    **th,
)
P(
    "x09",
    RU,
    "verb3",
    "Russian-backed separatists mortared Ukrainian positions near Marinka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Marinka",
    **ua,
)
P(
    "x10",
    RU,
    "verb3",
    "Ukrainian troops blew up a bridge near Horlivka on Tuesday, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "x11",
    RU,
    "verb3",
    "A Ukrainian shell slammed into a house in Horlivka on Tuesday, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "x12",
    IP,
    "verb3",
    "Pakistani troops unleashed a barrage of mortar fire on Indian posts in Uri on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Uri",
    **ip,
)
# perfect tense with since
P(
    "x13",
    IP,
    "date3",
    "Since Tuesday morning, Pakistani troops have shelled forward posts in Poonch, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "x14",
    RU,
    "date3",
    "Since midnight, Russian-backed separatists have shelled Ukrainian positions near Avdiivka three times, the Joint Forces Operation press centre said.",
    date="today",
    place="Avdiivka",
    **ua,
)
P(
    "x15",
    RU,
    "date3",
    "Russian-backed separatists have shelled Ukrainian positions near Avdiivka, the Joint Forces Operation press centre said.",
    date=["today", "yday"],
    place="Avdiivka",
    **ua,
)
P(
    "x16",
    AA,
    "date3",
    "Since the morning, Azerbaijani forces have been shelling Armenian positions near Sotk, Armenia's defence ministry said.",
    date="today",
    place="Sotk",
    **am,
)
# officials named with title only (no nation)
P(
    "x17",
    IP,
    "speaker3",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, Defence Minister Rajnath Singh said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "x18",
    IP,
    "speaker3",
    "Indian troops fired on villages in Kotli on Tuesday, Major General Babar Iftikhar told a news conference.",
    date="Tue",
    place="Kotli",
    **pk,
)
P(
    "x19",
    TC,
    "speaker3",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, Maj Gen Winthai Suvaree said.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "x20",
    TC,
    "speaker3",
    "Thai forces fired artillery at Cambodian positions near Preah Vihear temple on Tuesday, Prime Minister Hun Manet said.",
    date="Tue",
    place="Preah Vihear",
    **kh,
)
P(
    "x21",
    RU,
    "speaker3",
    "Ukrainian forces shelled Horlivka on Tuesday, Eduard Basurin said.",
    date="Tue",
    place="Horlivka",
    **ru,
)
P(
    "x22",
    IL,
    "speaker3",
    "Hezbollah fired rockets at Metula on Tuesday, Prime Minister Benjamin Netanyahu said.",
    date="Tue",
    place="Metula",
    **isr,
)
P(
    "x23",
    AA,
    "speaker3",
    "Armenian troops fired on Azerbaijani positions in Tovuz on Tuesday, ministry spokesman Vagif Dargahli said.",
    date="Tue",
    place="Tovuz",
    **az,
)
# quoted by an agency
P(
    "x24",
    IP,
    "speaker3",
    "Pakistani troops shelled forward posts in Poonch on Tuesday, a defence spokesman was quoted by PTI as saying.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "x25",
    TC,
    "speaker3",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, the Thai army was quoted by the Bangkok Post as saying.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "x26",
    IL,
    "speaker3",
    "An Israeli drone strike hit a car in Bint Jbeil on Tuesday, the Lebanese army was quoted by NNA as saying.",
    date="Tue",
    place="Bint Jbeil",
    **lb,
)
# origin given with from
P(
    "x27",
    IP,
    "place3",
    "Pakistani troops fired mortars from Kotli at villages in Poonch on Tuesday, an Indian army spokesman said.",
    date="Tue",
    place="Poonch",
    **ip,
)
P(
    "x28",
    TC,
    "place3",
    "Cambodian troops fired rockets from Oddar Meanchey into Kantharalak on Tuesday, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    **th,
)
P(
    "x29",
    RU,
    "place3",
    "Russian-backed separatists fired from Horlivka at Ukrainian positions near Zolote on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Zolote",
    **ua,
)
P(
    "x30",
    IL,
    "place3",
    "Rockets fired from the area of Tyre landed near Nahariya on Tuesday, the Israeli military said.",
    date="Tue",
    place="Nahariya",
    reporting="Israel",
    accused=["Hezbollah", "Lebanon"],
)
# multiword Arabic names
P(
    "x31",
    IL,
    "place3",
    "An Israeli drone strike on a car in Kfar Kila on Tuesday killed one person, Lebanon's health ministry said.",
    date="Tue",
    place="Kfar Kila",
    killed=1,
    **lb,
)
P(
    "x32",
    IL,
    "place3",
    "An Israeli drone strike on a motorcycle in Deir Mimas on Tuesday killed one person, Lebanon's health ministry said.",
    date="Tue",
    place="Deir Mimas",
    killed=1,
    **lb,
)
P(
    "x33",
    IL,
    "place3",
    "An Israeli drone strike on a car in Wadi al-Hujeir on Tuesday killed one person, Lebanon's health ministry said.",
    date="Tue",
    place="Wadi al-Hujeir",
    killed=1,
    **lb,
)
P(
    "x34",
    IL,
    "place3",
    "An Israeli drone strike on a car in Mais al-Jabal on Tuesday killed one person, Lebanon's health ministry said.",
    date="Tue",
    place="Mais al-Jabal",
    killed=1,
    **lb,
)
P(
    "x35",
    IL,
    "place3",
    "An Israeli drone strike on a car in Ain Ebel on Tuesday killed one person, Lebanon's health ministry said.",
    date="Tue",
    place="Ain Ebel",
    killed=1,
    **lb,
)
P(
    "x36",
    IL,
    "place3",
    "An Israeli drone hit a car in Mais al-Jabal on Tuesday, killing one person, Lebanon's health ministry said.",
    date="Tue",
    place="Mais al-Jabal",
    killed=1,
    **lb,
)
# casualty idioms
P(
    "x37",
    RU,
    "cas3",
    "Separatist shelling near Avdiivka on Tuesday claimed the life of a Ukrainian serviceman, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    killed=1,
    **ua,
)
P(
    "x38",
    AA,
    "cas3",
    "A soldier wounded by Azerbaijani fire near Sotk on Tuesday died of his wounds in hospital, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    killed=1,
    **am,
)
P(
    "x39",
    TC,
    "cas3",
    "Three Thai soldiers and two civilians were killed and nine others were wounded when Cambodian rockets hit Kantharalak on Tuesday, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    killed=5,
    wounded=9,
    **th,
)
P(
    "x40",
    RU,
    "cas3",
    "One Ukrainian serviceman was killed and three others were injured when separatists shelled positions near Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    killed=1,
    wounded=3,
    **ua,
)
P(
    "x41",
    IL,
    "cas3",
    "Israeli shelling of Khiam on Tuesday killed a woman and her daughter, Lebanon's National News Agency reported.",
    date="Tue",
    place="Khiam",
    killed=2,
    **lb,
)
P(
    "x42",
    AA,
    "cas3",
    "The death toll from Tuesday's Azerbaijani shelling of Jermuk has risen to 15, Armenia's defence ministry said.",
    date="Tue",
    place="Jermuk",
    killed=15,
    **am,
)
P(
    "x43",
    IP,
    "cas3",
    "Indian shelling in Kotli on Tuesday resulted in the martyrdom of two civilians, the ISPR said.",
    date="Tue",
    place="Kotli",
    killed=2,
    **pk,
)
P(
    "x44",
    RU,
    "cas3",
    "Ukrainian forces shelled Horlivka on Tuesday, the DPR's representation in the JCCC said. As a result, a civilian was killed.",
    date="Tue",
    place="Horlivka",
    killed=1,
    **ru,
)
P(
    "x45",
    TC,
    "cas3",
    "Cambodian troops shelled Thai positions near Ta Muen Thom temple on Tuesday, the Thai army said. As a result, two soldiers were wounded.",
    date="Tue",
    place="Ta Muen Thom",
    wounded=2,
    **th,
)
# victim's affiliation vs speaker
P(
    "x46",
    IL,
    "speaker3",
    "An Israeli drone strike on a car in Bint Jbeil on Tuesday killed a Hezbollah commander, Lebanon's state news agency said.",
    date="Tue",
    place="Bint Jbeil",
    killed=1,
    **lb,
)
P(
    "x47",
    IL,
    "speaker3",
    "An Israeli drone strike on a car in Bint Jbeil on Tuesday killed a Hezbollah member, the Israeli military said.",
    date="Tue",
    place="Bint Jbeil",
    killed=1,
    reporting="Israel",
)
# protest / summons with a different day
P(
    "x48",
    TC,
    "date3",
    "Thailand lodged a protest with Cambodia on Wednesday over the shelling of Thai positions near Ta Muen Thom temple on Tuesday.",
    date="Tue",
    place="Ta Muen Thom",
    **th,
)
P(
    "x49",
    AA,
    "date3",
    "Armenia's foreign ministry on Wednesday condemned the Azerbaijani shelling of Jermuk on Tuesday.",
    date="Tue",
    place="Jermuk",
    **am,
)
P(
    "x50",
    IP,
    "date3",
    "India lodged a strong protest with Pakistan on Wednesday over Tuesday's shelling in Poonch.",
    date="Tue",
    place="Poonch",
    **ip,
)

# ---------------- round 4: 'N others' counts, named victims, kin nouns ----------------
P(
    "y01",
    RU,
    "cas4",
    "Two Ukrainian servicemen were killed and three others were wounded in separatist shelling near Avdiivka on Tuesday, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Avdiivka",
    killed=2,
    wounded=3,
    **ua,
)
P(
    "y02",
    AA,
    "cas4",
    "One Armenian soldier was killed and two others were injured by Azerbaijani fire near Sotk on Tuesday, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    killed=1,
    wounded=2,
    **am,
)
P(
    "y03",
    TC,
    "cas4",
    "Two civilians died and five others were hurt when Cambodian rockets hit Kantharalak on Tuesday, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    killed=2,
    wounded=5,
    **th,
)
P(
    "y04",
    IL,
    "cas4",
    "Two people were killed and four others were wounded in an Israeli strike on Bint Jbeil on Tuesday, Lebanon's health ministry said.",
    date="Tue",
    place="Bint Jbeil",
    killed=2,
    wounded=4,
    **lb,
)
P(
    "y05",
    IP,
    "cas4",
    "Three civilians were killed and five others injured in Pakistani shelling in Poonch on Tuesday, officials said.",
    date="Tue",
    place="Poonch",
    killed=3,
    wounded=5,
    **ip,
)
P(
    "y06",
    IP,
    "cas4",
    "Two civilians lost their lives in Pakistani shelling in Poonch on Tuesday, officials said.",
    date="Tue",
    place="Poonch",
    killed=2,
    **ip,
)
P(
    "y07",
    RU,
    "cas4",
    "Ukrainian shelling of Horlivka on Tuesday killed Ivan Petrenko, 54, and his wife Olga, 51, the DPR's representation in the JCCC said.",
    date="Tue",
    place="Horlivka",
    killed=2,
    **ru,
)
P(
    "y08",
    TC,
    "cas4",
    "Cambodian rocket fire on Kantharalak on Tuesday killed a man and his eight-year-old son, the Thai army said.",
    date="Tue",
    place="Kantharalak",
    killed=2,
    **th,
)
P(
    "y09",
    AA,
    "cas4",
    "Azerbaijani shelling of Sotk on Tuesday killed two soldiers, Arman Petrosyan and Davit Hakobyan, Armenia's defence ministry said.",
    date="Tue",
    place="Sotk",
    killed=2,
    **am,
)
P(
    "y10",
    IP,
    "cas4",
    "A woman was killed and her two children were injured when Pakistani shells hit their house in Poonch on Tuesday, officials said.",
    date="Tue",
    place="Poonch",
    killed=1,
    wounded=2,
    **ip,
)
# nominal strike subject with little-known places
P(
    "y11",
    RU,
    "place4",
    "Separatist shelling of Novoluhanske on Tuesday damaged a school, the Joint Forces Operation press centre said.",
    date="Tue",
    place="Novoluhanske",
    **ua,
)
P(
    "y12",
    TC,
    "place4",
    "A Cambodian rocket strike on Ban Nong Kong village on Tuesday wounded two civilians, the Thai army said.",
    date="Tue",
    place="Ban Nong Kong",
    wounded=2,
    **th,
)
P(
    "y13",
    AA,
    "place4",
    "Azerbaijani shelling of Verin Shorzha on Tuesday wounded two soldiers, Armenia's defence ministry said.",
    date="Tue",
    place="Shorzha",
    wounded=2,
    **am,
)
P(
    "y14",
    IP,
    "place4",
    "Pakistani shelling on Shahpur village on Tuesday wounded two civilians, officials said.",
    date="Tue",
    place="Shahpur",
    wounded=2,
    **ip,
)
P(
    "y15",
    IL,
    "place4",
    "An Israeli drone strike on a car in Tayr Harfa on Tuesday wounded two people, Lebanon's health ministry said.",
    date="Tue",
    place="Tayr Harfa",
    wounded=2,
    **lb,
)
