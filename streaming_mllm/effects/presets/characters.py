"""Presets by character: Figures whose voice is a convention more than a body."""

from __future__ import annotations

from .base import Preset, preset

PRESETS: tuple[Preset, ...] = (
    preset(
        "darth-vader", "character", "a big masked villain: low, chesty, slightly driven",
        "darth vader|vader|darth|dark vador|vador|sith|sith lord|seigneur sith|kylo ren|bane"
        "|gas mask|masque a gaz|respirator|respirateur|breathing mask|masque respiratoire"
        "|mask villain|iron mask|masque de fer",
        pitch={"semitones": -3.0}, eq={"low_db": 5.0, "mid_db": 3.0},
        distortion={"drive_db": 8.0, "mix": 0.3},
        reverb={"decay_s": 0.3, "mix": 0.15, "predelay_ms": 2.0},
    ),
    preset(
        "ghost", "character", "a ghost: breathy, far, long and echoing",
        "ghost|ghosts|ghostly|fantome|fantomes|spectre|spectres|specter|spirit|spirits"
        "|esprit|esprits|phantom|phantoms|apparition|apparitions|haunted|hante|hantee"
        "|hantes|poltergeist|banshee|spooky|eerie|sinistre|creepy"
        "|flippant|flippante|undead|mort vivant|morts vivants|wraith|revenant|revenants"
        "|ethereal|ethere|etheree|otherworldly|haunting|lugubre|macabre|halloween"
        "|maison hantee|haunted house|chateau hante|haunted castle|voice from beyond"
        "|voix d outre tombe|outre tombe|=beyond the grave|=from beyond the grave"
        "|=voice from beyond the grave|spiritual medium|seance|spectral"
        "|skeleton|squelette|squelettes|spirit voice|voix d esprit|banshee scream"
        "|dame blanche|white lady|will o the wisp|feu follet|haunted voice|voix hantee"
        "|cimetiere|graveyard|cemetery|ectoplasm|ectoplasme|casper"
        "|uncanny|chilling|spine chilling|hair raising|glacant|glacante|frisson|frissons"
        "|dementor|dementors|detraqueur|detraqueurs|nazgul voice|slimer|headless horseman"
        "|cavalier sans tete|la llorona|bloody mary|dame en blanc|wraiths"
        "|paranormal|supernatural|surnaturel|surnaturelle|fantomatique|spectrale|spookier"
        "|creepier|creepiest|eerier|sinistre a souhait|froid dans le dos",
        whisper={"amount": 0.35},
        echo={"delay_ms": 450.0, "feedback": 0.45, "mix": 0.3},
        reverb={"decay_s": 4.5, "mix": 0.5, "predelay_ms": 40.0},
        vibrato={"rate_hz": 0.8, "depth_semitones": 0.25},
    ),
    preset(
        "alien", "character", "an alien: a metallic ring over a shifted voice",
        "alien|aliens|extraterrestre|extraterrestres|extra terrestre|extra terrestrial"
        "|extraterrestrial|martian|martians|martien|martiens|ufo|ovni|ovnis|space creature"
        "|creature de l espace|xenomorph|klingon|klingons|predator|invader|invaders"
        "|envahisseur|envahisseurs|grey alien|petit homme vert|little green men"
        "|venusian|venusien|from outer space|outer space|espace intersideral"
        "|cosmic|cosmique|galactic|galactique|mutant|mutants|stitch|weird|weirder|weirdest"
        "|strange|etrange|etranges|bizarre|bizarres|odd|wacky|funky|loufoque|chelou|zarbi"
        "|freaky|unnatural|pas naturel|pas naturelle|otherworldly voice|inhuman|inhumain"
        "|inhumaine",
        ringmod={"carrier_hz": 80.0, "mix": 0.5}, pitch={"semitones": 3.0},
        vibrato={"rate_hz": 7.0, "depth_semitones": 0.4},
    ),
    preset(
        "dalek", "character", "a Dalek: harsh ring modulation at a low carrier",
        "dalek|daleks|cyberman|cybermen|exterminate|exterminer",
        ringmod={"carrier_hz": 30.0, "mix": 1.0}, distortion={"drive_db": 6.0, "mix": 0.5},
    ),
    preset(
        "wizard", "character", "a wizard: a wise, resonant voice in a stone room",
        "wizard|wizards|magicien|magiciens|sorcerer|sorcerers|sorcier|sorciers|mage|mages"
        "|gandalf|dumbledore|merlin|enchanteur|enchanter|druid|druide|shaman|chaman"
        "|wise wizard|grand sorcier|archmage|archimage",
        pitch={"semitones": -2.0}, eq={"low_db": 2.0},
        reverb={"decay_s": 1.8, "mix": 0.3, "predelay_ms": 15.0},
    ),
    preset(
        "giant-robot", "character", "a giant robot: low, metallic and driven",
        "optimus prime|optimus|transformers|megatron|autobot|autobots|decepticon"
        "|decepticons|mecha|mech|mechas|robot geant|huge robot|colossal robot|iron giant"
        "|geant de fer|gundam|evangelion|jaeger|pacific rim|war machine",
        pitch={"semitones": -5.0, "formants": 1.0}, ringmod={"carrier_hz": 60.0, "mix": 0.35},
        distortion={"drive_db": 6.0, "mix": 0.3}, eq={"low_db": 3.0},
    ),
    preset(
        "cyber", "character", "an AI or cyberpunk voice: digital, with a metallic edge",
        "cyberpunk|hacker|hackers|hackeur|matrix|ia|artificial intelligence"
        "|intelligence artificielle|hal|skynet|synth voice"
        "|digital voice|voix numerique|digital|numerique|hologram|hologramme"
        "|virtual assistant|vocaloid|deepfake|computer generated|cyber|cybernetic"
        "|cybernetique|netrunner|blade runner|replicant|replicante|glados|jarvis|futuristic"
        "|futuriste|from the future|du futur|voix du futur"
        "|holographic|holographique|holo|hologram message|message holographique|projection"
        "|=an ai|=the ai|=evil ai|=ai voice|=an ai voice|=like an ai|=a rogue ai|=une ia"
        "|=voix d ia",
        ringmod={"carrier_hz": 120.0, "mix": 0.3}, bitcrush={"bits": 10.0, "rate_hz": 16000.0},
        eq={"high_db": 2.0},
    ),
    preset(
        "gruff", "character", "a raspy, gravelly voice (Batman): lower, rough and close",
        "batman|bruce wayne|dark knight|the dark knight|chevalier noir"
        "|eraille|erailee|voix eraillee|smoker|smokers voice|fumeur"
        "|voix de fumeur|whiskey voice|whisky voice|grizzled|tough guy|dur a cuire"
        "|noir detective|detective de film noir|growly|grumbly|clint eastwood|brando"
        "|marlon brando|gruff|bourru|bourrue|rocailleux|rocailleuse|voix rocailleuse"
        "|gravelly|gravelly voice|voix graveleuse|graveleux|graveleuse",
        pitch={"semitones": -3.0}, distortion={"drive_db": 10.0, "mix": 0.35},
        eq={"low_db": 3.0, "mid_db": 2.0},
    ),
    preset(
        "demon", "character", "a demon: very low, driven, in a dark space",
        "=boss in a video game|=boss in a game|=game boss|=boss fight voice"
        "|demon|demons|demonic|demoniaque|demoniaques|devil|devils|diable|diables|satan"
        "|lucifer|hellish|infernal|infernale|possessed|possede|possedee|exorcist|exorciste"
        "|evil spirit|mauvais esprit|beelzebub|belzebuth|hell|enfer|underworld|enfers"
        "|dark lord|seigneur des tenebres|hellhound|balrog|sauron|lich|necromancer"
        "|necromancien|nazgul|ringwraith|cerberus|cerbere|fiend|succubus|incubus|zombie|zombies"
        "|slasher|scary|scarier|scariest|frightening"
        "|terrifying|terrifiant|terrifiante|fait peur|qui fait peur|peur|effrayant|effrayante"
        "|nightmare|cauchemar|monstrous voice|voix d outre monde"
        "|venom|mummy|momie|momies|devil voice|voix du diable|exorcism|possession|ghoul|goule"
        "|monster from hell|creature des enfers|evil demon|nightmare voice|voix de cauchemar"
        "|final boss|boss final|video game boss|boss de jeu video|boss fight|combat de boss"
        "|raid boss|end boss|dernier boss|big boss"
        "|diabolical|diabolique|wicked|sadistic|sadique|vicious|demented|dement|demente"
        "|terrifying voice|horrifying|horrible|horrifique|effroyable|epouvantable|affreux"
        "|affreuse|monstrueusement|maudit|maudite|cursed|damned|damne|damnee",
        pitch={"semitones": -8.0, "formants": 1.0}, distortion={"drive_db": 12.0, "mix": 0.6},
        reverb={"decay_s": 1.8, "mix": 0.3, "predelay_ms": 15.0},
    ),
    preset(
        "villain", "character", "a cartoon or movie villain: lower, gritty, in a lair",
        "villain|villains|cartoon villain|mechant|mechante|mechants|mechant de dessin anime"
        "|supervillain|super villain|super mechant|bad guy|evil villain|dr evil"
        "|mad scientist|savant fou|joker|evil|malefique|sinister|cruel|cruelle|cruels"
        "|warlock|evil king|roi malefique|tyrant|tyran|overlord|emperor|empereur"
        "|mastermind|cerveau du crime|henchman|gangster|mafia|mafioso|parrain|godfather"
        "|vampire|vampires|dracula|nosferatu|voldemort|darth maul|scar|jafar|ursula"
        "|maleficent|malefique voice|bad guy voice|voix de mechant|evil laugh"
        "|rire machiavelique|machiavelique|cruella|hannibal|hannibal lecter|big bad wolf"
        "|grand mechant loup|bond villain|james bond villain|mechant de james bond"
        "|grinch|le grinch|skeletor|palpatine|emperor palpatine|darth sidious|dark sidious"
        "|pennywise|gargamel|beetlejuice|ganondorf|bowser|captain hook|capitaine crochet"
        "|cruella de vil|jafar voice|loki|green goblin|bouffon vert|lex luthor"
        "|two face|double face|kingpin|moriarty"
        "|mechant de bond",
        pitch={"semitones": -3.0}, distortion={"drive_db": 6.0, "mix": 0.3},
        reverb={"decay_s": 1.2, "mix": 0.2, "predelay_ms": 10.0},
    ),
    preset(
        "gollum", "character", "a wretched creature: a thin, throaty rasp with a hiss in it",
        "gollum|smeagol|=my precious|=mon precieux|wretched creature|creature miserable"
        "|throaty rasp|raspy creature|cave creature|creature des cavernes",
        pitch={"semitones": 2.0}, highpass={"cutoff_hz": 250.0},
        distortion={"drive_db": 14.0, "mix": 0.5}, whisper={"amount": 0.2},
        eq={"mid_db": 4.0, "mid_hz": 2500.0},
    ),
    preset(
        "witch", "character", "an old witch: higher, thin and wavering",
        "witch|witches|sorciere|sorcieres|hag|crone|old witch|vieille sorciere|harpy|harpie"
        "|baba yaga|evil stepmother|maratre|old crone|fairy godmother"
        "|marraine la fee",
        pitch={"semitones": 3.0}, vibrato={"rate_hz": 6.0, "depth_semitones": 0.4},
        highpass={"cutoff_hz": 300.0},
    ),
    preset(
        "old-person", "character", "an elderly voice: thin and trembling",
        "old man|old woman|old lady|old person|elderly|vieillard|vieille dame|vieux monsieur"
        "|turtle|turtles|tortoise|tortoises|tortue|tortues"
        "|vieille femme|vieil homme|personne agee|grandpa|grandfather|grand pere|grandma"
        "|grandmother|grand mere|granny|papy|papi|mamie|mami|senior|aged|ancestor|ancetre"
        "|centenarian|centenaire|yoda|older|plus vieux|plus vieille|plus agee|plus age|vieillir"
        "|vieillie|shaky old voice|=voix de vieux|=une voix de vieux|petite vieille|petit vieux"
        "|vieille peau"
        "|gandalf voice|wise old man|vieux sage|vieil ermite|hermit|ermite|granddad|grandad"
        "|old timer|great grandmother"
        "|arriere grand mere|nursing home|maison de retraite|retired|retraite",
        vibrato={"rate_hz": 5.0, "depth_semitones": 0.35}, eq={"low_db": -3.0},
    ),
    preset(
        "trailer", "character", "a movie-trailer voice-over: low, close, compressed and dry",
        "movie trailer|trailer voice|trailer|trailers|film trailer|movie trailer guy"
        "|bande annonce|bandes annonces|voix des bandes annonces|voix de bande annonce"
        "|epic narrator|in a world|voice over guy|voix off de cinema",
        pitch={"semitones": -4.0}, eq={"low_db": 5.0, "mid_db": 2.0},
        compressor={"threshold_db": -24.0, "ratio": 4.0},
        reverb={"decay_s": 0.8, "mix": 0.12, "predelay_ms": 10.0},
    ),
    preset(
        "god", "character", "a god or an epic voice: low, vast and resonant",
        "god|gods|dieu|dieux|deity|divinite|divine|divin|divine voice|voix divine|almighty"
        "|tout puissant|zeus|odin|thor|voice of god|voix de dieu"
        "|titan voice|oracle|prophet|prophete"
        "|burning bush|buisson ardent|from the heavens|du ciel"
        "|tonitruant|tonitruante|majestic|majestueux|majestueuse|genie"
        "|genies|djinn|djinns|jinn|genie de la lampe|genie of the lamp|aladdin s genie",
        pitch={"semitones": -4.0}, eq={"low_db": 4.0},
        reverb={"decay_s": 4.0, "mix": 0.35, "predelay_ms": 40.0},
    ),
    preset(
        "angel", "character", "an angel: a light, doubled voice in a vast space",
        "angel|angels|ange|anges|angelic|angelique|angeliques|heavenly|celeste|celestial"
        "|paradise|paradis|heaven|cieux|choir of angels|chorale d anges|seraph|seraphin"
        "|archangel|archange|holy|saint|sainte|sacred|sacre|sacree|hymn|hymne",
        chorus={"mix": 0.4}, pitch={"semitones": 2.0},
        reverb={"decay_s": 4.0, "mix": 0.45, "predelay_ms": 30.0},
    ),
)
