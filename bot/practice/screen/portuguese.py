"""Portuguese signal patterns for the crisis screen, with the context words that temper them."""

# Brazilian and European Portuguese as typed on a phone: no accents ("nao", "voce"), txt-speak
# ("vc", "n", "pq", "to" for "estou"), pronouns before or after the verb ("vou me matar",
# "vou matar-me"; hyphens become spaces). Text and patterns are folded alike (see
# normalising.py), so "morrer" is written plainly and read as "morer".
#
# The verb ending tells whose state it is: "quero morrer" is the writer, "quer se matar" is
# someone else. Idioms ("morro de saudade", "morrendo de rir", "isso me mata") are excluded.

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    "<ADV>": (
        r"(?:(?:eu|so|ja|mesmo|de verdade|serio|realmente|as vezes|tambem|simplesmente|hoje|agora|ainda|de novo|"
        r"sempre|literalmente|sinceramente|muito|tanto|to|estou|ta|tipo) ){0,2}"
    ),
    "<WANT>": (
        r"(?:quero|queria|desejo|preciso|prefiro|preferia|gostaria de|tenho vontade de|to com vontade de|vontade de|"
        r"vou|eu vou|penso em|pensando em|planejo|decidi|estou para|estou quase|tentei|tento|quis|ia|devia|deveria|"
        r"so quero|mereco|tenho que|pensava em|pensei em|estava pensando em|ando pensando em|queira|quisesse|"
        r"apetece me|apetecia me|me apetece|me apetecia|da me vontade de|me da vontade de|estou a pensar em|"
        r"to pensando em|estou pensando em)"
    ),
    "<KILLME>": (
        r"(?:me (?:matar|suicidar|enforcar|envenenar|jogar (?:da|de|do|na frente|no|em baixo|embaixo|pela|ao|para)|atirar "
        r"(?:da|de|do|na frente|ao|para|pela|debaixo)|lancar (?:da|de|do|ao|pela)|dar um tiro)|(?:matar|suicidar|enforcar|"
        r"envenenar) ?me|(?:atirar|jogar|lancar|deitar) me (?:da|de|do|na frente|ao|para|pela|debaixo|embaixo)|tirar (?:a )?(?:minha )?(?:propria )?vida|"
        r"acabar com (?:a )?minha (?:propria )?vida|cortar (?:os|meus) pulsos|pular (?:da|de|do) (?:ponte|predio|janela|"
        r"sacada|viaduto|telhado|penhasco))"
    ),
    "<PARTNER>": (
        r"(?:namorado|namorada|marido|esposo|esposa|mulher|companheiro|companheira|ex|ex marido|ex namorado|noivo|noiva|"
        r"pai|mae|padrasto|madrasta|irmao|irma|tio|tia|avo|primo|prima|sogro|sogra|cunhado|filho|filha|chefe|ficante|boy)"
    ),
    "<RELATIVE>": (
        r"(?:irma|irmao|irmazinha|amiga|amigo|melhor amiga|melhor amigo|mae|pai|filho|filha|prima|primo|namorada|namorado|"
        r"esposa|esposo|marido|mulher|companheira|companheiro|colega|vizinha|vizinho|tia|tio|sobrinha|sobrinho|avo|aluna|"
        r"aluno|cunhada|cunhado|ex|paciente|crush|ficante|amg|migo|miga|bff)"
    ),
    "<THIRD>": r"(?:ele|ela|eles|elas|(?:minha|meu|nossa|nosso|uma|um|a|o|sua|seu) <RELATIVE>s?|alguem)",
    "<AGE>": (
        r"(?:[5-9]|1[0-7]|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|dezesseis|dezasseis|"
        r"dezessete|dezassete)"
    ),
    "<PILLS>": (
        r"(?:remedios|comprimidos|pilulas|capsulas|calmantes|medicamentos|remedio|rivotril|clonazepam|diazepam|"
        r"paracetamol|dipirona|tylenol|antidepressivos|tarja preta|sertralina|fluoxetina|quetiapina|insulina|litio)"
    ),
    # Leaving or telling: what an abuser's threat is made against ("se eu terminar ele me mata").
    "<LEAVE>": (
        r"(?:terminar|terminasse|for embora|fosse embora|largar|largasse|deixar|deixasse|o deixar|a deixar|deixar ele|"
        r"deixar ela|denunciar|denunciasse|contar (?:a|pra|para) (?:alguem|policia|minha familia)|contar|contasse|"
        r"sair de casa|separar|me separar|me separasse|pedir o divorcio|chamar a policia|o largar|a largar)"
    ),
    "<KILLHIM>": (
        r"(?:(?:vou|vo|quero|penso em|to com vontade de|decidi|juro que vou) (?:matar|esfaquear|furar|apagar|"
        r"dar um tiro (?:n|d)(?:ele|ela|esse|essa|aquele|aquela)|acabar com) (?:ele|ela|eles|esse|essa|aquele|aquela|"
        r"o|a|os|meu|minha|o meu|a minha)|(?:vou|quero) (?:mata lo|mata la|matalo|matala)|(?:mato|eu mato) "
        r"(?:ele|ela|esse|essa|aquele|aquela))"
    ),
    "<PLAN>": (
        r"(?:(?:ja )?sei (?:onde|a que horas) (?:ele |ela )?(?:mora|vive|trabalha|esta|fica|estuda|sai)|(?:tenho|ja tenho|"
        r"comprei|arranjei|consegui|peguei|guardei) (?:a|uma|o|um|minha|meu) (?:faca|arma|revolver|pistola|"
        r"canivete|facao|berro|cano|oitao)|(?:ta|esta) tudo (?:planejado|pronto))"
    ),
    "<LIMB>": r"(?:os pulsos|o pulso|meus pulsos|os bracos|o braco|meus bracos|as pernas|as coxas|a coxa|a barriga|a pele)",
}

_DEATH_WORDS = (
    r"\b<ADV>(?:quero|queria|desejo|preciso|prefiro|preferia|gostaria de|tenho vontade de|com vontade de|vontade de|"
    r"so quero|vou|eu vou|devia|deveria|mereco|so queria|queria tanto|apetece me|me apetece|apetecia me|me apetecia) "
    r"morrer\b"
    r"(?! (?:de (?:rir|vergonha|saudade|saudades|fome|sono|calor|frio|tedio|amor|inveja|curiosidade|medo|ansiedade|"
    r"cansaco|felicidade|alegria|tanto rir|raiva|sede)|feliz|velh[oa]|abracad[oa]|contigo|com voce|de velhice)\b)",
    r"\b(?:queria|quero|preferia|prefiro) (?:estar|ta|ficar) mort[oa]\b",
    r"\bmelhor (?:estar )?mort[oa]\b",
    r"\b(?:alguem me mata|me matem|me mate|me mata logo)\b(?! (?:de (?:rir|vergonha))\b)",
)

_SUICIDE = (
    r"\b<ADV>(?:<WANT>) (?:logo )?<KILLME>\b",
    r"\b(?:eu )?(?:vou|vo|quero) me (?:matar|suicidar)\b(?! de (?:rir|trabalhar|estudar)\b)",
    r"\bme mato\b(?= ?(?:$|[.!?,]|hoje|agora|amanha|juro|serio|de verdade|logo))",
    r"\b(?:me (?:suicido|enforco)|vou me jogar (?:da|de|do|na frente)|me jogo (?:da|de|do|na frente))\b"
    r"(?! (?:de (?:rir|trabalhar|estudar)|trabalhando|estudando)\b)",
    r"\bsu[iy]?[cs]{1,2}[iy]?d(?:io|ios|a|as|ar|ar me|al)\b",
    r"\b(?:pensamentos|ideias|ideacao|tentativa|tentativas|vontade) (?:de )?(?:suicidas?|suicidio|me matar|morrer)\b",
    r"\b(?:acabar|terminar|acabo|dar fim|por fim|pôr fim) (?:com|a|em) (?:tudo|minha vida|a minha vida|minha existencia|"
    r"esse sofrimento)\b(?! (?:o|a|os|as|que|isso|do trabalho)\b)",
    r"\b(?:ja )?nao (?:quero|aguento|consigo|tenho vontade de) (?:mais )?(?:viver|continuar vivendo|existir|estar vivo|"
    r"estar viva|continuar aqui|estar aqui|continuar nesse mundo|continuar vivo|continuar viva)(?: mais)?\b"
    r"(?! (?:sem|com|aqui|ai|la|nessa|nesse|nesta|neste|assim sem|de (?:aluguel|favor))\b)",
    r"\b(?:nao tenho|sem|perdi (?:a|o)?) (?:mais )?(?:nenhum |nenhuma )?(?:motivos?|razao|razoes|vontade|porque) "
    r"(?:para|de) (?:viver|continuar|estar aqui|acordar|levantar)\b",
    r"\b(?:a vida|minha vida|viver) nao (?:vale|tem) (?:mais )?(?:a pena|sentido|nenhum sentido)\b",
    r"\b(?:a vida|minha vida) (?:tem|faz) (?:sentido nenhum|zero sentido)\b",
    r"\bnao vale (?:mais )?a pena (?:viver|continuar vivendo|continuar viv[oa]|estar viv[oa])\b",
    r"\b(?:cansad[oa]|exaust[oa]) de (?:viver|existir|estar viv[oa]|acordar|da vida)\b",
    r"\b(?:todo mundo|todos|minha familia|meus filhos|as pessoas) (?:ficaria|ficariam|estaria|estariam|seria|seriam|"
    r"vivia|viveria|viveriam) (?:melhor|mais feliz|mais felizes|bem) sem mim\b",
    r"\bmelhor sem mim\b",
    r"\bninguem (?:sentiria|ia sentir|vai sentir) (?:a )?(?:minha )?falta\b",
    r"\b(?:ninguem|ngm) (?:ia|iria|vai) (?:ligar|perceber|notar|se importar) se eu (?:morresse|sumisse|me matasse|"
    r"desaparecesse|nao estivesse|morrer|sumir)\b",
    r"\b(?:queria|quero|preferia) (?:nao )?(?:ter nascido|nunca ter nascido|nao existir|deixar de existir|parar de existir|"
    r"sumir para sempre|desaparecer para sempre|desaparecer para sempre)\b",
    r"\b(?:dormir|adormecer|fechar os olhos|apagar) (?:para sempre )?e (?:nao|nunca mais|nunca|jamais|nao mais) "
    r"(?:voltar a )?acordar\b",
    r"\b(?:queria|quero|espero|tomara que eu|so queria) nao (?:acordar|acordar mais|acordar amanha|acordar nunca)\b",
    r"\bnao quero (?:mais )?acordar\b",
    r"\b(?:parte de mim|uma parte de mim) (?:quer|deseja) (?:morrer|se matar|sumir|desaparecer|acabar com tudo)\b",
    r"\b(?:juntando|guardando|acumulando|escondendo|juntei|guardei|acumulei|estocando) (?:\w+ )?<PILLS>\b",
    r"\b(?:cartas?|bilhetes?|mensagens?) de (?:despedida|suicidio|adeus)\b",
    r"\b(?:escrevi|deixei|escrevendo|deixando) (?:uma |umas |as )?(?:cartas?|bilhetes?) (?:para) (?:todos|minha familia|"
    r"meus filhos|meus pais|minha mae)\b",
    r"\b(?:essa|esta) e (?:minha|a minha) (?:ultima mensagem|despedida)\b",
    r"\b(?:nao vou|ja nao vou) (?:estar|ficar) (?:aqui |viv[oa] )?(?:por muito tempo|amanha|muito mais tempo|semana que vem)\b",
    r"\b(?:dando|doei|distribuindo) (?:todas )?(?:as )?minhas coisas\b",
    r"\b(?:pesquisei|pesquisando|procurei|procurando) (?:como|formas de|jeitos de) (?:morrer|me matar|me suicidar|"
    r"tirar minha vida)\b",
    r"\b(?:ja )?(?:tenho|to com|estou com) (?:os|as|meus|minhas|uns|umas) <PILLS> (?:separad[oa]s|guardad[oa]s|juntad[oa]s|"
    r"contad[oa]s|pront[oa]s|para (?:hoje|essa noite|esta noite|amanha|fazer isso|acabar))\b",
    r"\bquant[oa]s <PILLS> (?:precisa|mata|matam|e letal|para morrer)\b",
    r"\b(?:corda|forca) (?:no|pro|para o) (?:meu )?pescoco\b",
    # "Soon I won't be here": a farewell, not a schedule ("logo nao vou estar em casa" stays clear).
    r"\b(?:logo|em breve|daqui a pouco|dentro de pouco|muito em breve|brevemente|daqui a uns dias) (?:eu )?(?:ja )?"
    r"(?:nao (?:vou (?:mais )?(?:estar|existir)|estarei|existirei)|vou deixar de existir)(?: mais)?(?: (?:aqui|por aqui|"
    r"neste mundo|nesse mundo|entre voces|viv[oa]))?(?= ?(?:$|[.!?,;]|e\b|mas\b|ninguem\b|ja\b|nem\b))",
    r"\b(?:nao vou|ja nao vou) (?:mais )?(?:estar|ficar) (?:mais )?(?:neste mundo|nesse mundo|entre voces)\b",
    r"\b(?:quero|queria|vou|preciso) (?:ir embora|sair|partir|me ir) (?:deste|desse|do) mundo\b",
    r"\b(?:quero|queria|vou) (?:deixar|abandonar) (?:este|esse) mundo\b",
    r"\b(?:ja )?cansei de (?:viver|existir|estar viv[oa]|da vida)\b",
)

_SUICIDE_CHECK = (
    r"\b(?:ja )?nao (?:aguento|consigo|suporto|to aguentando|estou aguentando|aguento) mais\b"
    r"(?! (?:esperar|de (?:saudade|ansiedade pra))\b)",
    r"\bnao (?:aguento|suporto|consigo lidar com) (?:isso|essa vida|minha vida|mais nada|viver assim|essa dor)\b",
    r"\b(?:pra que|para que|qual o sentido de|qual o ponto de|de que adianta) (?:continuar|viver|tentar|lutar|tudo isso|existir)\b",
    r"\bnada (?:mais )?faz sentido\b",
    r"\bnao (?:estou|to|me sinto) (?:a salvo|segur[oa]|protegid[oa])\b(?! (?:de que|se|sobre)\b)",
    r"\b(?:estou|to) em perigo\b",
    r"\b(?:preciso|precisava) (?:de )?ajuda\b(?! (?:com|para) (?:o|a|um|uma|meu|minha|escolher|escrever|decidir|entender)\b)",
    r"\b(?:me ajuda|me ajudem|socorro|alguem me ajuda)\b(?! (?:com|a (?:escolher|escrever|entender|fazer))\b)",
    r"\bquero que (?:tudo|isso|a dor) (?:acabe|pare|termine)\b",
    r"\b(?:quero|queria|so quero|so queria|vontade de) (?:sumir|desaparecer)\b",
    r"\b(?:sou|me sinto) (?:so )?(?:um|uma) (?:fardo|peso|estorvo)\b",
    r"\b(?:estou|to|me sinto) (?:sem esperanca|desesperad[oa]|sem saida|vazi[oa] por dentro)\b",
    r"\bnao (?:valho|sirvo) (?:nada|pra nada)\b",
    r"\b(?:eu )?(?:desisto|desisti de tudo|desisti da vida|jogar a toalha)\b",
    r"\b(?:cansad[oa]|exaust[oa]) de (?:tudo|lutar|tentar|ser eu)\b",
    r"\bnao (?:vejo|tem|ha) (?:nenhuma )?saida\b",
    # Dying over a partner leaving: a worry about the bond, worth one question.
    r"\b(?:eu )?(?:morro|vou morrer|morreria|morrerei|morria) (?:se (?:ele |ela |voce |vc |tu |o meu <PARTNER> |"
    r"meu <PARTNER> |minha <PARTNER> |a minha <PARTNER> )?(?:me )?(?:deixar|deixasse|largar|largasse|trair|traisse|"
    r"terminar|terminasse|for embora|fosse embora|abandonar|nao (?:voltar|responder|me ligar))|se (?:o |a |te )?"
    r"perder|sem (?:ele|ela|voce|vc|ti))\b",
    # How long the writer can hold on.
    r"\b(?:nao sei|sei la|nem sei|quem sabe) (?:ate quando|por quanto tempo|quanto tempo|quanto mais) (?:mais )?(?:eu )?"
    r"(?:(?:vou|consigo|vou conseguir|posso|irei) (?:aguentar|suportar|resistir|continuar assim|continuar viv[oa]|"
    r"segurar)|aguento|suporto|resisto)\b",
    r"\bnao (?:vou|devo) (?:aguentar|resistir|suportar) (?:muito )?(?:mais|mais tempo|por muito tempo)\b",
    r"\bnao sei (?:mais )?(?:o que|que) (?:fazer|faco|vou fazer) (?:comigo|da minha vida|de mim|com a minha vida)\b",
    r"\b(?:nada|ja nada|nada mais) (?:vale|valeria|valha) (?:mais )?a pena\b",
    r"\bnao sei se (?:ainda )?(?:vale|valha) a pena\b(?= ?(?:$|[.!?,;]|viver|continuar|nada))",
    # The pattern holds its "no" ("no fundo do poço"), so the Spanish "no" is not read as a denial.
    r"\b(?:no|ao|do) fundo do poco\b|\b(?:bati|cheguei ao|atingi o) fundo\b",
    r"\b(?:estou|to|ando|me sinto) (?:muito|super|tao|bem|mega) mal\b"
    r"(?= ?(?:$|[.!?,;]|e\b|mas\b|nao\b|de (?:cabeca|animo)|emocionalmente|psicologicamente|por dentro))",
    r"\bnao (?:vejo|encontro|acho) (?:mais )?(?:nenhum )?sentido (?:em|na|no) (?:nada|vida|minha vida|viver|continuar|"
    r"existir)\b",
    r"\b(?:ja )?nao quero (?:mais )?continuar\b(?= ?(?:$|[.!?,;]|assim|vivendo|aqui|mais|e\b))",
    r"\b(?:me sinto|to|estou) (?:muito |tao |completamente |super )?vazi[oa]\b(?= ?(?:$|[.!?,;]|por dentro|e\b|mas\b))",
    r"\bnao tenho (?:mais )?ninguem\b(?= ?(?:$|[.!?,;]|no mundo|que me|e\b))",
    r"\b(?:penso|pensando|pensei|pensar|pensava) (?:muito |demais |o tempo todo |toda hora |as vezes |cada vez mais )?"
    r"(?:na morte|em morrer|no suicidio|em me matar|em suicidio)\b(?! de (?:rir|vergonha|fome|sono|calor|frio|saudade)\b)",
    r"\b(?:eu )?(?:me odeio|odeio minha vida|odeio a minha vida|odeio ser eu)\b(?= ?(?:$|[.!?,;]|tanto|demais|e\b|mas\b))",
    # A death wish taken back in the same breath ("quero morrer kkk mentira") still earns a question.
    r"\b(?:quero morrer|vou me matar|quero me matar)\b(?=.{0,40}\b(?:mentira|brincadeira|brincadeirinha|zoeira|"
    r"zoando|to brincando|estou brincando|e zoa))",
)

_SELF_HARM = (
    r"\b(?!.{0,60}(?:cozinh|barbe|papel|faca de cozinha|sem querer|acidente|fogao|ferro de passar|dedo))"
    r"<ADV>(?:<WANT>|vontade de|necessidade de|impulso de|voltei a|voltar a) (?:me )?(?:cortar|machucar|ferir|queimar|"
    r"mutilar|bater em mim|arranhar)\b(?! (?:o|as|os|a) (?:cabelo|unhas|franja|barba|pontas)\b)",
    r"\b(?!.{0,60}(?:cozinh|barbe|papel|sem querer|acidente|fogao|dedo))<ADV>me (?:corto|cortei|cortando|machuco|"
    r"machuquei|queimo|queimei|firo|feri|mutilo|mutilei) (?:(?:hoje|ontem|agora|esta noite|hoje a noite) )?(?:<LIMB>|de novo|denovo|outra vez|ontem a noite|de proposito|"
    r"com (?:uma )?(?:gilete|lamina|estilete|navalha)|escondid[oa]|todo dia|quando|para (?:sentir|nao sentir|aliviar))\b",
    r"\b(?:eu )?me corto\b(?= ?(?:$|[.!?,]))",
    r"\bauto ?(?:mutilac\w+|lesao|lesoes|lesionar|mutilar|agressao)\b",
    r"\b(?:cutting|recai|recaida) (?:no cutting|na automutilacao|e me cortei)?\b(?= .{0,30}(?:cort|mutil|machuc))",
    r"\b(?:esconder|escondo|tampar|cobrir) (?:os|meus|as|minhas) (?:cortes|cicatrizes|marcas|feridas)\b",
    r"\b(?:gilete|lamina|estilete) (?:no|nos|na|nas) (?:meu|meus|minha|minhas)? ?(?:pulso|pulsos|braco|bracos|pernas|coxas|pele)\b",
)

_PARTNER_VIOLENCE = (
    r"\b(?<!se )(?:me|nos) (?:(?:voltou a|volta a|tentou|comecou a) (?:bater|espancar|enforcar|estrangular|agredir|"
    r"chutar|esganar|ameacar)|bate|bateu|batia|batem|espanca|espancou|espancava|agride|agrediu|agredia|enforca|"
    r"enforcou|estrangula|estrangulou|esgana|esganou|chuta|chutou|chutava|empurra|empurrou|esbofeteou|estapeou|"
    r"ameaca|ameacou|ameacava|trancou|tranca|prende em casa|prendeu em casa|machucou de proposito|socou|soca)\b"
    r"(?! (?:uma|um) (?!(?:tapa|soco|murro|chute|surra|tapas|socos)\b))(?! (?:a (?:porta|vontade|saudade|tristeza)|"
    r"uma (?:saudade|tristeza|vontade|fome|bad|deprê|depre|ansiedade)|de (?:frente|leve)|com (?:terminar|ir embora|me deixar))\b)",
    r"\bbate em mim\b",
    r"\b(?:me )?(?:deu|da|dava) (?:um |uns |uma )?(?:tapa|tapas|soco|socos|murro|murros|chute|chutes|surra|tapao|bofetada)s?\b",
    r"\b(?:puxou|puxa|puxava) (?:o )?meu cabelo\b",
    r"\b(?:mao|maos|apertou|aperta|apertava|agarrou|agarra|agarrava|pegou|esganou|apertaram)(?: me)? (?:no|o|pelo|ao) "
    r"(?:meu )?pescoco\b",
    # European Portuguese puts the pronoun after the verb ("bateu-me", "empurrou-me").
    r"\b(?<!saudade )(?<!fome )(?<!tristeza )(?<!vontade )(?<!sono )(?<!nostalgia )(?:bateu|bate|batia|espancou|espanca|"
    r"espancava|agrediu|agride|agredia|empurrou|empurra|esbofeteou|estapeou|esmurrou|esmurra|pontapeou|estrangulou|"
    r"esganou|socou|soca|esmurrava|ameacou|ameaca) me\b(?! (?:a (?:porta|saudade|fome|vontade|tristeza|sono|"
    r"nostalgia|campainha)|uma (?:saudade|fome|vontade|tristeza|nostalgia)|com (?:terminar|ir embora|deixar))\b)",
    r"\b(?:me )?(?:jogou|jogava|joga) (?:no chao|contra a parede|coisas em mim|objetos em mim|da escada)\b",
    r"\b(?:mexe|mexeu|olha|fuça|fuca|vasculha|controla|checa|le|confere) (?:todo )?(?:o |no |em |nos |nas )?(?:meu|minhas|meus) "
    r"(?:celular|telefone|whats|whatsapp|mensagens|conversas|email|redes|senhas|localizacao|dinheiro|conta|ligacoes)\b",
    r"\b(?:pegou|quebrou|toma|tomou|esconde|escondeu) (?:o )?meu (?:celular|telefone|dinheiro|cartao|documentos|passaporte|"
    r"chave|chaves)\b",
    r"\b(?:exige|pede|quer|obriga a dar) (?:todas )?(?:as )?minhas senhas\b",
    r"\bnao me (?:deixa|deixava|permite) (?:sair|ver|falar|trabalhar|estudar|usar|ter|ir|visitar|ligar|encontrar|"
    r"vestir|sair de casa|ir embora)\b(?! (?:tv|televisao|jogo|novela|serie|tarde|de noite|sozinh[oa] (?:na|no) "
    r"(?:festa|balada)))",
    r"\bme (?:proibe|proibiu|proibia) de (?:sair|ver|falar|trabalhar|estudar|usar|ter|ir|visitar)\b",
    r"\bme (?:afasta|afastou|isolou|isola) (?:dos meus amigos|das minhas amigas|da minha familia|de todo mundo)\b",
    r"\b(?:tenho|sinto) (?:muito |tanto )?(?:medo|pavor|panico) (?:dele|dela|do meu <PARTNER>|da minha <PARTNER>)\b"
    r"(?! (?:descobrir|saber|ficar (?:brav|triste))\b)",
    r"\b(?:medo|pavor|panico) (?:dele|dela|de que ele|que ele) (?:me )?(?:mate|matar|bata|bater|machuque|machucar|"
    r"encontre|encontrar|faça algo|fazer algo)\b",
    r"\b(?:medo|pavor|panico) de (?:voltar|ir|chegar) (?:para|em|para a) casa\b",
    r"\b(?:temo|medo) pela minha vida\b",
    r"\b(?:ele|ela|meu <PARTNER>|minha <PARTNER>) (?:\w+ )?(?:vai|ia) me matar se eu (?:terminar|for embora|largar|"
    r"denunciar|contar|sair|deixar)\b",
    r"\b(?:me )?(?:trancada|trancado) (?:no banheiro|no quarto|em casa) (?:com medo|fugindo)\b",
    r"\b(?:hematomas|roxos|marcas|olho roxo) (?:que ele|que ela|no (?:meu )?pescoco|no rosto)\b",
    r"\b(?:violencia domestica|violencia contra a mulher|relacionamento abusivo|relacao abusiva|namorado abusivo|"
    r"marido abusivo|parceiro abusivo|maria da penha|medida protetiva|casa abrigo)\b",
    r"\b(?:me segue|me persegue|me vigia|me espera) (?:em todo lugar|para todo lado|no meu trabalho|na minha casa|"
    r"na porta)\b",
)

# "If I leave him he'll kill me": a threat, never the writer's own worry; only a joke cue tempers it.
_THREAT_IF = (
    r"\bse (?:eu )?<LEAVE>(?: com (?:ele|ela))?,? (?:(?:ele|ela|o meu <PARTNER>|meu <PARTNER>|a minha <PARTNER>|"
    r"minha <PARTNER>) )?(?:me (?:mata|matava|mataria|bate|espanca)|mata me|vai me matar|ia me matar|"
    r"me vai matar|mata os meus filhos)\b",
    r"\b(?:me (?:mata|matava|mataria|vai matar)|mata me|vai me matar|ia me matar) se (?:eu )?<LEAVE>\b",
)

_THREAT = (
    r"\b(?:me )?(?:ameaca|ameacou|ameacava) (?:de )?(?:me )?(?:matar|bater|machucar|tirar (?:meus|os) filhos|matar-me)\b"
    r"(?! se\b)",
    r"\b(?:disse|diz|falou|fala|jurou|jura) que (?:vai|ia) me (?:matar|bater|machucar|encontrar|tirar (?:meus|os) filhos)\b",
)

_PARTNER_CHECK = (
    r"\b(?:ele|ela|meu <PARTNER>|minha <PARTNER>) (?:\w+ ){0,2}me (?:machuca|machucou|assusta|xinga|humilha|grita|"
    r"maltrata|trata mal|sufoca)\b",
    r"\b(?:ele|ela|meu <PARTNER>|minha <PARTNER>) (?:e|ta|esta|fica) (?:muito |bem |super |tao )?(?:controlador[a]?|"
    r"violent[oa]|agressiv[oa]|possessiv[oa]|perigos[oa]|abusiv[oa]|ciumento doentio)\b",
    r"\b(?:vai|ia) me matar\b(?! (?:de (?:rir|vergonha|susto|raiva|saudade))\b)",
    r"\bnao me sinto segur[oa] (?:em casa|com ele|com ela)\b",
    r"\bpisando em ovos\b",
)

_SEXUAL_VIOLENCE = (
    r"\b(?:me|nos) (?:estuprou|estupraram|estupra|estuprava|violentou|violentaram|abusou|abusaram|abusava|abusa)\b"
    r"(?! (?:da (?:minha )?(?:confianca|paciencia|boa vontade))\b)",
    r"\b(?:fui|sou|foi|ser) (?:estuprad[oa]|violentad[oa]|abusad[oa] sexualmente)\b",
    r"\bestupr\w*",
    r"\b(?:abuso|abusos|assedio|violencia|agressao) sexua(?:l|is)\b",
    r"\babus(?:ou|aram|ava|a|avam) (?:sexualmente )?de mim\b(?! (?:da )?(?:confianca|paciencia)\b)",
    r"\b(?:me )?(?:forcou|forcava|obrigou|obrigava|pressionou) (?:a )?(?:transar|fazer sexo|ter relacoes|fazer oral|"
    r"mandar nudes|mandar fotos|tirar a roupa|ficar pelad[oa]|ver porno)\b",
    r"\bme (?:tocou|toca|tocava|apalpou|apalpa|passou a mao|passa a mao|beijou a forca) (?:\w+ ){0,2}(?:sem (?:minha )?"
    r"(?:permissao|consentimento|eu querer)|enquanto eu (?:dormia|estava dormindo|tava dormindo|tava bebada|"
    r"estava bebada|tava desmaiada)|nas minhas partes|la embaixo)\b",
    r"\b(?:passou|passa|passava) a mao em mim\b",
    # Touching by a named person ("meu padrasto me toca"), never "isso me toca" (moves me).
    r"\b(?:meu|o meu|seu|o seu|minha|a minha) (?:padrasto|tio|avo|primo|irmao|pai|vizinho|professor|treinador|chefe|"
    r"namorado|ex|padrinho|padre|pastor|medico|cunhado|sogro|madrasta|tia|prima) (?:\w+ )?(?:me )?(?:toca|tocava|tocou|"
    r"apalpa|apalpava|apalpou|alisava|bolinava|bolina)(?: me)?\b(?! (?:muito|profundamente|o coracao|no coracao|o ombro|"
    r"no ombro|a campainha|violao|piano|guitarra|musica|a musica|no assunto|a mao|na mao|o braco|no braco)\b)",
    r"\bsem (?:o )?meu consentimento\b",
    r"\b(?:eu )?(?:disse|falei) (?:que )?nao e (?:ele|ela) (?:continuou|nao parou|fez mesmo assim|fez assim mesmo)\b",
    r"\b(?:me drogou|me drogaram|colocou algo na minha bebida|colocaram algo na minha bebida|batizaram minha bebida)\b",
    r"\b(?:vazou|vazaram|espalhou|postou|ameaca (?:vazar|postar|espalhar)) (?:meus )?(?:nudes|fotos intimas|videos intimos|"
    r"fotos pelad[oa])\b",
)

_MINOR = (
    r"\b(?:eu )?tenho (?:so |apenas |acabei de fazer )?<AGE> (?:anos|aninhos|a\b)(?! (?:de|que|com|trabalhando|casad|"
    r"junt|sem|na|no|nessa|nesse)\b)",
    r"\b(?:eu )?(?:fiz|acabei de fazer|completei) <AGE> anos\b(?! (?:de|que|com|na|no)\b)",
    r"\b(?:eu )?(?:sou|ainda sou) (?:menor de idade|menor|adolescente|uma adolescente|um adolescente|uma crianca|"
    r"um menino|uma menina)\b(?! (?:por dentro|de coracao|que|do que)\b)",
    r"\b(?:estou|to|eu estudo|estudo) (?:no|na) (?:ensino medio|ensino fundamental|(?:6|7|8|9|sexto|setimo|oitavo|nono) ano|"
    r"(?:1|2|3|primeiro|segundo|terceiro) (?:ano|colegial)(?: do ensino medio)?|escola|colegial)\b",
)

_EATING_DISORDER = (
    r"\b(?:vomito|vomitei|vomitar|forco o vomito|me faco vomitar|provoco vomito|coloco para fora) (?:tudo )?(?:depois de comer|"
    r"depois das refeicoes|o que (?:eu )?como|o que comi|a comida|toda vez que como|quando como)\b",
    r"\bme (?:faco|fiz|forco a) vomitar\b",
    r"\b(?:forco|forcei|provoco|provoquei|induzo) (?:o )?vomito\b",
    r"\b(?:enfio|enfiei|coloco) (?:o )?dedo na garganta\b",
    r"\b(?:nao como|parei de comer|fico sem comer|deixo de comer) (?:\w+ ){0,2}(?:para|como) (?:me punir|me castigar|"
    r"punicao|castigo|emagrecer rapido)\b",
    r"\bnao mereco (?:comer|comida)\b",
    r"\b(?:estou|to|fico|fiquei) (?:ha )?(?:dois|tres|quatro|varios|muitos|\d+) dias sem comer\b",
    r"\b(?:laxantes|diureticos|remedio pra emagrecer)\b",
    r"\b(?:anorexi\w*|bulimi\w*|ana e mia|pro ana|pro mia|transtorno alimentar)\b",
    r"\b(?:compulsao|comi demais) e (?:vomitei|vomito|forcei o vomito)\b",
)

_MEDICAL_EMERGENCY = (
    r"\b(?:overdose|sobredosagem|over dose)\b",
    r"\b(?:eu )?(?:tomei|engoli|tomou|engoliu) (?:\w+ )?(?:todos os|todas as|muitos|muitas|um monte de|uma cartela de|"
    r"uma caixa de|a caixa de|a cartela de|um frasco de|\d{2,}) (?:de )?<PILLS>\b",
    r"\b(?:eu )?(?:tomei|engoli|tomou|engoliu) (?:\w+ )?(?:a|uma|o|um) (?:cartela|caixa|frasco|caixinha|embalagem|"
    r"blister|vidro|vidrinho|tubo) (?:inteir[oa] |tod[oa] )?(?:de |do |da |dos |das )?(?:meus |minhas )?<PILLS>\b",
    r"\b(?:eu )?(?:tomei|engoli) (?:tod[oa] (?:a|o) (?:cartela|caixa|frasco|blister|vidro)|(?:a|o|uma|um) (?:cartela|"
    r"frasco|blister|vidro) (?:inteir[oa]|tod[oa])|tod[oa]s (?:os|as) (?:meus|minhas) (?:remedios|comprimidos|pilulas))\b",
    r"\b(?:tomei|bebi|engoli) (?:veneno|chumbinho|agua sanitaria|agua de lavadeira|soda caustica|raticida)\b",
    r"\b(?:misturei|misturando) <PILLS> (?:com|e) (?:alcool|bebida|cerveja|vodka|cachaca|vinho)\b",
    r"\b(?:nao (?:esta|ta) respirando|parou de respirar|nao respira|esta inconsciente|ta inconsciente|desmaiou e nao|"
    r"perdeu a consciencia|labios roxos)\b",
    r"\b(?:sangrando muito|nao para de sangrar|muito sangue|cortei (?:muito )?fundo)\b",
    r"\b(?:chamem|chama|preciso de) (?:uma )?(?:ambulancia|samu)\b",
    r"\b(?:to|estou) (?:tendo|tendo um) (?:um )?(?:infarto|ataque cardiaco|avc)\b",
)

_BODY_CHECK = (
    r"\bnao (?:consigo|to conseguindo|estou conseguindo) respirar\b",
    r"\b(?:dor no peito|meu peito (?:doi|ta doendo|esta doendo)|aperto no peito)\b",
    r"\bvou desmaiar\b",
)

_OTHER_PERSON = (
    # One person hurting another the writer names ("meu pai bate na minha mae").
    r"\b(?:bate|bateu|batia|espanca|espancou|espancava|agride|agrediu|agredia|estupra|estuprou|estuprava|ameaca|ameacou|"
    r"maltrata|maltratava|enforcou|esgana) (?:na|no|em|a|o) (?:minha|meu|sua|seu|nossa|nosso) <RELATIVE>\b",
    r"\b(?:abusa|abusou|abusava|abusaram) (?:sexualmente )?(?:da|do|de) (?:minha|meu|sua|seu|nossa|nosso) <RELATIVE>\b",
    r"\b(?:quer|queria|vai|ia|tentou|tenta|ameaca|pensa em|falou que vai|disse que vai|disse que quer|falou que quer|"
    r"esta pensando em|ta pensando em) (?:se )?(?:matar|suicidar|enforcar|cortar|machucar|jogar (?:da|de|do|na frente)|"
    r"tirar a (?:propria )?vida)\b(?! (?:de (?:rir|trabalhar|estudar|vergonha)|o cabelo|as unhas|a franja)\b)",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}(?:quer|queria|disse que quer|falou que quer|vive dizendo que quer) morrer\b",
    r"\bse (?:corta|cortou|cortava|machuca|machucou|queima|queimou) (?:<LIMB>|de novo|outra vez|de proposito|escondid[oa])\b",
    r"\bse (?:suicidou|matou|enforcou|mutila|mutilava)\b(?! (?:o|a|os|as|um|uma|sem querer|"
    r"cozinhando|de (?:rir|trabalhar))\b)",
    r"\b(?:<THIRD>) (?:e|esta|ta|anda|parece) (?:muito )?(?:suicida|em perigo)\b",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}(?:tomou|engoliu) (?:muitos|muitas|todos os|todas as|um monte de) <PILLS>\b",
    r"\b(?:bate|bateu|batia|espanca|espancou|agride|agrediu|estuprou|abusou|enforcou|ameaca) (?:nela|nele|ela|ele|de(?:la|le))\b"
    r"(?! (?:de (?:frente|leve))\b)",
    r"\b(?:me )?(?:mandou|escreveu|deixou|postou) (?:uma )?(?:mensagem|carta|bilhete) de (?:despedida|suicidio|adeus)\b",
    r"\b(?:preocupad[oa]|assustad[oa]|com medo) (?:com|por|pela|pelo) (?:minha|meu|nossa|nosso) <RELATIVE>\b(?= .{0,40}"
    r"(?:suicid|matar|morrer|cort|machuc|perigo))",
)

_COERCION = (
    r"\b(?:diz|disse|fala|falou|ameaca|ameacou|jura|jurou)(?: que)? (?:vai|ia) se (?:matar|suicidar|machucar|cortar|"
    r"jogar)(?: \w+){0,2} se eu\b",
    r"\bse (?:mata|matar|suicida|suicidar|machuca|machucar) se eu (?:terminar|for embora|largar|deixar|sair|bloquear)\b",
    r"\bameac(?:a|ou|ava|ando) (?:de )?(?:se (?:matar|suicidar|cortar|machucar|enforcar|jogar|atirar|envenenar)|(?:matar|"
    r"suicidar|cortar|machucar|enforcar|jogar|atirar|envenenar) se|tirar a propria vida|fazer uma besteira|"
    r"fazer besteira)\b",
    r"\b(?:se (?:mata|matava|mataria|corta|cortava|machuca|jogava|joga|suicida)|(?:vai|ia) se (?:matar|suicidar|cortar|"
    r"machucar|jogar|enforcar)|(?:vai|ia) (?:matar|suicidar|cortar|machucar|jogar|enforcar) se|mata se)(?: \w+){0,4},? "
    r"se (?:eu )?(?:<LEAVE>|o bloquear|a bloquear|bloquear|sair|sair com|ver|falar com|nao (?:responder|voltar))\b",
)

_HARM_TO_OTHERS_PLANNED = (
    r"\b<KILLHIM>\b(?=.{0,100}\b<PLAN>)",
    r"\b<PLAN>\b.{0,100}\b<KILLHIM>\b",
)

# "Vou matar ele" is mostly anger ("esqueceu o leite"); without a plan it earns one question.
_HARM_TO_OTHERS_CHECK = (
    r"\b<ADV>(?:quero|vou|vo|penso em|to com vontade de|vontade de|decidi) (?:matar|esfaquear|envenenar|dar um tiro "
    r"(?:nele|nela)|enforcar) (?:ele|ela|eles|elas|esse|essa|aquele|aquela|o meu|a minha|meu|minha)\b"
    r"(?! (?:de (?:rir|beijos|susto|saudade|cocegas))\b)",
    r"\b(?:vou|quero) (?:mata-lo|mata-la|mata lo|mata la|matalo|matala)\b",
)

_HARM_TO_OTHERS = (
    r"\b(?:atirar|matar) (?:em )?(?:todo mundo|todos) (?:na|da|no) (?:escola|trabalho|faculdade|igreja)\b",
    r"\b(?:massacre|ataque) (?:na|a) (?:minha )?(?:escola|faculdade)\b",
)

LEXICON = Lexicon(
    code="pt",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WORDS, hyperbole=True),
        # Plain "I'll kill myself" is also said lightly ("... kkkk"); light cues temper it.
        *crisis(Category.SUICIDE, *_SUICIDE[:3], hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE[3:]),
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
        "n": "nao",
        "naum": "nao",
        "nn": "nao",
        "vc": "voce",
        "vcs": "voces",
        "q": "que",
        "pq": "porque",
        "pqp": "puta que pariu",
        "tb": "tambem",
        "tbm": "tambem",
        "mt": "muito",
        "mto": "muito",
        "mta": "muita",
        "msm": "mesmo",
        "to": "estou",
        "tou": "estou",
        "ta": "esta",
        "tava": "estava",
        "pra": "para",
        "pro": "para o",
        "cmg": "comigo",
        "ngm": "ninguem",
        "nd": "nada",
        "hj": "hoje",
        "agr": "agora",
        "dnv": "de novo",
        "denovo": "de novo",
        "kero": "quero",
        "qro": "quero",
        "qr": "quer",
        "qm": "quem",
        "vo": "vou",
        "oq": "o que",
        "dps": "depois",
        "td": "tudo",
        "tds": "todos",
        "aki": "aqui",
        "vdd": "verdade",
        "sla": "sei la",
        "mds": "meu deus",
        "amg": "amiga",
    },
    negation=r"\b(?:nao|nunca|jamais|nem)\b",
    hedge=(
        r"\b(?:sei|sabe|sabia|entendo|entende|acho|penso|por que|porque|importa|consigo|aguento|suporto|como|quando|onde|"
        r"se|certeza|minto|brincando|lembro|disse|digo|tem|tenho|quero que|deixo|paro|parar|significa|estou dizendo|"
        r"vou mentir|quer dizer|sou)\b"
    ),
    clause=r"\b(?:mas|e|porem|embora|so que|entao|porque|ai|enquanto|alem disso|tipo assim)\b",
    past=(
        r"\b(?:quando (?:eu )?(?:era|tinha|estava n[oa]|morava com) (?:\w+ ){0,2}|(?:na|da) (?:minha )?infancia|"
        r"(?:ha|faz) (?:muitos )?(?:anos|meses|muito tempo|tempos|\d+ anos)|anos atras|tempos atras|costumava|costumavam|"
        r"antigamente|no passado|(?:meu|minha) ex(?: namorad[oa]| marido| mulher| esposa)? (?:\w+ ){0,2}\w+(?:ava|ia|avam|iam)\b|"
        r"aos \d{1,2} anos|em (?:19|20)\d\d|(?:me )?(?:batia|espancava|estuprava|abusava|tocava|agredia|violentava)|"
        r"(?:de|quando) (?:crianca|pequena|pequeno|novinha|novinho|adolescente))\b"
    ),
    present=(
        r"\b(?:de novo|agora|ainda|hoje|essa noite|esta noite|ultimamente|continua|continuo|voltou|voltei|nesses dias|"
        r"essa semana)\b"
    ),
    third_person=r"\b(?:<THIRD>)\b",
    first_person=r"\b(?:eu|me|estou|sou|tenho|sinto|quero|preciso|vou)\b",
    light=(
        r"(?:\b(?:k|kj|kjk\w*|kd|rs(?:rs)*|ha(?:ha)+\w*|hua\w*|hue\w*|aha(?:ha)+\w*|lol|xd|brincadeira|brincando|zoeira|"
        r"zoando|de rir|de (?:tanto )?rir|de vergonha|de tedio|de fome|de sono|de calor|de frio|de saudade|de inveja|"
        r"(?:essa|esta) (?:prova|aula|reuniao|semana|fila|ressaca|serie|dieta|materia)|(?:esse|este) (?:transito|calor|frio|"
        r"chefe|professor|trabalho|jogo|capitulo|final|exame|lugar)|meu chefe|minha chefe|minha mae|meu pai|meu professor|"
        r"que vergonha|que mico|mico)\b|😂|🤣|💀|😅|🙄|😆)"
    ),
    condition=(
        r"\b(?:se (?:ele|ela|meu <PARTNER>|minha <PARTNER>) (?:me )?(?:deixar|terminar|for embora|largar|trair|nao "
        r"(?:responder|voltar|me ligar))|sem (?:ele|ela|voce|vc)|se (?:eu )?(?:perder|perde-lo) (?:ele|ela|voce)?)"
    ),
    not_now_age=(
        r"\b(?:como|quando (?:eu )?(?:era|tinha|fiz|completei|fizer|tiver)|tinha|desde|aos|ha|faz|atras|(?:meu|minha) (?:filh[oa]s?|irma[o]?|sobrinh[oa]|alun[oa])|"
        r"filh[oa]|me sinto|me senti|pareco|era|foi|fui|como se|parecendo)\b"
    ),
)
