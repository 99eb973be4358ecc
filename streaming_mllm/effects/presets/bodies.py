"""Presets by body: The size of the body that speaks: bigger bodies speak lower, with lower
formants; smaller ones higher."""

from __future__ import annotations

from .base import Preset, preset

PRESETS: tuple[Preset, ...] = (
    preset(
        "giant", "body", "a huge body: much lower voice, more chest",
        "giant|giants|geant|geants|geante|monster|monsters|monstre|monstres|ogre|ogres"
        "|ogresse|troll|trolls|bear|bears|ours|grizzly|dragon|dragons|titan|titans|golem"
        "|beast|beasts|bete|betes|bete feroce|colossus|colosse|behemoth|mammoth|mammouth"
        "|elephant|whale|baleine|cyclops|cyclope|yeti|bigfoot|sasquatch|king kong|kong"
        "|gorilla|gorille|minotaur|minotaure|kraken|godzilla|dinosaur|dinosaure|t rex|trex"
        "|hulk|orc|orcs|werewolf|loup garou|lion|tigre|tiger|hippo|hippopotame|rhino"
        "|rhinoceros|bull|taureau|gargoyle|gargouille|treant|stone giant|rock monster"
        "|creature|big creature|grosse bete|colossal|gigantic|gigantesque|monstrous"
        "|monstrueux|monstrueuse|roar|roaring|growl|growling|grogne|grognement|rugissement"
        "|rugir|brute|mastodon|mastodonte|leviathan|leviathan"
        "|cow|cows|vache|vaches|moose|elan|bison|buffalo|walrus|morse|great dane|dogue"
        "|rottweiler|mastiff|saint bernard|big dog|gros chien|grand chien|chewbacca|wookie"
        "|wookiee|shrek|groot|thanos|hagrid|juggernaut|kaiju|gros monstre|big monster"
        "|huge monster|stone golem|troll voice|voix de troll|voix d ogre|ogre voice"
        "|monster voice|voix de monstre"
        "|=talking tree|=a talking tree|old tree|vieil arbre|=arbre qui parle"
        "|=un arbre qui parle|ent|ents|tree spirit|wise tree|forest spirit|esprit de la foret"
        "|esprit des bois|esprit de la nature|nature spirit|esprit de l arbre|spirit of the forest"
        "|tree voice|voix d arbre|grand arbre qui parle|tree creature"
        "|treebeard|sylvebarbe|oak|chene|mountain giant|sea monster|monstre marin|monstres marins"
        "|sea serpent|serpent de mer|serpent marin|creature marine|sea creature|leviathan des mers"
        "|loch ness|nessie|monstre du loch ness|swamp monster|monstre des marais",
        pitch={"semitones": -7.0, "formants": 1.0}, eq={"low_db": 4.0},
    ),
    preset(
        "big-man", "body", "a big adult: a lower, fuller voice",
        "big man|big guy|large man|heavy man|gros monsieur|grand homme|costaud|baleze"
        "|morgan freeman|james earl jones|barry white|johnny cash|obelix|mufasa|terminator"
        "|horse|horses|cheval|stallion|etalon|camel|chameau|cerf|elk"
        "|donkey|donkeys|phoque|otarie|shark|requin|requins"
        "|arnold schwarzenegger|schwarzenegger|vin diesel|dwayne johnson|hagrid voice"
        "|burly|beefy|bodybuilder|viking|vikings|barbarian|barbare|lumberjack|bucheron"
        "|wrestler|catcheur|bouncer|videur|guard|guards|royal guard|palace guard|castle guard"
        "|garde royal|garde du palais|gardes du palais|sentinel|sentinelle|gatekeeper"
        "|=un garde|=du garde|=le garde|=les gardes|=des gardes|=d un garde"
        "|santa|santa claus|pere noel|dwarf|dwarves|nain"
        "|nains|pirate|pirates|captain|capitaine|king|roi|sergeant|sergent"
        "|grosse voix|big voice|une grosse voix|cow boy|cow boys|wolf|wolves|loup|loups|bulldog"
        "|grizzled captain|dad voice"
        "|voix de papa|father voice"
        "|coach|sergent instructeur|drill sergeant|bodyguard|garde du corps|biker|motard"
        "|trucker voice|cowboy voice|voix de cowboy"
        "|sea captain|old sea captain|capitaine de navire|capitaine de bateau|sailor|sailors"
        "|marin|marins|sea dog|old salt|loup de mer|matelot|fisherman|pecheur"
        "|pig|pigs|cochon|cochons|porc|hog|boar|sanglier|oink|groin"
        "|samurai|samourai|shogun|ronin|warlord|chef de guerre|general|gladiator|gladiateur"
        "|centurion|spartan|spartiate|knight commander|commandant|commander|colonel",
        pitch={"semitones": -3.0, "formants": 0.5}, eq={"low_db": 3.0},
    ),
    preset(
        "child", "body", "a small body: higher voice",
        "child|children|kid|kids|enfant|enfants|gamin|gamine|gamins|little boy|little girl"
        "|petit garcon|petite fille|toddler|bambin|baby|babies|bebe|bebes|infant|nourrisson"
        "|elf|elves|elfe|elfes|lutin|lutins|gnome|gnomes|goblin|goblins|gobelin|gobelins"
        "|leprechaun|fairy|fairies|fee|fees|pixie|pixies|sprite|tinkerbell|clochette|cherub"
        "|angelot|doll|poupee|puppet|marionnette|tiny voice|small voice|little voice"
        "|petite voix|voix minuscule|minuscule voix|high little voice"
        "|schoolboy|schoolgirl|ecolier|ecoliere|young|jeune|youngster|boy|girl|garcon|fille"
        "|kitten|chaton|puppy|chiot|imp|diablotin|hobbit|younger|plus jeune|rajeunir"
        "|rajeunie|rajeuni|cat|cats|chat|chats|kitty"
        "|rabbit|rabbits|bunny|lapin|lapins|fox|renard|monkey|monkeys|singe|singes|parrot"
        "|perroquet|penguin|pingouin|manchot|koala|raccoon|raton laveur|otter|loutre|hedgehog"
        "|herisson|owl|hibou|chouette|duckling|caneton|lamb|agneau|piglet|porcelet|frog"
        "|grenouille|toad|crapaud|mario|luigi|sonic|spongebob|bob l eponge|kermit|scooby doo"
        "|peter pan|pinocchio|nemo|school kid|schoolkid|preschooler|maternelle"
        "|elmo|dobby|baby groot|bart simpson|lisa simpson|peppa pig|peppa|caillou"
        "|gremlin|gremlins|gizmo"
        "|pony|ponies|poney|poneys|chicken|chickens|poule|poulet|hen|turkey"
        "|dinde|seagull|seagulls|goeland|pigeon|pigeons"
        "|titeuf|le petit prince|petit prince|tintin|calimero|nemo voice"
        "|girl voice|boy voice|voix de petit garcon|voix de fillette|fillette"
        "|tween"
        "|ventriloquist|ventriloquist dummy|ventriloquist s dummy|ventriloque"
        "|marionnette de ventriloque|pantin|dummy|poupee de ventriloque",
        pitch={"semitones": 5.0, "formants": 1.0},
    ),
    preset(
        "teen", "body", "a teenager: a voice between a child's and an adult's",
        "teenager|teenagers|teen|teens|teenage|adolescent|adolescente|adolescents"
        "|teenage girl|teenage boy|teen girl|teen boy|teenage kid|jeune fille|jeune homme"
        "|adolescentes|ado|ados|jeune ado|young teen|high schooler|lyceen|lyceenne"
        "|=qui mue|=voix qui mue|=en pleine mue|voice cracking|voice breaking|puberty|puberte"
        "|cheerleader|cheerleaders|pom pom girl|pom pom girls|pompom girl"
        "|ninja turtle|ninja turtles|tortue ninja|tortues ninja"
        "|collegien|collegienne",
        pitch={"semitones": 2.5, "formants": 0.5},
    ),
    preset(
        "chipmunk", "body", "a tiny body or helium: very high voice",
        "oisillon|oisillons|baby bird|baby birds|chick|chicks|poussin|poussins"
        "|chipmunk|chipmunks|tamia|helium|smurf|smurfs|schtroumpf|schtroumpfs|mickey"
        "|mickey mouse|mouse|mice|souris|hamster|hamsters|squirrel|squirrels|ecureuil"
        "|ecureuils|rat|rats|bird|birds|oiseau|oiseaux|canary|canari|munchkin|munchkins"
        "|minion|minions|alvin|insect|insects|insecte|insectes|bee|abeille|mosquito"
        "|moustique|cricket|grillon|tweety|titi|mouse voice|voix de souris|squeak"
        "|couine|couiner|ballon d helium|balloon|cartoon mouse"
        "|bug|bugs|tiny bug|beetle|ant|ants|fly|flies|gnat|spider|spiders|ladybug|ladybird"
        "|butterfly|moth|worm|caterpillar|snail|hummingbird|sparrow|chick|chicks|guinea pig"
        "|gerbil|ferret|chihuahua|chihuahuas|pomeranian|yorkie|teacup dog|tiny dog|small dog"
        "|petit chien|punaise|scarabee|fourmi|fourmis|mouche|mouches|moucheron|araignee"
        "|araignees|coccinelle|papillon|ver de terre|chenille|escargot|colibri|moineau"
        "|poussin|poussins|cochon d inde|gerbille|furet|ouistiti|pikachu|pokemon|tinker bell"
        "|fee clochette|squeaky toy|jouet qui couine|mosquitoes|wasp|guepe|hornet|frelon"
        "|pixie voice|fairy voice|voix de fee",
        pitch={"semitones": 9.0, "formants": 1.0},
    ),
    preset(
        "cartoon", "body", "a cartoon voice: high and bright",
        "cartoon|cartoons|cartoonish|toon|toons|dessin anime|dessins animes|looney tunes"
        "|cartoon character|personnage de dessin anime|animated|anime|manga|comic|comique"
        "|goofy|silly|rigolo|rigolote|clown|clowns|goose|geese|oie"
        "|corbeau"
        "|homer simpson|simpsons|bugs bunny|tweety bird|porky pig|popeye|garfield"
        "|tom and jerry|cartoon voice|voix de dessin anime|voix de cartoon|animated character"
        "|personnage anime|muppet|muppets|puppet show|spectacle de marionnettes|guignol"
        "|clown voice",
        pitch={"semitones": 7.0, "formants": 1.0}, eq={"high_db": 3.0},
    ),
    preset(
        "duck", "body", "a duck's voice: a nasal, buzzing quack, pinched and a little higher",
        "duck|ducks|canard|canards|donald duck|daffy duck|donald|daffy"
        "|quack|quacking|coin coin|voix de canard|duck voice|cartoon duck|canard de dessin anime"
        "|picsou|scrooge mcduck|riri fifi loulou|huey dewey louie",
        pitch={"semitones": 3.0, "formants": 1.0}, highpass={"cutoff_hz": 500.0},
        eq={"mid_db": 8.0, "mid_hz": 1500.0}, distortion={"drive_db": 10.0, "mix": 0.35},
    ),
)
