# problèmes trouvés dans les fichiers : ouverture d'une carte, import CSV et GraphML, fusion

## ouverture d'un fichier de carte
load-problem-at-line = ligne { $line } : { $message }
load-problems = { $count ->
        [one] la carte a un problème : { $list }
       *[other] la carte a { $count } problèmes : { $list }
    }
load-problems-more = { $list } ; et { $more } de plus
load-cannot-read = impossible de lire « { $path } » : { $reason }
load-reason-not-found = ce fichier n'existe pas ({ $system })
load-reason-denied = Powermap n'a pas le droit de le lire ({ $system })
load-reason-folder = c'est un dossier, pas un fichier ({ $system })
load-too-large = le fichier fait { $megabytes } Mo ; Powermap ouvre les fichiers de carte jusqu'à { $most } Mo
load-not-text = ce n'est pas un fichier texte : l'octet { $offset } n'est pas du texte UTF-8
load-syntax = ligne { $line }, colonne { $column } : { $message }
load-not-powermap = ce n'est pas une carte Powermap : { $reason }
load-newer-version = cette carte a été enregistrée au format version { $found } par un Powermap plus récent ; celui-ci lit les versions jusqu'à { $newest }. Mettez Powermap à jour pour l'ouvrir
load-migration = cette carte est au format version { $found }, qui ne peut pas être mis à niveau : { $reason }
load-no-migration = cette version de Powermap ne lit pas le format version { $version } ; elle lit les versions { $oldest } à { $newest }

load-item = { $noun ->
        [stakeholder] partie prenante
        [relation] relation
        [coalition] coalition
        [scene] scène
        [job] tâche
        [ask] demande
        [contact] contact
        [checkpoint] jalon
        [member] membre
        [item] élément
       *[other] { $noun }
    } « { $name } »
load-item-problem = { $item } : { $problem }

## refus des règles de la carte
model-duplicate-id = un élément de cette carte a déjà l'identifiant « { $id } »
model-unknown-stakeholder = aucune partie prenante n'a l'identifiant « { $id } »
model-unknown-relation = aucune relation n'a l'identifiant « { $id } »
model-unknown-coalition = aucune coalition n'a l'identifiant « { $id } »
model-unknown-scene = aucune scène n'a l'identifiant « { $id } »
model-empty-id = un identifiant ne peut pas être vide

## valeurs des cellules et des attributs
value-not-one-of = { $name } « { $text } » n'est pas l'une des valeurs : { $known }
value-not-score = { $name } « { $text } » n'est pas un nombre entier de 1 à 5
value-not-strength = { $name } « { $text } » n'est pas 1, 2 ou 3 (ni weak, medium, strong)
value-not-flag = { $name } « { $text } » n'est ni yes ni no (ni true ni false)
value-not-mutual = { $name } « { $text } » n'est ni yes ni no (ni directed, mutual ou undirected)
value-not-number = { $name } « { $text } » n'est pas un nombre

## import CSV
csv-file = { $file ->
        [stakeholders] des parties prenantes
       *[relations] des relations
    }
csv-rejected = fichier { $file }, ligne { $line } : { $reason }
csv-not-csv = la ligne n'est pas du CSV valide ({ $reason })
csv-cell-too-long = la cellule { $column } dépasse { $most } Mo
csv-cell-over-lines = la cellule { $column } s'étend sur { $lines } lignes (jusqu'à la ligne { $last }) ; { $what ->
        [name] un nom
        [end] l'Id ou le Label d'une partie prenante
        [kind] un type
       *[value] une valeur
    } tient sur une ligne, un guillemet est donc sans doute mal placé
csv-no-name = la cellule Label est vide : chaque partie prenante a besoin d'un nom
csv-duplicate-id = l'Id « { $id } » est déjà utilisé à la ligne { $first }
csv-no-end = la cellule { $column } est vide
csv-unknown-end = { $column } « { $text } » n'est ni l'Id ni le Label d'une partie prenante du fichier des parties prenantes
csv-same-ends = From et To désignent la même partie prenante
csv-too-large = le fichier { $file } fait { $megabytes } Mo ; Powermap lit les fichiers CSV jusqu'à { $most } Mo
csv-too-many-rows = le fichier { $file } a plus de { $most } lignes ; Powermap en lit jusqu'à { $most }
csv-missing-column = le fichier { $file } n'a pas de colonne « { $column } » (sa première ligne nomme les colonnes : { $found })
csv-unreadable = le fichier { $file } ne peut pas être lu comme du CSV : { $message }

## fusion de deux versions d'une carte
merge-field-values = { $field } : cette version a { $ours }, l'autre version { $theirs }, l'ancêtre commun { $base } ; la valeur de cette version est conservée
merge-field-private = { $field } diffère entre les deux versions (voir les notes confidentielles) ; la valeur de cette version est conservée
merge-deleted-changed = { $by ->
        [ours] cette version l'a supprimé, l'autre version a modifié { $changed } ; il est conservé tel que l'a l'autre version, sans les relations et les adhésions supprimées avec lui
       *[theirs] l'autre version l'a supprimé, cette version a modifié { $changed } ; il est conservé tel que l'a cette version, sans les relations et les adhésions supprimées avec lui
    }
merge-deleted-needed = { $by ->
        [ours] cette version l'a supprimé, mais { $needed } de l'autre version en a besoin ; il est conservé tel que l'a l'autre version
       *[theirs] l'autre version l'a supprimé, mais { $needed } de cette version en a besoin ; il est conservé tel que l'a cette version
    }
merge-deleted-recorded = { $by ->
        [ours] cette version l'a supprimé, l'autre version a consigné de nouvelles observations à son sujet ({ $records }) ; il est conservé tel que l'a l'autre version, avec son historique
       *[theirs] l'autre version l'a supprimé, cette version a consigné de nouvelles observations à son sujet ({ $records }) ; il est conservé tel que l'a cette version, avec son historique
    }
merge-map-line = réglages de la carte, { $what }
merge-item-line = { $noun ->
        [stakeholder] partie prenante
        [relation] relation
        [coalition] coalition
        [scene] scène
        [job] tâche
        [ask] demande
        [contact] contact
       *[other] { $noun }
    } « { $name } » ({ $id }) : { $what }
merge-nothing-taken = Rien à reprendre de l'autre version.
merge-taken = Repris de l'autre version :
merge-text-renumbered = Les deux versions ont ajouté un nouvel élément sous { $from } : { $noun ->
        [stakeholder] la partie prenante
        [relation] la relation
        [coalition] la coalition
        [scene] la scène
        [job] la tâche
        [ask] la demande
        [contact] le contact
       *[other] { $noun }
    } « { $name } » de l'autre version est maintenant { $to }.
merge-conflicts = { $count ->
        [one] 1 conflit, écrit dans la carte ; les parties prenantes concernées portent l'étiquette { $tag } :
       *[other] { $count } conflits, chacun écrit dans la carte ; les parties prenantes concernées portent l'étiquette { $tag } :
    }

## import GraphML
graphml-too-large = le fichier fait { $megabytes } Mo ; Powermap lit les fichiers GraphML jusqu'à { $most } Mo
graphml-not-graphml = ce n'est pas un fichier GraphML : { $reason }
graphml-too-many-items = le fichier contient plus de { $most } nœuds et arêtes ; Powermap en lit jusqu'à { $most }
graphml-report-left-out = omis : { $entry }
graphml-report-left-out-more = omis : et { $count } de plus
graphml-report-note = remarque : { $entry }
graphml-report-note-more = remarque : et { $count } de plus
