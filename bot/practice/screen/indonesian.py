"""Indonesian signal patterns for the crisis screen, with the context words that temper them."""

# Written for chat Indonesian: "gw/gue" read as "aku", "gak/ga/nggak" as "tidak", "pgn" as
# "pengen" (see `shorthand`), so patterns use the plain forms. "mati" is everywhere in idiom
# ("mati gaya", "mati lampu", "mati-matian", "capek setengah mati", "mati ketawa"), so it is
# only a signal after a wish ("pengen mati") and never before those words.

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    "<AKU>": r"(?:aku|saya|diriku|ku)",
    "<WANT>": r"(?:pengen|ingin|mau|kepengen|rasanya pengen|rasanya mau|rasanya ingin|lebih baik|mending|mendingan|"
    r"pengennya|maunya|berharap)",
    "<NOT_IDIOM>": (
        r"(?! (?:gaya|lampu|listrik|rasa|kutu|angin|suri|kelaparan|ketawa|tertawa|penasaran|matian|mati|kaku|"
        r"bosan|bosen|malu|kepanasan|kedinginan|sama dia|bareng|di pelukan|dalam pelukan)\b)"
    ),
    "<REL>": (
        r"teman|temen|temanku|temenku|teman aku|temen aku|sahabat|sahabatku|sahabat aku|adik|adek|adikku|adekku|"
        r"adik aku|adek aku|kakak|kakakku|kakak aku|kak|abang|abangku|ibu|ibuku|mama|mamaku|ayah|ayahku|papa|bapak|"
        r"anakku|anak aku|anak saya|suamiku|suami aku|istriku|istri aku|pacarku|pacar aku|sepupu|sepupuku|"
        r"tetangga|rekan kerja|murid|muridku|klien|dia|mereka|suaminya|pacarnya"
    ),
    "<PARTNER>": (
        r"(?:suami|suamiku|suami aku|suami saya|pacar|pacarku|pacar aku|cowok|cowokku|cowok aku|cowo|ayah|ayahku|"
        r"mantanku|mantan aku|mantan saya|mantan pacar|mantan pacarku|mantan suamiku|ayah tiriku|bapak tiri|bapak tiriku|"
        r"bapak|bapakku|papa|papaku|ayah tiri|mantan|mantan suami|istri|istriku|kakak|abang|tunangan|tunanganku)"
    ),
    "<STALK>": (
        r"(?:ngikutin|ngikutin|mengikuti|nguntit|nguntitin|menguntit|membuntuti|buntutin|ngebuntutin|neror|meneror|"
        r"nerror|nungguin|nunggu|ngawasin|mengawasi|mantau|memantau) (?:aku|saya)\b|(?:nungguin|nunggu|nongkrong) "
        r"(?:\w+ )?di depan (?:rumah|kos|kosan|kantor|kampus|sekolah)(?:ku| aku| saya)\b"
    ),
    "<AGE>": (
        r"(?:1[0-7]|[5-9]|sebelas|dua belas|tiga belas|empat belas|lima belas|enam belas|tujuh belas|sepuluh)"
    ),
    "<PILLS>": r"(?:obat|pil|obatnya|pilnya|obat tidur|paracetamol|parasetamol|panadol|antidepresan)",
}

_DEATH_WISH = (
    # "hp gue mau mati" is a phone about to die ("mau" is also "about to").
    r"(?<!hp )(?<!hape )(?<!handphone )(?<!batre )(?<!baterai )(?<!batere )(?<!laptop )(?<!motor )(?<!mobil )(?<!lampu )(?<!listrik )(?<!sinyal )(?<!tanaman )(?<!mesin )(?<!charger )(?<!hpku )(?<!laptopku )(?<!motorku )(?<!batreku )(?<!wifi )(?<!hp aku )(?<!hp saya )(?<!hape aku )(?<!hape saya )(?<!laptop aku )(?<!laptop saya )(?<!motor aku )(?<!motor saya )(?<!mobil aku )(?<!mobil saya )(?<!batre aku )(?<!batre saya )"
    r"\b<WANT> (?:\w+ ){0,1}(?:aku |saya )?mati\b(?: aja| saja)?<NOT_IDIOM>",
    r"\b(?:aku|saya) (?:mati aja|mati saja|mending mati)\b<NOT_IDIOM>",
    # Someone else's "bakal bunuh aku" is a threat, read by the partner rules.
    r"(?<!bakal )(?<!bakalan )(?<!mau )(?<!akan )(?<!pasti )(?<!bisa )(?<!ngancam )(?<!mengancam )(?<!ancam )"
    r"\b(?:bunuh aku|bunuh saja aku|bunuh aja aku|matiin aku)\b",
)

_SUICIDE = (
    r"\b(?:bunuh ?diri|bundir|bun dir|membunuh diri|ngebunuh diri|bunuh diriku|membunuh diriku)\w*",
    r"\b(?:mengakhiri|ngakhirin|akhiri|ngakhiri|mengakhirkan|akhirin) (?:\w+ ){0,1}(?:hidup|hidupku|hidup aku|"
    r"nyawa|nyawaku|semuanya|semua ini|segalanya)\b",
    r"\b(?:tidak|sudah tidak|ogah) (?:\w+ ){0,1}(?:mau|pengen|ingin|kuat|sanggup) hidup\b(?: lagi)?"
    r"(?! (?:di|sama|bareng|dengan|kayak|seperti|tanpa|bersama|dalam|miskin|susah|begini terus|kaya)\b)",
    r"\b(?:capek|lelah|cape|muak|bosan|bosen) (?:\w+ ){0,1}(?:sama |dengan |ama )?(?:hidup|hidupku|hidup aku|menjalani hidup|jalanin hidup)\b"
    r"(?! (?:di|sama|bareng|dengan|kayak|seperti|miskin|susah|sendiri)\b)",
    r"\b(?:buat apa|untuk apa|ngapain|apa gunanya|gunanya apa) (?:\w+ ){0,1}(?:hidup|aku hidup|aku masih hidup|"
    r"terus hidup)\b",
    r"\b(?:tidak ada|tidak punya|sudah tidak ada) (?:alasan|tujuan) (?:untuk |buat )?(?:hidup|bertahan hidup|"
    r"terus hidup)\b",
    r"\b(?:nabung|ngumpulin|mengumpulkan|menimbun|nimbun|ngumpulin|nyimpen|simpan) (?:\w+ ){0,1}<PILLS>\b",
    r"\b(?:surat perpisahan|surat wasiat|pesan terakhir|surat terakhir|salam perpisahan|pamit untuk selamanya|"
    r"pamit selamanya)\w*",
    r"\b(?:tidak|nggak) (?:akan |bakal |bakalan )?lama lagi (?:aku |saya )?(?:di sini|disini|ada|hidup|di dunia|"
    r"bersama kalian|sama kalian|di antara kalian)\b",
    r"\b(?:umurku|hidupku|waktuku|umur aku|hidup aku) (?:\w+ )?(?:tidak|tinggal) (?:akan |bakal )?(?:lama lagi|sebentar lagi)\b",
    r"\b(?:selamat tinggal|maafin aku|maafkan aku) (?:\w+ ){0,2}(?:semuanya|semua|untuk selamanya|selamanya)\b",
    r"\bsebentar lagi (?:aku |saya )?(?:pergi untuk selamanya|tidak ada|tiada|pergi selamanya)\b",
    r"\b(?:semoga|berharap|pengen|harap|pengennya|mau) (?:\w+ ){0,1}(?:tidak|jangan) bangun lagi\b",
    r"\btidur (?:\w+ ){0,2}(?:tidak|jangan) (?:usah |perlu |pernah |mau |akan |bakal )?(?:bangun|bangun bangun) "
    r"(?:lagi|selamanya|untuk selamanya|buat selamanya)\b",
    r"\b(?:tidur|pergi|menghilang|hilang) (?:\w+ )?(?:untuk |buat )?selamanya\b(?! (?:sama|bareng|dengan|di pelukan)\b)",
    r"\b(?:sebagian|separuh) (?:dari )?(?:diriku|diri aku|diri saya|aku) (?:\w+ )?(?:pengen|ingin|mau) mati\b",
    r"\b(?:semua|semua orang|mereka|keluarga|keluargaku|keluarga aku|orang tuaku) (?:\w+ ){0,2}(?:lebih baik|"
    r"lebih bahagia|lebih tenang|lebih senang) (?:kalau |jika )?tanpa (?:aku|saya|diriku|kehadiranku)\b",
    r"\b(?:loncat|lompat|terjun|melompat) (?:\w+ ){0,1}dari (?:jembatan|gedung|atap|lantai|balkon|tebing|apartemen)\b",
    r"\bgantung diri\w*",
    r"\b(?:minum|nenggak|menenggak) (?:\w+ )?(?:racun|baygon|pembasmi serangga|cairan pembersih|pemutih)\b",
    r"\b(?:potong|putus|putusin|iris|sayat|motong) (?:\w+ )?(?:nadi|nadiku|urat nadi)\b",
    r"\b(?:kalau|jika) (?:aku|saya) (?:mati|tidak ada|pergi) (?:\w+ ){0,1}(?:tidak ada yang|gaada yang|siapa yang) "
    r"(?:peduli|sedih|kehilangan|nangis)\b",
)

_SUICIDE_CHECK = (
    r"\b(?:aku |saya )?(?:sudah )?tidak (?:kuat|sanggup|tahan|bisa) (?:lagi|lagi dengan semua ini|menjalani ini)\b",
    r"\b(?:aku |saya )?(?:sudah )?tidak (?:kuat|sanggup|tahan) (?:\w+ )?(?:lagi)\b",
    r"\b(?:aku|saya) (?:sudah |udah |beneran |bener bener )?tidak (?:kuat|sanggup|tahan)\b(?! (?:\w+ )?(?:makan|pedes|pedas|"
    r"dingin|panas|naik|jalan|minum|begadang|nunggu|nahan|ketawa|lama|bau|angkat)\b)",
    r"\b(?:capek|lelah|cape|muak|bosan|bosen|jenuh) (?:\w+ ){0,2}(?:sama|dengan|ama|dari)? ?(?:semuanya|semua ini|"
    r"segalanya|segala galanya|semua orang)\b",
    r"\b(?:tidak ada|nggak ada) (?:yang|orang yang|seorang pun yang) (?:\w+ )?(?:peduli|sayang|ngerti|mengerti|nyariin|"
    r"butuh) (?:sama |dengan |ama |ke |kepada )?(?:aku|saya|diriku)\b",
    r"\b(?:hidupku|hidup aku|hidup saya|hidup ini|hidupku ini|hidup|aku|diriku) (?:\w+ )?(?:tidak ada artinya|tidak berarti|"
    r"tidak ada gunanya|tidak berguna|sia sia|tidak ada harganya|tidak ada nilainya)\b",
    r"\b(?:apa gunanya|gunanya apa|buat apa semua ini|percuma semuanya|untuk apa semua ini)\b",
    r"\b(?:aku|saya) (?:tidak|merasa tidak) aman\b",
    r"\b(?:tolong aku|tolongin aku|tolong saya|aku butuh bantuan|saya butuh bantuan|aku butuh pertolongan|"
    r"butuh bantuan banget)\b",
    r"\b(?:pengen|ingin|mau) (?:semuanya|semua ini|semua|rasa sakit ini) (?:berhenti|selesai|berakhir)\b",
    r"\b(?:pengen|ingin|mau) (?:\w+ )?(?:menghilang|ngilang|ilang|hilang aja|hilang saja|lenyap|hilang dari dunia|hilang aja|ilang aja)"
    r"(?: aja| saja)?\b(?! (?:dulu|bentar|sebentar|sehari|seminggu|ke|liburan)\b)",
    r"\b(?:capek|lelah|cape|muak|bosan|bosen|benci) (?:\w+ )?(?:jadi|menjadi) (?:aku|diriku|diri sendiri|saya|manusia)\b",
    r"\b(?:benci|muak sama|muak dengan) (?:diriku|diri sendiri|diri aku|diri saya)\b",
    r"\btidak (?:tau|tahu) lagi (?:harus|mesti|musti|mau) (?:gimana|bagaimana|ngapain|apa|kemana|ke mana)\b",
    r"\b(?:semuanya|hidupku|hidup aku|dunia aku|duniaku) (?:\w+ )?(?:gelap|hampa|buntu|hancur)\b(?! (?:gara\w*|karena|soalnya) (?:\w+ )?(?:mati lampu|listrik|lampu))",
    r"\b(?:pengen|ingin|mau) (?:\w+ )?(?:nyerah|menyerah) (?:aja |saja )?(?:sama|dengan|dari)? ?(?:semuanya|semua|hidup|hidupku)\b",
    r"\b(?:kepikiran|kepikir|mikirin|memikirkan|terpikir|terpikirkan|pikiran) (?:\w+ )?(?:mati|buat mati|untuk mati|"
    r"ngakhirin hidup|mengakhiri hidup)\b",
    r"\b(?:di )?ujung tanduk\b|\b(?:sudah |udah )?di (?:batas|ambang batas)(?: kemampuan| kesabaran)?\b",
    r"\b(?:aku|saya|rasanya|ngerasa|merasa) (?:\w+ ){0,1}tidak aman\b",
    # "I could die if he left me": a worry about the bond, at most a check.
    r"\b(?:bisa|bakal|akan|mau|pasti) mati (?:\w+ )?(?:kalau|jika) (?:dia|kamu|doi) (?:\w+ )?(?:ninggalin|pergi|ninggalkan|"
    r"putusin|meninggalkan|selingkuh|tidak ada)\b",
    r"\btanpa (?:dia|kamu|doi) (?:aku |saya )?(?:bisa |bakal |akan |mending )?mati\b",
    r"\b(?:aku|saya) (?:cuma |hanya )?(?:jadi )?beban\b",
    r"\b(?:putus asa|tidak ada harapan|tidak punya harapan|tidak berharga|tidak berguna|hidupku tidak berarti|"
    r"hampa banget)\b",
    r"\b(?:tidak ada yang|gaada yang|ga ada yang) (?:\w+ )?(?:sadar|peduli|nyariin|kehilangan) (?:kalau|kalo|jika) "
    r"(?:aku|saya) (?:pergi|hilang|tidak ada)\b",
)

_SELF_HARM = (
    r"\b(?:nyakitin|menyakiti|nyakiti|lukain|melukai|ngelukain|ngelukai|nyiksa|menyiksa) (?:\w+ )?"
    r"(?:diri sendiri|diriku|diri aku|diri saya|badanku|tubuhku)\b",
    r"\b(?:self ?harm|selfharm)\w*",
    r"\b(?:sayat|nyayat|menyayat|silet|nyilet|ngesilet|gores|nggores|baret) (?:\w+ ){0,1}(?:tangan|tanganku|"
    r"lengan|lenganku|pergelangan|paha|pahaku|kulit|kulitku)\b",
    r"\b(?:tanganku|lenganku|pahaku) (?:\w+ )?(?:aku )?(?:sayat|silet|gores|iris)\w*",
    r"\b(?:kambuh|relapse) (?:\w+ )?(?:nyayat|sayat|self harm|silet|nyakitin diri)\w*",
    r"\b(?:pengen|mau|ingin|dorongan) (?:\w+ )?(?:nyayat|menyayat|nyilet|nyakitin diri|melukai diri)\w*",
    r"\b(?:bakar|membakar|nyundut|sundut) (?:\w+ )?(?:tanganku|kulitku|diriku|tangan sendiri)\b",
)

_PARTNER = (
    r"\b(?:dipukul(?:in|i)?|ditampar|dicekik|ditendang|dijambak|ditonjok|dihajar|digebukin|dibanting|disiksa|"
    r"dianiaya|dikurung|dikunci) (?:\w+ )?(?:sama |oleh |ama )?<PARTNER>\b",
    r"\b<PARTNER> (?:\w+ ){0,2}(?:mukul|mukulin|memukul|nampar|menampar|nendang|menendang|nyekik|mencekik|"
    r"ngancam|mengancam|nonjok|jambak|ngejambak|menganiaya|nyiksa|menyiksa|kdrt)\w* (?:aku|saya|gue)?",
    r"\b(?:aku|saya) (?:\w+ ){0,1}(?:dipukul(?:in|i)?|ditampar|dicekik|ditendang|dijambak|ditonjok|dihajar|digebukin|"
    r"dianiaya|disiksa)\b(?! (?:kenyataan|realita|keadaan|nasib)\b)",
    r"\b(?:kdrt|kekerasan dalam rumah tangga|kekerasan rumah tangga)\b",
    # Choking, whoever does it: "nyekik leherku".
    r"\b(?:nyekik|mencekik|cekik|nyekek|ngecekik|dicekik)\w* (?:\w+ )?(?:aku|saya|leherku|leher aku|leher saya)\b",
    r"\b(?:leherku|leher aku|leher saya) (?:\w+ )?(?:dicekik|dicekek|dijerat)\b",
    # Stalking and threats by a partner, an ex or a stranger.
    r"\b(?:<PARTNER>|seseorang|orang asing|cowok itu|cowo itu|laki laki itu|orang itu) (?:\w+ ){0,2}<STALK>",
    r"\b(?:<PARTNER>) (?:\w+ ){0,3}(?:ngancem|ngancam|mengancam|neror|meneror|nerror)\w*\b",
    r"\b(?:dia|<PARTNER>) (?:\w+ ){0,2}(?:ngancam|ngancem|mengancam|ancam|ngancam mau|ngancem mau) (?:\w+ )?"
    r"(?:bunuh|ngebunuh|membunuh|matiin) (?:aku|saya)\b",
    r"\b(?:dia|<PARTNER>) (?:\w+ ){0,2}(?:ngecek|cek|periksa|meriksa|ngecekin|ngontrol|mantau|memantau|"
    r"sadap|nyadap) (?:\w+ )?(?:hp|hape|handphone|chat|wa|whatsapp|pesan|lokasi)(?:ku| aku| saya)?\b",
    r"\b(?:tidak (?:boleh|dibolehin|diizinin|dikasih|diijinin)|dilarang) (?:\w+ ){0,1}(?:ketemu|main|keluar|"
    r"kerja|bertemu|ketemuan|ngobrol) (?:\w+ )?(?:teman|temen|keluarga|siapa|rumah|orang)\w*",
    r"\btakut (?:banget |sekali )?(?:sama|dengan|ama) (?:dia|<PARTNER>)\b",
    r"\btakut (?:banget |sekali )?(?:pulang|balik ke rumah|pulang ke rumah)\b",
    r"\b(?:dia|<PARTNER>) (?:\w+ ){0,1}(?:ngurung|mengurung|ngunci) (?:aku|saya)\b",
)

_PARTNER_HYPERBOLE = (
    # "He'll kill me" is a threat to take at its word, unless a trivial cause or a condition comes with it
    # ("nyokap bakal bunuh gue kalo tau nilai gue jelek").
    r"\b(?:dia|<PARTNER>|nyokap|bokap|emak|mamah|ortu|orang tuaku) (?:\w+ ){0,2}(?:bakal|bakalan|mau|akan|pasti|bisa) "
    r"(?:\w+ )?(?:bunuh|ngebunuh|membunuh|matiin) (?:aku|saya)\b",
)

_STALK_CHECK = (r"\b<STALK>",)

_PARTNER_CHECK = (
    r"\b(?:dia|<PARTNER>) (?:\w+ ){0,2}(?:nyakitin|menyakiti|kasar|posesif|ngekang|mengekang|ngatur banget|"
    r"mengontrol|ngontrol)(?! (?:\w+ )?(?:perasaan|hati)\w*)(?: (?:aku|saya|banget|sama aku))?\b",
    r"\btidak (?:merasa )?aman (?:di dekat|dekat|deket|sama|bareng|dengan|di rumah|kalau|kalo|kalau deket)\b",
)

_SEXUAL = (
    r"\b(?:di)?(?:perkosa|rudapaksa|memperkosa|merudapaksa)\w*",
    r"\bpemerkosa\w*",
    r"\b(?:dilecehkan|dilecehin|pelecehan|melecehkan|ngelecehin|lecehin)\w*",
    r"\b(?:dipaksa|maksa|memaksa|dipaksain) (?:\w+ ){0,1}(?:berhubungan|ngeseks|seks|ml|begituan|tidur bareng|"
    r"tidur sama|buka baju|kirim foto bugil|telanjang)\b",
    r"\b(?:dipegang|megang|pegang|diraba|meraba|grepe|digrepe|digerepe)\w* (?:\w+ ){0,2}(?:tanpa izin|tanpa ijin|"
    r"padahal aku tidak mau|paksa|secara paksa|bagian pribadi|dadaku|area pribadi)\b",
    r"\b(?:digrepe|digerepe|digrepein|dicabuli|pencabulan|dicabul)\w*",
    r"\bkekerasan seksual\b",
)

_MINOR = (
    r"\b(?:aku|saya) (?:masih |baru )?(?:umur |usia |berumur |berusia )?<AGE> ?(?:tahun|thn|th|taun)\b",
    r"\b(?:aku|saya) (?:masih |baru )?(?:umur|usia|berumur|berusia) <AGE>\b",
    r"\b(?:umurku|usiaku|umur aku|usia aku|umur saya|usia saya|umur gue) (?:masih |baru )?<AGE>\b",
    r"\b(?:aku|saya) (?:masih |baru )?(?:anak )?(?:smp|sma|smk|sd|kelas (?:[5-9]|1[0-2]|\w+ smp|\w+ sma))\b",
    r"\b(?:aku|saya) (?:masih )?(?:di ?bawah umur|anak sekolah|pelajar smp|pelajar sma)\b",
)

_EATING = (
    r"\b(?:sengaja|maksa|maksain|memaksa) (?:\w+ )?(?:muntah|muntahin|memuntahkan)\w*",
    r"\b(?:muntahin|memuntahkan|ngeluarin) (?:semua )?(?:makanan|makananku|makanan aku)\b",
    r"\b(?:colok|masukin jari ke) (?:\w+ )?(?:tenggorokan|tenggorokanku)\b",
    r"\b(?:tidak makan|mogok makan|nahan lapar|menahan lapar|puasa|tidak mau makan) (?:\w+ ){0,3}(?:buat|untuk|biar|"
    r"supaya|sebagai) (?:\w+ )?(?:hukum|menghukum|ngehukum|hukuman|nyiksa|menyiksa) (?:buat |untuk )?(?:diri|diriku|"
    r"diri sendiri|diri aku|aku|saya)\b",
    r"\bsengaja (?:\w+ )?(?:tidak makan|nahan lapar|menahan lapar|tidak mau makan|ngelaparin diri)\b.{0,40}"
    r"\b(?:hukum\w*|ngehukum|menghukum|kurus|langsing|nyiksa|menyiksa|benci)\b",
    r"\b(?:abis|habis|sehabis|setelah|sesudah|selesai|tiap|tiap kali|setiap) makan (?:\w+ ){0,3}"
    r"(?:muntahin|memuntahkan|dimuntahin|dimuntahkan|ngeluarin lagi|colok)\w*",
    r"\b(?:abis|habis|sehabis|setelah|sesudah|selesai) makan (?:\w+ ){0,2}(?:sengaja|selalu|terus|langsung|pasti) "
    r"(?:\w+ )?muntah\w*",
    r"\bmuntah\w* (?:\w+ ){0,1}(?:sengaja|dengan sengaja|pakai jari|pake jari)\b",
    r"\b(?:menghukum|hukum|ngehukum) (?:diri|diriku|diri sendiri) (?:dengan|sama|pakai) (?:tidak makan|"
    r"kelaparan|nahan lapar|muntah)\b",
    r"\b(?:anoreksia|bulimia|anorexia|gangguan makan|obat pencahar|pencahar)\b",
)

_MEDICAL = (
    r"\b(?:overdosis|overdose|over dosis|od obat)\w*",
    r"\b(?:minum|nelen|menelan|nelan|makan|nenggak|minumin) (?:\w+ ){0,1}(?:sebotol|satu botol|sekotak|segenggam|"
    r"satu strip|banyak banget|kebanyakan|terlalu banyak|semua|\d{2,}) (?:\w+ )?<PILLS>\b",
    r"\b(?:minum|nelen|menelan|nelan|nenggak) (?:\w+ )?<PILLS> (?:\w+ ){0,1}(?:sekaligus|sebotol|sekotak|"
    r"segenggam|kebanyakan|terlalu banyak|banyak banget|semuanya)\b",
    r"\b(?:tidak sadarkan diri|pingsan (?:dan )?tidak bangun|tidak bernapas|tidak napas|tidak bernafas)\b",
    r"\b(?:pendarahan|perdarahan|darahnya) (?:\w+ )?(?:hebat|banyak banget|parah|tidak berhenti|tidak mau berhenti)\b",
)

_BODY_CHECK = (
    r"\b(?:tidak bisa napas|tidak bisa bernapas|susah napas|sesak napas|sesak nafas|dada (?:sakit|nyeri) banget)\b",
)

_OTHER = (
    r"\b(?:<REL>) (?:\w+ ){0,2}(?:mau|pengen|ingin|mencoba|nyoba|coba|berencana|ngancam) (?:untuk )?"
    r"(?:bunuh diri|mati|mengakhiri hidup\w*|nyakitin dirinya|melukai dirinya)\b",
    r"\b(?:nyakitin|menyakiti|melukai|ngelukain|nyayat|menyayat) (?:\w+ )?dirinya(?: sendiri)?\b",
    r"\b(?:nyayat|menyayat|nyilet|ngesilet|menyilet|sayat|silet|nyundut|sundut) (?:\w+ )?(?:tangannya|lengannya|nadinya|"
    r"pahanya|kulitnya|pergelangannya|pergelangan tangannya)\b",
    r"\b(?:dipukul(?:in|i)?|ditampar|dianiaya|disiksa) (?:\w+ )?(?:sama |oleh )?(?:suaminya|pacarnya|ayahnya|"
    r"cowoknya)\b",
    r"\b(?:suaminya|pacarnya|ayahnya|cowoknya) (?:\w+ ){0,2}(?:mukul|mukulin|memukul|nampar|kasar|menyiksa|nyiksa)\w*",
)

_COERCION = (
    r"\b(?:dia|pacar(?:ku)?|suami(?:ku)?|cowok(?:ku)?|istri(?:ku)?) (?:\w+ ){0,2}(?:bilang|ngancam|mengancam|bakal|"
    r"mau|akan) (?:\w+ ){0,1}(?:bunuh diri|mati|nyakitin diri) (?:\w+ ){0,1}(?:kalau|jika) (?:aku|saya)\b",
    r"\b(?:kalau|jika) (?:aku|saya) (?:\w+ ){0,2}(?:ninggalin|putusin|tinggalin|ninggalkan|meninggalkan|pergi dari|"
    r"cerai(?:in)?) (?:dia|dirinya)(?: \w+){0,3} (?:bunuh diri|mati)\b",
    r"\b(?:ngancam|mengancam) (?:\w+ )?bunuh diri\b",
    # "If I leave him he'll kill himself", with any words and commas between.
    r"\b(?:kalau|jika|tiap|setiap|tiap kali|begitu) (?:aku|saya) (?:\w+ ){0,2}(?:ninggalin|putusin|tinggalin|ninggalkan|"
    r"meninggalkan|pergi dari|cerai(?:in)?|minta putus|mau putus|minta cerai|mau cerai|minta pisah|mau pisah|putus)\b"
    r".{0,40}?\b(?:bunuh diri|minum racun|gantung diri|loncat|lompat|nyakitin diri\w*|melukai diri\w*|overdosis|"
    r"mati|motong nadi|nyayat)\b",
)

_HARM = (
    r"\b(?:mau|pengen|bakal|akan|ingin|sumpah) (?:\w+ ){0,1}(?:bunuh|ngebunuh|membunuh|bacok|nusuk|menusuk|habisin) "
    r"(?:dia|suami(?:ku)?|pacar(?:ku)?|mereka|orang itu|bos(?:ku)?|ayah(?:ku)?)\b",
)

LEXICON = Lexicon(
    code="id",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WISH, hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE),
        *check(Category.SUICIDE, *_SUICIDE_CHECK),
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
        "gw": "aku",
        "gue": "aku",
        "gua": "aku",
        "aq": "aku",
        "ak": "aku",
        "akuu": "aku",
        "sy": "saya",
        "pgn": "pengen",
        "pngn": "pengen",
        "pengin": "pengen",
        "pingin": "pengen",
        "pen": "pengen",
        "gk": "tidak",
        "ga": "tidak",
        "gak": "tidak",
        "g": "tidak",
        "nggak": "tidak",
        "ngga": "tidak",
        "enggak": "tidak",
        "engga": "tidak",
        "kagak": "tidak",
        "tdk": "tidak",
        "tak": "tidak",
        "gaada": "tidak ada",
        "gada": "tidak ada",
        "udh": "sudah",
        "udah": "sudah",
        "sdh": "sudah",
        "dah": "sudah",
        "bgt": "banget",
        "bngt": "banget",
        "yg": "yang",
        "sm": "sama",
        "ama": "sama",
        "dr": "dari",
        "krn": "karena",
        "karna": "karena",
        "tp": "tapi",
        "tpi": "tapi",
        "klo": "kalau",
        "kalo": "kalau",
        "kl": "kalau",
        "klw": "kalau",
        "lg": "lagi",
        "lgi": "lagi",
        "mo": "mau",
        "dgn": "dengan",
        "dg": "dengan",
        "jd": "jadi",
        "org": "orang",
        "cape": "capek",
        "cpk": "capek",
        "cpek": "capek",
        "sndiri": "sendiri",
        "sndri": "sendiri",
        "bnh": "bunuh",
        "bnuh": "bunuh",
        "drii": "diri",
        "hdp": "hidup",
        "idup": "hidup",
        "tlg": "tolong",
        "aja": "aja",
        "aj": "aja",
        "ajah": "aja",
        "sj": "saja",
        "umr": "umur",
        "thn": "tahun",
        "ni": "ini",
        "pas": "waktu",
        "ngancem": "ngancam",
        "ngilang": "menghilang",
        "taun": "tahun",
    },
    negation=r"\b(?:tidak|bukan|jangan|belum|tidak pernah|nggak pernah|ogah)\b",
    hedge=r"\b(?:tahu|tau|ngerti|yakin|kenapa|mengapa|apa|kok|bilang|kecil|dulu)\b",
    clause=r"\b(?:tapi|dan|terus|trus|karena|soalnya|padahal|namun|meskipun|walaupun|sedangkan|lalu|habis itu)\b",
    topic=r"\b(?:filmnya|sinetron|drakor|drama korea|novel|novelnya|berita|beritanya|dokumenter|artikel|podcast|komik|anime)\b",
    past=(
        r"\b(?:waktu kecil|waktu aku kecil|pas kecil|pas aku kecil|masa kecil|dulu|dulu banget|dahulu|"
        r"waktu (?:aku |saya )?(?:umur|usia|masih|kelas|remaja|smp|sma|sd)|"
        r"bertahun tahun lalu|tahun lalu|beberapa tahun lalu|(?:dua|tiga|lima|\d+) tahun (?:yang )?lalu|"
        r"waktu (?:sd|smp|sma)|pas (?:sd|smp|sma)|zaman (?:sd|smp|sma|dulu)|mantan (?:suami|pacar|istri)\w*|"
        r"hubungan (?:sebelumnya|yang dulu))\b"
    ),
    present=r"\b(?:lagi|sekarang|masih|malam ini|hari ini|akhir akhir ini|belakangan ini|saat ini|barusan|tadi)\b",
    third_person=r"\b(?:<REL>)\b",
    first_person=r"\b(?:aku|saya|gue|gw|diriku|ku)\b",
    light=(
        r"(?:\bwk\w*|\baw?ok\w*|\b(?:ha){2,}\w*|\bhehe\w*|\bxixi\w*|\bkwk\w*|\blol\b|\bxd\b|😂|🤣|💀|😅|\banjir\b|"
        r"\bbercanda\b|\bbecanda\b|\bsetengah mati\b|\bgara gara (?:tugas|ujian|pr|macet|kerjaan|dosen|bos)\b|"
        r"\b(?:ujian|tugas|macet|skripsi|deadline) (?:ini|nih)\b|\bmalu (?:banget|bgt|sekali)\b|\bpanas banget\b|"
        r"\b(?:nilai (?:\w+ )?(?:jelek|merah|anjlok)|rapor\w*|pulang telat|telat pulang|pulang malem|ketahuan bolos)\b)"
    ),
    condition=(
        r"\b(?:(?:kalau|jika|kalo|klo) (?:dia|kamu|doi) (?:\w+ )?(?:ninggalin|pergi|ninggalkan|putusin|meninggalkan|"
        r"selingkuh|tidak balas|tidak bales)|tanpa (?:dia|kamu|doi)|(?:kalau|jika|kalo|klo) (?:\w+ )?(?:tau|tahu|ketahuan|"
        r"liat|lihat|denger|dengar|nemu))\b"
    ),
    not_now_age=(
        r"\b(?:waktu|pas|dulu|ketika|saat(?! ini)|seperti|kayak|kaya|adikku|anakku|anak aku|anak saya|adik aku|"
        r"dia|umurnya|usianya|sejak|semenjak|merasa|rasanya)\b"
    ),
)
