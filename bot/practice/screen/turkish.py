"""Turkish signal patterns for the crisis screen, with the context words that temper them."""

# Folded text has no Turkish letters (ö->o, ü->u, ş->s, ğ->g, ı->i, ç->c), so "ölmek" meets
# "olmak" (to be) one letter apart. Death words are therefore written only in forms that stay
# apart from forms of "olmak" ("ölmek", "öleceğim", "ölsem"), never "öldüm"/"ölüyorum", which
# fold to "oldum"/"oluyorum" (I became / I am becoming). `_GUARD` lists the "olmak" forms so the
# spelling repair never reads them as the death word. Negation is mostly a verb suffix in
# Turkish, so denied forms are kept out of the patterns by lookaheads rather than by `negation`.

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

# Ordinary words one slip from a pattern word; listed so spelling repair leaves them alone.
_GUARD = (
    r"(?!olmak|olmayi|olmaya|olsam|olsun|olacagim|olacam|olucam|olcam|olsak|olmam|olayim|olmali|"
    r"olmaliyim|olmasi|oldurur|kesin|kesim|yakin|yakinda|yakala\w*|kasim|doymak|dovme|dovmeler)"
)

MACROS = {
    "<WANT>": r"(?:istiyorum|istiyom|istiyorm|istiyrm|isterdim|istiyordum|istiyom)",
    "<NOWANT>": r"(?:istemiyorum|istemiyom|istemiyorm|istemiyrm|istemem|istemiyordum)",
    "<REL>": (
        r"kız kardeşim|erkek kardeşim|kardeşim|ablam|abim|ağabeyim|arkadaşım|en yakın arkadaşım|kankam|"
        r"annem|babam|oğlum|kızım|kocam|eşim|karım|sevgilim|erkek arkadaşım|kız arkadaşım|kuzenim|teyzem|"
        r"halam|dayım|amcam|yeğenim|komşum|iş arkadaşım|öğrencim|danışanım|arkadaşımın|kocası|sevgilisi|"
        r"eşi|oda arkadaşım|ev arkadaşım|nişanlım"
    ),
    "<PARTNER>": (
        r"(?:kocam|eşim|karım|sevgilim|nişanlım|erkek arkadaşım|kız arkadaşım|babam|annem|abim|ağabeyim|"
        r"üvey babam|eski kocam|eski sevgilim|eski eşim)"
    ),
    "<STALK>": (
        r"(?:(?:peşimi|yakamı) (?:\w+ )?(?:bırakmıyor|bırakmadı|bırakmayacak)|(?:beni|peşimden) (?:\w+ ){0,1}"
        r"(?:takip ediyor|takip etti|izliyor|gözetliyor|kolluyor|dolaşıyor)|(?:kapımın|evimin|işyerimin|okulumun) "
        r"(?:önünde|önüne|kapısında) (?:\w+ ){0,1}(?:bekliyor|bekledi|dolaşıyor|geliyor|geldi))\b"
    ),
    "<AGE>": (
        r"(?:1[0-7]|[5-9]|on bir|on iki|on üç|on dört|on beş|on altı|on yedi|onbir|oniki|onüç|ondört|onbeş|"
        r"onaltı|onyedi|on|beş|altı|yedi|sekiz|dokuz)"
    ),
}

_DEATH_WISH = (
    r"\b(?:ölmek|ölmeyi|ölmeye|gebermek|geberip gitmek|ölüp gitmek) (?:\w+ ){0,2}(?:<WANT>|düşünüyorum|"
    r"düşünüyom)\b",
    r"\b(?:ölesim|geberesim) (?:var|geldi|geliyor)\b",
    r"\b(?:öleceğim|ölücem|ölecem|ölcem|ölsem|ölseydim|ölmeliyim|ölmem lazım|ölmem gerek)\b"
    r"(?! (?:bu|sana|senin|icin|için)\b)",
    r"\b(?:öldür beni|öldürün beni|biri beni öldürsün|beni öldürün)\b",
)

_SUICIDE = (
    _GUARD + r"\bintihar\w*(?! (?:etmem|etmeyecegim|etmeyecem|etmicem|etmeyi dusunmuyorum|dusuncem yok|"
    r"dusuncesi yok|dusunmuyorum|etmedim|etmiyorum)\b)",
    r"\bkendimi (?:\w+ ){0,2}(?:öldür(?!mem|meyecegim|mezdim|meyecem)\w*|asacağım|asıcam|asmak|asmayı|assam|"
    r"zehirle\w*|boğacağım|boğmak|boğmayı)",
    r"\böldür(?:eceğim|ücem|cem|mek istiyorum|sem) kendimi\b",
    r"\bcanıma kıy\w*",
    r"\b(?:hayatıma|hayatima|yaşamıma|her ?şeye|bu hayata|bu işe|herşeye) son ver(?:eceğim|icem|cem|mek|meyi|meye|"
    r"sem|mek istiyorum)\b",
    r"\bher ?şeyi bitir(?:eceğim|icem|mek istiyorum|meyi düşünüyorum)\b",
    r"(?<!la )(?<!le )(?<!da )(?<!de )(?<!ta )(?<!te )(?<!bunu )(?<!sunu )(?<!onu )(?<!tekrar )(?<!daha )"
    r"(?<!yalniz )(?<!bunlari )\b(?:yaşamak|yaşamayı|yaşamaya|hayatta kalmak) (?:\w+ ){0,1}<NOWANT>\b",
    r"\b(?:artık |artik )?(?:yaşamak|yaşamaktan) (?:\w+ )?(?:yoruldum|bıktım|sıkıldım)\b",
    r"\byaşamak için (?:hiçbir |bir )?(?:sebebim|nedenim) (?:yok|kalmadı)\b",
    r"\b(?:hayat|bu hayat) yaşamaya değmez\b",
    r"\b(?:herkes|ailem|herkesin|onlar) (?:\w+ ){0,2}(?:bensiz|ben olmadan|ben olmasam) (?:daha )?"
    r"(?:iyi|mutlu|rahat)\w*",
    r"\b(?:keşke|keske) (?:\w+ ){0,2}(?:hiç doğmasaydım|doğmasaydım|uyanmasam|uyanmasaydım|ölsem|ölseydim|"
    r"ölmüş olsam|yok olsam)\b",
    r"\b(?:bir daha|sabah|yarın) (?:hiç )?(?:uyanmasam|uyanmak istemiyorum)\b",
    r"(?<!erken )(?<!geç )(?<!gec )(?<!öğlene kadar )\buyan(?:mamak|mamayı) (?:<WANT>)\b",
    r"\b(?:hap|ilaç|ilac|uyku hap)\w* (?:\w+ ){0,1}(?:biriktir\w*|topluyorum|topladım|stokluyorum|saklıyorum)",
    r"\bveda (?:mektub|not|mesaj)\w*",
    r"\bbu (?:benim )?son mesajım\b",
    r"\b(?:yakında|çok yakında|uzun süre|daha fazla) (?:burada |aranızda |hayatta )?olmayacağım\b",
    r"\bbir (?:yanım|parçam|tarafım) (?:\w+ ){0,1}ölmek istiyor\b",
    r"\b(?:köprüden|çatıdan|balkondan|binadan|pencereden|camdan|uçurumdan) (?:\w+ ){0,1}(?:atlayacağım|atlıcam|"
    r"atlicam|atlamak|atlasam|atlamayı|atlayacaktım)\b",
    r"\bkendimi (?:köprüden|çatıdan|balkondan|binadan|pencereden|camdan|trenin önüne|arabanın önüne) (?:\w+ )?"
    r"(?:atacağım|atıcam|atmak|atsam|atmayı)\b",
    r"\b(?:bileklerimi|bileğimi|damarlarımı|damarımı|bileklerimi) (?:\w+ ){0,1}kes(?:eceğim|icem|mek|tim|sem|meyi)\b",
    r"\bölümü (?:düşünüyorum|istiyorum|bekliyorum)\b",
    # "sleep and never wake up", in any person and mood
    r"\b(?:uyuyup|uyuyup da|uyuyupta|yatıp|uyusam|uyuyayım|uyumak|uyuyunca) (?:\w+ ){0,2}(?:hiç |bir daha |bir daha hiç )?"
    r"uyanma(?:mak|mayı|masam|sam|yayım|yalım|masaydım|mak istiyorum|mak istiyor)\b",
    r"\b(?:hiç|bir daha|bir daha hiç|sonsuza dek|sonsuza kadar|ebediyen) uyanma(?:mak|mayı|masam|yayım|masaydım)\b",
    # "I'll do something to myself"
    r"\bkendime (?:bir ?şey|bişey|bisi|bir şeyler|kötü bir şey) (?:\w+ )?(?:yapacağım|yapıcam|yapcam|yapacam|yaparım|"
    r"yapmak istiyorum|yapmaktan korkuyorum|yapabilirim)\b",
    # "everyone would be better off without me", either word order
    r"\b(?:ben olmasam|ben olmazsam|ben ölsem|ben gitsem|ben yok olsam|ben olmadan|bensiz|ben ortadan kalksam|"
    r"ben ölünce|ben gidince) (?:\w+ ){0,2}(?:herkes|ailem|herkesin|onlar|dünya|annem|babam|çocuklarım)\w* (?:\w+ ){0,1}"
    r"(?:daha )?(?:iyi|mutlu|rahat|huzurlu|kolay)\w*",
)

_SUICIDE_CHECK = (
    r"(?<!ya )(?<!ye )\b(?:artık |artik )?(?:dayanamıyorum|katlanamıyorum|kaldıramıyorum|tahammül edemiyorum|"
    r"baş edemiyorum|çekemiyorum)\b",
    r"\b(?:artık (?:bunu )?yapamıyorum|bunu artık yapamıyorum|artık yapamayacağım|artık devam edemiyorum|"
    r"devam edemeyeceğim)\b",
    r"\b(?:yaşamanın|hayatın|hayatımın|hiçbir şeyin|her şeyin|yaşamamın|yaşadığımın|bu hayatın) (?:bir |hiç |hiçbir )?"
    r"(?:anlamı|anlam|önemi|değeri) (?:yok|kalmadı)\b",
    r"\b(?:hiçbir|hiç bir|hiç) (?:anlamı|önemi) (?:yok|kalmadı) (?:bu |benim )?(?:hayatın|yaşamanın|hayatımın|yaşamın)\b",
    r"\b(?:her şey|hayat|hayatım|yaşamak|bu hayat) (?:çok |tamamen |artık )?(?:anlamsız|boş|boşuna|anlamsızlaştı)\b",
    r"\b(?:pes ettim|vazgeçtim|pes ediyorum) (?:artık|her şeyden|hayattan|yaşamaktan)\b",
    r"\b(?:ne anlamı var|ne anlamı kaldı|neden yaşıyorum|ne için yaşıyorum|niye yaşıyorum|hiçbir şeyin anlamı yok|"
    r"hayatın anlamı yok|yaşamanın anlamı yok)\b",
    r"\bgüvende (?:değilim|hissetmiyorum)\b",
    r"\b(?:yardıma ihtiyacım var|bana yardım edin|bana yardım et|yardım edin|yardım lazım|yardım istiyorum)\b",
    r"\bher ?şey(?:in)? (?:dursun|bitsin|sona ersin|dursun istiyorum|bitsin istiyorum)\b",
    r"\b(?:kaybolmak|yok olmak|ortadan kaybolmak|buharlaşmak|yok olup gitmek) (?:<WANT>)\b",
    r"\b(?:herkese |aileme |size |ailemin üstünde )?(?:bir )?(?:yüküm|yük oluyorum|yükten ibaretim)\b",
    r"\b(?:umutsuzum|umudum (?:yok|kalmadı)|değersizim|işe yaramazım|hiçbir işe yaramıyorum|bir hiçim)\b",
    r"\b(?:kaybolsam|gitsem|olmasam|yok olsam) (?:\w+ ){0,1}kimse (?:fark etmez|farketmez|anlamaz|özlemez|"
    r"umursamaz)\b",
    r"\b(?:hayattan|her ?şeyden) (?:bıktım|vazgeçtim|yoruldum)\b",
    # Worn to the end: "I'm at my limit", "I'm finished", "no strength left".
    r"\b(?:sınırdayım|sınırımdayım|sınırdayız|son raddedeyim|dibe vurdum|dipteyim|tükendim|tükenmiş durumdayım|"
    r"ben bittim|bittim artık|artık bittim|ben tükendim|pes ediyorum artık|artık pes ediyorum|her şeyden vazgeçiyorum)\b",
    r"\b(?:hiçbir şeye|hiçbir şey için|yaşamaya|devam etmeye|artık) (?:\w+ )?(?:gücüm|takatim|dermanım|mecalim|enerjim|"
    r"halim) (?:kalmadı|yok)\b",
    r"\b(?:gücüm|takatim|dermanım|mecalim) (?:hiç )?kalmadı\b",
    r"\b(?:çok kötüyüm|berbatım|berbat durumdayım|perişanım|mahvoldum|darmadağınım|paramparçayım|çok kötü hissediyorum)\b"
    r".{0,40}\b(?:ne yapacağımı bilmiyorum|ne yapacağımı şaşırdım|ne yapacağım|kimsem yok|kime söyleyeceğimi|"
    r"yardım|dayanamıyorum)",
    r"\b(?:hiç )?(?:var olmasaydım|var olmasam|var olmamayı|var olmamak|doğmasam|yok olsaydım)\b",
    # "I'd die if he left me": a worry about the bond, said with a condition ("ölürüm" folds like "olurum").
    r"\b(?:bırakırsa|terk ederse|giderse|ayrılırsa|ayrılırsak|aldatırsa|kaybedersem|ölürse|onsuz|sensiz|o olmadan|"
    r"sen olmadan|gidersen|bırakırsan|ayrılırsan) (?:ben )?(?:ölürüm|ölürüm ben|yaşayamam|yaşayamam ben)\b",
)

_SELF_HARM = (
    r"\bkendime (?:\w+ ){0,1}zarar\b(?! (?:vermem|vermiyorum|vermeyecegim|vermedim|vermek istemiyorum)\b)",
    _GUARD + r"\bkendimi (?:\w+ ){0,1}(?:kes(?:iyorum|tim|eceğim|icem|mek|meye|meyi|iyom|ebilirim)|"
    r"yak(?:tım|ıyorum|acağım|mak)|yarala\w*|jiletle\w*|dövüyorum|dövdüm|tırmalıyorum|tırmaladım|"
    r"cezalandırıyorum)\b"
    # Cut while shaving or cooking, or by accident, is no self-harm.
    r"(?! (?:\w+ ){0,2}(?:tıraş|traş|yemek yaparken|sebze|soğan|kağıtla|yanlışlıkla|kazara|kazayla|bilmeden)\w*)",
    r"\b(?:kollarımı|kolumu|bacaklarımı|bacağımı|bileğimi|derimi|uyluğumu|karnımı) (?:\w+ ){0,1}"
    r"(?:jiletle\w*|jiletliyorum|kesiyorum|kestim|keseceğim|yakıyorum|yaktım)\b",
    r"\bjilet\w* (?:\w+ ){0,1}(?:attım|atıyorum|atıcam|atacağım|çektim|çekiyorum|atmak)\b",
    r"\b(?:kendimi kesme|kendime zarar verme|jilet atma|kesme) (?:isteğim|isteği|dürtüsü|dürtüm|krizim)\b",
    r"\b(?:tekrar|yine|yeniden) (?:kendimi )?(?:kesmeye başladım|jilet attım|kendime zarar verdim)\b",
)

_PARTNER = (
    r"\bbeni (?:\w+ ){0,2}(?:dövüyor|dövdü|döver|dövüyordu|dövecek|dövmeye|döverdi|dövüp|dovuyo|dövmüş|"
    r"tokatlıyor|tokatladı|tekmeliyor|tekmeledi|boğmaya çalıştı|boğdu|boğuyor|tehdit ediyor|tehdit etti|"
    r"hapsediyor|kilitliyor|kilitledi|eve kapatıyor|yumrukladı|yumrukluyor|sürükledi|yaraladı|duvara itti|"
    r"yere itti|ittirdi)\b",
    r"\b(?:dövüyor|dövdü|tokatladı|tekmeledi|boğmaya çalıştı) beni\b",
    r"\bbana (?:\w+ ){0,2}(?:vuruyor|vurdu|vurur|vururdu|tokat (?:attı|atıyor)|tekme (?:attı|atıyor)|"
    r"yumruk (?:attı|atıyor)|el kaldırıyor|el kaldırdı|şiddet uyguluyor|şiddet uyguladı)\b",
    r"\b<PARTNER> (?:\w+ ){0,3}(?:şiddet uyguluyor|şiddet uyguladı|dayak atıyor|dayak attı|dövüyor|dövdü|"
    r"vuruyor|tokat atıyor|tokat attı|tehdit ediyor|tehdit etti)\b",
    r"\b(?:şiddet görüyorum|şiddete uğruyorum|şiddete maruz kalıyorum|dayak yiyorum|aile içi şiddet|"
    r"ev içi şiddet|kadına şiddet)\b",
    r"\b(?:boğazımı sıktı|boğazımı sıkıyor|boğazıma sarıldı|beni boğmaya)\b",
    r"\b(?:telefonumu|mesajlarımı|whatsappımı|konumumu|hesaplarımı) (?:\w+ ){0,1}(?:kontrol ediyor|karıştırıyor|"
    r"karıştırdı|kontrol etti|takip ediyor|denetliyor)\b",
    r"\b(?:arkadaşlarımla|ailemle|kimseyle|arkadaşlarımı|ailemi) (?:\w+ ){0,2}(?:görüşmeme|görmeme|konuşmama|"
    r"buluşmama|çıkmama) (?:izin vermiyor|müsaade etmiyor)\b",
    r"\b(?:dışarı çıkmama|çalışmama|evden çıkmama|telefon kullanmama) (?:izin vermiyor|müsaade etmiyor)\b",
    r"\b(?:ondan|kocamdan|eşimden|sevgilimden|babamdan|karımdan) (?:çok |cok )?(?:korkuyorum|korkuyom|"
    r"ödüm kopuyor)\b",
    r"\b(?:eve|evime) (?:gitmeye|dönmeye) (?:\w+ ){0,1}(?:korkuyorum|korkuyom)\b",
    r"\b(?:öldürmekle|öldürmek ile) tehdit (?:ediyor|etti)\b",
    # A threat to kill the writer, told as his words: "beni öldüreceğini söyledi", "seni öldürürüm dedi".
    r"\bbeni (?:\w+ ){0,2}(?:öldüreceğini|öldüreceğine|öldürmekle|öldürmeye|öldüreceğim diye|öldürmek istediğini)\b",
    r"\bseni (?:\w+ ){0,1}(?:öldürürüm|öldüreceğim|öldürücem|öldürcem|gebertirim|geberteceğim|keserim|doğrarım) "
    r"(?:\w+ ){0,1}(?:dedi|diyor|diye|demiş|der|dedi bana|diye bağırdı|diye tehdit)\b",
    # Stalking by a partner, an ex or a stranger: following, waiting at the door, not letting go.
    r"\b(?:<PARTNER>|eski \w+|biri|birisi|bir adam|o adam|adamın biri|tanımadığım biri|komşum|patronum|hocam) "
    r"(?:\w+ ){0,2}(?:<STALK>)",
)

_STALK_CHECK = (r"\b(?:<STALK>)",)

_PARTNER_HYPERBOLE = (
    # An exam, work or heat that "will kill me" is a complaint, not a threat.
    r"(?<!sinav )(?<!sınav )(?<!iş )(?<!is )(?<!ders )(?<!trafik )(?<!sıcak )(?<!sicak )(?<!soğuk )(?<!soguk )(?<!proje )(?<!ödev )(?<!odev )(?<!dizi )(?<!film )(?<!maç )(?<!mac )(?<!toplantı )(?<!toplanti )(?<!bu )(?<!şu )(?<!su )(?<!sınavlar )(?<!dersler )(?<!işler )(?<!yorgunluk )(?<!uykusuzluk )(?<!açlık )(?<!aclik )(?<!stres )(?<!tez )(?<!kuyruk )(?<!mesai )"
    r"\bbeni (?:\w+ ){0,1}(?:öldürecek|öldürür|öldürücek)\b",
)

_PARTNER_CHECK = (
    r"\b(?:beni |bana )?(?:incitiyor|canımı yakıyor|canımı acıtıyor)\b",
    r"\b(?:yanında|onunla|evde|onun yanında) (?:kendimi )?güvende (?:hissetmiyorum|değilim)\b",
    r"\b<PARTNER> (?:\w+ ){0,2}(?:kontrolcü|baskıcı|saldırgan|agresif|şiddet eğilimli)\b",
)

_SEXUAL = (
    r"\btecavüz\w*",
    r"\btaciz\w*",
    r"\bcinsel (?:istismar|saldırı|taciz|şiddet)\w*",
    r"\bistismara (?:uğradım|uğruyorum)\b",
    r"\b(?:zorla|rızam olmadan|istemediğim halde|ben istemeden|istemememe rağmen) (?:\w+ ){0,2}(?:seks|ilişkiye|"
    r"birlikte oldu|dokundu|dokunuyor|elledi|öptü|soydu|yattı|sahip oldu)\w*",
    r"\bbeni (?:\w+ ){0,1}(?:elledi|elliyor|sıkıştırdı)\b",
    r"\bsarkıntılık\w*",
    r"\b(?:bana|benimle|beni) zorla (?:\w+ ){0,1}(?:yaptı|yapıyor|yaptılar|yapmaya çalıştı|birlikte oldu|ilişkiye girdi|"
    r"sevişti|yattı|soydu|öptü|dokundu|elledi)\b",
    r"\b(?:istemediğim halde|istemememe rağmen|ben istemeden|hayır dememe rağmen|hayır dedim ama) (?:\w+ ){0,2}"
    r"(?:yaptı|devam etti|durmadı|dokundu|elledi|soydu|yattı|birlikte oldu)\b",
    r"\b(?:özel yerlerime|göğüslerime|bacaklarımın arasına|iç çamaşırıma) (?:\w+ )?(?:dokun\w*|ell\w*)",
)

_MINOR = (
    r"\b(?:ben )?(?:daha |henüz |sadece |yeni )?<AGE> ?yaşında(?:yım|yim|ym|yiz)\b",
    r"\b<AGE> ?yaşımdayım\b",
    r"\b<AGE> yaşında bir (?:kızım|erkeğim|çocuğum|öğrenciyim|gencim)\b",
    r"\b(?:lisedeyim|liseye gidiyorum|lise öğrencisiyim|ortaokuldayım|ortaokula gidiyorum|ortaokul öğrencisiyim|"
    r"ilkokuldayım)\b",
    r"\b(?:[5-9]|1[0-2])\. ?sınıf(?:tayım|a gidiyorum)\b",
    r"\b(?:reşit değilim|18 yaşından küçüğüm|henüz 18 olmadım|daha 18 olmadım)\b",
)

_EATING = (
    r"\b(?:yedikten sonra|yemekten sonra|her yemekten sonra|yer yemez) (?:\w+ ){0,1}(?:kusuyorum|kusturuyorum|"
    r"kusmaya|kusarım|çıkarıyorum)\b",
    r"\b(?:kendimi )?kustur(?:uyorum|dum|mak|maya|acağım|ucam)\b",
    r"\b(?:bilerek|kasten|isteyerek|kendimi zorlayarak|parmağımla|yine bilerek) (?:\w+ )?"
    r"kus(?:tum|uyorum|uyom|arım|acağım|icam|cam|mak|maya|mayı|tururum|turdum|turuyorum)\b",
    r"\b(?:yedikten sonra|yemekten sonra|yemeklerden sonra|yer yemez|yiyince|yedikçe) (?:\w+ ){0,1}(?:yine|hep|tekrar|"
    r"her seferinde|gene) (?:\w+ )?kus(?:tum|uyorum|uyom|arım|acağım|icam|tururum|turdum|turuyorum)\b",
    r"\bparmağımı boğazıma\b",
    r"\bkendimi aç (?:bırakıyorum|bıraktım|bırakacağım)\b",
    r"\b(?:ceza olarak|cezalandırmak için) (?:\w+ ){0,2}(?:yemiyorum|yemek yemiyorum|aç kal\w*)\b",
    r"\b(?:anoreksi\w*|bulimi\w*|yeme bozukluğu\w*|müshil\w*)",
    r"\b(?:günlerdir|\d+ gündür|bir haftadır) (?:hiçbir şey |hiç )?(?:yemek )?yemiyorum\b",
)

_MEDICAL = (
    r"\b(?:aşırı doz|overdoz|overdose)\w*",
    r"\b(?:bir kutu|bütün|tüm|bir avuç|çok fazla|fazla|bir sürü|avuç dolusu|bir şişe|bir paket|\d{2,}) "
    r"(?:\w+ ){0,1}(?:hap|ilaç|ilac|uyku hapı|antidepresan|parol|xanax)\w* (?:içtim|aldım|yuttum|içmişim)\b",
    r"\b(?:hap|ilaç|ilac)\w* (?:\w+ ){0,1}(?:fazla|çok fazla|hepsini) (?:içtim|aldım|yuttum)\b",
    r"\b(?:bilinci kapalı|bilincini kaybetti|nefes almıyor|tepki vermiyor|uyandıramıyorum)\b",
    r"\b(?:kanama durmuyor|kan durmuyor|çok kan kaybediyorum|kanamam durmuyor|çok kan kaybetti)\b",
)

_BODY_CHECK = (
    r"\bnefes alamıyorum\b",
    r"\b(?:göğsüm (?:çok )?ağrıyor|göğüs ağrısı)\b",
)

_OTHER = (
    r"\b(?:<REL>) (?:\w+ ){0,3}(?:ölmek istiyor|kendini öldür\w*|kendine zarar ver\w*|kendini kes\w*|"
    r"canına kıy\w*)",
    r"\bkendini (?:öldürmek|öldürecek|öldürdü|asmak|asacak|astı|öldürmeye)\w*",
    r"\b(?:kocası|sevgilisi|eşi|erkek arkadaşı|babası) (?:\w+ ){0,2}(?:onu )?(?:dövüyor|dövdü|vuruyor|"
    r"şiddet uyguluyor|tokat atıyor)\b",
    r"\b(?:onu|annemi|ablamı|kız kardeşimi|kardeşimi) (?:\w+ ){0,1}(?:dövüyor|dövdü|dövüyordu)\b",
)

_COERCION = (
    r"\b(?:ayrılırsam|gidersem|bırakırsam|terk edersem|ayrılırsak) (?:\w+ ){0,3}(?:kendini öldür\w*|"
    r"intihar ed\w*|canına kıy\w*|kendine zarar ver\w*)",
    r"\b(?:kendini öldürmekle|intiharla|intihar etmekle) tehdit\w*",
)

_HARM = (
    r"\b(?:onu|kocamı|karımı|babamı|patronumu|hepsini|onları|o adamı|o kadını|eşimi|sevgilimi) (?:\w+ ){0,1}"
    r"(?:öldüreceğim|öldürücem|öldürcem|öldürmek istiyorum|bıçaklayacağım|gebertecem|geberteceğim)\b",
)

LEXICON = Lexicon(
    code="tr",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WISH, hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE),
        *check(Category.SUICIDE, *_SUICIDE_CHECK),
        *check(Category.SUICIDE, r"\bintihar \w* ?(?:etmem|etmeyecegim|etmeyecem|etmicem|dusunmuyorum)\b"),
        *crisis(Category.SELF_HARM, *_SELF_HARM),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_HYPERBOLE, hyperbole=True),
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK, *_STALK_CHECK),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL),
        *crisis(Category.MINOR, *_MINOR),
        *crisis(Category.EATING_DISORDER, *_EATING),
        *crisis(Category.MEDICAL_EMERGENCY, *_MEDICAL),
        *check(Category.MEDICAL_EMERGENCY, *_BODY_CHECK),
        *crisis(Category.OTHER_PERSON, *_OTHER),
        *crisis(Category.COERCION, *_COERCION),
        *crisis(Category.HARM_TO_OTHERS, *_HARM, hyperbole=True),
    ),
    shorthand={
        "bi": "bir",
        "bişey": "bir şey",
        "bisi": "bir şey",
        "slm": "selam",
        "tmm": "tamam",
        "bn": "ben",
        "bnm": "benim",
        "bne": "bana",
        "kndmi": "kendimi",
        "kendimi de": "kendimi",
        "artk": "artık",
        "hrşey": "her şey",
        "herşey": "her şey",
        "herşeye": "her şeye",
        "herşeyi": "her şeyi",
        "istiyom": "istiyorum",
        "istiyorm": "istiyorum",
        "istiyrm": "istiyorum",
        "istemiyom": "istemiyorum",
        "istemiyorm": "istemiyorum",
        "istemiyrm": "istemiyorum",
        "yaşamk": "yaşamak",
        "ölmk": "ölmek",
        "krkuyorum": "korkuyorum",
        "korkuyom": "korkuyorum",
        "dayanamıyom": "dayanamıyorum",
        "yapamıyom": "yapamıyorum",
        "nbr": "ne haber",
    },
    negation=r"\b(?:asla|hicbir zaman|hic bir zaman|degilim|degil)\b",
    hedge=r"\b(?:neden|niye|bilmiyorum|emin|sanmiyorum|ama)\b",
    clause=r"\b(?:ama|ve|fakat|ancak|cunku|lakin|sonra|yani|ya da|veya)\b",
    topic=r"\b(?:filmde|filmi|filminde|dizide|dizinin|dizisi|kitapta|kitabi|romanda|belgesel\w*|haberlerde|haberde|haberi|makale\w*|podcast\w*)\b",
    past=(
        r"\b(?:cocukken|kucukken|kucuklugumde|cocuklugumda|cocuklugum|gencken|yillar once|yil once|aylar once|"
        r"seneler once|eskiden|bir zamanlar|o zamanlar|gecmiste|lisedeyken|ortaokuldayken|ilkokuldayken|"
        r"\d{1,2} yasindayken|\w+ yasindayken|"
        # An ex still doing something now ("eski sevgilim peşimi bırakmıyor") is no history.
        r"eski (?:kocam|esim|sevgilim|erkek arkadasim|kiz arkadasim|iliskim)\w*+(?! (?:\w+ ){0,3}\w+(?:iyor|uyor|mayacak)\b)|"
        r"onceki (?:iliskim|evliligim|esim|sevgilim)\w*|ilk evliligim\w*)\b"
    ),
    present=(
        r"\b(?:yine|gene|simdi|su an|suan|hala|tekrar|bu gece|bugun|artik|son zamanlarda|bu aralar|"
        r"devam ediyor|yeniden|hep)\b"
    ),
    third_person=r"\b(?:<REL>)\b",
    first_person=r"\b(?:ben|bana|beni|benim|kendimi|kendime)\b",
    light=(
        r"(?:\b(?:ha){2,}\w*|\b(?:he){2,}\b|\bjs(?:js)+\w*|\bks(?:ks)+\w*|\bsk(?:sk)+\w*|\basd\w*|\bxd\b|\blol\b|"
        r"😂|🤣|💀|😅|🙄|\bsaka\w*|\bbu (?:sinav|trafik|sicak|ders|toplanti|is|hafta|pazartesi|soguk|kuyruk|"
        r"odev|dizi|mac|film|sarki)\b|\b(?:gulmekten|utanctan|meraktan|sicaktan|soguktan|acliktan|sikintidan|"
        r"heyecandan|uykusuzluktan|askindan)\b|\bcok (?:komik|utanc verici|sikici)\b|"
        r"\b(?:gec kal\w*|karne\w*|notlarim\w*|notumu|notum|sinavdan kal\w*|zayif not\w*|eve gec)\b)"
    ),
    condition=(
        r"\b(?:(?:beni )?(?:birakirsa|terk ederse|aldatirsa|ayrilirsa|giderse|donmezse|aramazsa|yazmazsa|"
        r"unutursa)|onsuz|o olmadan|(?:ondan|senden) ayrilirsam|onu kaybedersem|"
        r"\w{2,}(?:rsam|rsem|masam|mesem|mazsam|mezsem)|(?:ogrenirse|duyarsa|gorurse|bilirse|anlarsa|yakalarsa))\b"
    ),
    not_now_age=(
        r"\b(?:iken|yasindayken|yasindaydim|yasindaki|yasimda|gibi|hissediyorum|hissettim|oglum|kizim|"
        r"kardesim|cocugum|yegenim|oldugumda|zaman|zamanlar|eskiden|olmus)\b"
    ),
)
