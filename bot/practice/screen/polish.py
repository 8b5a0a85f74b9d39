"""Polish signal patterns for the crisis screen, with the context words that temper them."""

# Written for how people type on a phone: without Polish letters ("chce umrzec", "zabije sie"),
# chat forms ("nwm", "nmg", "wgl", "sb"), gendered past forms ("chciałam/chciałem",
# "cięłam/ciąłem") and free word order ("on mnie bije", "bije mnie mąż", "się zabiję"). Text and
# patterns are folded alike (see normalising.py): "ę" is "e", "ł" is "l", "ż/ź" are "z", runs of a
# letter squeeze to one. Folding merges "chcę" (I want) with "chce" (he wants) and "zabiję" with
# "zabije", so whose state it is comes from the subject read before the match.
#
# Idioms stay clear: "umieram ze śmiechu", "zabij mnie, a nie pamiętam", "zabiłabym za kawę",
# "gol samobójczy", "na gwałt" (urgently).

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    "<NEGATABLE>": "",
    "<ADV>": (
        r"(?:(?:po prostu|poprostu|naprawde|serio|szczerze|juz|teraz|dzisiaj|dzis|czasem|czasami|czesto|znowu|znow|"
        r"tak|bardzo|tez|nawet|jeszcze|chyba|wreszcie|ciagle|zawsze|zaraz|wlasnie|wolalabym|wolalbym|najchetniej|"
        r"tylko|normalnie|wgl|w ogole|sie|wczoraj|przedwczoraj|w nocy|rano|wieczorem|regularnie|codziennie|mocno|"
        r"ja) ){0,3}"
    ),
    "<WANT>": (
        r"(?:chce|chcialabym|chcialbym|chcialam|chcialem|chcial|chciala|pragne|marze|wole|wolalabym|wolalbym|"
        r"mam ochote|najchetniej bym|planuje|zamierzam|musze|powinnam|powinienem|zaraz|pora|probowalam|probowalem|"
        r"postanowilam|postanowilem|mysle zeby|mysle o tym zeby|chce mi sie|chcialoby mi sie)"
    ),
    "<SUBJ>": (
        r"(?:on|ona|maz|mąż|chlopak|chłopak|partner|partnerka|zona|żona|dziewczyna|byly|były|ex|ojciec|tata|ojczym|"
        r"matka|mama|macocha|brat|konkubent|narzeczony|tesc|teściowa|tesciowa|wujek|dziadek|syn|facet|moj facet|"
        r"konkubina|kochanek|eks|byly maz|byly chlopak)"
    ),
    "<HITV>": (
        r"(?:bije|bil|bila|pobil|pobila|uderzyl|uderzyla|uderza|dusi|dusil|dusila|podduszal|kopie|kopnal|kopnela|"
        r"popycha|popchnal|popchnela|szarpie|szarpal|gwalci|zgwalcil|grozi|grozil|grozila|zamyka|zamknal|zamknela|"
        r"kontroluje|sledzi|szantazuje|poniza|leje|lal|tlucze|tlukl|katuje|maltretuje|policzkuje|"
        r"spoliczkowal|ciagnie za wlosy|ciagnal za wlosy|rzuca we mnie|rzucil we mnie|przyparl do sciany|"
        r"lapie za gardlo|zlapal za gardlo|trzyma pod kluczem|nachodzi|nachodzil|wystaje pod|czatuje|neka|nekal|"
        r"przesladuje|przesladowal|zastrasza|katowal|skatowal|dusi mnie)"
    ),
    "<RELATIVE>": (
        r"(?:siostra|siostrzyczka|brat|braciszek|przyjaciolka|przyjaciel|kolezanka|kolega|mama|matka|tata|ojciec|syn|"
        r"corka|córka|maz|mąż|zona|żona|chlopak|chłopak|dziewczyna|babcia|dziadek|kuzyn|kuzynka|sasiad|sąsiad|"
        r"sasiadka|sąsiadka|znajoma|znajomy|ciocia|wujek|bratanica|siostrzenica|najlepsza przyjaciolka|"
        r"najlepszy przyjaciel|psiapsiolka|psiapsi)"
    ),
    "<AGE>": (
        r"(?:[5-9]|1[0-7]|piec|pięć|szesc|sześć|siedem|osiem|dziewiec|dziewięć|dziesiec|dziesięć|jedenascie|"
        r"jedenaście|dwanascie|dwanaście|trzynascie|trzynaście|czternascie|czternaście|pietnascie|piętnaście|"
        r"szesnascie|szesnaście|siedemnascie|siedemnaście)"
    ),
    "<PILLS>": (
        r"(?:tabletek|tabletki|tabletkami|tabsow|tabsy|pigulek|pigułek|pigulki|pigułki|lekow|leków|leki|prochow|prochów|"
        r"prochy|nasennych|psychotropow|psychotropów|antydepresantow|antydepresantów|paracetamolu|ibupromu|xanaxu|"
        r"relanium|insuliny|nasenne|uspokajajacych|uspokajajace|przeciwbolowych|apapu|apap|ibuprofenu|tabsów)"
    ),
    "<KILLSELF>": (
        r"(?:sie zabic|zabic sie|odebrac sobie zycie|skonczyc ze soba|skonczyc z soba|skonczyc z zyciem|"
        r"skonczyc z tym wszystkim|popelnic samobojstwo|targnac sie na (?:swoje )?zycie|powiesic sie|sie powiesic|"
        r"otruc sie|sie otruc|utopic sie|sie utopic|zastrzelic sie|sie zastrzelic|skoczyc z (?:dachu|mostu|okna|"
        r"balkonu|wiezowca|bloku)|rzucic sie pod (?:pociag|samochod|auto|tramwaj)|podciac (?:sobie )?zyly|"
        r"pociac (?:sobie )?zyly|przeciac (?:sobie )?zyly|nalykac sie (?:\w+ )?<PILLS>|zejsc z tego swiata|"
        r"zniknac z tego swiata)"
    ),
}

_DEATH_WORDS = (
    r"\b(?:ja )?(?:<ADV>)(?:<WANT>) (?:<ADV>)(?:umrzec|zdechnac|nie zyc|byc martwa|byc martwy|umierac|nie istniec)\b"
    r"(?! (?:ze smiechu|z nudow|ze wstydu|z zazenowania|z milosci|za (?:ciebie|niego|nia|ojczyzne)|w (?:jego|jej|twoich) "
    r"ramionach)\b)",
    r"\b(?:umrzec|zdechnac) (?:<ADV>)(?:chce|chcialabym|chcialbym|mi sie chce)\b",
)

_DEATH_CHECK = (
    # "Zabij mnie, a nie pamiętam" is an idiom: for the life of me.
    r"\bzabij(?:cie)? mnie\b(?!,? (?:a|ale|bo) (?:ja )?nie\b)",
    r"\b(?:ja )?(?:chyba |zaraz |po prostu )?umre\b(?! (?:ze|z|bez|jak|jesli|jezeli|ze smiechu|z nudow)\b)",
)

_SUICIDE = (
    r"(?<!\bo )(?<!\bgol )(?<!\bgola )(?<!\bgolem )(?<!\bgoli )\bsamob(?:o|ó)j(?!a\b|ow\b|czy gol|czego gola|czym golem|cz\w* (?:zamach|atak|misj|akcj|gol)\w*)\w*",
    r"\bsuicyd\w*|\bsuicid\w*",
    r"\b(?:mysle|myslalam|myslalem|mysli|mysl|zastanawiam sie|zastanawialam sie) (?:\w+ )?o (?:samobojstw\w*|"
    r"odebraniu sobie zycia|tym zeby (?:sie zabic|umrzec|skonczyc ze soba))",
    r"\b(?:ja )?(?:<ADV>)(?:<WANT>) (?:<ADV>)<KILLSELF>\b",
    r"\b(?:zabije|zabilam|zabilem|zabilabym|zabilbym|zabijam) sie\b(?! (?:na|o|w wypadku|ze smiechu|smiechem|z nudow)\b)",
    r"\bsie (?:<ADV>)(?:zabije|zabilam|zabilem|zabilabym|zabilbym|zabijam|zabic)\b(?! (?:na|o|w wypadku)\b)",
    r"\b(?:powiesze|powiesilabym|powiesilbym|otruje|utopie|zastrzele) sie\b|\bsie (?:powiesze|otruje|utopie|zastrzele)\b",
    r"\b(?:skoncze|skonczylabym|skonczylbym) (?:<ADV>)(?:ze soba|z soba|z zyciem|z tym wszystkim)\b",
    r"\b(?:odbiore|odbiorę) sobie zycie\b",
    r"\b(?:podetne|pocne|przetne|podcielam|podcialem|pocielam) (?:sobie )?zyly\b|\bzyly (?:sobie )?(?:podciac|pociac|podetne)\b",
    r"\b(?:skocze|rzuce sie) (?:z (?:dachu|mostu|okna|balkonu|wiezowca|bloku)|pod (?:pociag|samochod|auto|tramwaj))\b",
    r"\bnalyk\w* sie (?:\w+ )?<PILLS>",
    r"\b(?:kupilam|kupilem|przygotowalam|przygotowalem|zawiazalam|zawiazalem) (?:juz )?(?:sobie )?petl[eaę]\b",
    r"\b(?:zbieram|odkladam|chomikuje|zbieralam|zbieralem|odlozylam|odlozylem|gromadze|chowam|schowalam|nazbieralam|"
    r"nazbieralem|uzbieralam|uzbieralem) (?:\w+ ){0,2}<PILLS>\b(?! (?:do (?:apteczki|torby|walizki|szpitala)|na (?:wyjazd|"
    r"wakacje|droge|zapas dla)|dla (?:mamy|babci|dziecka|kota|psa)|z recepty|na recepte)\b)",
    r"\b(?:juz |wiecej |dluzej )?nie (?:<ADV>)(?:chce|chcialabym|chcialbym|chcialam|chcialem|mam ochoty|mam sily|moge|"
    r"widze sensu) (?:<ADV>)(?:juz |dluzej |wiecej )?(?:zyc|istniec|budzic sie|sie budzic|obudzic sie|tu byc|"
    r"dalej zyc|zyc dalej|byc na tym swiecie)\b(?! (?:z|ze|w|bez|tam|razem|sam|sama|u|obok|tu z|w tym)\b)",
    r"\b(?:odechcialo|odechciewa|odechcial\w*) (?:mi )?(?:sie )?(?:juz )?zyc\b|\bnie chce mi sie (?:juz )?zyc\b",
    r"\b(?:zmeczona|zmeczony|mam dosc|mam dość|dosc mam|mam juz dosc) (?:<ADV>)(?:zyciem|zycia|zycie|istnienia)\b",
    r"\b(?:nie mam|brak mi|nie widze|nie ma) (?:po co|powodu|powodow|sensu|sily|sil|celu) (?:zeby |by )?(?:zyc|istniec|"
    r"dalej zyc|zycia|w zyciu)\b",
    r"\bpo co (?:mam )?(?:zyc|dalej zyc|istniec)\b",
    r"\b(?:czesc mnie|cos we mnie) (?:chce|pragnie) (?:umrzec|zniknac|nie zyc|sie zabic)\b",
    r"\b(?:bez mnie|beze mnie) (?:wszystkim |im |wam |swiatu |rodzinie )?(?:bedzie|byloby|bylo by|jest|beda|bylo) "
    r"(?:\w+ )?(?:lepiej|latwiej|prosciej|szczesliwsi)\b",
    r"\b(?:wszystkim|im|wam|swiatu|rodzinie) (?:bedzie|byloby|bylo by) (?:\w+ )?(?:lepiej|latwiej|prosciej) "
    r"(?:bez mnie|beze mnie)\b",
    r"\b(?:lepiej|lepiej by bylo|lepiej byloby),? (?:gdybym|zebym|jakbym) (?:umarla|umarl|nie zyla|nie zyl|sie nie urodzila|"
    r"sie nie urodzil|zniknela|zniknal|nie istniala|nie istnial)\b",
    r"\b(?:zaluje|szkoda),? ze (?:sie )?(?:urodzilam|urodzilem|zyje|obudzilam|obudzilem)\b",
    r"\bobym (?:umarla|umarl|sie (?:juz )?nie obudzila|sie (?:juz )?nie obudzil)\b",
    r"\b(?:list\w* pozegnaln\w*|pozegnaln\w* (?:list\w*|wiadomosc\w*|liscik\w*|film\w*))",
    r"\bnapisalam (?:\w+ )?(?:listy|list) do (?:wszystkich|rodzicow|mamy|rodziny)\b",
    r"\b(?:niedlugo|wkrotce|jutro|za tydzien|juz niedlugo) (?:mnie )?(?:juz )?nie bedzie\b(?! (?:w|na|u|przez|do|online)\b)",
    r"\bnie bedzie mnie (?:juz )?(?:niedlugo|wkrotce|dlugo|jutro)\b(?! (?:w|na|u|przez|do)\b)|\bnie pozyje (?:juz )?dlugo\b",
    r"\b(?:zasnac|usnac) i (?:sie )?(?:juz )?nie obudzic\b|\bnigdy sie nie obudzic\b|\bnie obudzic sie (?:juz|wiecej|rano)\b|"
    r"\bzeby sie (?:juz )?nie obudzic\b|\bzasnac na zawsze\b",
    r"\b(?:petl[eaę]|sznur) (?:\w+ )?(?:na szyje|dla siebie|przygotowalam|przygotowalem|kupilam|kupilem)\b",
)

_SUICIDE_CHECK = (
    r"\bnie (?:daje|dam) (?:juz |sobie |juz sobie )?rady\b(?! (?:z (?:tym projektem|praca|zadaniem|matma|nauka))\b)",
    r"\bnie (?:wytrzymam|wytrzymuje|zniose|znosze)\b(?! (?:ze smiechu|z ciekawosci|do|bez)\b)",
    r"\b(?:jaki|jaki to|co to) (?:ma |w ogole ma )?(?:sens|za sens)\b|\bpo co to wszystko\b|\bnie widze sensu\b",
    r"\b(?:nie jestem|nie czuje sie) (?:tu |w domu |tutaj )?(?:bezpieczna|bezpieczny|bezpiecznie)\b",
    r"\b(?:potrzebuje|potrzebna mi|potrzebuje pilnie) (?:\w+ )?pomocy\b(?! (?:z|ze|w|przy|od)\b)|\bpomozcie mi\b(?! (?:z|ze|w|przy)\b)|\bpomoz mi\b(?! (?:z|w|przy)\b)",
    r"\b(?:chce|chcialabym|chcialbym),? (?:zeby|by|aby) (?:to )?(?:wszystko|to) (?:sie )?(?:skonczylo|skonczylo sie|przestalo|"
    r"zatrzymalo)\b",
    r"\b(?:chce|chcialabym|chcialbym|mam ochote) (?:<ADV>)(?:zniknac|zapasc sie pod ziemie na zawsze|przestac istniec)\b",
    r"\bjestem (?:<ADV>)(?:ciezarem|ciężarem|obciazeniem|problemem dla wszystkich)\b",
    r"\b(?:jestem|czuje sie|wszystko jest|zycie jest|moje zycie jest) (?:<ADV>)(?:beznadziej|bezwartosciow|bezuzyteczn|bez nadziei)\w*",
    r"\bjestem (?:<ADV>)(?:nic nie warta|nic nie wart|nikim|zerem)\b|\bnikomu nie jestem potrzebna\b|\bnikomu nie jestem potrzebny\b",
)

_SUICIDE_CHECK_LIGHT = (
    r"\b(?:tak )?dalej (?:juz )?nie moge\b(?! (?:czekac|jesc|spac|\w+c)\b)|\bnie moge (?:juz )?tak dalej\b",
    r"\b(?:juz )?nie moge (?:juz|wiecej|dluzej)\b(?! (?:czekac|jesc|spac|sie doczekac|ze smiechu|bez)\b)",
    r"\bjuz nie moge\b(?! (?:czekac|jesc|spac|sie doczekac|ze smiechu|\w+c)\b)",
    r"\bnie mam (?:juz )?(?:sily|sil)\b(?! (?:na (?:prace|sprzatanie|nauke|silownie|gotowanie)|do (?:niego|nich|ciebie))\b)",
)

_SELF_HARM = (
    r"\b(?:tne|ciete|cielam|cialem|pocielam|pocialem|pocne|tnac|ciac|pociac|ciecie) sie\b",
    r"\bsie (?:<ADV>)(?:tne|ciac|pocielam|pocialem|cielam|cialem|pociac|okaleczam|okaleczylam|okaleczylem|kalecze|"
    r"samookaleczam|krzywdze|przypalam)\b",
    r"\b(?:okaleczam|okaleczylam|okaleczylem|kalecze|krzywdze|przypalam|drapie) (?:sie|siebie|sama siebie|sam siebie)\b"
    r"(?! (?:przez przypadek|niechcacy)\b)",
    r"\b(?:samookalecz|samouszkodz)\w*",
    r"\b(?:chce|mam ochote|musze|znowu|zaraz|znow) (?:sobie )?(?:zrobic|zrobie|zrobilam|zrobilem) (?:sobie )?krzywde\b",
    r"\bkrzywdzic (?:sie|siebie)\b",
    r"\b(?:tne|cielam|pocielam|cialem|pocialem|ciac|pociac) (?:sobie )?(?:rece|reke|nadgarstki|nadgarstek|uda|udo|nogi|"
    r"brzuch|skore)\b(?! (?:o|przy|nozem przy|kiedy|gdy)\b)",
    r"\b(?:wrocilam|wrocilem|wracam) do (?:ciecia|ciecia sie|samookaleczania|okaleczania)\b|\b(?:nawrot|nawrót) (?:ciecia|"
    r"samookaleczen\w*)\b|\bznowu (?:zaczelam|zaczalem) sie ciac\b",
    r"\b(?:gasze|gasilam) (?:papierosy|papierosa|peta) na (?:sobie|rece|rekach|skorze)\b",
    r"\b(?:zyletk\w*|ostrz\w*) (?:na|po|do) (?:rece|rekach|nadgarstku|nadgarstkach|udach|skorze)\b",
)

_PARTNER_VIOLENCE = (
    r"<NEGATABLE>\b(?:<SUBJ>) (?:<ADV>)(?:nigdy |nie )?mnie (?:<ADV>)(?:nie )?(?:<HITV>)\b(?! (?:w (?:szachy|grze)|pradem)\b)",
    r"<NEGATABLE>\b(?:<SUBJ>) (?:<ADV>)(?:nigdy |nie )?(?:<HITV>) mnie\b(?! (?:w (?:szachy|grze)|pradem)\b)",
    r"<NEGATABLE>\bmnie (?:<ADV>)(?:nie )?(?:<HITV>) (?:<ADV>)(?:<SUBJ>)\b",
    r"\b(?:<HITV>) mnie (?:<ADV>)(?:<SUBJ>)\b",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:grozi|grozil|grozila|odgraza sie) (?:mi )?(?:smiercia|ze mnie zabije|pobiciem|ze mnie pobije|"
    r"nozem|ze mi cos zrobi)\b",
    r"\b(?:rece|dlonie) (?:na|wokol) (?:mojej )?(?:szyi|gardle)\b",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:sprawdza|czyta|przeglada|kontroluje|sledzi) (?:<ADV>)(?:moj|moje|moja|mojego|moich) "
    r"(?:telefon|wiadomosci|smsy|messengera|messenger|maile|konto|pieniadze|lokalizacje|karte|facebooka|insta)\b",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:nie pozwala|nie pozwolil|zabrania|zabronil) (?:mi )?(?:<ADV>)(?:sie )?(?:spotykac|widywac|"
    r"wychodzic|rozmawiac|pracowac|dzwonic|kontaktu|kontaktowac|jezdzic|widziec)\b",
    r"\b(?:boje sie|boję się|boje sie go|strach mi) (?:<ADV>)(?:go|jego|meza|męża|chlopaka|partnera|bylego|ojczyma|ojca)\b"
    r"(?! (?:zranic|urazic|stracic|rozczarowac|zawiesc)\b)",
    r"\b(?:boje sie|boję się|strach mi|nie chce) (?:<ADV>)(?:wracac|wrocic|isc|jechac|przychodzic) do domu\b",
    r"\b(?:przemoc\w* domow\w*|przemoc\w* w (?:domu|zwiazku|rodzinie)|niebieska karta|niebieskiej karty|zakaz zblizania)\b",
    r"\b(?:siniaki|siniak|limo|podbite oko) (?:od niego|od meza|od chlopaka|po tym jak (?:mnie )?(?:uderzyl|pobil))\b",
)

# "Mama mnie zabije" is a parent's anger: partners only, and lowered by a light cue.
_PARTNER_KILL = (
    r"\b(?:on|maz|mąż|chlopak|chłopak|partner|byly|były|ex|ojczym|konkubent|narzeczony) (?:<ADV>)mnie (?:<ADV>)"
    r"(?:zabije|zatlucze|udusi|zadzga)\b",
)

_PARTNER_CHECK = (
    r"\b(?:<SUBJ>) (?:<ADV>)(?:robi|zrobil) mi krzywde\b|\b(?:<SUBJ>) (?:<ADV>)(?:sprawia|sprawil) mi bol\b",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:jest )?(?:bardzo |strasznie |taki |taka )?(?:zaborczy|kontrolujacy|agresywny|agresywna|"
    r"kontroluje wszystko|kontroluje kazdy moj krok)\b",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:krzyczy|wrzeszczy|drze sie) na mnie\b.{0,30}\b(?:boje|strach|rzuca)\w*",
)

_SEXUAL_VIOLENCE = (
    r"\b(?:zgwalc|zgwalcil|zgwalcon|gwalcil|gwalci)\w*",
    r"(?<!\bna )\bgwalt(?!own|em\b)\w*",
    r"\bmolest\w*",
    r"\b(?:wykorzystal|wykorzystywal|wykorzystuje) mnie (?:seksualnie|jak spalam|gdy spalam|kiedy spalam|po pijaku)\b",
    r"\b(?:zmusil|zmuszal|zmusza|zmuszala) mnie (?:\w+ )?(?:do (?:seksu|wspolzycia|stosunku|rozbierania|zdjec|nagich zdjec)|"
    r"zebym (?:sie rozebrala|z nim spala))\b",
    r"\b(?:powiedzialam|mowilam|powiedzialem) (?:mu )?(?:nie|stop|zeby przestal)\b.{0,20}\b(?:a|ale) on (?:nie przestal|dalej|"
    r"kontynuowal|nie sluchal)\b",
    r"\b(?:dotykal|dotyka|obmacywal|macal|rozbieral) mnie (?:\w+ ){0,2}(?:kiedy|gdy|jak) (?:spalam|spalem|bylam pijana|"
    r"bylam nieprzytomna|odplynelam)\b",
    r"\b(?:kiedy|gdy|jak) spalam,? (?:on )?(?:mnie )?(?:dotykal|obmacywal|macal|rozbieral)\b",
    r"\b(?:pigulk\w* gwaltu|dosypal\w* mi (?:cos|czegos|do drinka|do picia))\b",
    r"\b(?:bez mojej zgody|wbrew mojej woli)\b",
    r"\b(?:wrzucil|udostepnil|rozeslal|grozi ze wrzuci|grozi ze rozesle) (?:moje )?(?:nagie zdjecia|nudesy|nudy|intymne zdjecia)\b",
)

_MINOR = (
    r"<NEGATABLE>\b(?:mam|ja mam) (?:(?:dopiero|tylko|juz|prawie|niecale|ledwo|nie) )?<AGE> (?:lat|lata|latek|latka)\b"
    r"(?! (?:doswiadczenia|stazu|pracy|temu|w zawodzie|razem|malzenstwa|po slubie|na karku|kredytu|stazem)\b)",
    r"\bmam lat <AGE>\b",
    r"\b(?:skonczylam|skonczylem|wlasnie skonczylam|wlasnie skonczylem) <AGE>(?: lat)?\b(?! (?:lat pracy|kilometrow)\b)",
    r"\bjestem (?:jeszcze )?(?:niepelnoletni|niepełnoletni|nieletni|nieletnia|niepelnoletnia|niepełnoletnia|nastolatka|"
    r"nastolatkiem|dzieckiem)\b(?! (?:alkoholi\w*|rozwiedzionych|z rozbitej|w sercu|w duszy)\b)",
    r"\b(?:jestem|chodze) (?:w|do) (?:[4-8]|pierwszej|drugiej|trzeciej|czwartej|piatej|szostej|siodmej|osmej) (?:klasie|klasy|kl)\b"
    r"(?: (?:podstawowki|podstawówki|sp|liceum|technikum|szkoly))?",
    r"\b(?:chodze|chodzę) do (?:podstawowki|podstawówki|gimnazjum|gimbazy|liceum|technikum)\b",
)

_EATING_DISORDER = (
    r"\b(?:wymiotuje|rzygam|zwracam) (?:<ADV>)(?:po (?:jedzeniu|kazdym posilku|posilku)|specjalnie|celowo|wszystko co zjem)\b",
    r"\b(?:prowokuje|wywoluje|wywolalam|wywolalem|prowokowalam) (?:sobie )?wymioty\b",
    r"\bpalce do gardla\b|\bpalec do gardla\b",
    r"\b(?:glodze sie|glodzic sie|zaglodze sie|zaglodzic sie|glodzilam sie)\b",
    r"\bnie jem (?:juz |od )?(?:\d+|kilku|trzech|czterech|pieciu) dni\b",
    r"\b(?:karze|karzę|ukaralam) sie (?:glodem|jedzeniem|niejedzeniem)\b",
    r"\bnie (?:zasluguje|zasługuję) na (?:jedzenie|posilek|jedzenie czegokolwiek)\b",
    r"\b(?:przeczyszczajac|przeczyszczając)\w* (?:garsciami|paczkami|zeby schudnac)\b",
    r"\b(?:mam |choruje na )?(?:anoreksj|bulimi)\w*",
)

_MEDICAL = (
    r"\b(?:wzielam|wzialem|polknelam|polknalem|lyknelam|lyknalem|zazylam|zazylem|nalykalam sie|nalykalem sie|wypilam|wypilem) "
    r"(?:<ADV>)(?:cale|cala|calutkie) (?:opakowanie|paczke|pudelko|listek|blister|buteleczke)\b",
    r"\bprzedawkow\w*(?! (?:kofein|kawy|cukru|milosc|seriali)\w*)",
    r"\b(?:wzielam|wzialem|polknelam|polknalem|lyknelam|lyknalem|zazylam|zazylem|zjadlam|zjadlem|nalykalam sie|"
    r"nalykalem sie) (?:\w+ ){0,2}(?:cale|cala|wszystkie|opakowanie|paczke|listek|garsc|duzo|za duzo|kilkanascie|kilkadziesiat|"
    r"(?:1\d|[2-9]\d|\d{3})) (?:\w+ )?<PILLS>",
    r"\b(?:stracila przytomnosc|stracil przytomnosc|stracilam przytomnosc|jest nieprzytomn\w*|nieprzytomn\w*|nie oddycha|"
    r"nie moge oddychac|nie moge zlapac oddechu)\b",
    r"\b(?:krew nie przestaje (?:leciec|plynac)|mocno krwawie|wykrwawiam sie|duzo krwi|krwotok)\b",
)

_OTHER_PERSON = (
    r"\b(?:nie reaguje|nie budzi sie|nie moge (?:jej|go) (?:obudzic|dobudzic)|nie odzyskuje przytomnosci)\b(?! na\b)",
    r"\b(?:probowal|probowala|usilowal|usilowala|grozi ze|chcial|chciala|zamierza) (?:<ADV>)(?:sie zabic|zabic sie|"
    r"popelnic samobojstwo|odebrac sobie zycie|skonczyc ze soba|sie powiesic|powiesic sie)\b",
    r"\b(?:on|ona|<RELATIVE>) (?:<ADV>)(?:tnie sie|sie tnie|okalecza sie|sie okalecza|glodzi sie|sie glodzi)\b",
    r"\b(?:jej|ich|mojej \w+|mojego \w+) (?:chlopak|maz|partner|byly|ojczym|ojciec|konkubent) (?:<ADV>)(?:ja |go )?"
    r"(?:bije|bil|pobil|uderzyl|dusi|grozi|gwalci|zgwalcil)\b",
    r"\b(?:przyjaciolke|siostre|kolezanke|mame|corke|sasiadke|ja|go) (?:<ADV>)(?:bije|bil|pobil|dusi|dusil) (?:jej )?"
    r"(?:chlopak|maz|partner|byly|ojczym|ojciec|konkubent|tata)\b",
)

_COERCION = (
    r"\b(?:mowi|grozi|pisze|powiedzial|powiedziala|twierdzi|straszy)\b.{0,40}\b(?:sie zabije|zabije sie|odbierze sobie zycie|"
    r"skonczy ze soba|cos sobie zrobi|zrobi sobie krzywde|popelni samobojstwo|sie powiesi)\b.{0,30}?"
    r"\b(?:jesli|jezeli|jak|gdy) (?:go |ja )?(?:zostawie|odejde|rzuce)",
    r"\b(?:jesli|jezeli|jak|gdy) (?:go |ja )?(?:zostawie|odejde|rzuce)\b.{0,40}\b(?:sie zabije|zabije sie|"
    r"odbierze sobie zycie|skonczy ze soba|cos sobie zrobi|zrobi sobie krzywde|sie powiesi)\b",
)

_HARM_TO_OTHERS = (
    r"\b(?:ja )?(?:<ADV>)(?:zabije|zatluke|udusze|zadzgam|zastrzele|zajebie) (?:<ADV>)(?:go|ja|ich|cie|ciebie|tego|te|meza|"
    r"zone|sasiada|szefa|ojca|matke|wszystkich)\b(?! (?:smiechem|wzrokiem)\b)",
    r"\b(?:ja )?(?:go|ja|ich|cie) (?:<ADV>)(?:zabije|zatluke|udusze|zadzgam|zastrzele|zajebie)\b",
    r"\b(?:chce|mam ochote|zamierzam|postanowilam|postanowilem) (?:<ADV>)(?:go|ja|ich|cie) (?:zabic|udusic|zatluc|zadzgac|"
    r"zastrzelic|okaleczyc)\b",
)

# Families added after the corpus review: other word orders, past forms, threats reported.
_SUICIDE_MORE = (
    r"\b(?:stoje|stoję|siedze|siedzę|stalam|stalem|weszlam|wszedlem|jestem)\b (?:\w+ ){0,2}na (?:moscie|dachu|krawedzi|balkonie|"
    r"parapecie|oknie|torach|peronie|klifie|skraju dachu|wiezowcu|bloku)\b.{0,50}\b(?:skoczyc|skocze|skakac|zeskoczyc|"
    r"rzucic sie|rzuce sie|spasc|zrobic krok|w dol)\b",
    r"\b(?:<WANT>|mysle|myslalam|myslalem|zastanawiam sie) (?:<ADV>)(?:zeby |czy nie )?(?:skoczyc|zeskoczyc|rzucic sie) (?:w dol|"
    r"z (?:dachu|mostu|okna|balkonu|wiezowca|bloku|pietra)|pod (?:pociag|samochod|auto|tramwaj))\b",
    r"\b(?:postanowilam|postanowilem|zdecydowalam|zdecydowalem|wiem)\b,? (?:ze )?to (?:juz )?(?:koniec|ostatni dzien|ostatnia noc)\b"
    r"(?! (?:z|ze|naszego|tego zwiazku|miedzy|pracy|studiow|diety)\b)",
    r"\bto (?:juz )?koniec\b,? (?:\w+ ){0,2}(?:dzis|dzisiaj|jutro|dzis w nocy|tej nocy|wieczorem) (?:to )?(?:zrobie|zrobie to)\b",
    r"\b(?:mysle|myslalam|myslalem|szukam|googluje|czytam|wiem|wybieram) (?:o tym )?(?:jak|w jaki sposob|czym|gdzie|kiedy) "
    r"(?:<ADV>)(?:najlepiej )?(?:<KILLSELF>|umrzec|sie zabic)\b",
    r"\b(?:jak|sposob\w*) (?:<ADV>)(?:szybko |bezbolesnie |najlepiej )?(?:sie zabic|zabic sie|popelnic samobojstwo|"
    r"odebrac sobie zycie|powiesic sie|otruc sie)\b",
    r"\b(?:czesc mnie|cos we mnie|czasem|czasami) (?:<ADV>)(?:chce|pragnie|chcialaby|chcialabym|chcialbym) (?:<ADV>)"
    r"(?:umrzec|zniknac|nie zyc|sie zabic|sie nie obudzic|nie obudzic sie|zasnac na zawsze)\b",
    r"\b(?:chce|chcialabym|chcialbym|marze) (?:<ADV>)(?:zeby |by )?(?:jutro |rano )?(?:sie )?(?:juz )?nie obudzic(?: sie)?\b",
    r"\b(?:nie ma|nie bedzie) mnie (?:juz )?(?:niedlugo|wkrotce|jutro|dlugo)\b(?! (?:w|na|u|przez|do)\b)",
    r"\b(?:chce|chcialabym|chcialbym|mam ochote) (?:cos|coś) (?:sobie )?zrobic\b|\bzrobie sobie (?:cos|krzywde)\b",
)

_DEATH_WISH_CHECK = (
    r"\b(?:ja )?(?:chce|chcialabym|chcialbym|chce mi sie) (?:<ADV>)(?:umrzec|zdechnac|nie zyc)\b"
    r"(?! (?:ze smiechu|z nudow|ze wstydu|z zazenowania|z milosci|za (?:ciebie|niego|nia|ojczyzne))\b)",
)

_RELATIONSHIP_DEATH = (
    r"\b(?:umre|umrę|nie przezyje|nie przeżyję|zgine|zginę),? (?:jak|jesli|jezeli|gdy|kiedy|bez) (?:\w+ ){0,2}(?:odejdzie|zostawi|"
    r"rzuci|odejdziesz|zostawisz|rzucisz|niego|niej|ciebie|go stracę|go strace)\b",
)

_SUICIDE_CHECK_MORE = (
    r"\b(?:zmeczona|zmeczony|wykonczona|wykonczony|wyczerpana|wyczerpany) (?:<ADV>)(?:wszystkim|zyciem|tym wszystkim|"
    r"tym zyciem|soba)\b",
    r"\b(?:przeszkadzam|zawadzam) (?:<ADV>)(?:wszystkim|kazdemu|tylko)\b|\b(?:jestem )?(?:zbedna|zbedny|niepotrzebna|"
    r"niepotrzebny) (?:<ADV>)(?:nikomu|wszystkim|tu|tutaj|na tym swiecie)\b",
    r"\b(?:nikt|nic) (?:mi )?(?:juz )?(?:mi )?nie (?:pomoze|pomaga)\b",
    r"\b(?:petl[eaę]|sznur|line|linke) (?:<ADV>)(?:kupilam|kupilem|przygotowalam|przygotowalem|zawiazalam|zawiazalem|mam)\b|"
    r"\b(?:kupilam|kupilem|przygotowalam|przygotowalem|zawiazalam|zawiazalem) (?:juz )?(?:sobie )?(?:sznur|line|linke)\b"
    r"(?! (?:do (?:bielizny|prania|wspinaczki|namiotu)|na pranie)\b)",
    r"\b(?:jaki|jakie|co) (?:\w+ ){0,3}(?:ma|to ma) (?:w ogole |jeszcze )?sens\b",
    r"\bnic (?:juz )?nie ma (?:juz )?sensu\b|\bwszystko (?:jest )?bez sensu\b",
    r"\bpo co (?:ja )?(?:<ADV>)(?:zyje|zyc|istnieje|mam zyc|sie urodzilam|sie urodzilem)\b",
    r"\b(?:gdyby|jakby|jesliby|a gdyby|co by bylo gdyby) (?:<ADV>)mnie (?:<ADV>)nie (?:bylo|stalo)\b",
    r"\bjest mi (?:<ADV>)(?:bardzo |tak |strasznie |okropnie |cholernie |mega )?(?:zle|ciezko|smutno|zle na duszy)\b"
    r"(?!,? (?:z (?:zoladkiem|brzuchem)|po (?:jedzeniu|alkoholu|tabletkach|wczorajsz\w*|imprezie|imprezce)|przez (?:upal|"
    r"goraczke|przeziebienie)|fizycznie|na kacu|z kaca)\b)",
    r"\bnie wiem,? co (?:mam )?(?:robic|zrobic|ze soba zrobic)\b(?! (?:(?:z|ze) (?!soba\b)\w+|na|w|we|dla|po)\b)|"
    r"\bnie wiem,? (?:do kogo|gdzie) (?:sie )?(?:zwrocic|isc)\b",
    r"\b(?:jestem )?na (?:skraju|krawedzi)\b(?! (?:lasu|drogi|miasta|wsi|lozka|kanapy|stolu|zwolnienia|rozwodu|bankructwa)\b)|"
    r"\bjestem (?:<ADV>)(?:wykonczona|wykonczony|rozbita|rozbity|zlamana|zlamany|na dnie)\b",
    r"\b(?:mam (?:juz )?dosc|dosc mam) (?:<ADV>)(?:wszystkiego|tego wszystkiego|zycia|siebie)\b",
)

_SELF_HARM_MORE = (
    r"\b(?:pociac|ciac|okaleczyc|skrzywdzic|zranic|poranic) (?:sie|siebie)\b|\bsie (?:<ADV>)(?:pociac|ciac|okaleczyc|poranic)\b",
    r"\b(?:chowam|ukrywam|zakrywam) (?:\w+ )?(?:blizny|rany|ciecia|rece|nadgarstki)\b|\bchowam (?:\w+ )?pod (?:rekawami|rekawem|"
    r"dlugim rekawem)\b",
)

# A threat reported ("mowi ze mnie zabije"); a parent's anger said lightly is lowered.
_PARTNER_THREAT = (
    r"\b(?:mowi|powiedzial|grozi|pisze|napisal|krzyczy|krzyczal|obiecal|straszy|zagrozil|twierdzi)\b,? (?:ze )?(?:\w+ )?"
    r"(?:mnie (?:<ADV>)(?:zabije|zatlucze|udusi|zadzga|zakatuje|pobije|zaciuka)|(?:zabije|zatlucze|udusi|zadzga|zakatuje|pobije) "
    r"mnie)\b",
)

_PARTNER_MORE = (
    r"\b(?:dusil|dusila|podduszal|pobil|pobila|uderzyl|uderzyla|bil|bila|kopal|kopnal|popchnal|szarpal|zgwalcil|skatowal|"
    r"spoliczkowal|tlukl|lal|katowal) mnie\b(?! (?:w (?:szachy|szachach|grze|karty|tenisa)|na glowe|pradem|pilka)\b)",
    r"\bmnie (?:<ADV>)(?:dusil|dusila|podduszal|pobil|pobila|uderzyl|uderzyla|kopnal|zgwalcil|skatowal|spoliczkowal)\b"
    r"(?! (?:w (?:szachy|szachach|grze|karty|tenisa)|na glowe|pradem|pilka)\b)",
    r"\b(?:bija|bili|tluka|tlukli|lali|leja|katuja|katowali) mnie\b(?! (?:w (?:szachy|grze|karty|tenisa)|pradem|pilka)\b)|"
    r"\bmnie (?:<ADV>)(?:bija|bili|tluka|tlukli|leja|lali|katuja)\b(?! (?:w (?:szachy|grze|karty|tenisa)|pradem|pilka)\b)",
    r"\b(?:zepchnal|zepchnela|zrzucil|zrzucila|popchnal|popchnela) mnie (?:z|ze) (?:schodow|balkonu|schodkow)\b",
    r"\b(?:zamyka|zamknal|zamknela|zamykal|zamykala) mnie (?:<ADV>)(?:w (?:domu|pokoju|mieszkaniu|lazience|piwnicy)|na klucz)\b",
    r"\b(?:siniaki|siniak|slady) (?:\w+ )?na (?:szyi|gardle)\b|\bna (?:szyi|gardle) (?:\w+ )?(?:siniaki|slady)\b",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:sledzi|sledzil|sledzila|szpieguje|chodzi) (?:mnie|za mna)\b(?! (?:na (?:insta|instagramie|"
    r"tiktoku|fb|facebooku))\b)",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:stoi|stal|czeka|czatuje|wystaje) (?:pod|przed|kolo) (?:moim |moja )?(?:blokiem|domem|oknami|"
    r"drzwiami|praca|klatka)\b",
    r"\b(?:wypisuje|pisze|wysyla|przysyla|wyslal|napisal) (?:mi )?(?:<ADV>)(?:grozby|grozbami|pogrozki)\b",
    r"\b(?:<SUBJ>) (?:<ADV>)(?:sprawdza|czyta|przeglada|kontroluje|sledzi) (?:<ADV>)(?:mi|moj|moje|moja|mojego|moich|wszystkie "
    r"moje) (?:telefon|wiadomosci|smsy|messengera|messenger|maile|konto|pieniadze|lokalizacje|karte|facebooka|insta)\b",
)

_PARTNER_CHECK_MORE = (
    r"\bnie pozwala (?:mi )?(?:<ADV>)(?:sie )?(?:spotykac|widywac|wychodzic|rozmawiac|pracowac|dzwonic|kontaktowac|jezdzic|"
    r"widziec) (?:sie )?(?:z|ze|do) (?:kolezankami|przyjaciolmi|znajomymi|rodzina|mama|rodzicami|przyjaciolkami)\b",
)

_SEXUAL_MORE = (
    r"\b(?:<SUBJ>|sasiad|nauczyciel|trener|nieznajomy|kuzyn|znajomy|facet) (?:<ADV>)mnie (?:<ADV>)(?:dotykal|dotyka|obmacywal|"
    r"obmacuje|macal|maca|rozbieral|molestowal|molestuje|wykorzystal|wykorzystywal)\b",
    r"\b(?:<SUBJ>|sasiad|nauczyciel|trener|nieznajomy|kuzyn|znajomy|facet) (?:<ADV>)(?:dotyka|dotykal|obmacuje|obmacywal|maca|"
    r"macal|rozbiera|rozbieral|molestuje|molestowal) (?:<ADV>)mnie\b(?! (?:za (?:reke|ramie)|slowami|do lez)\b)",
    r"\bmnie (?:<ADV>)(?:dotykal|obmacywal|macal|rozbieral|molestowal) (?:<ADV>)(?:<SUBJ>|sasiad|nauczyciel|trener|nieznajomy|"
    r"kuzyn|znajomy|facet)\b",
    r"\b(?:dotykal|dotyka|obmacywal|macal) mnie (?:po|w) (?:piersiach|pupie|intymnych|miejscach intymnych|kroczu)\b",
)

_COERCION_MORE = (
    r"\b(?:mowi|grozi|pisze|powiedzial|powiedziala|twierdzi|straszy|napisal|napisala)\b.{0,40}\b(?:sie zabije|zabije sie|"
    r"odbierze sobie zycie|skonczy ze soba|cos sobie zrobi|zrobi sobie krzywde|popelni samobojstwo|sie powiesi|sie potnie|"
    r"potnie sie|skoczy|sie otruje|otruje sie)\b.{0,40}?\b(?:jesli|jezeli|jak|gdy|kiedy) (?:\w+ ){0,2}(?:zostawie|odejde|"
    r"rzuce|wyjade|sie rozstane|sie rozwiode|wyjde)",
    r"\b(?:jesli|jezeli|jak|gdy|kiedy) (?:\w+ ){0,2}(?:zostawie|odejde|rzuce|wyjade|sie rozstane|sie rozwiode)\b.{0,40}"
    r"\b(?:sie zabije|zabije sie|odbierze sobie zycie|skonczy ze soba|cos sobie zrobi|zrobi sobie krzywde|sie powiesi|"
    r"sie potnie|potnie sie|skoczy|sie otruje)\b",
)

_EATING_MORE = (
    r"\b(?:glodze sie|prawie nie jem|prawie nic nie jem|w ogole nie jem|nic nie jem|"
    r"nic nie jadlam|nic nie jadlem)(?:,? \w+){0,3},? (?:zeby|by|aby|chce|musze)"
    r"(?: jeszcze)? (?:schudnac|zrzucic|nie (?:przytyc|tyc))\b",
    r"\bnie jem (?:juz |nic )?od (?:tygodnia|paru dni|kilku dni|wielu dni|\d+ dni)\b",
    r"\b(?:wymiotowalam|wymiotowalem|zwymiotowalam|zwymiotowalem|rzygalam|rzygalem|zwracalam|wymiotowac|zwymiotowac) "
    r"(?:<ADV>)(?:specjalnie|celowo|po (?:jedzeniu|kazdym posilku|posilku|obiedzie|kolacji)|wszystko co zjadlam)\b",
    r"\b(?:specjalnie|celowo) (?:<ADV>)(?:wymiotuje|wymiotowalam|wymiotowalem|zwymiotowalam|rzygam|rzygalam|zwracam)\b",
    r"\bnie jem (?:juz |nic )?(?:od )?(?:\d+|dwoch|trzech|czterech|pieciu|kilku|paru) dni\b",
    r"\bza kare (?:<ADV>)(?:nie jem|glodze sie|nic nie jem|nie jadlam)\b|\b(?:nie jem|glodze sie|nic nie jem|nie jadlam)\b"
    r".{0,30}\bza kare\b",
)

_OTHER_MORE = (
    r"\b(?:przyjaciolke|siostre|kolezanke|mame|corke|sasiadke|ja|kuzynke) (?:<ADV>)(?:bije|bil|pobil|dusi|dusil|gwalci|"
    r"zgwalcil|katuje) (?:jej )?(?:chlopak|maz|partner|byly|ojczym|ojciec|konkubent|tata|facet|narzeczony)\b",
    r"\b(?:jej|ich) (?:facet|narzeczony|konkubent|eks) (?:<ADV>)(?:ja |go )?(?:bije|bil|pobil|uderzyl|dusi|grozi|gwalci|"
    r"zgwalcil)\b",
)

LEXICON = Lexicon(
    code="pl",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WORDS, hyperbole=True),
        *check(Category.SUICIDE, *_DEATH_CHECK, hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE),
        *crisis(Category.SUICIDE, *_SUICIDE_MORE),
        *check(Category.SUICIDE, *_DEATH_WISH_CHECK),
        *check(Category.SUICIDE, *_RELATIONSHIP_DEATH),
        *check(Category.SUICIDE, *_SUICIDE_CHECK),
        *check(Category.SUICIDE, *_SUICIDE_CHECK_MORE),
        *check(Category.SUICIDE, *_SUICIDE_CHECK_LIGHT, hyperbole=True),
        *crisis(Category.SELF_HARM, *_SELF_HARM),
        *crisis(Category.SELF_HARM, *_SELF_HARM_MORE),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_VIOLENCE),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_MORE),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_THREAT, hyperbole=True),
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK_MORE),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL_MORE),
        *crisis(Category.COERCION, *_COERCION_MORE),
        *crisis(Category.EATING_DISORDER, *_EATING_MORE),
        *crisis(Category.OTHER_PERSON, *_OTHER_MORE),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_KILL, hyperbole=True),
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL_VIOLENCE),
        *check(Category.MINOR, *_MINOR),
        *crisis(Category.EATING_DISORDER, *_EATING_DISORDER),
        *crisis(Category.MEDICAL_EMERGENCY, *_MEDICAL),
        *crisis(Category.OTHER_PERSON, *_OTHER_PERSON),
        *crisis(Category.COERCION, *_COERCION),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS, hyperbole=True),
    ),
    topic=(
        r"\b(?:filmie|filmu|serialu|serialem|serialach|ksiazk\w*|powiesc\w*|podcast\w*|wyklad\w*|w wiadomosciach|artykul\w*|referat\w*|badani\w*|"
        r"profilaktyk\w*|prewencj\w*|gra|grze|postac\w*|rozdzial\w*|pacjent\w*|dyzur\w*|na oddziale)\b"
    ),
    shorthand={
        "nwm": "nie wiem",
        "nw": "nie wiem",
        "nmg": "nie moge",
        "nmgl": "nie moge",
        "wgl": "w ogole",
        "wgle": "w ogole",
        "sb": "sobie",
        "mn": "mnie",
        "cb": "ciebie",
        "tb": "tobie",
        "bd": "bede",
        "jb": "jebac",
        "tera": "teraz",
        "teraa": "teraz",
        "sh": "samookaleczenie",
        "samobuj": "samobojstwo",
        "samobujstwo": "samobojstwo",
    },
    negation=r"\b(?:nie|nigdy|ani razu|ani troche|zaden|zadna|zadnego|wcale|bynajmniej)\b",
    hedge=(
        r"\b(?:wiem|wie|rozumiem|pamietam|pewna|pewien|czemu|dlaczego|po co|klamie|zartuje|mam sily|mam sil|widze sensu|"
        r"ma sensu|umiem|potrafie|mowie|powiem|bede klamac|z kim|gdzie)\b"
    ),
    clause=r"\b(?:ale|i|a|oraz|bo|poniewaz|chociaz|choc|jednak|wiec|lub|albo|zas)\b",
    past=(
        r"\b(?:(?:kiedy|gdy|jak) (?:bylam|bylem) (?:\w+ )?(?:mal\w*|dzieckiem|nastolatk\w*|mlodsz\w*|w (?:podstawowce|szkole|"
        r"gimnazjum|liceum))|(?:kiedy|gdy|jak) (?:mialam|mialem) \d{1,2}|w dziecinstwie|jako dziecko|jako nastolat\w*|"
        r"jako mala|jako maly|(?:wiele |kilka |pare |\d+ )?(?:lat|miesiecy) temu|rok temu|dawno temu|kiedys|dawniej|"
        r"w przeszlosci|w poprzednim zwiazku|w pierwszym malzenstwie|(?:moj |moja )?(?:byly|byla) (?:maz|chlopak|partner)|"
        r"w (?:19|20)\d\d)\b"
    ),
    present=(
        r"\b(?:znowu|znow|teraz|wciaz|nadal|dalej|dzisiaj|dzis|dzis w nocy|tej nocy|ciagle|caly czas|wczoraj|ostatnio|"
        r"obecnie|w tej chwili|codziennie|kazdego dnia)\b"
    ),
    # Context words are shared by every language, so "on" (he) counts only before a verb or pronoun, never
    # in English "on my way"; bare kinship words are those no other language spells alike.
    third_person=(
        r"\b(?:on(?= (?:chce|chcial|mowi|powiedzial|napisal|pisze|probowal|sie|juz|naprawde|ciagle|znowu|nie|"
        r"mnie|mi|ja|ją|zawsze|chyba|tez|grozi|bije|mysli|tnie))|ona|oni|(?:moja|moj|moje|mojej|mojego|nasza|nasz) "
        r"<RELATIVE>|siostra|przyjaciolka|przyjaciel|kolezanka|kolega|matka|tata|ojciec|corka|maz|zona|chlopak|"
        r"dziewczyna|babcia|dziadek|kuzyn|kuzynka|sasiad|sasiadka|psiapsiolka)\b"
    ),
    first_person=r"\b(?:ja|mnie|jestem|sama)\b",
    light=(
        r"(?:\b(?:ha(?:ha)+\w*|hah\w*|heh\w*|xd+|lol|beka|zartuje|zart|smieszne|jk)\b|\){2,}|😂|🤣|💀|😅|🙄|😆|:d\b|"
        r"\bze smiechu\b|\bz nudow\b|\bze wstydu\b|\bz glodu\b|\bz zimna\b|\bz upalu\b|\bz goraca\b|\bz zazenowania\b|"
        r"\b(?:ten|ta|to|tym|tej|przez ten|przez te|przez to|przez tego|ten cholerny|ta cholerna) (?:egzamin\w*|kolokwium|"
        r"kolos\w*|sprawdzian\w*|kartkowk\w*|upal\w*|sesj\w*|szef\w*|korek|korki|poniedzialek|matm\w*|serial\w*|wyklad\w*|"
        r"matur\w*|raport\w*)|\b(?:jak|jesli|jezeli) (?:sie )?(?:dowie|zobaczy|dowiedza|zobacza)\b|\bcringe\b|"
        # Trivial causes ("mam deadline, umre", "zabije go, znowu zapomnial kupic chleba").
        r"\b(?:deadline\w*|korki|upal|zebrani\w*)\b|\b(?:zapomnial|zapomniala|znowu nie|znow nie) (?:\w+ )?(?:kupic|wyrzucic|"
        r"wyniesc|umyc|posprzatac|zadzwonic|zamknac|wylaczyc)\b|\b(?:chleb\w*|mlek\w*|naczyni\w*|skarpet\w*|smieci|"
        r"ladowark\w*|pilot\w*)\b)"
    ),
    condition=(
        r"\b(?:(?:jesli|jezeli|jak|gdy) (?:on|ona|mnie|moj \w+|moja \w+) (?:mnie )?(?:\w+ )?(?:zostawi|odejdzie|rzuci|zdradzi|"
        r"nie odpisze|nie zadzwoni|przestanie)|bez (?:niego|niej|ciebie)\b|(?:jesli|jezeli|jak) sie rozstaniemy|"
        r"(?:dopoki|az) (?:nie )?(?:odpisze|zadzwoni))"
    ),
    not_now_age=(
        r"\b(?:(?:kiedy|gdy|jak) (?:mialam|mialem|bylam|bylem)|jakbym|jak dziecko|niczym|czuje sie|zachowuje sie|"
        r"od (?:\d+|<AGE>) (?:roku|lat)|w wieku|\d+ ?(?:letnia|letni|letnie|letniej|letnią)|letni(?:a|ej|e)?|"
        r"(?:moja|moj|mojej|mojego) (?:corka|syn|siostra|brat|corce|synowi))\b"
    ),
)
