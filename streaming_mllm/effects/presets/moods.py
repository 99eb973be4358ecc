"""Presets by mood: Moods and styles."""

from __future__ import annotations

from .base import Preset, preset

PRESETS: tuple[Preset, ...] = (
    preset(
        "dreamy", "mood", "dreamy or ethereal: a soft doubled voice in a long, dark reverb",
        "dreamy|dream|dreamlike|dreamlike voice|reveur|reveuse|onirique|reve|dans un reve"
        "|like a dream|comme dans un reve|hazy|brumeux|brumeuse|vaporeux|vaporeuse|floaty"
        "|floating|flottant|flottante|lush|luxuriant|planant"
        "|planante|shoegaze|soft focus"
        "|magical|magique|feerique|fairy tale|conte de fees"
        "|whimsical|fantaisiste|fantastical|fantasy|fantastique|aerien|aerienne"
        "|vaporwave|cloudy|nuageux|surreal|surreel|surreelle|hypnotic|hypnotique|trance"
        "|synthwave|retrowave|outrun|dreampop|dream pop|chillwave"
        "|transe|daydream|reverie|songe|dreamy voice|voix de reve|ambient music|envoutant"
        "|memory|memories|faded memory|souvenir|souvenirs|flashback|flashbacks|reminiscence"
        "|fog|foggy|brouillard|mist|misty|brume|dans la brume|in the fog|dans le brouillard"
        "|=in my head|=dans ma tete|=in your head|=dans ta tete|=inside my head|=in his head"
        "|=interieur de ma tete|=interieur de sa tete|=interieur de la tete|=in her head"
        "|=dans sa tete|=dans la tete|=inside your head|=inside his head|=inside her head"
        "|dissolving|dissolves|dissolve|se dissout|dissout|qui se dissout|se dissoudre"
        "|disintegrating|se desintegre|desintegre|melting away|fond comme neige|evaporating"
        "|melting|melts|dissolving|dissolves|=qui fond|se dissout|liquid|liquide"
        "|s evapore|evapore|fading into nothing|washed out|delave|delavee"
        "|=in her head|=dans sa tete|=dans la tete|inner voice|voix interieure|inner monologue"
        "|thoughts|pensees"
        "|monologue interieur|=voice in my head|telepathy|telepathie"
        "|envoutante|bewitching|enchanting|captivating|captivant|captivante|mesmerizing"
        "|mesmerising|hypnotisant|hypnotisante|ensorcelant|ensorcelante|siren song",
        chorus={"mix": 0.35}, reverb={"decay_s": 3.5, "mix": 0.45, "predelay_ms": 30.0},
        lowpass={"cutoff_hz": 7000.0},
    ),
    preset(
        "spacey", "mood", "spacey: long reverb with a trailing echo",
        "spacey|spacy|spaced out|space rock|interstellar|intersideral"
        "|intersiderale|trippy|psychedelic|psychedelique|psyche|planer"
        "|=in space|=in outer space|=into space|=dans l espace|=dans l espace intersideral",
        echo={"delay_ms": 400.0, "feedback": 0.45, "mix": 0.25},
        reverb={"decay_s": 5.0, "mix": 0.45, "predelay_ms": 40.0},
    ),
    preset(
        "epic", "mood", "epic or cinematic: more low end and a big hall, same voice",
        "epic|epique|epiques|cinematic|cinematique|film score|grandiose|grandioses"
        "|=like a movie|=like in a movie|=like a film|=comme dans un film"
        "|=comme un film|=like the movies|=movie like|movie voice|voix de film"
        "|heroic|heroique|larger than life"
        "|blockbuster|hollywood|legendary|legendaire|triumphant|triomphant|triomphante"
        "|superhero|super hero|superheros|super heros|superhero voice|voix de super heros"
        "|hero voice|voix de heros|superman|captain america|wonder woman|thor voice|avengers"
        "|movie hero|heros de film|action movie|film d action|trailer hero"
        "|powerful|puissante|solemn|solennel|solennelle|dramatic|dramatique"
        "|theatrical|theatral|theatrale|bombastic|grandiloquent|imposing|imposant|imposante"
        "|monumental|monumentale|majestic voice|heroic voice|glorious|glorieux|glorieuse"
        "|victorious|victorieux|triumph|triomphe|anthem|hymne epique",
        eq={"low_db": 4.0, "high_db": 2.0},
        reverb={"decay_s": 3.5, "mix": 0.35, "predelay_ms": 35.0},
    ),
    preset(
        "aggressive", "mood", "aggressive or angry: driven, squashed, forward",
        "aggressive|agressif|agressive|agressifs|angry|en colere|furious|furieux|furieuse"
        "|rage|enrage|enragee|rageur|rageuse|fierce|feroce|violent|violente|brutal|brutale"
        "|hardcore|metal voice|voix metal|screamo|enerve|enervee|enerves|enervees|venere"
        "|colerique|irrite|irritee|heavy metal|metal singer|chanteur de metal|death metal"
        "|savage|sauvage|wild|dechaine|dechainee|mad|pissed|pissed off|hostile"
        "|raging|livid|fou de rage|folle de rage|vener|agressivite"
        "|aggression|aggressivity|punk|hard rock|rock voice|voix rock|shouty"
        "|fache|fachee|en rogne|mean|nasty",
        distortion={"drive_db": 14.0, "mix": 0.7}, compressor={},
        eq={"mid_db": 3.0},
    ),
    preset(
        "mysterious", "mood", "mysterious: darker, with a long soft tail",
        "mysterious|mysterieux|mysterieuse|mysterieuses|mystery|mystere|enigmatic"
        "|enigmatique|secretive|intriguing|intrigant|intrigante|suspense|suspenseful"
        "|mystical|mystique|mystic|esoteric|esoterique|occult|occulte|cryptic|shadowy"
        "|nocturnal|nocturne|noir|film noir|mysterieusement|insolite|fortune teller"
        "|spy movie|spy film|spy thriller|film d espionnage|espionnage|film d espion"
        "|ghost story|ghost stories|histoire de fantomes|histoire de fantome|scary story"
        "|histoire qui fait peur|horror story|histoire d horreur|campfire story"
        "|voyante|diseuse de bonne aventure|psychic|clairvoyant|clairvoyante|tarot"
        "|crystal ball|boule de cristal|cartomancienne|oracle voice",
        lowpass={"cutoff_hz": 5000.0}, echo={"delay_ms": 350.0, "feedback": 0.3, "mix": 0.2},
        reverb={"decay_s": 3.0, "mix": 0.4, "predelay_ms": 30.0},
    ),
    preset(
        "ominous", "mood", "tense, anxious or oppressive: lower, darker, a heavy dark tail",
        "ominous|foreboding|dread|dreadful|tense|tension|tendu|tendue|anxious|anxiety"
        "|anxiogene|angoisse|angoissant|angoissante|angoissee|oppressive|oppressing|anxieux"
        "|anxieuse|inquiet|inquiete|worried|nervous wreck|sur les nerfs"
        "|oppressant|oppressante|oppression|suffocating|stifling|etouffant|etouffante"
        "|claustrophobic|claustrophobe|claustrophobique|unsettling|disturbing|derangeant"
        "|derangeante|inquietant|inquietante|inquietude|worrying|uneasy|malaise|glauque"
        "|malsain|malsaine|pesant|pesante|heavy atmosphere|ambiance lourde|atmosphere lourde"
        "|thriller|paranoid|paranoiaque|parano|stressful|stressant|stressante|stress"
        "|apocalyptic|apocalyptique|post apocalyptic|post apocalyptique|dystopian"
        "|zombie apocalypse|apocalypse zombie|apocalypse|end of the world|fin du monde"
        "|dystopique|dystopie|bleak|desolate|desole|desolee|brooding|menace|threat|grim"
        "|menacing|menacant|menacante|threatening"
        # a horror film is its atmosphere, not its monster's voice ("ambiance de film
        # d'horreur", "creepy horror vibe"; "a horror movie monster" is the monster)
        "|horror|horreur|epouvante|survival horror|found footage"
        "|sombre ambiance|ambiance sombre|dark ambient|dark mood|dark atmosphere|noirceur"
        "|nightmarish|cauchemardesque|troubling|troublant|troublante|sinistrement|funeste"
        "|sepulchral|sepulcral|sepulcrale|dark and scary|tenebreux|tenebreuse|tenebres",
        pitch={"semitones": -2.0}, lowpass={"cutoff_hz": 3500.0}, eq={"low_db": 3.0},
        reverb={"decay_s": 3.0, "mix": 0.35, "predelay_ms": 25.0},
    ),
    preset(
        "scared", "mood", "scared or terrified: a trembling, breathy, slightly higher voice",
        "scared|terrified|afraid|frightened|fearful|panicked|panicking|panicky|petrified"
        "|trembling voice|shaky voice|voice shaking|scared voice|scared to death|frozen in fear"
        "|terrifie|terrifiee|effraye|effrayee|apeure|apeuree|peureux|peureuse|panique"
        "|paniquee|en panique|pris de panique|trouillard|trouillarde|froussard|froussarde"
        "|mort de peur|morte de peur|voix tremblante|voix qui tremble de peur|petrifie"
        "|petrifiee|tetanise|tetanisee|horrified|horrifie|horrifiee|spooked|=on edge|nervous"
        "|nerveux|nerveuse|stressed|stressed out|stresse|stressee|nervous voice|voix nerveuse"
        "|anxious voice|intimidated|intimide|intimidee|timid|timide|shy|stage fright|trac",
        pitch={"semitones": 1.0}, vibrato={"rate_hz": 7.0, "depth_semitones": 0.3},
        whisper={"amount": 0.2},
    ),
    preset(
        "sad", "mood", "sad or melancholic: a little lower, duller, alone in a room",
        "sad|triste|tristes|melancholic|melancolique|melancholy|melancolie|lonely|solitaire"
        "|depressed|deprime|deprimee|gloomy|morose|heartbroken|nostalgic|nostalgique"
        "|about to cry|verge of tears|on the verge of tears|in tears|en larmes|au bord des larmes"
        "|sur le point de pleurer|=allais pleurer|=vais pleurer|=going to cry|=gonna cry"
        "|voix brisee|broken voice|choked up|gorge serree|la gorge nouee|sobbing voice"
        "|sorrowful|mournful|chagrin|chagrine|chagrinee|tragic|tragique|tearful|larmoyant"
        "|larmoyante|nostalgia|nostalgie|blue|blues|bluesy|desperate|desespere|desesperee"
        "|grieving|en deuil|funebre|funeral|enterrement|funerailles|abattu|abattue|unhappy"
        "|malheureux|malheureuse|somber|sombre et triste|wistful|melancholie|spleen"
        "|poignant|poignante|emouvant|emouvante|emotional|emotionnel|emotionnelle|moving"
        "|pathetique|miserable|heartbreaking|dechirant|dechirante|lonesome",
        pitch={"semitones": -1.0}, lowpass={"cutoff_hz": 4000.0},
        reverb={"decay_s": 2.5, "mix": 0.35, "predelay_ms": 20.0},
    ),
    preset(
        "cheerful", "mood", "happy or cheerful: a touch higher and brighter",
        "happy|happier|cheerful|joyful|joyous|joyeux|joyeuse|gai|gaie|enjoue|enjouee|excited"
        "|excite|excitee|enthusiastic|enthousiaste|upbeat|bubbly|petillant|petillante"
        "|hyped|hyped up|pumped|pumped up|surexcite|surexcitee|survolte|survoltee"
        "|smiling|souriant|souriante|playful|espiegle|jovial|joviale|festive"
        "|festif|birthday|anniversaire|christmas|noel"
        "|fun|gleeful|merry|heureux|heureuse|content|contente|radieux|radieuse|sunny"
        "|ensoleille|ensoleillee|summery|estival|estivale|optimistic|optimiste|energetic"
        "|energique|lively|peppy|perky|chirpy|guilleret|guillerette|allegre|rejoui|rejouie"
        "|euphoric|euphorique|bright and happy|joie|joy|bonne humeur|cheery|hopeful"
        "|plein d espoir|pleine d espoir|espoir|hope|uplifting|inspiring|inspirant|inspirante"
        "|encourageant|encourageante|motivating|motivant|motivante|motivational|positif"
        "|jolly|dynamic voice|voix dynamique|pep|punchy and happy|feelgood|kindergarten teacher"
        "|preschool teacher|nursery teacher|maitresse de maternelle|institutrice de maternelle"
        "|children s tv host|animateur pour enfants|animatrice pour enfants|kids show host",
        pitch={"semitones": 1.0}, eq={"high_db": 3.0, "mid_db": 1.0},
    ),
    preset(
        "calm", "mood", "calm or soothing: warm, soft and in a gentle room",
        "calm|calmer|calme|relaxed|relaxing|relaxant|relaxante|detendu|detendue|soothing"
        "|apaisant|apaisante|peaceful|paisible|serene|serein|sereine|zen|meditation"
        "|meditative|meditatif|guided meditation|meditation guidee|bedtime story"
        "|histoire du soir|lullaby|berceuse|gentle voice|voix douce|tender|tendre|cosy voice"
        "|chill|chilled|chill out|chillout|laid back|tranquille|tranquil|pose|posee"
        "|douillet|douillette|cocooning|romantic|romantique|sensual|sensuel"
        "|sensuelle|sexy|sultry|seductive|seducteur|seductrice|suave|velvet"
        "|veloutee|smooth voice|voix veloutee"
        "|rassurant|rassurante|reassuring|comforting|reconfortant|reconfortante|quiet night"
        "|spa|massage|yoga|asmr calm|sleep story|wholesome|hygge|slow dance|slow jam"
        "|=un slow|=comme un slow|danse lente|candlelight|aux chandelles|dinner date",
        eq={"low_db": 2.0, "high_db": -2.0},
        reverb={"decay_s": 1.2, "mix": 0.2, "predelay_ms": 15.0},
    ),
    preset(
        "icy", "mood", "icy or frozen: thin, glassy, with a cold shimmer",
        "icy|ice|frozen|freezing|glacial|glaciale|glace|glacee|gele|gelee|frosty|givre|givree"
        "|cold voice|voix froide|froid|froide|cold|ice queen|reine des neiges|snow queen"
        "|winter|hiver|arctic|arctique|polar|polaire|iceberg|banquise",
        highpass={"cutoff_hz": 200.0}, eq={"high_db": 4.0}, chorus={"mix": 0.3},
        reverb={"decay_s": 2.5, "mix": 0.3, "predelay_ms": 20.0},
    ),
    preset(
        "sleepy", "mood", "sleepy or tired: a little lower, duller and breathy",
        "sleepy|tired|exhausted|drowsy|yawning|fatigue|fatiguee|fatigues|epuise|epuisee"
        "|endormi|endormie|somnolent|somnolente|ensommeille|ensommeillee|half asleep"
        "|a moitie endormi|a moitie endormie|bored|boring|ennuye|ennuyee|blase|blasee"
        "|ennuie|s ennuie|qui s ennuie|ennui|ennuyeux|ennuyeuse|monotonous voice|lasse|las"
        "|sleep talking|just woke up|reveil|au reveil|hungover|gueule de bois|sous somniferes"
        "|=en dormant|dormant|=in my sleep|=in his sleep|=in her sleep|=dans mon sommeil"
        "|=dans son sommeil|sleepwalking|somnambule",
        pitch={"semitones": -2.0}, lowpass={"cutoff_hz": 5000.0}, whisper={"amount": 0.2},
    ),
    preset(
        "professional", "mood", "professional and polished: even, full and clear",
        "pro|studio quality|qualite studio|broadcast quality"
        "|radio quality|qualite radio|professionnel|professionnelle|son pro|son professionnel"
        "|voix pro|mastered|masterise|youtuber|youtubeur|youtube|streamer|twitch"
        "|corporate|presentation|conference|ted talk|keynote|e learning|tutorial|tutoriel"
        "|commercial|advert|advertisement|publicite|spot radio|jingle"
        "|tv commercial|publicite tele|radio ad|radio advert"
        "|better|sound better|nicer|sound nicer|prettier|more beautiful|beautiful|plus jolie"
        "|plus joli|plus belle|plus beau|embellis|embellir|ameliore|ameliorer"
        "|soigne|soignee|=fix my voice|=fix the voice|=repare ma voix|=arrange ma voix"
        "|=corrige ma voix|=improve my voice|=ameliore ma voix|=clean up my voice",
        compressor={}, highpass={"cutoff_hz": 80.0},
        eq={"low_db": 2.0, "mid_db": 2.0, "high_db": 3.0},
    ),
)
