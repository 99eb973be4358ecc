"""Presets by device: The device or medium between the voice and the ear."""

from __future__ import annotations

from .base import Preset, preset

PRESETS: tuple[Preset, ...] = (
    preset(
        "walkie-talkie", "device", "a two-way radio: a narrow, driven band",
        "walkie talkie|walkie talkies|walkietalkie|talkie walkie|talkie|walkie|cb|cb radio"
        "|radio cb|police radio|radio de police|radio police"
        "|military radio|radio militaire|army radio|pilot|pilote|cockpit radio"
        "|drone pilot|drone pilots|drone operator|pilote de drone|pilotes de drone"
        "|operateur de drone"
        "|control tower|tour de controle|air traffic|air traffic control|controleur aerien"
        "|mission control|nasa|houston|moon|on the moon|lune|sur la lune|lunar|lunaire|apollo"
        "|astronaut|astronautes|astronaute|cosmonaut|fighter jet|fighter pilot|jet fighter"
        "|avion de chasse|pilote de chasse|top gun|oxygen mask|masque a oxygene"
        "|cosmonaute|trucker|routier|scanner|dispatch|dispatcher|radio amateur|ham radio"
        "|radioamateur|transmission|transmitter|emetteur|recepteur|receiver|radio comms"
        "|comms|casque radio|stormtrooper|soldier|soldat|swat|sniper|radio operator"
        "|black box|boite noire|flight recorder|enregistreur de vol|cockpit recording"
        "|operateur radio|talkie de chantier|military|militaire|baby monitor|babyphone|ecoute bebe"
        "|cop|cops|policeman|policemen|police officer|police|policier|policiers|policiere"
        "|flic|flics|gendarme|gendarmes|sheriff|sherif|security guard|vigile|firefighter"
        "|pompier|pompiers|ambulancier|paramedic|radio de taxi|taxi radio|security radio"
        "|spy|spies|espion|espionne|espions|secret agent|agent secret|double agent"
        "|earpiece|oreillette|secret channel|frequence secrete|canal secret|radio channel"
        "|canal radio|channel|canal",
        radio={"low_hz": 500.0, "high_hz": 3000.0, "drive_db": 18.0},
    ),
    preset(
        "intercom", "device", "an intercom or drive-thru speaker: a thin, boxy band",
        "intercom|intercoms|interphone|interphones|doorbell|sonnette|visiophone"
        "|building intercom|apartment intercom|interphone de l immeuble|interphone d immeuble"
        "|door phone|entryphone|portier|drive thru|drivethru|fast food"
        "|commande au drive|mcdonald s|mcdo|order speaker|borne de commande"
        "|drive thru speaker|ship intercom|=d un drive|=au drive|=un drive|=du drive"
        "|intercom du vaisseau|speakerphone"
        "|haut parleur mains libres|mains libres|hands free|elevator speaker"
        "|hygiaphone|guichet|ticket window|parlophone|talkback|flight captain|commandant de bord"
        "|pilote de ligne|airline pilot|annonce en cabine"
        "|=over the speakers|=over the loudspeakers|=dans les haut parleurs",
        telephone={"low_hz": 450.0, "high_hz": 3200.0},
        distortion={"drive_db": 10.0, "mix": 0.5},
        reverb={"decay_s": 0.2, "mix": 0.1, "predelay_ms": 1.0},
    ),
    preset(
        "announcement", "device", "a public address system in a big space",
        "public address|pa|pa system|announcement|announcements|announcer|annonce|annonces"
        "|auctioneer|auction|commissaire priseur|vente aux encheres|encheres|bingo caller"
        "|alerte|message d alerte|alerte d urgence|emergency broadcast|emergency announcement"
        "|message d urgence|annonce d urgence|evacuation announcement|consigne d evacuation"
        "|annonceur|annonceuse|haut parleur|haut parleurs|hautparleur|loudspeaker"
        "|loudspeakers|tannoy|sono|sonorisation|systeme de sonorisation|platform|quai"
        "|paging|in store announcement|flight attendant|hotesse de l air|hotesse|steward"
        "|stewardess|cabin announcement|station announcement|airport announcement"
        "|train announcement|annonce en gare|annonce a l aeroport|flight announcement"
        "|boarding call|embarquement|last call|dernier appel|school announcement"
        "|=to the passengers|=to passengers|=aux passagers|=to the whole plane|=a tout l avion"
        "|=to the crowd|=a la foule|=to the whole station|cabin speakers|haut parleurs de la cabine"
        "|announcing|announces|makes an announcement|making an announcement|fait une annonce"
        "|baseball announcer|football announcer|soccer announcer|hockey announcer"
        "|basketball announcer|sports announcer|game announcer|speaker du match"
        "|stadium announcer|speaker du stade|ring announcer|public speaker|tannoy system"
        "|loudspeaker announcement|message d annonce|information voyageurs|sncf|ratp"
        "|ceiling speaker|ceiling speakers|speaker in the ceiling|haut parleur au plafond"
        "|haut parleurs au plafond|haut parleur du plafond|enceinte au plafond|store speaker"
        "|mall speaker|haut parleur de supermarche|supermarket announcement"
        "|annonce au supermarche",
        megaphone={"low_hz": 300.0, "high_hz": 5000.0, "drive_db": 6.0},
        reverb={"decay_s": 2.2, "mix": 0.3, "predelay_ms": 30.0},
    ),
    preset(
        "am-radio", "device", "an old AM or shortwave radio: narrow, driven, boxy",
        "am radio|radio am|old radio|vieille radio|vintage radio|radio vintage|radio"
        " ancienne|ancienne radio|shortwave|short wave|ondes courtes|longwave|long wave"
        "|grandes ondes|ondes moyennes|medium wave|wartime radio|radio de guerre"
        "|transistor radio|poste a transistor|crackly radio|voix de radio vintage"
        "|voix de vieille radio|voix de radio ancienne|voix de radio retro|radio retro|retro radio"
        "|tsf|radio londres|old broadcast|vieille emission"
        "|radio d epoque|period radio|crystal radio|poste a galene|static radio"
        "|decaderadio|newscaster|newsreader from the past|old newscaster"
        "|presentateur d epoque",
        radio={"low_hz": 500.0, "high_hz": 3500.0, "drive_db": 14.0},
        noise={"kind": 1.0, "level_db": -34.0},  # static
    ),
    preset(
        "podcast", "device", "a podcast or voice-over voice: close, warm and evenly compressed",
        "podcast|podcasts|podcaster|podcasteur|podcasteuse|voice over|voiceover|voix off"
        "|narrator|narrateur|narratrice|narration|documentary|documentaire|audiobook"
        "|audiobooks|livre audio|livres audio|storyteller|conteur|conteuse|audio drama"
        "|story time|storytime|reading aloud"
        "|lecture a voix haute"
        "|fiction audio|interview|entretien",
        highpass={"cutoff_hz": 80.0}, eq={"low_db": 3.0, "mid_db": 1.0, "high_db": 0.0},
        compressor={"ratio": 3.0, "threshold_db": -22.0},
    ),
    preset(
        "fm-radio", "device", "an FM broadcast voice: full, upfront and bright",
        "fm radio|radio fm|fm|fm broadcast|radio dj|dj|disc jockey|animateur radio"
        "|animatrice radio|animateur|radio host|radio presenter|sports commentator|commentator"
        "|commentateur|commentateur sportif|morning radio|morning show"
        "|radio le matin|matinale|news reporter|reporter"
        "|journalist|newsreader|broadcaster|late night radio"
        "|news anchor"
        "|presentateur|presentatrice|journaliste|voix radio"
        "|=dj radio|=dj de radio|=dj a la radio|animateur de radio|animatrice de radio"
        "|radio dj voice|80s radio dj|dj des annees 80|radio fm des annees 80"
        "|radio host voice"
        "|commercial announcer|tv announcer|radio announcer|voix de pub|voice of an ad"
        "|ad voice|pub a la tele|pub tele|pub radio|spot de pub|spot publicitaire|infomercial"
        "|teleshopping|tele achat|announcer voice|voix d annonceur tele"
        "|tv commercial announcer|tv ad announcer|tv announcer voice"
        "|radio commercial announcer"
        "|news|the news|newscast|breaking news|flash info|flash infos|infos|les infos"
        "|bulletin|news bulletin|bulletin d information|journal de 20h|journal du soir"
        "|evening news|weather report|meteo|bulletin meteo|traffic report|info trafic"
        "|gameshow|game show|gameshow host|game show host|quiz show|quiz host|jeu televise"
        "|animateur de jeu|animateur de jeu televise|presentateur de jeu|talk show"
        "|talk show host|late show|presentateur du journal|presentatrice du journal"
        "|presentateur des infos|presentatrice des infos|presentateur du 20h|presentatrice du 20h"
        "|presentateur meteo|presentatrice meteo|weatherman|weather girl|weather presenter",
        eq={"low_db": 3.0, "mid_db": 3.0, "high_db": 2.0},
    ),
    preset(
        "tv", "device", "a television set's small speaker",
        "tv|television|televisions|tele|telly|tv set|poste de television|poste de tele"
        "|television set|old tv|vieille tele|tv speaker|haut parleur de la tele|sitcom"
        "|cathode tube|tube cathodique|news on tv|journal televise|jt|tv show"
        "|=kids tv|=kids television|=kids show|=children s tv|=children s show|=kids tv host"
        "|=tele pour enfants|=emission pour enfants|=emission jeunesse"
        "|emission de tele|broadcast tv|crt|soap opera|feuilleton|telenovela|sitcoms"
        "|serie tele|tv series|daytime tv",
        radio={"low_hz": 250.0, "high_hz": 6000.0, "drive_db": 4.0},
    ),
    preset(
        "cheap-speaker", "device", "a small or cheap loudspeaker: no bass, boxy, a little driven",
        "cheap speaker|cheap speakers|small speaker|tiny speaker|petit haut parleur"
        "|petite enceinte|enceinte|enceintes|haut parleur d ordinateur portable|laptop"
        "|laptop speaker|laptop speakers|headset|cheap headset|gaming headset|casque gamer"
        "|casque micro|micro casque"
        "|cheap mic|cheap microphone|laptop mic|laptop microphone"
        "|computer mic|built in mic|micro pas cher|micro d ordinateur|micro d ordinateur portable"
        "|micro de l ordi|micro de l ordinateur|micro integre|micro bas de gamme"
        "|ordinateur portable|pc speaker|computer speaker|haut parleur d ordinateur"
        "|bluetooth speaker|enceinte bluetooth|phone speaker|haut parleur du telephone"
        "|=en haut parleur|=sur haut parleur|=on speaker|=on speakerphone mode"
        "|speaker|speakers|toy speaker|tinny speaker|earbuds|earbud|ecouteurs|ecouteur"
        "|=from a drone|=d un drone|=depuis un drone|drone flying|flying drone|drone qui vole"
        "|drone volant|delivery drone|drone de livraison"
        "|kitchen radio|radio de cuisine|cheap|bon marche|pas cher|pas chere|cheap headphones"
        "|casque pas cher|smartphone speaker|tablet|tablette|ipad|alarm clock|radio reveil"
        "|vending machine|distributeur|distributeur automatique|machine a sous|slot machine"
        "|talking toy|jouet qui parle|toy|jouet|jouets|toys|greeting card|carte musicale"
        "|ticket machine|borne|kiosk|atm|distributeur de billets"
        "|radio alarm|toy|talking toy|jouet parlant|music box|boite a musique|greeting card"
        "|carte musicale|handheld console|console portable|gameboy|game boy"
        "|haut parleur de portable|haut parleur du portable|haut parleur de telephone"
        "|haut parleur de smartphone|haut parleur du smartphone|phone on speaker"
        "|smartwatch|montre connectee"
        "|mp3 player|ipod|phone speaker playing music|musique sur le telephone"
        "|security camera|camera de surveillance|cctv|doorbell camera|=baby toy"
        "|talking teddy|drive thru menu|cheap radio|petite radio"
        "|radio de chantier|construction radio"
        "|teddy bear|teddy|nounours|ours en peluche|peluche|peluches|plush|plush toy"
        "|stuffed animal|doudou|talking toy bear|furby|tamagotchi",
        radio={"low_hz": 450.0, "high_hz": 5000.0, "drive_db": 10.0},
    ),
    preset(
        "gramophone", "device", "a gramophone, vinyl or old film: a narrow, worn band",
        "gramophone|gramophones|phonograph|phonographe|victrola|vinyl"
        "|vinyle|vinyls|vinyles|vinyl record|black and white film|black and white movie"
        "|film noir et blanc|film en noir et blanc|old record|vieux disque|disque raye"
        "|scratched record|scratchy record|vinyle raye|disque vinyle"
        "|record player|shellac|gomme laque|rpm"
        "|tourne disque|platine|old film|old films|old movie|old movies|vieux film"
        "|vieux films|film ancien|films anciens|black and white|noir et blanc|silent film"
        "|film muet|newsreel|newsreels|actualites|actualites cinematographiques"
        "|annees folles|roaring twenties|wax cylinder|cylindre"
        "|cylindre de cire|archive|archives|old recording|vieil enregistrement"
        "|enregistrement ancien|historical recording|enregistrement historique"
        "|vintage recording|sepia|jukebox|western|westerns|old western|vieux western"
        "|spaghetti western|cowboy movie|film de cowboy|far west|wild west"
        "|juke box|speakeasy|charleston|jazz age|old hollywood|vieil hollywood"
        "|decadegramophone"
        "|vintage film|vintage movie|vintage film narrator|film d epoque|old film narrator"
        "|narrateur de vieux film|newsreel narrator|old documentary|vieux documentaire"
        "|disque|disques|vieux disque qui craque|disque qui craque|old record player"
        "|soixante dix huit tours|scratchy|scratchy old record|rayures|qui craque",
        telephone={"low_hz": 250.0, "high_hz": 4000.0},
        distortion={"drive_db": 8.0, "mix": 0.5},
        noise={"kind": 2.0, "level_db": -32.0},  # crackle
    ),
    preset(
        "lo-fi", "device", "a low-fidelity recording: dull, gritty and band-limited",
        "lofi|lo fi|low fi|low fidelity|basse fidelite|chiptune"
        "|retro game|jeu video retro|retro video game|video game|jeu video|nintendo|arcade"
        "|degraded|degrade|degradee|crappy|pourri|pourrie|bad quality|mauvaise qualite"
        "|=capte mal|=qui capte mal|=ca capte mal|bad reception|poor reception"
        "|mauvaise reception|no signal|pas de reseau|=qui rame|=ca rame|=la visio rame"
        "|low quality|basse qualite|low bitrate|bad connection"
        "|mauvaise connexion|mauvaise liaison|glitchy|glitch|glitches|choppy connection"
        "|skipping cd|cd skipping|scratched cd|cd raye|cd qui saute"
        "|disque qui saute|broken cd|corrupted file|corrupted audio|corrompu|corrompue"
        "|fichier corrompu"
        "|potato quality|qualite pourrie|bad recording|mauvais enregistrement|demo tape"
        "|bedroom recording|garage band|garage recording|bad reception|mauvaise reception"
        "|discord|teamspeak|voice chat|chat vocal|in game chat|chat en jeu|xbox live|psn"
        "|online game|jeu en ligne|stream quality|compressed audio|audio compresse"
        "|mp3 quality|qualite mp3|128 kbps|youtube 144p|144p|8 bit voice|voix 8 bits"
        "|old computer|vieil ordinateur|commodore|atari|sega|game console|console de jeu"
        "|bugue|buguer|beugue|qui bugue|qui beugue|buggy|bugged|bugging|glitching|glitched"
        "|malfunctioning|malfunction|malfunctions|malfunctioned|defective|detraque|detraquee"
        "|dysfonctionne|qui dysfonctionne|haywire|gone haywire"
        "|plante|qui plante|crashing|lagging|lag|laggy|qui lag|lagge|qui lagge"
        "|connexion qui rame"
        "|bad|poor|poor quality|shitty|crummy|lousy|terrible quality|awful quality|mauvais"
        "|mauvaise|nul|nulle|naze|bas de gamme|low end quality|old video|vieille video"
        "|old youtube video|vieille video youtube|early youtube|webcam|old webcam"
        "|scrambled|brouille|brouillee|garbled|encrypted|cryptee"
        "|vieille webcam|hip hop|hiphop|boom bap|old school hip hop|rap beat|lofi beat|modem"
        "|dial up|dial up modem|modem 56k|fax|fax machine|telecopieur|minitel",
        lowpass={"cutoff_hz": 3500.0},
        bitcrush={"bits": 8.0, "rate_hz": 11025.0},
        highpass={"cutoff_hz": 150.0},
    ),
    preset(
        "bad-line", "device", "a bad phone line: a narrow, crushed band",
        "bad phone line|bad line|bad phone|poor line|mauvaise ligne|ligne pourrie"
        "|ligne telephonique pourrie|crackly phone|telephone qui gresille"
        "|breaking up|bad cell reception|mauvais reseau|faible reseau|cutting out"
        "|keeps cutting out|visio qui coupe|appel qui coupe|ligne qui coupe",
        telephone={"low_hz": 450.0, "high_hz": 2800.0},
        distortion={"drive_db": 14.0, "mix": 0.6},
    ),
    preset(
        "tin-can", "device", "inside a tin can: a narrow band and a short, bright metal ring",
        "tin can|in a tin can|boite de conserve|dans une boite de conserve|canette"
        "|soup can|can of soup|dans une canette|biscuit tin|boite en fer|paper towel tube"
        "|paper towel roll|toilet paper roll|toilet paper tube|cardboard tube|tube en carton"
        "|rouleau de papier toilette|rouleau d essuie tout|rouleau de sopalin|rouleau en carton"
        "|paper tube|tube de papier|seashell|sea shell|shell|coquillage|coquillages|conque|conch"
        "|=into a glass|=into a cup|=into a mug|=into a jar|paper cup|plastic cup|gobelet"
        "|gobelets|gobelet en carton|gobelet en plastique|=through a cup|=dans un gobelet"
        "|yogurt pot|pot de yaourt|=dans une tasse|=into a bowl|=dans un bol"
        "|pot de yaourt|telephone pot de yaourt|cup phone"
        "|=dans un verre|=dans une tasse|=dans un bol|=dans un bocal|=dans un gobelet"
        "|=into a bottle|=dans une bouteille|=into a bowl|plastic cup|gobelet|tin cup"
        "|=in a bottle|=inside a bottle|=in a jar|=inside a jar|=a l interieur d une bouteille",
        telephone={"low_hz": 500.0, "high_hz": 4000.0},
        echo={"delay_ms": 4.0, "feedback": 0.55, "mix": 0.35},
        reverb={"decay_s": 0.2, "mix": 0.2, "predelay_ms": 0.0, "hf_decay": 1.0},
    ),
    preset(
        "through-a-wall", "device", "through a wall or a door: only the lows get through",
        "behind a wall|behind the wall|through a wall|through the wall|through walls"
        "|through the walls|wall|walls|mur|murs|derriere le mur|derriere un mur"
        "|a travers le mur|a travers un mur|a travers les murs|next room|the next room"
        "|piece d a cote|la piece d a cote|chambre d a cote|salle d a cote|other room"
        "|the other room|l autre piece|l autre chambre|behind a door|behind the door"
        "|derriere la porte|derriere une porte|through the door|through a door"
        "|a travers la porte|closed door|porte fermee|door|doors|porte|portes|neighbour"
        "|neighbours|neighbor|neighbors|voisin|voisins|voisine|next door"
        "|upstairs|downstairs|a l etage|au dessus de chez moi|through the floor"
        "|through the ceiling|a travers le plafond|a travers le plancher|plafond"
        "|plancher|cloison|cloisons|partition|thin walls|thin wall|mur fin|mur mince"
        "|another room|une autre piece|murs fins|hotel wall"
        "|adjoining room|chambre voisine|piece voisine|appartement voisin"
        "|another apartment|next apartment|the next apartment|apartment next door"
        "|flat next door|the flat next door|neighbor s apartment|neighbour s flat"
        "|appartement d a cote|appart d a cote|l appartement d a cote|appartement du dessus"
        "|appartement du dessous|upstairs apartment"
        "|keyhole|through a keyhole|trou de la serrure|serrure|par la serrure|letterbox"
        "|mail slot|fente de la boite aux lettres",
        lowpass={"cutoff_hz": 400.0},
        reverb={"decay_s": 0.6, "mix": 0.2, "predelay_ms": 8.0},
    ),
    preset(
        "through-a-window", "device", "through a closed window: muffled highs, quieter",
        "window|windows|fenetre|fenetres|through the window|through a window"
        "|a travers la fenetre|a travers une fenetre|behind the window|derriere la fenetre"
        "|outside my window|outside the window|sous ma fenetre|sous la fenetre|vitre"
        "|vitres|behind glass|derriere la vitre|=through glass|=through the glass|=through a glass"
        "|a travers la vitre|double glazing|double vitrage|car window|vitre de voiture"
        "|shop window|vitrine|aquarium glass",
        lowpass={"cutoff_hz": 1800.0}, gain={"db": -6.0},
        reverb={"decay_s": 0.5, "mix": 0.15, "predelay_ms": 10.0},
    ),
    preset(
        "helmet", "device", "inside a helmet or visor: boxy, muffled, very close",
        "helmet|helmets|casque|casques|knight helmet|knight s helmet|heaume|visor|visiere"
        "|motorcycle helmet|casque de moto|diving helmet|armor|armour|armure|bucket helmet"
        "|inside his helmet|dans son casque|sous son casque|gas helmet|iron helmet"
        "|casque de cosmonaute",
        lowpass={"cutoff_hz": 3500.0}, eq={"mid_db": 3.0},
        reverb={"decay_s": 0.2, "mix": 0.25, "predelay_ms": 1.0},
    ),
    preset(
        "headphones", "device", "headphones someone else wears: thin, tinny and quiet",
        "headphones|headphone|casque audio|headphone leak|leaking headphones"
        "|headphones leaking|someone s headphones|someone else s headphones|earphones"
        "|in ear monitors|musique qui sort du casque audio"
        "|fuite de casque|casque qui fuit|from headphones",
        highpass={"cutoff_hz": 700.0}, lowpass={"cutoff_hz": 6000.0}, gain={"db": -14.0},
    ),
    preset(
        "cassette", "device", "a cassette or VHS tape: hiss, a soft top and a slow wobble",
        "cassette|cassettes|cassette tape|tape|tapes|k7|old tape|vieille cassette|vhs"
        # the "lofi hip hop" sound: a warm, worn tape, not a crushed digital one
        "|lofi hip hop|lofi hiphop|lo fi hip hop|chill lofi|lofi chill|lofi beats|lofi girl"
        "|lofi study|study lofi|lofi tranquille|lofi detente|lofi calme|relaxing lofi"
        "|lofi relax|lofi chill hop|chillhop|chill hop"
        "|vhs tape|cassette vhs|walkman|baladeur|mixtape|tape recorder|magnetophone"
        "|reel to reel|bande magnetique|dictaphone|home video|camcorder|camescope"
        "|old home video|video de vacances|tape deck|platine cassette|cassette audio"
        "|boombox|ghetto blaster|radio cassette|radiocassette|decadecassette|vieille bande"
        "|bande usee|bande abimee|vieille bande magnetique|old reel|worn tape|bande qui pleure",
        noise={"kind": 0.0, "level_db": -36.0},  # hiss
        lowpass={"cutoff_hz": 7000.0}, highpass={"cutoff_hz": 80.0},
        vibrato={"rate_hz": 0.6, "depth_semitones": 0.08},  # wow
    ),
    preset(
        "answering-machine", "device", "an answering machine: a phone band on a worn tape",
        "answering machine|repondeur|repondeur telephonique|message on the answering machine"
        "|message sur le repondeur|tape answering machine|old voicemail|vieux repondeur"
        "|machine a message|answerphone",
        telephone={"low_hz": 300.0, "high_hz": 3400.0},
        noise={"kind": 0.0, "level_db": -38.0},  # hiss
        distortion={"drive_db": 6.0, "mix": 0.3},
    ),
    preset(
        "assistant", "device", "a voice assistant: clean and even, from a small smart speaker",
        "siri|alexa|google assistant|hey google|ok google|cortana|voice assistant"
        "|assistant vocal|assistante vocale|smart speaker|enceinte connectee|text to speech"
        "|tts|synthese vocale|voix de synthese|automated voice|voix automatique"
        "|automated message|message automatique|serveur vocal|phone menu|standard automatique"
        "|satnav|sat nav|navigation voice|google maps|automated announcement",
        compressor={}, radio={"low_hz": 250.0, "high_hz": 7000.0, "drive_db": 2.0},
        eq={"mid_db": 2.0},
    ),
    preset(
        "vintage-mic", "device", "an old microphone: warm, narrow and slightly driven",
        "vintage microphone|vintage mic|old microphone|old mic|vieux micro|micro vintage"
        "|micro ancien|ribbon mic|ribbon microphone|micro a ruban|crooner|crooners|rat pack"
        "|sinatra|old timey|old fashioned|a l ancienne|retro voice|voix retro"
        "|big band singer|chanteur de charme|old school mic",
        highpass={"cutoff_hz": 120.0}, lowpass={"cutoff_hz": 6000.0},
        eq={"low_db": 2.0, "mid_db": 3.0}, distortion={"drive_db": 4.0, "mix": 0.2},
    ),
    preset(
        "spaceship", "device", "a spaceship's comms: a narrow band with a metallic ring",
        "spaceship|spaceships|space ship|vaisseau|vaisseau spatial|vaisseaux|starship"
        "|space station|station spatiale|spacecraft|navette|navette spatiale|space shuttle"
        "|spaceship intercom|sci fi|scifi|science fiction|star trek|starfleet|enterprise"
        "|bridge of the ship"
        "|passerelle|ship computer|ordinateur de bord|mothership|vaisseau mere|spacesuit"
        "|combinaison spatiale|casque d astronaute|space helmet"
        "|en orbite|in orbit|orbit|iss"
        "|space call|appel depuis l espace|mars|on mars|sur mars|space mission"
        "|mission spatiale"
        "|=from space|=from outer space|=depuis l espace|=from the space station"
        "|deep space|from deep space|in deep space|espace lointain|l espace lointain"
        "|depuis l espace lointain|galaxie lointaine|far away galaxy|distant galaxy",
        telephone={"low_hz": 350.0, "high_hz": 4000.0},
        ringmod={"carrier_hz": 40.0, "mix": 0.2},
        reverb={"decay_s": 0.7, "mix": 0.2, "predelay_ms": 5.0},
    ),
)
