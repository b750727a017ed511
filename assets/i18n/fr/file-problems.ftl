# problèmes d'un fichier de carte : ce que disent le chargeur, la garde qui le précède et l'enregistrement

## une carte tient-elle dans un fichier
fits-too-many-items = la carte contient { $held } ({ $items } éléments) ; Powermap ouvre des cartes d'au plus { $most } parties prenantes, relations, coalitions, membres et scènes en tout
fits-count = { $noun ->
        [stakeholder] { $count ->
            [one] { $written } partie prenante
           *[other] { $written } parties prenantes
        }
        [relation] { $count ->
            [one] { $written } relation
           *[other] { $written } relations
        }
        [coalition] { $count ->
            [one] { $written } coalition
           *[other] { $written } coalitions
        }
        [member] { $count ->
            [one] { $written } membre de coalition
           *[other] { $written } membres de coalition
        }
       *[scene] { $count ->
            [one] { $written } scène
           *[other] { $written } scènes
        }
    }

## l'enregistrement
save-failed = impossible d'enregistrer « { $path } » : { $problem }. Le fichier sur le disque n'a pas été modifié
save-no-backup = la version précédente n'a pas pu être gardée sous le nom « { $name } » : { $problem }
save-disk-full = le disque est plein
save-read-only = le disque ou le dossier est en lecture seule
save-denied = Powermap n'a pas le droit d'écrire dans ce dossier
save-no-folder = le dossier n'existe pas (ou plus)

## l'en-tête et l'historique d'un fichier
load-no-header = il n'a pas de ligne d'en-tête `format: "{ $format }"`
load-other-format = son en-tête indique le format « { $other } », pas « { $format } »
load-no-version = son en-tête n'a pas de version de format (`version: 1`)
load-next-id = next_id vaut { $next } ; il doit valoir au plus { $most }
history-far-future = la date { $date } est à plus d'un an d'aujourd'hui ({ $today }) ; un enregistrement ne peut pas être daté dans le futur
history-checkpoint-order = daté du { $date } mais rangé après un jalon du { $before } ; les jalons sont rangés par date
history-observation-item = observation de la valeur « { $field } » de « { $of } »
history-twice = le { $date } est enregistré deux fois ; gardez une seule valeur par jour
history-observation-order = daté du { $date } mais rangé après une observation du { $before } ; les observations d'un élément sont rangées par date

## la garde : limites et problèmes du fichier entier
guard-comment-too-long = le commentaire qui commence ici fait { $size } ; Powermap lit des commentaires d'au plus { $most }
guard-comment-unclosed = un commentaire ouvert par /* ici n'est jamais fermé par */
guard-too-many-values = le fichier contient plus de { $most } valeurs (textes, nombres, listes) ; aucune carte n'est aussi grande, il n'est donc pas lu plus loin
guard-word-too-long = un mot ou un nombre de { $length } caractères commence ici ; aucun nom de champ, choix ou nombre d'une carte ne dépasse { $most }
guard-too-many-items = la carte contient plus de { $most } parties prenantes, relations, coalitions et membres ; Powermap ouvre des cartes d'au plus { $most }
guard-too-deep = le texte est imbriqué sur plus de { $most } niveaux ici (des parenthèses dans des parenthèses) ; une carte n'en demande pas plus de 8
guard-text-too-long = le texte qui commence ici fait { $size } ; Powermap lit des textes (noms, notes…) d'au plus { $most }
guard-too-many-escapes = les textes jusqu'ici contiennent plus de { $most } caractères échappés (comme \n pour un saut de ligne ou \" pour un guillemet) ; aucune carte n'en demande autant, et les lire prendrait trop de temps
guard-in-context = { $place } : { $problem }
guard-with-hint = { $problem } ; { $hint }
guard-field = champ « { $field } »
guard-open-text = il manque peut-être le guillemet fermant du texte qui commence à la ligne { $line }
guard-cut-off = le fichier s'arrête là, comme s'il avait été coupé
guard-empty = le fichier est vide
guard-not-a-map = ce n'est pas une carte Powermap : un fichier de carte commence par « ( » et la ligne format: "powermap"
guard-nth-item = { $noun ->
        [stakeholder] partie prenante
        [relation] relation
        [coalition] coalition
        [member] membre
        [scene] scène
       *[other] élément
    } nº { $place }

## les erreurs de ron en clair
ron-eof = le fichier se termine trop tôt : quelque chose ouvert ici n'est jamais fermé (une parenthèse, une liste ou un guillemet), comme si le fichier avait été coupé
ron-expected-list = une liste entre crochets [ ] devrait commencer ici
ron-expected-list-end = une liste n'est pas fermée ici : il manque un « ] » ou une virgule entre deux entrées
ron-expected-comma = il manque une virgule ici
ron-expected-boolean = ceci devrait être true ou false
ron-expected-text = ceci devrait être un texte entre guillemets droits
ron-expected-number = ceci devrait être un nombre
ron-expected-whole-number = ceci devrait être un nombre entier
ron-expected-value = une valeur manque ici ou n'a pas la bonne forme
ron-expected-group-end = il manque une « ) » ici, ou une virgule entre deux champs
ron-expected-map = une « {"{"} » devrait commencer ici
ron-expected-colon = il manque deux-points « : » après le nom du champ
ron-expected-map-end = il manque une « {"}"} » ici, ou une virgule entre deux entrées
ron-other-struct-name = ceci est marqué « { $found } », mais un élément « { $outer } » est attendu ici : retirez « { $found } »
ron-expected-group = ceci devrait être un groupe de champs entre parenthèses, comme (name: "…")
ron-unclosed-text = un texte entre guillemets commence ici et n'est jamais fermé : son " fermant manque
ron-expected-word = un nom de champ ou un mot comme Target est attendu ici
ron-bad-escape = une barre oblique inverse dans un texte commence quelque chose qui n'est pas un échappement ; écrivez \\ pour une barre oblique inverse, \" pour un guillemet, \n pour un saut de ligne
ron-number-out-of-bounds = ce nombre est trop grand ou trop petit
ron-bad-digit = « { $digit } » ne peut pas faire partie d'un nombre entier
ron-no-such-extension = le fichier demande une option de lecture « { $name } » qui n'existe pas
ron-unclosed-block-comment = un commentaire ouvert par /* n'est jamais fermé par */
ron-unclosed-line-comment = le fichier se termine au milieu d'un commentaire
ron-unexpected-char = le caractère « { $char } » n'a pas sa place ici
ron-not-utf8 = le fichier n'est pas du texte brut (UTF-8)
ron-trailing = il y a encore du texte après la fin de la carte ; le fichier a peut-être été collé deux fois
ron-wrong-type = il faudrait { $expected }, mais il y a { $found }
ron-wrong-length = il faudrait { $expected }, mais il y a { $found } entrées
ron-not-a-choice = « { $found } » ne fait pas partie des choix possibles ici ; il doit être l'un de { $choices }
ron-not-a-field = « { $found } » n'est pas un champ de cet élément
ron-missing-field-of = le champ « { $field } » manque dans cet élément « { $outer } »
ron-missing-field = le champ « { $field } » manque
ron-field-twice = le champ « { $field } » est donné deux fois
ron-too-deep = le texte est trop profondément imbriqué ici (des parenthèses dans des parenthèses) ; une carte n'a pas besoin de plus de 8 niveaux
type-whole-number = un nombre entier
type-number = un nombre
type-text = un texte entre guillemets droits
type-boolean = true ou false
type-list = une liste entre crochets [ ]
type-group = un groupe de champs entre parenthèses
type-value = une valeur
type-struct = un élément « { $outer } » entre parenthèses
type-enum = un élément « { $outer } »
found-text = le texte { $text }
found-number = le nombre { $number }
found-list = une liste
found-group = un groupe de champs
found-word = un mot comme Target
serde-number-out-of-range = le nombre { $number } est hors limites ici
serde-wrong-length = mauvais nombre d'entrées : { $rest }
serde-unknown-variant = { $rest } ne fait pas partie des choix possibles ici
format-type = { $name ->
        [Stakeholder] partie prenante
        [Relation] relation
        [Coalition] coalition
        [Member] membre de coalition
        [Position] position sur la carte
        [Conditions] conditions
        [MapData] carte
        [FileData] fichier
        [Header] fichier
        [Kind] type de partie prenante
        [Stance] position
        [Role] rôle dans la coalition
        [MemberRole] rôle de membre
        [Contribution] contribution
        [RelationKind] type de relation
        [Confidence] fiabilité
       *[other] { $name }
    }
