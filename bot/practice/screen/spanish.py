"""Spanish signal patterns for the crisis screen, with the context words that temper them."""

# Written for how people type on a phone in Spain and Latin America: no accents ("mas", "aqui"),
# txt-speak ("q", "xq", "kiero"), pronouns before or after the verb ("me quiero matar" and
# "quiero matarme"). Text and patterns are folded alike (see normalising.py): accents go and
# doubled letters squeeze ("llevo" -> "levo"), so patterns are written in plain spelling.
#
# Spanish drops the subject, so whose state a verb describes is in its ending: "quiero morir" is
# the writer, "quiere matarse" / "se quiere matar" is someone else, "me quiere matar" is a threat
# against the writer. Idioms of death ("me muero de risa", "me muero por verte") are excluded
# by lookaheads.

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    # Words that may sit before a first-person verb: "ya", "de verdad", "a veces".
    "<ADV>": (
        r"(?:(?:ya|solo|nada mas|de verdad|en serio|enserio|neta|realmente|la verdad|a veces|tambien|"
        r"simplemente|hoy|ahora|todavia|aun|otra vez|siempre|de nuevo|literalmente|honestamente|"
        r"sinceramente|solamente|mucho|tanto|muchas veces) ){0,2}"
    ),
    # First-person verbs of wanting, intending and planning.
    "<WANT>": (
        r"(?:quiero|quisiera|queria|deseo|necesito|prefiero|preferiria|me gustaria|tengo ganas de|"
        r"me dan ganas de|me entran ganas de|siento ganas de|ganas de|voy a|vo a|pienso|estoy pensando en|"
        r"pienso en|he pensado en|planeo|planeando|decidi|estoy por|estoy a punto de|a punto de|"
        r"intente|intento|trate de|quise|iba a|podria|deberia|tendria que|debería|ojala pudiera|solo quiero|"
        r"pensaba|pensaba en|pense en|estaba pensando en|he estado pensando en|llevo (?:\w+ )?pensando en|"
        r"quiera|quisiera|vaya a|fuera a)"
    ),
    "<KILLME>": (
        r"(?:matarme|suicidarme|quitarme la vida|colgarme|ahorcarme|envenenarme|"
        r"cortarme las venas|pegarme un tiro|darme un tiro|volarme la cabeza|tirarme (?:de|del|desde|por|al|a las? "
        r"vias|a la via|frente|bajo|debajo)|aventarme (?:de|del|desde|por|al|a las? vias|frente)|"
        r"lanzarme (?:de|del|desde|por|al|a las? vias|frente)|arrojarme (?:de|del|desde|por|al|frente))"
    ),
    "<KILLSELF>": (
        r"(?:matar|suicidar|quitar la vida|colgar|ahorcar|envenenar|cortar las venas|pegar un tiro|dar un tiro|"
        r"volar la cabeza|tirar (?:de|del|desde|por|al|a las? vias|frente|bajo)|aventar (?:de|del|desde|por|al|frente)|"
        r"lanzar (?:de|del|desde|por|al|frente)|arrojar (?:de|del|desde|por|al|frente))"
    ),
    "<PARTNER>": (
        r"(?:novio|novia|esposo|esposa|marido|mujer|pareja|ex|exnovio|exnovia|exmarido|exesposo|prometido|"
        r"prometida|chico|chica|papa|padre|mama|madre|padrastro|madrastra|hermano|hermana|tio|tia|abuelo|"
        r"primo|prima|suegro|suegra|cuñado|hijo|hija|jefe|compañero|compañera|roomie)"
    ),
    "<RELATIVE>": (
        r"(?:hermana|hermano|hermanita|hermanito|amiga|amigo|mejor amiga|mejor amigo|mama|papa|madre|padre|hijo|"
        r"hija|prima|primo|novia|novio|esposa|esposo|marido|mujer|pareja|compañera|compañero|vecina|vecino|"
        r"tia|tio|sobrina|sobrino|abuela|abuelo|alumna|alumno|cuñada|cuñado|roomie|ex|hijastra|hijastro|"
        r"paciente|colega|compa|amiguita|amiguito)"
    ),
    # "Él" lost its accent; only read as a subject before a verb, never as the article "el".
    "<HE>": (
        r"(?:el(?= (?:me|se|no|ya|dice|dijo|quiere|queria|esta|va|iba|piensa|intento|tiene|habla|amenaza|"
        r"siempre|nunca|tambien|sigue|escribio))|ella|ellos|ellas)"
    ),
    "<THIRD>": r"(?:<HE>|(?:mi|mis|nuestra|nuestro|su|una|un|la|el) <RELATIVE>s?|alguien)",
    "<AGE>": (
        r"(?:[5-9]|1[0-7]|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete)"
    ),
    "<PILLS>": (
        r"(?:pastillas|pastis|pildoras|medicamentos|medicinas|calmantes|analgesicos|somniferos|tabletas|"
        r"capsulas|clonazepam|rivotril|alprazolam|diazepam|paracetamol|ibuprofeno|antidepresivos|"
        r"tranquilizantes|ansioliticos|sertralina|fluoxetina|quetiapina|insulina|litio|benzos|aspirinas)"
    ),
    # Leaving or telling: what an abuser's threat is made against ("si lo dejo me mata").
    "<LEAVE>": (
        r"(?:(?:lo |la |le )?(?:dejo|dejaba|dejara|dejase|denuncio|denunciaba|denunciara|abandono|abandonaba)|me (?:voy|iba|fuera|"
        r"separo|separaba|separara|divorcio)|(?:me )?(?:voy|iba|fuera) de (?:la )?casa|termino|terminaba|terminara|"
        r"(?:le |lo )?(?:cuento|contaba|contara|digo|decia|dijera) (?:algo|a alguien|a mi familia|a la policia)|hablo|"
        r"hablaba|llamo a la policia)"
    ),
    # A partner's threat to harm themselves, and what the writer must not do ("si lo dejo", "si salgo").
    "<SELF_THIRD>": (
        r"(?:matarse|suicidarse|quitarse la vida|ahorcarse|colgarse|cortarse|lastimarse|hacerse daño|hacerse dano|"
        r"tirarse (?:de|del|desde|por|a|al|frente|bajo)|aventarse|arrojarse|envenenarse|tomarse (?:las|unas|todas las|sus) "
        r"pastillas|dejarse morir|morirse|pegarse un tiro)"
    ),
    "<IFI>": (
        r"si (?:yo )?(?:<LEAVE>|(?:lo|la|le) (?:bloqueo|dejo de hablar)|salgo|me voy con|veo a|hablo con|no (?:le )?"
        r"(?:contesto|respondo|regreso|vuelvo|hago caso))"
    ),
    # A threat to kill someone else, and the marks that it is planned (where they live, a weapon at hand).
    "<KILLHIM>": (
        r"(?:(?:voy a|vo a|quiero|pienso|tengo ganas de|estoy por|planeo|decidi|ya decidi|juro que voy a) (?:matar(?:lo|la|"
        r"los|las|le)?|apuñalar(?:lo|la)?|acuchillar(?:lo|la)?|balear(?:lo|la)?|envenenar(?:lo|la)?|dispararle|"
        r"picar(?:lo|la)|rajar(?:lo|la)|quebrar(?:lo|la)|reventar(?:lo|la))|(?:lo|la|los|las) (?:mato|voy a matar|"
        r"quiero matar|vo a matar|apuñalo|acuchillo|quiebro|reviento))"
    ),
    "<PLAN>": (
        r"(?:(?:ya )?(?:se|sabemos) (?:donde|en donde|a que hora) (?:vive|trabaja|esta|duerme|estudia|sale|se esconde)|"
        r"(?:tengo|traigo|consegui|compre|ya tengo|guarde|agarre) (?:el|un|una|la|mi) (?:cuchillo|navaja|pistola|arma|"
        r"fierro|machete|escopeta|cuete|rifle|revolver)|(?:tengo|lo tengo) todo (?:listo|planeado))"
    ),
    "<LIMB>": (
        r"(?:las venas|la vena|los brazos|el brazo|las munecas|la muneca|las piernas|la pierna|los muslos|"
        r"el muslo|la piel|la panza|el abdomen|el estomago|la cadera)"
    ),
}

# Plain death wishes, also said lightly ("me quiero morir de la verguenza jaja").
_DEATH_WORDS = (
    r"\b(?:yo )?<ADV>(?:quiero|quisiera|queria|deseo|necesito|prefiero|preferiria|me gustaria|tengo ganas de|"
    r"me dan ganas de|me entran ganas de|ganas de|solo quiero|me quiero|me voy a|voy a|deberia|merezco|ojala pudiera|"
    r"me dieron ganas de) morir(?:me)?\b"
    r"(?! (?:de (?:risa|la risa|ganas|amor|verguenza|la verguenza|hambre|sueño|calor|frio|aburrimiento|envidia|"
    r"los nervios|curiosidad|emocion|ternura|pena|la pena|ansiedad|felicidad|alegria|gusto|placer|sed|cansancio|"
    r"estres)|por (?:ver|verte|conocer|ir|probar|comer|"
    r"saber|tener|estar)|en tus brazos|contigo|de viejo|de vieja|viejo|vieja|feliz|tranquila|tranquilo)\b)",
    r"\b(?:ojala|quisiera|desearia|deseo|prefiero|preferiria) (?:que )?(?:yo )?(?:me )?(?:muera|muriera|morir|morirme)\b"
    r"(?! (?:de (?:risa|verguenza|amor)|por)\b)",
    r"\b(?:quiero|quisiera|prefiero|preferiria|deberia|ojala) (?:estar |estuviera )?muert[oa]\b",
    r"\bmejor (?:estar )?muert[oa]\b",
    r"\b(?:matenme|matame|que (?:alguien )?me maten?)\b(?! (?:de (?:risa|la risa)|camion)\b)",
    r"\bme mato\b(?= ?(?:$|[.!?,]|ya\b|hoy|esta noche|mañana|te lo juro|lo juro|juro|en serio|de verdad|neta|"
    r"si no|si (?:me|el|ella|lo|la|te|mi) |y ya|y se acabo))",
)

_SUICIDE = (
    r"\b(?:yo )?<ADV>(?:<WANT>) (?:ya )?<KILLME>\b",
    r"\b(?:yo )?<ADV>me (?:quiero|voy a|vo a|pienso|quisiera|queria|iba a|intente|quise|deberia|podria|tengo que|"
    r"tendria que|estoy pensando en|estoy por|he querido|quiera|vaya a|fuera a|pensaba|pensaba en|pense en) "
    r"(?:ya )?<KILLSELF>\b",
    r"\bme (?:suicido|suicidare|voy a suicidar|ahorco|cuelgo|tiro del|tiro de|tiro por|aviento)\b"
    r"(?! (?:de risa|de la risa)\b)",
    r"\bme (?:quiero|voy a) (?:quitar|arrancar) la vida\b",
    r"\bsu[iy]?[cs]{1,2}[iy]?d(?:io|ios|a|as|arme|arse|arte|ar|al|almente)\b",
    r"\b(?:pensamientos|ideas|ideacion|intento|intentos|tendencias|impulsos|ganas) (?:de )?(?:suicidas?|suicidio|"
    r"morir|matarme)\b",
    r"\b(?:acabar|terminar|poner fin|ponerle fin|acabo|termino|acabe|termine) (?:con|a) (?:mi vida|mi existencia|"
    r"mi sufrimiento|este sufrimiento)\b",
    r"\b(?:acabar|terminar|acabo|acabe|acabaria|terminaria|termino) (?:ya |de una vez )?con todo(?: esto)?\b"
    r"(?! (?:el|lo|la|los|las|mi trabajo|el trabajo|la tarea|lo pendiente|lo que)\b)",
    r"\b(?:ya )?no (?:quiero|deseo|tengo ganas de|puedo|aguanto|soporto) (?:seguir )?(?:vivir|viviendo|existir|"
    r"existiendo|estar viv[oa]|seguir aqui|estar aqui|seguir en este mundo|estar en este mundo|seguir con vida)\b"
    r"(?! (?:sin|en paz|tranquil\w*|de|con|aqui|alla|en esta|en este (?:pais|lugar|barrio|departamento|piso)|con (?:el|ella|ellos|mis|mi)|asi de|"
    r"de (?:esta|este) (?:forma|manera|modo))\b)",
    r"\b(?:no tengo|sin|ya no tengo|perdi las) (?:ganas|razones|motivos|ningun motivo|ninguna razon|por que|para que) "
    r"(?:de |para |por que )?(?:vivir|seguir viviendo|seguir|estar aqui|levantarme)\b",
    r"\bno (?:le )?(?:encuentro|veo|tiene) (?:ningun )?sentido (?:a )?(?:la vida|mi vida|vivir|seguir viviendo|seguir)\b",
    r"\b(?:la vida|mi vida|vivir) no (?:vale|tiene) (?:la pena|sentido)\b",
    r"\bno vale la pena (?:vivir|seguir viviendo|seguir vivo|seguir viva|estar vivo|estar viva)\b",
    r"\b(?:estoy |me siento )?(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la vida|existir|estar viv[oa]|despertar)\b",
    r"\b(?:todos|todo el mundo|mi familia|mis hijos|los demas|la gente) (?:estarian|estaria|estarán|estaran|"
    r"vivirian|seria|serian) (?:mejor|mas felices|bien) sin mi\b",
    r"\b(?:mejor|mas felices|mas tranquilos) (?:estarian |estarán )?sin mi\b",
    r"\bnadie me (?:extrañaria|extrañara|echaria de menos|lloraria)\b",
    r"\b(?:a nadie|nadie) (?:le importaria|le importara|se daria cuenta|notaria|lo notaria|le afectaria) (?:si|que) "
    r"(?:me muero|me muera|muero|muriera|me matara|me mato|desaparezco|desapareciera|ya no estoy|no estuviera|"
    r"me fuera para siempre)\b",
    r"\b(?:ojala|quisiera|desearia) (?:no )?(?:haber nacido|hubiera nacido|no existir|dejar de existir|"
    r"desaparecer para siempre)\b",
    r"\b(?:quiero|quisiera|necesito) (?:dejar de existir|dejar de vivir|dejar de respirar|no existir)\b",
    r"\b(?:dormir|dormirme|quedarme dormid[oa]|cerrar los ojos) (?:para siempre )?y (?:ya )?(?:no|nunca|jamas|nunca mas) "
    r"(?:volver a )?despertar(?:me)?\b",
    r"\b(?:ojala|quisiera|quiero|desearia|espero) (?:ya )?no (?:despertar|despertarme|volver a despertar|"
    r"me despierte|despertara|amanecer)\b",
    r"\bno quiero (?:volver a )?despertar(?:me)?\b",
    r"\bdesaparecer (?:para siempre|del mundo|de este mundo|de la faz de la tierra)\b",
    r"\b(?:parte de mi|una parte de mi) (?:quiere|desea) (?:morir|morirse|matarse|desaparecer|dejar de existir|"
    r"acabar con todo)\b",
    r"\b(?:estoy |he estado |llevo \w+ )?(?:guardando|juntando|acumulando|guarde|junte|acumule|escondiendo) "
    r"(?:\w+ )?<PILLS>\b",
    r"\b(?:cartas?|notas?|mensajes?) de (?:despedida|suicidio)\b",
    r"\b(?:escribi|deje|escribiendo|dejando) (?:una |unas |mis )?(?:cartas?|notas?) (?:para|a) (?:todos|mi familia|"
    r"mis hijos|mis papas|mi mama)\b",
    r"\b(?:este es|esta es|es) mi (?:ultimo mensaje|ultima carta|despedida|ultima despedida)\b",
    r"\b(?:no voy a|ya no voy a|no creo que vaya a) (?:estar|seguir) (?:aqui |viv[oa] )?(?:mucho tiempo|por mucho|"
    r"mañana|mas tiempo|la proxima semana|para (?:tu|el|mi) cumple)\b",
    r"\b(?:regalando|regale|repartiendo) (?:todas )?mis cosas\b",
    r"\b(?:busque|buscando|investigue|investigando|googlee) (?:como|formas de|maneras de) "
    r"(?:morir|matarme|suicidarme|quitarme la vida|acabar con todo)\b",
    r"\b(?:ya )?tengo (?:las|mis|unas|suficientes) <PILLS> (?:listas|preparadas|juntas|contadas|guardadas|para (?:esta noche|"
    r"hoy|mañana|hacerlo|acabar))\b",
    r"\b(?:ya )?(?:tengo|compre|consegui|prepare) (?:la soga|la cuerda|el veneno|la pistola|el arma)\b(?=.{0,60}"
    r"(?:para (?:mi|matarme|hacerlo|esta noche|acabar)|matarme|colgarme|ahorcarme|suicid|morir))",
    r"\bcuantas <PILLS> (?:se necesitan|hacen falta|son mortales|para morir|matan)\b",
    r"\b(?:una |la )?(?:soga|cuerda) (?:para|al rededor de|alrededor de) (?:mi )?cuello\b",
    r"\bquiero (?:estar|irme) (?:muert[oa] )?para siempre\b",
    # "Soon I won't be here": a farewell, not a schedule ("pronto no voy a estar en casa" stays clear).
    r"\b(?:pronto|muy pronto|dentro de poco|en poco tiempo|en unos dias|en nada|cuando menos lo esperen) (?:yo )?(?:ya )?"
    r"no (?:voy a estar|estare|voy a seguir|seguire|voy a existir|existire)(?: (?:aqui|mas|mas aqui|con ustedes|"
    r"entre ustedes|en este mundo|para nadie|viv[oa]))?(?= ?(?:$|[.!?,;]|y\b|pero\b|asi que\b|nadie\b|ya\b|ni\b))",
    r"\b(?:ya )?no (?:voy a estar|estare) (?:mas )?(?:en este mundo|entre ustedes|con vida)\b",
    r"\b(?:me voy a ir|me ire|me voy) (?:de este mundo|para siempre y (?:nadie|ya))\b",
    r"\b(?:me )?(?:quiero|quisiera|voy a|necesito) (?:irme|ir|marcharme|marchar) de (?:este mundo|esta vida|esta tierra)\b",
    r"\b(?:quiero|quisiera|voy a) (?:dejar|abandonar) este mundo\b",
    r"\b(?:ya )?me (?:canse|harte) de (?:vivir|la vida|existir|estar viv[oa])\b",
)

_SUICIDE_CHECK = (
    r"\b(?:ya )?no (?:puedo|aguanto|soporto|resisto) (?:mas|ni un dia mas|un dia mas)\b(?! de (?:la )?risa\b)",
    r"\b(?:ya )?no (?:aguanto|soporto|puedo con) (?:esto|nada|la vida|mi vida|todo|este dolor|mas esto)\b",
    r"\bya no (?:aguanto|puedo|soporto)\b(?! (?:las ganas|a|de|la hora|el dia|esperar|ver)\b)",
    r"\bno (?:puedo|quiero) seguir (?:asi|con esto|adelante)\b",
    r"\b(?:para que|de que sirve|que sentido tiene|cual es el (?:punto|sentido)) (?:seguir|vivir|intentar|luchar|"
    r"todo|existir|seguir intentando)\b",
    r"\bnada tiene sentido\b",
    r"\bno (?:estoy|me siento) (?:a salvo|segur[oa]|protegid[oa])\b(?! (?:de (?:que|si|lo)|si)\b)",
    r"\b(?:estoy|me siento) en peligro\b",
    r"\b(?:necesito|nesesito|ocupo) ayuda\b(?! (?:con|para) (?:el|la|mi|un|una|elegir|escribir|decidir|entender)\b)",
    r"\b(?:ayudenme|ayudame|ayuda por favor|por favor ayuda|auxilio|socorro)\b"
    r"(?! (?:con|a (?:elegir|escribir|entender|hacer|decidir|encontrar)|en)\b)",
    r"\bquiero que (?:todo|esto|el dolor|mi vida) (?:se )?(?:acabe|termine|pare|detenga)\b",
    r"\bquiero que (?:se )?(?:acabe|termine|pare) (?:todo|esto|el dolor)\b",
    r"\b(?:quiero|quisiera|ojala pudiera|solo quiero|me gustaria) desaparecer\b",
    r"\b(?:soy|me siento) (?:solo |una |un )?(?:carga|estorbo)\b",
    r"\b(?:estoy|me siento) (?:sin esperanza|desesperad[oa]|sin salida|vaci[oa] por dentro)\b",
    r"\bno (?:valgo|sirvo) (?:nada|para nada)\b",
    r"\b(?:me rindo|me di por vencid[oa]|me doy por vencid[oa]|ya me rendi|tirar la toalla)\b",
    r"\bno (?:hay|veo|tengo) (?:ninguna )?salida\b",
    r"\b(?:estoy )?(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:todo|luchar|intentar|ser yo)\b",
    # Dying over a partner leaving: a worry about the bond, worth one question.
    r"\b(?:yo )?(?:me muero|muero|me moriria|me voy a morir|me morire) (?:si (?:el |ella |tu |mi <PARTNER> )?"
    r"(?:me )?(?:deja|dejara|dejas|abandona|abandonara|se va|se fuera|engaña|olvida|no (?:me )?(?:contesta|responde|"
    r"escribe|llama|vuelve))|si (?:lo|la|te) pierdo|si terminamos|sin (?:el|ella|ti|mi <PARTNER>))\b",
    # How long the writer can hold on.
    r"\b(?:no se|ni se|quien sabe) (?:cuanto|cuanto tiempo|hasta cuando|por cuanto tiempo|cuanto mas|cuanto tiempo mas) "
    r"(?:mas )?(?:yo )?(?:(?:voy a|vaya a|podre|puedo|pueda|voy a poder) (?:aguantar|soportar|resistir|seguir asi|"
    r"seguir aguantando|seguir viv[oa]|seguir (?=$|[.!?,;]))|aguanto|aguantare|soporto|resisto|resistire)\b",
    r"\bno (?:voy a|creo que (?:vaya a|pueda)) (?:aguantar|resistir|soportar) (?:mucho )?(?:mas|mucho tiempo)\b",
    r"\bno se (?:que|qué) (?:hacer|voy a hacer) (?:conmigo|con mi vida|de mi vida)\b",
    r"\bno se (?:que|qué) (?:va a ser|sera) de mi\b",
    r"\b(?:estoy|me siento|ando) (?:re|muy|super|tan|bien|demasiado|bastante) mal\b"
    r"(?= ?(?:$|[.!?,;]|y\b|pero\b|no\b|de (?:animo|la cabeza)|emocionalmente|mentalmente|por dentro))",
    r"\b(?:ya )?(?:nada|ya nada|nada ya) (?:vale|valdria|valga|tiene) (?:la pena|sentido)\b",
    r"\bno se si (?:algo |esto |la vida |vivir |seguir )?(?:vale|valga) la pena\b(?= ?(?:$|[.!?,;]|seguir|vivir|nada))",
    r"\b(?:todo|la vida|vivir) me pesa\b|\bme pesa (?:todo|la vida|vivir|existir)\b",
    r"\b(?:toque|toco|estoy tocando|he tocado) fondo\b|\b(?:en el|al) fondo del pozo\b",
    r"\bno le (?:veo|encuentro|hallo) (?:ningun )?sentido a (?:nada|la vida|mi vida|vivir|seguir|existir|todo esto)\b",
    r"\b(?:ya )?no quiero seguir\b(?= ?(?:$|[.!?,;]|asi\b|con (?:esto|vida|mi vida)|adelante|aqui\b|mas\b|viviendo|y\b))",
    r"\bme siento (?:muy |tan |completamente |super )?vaci[oa]\b",
    r"\bno tengo a nadie\b(?= ?(?:$|[.!?,;]|mas\b|en (?:el|este) mundo|que me (?:quiera|entienda|escuche|ame)|y\b))",
    r"\b(?:pienso|pensando|pense|pensar|pensaba) (?:mucho |demasiado |todo el tiempo |cada vez mas |a veces |mucho "
    r"tiempo )?en (?:la muerte|morir(?:me)?|el suicidio|suicidarme)\b(?! (?:de|del) (?:risa|la risa|verguenza|hambre|"
    r"sueño|calor|frio|ganas)\b)",
    r"\b(?:me odio|odio mi vida|odio ser yo)\b(?= ?(?:$|[.!?,;]|tanto|demasiado|con toda|a mi mism[oa]|y\b|pero\b))",
    # A death wish taken back in the same breath ("me quiero morir jaja mentira") still earns a question.
    r"\b(?:me quiero morir|quiero morir(?:me)?|me quiero matar|quiero matarme)\b(?=.{0,40}\b(?:mentira|es broma|"
    r"broma|no es cierto|bromeando|no es en serio))",
)

_SELF_HARM = (
    r"\b(?!.{0,60}(?:cocin|afeit|rasur|papel|pelando|picando|el dedo|accident|sin querer|horno|sarten|plancha))"
    r"(?:yo )?<ADV>me (?:corto|corte|cortaba|estoy cortando|volvi a cortar|vuelvo a cortar|he cortado|hice cortes|"
    r"hago cortes|quemo|queme|lastimo|lastime|rasguño|araño|hago daño|hice daño|hago dano|hice dano|autolesiono|"
    r"autolesione) <LIMB>",
    r"\b(?!.{0,60}(?:cocin|afeit|rasur|papel|pelando|picando|el dedo|accident|sin querer|vidrio))"
    r"(?:yo )?<ADV>me (?:corto|corte|volvi a cortar|vuelvo a cortar|estoy cortando|autolesiono|autolesione)\b"
    r"(?= ?(?:$|[.!?,]|otra vez|de nuevo|anoche|hoy|ayer|a proposito|con (?:una )?(?:navaja|cuchilla|gillette|"
    r"sacapuntas|tijeras)|profundo|cuando|para (?:sentir|no sentir|calmarme|castigarme)|porque|todos|cada))",
    r"\b<ADV>(?:<WANT>|ganas de|necesidad de|impulso de|impulsos de) (?:volver a )?(?:cortarme|lastimarme|"
    r"hacerme daño|hacerme dano|quemarme|autolesionarme|golpearme|rasguñarme|arañarme)\b"
    r"(?! (?:el|las|la|los) (?:pelo|cabello|uñas|fleco|flequillo|barba|puntas|melena)\b)",
    r"\bautolesi\w*",
    # "Me quiero cortar" (the clitic before), never "me voy a cortar el pelo".
    r"\b(?:yo )?<ADV>me (?:quiero|voy a|vo a|dan ganas de|entran ganas de|tengo que|necesito|quisiera|estoy por) "
    r"(?:volver a )?(?:cortar|lastimar|hacer daño|hacer dano|quemar|rasguñar|golpear|autolesionar)\b"
    r"(?! (?!<LIMB>)(?:el|la|los|las|un|una|mi|mis|con el sol|al sol|en la playa)\b)",
    r"\bauto (?:lesion\w*|daño|dano)\b",
    r"\b(?:volvi a|recai|recaida|recaer) (?:en )?(?:cortarme|lastimarme|hacerme daño|autolesionarme|cortar|"
    r"las autolesiones|el cutting|la autolesion)\b",
    r"\bme (?:quemo|queme) con (?:cigarros|cigarrillos|el cigarro|el encendedor|un encendedor|un cerillo) (?:a proposito|otra vez|de nuevo|para)?\b",
    r"\b(?:esconder|escondo|tapar|tapo|ocultar|oculto) (?:las|mis) (?:cortadas|cortes|cicatrices|heridas)\b",
    r"\b(?:cortadas|cortes|heridas) (?:frescas|nuevas|en (?:los|mis) (?:brazos|muslos|piernas|muñecas))\b",
    r"\b(?:cuchillas?|gillette|navajas?|hojas de afeitar) (?:en|sobre|contra) (?:mi|mis) (?:piel|brazos?|piernas?|"
    r"muslos?|muñecas?)\b",
)

_PARTNER_VIOLENCE = (
    r"\b(?<!se )(?:me|nos) (?:(?:volvio a|vuelve a|volvia a|quiso|intento|empezo a|comenzo a|sigue sin dejar de) "
    r"(?:pegar|golpear|ahorcar|estrangular|asfixiar|patear|cachetear|abofetear|maltratar|amenazar|encerrar|"
    r"apuñalar|quemar|escupir)|pega|pego|pegaba|pegan|golpea|golpeo|golpeaba|golpean|ahorca|ahorco|ahorcaba|"
    r"estrangula|estrangulo|asfixia|asfixio|patea|pateo|pateaba|cachetea|cacheteo|abofetea|abofeteo|maltrata|"
    r"maltrataba|tortura|torturo|apuñalo|apuñala|escupe|escupio|amenaza|amenazo|amenazaba|encierra|encerro|"
    r"intimida|aterroriza)\b"
    r"(?! (?:un|una|unos|unas) (?!(?:cachetada|bofetada|patada|paliza|golpiza|puñetazo|madrazo|chingadazo|trompada|"
    r"piña|cachetadas|bofetadas|patadas|puñetazos|golpes?|cinturonazo|cachetazo)\b))"
    r"(?! (?:a (?:la|el|las|los|ti|mi cuerpo)|al|en el orgullo|un tiro|un balazo|un susto|un grito|un gritote|la gripe|el covid|el virus|la depre|el bajon|la nostalgia|el sol|la idea|"
    r"la cancion|el sueño|duro el|duro la|la risa|en el orgullo|con (?:el|la) (?:dejarme|irse|terminar|cortar)|"
    r"con dejarme|con irse|con terminar|con cortar)\b)",
    r"\b(?<!se )me (?:da|dio|daba|dan|dieron) (?:una |unas |un |unos )?(?:golpes?|golpizas?|palizas?|patadas?|"
    r"cachetadas?|bofetadas?|puñetazos?|puñetazo|cachetadas|madrazos?|chingadazos?|trompadas?|piñas)\b",
    r"\b(?:me )?(?:agarra|agarro|agarraba|aprieta|apreto|apretaba) (?:del|el|de el|por el) (?:cuello|pelo|cabello)\b",
    r"\b(?:me )?(?:jala|jalo|jalaba|tira|tiro|jalan) (?:del|el) (?:pelo|cabello)\b",
    r"\bmanos? (?:en|alrededor de) mi (?:cuello|garganta)\b",
    r"\bme (?:avienta|avento|lanza|lanzo|arroja|arrojo|empuja|empujo|empujaba) (?:al piso|al suelo|contra|"
    r"por las escaleras|de las escaleras|cosas|objetos|platos|el celular)\b",
    r"\b(?:me va a matar|va a matarme|me mata|me matara) si (?:lo|la|le) (?:dejo|denuncio|dejara|abandono)\b",
    r"\b(?:me va a matar|va a matarme|me mata|me matara) si (?:me voy|me separo|hablo|digo algo|cuento algo|se entera "
    r"de que (?:me voy|lo dejo))\b",
    r"\b(?:me )?(?:revisa|checa|chequea|esculca|vigila|espia|lee|controla|hackeo|hackea) (?:todo )?(?:mi|mis) "
    r"(?:celular|cel|telefono|movil|mensajes|whats|whatsapp|chats|correos?|redes|contraseñas|ubicacion|llamadas|"
    r"dinero|cuenta|gastos)\b",
    r"\bme (?:revisa|reviso|checa|checo|quita|quito|rompe|rompio|esconde|escondio|retiene) (?:el|mi|los|mis) "
    r"(?:celular|cel|telefono|movil|mensajes|whats|whatsapp|chats|llaves|pasaporte|documentos|dinero|tarjetas|sueldo)\b",
    r"\b(?:me )?(?:pide|exige|exigio|obliga a darle|obligo a darle) (?:todas )?mis contraseñas\b",
    r"\bno me (?:deja|dejaba|deja ni|permite|dejan) (?:ver|salir|hablar|trabajar|usar|tener|ir|estudiar|vestirme|"
    r"visitar|llamar|irme|estar con|juntarme|maquillarme|manejar|comer|dormir en|tener amigas|tener amigos)\b"
    r"(?! (?:la tele|tele|television|videojuegos|el partido|la serie|tarde|de noche|solo(?: al| a la)? "
    r"(?:parque|fiesta)))",
    r"\bme (?:prohibe|prohibio|prohibia) (?:ver|salir|hablar|trabajar|usar|tener|ir|estudiar|vestirme|visitar)\b",
    r"\bme (?:tiene|mantiene) (?:encerrad[oa]|aislad[oa]|vigilad[oa]|secuestrad[oa])\b",
    r"\bme (?:aleja|alejo|aislo|aisla|separa|separo) de (?:mis amig\w+|mi familia|todos|mis papas|mi mama)\b",
    r"\ble tengo (?:mucho |tanto |muchisimo )?(?:miedo|panico|terror)\b(?! (?:a (?:las|los|la|que|ti)|al|de (?:que|las|los))\b)",
    r"\b(?:tengo|siento|me da|le tengo) (?:mucho |tanto )?(?:miedo|panico|terror) (?:de|a) (?:el|mi <PARTNER>)\b"
    r"(?! (?:\w+ )?(?:examen|viaje|trabajo|entrevista|vuelo|futuro|cambio|fin|final|dia)\b)",
    r"\b(?:miedo|panico|terror) (?:de|a) (?:que )?(?:me )?(?:mate|pegue|golpee|lastime|haga daño|encuentre|"
    r"vuelva a pegar|vuelva a golpear)\b",
    r"\b(?:miedo|panico|terror|me da miedo) (?:de |a )?(?:volver|regresar|llegar|ir) a (?:la |mi )?casa\b",
    r"\btemo por mi vida\b",
    r"\b(?:me escondo|me escondi|me encerre|estoy encerrad[oa]) (?:de el|de ella|en el baño|en mi cuarto|en el cuarto|"
    r"en el carro|en el coche)\b",
    r"\b(?:moretones|moretes|morados|un ojo morado|marcas) (?:que me (?:dejo|hizo)|en (?:el|mi) cuello|en la cara|"
    r"por (?:sus|los) golpes)\b",
    r"\b(?:violencia (?:domestica|de genero|intrafamiliar|familiar)|maltrato (?:fisico|domestico|psicologico)|"
    r"relacion (?:toxica y )?(?:abusiva|violenta)|pareja (?:abusiva|violenta)|(?:novio|esposo|marido|pareja) "
    r"(?:abusivo|violento|maltratador))\b",
    r"\b(?:orden|medida) (?:de )?(?:alejamiento|restriccion|proteccion)\b",
    r"\b(?:casa|centro) (?:refugio|de acogida)\b",
    r"\bme (?:sigue|persigue|acosa|acecha|espera afuera de)\b(?= (?:a todos lados|por todos lados|a todas partes|"
    r"hasta mi (?:casa|trabajo)|en mi trabajo|afuera|fuera de))",
)

# Threats against the writer; "mi mama me va a matar" is often a joke, so light cues temper them.
# "If I leave him he'll kill me": a threat, never the writer's own worry; only a joke cue tempers it.
_THREAT_IF = (
    r"\bsi (?:yo )?<LEAVE>(?: con (?:el|ella))?,? (?:(?:el|ella|mi <PARTNER>) )?(?:me (?:mata|matara|mataria|mataba|"
    r"va a matar|iba a matar|pega|va a pegar|desfigura|quita a (?:mis|los) hijos)|va a matarme|mata a mis hijos)\b",
    r"\b(?:me (?:mata|matara|mataria|mataba|va a matar|iba a matar)|va a matarme|iba a matarme) si (?:yo )?<LEAVE>\b",
)

_THREAT = (
    r"\b(?:me )?(?:amenaza|amenazo|amenazaba|amenazó)(?: con)? (?:matarme|pegarme|golpearme|hacerme daño|"
    r"desfigurarme|quitarme a (?:mis|los) hijos|que me va a (?:matar|pegar|golpear))\b",
    r"\b(?:me )?(?:dijo|dice|jura|juro|grita|grito|escribio|escribe) que (?:me )?(?:va|iba) a (?:matar|pegar|golpear|"
    r"hacer daño|desfigurar|quitar a (?:mis|los) hijos|encontrar)\b",
    r"\b(?:dijo|dice|amenaza con|amenazo con) que (?:me va a|me iba a) (?:matar|quitar a (?:mis|los) hijos)\b",
)

_PARTNER_CHECK = (
    r"\b(?:<HE>|mi <PARTNER>) (?:\w+ ){0,2}me (?:hace daño|hace dano|hizo daño|lastima|lastimo|asusta|grita|insulta|"
    r"humilla|trata mal|empuja|empujo|jalonea|zarandea|sacude)\b"
    r"(?! (?:con (?:sus|lo que) (?:palabras|dice)|cuando (?:dice|habla))\b)",
    r"\b(?:<HE>|mi <PARTNER>) (?:es|se pone|se vuelve|esta) (?:muy |bien |super |tan |demasiado )?(?:controlador[a]?|"
    r"violent[oa]|agresiv[oa]|posesiv[oa]|peligros[oa]|abusiv[oa]|celos[oa] enfermiz[oa])\b",
    r"\b(?<!eso )(?<!esto )(?<!isso )(?<!esa )(?:me va a matar|(?<=el )me mata|(?<=ella )me mata)\b(?! (?:de (?:risa|la risa|amor|ternura)|con (?:su|tu|esa|esta)|la (?:curiosidad|"
    r"espera|ansiedad))\b)",
    r"\bno me siento segur[oa] (?:en (?:mi )?casa|con (?:el|ella|mi <PARTNER>))\b",
    r"\bcamino (?:sobre|entre) (?:cascaras de huevo|huevos)\b",
)

_SEXUAL_VIOLENCE = (
    r"\b(?:me|nos) (?:violo|violaron|viola|violan|violaba|han violado|ha violado|quiso violar|intento violar|"
    r"trato de violar)\b",
    r"\b(?:fui|he sido|estoy|estaba|ser|fue) (?:una )?violad[oa]\b",
    r"\bviolacion\b(?! (?:de|a) (?:la|los|las|mis|sus|mi|datos|derechos|contrato|privacidad|seguridad|normas|"
    r"reglas|la ley)\b)",
    r"\b(?:abuso|abusos|agresion|acoso|violencia) sexual(?:es|mente)?\b",
    r"\b(?:abuso|abusaron|abusaba|abusa|abusan|abusando) (?:sexualmente )?de mi\b"
    r"(?! (?:confianza|paciencia|bondad|amabilidad|tiempo|generosidad|tarjeta|dinero|buena fe|cariño)\b)",
    r"\b(?:me )?(?:obligo|obliga|obligaba|obligaron|forzo|forzaron|forza|forzaba|presiono|presiona|chantajeo) "
    r"(?:a )?(?:tener sexo|tener relaciones|acostarme|coger|chupar|mandarle (?:fotos|nudes|packs)|mandar fotos|"
    r"desnudarme|ver porno|tocarlo|tocarle)\b",
    r"\bme (?:forzo|forzaron|forza)\b(?! (?:a (?:comer|ir|estudiar|trabajar|salir))\b)",
    r"\bme (?:toco|toca|tocaba|tocaron|manoseo|manosea|manoseaba|manosearon|beso|agarro) "
    r"(?:\w+ ){0,2}(?:sin (?:mi )?(?:permiso|consentimiento|que yo quisiera)|mientras (?:dormia|estaba dormid[oa]|"
    r"estaba borrach[oa]|estaba inconsciente)|cuando (?:dormia|estaba dormid[oa]|estaba borrach[oa])|mis partes|"
    r"mis pechos|mis senos|ahi abajo|por debajo)\b",
    r"\b(?:me )?(?:manoseo|manosea|manoseaba|manosearon|manoseando)\b",
    r"\b(?:mi|su) (?:padrastro|tio|abuelo|primo|hermano|hermanastro|papa|padre|vecino|profe|profesor|maestro|entrenador|"
    r"jefe|novio|ex|cuñado|suegro|padrino|sacerdote|cura|pastor|medico|doctor|amigo de mi (?:papa|mama)|novio de mi "
    r"(?:mama|hermana)|pareja de mi (?:mama|papa)) (?:\w+ )?me (?:toca|tocaba|toco|tocaron|soba|sobaba|besa|besaba)\b"
    r"(?! (?:a mi|a ti|el turno|la (?:puerta|guitarra|cancion|mano|espalda|cabeza|frente)|el (?:hombro|brazo|timbre|"
    r"claxon|piano)|\w+(?:ar|er|ir)(?:me|le|lo|la|se)?)\b)",
    r"\bsin (?:mi )?consentimiento\b",
    r"\ble dije que no y (?:\w+ )?(?:siguio|lo hizo|no paro|no se detuvo|continuo|igual)\b",
    r"\bno (?:paro|se detuvo|quiso parar) (?:cuando|aunque) (?:le dije|le pedi|dije) (?:que no|que parara|basta)\b",
    r"\b(?:me drogaron|me echo algo en (?:mi|la) (?:bebida|trago|copa)|echaron algo en (?:mi|la) (?:bebida|trago|copa)|"
    r"me pusieron algo en (?:mi|la) (?:bebida|trago|copa))\b",
    r"\b(?:difundio|publico|subio|compartio|filtro|(?:amenaza|amenazo) con (?:subir|publicar|mandar|difundir|"
    r"compartir|filtrar)) (?:mis )?(?:(?:fotos|videos) (?:intim\w+|desnud\w+|sexuales)|nudes|packs)\b",
    r"\bse aprovecho de mi\b(?! (?:confianza|dinero|bondad)\b)",
)

_MINOR = (
    r"\b(?:yo )?tengo (?:solo |apenas |recien |solamente |casi |ya )?<AGE> (?:años|anos|añitos|a\b)(?! (?:de|con|que|"
    r"trabajando|viviendo|casad|juntos|saliendo|sin|en (?:la|el|esta|este)))",
    r"\b(?:recien |acabo de )?cumpli <AGE>(?: años| anos)?\b(?! (?:de|con|en|sin|trabajando|juntos)\b)",
    r"\b(?:soy|todavia soy|aun soy) (?:menor(?: de edad)?|una niña|un niño|adolescente|una adolescente|un adolescente|"
    r"chamaca|chamaco|una chavita)\b(?! (?:por dentro|de corazon|en el fondo|otra vez|que|de (?:la|mi|mis|los|las|\d))\b)",
    r"\b(?:estoy|voy) (?:en|a) (?:la )?(?:secundaria|prepa|preparatoria|la eso|(?:[1-4]|primero|"
    r"segundo|tercero|cuarto) de (?:la )?(?:eso|secundaria|prepa|bachillerato)|bachillerato|el liceo)\b",
    r"(?:^|(?<=[.,;:!?(])|(?<=[.,;:!?(] ))(?:(?:hola|hey|buenas) )?(?:soy (?:una? (?:chica|chico|niña|niño|chava|chavo|"
    r"morra|morro|adolescente) )?(?:de )?)?<AGE> (?:años|anos)\b"
    r"(?= ?(?:[.,;:!?]|$| y (?:soy|estoy|tengo|me|mi|no|vivo)\b))",
)

_EATING_DISORDER = (
    r"\b(?:vomito|vomite|vomitar|me hago vomitar|me provoco el vomito|me induzco el vomito|devuelvo|echo fuera) "
    r"(?:todo )?(?:despues de (?:comer|cada comida|cenar|desayunar|comer algo)|lo que (?:como|comi|ceno)|la comida|"
    r"cada vez que como|cuando como)\b",
    r"\bme (?:hago|hice|obligo a) vomitar\b",
    r"\bme (?:provoco|provoque|induzco|induje) (?:el )?vomito\b",
    r"\bme meto (?:los )?dedos (?:en la garganta|para vomitar)\b",
    r"\b(?:purgarme|me purgo|me purgue)\b",
    r"\b(?:no como|dejo de comer|deje de comer|no comer|sin comer|dejar de comer) (?:\w+ ){0,2}(?:para|por|como) "
    r"(?:castigarme|castigo|bajar de peso rapido|adelgazar|no engordar)\b",
    r"\bno merezco (?:comer|la comida|comida)\b",
    r"\b(?:llevo|tengo|paso) (?:dos|tres|cuatro|cinco|varios|muchos|\d+) dias sin comer\b",
    r"\bno he comido (?:nada )?(?:en|desde hace) (?:dias|dos dias|tres dias|una semana|varios dias)\b",
    r"\b(?:laxantes|diureticos|pastillas para adelgazar)\b",
    r"\b(?:anorexi\w*|bulimi\w*|ana y mia|pro ana|pro mia|trastorno alimenticio|trastorno de la conducta alimentaria|"
    r"tca)\b",
    r"\b(?:atracon|atracones) (?:y|luego|despues) (?:vomito|vomitar|me purgo|purgo)\b",
    r"\bsolo (?:como|comi|me permito) \d{2,3} (?:calorias|kcal|cal)\b",
)

_MEDICAL_EMERGENCY = (
    r"\b(?:sobredosis|sobre dosis)\b",
    r"\b(?:me )?(?:tome|trague|meti|eche) (?:\w+ )?(?:muchas|demasiadas|un monton de|todas las|todas mis|"
    r"una caja de|un frasco de|un bote de|toda la caja de|todo el frasco de|\d{2,}) (?:de )?<PILLS>\b",
    r"\b(?:me )?(?:tome|trague) (?:todo )?(?:el frasco|la caja|el bote|el blister|la tira)\b",
    r"\b(?:me )?(?:tome|trague|bebi|tomo) (?:cloro|veneno|lejia|raticida|anticongelante|matarratas|insecticida)\b",
    r"\b(?:mezcle|mezclando|mezclo) (?:las )?<PILLS> (?:con|y) (?:alcohol|vino|cerveza|vodka|tequila|alcol|trago)\b",
    r"\b(?:no respira|dejo de respirar|no reacciona|esta inconsciente|perdio el conocimiento|perdi el conocimiento|"
    r"labios morados)\b",
    r"\b(?:me desmaye|estoy sangrando mucho|sangra mucho|sangro mucho|no (?:para|deja) de sangrar|mucha sangre|"
    r"corte muy profundo|me corte muy profundo|me corte demasiado)\b",
    r"\b(?:llamen|necesito|llamar) (?:a )?(?:una )?ambulancia\b",
    r"\b(?:creo que )?(?:me esta dando|estoy teniendo|tengo) un (?:infarto|ataque al corazon|derrame)\b",
    r"\bme (?:envenene|he envenenado)\b",
)

_BODY_CHECK = (
    r"\bno puedo respirar\b",
    r"\b(?:me cuesta|dificultad para) respirar\b",
    r"\b(?:dolor en el pecho|me duele (?:mucho )?el pecho|opresion en el pecho)\b",
    r"\bme voy a desmayar\b",
)

_OTHER_PERSON = (
    # One person hurting another the writer names ("mi papa le pega a mi mama").
    r"\b(?:le|les) (?:pega|pego|pegaba|pegan|golpea|golpeo|golpeaba|da golpes|daba golpes|dio una paliza|da palizas|"
    r"maltrata|maltrataba) a (?:mi|mis|su|sus|nuestra|nuestro) <RELATIVE>s?\b",
    r"\b(?:golpea|golpeo|golpeaba|maltrata|maltrataba|viola|violo|violaba|ahorca|ahorco|amenaza de muerte) a (?:mi|mis|su|"
    r"sus|nuestra|nuestro) <RELATIVE>s?\b",
    r"\b(?:abusa|abuso|abusaba|abusaron) (?:sexualmente )?de (?:mi|su|nuestra|nuestro) <RELATIVE>\b",
    r"\b(?<!parte de )(?<!parte de mi )(?:se )?(?:\w+ )?(?:quiere|queria|va a|iba a|piensa|intento|intenta|trato de|amenaza con|habla de|dice que "
    r"quiere|dijo que queria|dijo que se iba a) (?:matarse|suicidarse|quitarse la vida|ahorcarse|colgarse|"
    r"cortarse|lastimarse|hacerse daño|tirarse (?:de|del|desde|por|a las vias|frente)|envenenarse|morirse)\b"
    r"(?! (?:el|las|la|los) (?:pelo|cabello|uñas|fleco|flequillo|barba|puntas|melena)\b)(?! de (?:risa|la risa)\b)",
    r"\bse (?:quiere|queria|va a|iba a|intento|intenta|trato de|quiso|piensa) (?:matar|suicidar|quitar la vida|"
    r"ahorcar|colgar|cortar las venas|tirar de|tirar del|tirar por|envenenar)\b(?! de (?:risa|la risa)\b)",
    r"\bse (?:corta|corto|cortaba|esta cortando|lastima|hace daño|quema|quemaba) (?:<LIMB>|otra vez|de nuevo|"
    r"a proposito|a escondidas)\b",
    r"\bse (?:suicido|autolesiona|autolesionaba|quiere morir|queria morir)\b",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}(?:quiere|dice que quiere|queria|dijo que quiere|dijo que queria) morir\b",
    r"\b(?:<THIRD>) (?:es|esta|anda|parece) (?:muy )?(?:suicida|en peligro|pensando en (?:matarse|suicidarse))\b",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}(?:tomo|trago|se tomo) (?:muchas|demasiadas|todas las|un monton de) <PILLS>\b",
    r"\b(?:su|el) (?:novio|novia|esposo|esposa|marido|pareja|padrastro|papa|padre|ex)(?: de (?:mi|su) \w+)? "
    r"(?:\w+ ){0,2}(?:la|lo|le) (?:golpea|golpeo|golpeaba|pega|pego|pegaba|maltrata|maltrato|viola|violo|ahorca|"
    r"ahorco|amenaza|encierra)\b",
    r"\b(?:me (?:mando|escribio|dejo)|mando|publico) (?:un |una )?(?:mensaje|carta|nota) de (?:despedida|suicidio)\b",
    r"\b(?:preocupad[oa]|asustad[oa]|miedo) (?:por|de que) (?:mi|nuestra|nuestro) <RELATIVE>\b(?= .{0,40}"
    r"(?:suicid|matar|morir|cort|lastim|peligro))",
)

_COERCION = (
    r"\b(?:me )?(?:amenaza|amenazo|amenazaba|amenazando|chantajea|chantajeo)(?: con)? <SELF_THIRD>\b",
    r"\b(?:se (?:va a|iba a|quiere|piensa) (?:matar|suicidar|quitar la vida|ahorcar|colgar|cortar|lastimar|hacer daño|tirar|"
    r"envenenar)|se (?:mata|mataria|suicida|suicidaria|corta|cortaria|tira|tiraria|hace daño|haria daño)|(?:va a|iba a) "
    r"<SELF_THIRD>)(?: \w+){0,4},? <IFI>\b",
    r"\b(?:dice|dijo|amenaza|amenazo|jura|juro)(?: con)?(?: que)? (?:se va a matar|se mata|se mataria|se va a suicidar|"
    r"se suicida|matarse|suicidarse|quitarse la vida|hacerse daño|se hace daño|se va a hacer daño|se corta)"
    r"(?: \w+){0,2} si (?:lo|la|le|me)\b",
    r"\b(?:se (?:va a matar|mata|mataria|va a suicidar|suicida)|va a matarse|se va a hacer daño) si (?:lo|la|le) "
    r"(?:dejo|dejara|termino|abandono|bloqueo)\b",
    r"\bamenaza(?:ba)? con (?:matarse|suicidarse|quitarse la vida|hacerse daño|cortarse)\b",
    r"\bamenazo con (?:matarse|suicidarse|quitarse la vida|hacerse daño|cortarse)\b",
)

_HARM_TO_OTHERS_PLANNED = (
    r"\b<KILLHIM>\b(?=.{0,100}\b<PLAN>)",
    r"\b<PLAN>\b.{0,100}\b<KILLHIM>\b",
)

# "Voy a matar a mi hermano" is mostly anger; without a plan it earns one question.
_HARM_TO_OTHERS_CHECK = (
    r"\b(?:yo )?<ADV>(?:voy a|vo a|quiero|tengo ganas de|juro que voy a) matar a (?:ese|esa|este|esta|aquel|aquella|mi|"
    r"el|la|los|las|su|todos|alguien|\w+)\b(?! (?:besos|risa|cosquillas)\b)",
)

_HARM_TO_OTHERS = (
    r"\b(?:yo )?<ADV>(?:quiero|voy a|vo a|pienso|tengo ganas de|ganas de|estoy por|planeo|decidi) (?:a )?"
    r"(?:matarlo|matarla|matarlos|matarlas|apuñalarlo|apuñalarla|acuchillarlo|acuchillarla|envenenarlo|"
    r"envenenarla|ahorcarlo|ahorcarla|dispararle|balearlo|balearla)\b",
    r"\b(?:lo|la|los|las) (?:voy a|quiero|pienso|vo a) (?:matar|apuñalar|acuchillar|envenenar|ahorcar|balear)\b"
    r"(?! (?:a besos|de (?:risa|amor|cosquillas)|con (?:la mirada|mi|mis))\b)",
    r"\b(?:matar|disparar|atacar) (?:a todos|a toda la gente) (?:en|de) (?:la|mi) (?:escuela|oficina|trabajo|"
    r"universidad|iglesia)\b",
    r"\b(?:tiroteo|masacre) (?:en|a) (?:la|mi) (?:escuela|oficina|universidad)\b",
)

LEXICON = Lexicon(
    code="es",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WORDS, hyperbole=True),
        # Plain "I'll kill myself" is also said lightly ("... kkkk"); light cues temper it.
        *crisis(Category.SUICIDE, *_SUICIDE[:2], hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE[2:]),
        *check(Category.SUICIDE, *_SUICIDE_CHECK),
        *crisis(Category.SELF_HARM, *_SELF_HARM),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_VIOLENCE),
        *crisis(Category.PARTNER_VIOLENCE, *_THREAT, hyperbole=True),
        *crisis(Category.PARTNER_VIOLENCE, *_THREAT_IF, joking=True),
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK, hyperbole=True),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL_VIOLENCE),
        *crisis(Category.MINOR, *_MINOR),
        *crisis(Category.EATING_DISORDER, *_EATING_DISORDER),
        *crisis(Category.MEDICAL_EMERGENCY, *_MEDICAL_EMERGENCY),
        *check(Category.MEDICAL_EMERGENCY, *_BODY_CHECK),
        *crisis(Category.OTHER_PERSON, *_OTHER_PERSON),
        *crisis(Category.COERCION, *_COERCION),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS, hyperbole=True),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS_PLANNED),
        *check(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS_CHECK, hyperbole=True),
    ),
    shorthand={
        "q": "que",
        "k": "que",
        "ke": "que",
        "qe": "que",
        "xq": "porque",
        "pq": "porque",
        "porq": "porque",
        "xk": "porque",
        "tb": "tambien",
        "tmb": "tambien",
        "tmbn": "tambien",
        "x": "por",
        "d": "de",
        "bn": "bien",
        "toy": "estoy",
        "toi": "estoy",
        "stoy": "estoy",
        "kiero": "quiero",
        "qiero": "quiero",
        "qero": "quiero",
        "kero": "quiero",
        "kieres": "quieres",
        "nd": "nada",
        "aki": "aqui",
        "dsd": "desde",
        "tqm": "te quiero mucho",
        "vdd": "verdad",
        "sq": "es que",
        "esq": "es que",
        "ntp": "no te preocupes",
        "ps": "pues",
        "pa": "para",
        "kmo": "como",
        "cmo": "como",
        "ys": "ya se",
    },
    negation=r"\b(?:no|nunca|jamas|tampoco|ni)\b",
    hedge=(
        r"\b(?:se|sabe|sabia|sabes|entiendo|entiende|creo|pienso|por que|porque|importa|puedo|aguanto|soporto|como|"
        r"cuando|donde|si|segur[oa]|miento|bromeo|bromeando|recuerdo|dije|digo|hay|tengo|quiero que|quiere que|"
        r"dejo|dejar|paro|parar|para|significa|niego|estoy diciendo|voy a mentir|dejes|quiero decir)\b"
    ),
    clause=r"\b(?:pero|y|e|aunque|sin embargo|mas|asi que|entonces|porque|pues|o sea|ademas|mientras)\b",
    past=(
        r"\b(?:cuando (?:yo )?(?:era|tenia|estaba en|iba a la|vivia con) (?:\w+ ){0,2}|de (?:niña|niño|pequeña|pequeño|"
        r"chica|chico|chiquita|chiquito|adolescente|joven|morra|morro|chamaca|chamaco)|hace (?:años|anos|meses|mucho|"
        r"tiempo|muchos años|\d+ (?:años|anos|meses))|solia|solian|antes (?:me|mi ex)|en el pasado|en mi (?:infancia|"
        r"niñez|adolescencia|juventud|anterior relacion|relacion anterior|matrimonio anterior)|mi (?:infancia|niñez|pasado)|"
        r"mi ex(?:novio|novia|marido|esposo|esposa|pareja)? (?:\w+ ){0,2}\w+(?:aba|ia|aban|ian)\b|a los \d{1,2} (?:años|anos)|"
        r"en (?:19|20)\d\d|(?:pegaba|golpeaba|violaba|abusaba|tocaba|maltrataba|manoseaba|abuso de mi cuando))\b"
    ),
    present=(
        r"\b(?:otra vez|de nuevo|ahora|ahorita|todavia|aun|sigue|siguen|sigo|hoy|esta noche|esta semana|ultimamente|"
        r"estos dias|volvio|volvi)\b"
    ),
    third_person=r"\b(?:<THIRD>)\b",
    first_person=r"\b(?:yo|me|estoy|soy|tengo|siento|quiero|necesito|voy|he \w+(?:ado|ido))\b",
    light=(
        r"(?:\b(?:ja(?:ja)+j?|jaj\w*|aja(?:ja)+\w*|je(?:je)+\w*|ji(?:ji)+\w*|jsjs\w*|xd|lol|lmao|broma|bromeando|es broma|"
        r"de (?:la )?risa|de (?:la )?verguenza|de aburrimiento|de hambre|de sueño|de calor|del calor|de frio|de envidia|"
        r"de los nervios|de ternura|que oso|que verguenza|este (?:examen|trafico|calor|lunes|profe|parcial|jefe|partido|"
        r"capitulo|final|frio|tipo de cambio|cliente)|esta (?:clase|tarea|reunion|serie|cancion|semana|resaca|fila|junta|"
        r"materia|gripa|gripe|dieta|prueba)|mi (?:jefe|jefa|profe|profesora|profesor|mama|papa)|el examen|la tarea|el trafico|"
        r"aburrid[oa]|cringe|que pena)\b|😂|🤣|💀|😅|🙄|😆)"
    ),
    condition=(
        r"\b(?:si (?:el|ella|me|mi <PARTNER>|lo|la|le) (?:\w+ ){0,1}(?:deja|dejara|va|fuera|engaña|termina|olvida|"
        r"contesta|responde|escribe|cambia)|sin (?:el|ella|ti|mi <PARTNER>)|si no (?:me )?(?:contesta|responde|escribe|"
        r"llama|vuelve)|si (?:lo|la|te) pierdo|si terminamos|si me deja|hasta que (?:me )?(?:conteste|escriba|llame))"
    ),
    not_now_age=(
        r"\b(?:como|cuando (?:yo )?(?:era|tenia|tuve|cumpli|cumpla|tenga)|tenia|tuve|tuviera|desde|a los|hace|de (?:niña|niño)|mi (?:hij[oa]s?|herman[oa]|sobrin[oa]|"
        r"alumn[oa])|hij[oa]|me siento|me senti|parezco|actuo|actue|era|fue|fui|como si)\b"
    ),
)
