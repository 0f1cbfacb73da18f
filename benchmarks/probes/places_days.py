"""Place-and-day probes of the reader (round 47): villages with their districts, landmarks, lists, namesakes, datelines,
days of the month. All written for this project. bench_probes.py checks the date and the place name only."""

# Each probe: id, profile, published date, dim (the one thing varied), text, expected incidents.
# Expected: date (ISO or list of acceptable ISO), place (str or list of acceptable names; the name must appear in the
# reader's place), cc (acceptable countries when the reader resolves the place). Sides and counts are not checked here.
PROBES = []


def P(pid, prof, pub, dim, text, *inc, auto=False, n=None):
    PROBES.append(dict(id=pid, profile=prof, pub=pub, dim=dim, text=text, exp=list(inc), auto=auto, n=n))


def E(date, place, cc=None, near=None):
    d = dict(date=date, place=place)
    if cc:
        d["cc"] = cc
    if near:
        d["near"] = near
    return d


IP, AA, IL, TC, RU = "india-pakistan", "armenia-azerbaijan", "israel-lebanon", "thailand-cambodia", "russia-ukraine"

# ---------------- India-Pakistan: published Monday 2021-05-10 (Sun = 05-09, Sat = 05-08) ----------------
M = "2021-05-10"
IN = ["IN"]
PK = ["PK"]
INPK = ["IN", "PK"]
P(
    "ip01",
    IP,
    M,
    "X village of Y district",
    "Pakistani troops shelled Salotri village of Poonch district on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Salotri", IN),
)
P(
    "ip02",
    IP,
    M,
    "Y district's X",
    "Pakistani troops fired mortar bombs at Kupwara district's Tangdhar sector on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Tangdhar", IN),
)
P(
    "ip03",
    IP,
    M,
    "X in Y (unknown X)",
    "Pakistani troops opened fire on Indian posts at Degwar Terwan in Poonch on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Degwar", IN),
)
P(
    "ip04",
    IP,
    M,
    "the Y sector of X",
    "Pakistani troops violated the ceasefire in the Krishna Ghati sector of Poonch district on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Krishna Ghati", IN),
)
P(
    "ip05",
    IP,
    M,
    "X, Y district",
    "Two civilians were injured when Pakistani shells landed in Kerni, Poonch district, on Sunday, officials said.",
    E("2021-05-09", "Kerni", IN),
)
P(
    "ip06",
    IP,
    M,
    "X, a village near Y",
    "Pakistani troops targeted Kamalkote, a village near Uri, with mortars on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Kamalkote", IN),
)
P(
    "ip07",
    IP,
    M,
    "near the X crossing point in Y",
    "Pakistani troops fired at Indian posts near the Chakan-da-Bagh crossing point in Poonch on Sunday, an Indian army spokesman said.",
    E("2021-05-09", ["Chakan", "Poonch"], IN),
)
P(
    "ip08",
    IP,
    M,
    "the X post",
    "Pakistani troops fired at the Indian army's Bhimber Gali post on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Bhimber Gali", IN, near=(33.65, 74.2, 40)),
)
P(
    "ip09",
    IP,
    M,
    "from across the LoC towards Y",
    "Pakistani troops fired mortar shells from across the Line of Control towards Nowshera on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Nowshera", IN, near=(33.15, 74.23, 40)),
)
P(
    "ip10",
    IP,
    M,
    "from the X sector towards villages in Y",
    "Indian troops fired from the Uri sector towards villages in the Leepa valley on Sunday, the ISPR said.",
    E("2021-05-09", "Leepa", PK),
)
P(
    "ip11",
    IP,
    M,
    "region only: along the LoC in Y",
    "Pakistani troops violated the ceasefire along the LoC in Rajouri on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Rajouri", IN),
)
P(
    "ip12",
    IP,
    M,
    "X (Y district) in brackets",
    "Indian troops fired at civilians in Nakyal (Kotli district) on Sunday, the ISPR said.",
    E("2021-05-09", "Nakyal", PK),
)
P(
    "ip13",
    IP,
    M,
    "X -- a town in Y -- dashes",
    "Indian shelling hit Khuiratta \u2014 a town in Kotli district \u2014 on Sunday, killing a woman, the ISPR said.",
    E("2021-05-09", "Khuiratta", PK),
)
P(
    "ip14",
    IP,
    M,
    "list of 5 villages, commas and 'and'",
    "Pakistani troops shelled Mendhar, Balakote, Mankote, Krishna Ghati and Gambhir villages in Poonch on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Mendhar"),
    E("2021-05-09", "Balakote"),
    E("2021-05-09", "Mankote"),
    E("2021-05-09", "Krishna Ghati"),
    E("2021-05-09", "Gambhir"),
)
P(
    "ip15",
    IP,
    M,
    "list with 'as well as'",
    "Pakistani troops fired on Indian posts in Uri as well as in the Keran and Machil sectors on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Uri"),
    E("2021-05-09", "Keran"),
    E("2021-05-09", "Machil"),
)
P(
    "ip16",
    IP,
    M,
    "place in quote, speaker outside",
    '"Pakistani troops opened unprovoked fire in the Nowshera sector at about 10:30 pm on Sunday," said Lt Col Devender Anand, a defence spokesman in Jammu.',
    E("2021-05-09", "Nowshera", IN, near=(33.15, 74.23, 40)),
)
P(
    "ip17",
    IP,
    M,
    "the night of 8 to 9 May",
    "Pakistani troops shelled forward posts in Uri on the night of 8 to 9 May, an Indian army spokesman said.",
    E(["2021-05-08", "2021-05-09"], "Uri"),
)
P(
    "ip18",
    IP,
    M,
    "late Sunday",
    "Pakistani troops shelled villages in Mendhar late Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Mendhar"),
)
P(
    "ip19",
    IP,
    M,
    "early Monday (= published day)",
    "Pakistani troops fired at Indian posts in Keran early Monday, an Indian army spokesman said.",
    E("2021-05-10", "Keran"),
)
P(
    "ip20",
    IP,
    M,
    "in the early hours of Sunday",
    "Pakistani troops opened fire on posts in Uri in the early hours of Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Uri"),
)
P(
    "ip21",
    IP,
    M,
    "on the 8th",
    "Pakistani troops shelled villages in Kerni on the 8th, an Indian army spokesman said.",
    E("2021-05-08", "Kerni"),
)
P(
    "ip22",
    IP,
    M,
    "08.05.2021",
    "Pakistani troops shelled villages in Poonch on 08.05.2021, an Indian army spokesman said.",
    E("2021-05-08", "Poonch"),
)
P(
    "ip23",
    IP,
    M,
    "May 8th",
    "Pakistani troops fired mortars at posts in Nowshera on May 8th, an Indian army spokesman said.",
    E("2021-05-08", "Nowshera", IN, near=(33.15, 74.23, 40)),
)
P(
    "ip24",
    IP,
    M,
    "Saturday, May 8",
    "Pakistani troops fired mortars at posts in Nowshera on Saturday, May 8, an Indian army spokesman said.",
    E("2021-05-08", "Nowshera", IN, near=(33.15, 74.23, 40)),
)
P(
    "ip25",
    IP,
    M,
    "dateline (other day) + today",
    "SRINAGAR, May 9 (PTI) \u2014 Pakistani troops shelled forward posts in Uri today, an Indian army spokesman said.",
    E("2021-05-09", "Uri"),
)
P(
    "ip26",
    IP,
    M,
    "header date + this morning, published next day",
    "Sunday, May 9, 2021\n\nPakistani troops violated the ceasefire in the Keran sector this morning, an Indian army spokesman said.",
    E("2021-05-09", "Keran"),
)
P(
    "ip27",
    IP,
    M,
    "yesterday evening",
    "Pakistani troops shelled villages in Poonch yesterday evening, an Indian army spokesman said.",
    E("2021-05-09", "Poonch"),
)
P(
    "ip28",
    IP,
    M,
    "two days ago",
    "Pakistani troops shelled villages in Poonch two days ago, an Indian army spokesman said on Monday.",
    E("2021-05-08", "Poonch"),
)
P(
    "ip29",
    IP,
    M,
    "on Friday last week",
    "Pakistani troops shelled villages in Poonch on Friday last week, an Indian army spokesman said.",
    E("2021-05-07", "Poonch"),
)
P(
    "ip30",
    IP,
    M,
    "times only after a dated lead",
    "Pakistani troops violated the ceasefire twice on Sunday, an Indian army spokesman said. At 10:30 local time they fired mortars at posts in Uri, and at 15:00 they shelled villages in Keran.",
    E("2021-05-09", "Uri"),
    E("2021-05-09", "Keran"),
)
P(
    "ip31",
    IP,
    M,
    "second day in a later paragraph",
    "Pakistani troops shelled Nowshera on Sunday, an Indian army spokesman said.\n\nOn Saturday evening, Pakistani troops fired at posts in Sunderbani, the spokesman said.",
    E("2021-05-09", "Nowshera", IN, near=(33.15, 74.23, 40)),
    E("2021-05-08", "Sunderbani"),
)
P(
    "ip32",
    IP,
    M,
    "auto profile, sector of district + late Sunday",
    "Pakistani troops shelled villages in the Mendhar sector of Poonch district late Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Mendhar"),
    auto=True,
)
P(
    "ip33",
    IP,
    M,
    "Pakistani village with tehsil",
    "Indian troops fired on Dhudhnial village in Neelum valley on Sunday, killing a man, the ISPR said.",
    E("2021-05-09", "Dhudhnial", PK),
)
P(
    "ip34",
    IP,
    M,
    "Sialkot working boundary, X sector of Y",
    "Indian BSF fired at civilians in the Charwa sector of Sialkot on Sunday, the ISPR said.",
    E("2021-05-09", "Charwa", PK),
)

# ---------------- Armenia-Azerbaijan: published Wednesday 2022-09-14 (Tue = 09-13) ----------------
W = "2022-09-14"
AM = ["AM"]
AZ = ["AZ"]
P(
    "aa01",
    AA,
    W,
    "the village of X in Y district",
    "Armenian forces shelled the village of Aghdam in Tovuz district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Aghdam", "Agdam"], AZ, near=(40.95, 45.6, 40)),
)
P(
    "aa02",
    AA,
    W,
    "Y district's X village",
    "Armenian forces fired at Tovuz district's Dondar Gushchu village on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Dondar", "Gushchu"], AZ),
)
P(
    "aa03",
    AA,
    W,
    "X, Y province",
    "Azerbaijani forces fired at a house in Chinari, Tavush province, on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Chinari", AM),
)
P(
    "aa04",
    AA,
    W,
    "in the direction of X",
    "Azerbaijani forces opened fire on Armenian positions in the direction of Sotk on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Sotk", AM),
)
P(
    "aa05",
    AA,
    W,
    "height NNNN near X",
    "Azerbaijani units attacked an Armenian position on height 2035 near Jermuk on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Jermuk", AM),
)
P(
    "aa06",
    AA,
    W,
    "the post near X village of Y",
    "Armenian forces fired at an Azerbaijani post near Alibayli village of Tovuz district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", "Alibayli", AZ),
)
P(
    "aa07",
    AA,
    W,
    "from X region towards Y village",
    "Armenian forces fired from positions in the Berd region towards Agbulag village of Tovuz district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Agbulag", "Aghbulag"], AZ),
)
P(
    "aa08",
    AA,
    W,
    "region only: the Tavush region",
    "Azerbaijani forces fired at Armenian positions in the Tavush region on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Tavush", AM),
)
P(
    "aa09",
    AA,
    W,
    "region only: along the border in X province",
    "Azerbaijani forces shelled Armenian positions along the border in Gegharkunik province on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Gegharkunik", AM),
)
P(
    "aa10",
    AA,
    W,
    "X (Y province) in brackets",
    "Azerbaijani forces shelled Sotk (Gegharkunik province) on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Sotk", AM),
)
P(
    "aa11",
    AA,
    W,
    "transliteration Tovouz",
    "Armenian forces shelled villages in Tovouz district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Tovouz", "Tovuz"], AZ),
)
P(
    "aa12",
    AA,
    W,
    "Yukhari-prefixed village",
    "Armenian forces fired at Yukhari Askipara village of Gazakh district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", "Askipara", AZ),
)
P(
    "aa13",
    AA,
    W,
    "list of 4 villages of district",
    "Armenian forces shelled the villages of Aghdam, Dondar Gushchu, Vahidli and Alibayli of Tovuz district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Aghdam", "Agdam"], near=(40.95, 45.6, 40)),
    E("2022-09-13", "Dondar"),
    E("2022-09-13", "Vahidli"),
    E("2022-09-13", "Alibayli"),
)
P(
    "aa14",
    AA,
    W,
    "in the directions of A, B and C districts",
    "Armenian forces fired at Azerbaijani positions in the directions of Dashkasan, Kalbajar and Lachin districts on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Dashkasan", "Dashkesan"]),
    E("2022-09-13", "Kalbajar"),
    E("2022-09-13", "Lachin"),
)
P(
    "aa15",
    AA,
    W,
    "place in quote, speaker after",
    '"The enemy fired at our positions near Jermuk with artillery and mortars on Tuesday," said Aram Torosyan, spokesman for Armenia\'s defence ministry.',
    E("2022-09-13", "Jermuk", AM),
)
P(
    "aa16",
    AA,
    W,
    "the night of 12 to 13 September",
    "Azerbaijani forces shelled positions near Jermuk on the night of 12 to 13 September, Armenia's defence ministry said.",
    E(["2022-09-12", "2022-09-13"], "Jermuk"),
)
P(
    "aa17",
    AA,
    W,
    "late Tuesday",
    "Azerbaijani forces shelled positions near Sotk late Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Sotk"),
)
P(
    "aa18",
    AA,
    W,
    "early Wednesday",
    "Azerbaijani forces shelled positions near Vardenis early Wednesday, Armenia's defence ministry said.",
    E("2022-09-14", "Vardenis"),
)
P(
    "aa19",
    AA,
    W,
    "in the early hours of Tuesday",
    "Azerbaijani forces shelled Goris in the early hours of Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Goris"),
)
P(
    "aa20",
    AA,
    W,
    "on the 13th",
    "Azerbaijani forces shelled positions near Jermuk on the 13th, Armenia's defence ministry said.",
    E("2022-09-13", "Jermuk"),
)
P(
    "aa21",
    AA,
    W,
    "13.09.2022",
    "Azerbaijani forces shelled positions near Jermuk on 13.09.2022, Armenia's defence ministry said.",
    E("2022-09-13", "Jermuk"),
)
P(
    "aa22",
    AA,
    W,
    "September 13th",
    "Azerbaijani forces shelled positions near Sotk on September 13th, Armenia's defence ministry said.",
    E("2022-09-13", "Sotk"),
)
P(
    "aa23",
    AA,
    W,
    "Tuesday, September 13",
    "Azerbaijani forces shelled positions near Sotk on Tuesday, September 13, Armenia's defence ministry said.",
    E("2022-09-13", "Sotk"),
)
P(
    "aa24",
    AA,
    W,
    "dateline (other day) + this morning",
    "YEREVAN, September 13. ARMENPRESS. Azerbaijani forces shelled Jermuk this morning, Armenia's defence ministry said.",
    E("2022-09-13", "Jermuk"),
)
P(
    "aa25",
    AA,
    W,
    "yesterday evening",
    "Azerbaijani forces shelled Kapan yesterday evening, Armenia's defence ministry said.",
    E("2022-09-13", "Kapan"),
)
P(
    "aa26",
    AA,
    W,
    "two days ago",
    "Azerbaijani forces shelled positions near Sotk two days ago, Armenia's defence ministry said on Wednesday.",
    E("2022-09-12", "Sotk"),
)
P(
    "aa27",
    AA,
    W,
    "last night",
    "Azerbaijani forces shelled positions near Jermuk last night, Armenia's defence ministry said.",
    E(["2022-09-13", "2022-09-14"], "Jermuk"),
)
P(
    "aa28",
    AA,
    W,
    "times only after a dated lead (semicolon)",
    "Armenia's defence ministry said Azerbaijani forces violated the ceasefire on Tuesday. At 00:05 local time, Azerbaijani units opened fire on positions near Sotk; at 02:30, they shelled positions near Jermuk.",
    E("2022-09-13", "Sotk"),
    E("2022-09-13", "Jermuk"),
)
T = "2020-07-13"  # Monday
P(
    "aa29",
    AA,
    T,
    "village in Tovuz + Sunday afternoon (published Monday)",
    "Armenian forces shelled the village of Aghdam in Tovuz on Sunday afternoon, Azerbaijan's defence ministry said.",
    E("2020-07-12", ["Aghdam", "Agdam"], AZ, near=(40.95, 45.6, 40)),
)
P(
    "aa30",
    AA,
    T,
    "auto: late on Sunday, Tovuz district",
    "Armenian armed forces opened artillery fire on Azerbaijani positions in Tovuz district late on Sunday, Azerbaijan's defence ministry said.",
    E("2020-07-12", "Tovuz", AZ),
    auto=True,
)
P(
    "aa31",
    AA,
    T,
    "second day in a later paragraph",
    "Armenian forces fired at Azerbaijani positions in Tovuz district on Sunday, Azerbaijan's defence ministry said.\n\nOn Monday morning, Armenian units shelled the village of Dondar Gushchu, the ministry said.",
    E("2020-07-12", "Tovuz"),
    E("2020-07-13", "Dondar"),
)
P(
    "aa32",
    AA,
    T,
    "on Friday last week",
    "Azerbaijani forces fired at Armenian positions near Movses in Tavush on Friday last week, Armenia's defence ministry said.",
    E("2020-07-10", "Movses"),
)
P(
    "aa33",
    AA,
    T,
    "Armenian village with Tavush province + Sunday night",
    "Azerbaijani forces shelled the village of Aygepar in Tavush province on Sunday night, Armenia's defence ministry said.",
    E("2020-07-12", "Aygepar", AM),
)

# ---------------- Israel-Lebanon: published Monday 2025-03-10 (Sun = 03-09, Sat = 03-08) ----------------
L = "2025-03-10"
LB = ["LB"]
IL_ = ["IL"]
P(
    "il01",
    IL,
    L,
    "the south Lebanon village of X (al- name)",
    "An Israeli drone strike hit a house in the south Lebanon village of Aita al-Shaab on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Aita al-Shaab", "Aita al Shaab"], LB),
)
P(
    "il02",
    IL,
    L,
    "X in the Y district",
    "Israeli troops fired at shepherds near Kfar Kila in the Marjayoun district on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Kfar Kila", LB),
)
P(
    "il03",
    IL,
    L,
    "Y district's X",
    "An Israeli drone struck a motorcycle in Bint Jbeil district's Aitaroun on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Aitaroun", LB),
)
P(
    "il04",
    IL,
    L,
    "X, Y district (Houla: also a Syrian name)",
    "An Israeli strike hit a house in Houla, Marjayoun district, on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Houla", LB),
)
P(
    "il05",
    IL,
    L,
    "the town of X in Y",
    "An Israeli drone strike on a car in the town of Yaroun in Bint Jbeil killed one man on Sunday, Lebanon's health ministry said.",
    E("2025-03-09", "Yaroun", LB),
)
P(
    "il06",
    IL,
    L,
    "ash- article variant",
    "An Israeli drone strike hit a house in Aita ash-Shaab on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Aita ash-Shaab", "Aita ash Shaab", "Aita al-Shaab"], LB),
)
P(
    "il07",
    IL,
    L,
    "el- article variant",
    "Israeli artillery shelled the outskirts of el-Khiam on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Khiam", LB),
)
P(
    "il08",
    IL,
    L,
    "a- (assimilated) article: an-Naqoura",
    "An Israeli drone dropped a grenade on a fishing boat off an-Naqoura on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Naqoura", LB),
)
P(
    "il09",
    IL,
    L,
    "the X hill near Y",
    "Israeli troops fired machine guns from the Hamames hill towards the outskirts of Khiam on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Khiam", LB),
)
P(
    "il10",
    IL,
    L,
    "from X towards Y (Israel target)",
    "Hezbollah fired rockets from southern Lebanon towards Metula on Sunday, the Israeli military said.",
    E("2025-03-09", "Metula", IL_),
)
P(
    "il11",
    IL,
    L,
    "region only: in the Nabatieh region",
    "An Israeli drone strike killed a man in the Nabatieh region on Sunday, Lebanon's health ministry said.",
    E("2025-03-09", "Nabatieh", LB),
)
P(
    "il12",
    IL,
    L,
    "region only: in southern Lebanon",
    "An Israeli drone strike on a car killed two people in southern Lebanon on Sunday, Lebanon's health ministry said.",
    E("2025-03-09", ["south", "Lebanon"], LB),
)
P(
    "il13",
    IL,
    L,
    "Israeli moshav, Upper Galilee",
    "An anti-tank missile fired from Lebanon hit a house in Moshav Avivim in the Upper Galilee on Sunday, the Israeli military said.",
    E("2025-03-09", "Avivim", IL_),
)
P(
    "il14",
    IL,
    L,
    "X (northern Israel) in brackets",
    "A rocket fired from Lebanon hit Kiryat Shmona (northern Israel) on Sunday, the Israeli military said.",
    E("2025-03-09", "Kiryat Shmona", IL_),
)
P(
    "il15",
    IL,
    L,
    "list of 5 towns",
    "Israeli artillery shelled the towns of Khiam, Kfar Kila, Odaisseh, Markaba and Houla on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Khiam"),
    E("2025-03-09", "Kfar Kila"),
    E("2025-03-09", "Odaisseh"),
    E("2025-03-09", "Markaba"),
    E("2025-03-09", "Houla"),
)
P(
    "il16",
    IL,
    L,
    "list with 'as well as'",
    "Israeli artillery shelled the outskirts of Kfar Shouba and Kfarhamam, as well as the Shebaa hills, on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Kfar Shouba"),
    E("2025-03-09", "Kfarhamam"),
    E("2025-03-09", "Shebaa"),
)
P(
    "il17",
    IL,
    L,
    "place in quote, speaker after",
    '"An enemy drone targeted a car on the Bint Jbeil-Yaroun road on Sunday," Lebanon\'s National News Agency reported.',
    E("2025-03-09", ["Bint Jbeil", "Yaroun"], LB),
)
P(
    "il18",
    IL,
    L,
    "the X crossing/checkpoint dash aside",
    "Israeli troops fired at Lebanese soldiers \u2014 near the Wazzani bridge \u2014 on Sunday, the Lebanese army said.",
    E("2025-03-09", "Wazzani", LB),
)
P(
    "il19",
    IL,
    L,
    "Sunday night (published Monday)",
    "An Israeli strike hit a house in Odaisseh on Sunday night, Lebanon's National News Agency reported.",
    E("2025-03-09", "Odaisseh"),
)
P(
    "il20",
    IL,
    L,
    "late Sunday",
    "An Israeli drone strike killed a man in Bint Jbeil late Sunday, Lebanon's health ministry said.",
    E("2025-03-09", "Bint Jbeil"),
)
P(
    "il21",
    IL,
    L,
    "early Monday",
    "An Israeli drone strike hit a car in Naqoura early Monday, Lebanon's National News Agency reported.",
    E("2025-03-10", "Naqoura"),
)
P(
    "il22",
    IL,
    L,
    "the night of 8 to 9 March",
    "Israeli warplanes struck near Nabatieh on the night of 8 to 9 March, Lebanon's National News Agency reported.",
    E(["2025-03-08", "2025-03-09"], "Nabatieh"),
)
P(
    "il23",
    IL,
    L,
    "on the 9th",
    "An Israeli drone struck a car in Yaroun on the 9th, Lebanon's National News Agency reported.",
    E("2025-03-09", "Yaroun"),
)
P(
    "il24",
    IL,
    L,
    "09.03.2025",
    "An Israeli drone struck a car in Yaroun on 09.03.2025, Lebanon's National News Agency reported.",
    E("2025-03-09", "Yaroun"),
)
P(
    "il25",
    IL,
    L,
    "March 9th",
    "An Israeli drone struck a car in Yaroun on March 9th, Lebanon's National News Agency reported.",
    E("2025-03-09", "Yaroun"),
)
P(
    "il26",
    IL,
    L,
    "Sunday, March 9",
    "An Israeli drone struck a car in Yaroun on Sunday, March 9, Lebanon's National News Agency reported.",
    E("2025-03-09", "Yaroun"),
)
P(
    "il27",
    IL,
    L,
    "dateline (other day) + today",
    "BEIRUT, March 9 (Reuters) - An Israeli drone strike killed a man in Aitaroun today, Lebanon's health ministry said.",
    E("2025-03-09", "Aitaroun"),
)
P(
    "il28",
    IL,
    L,
    "last night",
    "Israeli warplanes struck the outskirts of Nabatieh last night, Lebanon's National News Agency reported.",
    E(["2025-03-09", "2025-03-10"], "Nabatieh"),
)
P(
    "il29",
    IL,
    L,
    "yesterday evening",
    "An Israeli drone strike killed a man in Aitaroun yesterday evening, Lebanon's health ministry said.",
    E("2025-03-09", "Aitaroun"),
)
P(
    "il30",
    IL,
    L,
    "two days ago",
    "An Israeli drone strike killed a man in Aitaroun two days ago, Lebanon's health ministry said on Monday.",
    E("2025-03-08", "Aitaroun"),
)
P(
    "il31",
    IL,
    L,
    "on Friday last week",
    "An Israeli drone strike killed a man in Aitaroun on Friday last week, Lebanon's health ministry said.",
    E("2025-03-07", "Aitaroun"),
)
P(
    "il32",
    IL,
    L,
    "times only after a dated lead",
    "Lebanon's National News Agency said Israeli forces carried out two strikes in the south on Sunday. At 09:15, a drone struck a car in Yaroun. At 16:40, Israeli artillery shelled the outskirts of Khiam.",
    E("2025-03-09", "Yaroun"),
    E("2025-03-09", "Khiam"),
)
P(
    "il33",
    IL,
    L,
    "second day in a later paragraph",
    "An Israeli drone strike killed a man in Aitaroun on Sunday, Lebanon's health ministry said.\n\nOn Saturday, an Israeli drone struck a motorcycle in Houla, wounding two people, the ministry said.",
    E("2025-03-09", "Aitaroun"),
    E("2025-03-08", "Houla"),
)
P(
    "il34",
    IL,
    L,
    "auto: Israeli town + Sunday evening",
    "A rocket fired from Lebanon struck an open area near Kiryat Shmona on Sunday evening, the Israeli military said.",
    E("2025-03-09", "Kiryat Shmona", IL_),
    auto=True,
)
P(
    "il35",
    IL,
    L,
    "X, a village in Y, apposition",
    "An Israeli drone strike hit Deir Seryan, a village in the Marjayoun district, on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Deir Seryan", LB),
)

# ---------------- Thailand-Cambodia: published Monday 2025-08-04 (Sun = 08-03, Sat = 08-02) ----------------
K = "2025-08-04"
TH = ["TH"]
KH = ["KH"]
P(
    "tc01",
    TC,
    K,
    "Ban X in Y district, Z province",
    "Cambodian troops fired rockets at Ban Nong Khana in Kantharalak district, Sisaket province, on Sunday, the Thai army said.",
    E("2025-08-03", "Nong Khana", TH),
)
P(
    "tc02",
    TC,
    K,
    "Y province's X district",
    "Cambodian troops fired artillery at Surin province's Phanom Dong Rak district on Sunday, the Thai army said.",
    E("2025-08-03", "Phanom Dong Rak", TH),
)
P(
    "tc03",
    TC,
    K,
    "the X temple in Y district",
    "Cambodian troops opened fire near the Ta Muen Thom temple in Phanom Dong Rak district on Sunday, the Thai army said.",
    E("2025-08-03", ["Ta Muen Thom", "Ta Muen"], TH),
)
P(
    "tc04",
    TC,
    K,
    "Prasat prefix",
    "Cambodian troops fired small arms at Thai soldiers near Prasat Ta Kwai on Sunday, the Thai army said.",
    E("2025-08-03", "Ta Kwai"),
)
P(
    "tc05",
    TC,
    K,
    "Khmer spelling Ta Moan Thom",
    "Thai troops fired artillery at Cambodian positions near Prasat Ta Moan Thom on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", ["Ta Moan", "Ta Muen"]),
)
P(
    "tc06",
    TC,
    K,
    "Phum prefix, X district of Y province",
    "Thai troops shelled Phum Thmar Da in Banteay Ampil district of Oddar Meanchey province on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", "Thmar Da", KH),
)
P(
    "tc07",
    TC,
    K,
    "the X checkpoint in Y",
    "Cambodian troops fired at the Chong Chom checkpoint in Surin on Sunday, the Thai army said.",
    E("2025-08-03", "Chong Chom", TH),
)
P(
    "tc08",
    TC,
    K,
    "the X hill / Hill 350",
    "Cambodian troops fired mortars at Thai positions on Hill 350 near Chong Bok on Sunday, the Thai army said.",
    E("2025-08-03", "Chong Bok", TH),
)
P(
    "tc09",
    TC,
    K,
    "the X hill (Phu prefix)",
    "Cambodian troops attacked Thai positions on Phu Makhuea hill in Sisaket on Sunday, the Thai army said.",
    E("2025-08-03", "Phu Makhuea", TH),
)
P(
    "tc10",
    TC,
    K,
    "from X towards Y",
    "Cambodian troops fired BM-21 rockets from Oddar Meanchey towards Kap Choeng district in Surin on Sunday, the Thai army said.",
    E("2025-08-03", "Kap Choeng", TH),
)
P(
    "tc11",
    TC,
    K,
    "region only: along the border in Y province",
    "Cambodian troops fired small arms along the border in Sisaket province on Sunday, the Thai army said.",
    E("2025-08-03", "Sisaket", TH),
)
P(
    "tc12",
    TC,
    K,
    "X (Y province) brackets",
    "Thai troops fired artillery at Choam Ksant (Preah Vihear province) on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", "Choam Ksant", KH),
)
P(
    "tc13",
    TC,
    K,
    "list of 4 districts",
    "Cambodian troops fired rockets at Kantharalak, Phu Sing, Kap Choeng and Phanom Dong Rak districts on Sunday, the Thai army said.",
    E("2025-08-03", "Kantharalak"),
    E("2025-08-03", "Phu Sing"),
    E("2025-08-03", "Kap Choeng"),
    E("2025-08-03", "Phanom Dong Rak"),
)
P(
    "tc14",
    TC,
    K,
    "list with 'as well as'",
    "Thai troops shelled Cambodian positions at Ta Krabey temple as well as in Anlong Veng and Choam Ksant on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", "Ta Krabey"),
    E("2025-08-03", "Anlong Veng"),
    E("2025-08-03", "Choam Ksant"),
)
P(
    "tc15",
    TC,
    K,
    "place in quote, speaker after",
    '"Cambodian soldiers fired rifles at our troops near Chong Bok at 6.10 am on Sunday," said Maj Gen Winthai Suvaree, the Thai army spokesman.',
    E("2025-08-03", "Chong Bok", TH),
)
P(
    "tc16",
    TC,
    K,
    "Thai name for Preah Vihear: Khao Phra Wihan",
    "Cambodian troops fired at Thai positions near Khao Phra Wihan on Sunday, the Thai army said.",
    E("2025-08-03", ["Phra Wihan", "Preah Vihear"]),
)
P(
    "tc17",
    TC,
    K,
    "Sunday night",
    "Cambodian troops fired artillery at Thai positions near Ta Muen Thom on Sunday night, the Thai army said.",
    E("2025-08-03", "Ta Muen Thom"),
)
P(
    "tc18",
    TC,
    K,
    "late Sunday",
    "Cambodian troops fired artillery at Thai positions near Chong Bok late Sunday, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc19",
    TC,
    K,
    "early Monday",
    "Cambodian troops fired artillery at Thai positions near Chong Bok early Monday, the Thai army said.",
    E("2025-08-04", "Chong Bok"),
)
P(
    "tc20",
    TC,
    K,
    "the night of 2 to 3 August",
    "Cambodian troops fired small arms near Ta Muen Thom on the night of 2 to 3 August, the Thai army said.",
    E(["2025-08-02", "2025-08-03"], "Ta Muen Thom"),
)
P(
    "tc21",
    TC,
    K,
    "in the early hours of Sunday",
    "Cambodian troops fired small arms near Ta Muen Thom in the early hours of Sunday, the Thai army said.",
    E("2025-08-03", "Ta Muen Thom"),
)
P(
    "tc22",
    TC,
    K,
    "on the 3rd",
    "Cambodian troops fired small arms near Chong Bok on the 3rd, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc23",
    TC,
    K,
    "03.08.2025",
    "Cambodian troops fired small arms near Chong Bok on 03.08.2025, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc24",
    TC,
    K,
    "August 3rd",
    "Cambodian troops fired small arms near Chong Bok on August 3rd, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc25",
    TC,
    K,
    "Sunday, August 3",
    "Cambodian troops fired small arms near Chong Bok on Sunday, August 3, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc26",
    TC,
    K,
    "dateline (other day) + this morning",
    "BANGKOK, Aug 3 (Reuters) - Cambodian troops fired small arms at Thai soldiers near Chong Bok this morning, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc27",
    TC,
    K,
    "header date + today, published next day",
    "Sunday 3 August 2025\n\nCambodian troops fired artillery at Thai positions near Ta Muen Thom today, the Thai army said.",
    E("2025-08-03", "Ta Muen Thom"),
)
P(
    "tc28",
    TC,
    K,
    "yesterday evening",
    "Thai troops fired artillery at Cambodian positions in Oddar Meanchey yesterday evening, Cambodia's defence ministry said.",
    E("2025-08-03", "Oddar Meanchey"),
)
P(
    "tc29",
    TC,
    K,
    "two days ago",
    "Thai troops fired artillery at Cambodian positions in Oddar Meanchey two days ago, Cambodia's defence ministry said on Monday.",
    E("2025-08-02", "Oddar Meanchey"),
)
P(
    "tc30",
    TC,
    K,
    "times only after dated lead",
    "The Thai army said Cambodian troops violated the ceasefire twice on Sunday. At 05:40 they fired small arms near Ta Muen Thom, and at 13:15 they fired mortars near Chong Bok.",
    E("2025-08-03", "Ta Muen Thom"),
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc31",
    TC,
    K,
    "second day in a later paragraph",
    "Cambodian troops fired at Thai positions near Chong Bok on Sunday, the Thai army said.\n\nOn Saturday night, Cambodian troops fired small arms near Ta Muen Thom, the army said.",
    E("2025-08-03", "Chong Bok"),
    E("2025-08-02", "Ta Muen Thom"),
)
P(
    "tc32",
    TC,
    K,
    "auto: Ban village, Kantharalak + Sunday",
    "Cambodian troops fired rockets at Ban Phum Saron in Kantharalak district on Sunday, the Thai army said.",
    E("2025-08-03", ["Phum Saron", "Kantharalak"], TH),
    auto=True,
)
P(
    "tc33",
    TC,
    K,
    "Ta Kwai vs Khmer Ta Krabey",
    "Thai troops fired artillery at Cambodian positions near Prasat Ta Krabey on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", ["Ta Krabey", "Ta Kwai"]),
)

# ---------------- Russia-Ukraine: published Monday 2021-05-10 (Sun = 05-09, Sat = 05-08) ----------------
R = "2021-05-10"
UA = ["UA"]
P(
    "ru01",
    RU,
    R,
    "the village of X near Y",
    "Russian-backed separatists shelled the village of Pisky near Donetsk airport on Sunday, the JFO press centre said.",
    E("2021-05-09", "Pisky", UA, near=(48.07, 37.66, 40)),
)
P(
    "ru02",
    RU,
    R,
    "X in Y oblast",
    "Russian-backed separatists fired mortars at Ukrainian positions near Zolote in Luhansk oblast on Sunday, the JFO press centre said.",
    E("2021-05-09", "Zolote", UA),
)
P(
    "ru03",
    RU,
    R,
    "X (Y region) brackets",
    "Russian-backed separatists fired grenade launchers near Krasnohorivka (Donetsk region) on Sunday, the JFO press centre said.",
    E("2021-05-09", "Krasnohorivka", UA),
)
P(
    "ru04",
    RU,
    R,
    "transliteration Avdeevka",
    "Russian-backed separatists shelled Avdeevka on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Avdeevka", "Avdiivka"], UA),
)
P(
    "ru05",
    RU,
    R,
    "transliteration Gorlovka",
    "Ukrainian forces shelled Gorlovka on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", ["Gorlovka", "Horlivka"], UA),
)
P(
    "ru06",
    RU,
    R,
    "transliteration Shirokino",
    "Russian-backed separatists fired at Ukrainian positions near Shirokino on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Shirokino", "Shyrokyne"], UA),
)
P(
    "ru07",
    RU,
    R,
    "Y's X settlement (DPR style)",
    "Ukrainian forces fired mortars at Gorlovka's Zaitsevo settlement on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", ["Zaitsevo", "Zaitseve", "Zaytsevo"], UA, near=(48.35, 38.05, 40)),
)
P(
    "ru08",
    RU,
    R,
    "landmark: the X mine near Y",
    "Russian-backed separatists fired at Ukrainian positions near the Butovka mine outside Avdiivka on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Butovka", "Avdiivka"], UA),
)
P(
    "ru09",
    RU,
    R,
    "landmark: the Donetsk filter station",
    "Shelling damaged a power line at the Donetsk filter station near Yasynuvata on Sunday, the JFO press centre said, blaming Russian-backed separatists.",
    E("2021-05-09", ["filter station", "Yasynuvata"], UA),
)
P(
    "ru10",
    RU,
    R,
    "the industrial zone of X",
    "Russian-backed separatists fired at Ukrainian positions in the Avdiivka industrial zone on Sunday, the JFO press centre said.",
    E("2021-05-09", "Avdiivka", UA),
)
P(
    "ru11",
    RU,
    R,
    "from X towards Y",
    "Ukrainian forces fired from Marinka towards the western outskirts of Donetsk on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", "Donetsk", UA),
)
P(
    "ru12",
    RU,
    R,
    "region only: in Donbas",
    "Russian-backed separatists violated the ceasefire four times in Donbas on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Donbas", "Donbass"], UA),
)
P(
    "ru13",
    RU,
    R,
    "region only: in the Luhansk region",
    "Russian-backed separatists fired grenade launchers at Ukrainian positions in the Luhansk region on Sunday, the JFO press centre said.",
    E("2021-05-09", "Luhansk", UA),
)
P(
    "ru14",
    RU,
    R,
    "list of 5 places",
    "Russian-backed separatists fired at Ukrainian positions near Pisky, Avdiivka, Marinka, Novoluhanske and Zolote on Sunday, the JFO press centre said.",
    E("2021-05-09", "Pisky", near=(48.07, 37.66, 40)),
    E("2021-05-09", "Avdiivka"),
    E("2021-05-09", "Marinka"),
    E("2021-05-09", "Novoluhanske"),
    E("2021-05-09", "Zolote"),
)
P(
    "ru15",
    RU,
    R,
    "list with 'as well as'",
    "Russian-backed separatists shelled Vodiane and Opytne, as well as Shyrokyne, on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Vodiane", "Vodyane"], near=(48.1, 37.9, 120)),
    E("2021-05-09", ["Opytne", "Opytnoye"], near=(48.1, 37.9, 120)),
    E("2021-05-09", "Shyrokyne"),
)
P(
    "ru16",
    RU,
    R,
    "X dash Y district",
    "Russian-backed separatists fired mortars at Staromarivka \u2014 in Donetsk oblast's Volnovakha district \u2014 on Sunday, the JFO press centre said.",
    E("2021-05-09", "Staromarivka", UA),
)
P(
    "ru17",
    RU,
    R,
    "place in quote, speaker after",
    '"The enemy fired 82mm mortars at our positions near Marinka on Sunday," the JFO press centre said in its morning update.',
    E("2021-05-09", "Marinka", UA),
)
P(
    "ru18",
    RU,
    R,
    "transliteration Maryinka + Dokuchayevsk",
    "Ukrainian forces fired from Maryinka at Dokuchayevsk on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", ["Dokuchayevsk", "Dokuchaievsk"], UA),
)
P(
    "ru19",
    RU,
    R,
    "Sunday night",
    "Russian-backed separatists shelled Avdiivka on Sunday night, the JFO press centre said.",
    E("2021-05-09", "Avdiivka"),
)
P(
    "ru20",
    RU,
    R,
    "late Sunday",
    "Russian-backed separatists shelled Avdiivka late Sunday, the JFO press centre said.",
    E("2021-05-09", "Avdiivka"),
)
P(
    "ru21",
    RU,
    R,
    "early Monday",
    "Russian-backed separatists shelled Avdiivka early Monday, the JFO press centre said.",
    E("2021-05-10", "Avdiivka"),
)
P(
    "ru22",
    RU,
    R,
    "the night of 8 to 9 May",
    "Russian-backed separatists shelled Marinka on the night of 8 to 9 May, the JFO press centre said.",
    E(["2021-05-08", "2021-05-09"], "Marinka"),
)
P(
    "ru23",
    RU,
    R,
    "in the early hours of Sunday",
    "Russian-backed separatists shelled Marinka in the early hours of Sunday, the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)
P(
    "ru24",
    RU,
    R,
    "on the 9th",
    "Russian-backed separatists shelled Marinka on the 9th, the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)
P(
    "ru25",
    RU,
    R,
    "09.05.2021",
    "Russian-backed separatists shelled Marinka on 09.05.2021, the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)
P(
    "ru26",
    RU,
    R,
    "May 9th",
    "Russian-backed separatists shelled Marinka on May 9th, the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)
P(
    "ru27",
    RU,
    R,
    "Sunday, May 9",
    "Russian-backed separatists shelled Marinka on Sunday, May 9, the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)
P(
    "ru28",
    RU,
    R,
    "dateline (other day) + today",
    "KYIV, May 9 (UNIAN) - Russian-backed separatists shelled Zolote today, the JFO press centre said.",
    E("2021-05-09", "Zolote"),
)
P(
    "ru29",
    RU,
    R,
    "header date + this morning",
    "09.05.2021 12:40\n\nRussian-backed separatists fired at Ukrainian positions near Zolote this morning, the JFO press centre said.",
    E("2021-05-09", "Zolote"),
)
P(
    "ru30",
    RU,
    R,
    "last night",
    "Ukrainian forces shelled Horlivka last night, the DPR's representation in the JCCC said.",
    E(["2021-05-09", "2021-05-10"], "Horlivka"),
)
P(
    "ru31",
    RU,
    R,
    "yesterday evening",
    "Ukrainian forces shelled Horlivka yesterday evening, the DPR's representation in the JCCC said.",
    E("2021-05-09", "Horlivka"),
)
P(
    "ru32",
    RU,
    R,
    "two days ago",
    "Ukrainian forces shelled Horlivka two days ago, the DPR's representation in the JCCC said on Monday.",
    E("2021-05-08", "Horlivka"),
)
P(
    "ru33",
    RU,
    R,
    "on Friday last week",
    "Ukrainian forces shelled Horlivka on Friday last week, the DPR's representation in the JCCC said.",
    E("2021-05-07", "Horlivka"),
)
P(
    "ru34",
    RU,
    R,
    "times only after a dated lead",
    "Russian-backed separatists violated the ceasefire twice on Sunday, the JFO press centre said. At 10:30 local time they fired grenade launchers near Pisky. At 18:05 they fired a heavy machine gun near Zolote.",
    E("2021-05-09", "Pisky", near=(48.07, 37.66, 40)),
    E("2021-05-09", "Zolote"),
)
P(
    "ru35",
    RU,
    R,
    "second day in a later paragraph",
    "Russian-backed separatists shelled Avdiivka on Sunday, the JFO press centre said.\n\nOn Saturday, they fired mortars at Ukrainian positions near Marinka, the press centre said.",
    E("2021-05-09", "Avdiivka"),
    E("2021-05-08", "Marinka"),
)
P(
    "ru36",
    RU,
    R,
    "auto: transliteration + last night",
    "Ukrainian forces shelled Yasinovataya last night, the DPR's representation in the JCCC said.",
    E(["2021-05-09", "2021-05-10"], ["Yasinovataya", "Yasynuvata"], UA),
    auto=True,
)

# ================= Batch 2: homonyms with a container, landmarks, more day forms =================
DONBAS = (48.1, 37.9, 130)  # the 2014-2022 front: a namesake outside it is a wrong point
SLEB = (33.2, 35.45, 45)
# --- Russia-Ukraine: villages with namesakes elsewhere in Ukraine, with the container given
P(
    "ru37",
    RU,
    R,
    "homonym: X near Donetsk",
    "Russian-backed separatists fired mortars at Ukrainian positions in Pisky near Donetsk on Sunday, the JFO press centre said.",
    E("2021-05-09", "Pisky", UA, (48.07, 37.66, 40)),
)
P(
    "ru38",
    RU,
    R,
    "homonym: X in Luhansk oblast",
    "Russian-backed separatists shelled Troitske in Luhansk oblast on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Troitske", "Troitskoye"], UA, (48.55, 38.3, 50)),
)
P(
    "ru39",
    RU,
    R,
    "homonym: X near Mariupol",
    "Russian-backed separatists fired grenade launchers at Vodiane near Mariupol on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Vodiane", "Vodyane"], UA, (47.12, 37.75, 40)),
)
P(
    "ru40",
    RU,
    R,
    "homonym: Y's X (DPR style)",
    "Ukrainian forces shelled Horlivka's Zaitseve district on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", ["Zaitseve", "Horlivka"], UA, (48.33, 38.04, 40)),
)
P(
    "ru41",
    RU,
    R,
    "homonym: the village of X, Y district",
    "Russian-backed separatists fired at the village of Novoselivka Druha, Pokrovsk district, on Sunday, the JFO press centre said.",
    E("2021-05-09", "Novoselivka", UA, (48.1, 37.55, 60)),
)
P(
    "ru42",
    RU,
    R,
    "homonym: Olenivka south of Donetsk",
    "Ukrainian forces fired mortars at Olenivka, south of Donetsk, on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", "Olenivka", UA, (47.84, 37.68, 40)),
)
P(
    "ru43",
    RU,
    R,
    "homonym: Krymske, Luhansk region",
    "Russian-backed separatists fired at Ukrainian positions near Krymske, Luhansk region, on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Krymske", "Krymskoye"], UA, (48.72, 38.7, 50)),
)
P(
    "ru44",
    RU,
    R,
    "homonym: Pavlopil + Lebedynske near Mariupol",
    "Russian-backed separatists shelled Pavlopil and Lebedynske near Mariupol on Sunday, the JFO press centre said.",
    E("2021-05-09", "Pavlopil", UA, (47.25, 37.6, 40)),
    E("2021-05-09", "Lebedynske", UA, (47.12, 37.72, 40)),
)
P(
    "ru45",
    RU,
    R,
    "Russian spelling, DPR: Kominternovo",
    "Ukrainian forces shelled Kominternovo on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", ["Kominternovo", "Kominternove", "Pikuzy"], UA, (47.1, 37.7, 40)),
)
P(
    "ru46",
    RU,
    R,
    "N km from X",
    "Russian-backed separatists fired at a Ukrainian position 2 km north of Shumy on Sunday, the JFO press centre said.",
    E("2021-05-09", "Shumy", UA, (48.37, 37.95, 40)),
)
P(
    "ru47",
    RU,
    R,
    "on the X-Y road",
    "Russian-backed separatists fired at an ambulance on the Popasna-Zolote road on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Popasna", "Zolote"], UA, (48.66, 38.45, 40)),
)
P(
    "ru48",
    RU,
    R,
    "between X and Y",
    "Russian-backed separatists fired at Ukrainian positions between Avdiivka and Opytne on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Avdiivka", "Opytne"], UA, (48.1, 37.7, 30)),
)
P(
    "ru49",
    RU,
    R,
    "Gorlovka (Horlivka) alt name in brackets",
    "Ukrainian forces shelled Gorlovka (Horlivka) on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", ["Gorlovka", "Horlivka"], UA, (48.3, 38.0, 30)),
)
P(
    "ru50",
    RU,
    R,
    "in the area of X",
    "Russian-backed separatists fired mortars in the area of Svitlodarsk on Sunday, the JFO press centre said.",
    E("2021-05-09", "Svitlodarsk", UA, (48.43, 38.22, 30)),
)
P(
    "ru51",
    RU,
    R,
    "Stanytsia Luhanska",
    "Russian-backed separatists shelled Stanytsia Luhanska on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Stanytsia Luhanska", "Stanitsa"], UA, (48.65, 39.49, 30)),
)
P(
    "ru52",
    RU,
    R,
    "transliteration Zolotoye",
    "Russian-backed separatists fired at Zolotoye on Sunday, the JFO press centre said.",
    E("2021-05-09", ["Zolotoye", "Zolote"], UA, (48.7, 38.52, 30)),
)
# --- Russia-Ukraine days
P(
    "ru53",
    RU,
    R,
    "Saturday night into Sunday",
    "Russian-backed separatists shelled Avdiivka on Saturday night into Sunday, the JFO press centre said.",
    E(["2021-05-08", "2021-05-09"], "Avdiivka"),
)
P(
    "ru54",
    RU,
    R,
    "over the past 24 hours (bulletin on Monday)",
    "Over the past 24 hours, Russian-backed separatists violated the ceasefire twice, firing at Ukrainian positions near Marinka, the JFO press centre said on Monday.",
    E(["2021-05-09", "2021-05-10"], "Marinka"),
)
P(
    "ru55",
    RU,
    R,
    "shortly after midnight on Sunday",
    "Russian-backed separatists fired at Zolote shortly after midnight on Sunday, the JFO press centre said.",
    E("2021-05-09", "Zolote"),
)
P(
    "ru56",
    RU,
    R,
    "at 23:40 on Saturday",
    "Russian-backed separatists fired at Zolote at 23:40 on Saturday, the JFO press centre said.",
    E("2021-05-08", "Zolote"),
)
P(
    "ru57",
    RU,
    R,
    "dateline Kyiv, 9 May 2021 (Ukrinform)",
    "Kyiv, 9 May 2021 (Ukrinform). Russian-backed separatists shelled Marinka this morning, the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)
P(
    "ru58",
    RU,
    R,
    "DONETSK, May 9 - agency",
    "DONETSK, May 9 - DAN. Ukrainian forces shelled Horlivka today, the DPR's representation in the JCCC said.",
    E("2021-05-09", "Horlivka"),
)
P(
    "ru59",
    RU,
    R,
    "the day before yesterday",
    "Ukrainian forces shelled Horlivka the day before yesterday, the DPR's representation in the JCCC said.",
    E("2021-05-08", "Horlivka"),
)
P(
    "ru60",
    RU,
    R,
    "2021-05-09 ISO",
    "Russian-backed separatists shelled Marinka on 2021-05-09, the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)
P(
    "ru61",
    RU,
    R,
    "Sunday (May 9) in brackets",
    "Russian-backed separatists shelled Marinka on Sunday (May 9), the JFO press centre said.",
    E("2021-05-09", "Marinka"),
)

# --- India-Pakistan: homonyms, Pakistani-side villages, landmarks, days
P(
    "ip35",
    IP,
    M,
    "homonym: Nowshera sector of Rajouri",
    "Pakistani troops shelled forward posts in the Nowshera sector of Rajouri district on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Nowshera", IN, (33.15, 74.23, 40)),
)
P(
    "ip36",
    IP,
    M,
    "X tehsil, Y district (PK)",
    "Indian troops fired at Tatta Pani in Kotli district on Sunday, the ISPR said.",
    E("2021-05-09", "Tatta Pani", PK, (33.6, 73.95, 40)),
)
P(
    "ip37",
    IP,
    M,
    "X, Y sector, Pakistani-side",
    "Indian troops fired mortars at Hajira, in the Rawalakot sector, on Sunday, the ISPR said.",
    E("2021-05-09", "Hajira", PK, (33.77, 73.9, 40)),
)
P(
    "ip38",
    IP,
    M,
    "Pakistan-side village along Working Boundary",
    "Indian BSF troops fired at Chaprar village near Sialkot on Sunday, the ISPR said.",
    E("2021-05-09", "Chaprar", PK, (32.5, 74.6, 40)),
)
P(
    "ip39",
    IP,
    M,
    "Indian-side village along IB",
    "Pakistani Rangers fired at BSF posts in Arnia in Jammu's R S Pura sector on Sunday, a BSF spokesman said.",
    E("2021-05-09", "Arnia", IN, (32.5, 74.8, 40)),
)
P(
    "ip40",
    IP,
    M,
    "Hiranagar sector of Kathua",
    "Pakistani Rangers fired at BSF posts in the Hiranagar sector of Kathua district on Sunday, a BSF spokesman said.",
    E("2021-05-09", "Hiranagar", IN, (32.45, 75.27, 40)),
)
P(
    "ip41",
    IP,
    M,
    "X area of Y (landmark: the X nallah)",
    "Pakistani troops fired at Indian posts near the Balnoi nallah in Mendhar on Sunday, an Indian army spokesman said.",
    E("2021-05-09", ["Balnoi", "Mendhar"], IN),
)
P(
    "ip42",
    IP,
    M,
    "Keran: homonym on both sides",
    "Indian troops fired at civilians in Keran village of Neelum valley on Sunday, the ISPR said.",
    E("2021-05-09", "Keran", PK, (34.65, 73.95, 30)),
)
P(
    "ip43",
    IP,
    M,
    "unknown X and Y villages in Z",
    "Pakistani troops shelled Kalsian and Jhangar villages in Rajouri on Sunday, an Indian army spokesman said.",
    E("2021-05-09", ["Kalsian", "Kalsi"]),
    E("2021-05-09", "Jhangar"),
)
P(
    "ip44",
    IP,
    M,
    "Saturday night into Sunday",
    "Pakistani troops shelled forward posts in Uri on Saturday night into Sunday, an Indian army spokesman said.",
    E(["2021-05-08", "2021-05-09"], "Uri"),
)
P(
    "ip45",
    IP,
    M,
    "Jammu, May 9 (IANS) + today",
    "Jammu, May 9 (IANS) Pakistani troops today shelled villages in Kathua's Hiranagar sector, a BSF spokesman said.",
    E("2021-05-09", "Hiranagar"),
)
P(
    "ip46",
    IP,
    M,
    "around midnight on Saturday",
    "Pakistani troops opened fire in the Keran sector around midnight on Saturday, an Indian army spokesman said.",
    E(["2021-05-08", "2021-05-09"], "Keran"),
)
P(
    "ip47",
    IP,
    M,
    "at 11:45 pm on Saturday",
    "Pakistani troops opened fire on Indian posts in Uri at 11:45 pm on Saturday, an Indian army spokesman said.",
    E("2021-05-08", "Uri"),
)
P(
    "ip48",
    IP,
    M,
    "day before yesterday",
    "Pakistani troops shelled villages in Poonch the day before yesterday, an Indian army spokesman said.",
    E("2021-05-08", "Poonch"),
)
P(
    "ip49",
    IP,
    M,
    "Updated header line with date + today",
    "Updated: May 9, 2021 21:40 IST\n\nPakistani troops today shelled villages in the Uri sector, an Indian army spokesman said.",
    E("2021-05-09", "Uri"),
)

# --- Armenia-Azerbaijan: homonyms and Tovuz/Gazakh/Syunik villages, days
P(
    "aa34",
    AA,
    W,
    "homonym: Aghdam village in Tovuz (not Aghdam district)",
    "Armenian forces shelled the village of Aghdam in Tovuz district on Tuesday, wounding a civilian, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Aghdam", "Agdam"], AZ, (40.95, 45.6, 40)),
)
P(
    "aa35",
    AA,
    W,
    "Gazakh district village",
    "Armenian forces fired at Gushchu Ayrim village of Gazakh district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Gushchu Ayrim", "Ayrim"], AZ, (41.1, 45.2, 40)),
)
P(
    "aa36",
    AA,
    W,
    "Tavush village Berdavan",
    "Azerbaijani forces fired at Berdavan in Tavush province on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Berdavan", AM, (41.2, 45.0, 30)),
)
P(
    "aa37",
    AA,
    W,
    "Syunik village Nerkin Hand",
    "Azerbaijani forces shelled Nerkin Hand in Syunik province on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Nerkin Hand", AM, (39.1, 46.4, 40)),
)
P(
    "aa38",
    AA,
    W,
    "Kut village of Gegharkunik",
    "Azerbaijani forces shelled the village of Kut in Gegharkunik on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Kut", AM, (40.2, 45.85, 30)),
)
P(
    "aa39",
    AA,
    W,
    "the X-Y road",
    "Azerbaijani forces fired at a car on the Goris-Kapan road on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", ["Goris", "Kapan"], AM, (39.4, 46.4, 40)),
)
P(
    "aa40",
    AA,
    W,
    "Nakhchivan: Sadarak district",
    "Armenian forces fired at Azerbaijani positions in Sadarak district of Nakhchivan on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", "Sadarak", AZ, (39.7, 44.9, 40)),
)
P(
    "aa41",
    AA,
    W,
    "Armenian transliteration: Tegh",
    "Azerbaijani forces fired at positions near Tegh in Syunik on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Tegh", AM, (39.55, 46.48, 30)),
)
P(
    "aa42",
    AA,
    W,
    "BAKU, Sept. 13. Trend:",
    "BAKU, Azerbaijan, Sept. 13. Trend: Armenian forces fired at Azerbaijani positions in the Kalbajar direction this morning, the defence ministry said.",
    E("2022-09-13", "Kalbajar"),
)
P(
    "aa43",
    AA,
    W,
    "at dawn on Tuesday",
    "Azerbaijani forces shelled Jermuk at dawn on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Jermuk"),
)
P(
    "aa44",
    AA,
    W,
    "from 00:05 to 02:30 on 13 September",
    "Azerbaijani forces shelled positions near Sotk from 00:05 to 02:30 on 13 September, Armenia's defence ministry said.",
    E("2022-09-13", "Sotk"),
)
P(
    "aa45",
    AA,
    W,
    "Tuesday night into Wednesday",
    "Azerbaijani forces shelled positions near Jermuk on Tuesday night into Wednesday, Armenia's defence ministry said.",
    E(["2022-09-13", "2022-09-14"], "Jermuk"),
)

# --- Israel-Lebanon: villages with articles, homonyms, landmarks, days
P(
    "il36",
    IL,
    L,
    "Alma al-Shaab (vs Aita al-Shaab)",
    "Israeli troops fired at shepherds near Alma al-Shaab on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Alma al-Shaab", "Alma al Shaab", "Alma ash"], LB, SLEB),
)
P(
    "il37",
    IL,
    L,
    "Meiss al-Jabal, Marjayoun district",
    "An Israeli drone strike killed a man in Meiss al-Jabal, Marjayoun district, on Sunday, Lebanon's health ministry said.",
    E("2025-03-09", ["Meiss al-Jabal", "Mays al-Jabal", "Meiss"], LB, SLEB),
)
P(
    "il38",
    IL,
    L,
    "Taybeh (homonyms in Israel)",
    "An Israeli drone strike hit a house in the southern Lebanese town of Taybeh on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Taybeh", "Tayibe"], LB, SLEB),
)
P(
    "il39",
    IL,
    L,
    "Ghajar / Shebaa Farms",
    "Hezbollah fired a mortar round at Israeli troops in the Shebaa Farms on Sunday, the Israeli military said.",
    E("2025-03-09", ["Shebaa", "Shaba"], None, (33.3, 35.75, 25)),
)
P(
    "il40",
    IL,
    L,
    "opposite X",
    "Israeli troops fired machine guns from a position opposite Kfar Kila on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Kfar Kila", LB),
)
P(
    "il41",
    IL,
    L,
    "Israeli community: Shtula / Zar'it",
    "An anti-tank missile fired from Lebanon hit a house in Shtula on Sunday, the Israeli military said.",
    E("2025-03-09", "Shtula", IL_, (33.08, 35.3, 20)),
)
P(
    "il42",
    IL,
    L,
    "X, on the outskirts of Y",
    "An Israeli drone struck a bulldozer in Wadi Hamoul, on the outskirts of Naqoura, on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Wadi Hamoul", "Naqoura"], LB),
)
P(
    "il43",
    IL,
    L,
    "the X-Y road",
    "An Israeli drone struck a car on the Khiam-Marjayoun road on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Khiam", "Marjayoun"], LB, SLEB),
)
P(
    "il44",
    IL,
    L,
    "Kfar/Kafr variant: Kafr Kila",
    "Israeli troops blew up houses in Kafr Kila on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Kafr Kila", "Kfar Kila"], LB, SLEB),
    n=[0, 1],
)
P(
    "il45",
    IL,
    L,
    "list of 6 villages with 'as well as'",
    "Israeli drones struck Blida, Mais al-Jabal, Houla and Markaba, as well as Odaisseh and Rab Thalathine, on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Blida"),
    E("2025-03-09", "Mais al-Jabal"),
    E("2025-03-09", "Houla"),
    E("2025-03-09", "Markaba"),
    E("2025-03-09", "Odaisseh"),
    E("2025-03-09", "Rab Thalathine"),
)
P(
    "il46",
    IL,
    L,
    "Beirut (AFP), dateline comma style + today",
    "Beirut (AFP) \u2013 An Israeli strike on a car in Yaroun killed one man on Sunday, Lebanon's health ministry said.",
    E("2025-03-09", "Yaroun"),
)
P(
    "il47",
    IL,
    L,
    "in the small hours of Sunday",
    "Israeli warplanes struck the outskirts of Nabatieh in the small hours of Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Nabatieh"),
)
P(
    "il48",
    IL,
    L,
    "earlier on Sunday, second incident",
    "An Israeli drone strike killed a man in Aitaroun on Sunday evening, Lebanon's health ministry said. Earlier on Sunday, an Israeli drone dropped a grenade on Kfar Kila.",
    E("2025-03-09", "Aitaroun"),
    E("2025-03-09", "Kfar Kila"),
)
P(
    "il49",
    IL,
    L,
    "on Saturday last, Lebanese style",
    "An Israeli drone strike killed a man in Aitaroun on Saturday last, Lebanon's health ministry said.",
    E("2025-03-08", "Aitaroun"),
)

# --- Thailand-Cambodia: Ban/Phum names, homonyms, days
P(
    "tc34",
    TC,
    K,
    "Ban X, Tambon Y, Z district",
    "Cambodian rockets hit Ban Phlan Yao in Tambon Sao Thong Chai, Kantharalak district, on Sunday, the Thai army said.",
    E("2025-08-03", "Phlan Yao", TH, (14.6, 104.6, 40)),
)
P(
    "tc35",
    TC,
    K,
    "X district of Buriram",
    "Cambodian troops fired at Thai positions in Ban Kruat district of Buriram on Sunday, the Thai army said.",
    E("2025-08-03", "Ban Kruat", TH, (14.4, 103.1, 40)),
)
P(
    "tc36",
    TC,
    K,
    "Sa Kaeo: Ta Phraya district",
    "Cambodian troops fired small arms at Thai soldiers in Ta Phraya district, Sa Kaeo province, on Sunday, the Thai army said.",
    E("2025-08-03", "Ta Phraya", TH, (14.1, 102.8, 40)),
)
P(
    "tc37",
    TC,
    K,
    "Khmer town O'Smach",
    "Thai troops fired artillery at O'Smach in Oddar Meanchey on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", ["Smach"], KH, (14.43, 103.7, 30)),
)
P(
    "tc38",
    TC,
    K,
    "Samraong + Phum village",
    "Thai artillery shells hit Phum Kouk Mon near Samraong town on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", ["Kouk Mon", "Samraong"], KH, (14.2, 103.5, 40)),
)
P(
    "tc39",
    TC,
    K,
    "Chong Sa-ngam pass",
    "Cambodian troops fired mortars near the Chong Sa-ngam pass in Phu Sing district on Sunday, the Thai army said.",
    E("2025-08-03", ["Sa-ngam", "Sa ngam", "Phu Sing"], TH, (14.4, 104.1, 40)),
)
P(
    "tc40",
    TC,
    K,
    "Ban X and Ban Y (unknown)",
    "Cambodian rockets hit Ban Nong Ya Kaeo and Ban Sawai in Surin province on Sunday, the Thai army said.",
    E("2025-08-03", "Nong Ya Kaeo"),
    E("2025-08-03", "Sawai"),
)
P(
    "tc41",
    TC,
    K,
    "Ubon Ratchathani: Nam Yuen district",
    "Cambodian troops fired at Thai rangers in Nam Yuen district of Ubon Ratchathani on Sunday, the Thai army said.",
    E("2025-08-03", "Nam Yuen", TH, (14.45, 105.0, 40)),
)
P(
    "tc42",
    TC,
    K,
    "Sunday evening local time + Thai time",
    "Cambodian troops fired artillery near Chong Bok at 18:20 Thai time on Sunday, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "tc43",
    TC,
    K,
    "Sunday (Aug 3) brackets",
    "Cambodian troops fired small arms near Ta Muen Thom on Sunday (Aug 3), the Thai army said.",
    E("2025-08-03", "Ta Muen Thom"),
)
P(
    "tc44",
    TC,
    K,
    "Phnom Penh dateline + today",
    "PHNOM PENH, Aug 3 (Xinhua) -- Thai troops fired artillery at Cambodian positions in Preah Vihear province today, Cambodia's defence ministry said.",
    E("2025-08-03", "Preah Vihear"),
)
P(
    "tc45",
    TC,
    K,
    "before dawn on Sunday",
    "Cambodian troops fired rockets at Kantharalak before dawn on Sunday, the Thai army said.",
    E("2025-08-03", "Kantharalak"),
)
P(
    "tc46",
    TC,
    K,
    "Buddhist-era date 3 August 2568",
    "Cambodian troops fired small arms near Chong Bok on 3 August 2568, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)

# ================= Batch 3: namesakes without containers, names cut to a namesake, unknown pairs, long lists, headers =================
P(
    "ru62",
    RU,
    R,
    "namesake: Luhanske village (vs Luhansk city)",
    "Russian-backed separatists shelled Luhanske near Svitlodarsk on Sunday, the JFO press centre said.",
    E("2021-05-09", "Luhanske", UA, (48.43, 38.25, 30)),
)
P(
    "ru63",
    RU,
    R,
    "namesake: Berdianske (vs Berdiansk)",
    "Russian-backed separatists fired at Berdianske, east of Mariupol, on Sunday, the JFO press centre said.",
    E("2021-05-09", "Berdianske", UA, (47.1, 37.7, 30)),
)
P(
    "ru64",
    RU,
    R,
    "namesake: Novotroitske (vs Troitske)",
    "Russian-backed separatists fired at the checkpoint at Novotroitske on Sunday, the JFO press centre said.",
    E("2021-05-09", "Novotroitske", UA, (47.72, 37.57, 40)),
)
P(
    "ru65",
    RU,
    R,
    "namesake: Katerynivka in Luhansk region",
    "Russian-backed separatists fired at Katerynivka in the Luhansk region on Sunday, the JFO press centre said.",
    E("2021-05-09", "Katerynivka", UA, (48.6, 38.45, 80)),
)
P(
    "ru66",
    RU,
    R,
    "namesake: Pervomaisk (LPR)",
    "Ukrainian forces shelled Pervomaisk on Sunday, the LPR's representation in the JCCC said.",
    E("2021-05-09", "Pervomaisk", UA, (48.63, 38.55, 30)),
)
P(
    "ru67",
    RU,
    R,
    "namesake: Vodiane near Donetsk (DPR)",
    "Ukrainian forces fired from Vodiane towards Yasynuvata on Sunday, the DPR's representation in the JCCC said.",
    E("2021-05-09", "Yasynuvata", UA, (48.13, 37.86, 30)),
)
P(
    "ru68",
    RU,
    R,
    "landmark named after a city: Donetsk airport",
    "Russian-backed separatists fired mortars at Ukrainian positions near the old terminal of Donetsk airport on Sunday, the JFO press centre said.",
    E("2021-05-09", ["airport", "Donetsk"], UA),
)
P(
    "ru69",
    RU,
    R,
    "list of 8 places",
    "Russian-backed separatists fired at Ukrainian positions near Pisky, Opytne, Avdiivka, Krasnohorivka, Marinka, Novoluhanske, Svitlodarsk and Zolote on Sunday, the JFO press centre said.",
    *[
        E("2021-05-09", x)
        for x in ["Pisky", "Opytne", "Avdiivka", "Krasnohorivka", "Marinka", "Novoluhanske", "Svitlodarsk", "Zolote"]
    ],
)
P(
    "ip50",
    IP,
    M,
    "namesake: Ramgarh sector of Samba",
    "Pakistani Rangers fired at BSF posts in the Ramgarh sector of Samba district on Sunday, a BSF spokesman said.",
    E("2021-05-09", "Ramgarh", IN, (32.6, 75.0, 30)),
)
P(
    "ip51",
    IP,
    M,
    "namesake: Bagh (AJK)",
    "Indian troops fired at villages in Bagh district on Sunday, killing a woman, the ISPR said.",
    E("2021-05-09", "Bagh", PK, (33.98, 73.78, 40)),
)
P(
    "ip52",
    IP,
    M,
    "name cut: Shahpur Kerni",
    "Pakistani troops shelled Shahpur Kerni in Poonch on Sunday, an Indian army spokesman said.",
    E("2021-05-09", ["Shahpur Kerni", "Shahpur"], IN, (33.7, 74.1, 30)),
)
P(
    "ip53",
    IP,
    M,
    "name cut: Nikki Tawi, Battal",
    "Indian troops fired at civilians in Nikki Tawi in the Battal sector on Sunday, the ISPR said.",
    E("2021-05-09", ["Nikki Tawi", "Battal"], PK, (33.5, 74.0, 40)),
)
P(
    "ip54",
    IP,
    M,
    "list of 6 villages",
    "Pakistani troops shelled Salotri, Balakote, Basoni, Mendhar, Degwar and Kerni in Poonch district on Sunday, an Indian army spokesman said.",
    *[E("2021-05-09", x) for x in ["Salotri", "Balakote", "Basoni", "Mendhar", "Degwar", "Kerni"]],
)
P(
    "ip55",
    IP,
    M,
    "Nowshera with only the Indian sides (no container)",
    "A soldier was killed when Pakistani troops shelled forward posts in Nowshera on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Nowshera", IN, (33.15, 74.23, 40)),
)
P(
    "aa46",
    AA,
    W,
    "name cut: Verin Shorzha",
    "Azerbaijani forces fired at Verin Shorzha in Gegharkunik on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", ["Verin Shorzha", "Shorzha"], AM),
)
P(
    "aa47",
    AA,
    W,
    "Kokhanabi village, Tovuz",
    "Armenian forces fired at Kokhanabi village of Tovuz district on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", "Kokhanabi", AZ, (40.95, 45.6, 40)),
)
P(
    "aa48",
    AA,
    W,
    "unknown X and Y villages in Z province",
    "Azerbaijani forces shelled Norabak and Artanish villages in Gegharkunik province on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Norabak"),
    E("2022-09-13", "Artanish"),
)
P(
    "aa49",
    AA,
    W,
    "Aghdam in Tovuz with no 'district'",
    "Armenian forces fired at Aghdam, a village in Tovuz, on Tuesday, Azerbaijan's defence ministry said.",
    E("2022-09-13", ["Aghdam", "Agdam"], AZ, (40.95, 45.6, 40)),
)
P(
    "aa50",
    AA,
    W,
    "list of 6 Armenian villages",
    "Azerbaijani forces shelled Sotk, Kut, Norabak, Verin Shorzha, Jermuk and Goris on Tuesday, Armenia's defence ministry said.",
    *[E("2022-09-13", x) for x in ["Sotk", "Kut", "Norabak", "Shorzha", "Jermuk", "Goris"]],
)
P(
    "il50",
    IL,
    L,
    "name cut: Rab Thalathine",
    "An Israeli drone strike hit a house in Rab Thalathine on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Rab Thalathine", "Rab Thalathin"], LB, SLEB),
)
P(
    "il51",
    IL,
    L,
    "name cut: Kfar Chouba variant",
    "Israeli artillery shelled the outskirts of Kfar Chouba on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Kfar Chouba", "Kfar Shouba"], LB, SLEB),
)
P(
    "il52",
    IL,
    L,
    "Ramyeh, Bint Jbeil district",
    "Israeli troops fired at Ramyeh in the Bint Jbeil district on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", ["Ramyeh", "Ramya"], LB, SLEB),
)
P(
    "il53",
    IL,
    L,
    "unknown X and Y villages in Z",
    "Israeli drones struck Jebbayn and Yarine in the Tyre district on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Jebbayn"),
    E("2025-03-09", "Yarine"),
)
P(
    "il54",
    IL,
    L,
    "Houla homonym, no container",
    "An Israeli strike hit a house in Houla on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Houla", LB, SLEB),
)
P(
    "il55",
    IL,
    L,
    "list of 8 villages",
    "Israeli artillery shelled Khiam, Kfar Kila, Odaisseh, Markaba, Houla, Blida, Aitaroun and Yaroun on Sunday, Lebanon's National News Agency reported.",
    *[
        E("2025-03-09", x)
        for x in ["Khiam", "Kfar Kila", "Odaisseh", "Markaba", "Houla", "Blida", "Aitaroun", "Yaroun"]
    ],
)
P(
    "il56",
    IL,
    L,
    "Arab al-Aramshe, Israel",
    "An anti-tank missile from Lebanon hit a building in Arab al-Aramshe on Sunday, the Israeli military said.",
    E("2025-03-09", ["Aramshe", "Arab al"], IL_, (33.09, 35.2, 20)),
)
P(
    "tc47",
    TC,
    K,
    "Ban X in Y district (unknown Ban, known district)",
    "Cambodian artillery hit Ban Sai Tho in Phanom Dong Rak district on Sunday, the Thai army said.",
    E("2025-08-03", "Sai Tho", TH),
)
P(
    "tc48",
    TC,
    K,
    "Ban X, Y province (unknown Ban)",
    "Cambodian rockets hit Ban Phak Kaet, Sisaket province, on Sunday, the Thai army said.",
    E("2025-08-03", "Phak Kaet", TH),
)
P(
    "tc49",
    TC,
    K,
    "Phum X of Y commune",
    "Thai shells hit Phum Kork Pring of Kork Mon commune in Banteay Ampil district on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", "Kork Pring", KH),
)
P(
    "tc50",
    TC,
    K,
    "Prasat Preah Vihear (temple vs province)",
    "Thai troops fired at Cambodian soldiers near Prasat Preah Vihear on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", "Preah Vihear", None, (14.39, 104.68, 15)),
)
P(
    "tc51",
    TC,
    K,
    "list of 6 with 'as well as'",
    "Cambodian troops fired at Ta Muen Thom, Ta Kwai, Chong Bok, Phu Makhuea and Chong Chom, as well as Chong Sa-ngam, on Sunday, the Thai army said.",
    *[E("2025-08-03", x) for x in ["Ta Muen Thom", "Ta Kwai", "Chong Bok", "Phu Makhuea", "Chong Chom", "Sa-ngam"]],
)
P(
    "tc52",
    TC,
    K,
    "Ban X (Y district) brackets",
    "Cambodian rockets hit Ban Nong Khana (Kantharalak district) on Sunday, the Thai army said.",
    E("2025-08-03", "Nong Khana", TH),
)
# headers and datelines giving a day other than the published one
P(
    "ip56",
    IP,
    M,
    "header: date then byline, then today",
    "May 9, 2021\nBy our correspondent\n\nPakistani troops today shelled villages in Mendhar, an Indian army spokesman said.",
    E("2021-05-09", "Mendhar"),
)
P(
    "aa51",
    AA,
    W,
    "Azertac dateline Baku, 13 September, AZERTAC",
    "Baku, 13 September, AZERTAC. Armenian forces fired at Azerbaijani positions in the Lachin direction today, the defence ministry said.",
    E("2022-09-13", "Lachin"),
)
P(
    "aa52",
    AA,
    W,
    "Armenpress comma-caps dateline",
    "YEREVAN, SEPTEMBER 13, ARMENPRESS. Azerbaijani forces shelled Vardenis this morning, Armenia's defence ministry said.",
    E("2022-09-13", "Vardenis"),
)
P(
    "il57",
    IL,
    L,
    "NNA-style header: date line then text with today",
    "09 March 2025\n\nNNA - An Israeli drone struck a car in Naqoura today.",
    E("2025-03-09", "Naqoura"),
)
P(
    "tc53",
    TC,
    K,
    "header with time | separator",
    "3 Aug 2025 | 19:05\n\nCambodian troops fired rockets near Chong Bok this evening, the Thai army said.",
    E("2025-08-03", "Chong Bok"),
)
P(
    "ru70",
    RU,
    R,
    "header Published: ... then this morning",
    "Published: 09.05.2021\n\nRussian-backed separatists fired at Pisky this morning, the JFO press centre said.",
    E("2021-05-09", "Pisky"),
)

# ================= Batch 4: an unknown village after an impact verb, with its district; bare namesakes =================
P(
    "ip57",
    IP,
    M,
    "shells hit X, Y district (unknown X)",
    "Pakistani shells hit Basoni, Poonch district, on Sunday, an Indian army spokesman said.",
    E("2021-05-09", "Basoni", IN),
)
P(
    "aa53",
    AA,
    W,
    "shells hit X, Y province (known X: control)",
    "Azerbaijani shells hit Norabak, Gegharkunik province, on Tuesday, Armenia's defence ministry said.",
    E("2022-09-13", "Norabak", AM),
)
P(
    "il58",
    IL,
    L,
    "shells hit X, Y district (unknown X)",
    "Israeli shells hit Rab Thalathine, Marjayoun district, on Sunday, Lebanon's National News Agency reported.",
    E("2025-03-09", "Rab Thalathine", LB),
)
P(
    "tc54",
    TC,
    K,
    "shells hit Phum X in Y district",
    "Thai shells hit Phum Kork Pring in Banteay Ampil district on Sunday, Cambodia's defence ministry said.",
    E("2025-08-03", "Kork Pring", KH),
)
P(
    "ru71",
    RU,
    R,
    "shells hit X, Y district (unknown X)",
    "Separatist shells hit Staromarivka, Volnovakha district, on Sunday, the JFO press centre said.",
    E("2021-05-09", "Staromarivka", UA),
)
P(
    "ru72",
    RU,
    R,
    "namesake, bare: Novoselivka",
    "Russian-backed separatists shelled Novoselivka on Sunday, the JFO press centre said.",
    E("2021-05-09", "Novoselivka", UA, DONBAS),
)
P(
    "ru73",
    RU,
    R,
    "namesake: Pivdenne near Toretsk",
    "Russian-backed separatists shelled Pivdenne near Toretsk on Sunday, the JFO press centre said.",
    E("2021-05-09", "Pivdenne", UA, (48.4, 37.85, 30)),
)
P(
    "ru74",
    RU,
    R,
    "namesake: X, Donetsk oblast",
    "Russian-backed separatists shelled Pisky, Donetsk oblast, on Sunday, the JFO press centre said.",
    E("2021-05-09", "Pisky", UA, (48.07, 37.66, 40)),
)
